"""Reports that earlier versions kept (reports.jsonl, Redis) move into the database at start."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import msgspec
from redis.asyncio import Redis

from strangerchat.app import create_app
from strangerchat.appkeys import CHAT
from strangerchat.settings import Settings
from strangerchat.storage.imports import IMPORTED_SUFFIX, REPORTS_FILE
from tests.redis_server import RedisServer
from tests.storage.records_helpers import NOW, a_report, opened


async def test_reports_jsonl_is_imported_once_and_set_aside(
    database_url: str | None, tmp_path: Path
) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    old = [a_report("older", at=NOW), a_report("severe", severity=2, at=NOW + 1)]
    lines = b"".join(msgspec.json.encode(report) + b"\n" for report in old)
    (data_dir / REPORTS_FILE).write_bytes(lines + b'{"receipt": "cut short')  # a crash mid-write
    async with opened(database_url, str(data_dir)) as records:
        assert await records.reports() == [old[1], old[0]]
        (entry,) = await records.audit_log()
        assert (entry.action, entry.detail) == ("imported", f"2 reports from {REPORTS_FILE}")
    assert not (data_dir / REPORTS_FILE).exists()
    assert (data_dir / (REPORTS_FILE + IMPORTED_SUFFIX)).read_bytes().startswith(lines)
    # A copy put back (a restore from backup, say) adds nothing twice.
    (data_dir / REPORTS_FILE).write_bytes(lines)
    async with opened(database_url, str(data_dir)) as records:
        assert [report.receipt for report in await records.reports()] == ["severe", "older"]
        assert len(await records.database.fetch("SELECT * FROM evidence")) == 4


async def test_reports_kept_in_redis_are_moved_at_start_and_the_keys_deleted(
    aiohttp_client,
    settings: Settings,
    database_url: str | None,
    redis_server: RedisServer,
    redis_prefix: str,
) -> None:  # type: ignore[no-untyped-def]
    old = [a_report("older", at=NOW), a_report("severe", severity=2, at=NOW + 1)]
    async with Redis.from_url(redis_server.url) as redis:
        # As earlier versions kept them: a hash by receipt and a sorted set of receipts.
        await redis.hset(
            f"{redis_prefix}reports",
            mapping={report.receipt: msgspec.json.encode(report) for report in old}
            | {"cut": b'{"receipt": "cut'},
        )
        await redis.zadd(f"{redis_prefix}reports-queue", {"older": 1.0, "severe": 0.0})
    settings = dataclasses.replace(
        settings, redis_url=redis_server.url, redis_prefix=redis_prefix, database_url=database_url
    )
    client = await aiohttp_client(create_app(settings))
    records = client.app[CHAT].stores.records
    assert await records.reports() == [old[1], old[0]]
    (entry,) = await records.audit_log()
    assert entry.detail == "2 reports from Redis"
    async with Redis.from_url(redis_server.url) as redis:
        assert await redis.exists(f"{redis_prefix}reports", f"{redis_prefix}reports-queue") == 0
