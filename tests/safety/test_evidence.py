"""The evidence buffer in memory and in Redis; the report store over both databases."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
from redis.asyncio import Redis

from strangerchat.safety.bans import HOUR, Bans
from strangerchat.safety.evidence import (
    EVIDENCE_LINES,
    EvidenceBuffer,
    MemoryEvidence,
    RedisEvidence,
    SplitEvidence,
    session_hash,
)
from strangerchat.safety.iphash import AddressHasher, SharedDayKeys
from strangerchat.safety.shared_standings import RedisStandings
from strangerchat.storage.records import DatabaseReportStore
from strangerchat.storage.reports import Report, ReportStore
from tests.redis_server import RedisServer
from tests.storage.records_helpers import opened

NOW = 1_800_000_000.0


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> float:
        return self.now


@pytest.fixture
async def redis(redis_server: RedisServer):  # type: ignore[no-untyped-def]
    client = Redis.from_url(redis_server.url)
    yield client
    await client.aclose()


@pytest.fixture(params=["memory", "redis", "split"])
def evidence(request: pytest.FixtureRequest, redis: Redis, redis_prefix: str) -> EvidenceBuffer:
    if request.param == "memory":
        return MemoryEvidence(retention=0.3)
    shared = RedisEvidence(redis, redis_prefix, retention=0.3)
    if request.param == "redis":
        return shared
    # Local-first matching in Redis mode: "carol" is held by another process.
    return SplitEvidence(MemoryEvidence(retention=0.3), shared, lambda sid: sid != "carol")


async def test_a_chat_within_one_process_stays_in_its_memory_and_one_across_goes_to_redis(
    redis: Redis, redis_prefix: str
) -> None:
    here = {"alice", "bob", "carol"}  # dave is on another process
    shared = RedisEvidence(redis, redis_prefix, retention=5)
    split = SplitEvidence(MemoryEvidence(retention=5), shared, here.__contains__)
    await split.record("alice", "bob", "between us", None)
    await split.record("carol", "dave", "across", "carol-ip")
    await split.end("alice", "bob")
    await split.end("carol", "dave")
    assert await shared.read("alice", "bob") is None  # nothing of it in Redis
    kept = await split.read("bob", "alice")
    assert kept is not None
    assert kept.ended_at is not None
    assert [line.text for line in kept.lines] == ["between us"]
    # The other process (dave's) reads the chat across from Redis, ended.
    elsewhere = RedisEvidence(redis, redis_prefix, retention=5)
    across = await elsewhere.read("dave", "carol")
    assert across is not None
    assert across.ended_at is not None
    assert [line.text for line in across.lines] == ["across"]


async def test_evidence_keeps_the_last_lines_of_a_chat_whichever_side_asks(
    evidence: EvidenceBuffer,
) -> None:
    for n in range(EVIDENCE_LINES + 5):
        await evidence.record("alice", "bob", f"line {n}", "alice-ip")
    await evidence.record("bob", "alice", "ünïcödé 🙂\nsecond line", None)
    kept = await evidence.read("bob", "alice")
    assert kept is not None
    assert kept.ended_at is None
    assert len(kept.lines) == EVIDENCE_LINES
    assert kept.lines[0].text == "line 6"
    assert kept.lines[-1].text == "ünïcödé 🙂\nsecond line"
    assert kept.lines[-1].writer == session_hash("bob")
    assert kept.ip_hashes == {session_hash("alice"): "alice-ip"}
    assert await evidence.read("alice", "carol") is None


async def test_evidence_vanishes_after_the_retention(evidence: EvidenceBuffer) -> None:
    await evidence.record("alice", "bob", "hello there", None)
    await evidence.end("alice", "bob")
    kept = await evidence.read("alice", "bob")
    assert kept is not None
    assert kept.ended_at is not None
    await asyncio.sleep(0.5)
    assert await evidence.read("alice", "bob") is None


async def test_a_late_line_joins_its_ended_chat_without_keeping_it_longer(
    redis: Redis, redis_prefix: str
) -> None:
    # Redis mode: another process may write a line before it has heard the chat ended.
    evidence = RedisEvidence(redis, redis_prefix, retention=0.5)
    await evidence.record("alice", "bob", "before the end", None)
    await evidence.end("alice", "bob")
    await evidence.record("alice", "bob", "late", None)
    kept = await evidence.read("alice", "bob")
    assert kept is not None
    assert [line.text for line in kept.lines] == ["before the end", "late"]
    for key in await redis.keys(redis_prefix + "*"):
        assert 0 < await redis.pttl(key) <= 500  # the end's expiry, not a new hour
    await asyncio.sleep(0.7)
    assert await evidence.read("alice", "bob") is None


async def test_the_same_two_meeting_again_later_start_a_new_record(
    redis: Redis, redis_prefix: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("strangerchat.safety.evidence.LATE_LINE", 0.1)
    evidence = RedisEvidence(redis, redis_prefix, retention=5)
    await evidence.record("alice", "bob", "first chat", None)
    await evidence.end("alice", "bob")
    await asyncio.sleep(0.2)
    await evidence.record("bob", "alice", "second chat", None)
    kept = await evidence.read("alice", "bob")
    assert kept is not None
    assert [line.text for line in kept.lines] == ["second chat"]
    assert kept.ended_at is None


def a_report(receipt: str, severity: int, at: float) -> Report:
    return Report(
        receipt=receipt,
        category="suspected_minor" if severity == 2 else "spam_or_bot",
        severity=severity,
        note="",
        at=at,
        reporter="r",
        reporter_ip=None,
        reported="d",
        reported_ip="ip",
        transcript=[],
        signals=[],
    )


@pytest.fixture
async def store(database_url: str | None, tmp_path) -> AsyncIterator[ReportStore]:  # type: ignore[no-untyped-def]
    async with opened(database_url, str(tmp_path / "new" / "dir")) as records:  # made at start
        yield DatabaseReportStore(records)


async def test_the_queue_puts_severe_reports_first_then_the_oldest(store: ReportStore) -> None:
    await store.add(a_report("late", 1, NOW + 10))
    await store.add(a_report("early", 1, NOW))
    await store.add(a_report("severe", 2, NOW + 20))
    assert [report.receipt for report in await store.queue()] == ["severe", "early", "late"]


async def test_two_processes_hash_an_address_the_same_with_shared_keys(
    redis: Redis, redis_prefix: str
) -> None:
    first = AddressHasher(shared=SharedDayKeys(redis, redis_prefix))
    second = AddressHasher(shared=SharedDayKeys(redis, redis_prefix))
    alone = AddressHasher()
    for hasher in (first, second, alone):
        await hasher.load()
    assert first.hash("203.0.113.9") == second.hash("203.0.113.9")
    assert first.hash("203.0.113.9") != alone.hash("203.0.113.9")
    keys = [key async for key in redis.scan_iter(match=f"{redis_prefix}iphash-key:*")]
    assert len(keys) == 1
    assert 0 < await redis.ttl(keys[0]) <= 2 * 86400


async def test_redis_standings_are_shared_and_expire(redis: Redis, redis_prefix: str) -> None:
    clock = Clock()
    one = Bans(RedisStandings(redis, redis_prefix, clock))
    other = Bans(RedisStandings(redis, redis_prefix, clock))
    await one.count_report("reported", "a")
    await other.count_report("reported", "b")
    ban = await one.count_report("reported", "c")
    assert ban is not None
    assert ban.until == NOW + HOUR
    assert await other.restriction_for(("reported",)) == ban
    ttl = await redis.pttl(f"{redis_prefix}standing:reported")
    assert ttl > 0


async def test_the_standings_of_starts_in_one_turn_are_read_in_one_round_trip(
    redis: Redis, redis_prefix: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    standings = RedisStandings(redis, redis_prefix)
    bans = Bans(standings)
    await bans.impose(["banned-address"], NOW + HOUR, "spam", "case-1")
    reads: list[int] = []
    real_mget = redis.mget

    async def counted_mget(keys: list[str]) -> list[bytes | None]:
        reads.append(len(keys))
        return await real_mget(keys)

    monkeypatch.setattr(redis, "mget", counted_mget)
    addresses = [("banned-address",), *((f"address-{n}",) for n in range(9))]
    found = await asyncio.gather(
        *(bans.restriction_for(hashes, ("same-person",)) for hashes in addresses)
    )
    assert reads == [11]  # ten starts, one MGET, each key once
    assert found[0] is not None
    assert found[0].ref == "case-1"
    assert found[1:] == [None] * 9
    # A start alone still gets its answer, in a round trip of its own.
    assert await bans.restriction_for(("banned-address",)) is not None
    assert reads == [11, 1]
