"""Reports kept by earlier versions, moved into the moderation database once: reports.jsonl (the
default mode) and the `<prefix>reports` hash (with Redis).

Each report is stored under its receipt (one stored already is skipped, so a move can be
repeated), then the old copy is set aside: the file renamed reports.jsonl.imported, the Redis
keys deleted. Nothing is lost if a move stops half-way. A record that cannot be read (a line cut
short by a crash mid-write) is skipped and counted.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

import msgspec

from strangerchat.errors import store_unavailable
from strangerchat.storage.cases import SYSTEM
from strangerchat.storage.records import ModerationStore
from strangerchat.storage.reports import Report

if TYPE_CHECKING:
    from redis.asyncio import Redis

REPORTS_FILE = "reports.jsonl"
IMPORTED_SUFFIX = ".imported"
REDIS_TIMEOUT = 10.0  # seconds to read the old reports from Redis, and to delete them

log = logging.getLogger(__name__)
_decoder = msgspec.json.Decoder(Report)


class Imported(msgspec.Struct, frozen=True):
    stored: int
    already_there: int
    unreadable: int


async def import_report_file(records: ModerationStore, data_dir: str) -> Imported | None:
    """Move reports.jsonl's reports into the database; None when there is no such file."""
    path = Path(data_dir) / REPORTS_FILE
    lines = await asyncio.to_thread(_read, path)
    if lines is None:
        return None
    imported = await _store(records, (line for line in lines if line.strip()), REPORTS_FILE)
    with contextlib.suppress(FileNotFoundError):  # another process moved it first
        await asyncio.to_thread(path.rename, path.with_name(REPORTS_FILE + IMPORTED_SUFFIX))
    return imported


async def import_redis_reports(
    records: ModerationStore, redis: Redis, prefix: str
) -> Imported | None:
    """Move the reports an earlier version kept in Redis; None when there are none."""
    reports, queue = f"{prefix}reports", f"{prefix}reports-queue"
    try:
        async with asyncio.timeout(REDIS_TIMEOUT):
            found = await redis.hvals(reports)
        if not found:
            return None
        imported = await _store(records, found, "Redis")
        async with asyncio.timeout(REDIS_TIMEOUT):
            await redis.delete(reports, queue)
    except Exception as exc:
        if not store_unavailable(exc):
            raise
        # The broker's own start says Redis is down; the move is tried again at the next start.
        log.warning("could not move the reports kept in Redis yet: Redis did not answer")
        return None
    return imported


async def _store(records: ModerationStore, raw: Iterable[bytes | str], source: str) -> Imported:
    stored = already = unreadable = 0
    for one in raw:
        try:
            report = _decoder.decode(one)
        except msgspec.DecodeError:
            unreadable += 1
            continue
        if await records.add_report(report, status=report.status):
            stored += 1
        else:
            already += 1
    await records.note(None, SYSTEM, "imported", f"{stored} reports from {source}")
    log.info(
        "moved %d reports from %s into the moderation database (%d there already, %d unreadable)",
        *(stored, source, already, unreadable),
    )
    return Imported(stored, already, unreadable)


def _read(path: Path) -> list[bytes] | None:
    try:
        with path.open("rb") as lines:
            return list(lines)
    except FileNotFoundError:
        return None
