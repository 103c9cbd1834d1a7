"""Standings in Redis: a start read again costs no round trip while the broadcast channel holds,
and a change made on any process is heard of and read at the next start.

Each RedisBroker here stands for one process, with its own standings; all share one real Redis.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import msgspec
import pytest
from redis.asyncio import Redis

from strangerchat.brokers.redis import RedisBroker
from strangerchat.safety import shared_standings
from strangerchat.safety.bans import HOUR, Bans, Standing
from strangerchat.safety.shared_standings import RedisStandings
from tests.brokers.test_redis import until
from tests.redis_server import RedisServer

KEYS = ("address-today", "address-yesterday")
PERSONAL = ("session:one",)


class Process:
    """A broker and the standings that hear of changes by its channel."""

    def __init__(self, url: str, prefix: str) -> None:
        self.broker = RedisBroker(url, prefix)
        self.redis = Redis.from_url(url)
        self.standings = RedisStandings(self.redis, prefix, news=self.broker)
        self.bans = Bans(self.standings)
        self.reads = 0
        real_mget = self.redis.mget

        async def counted_mget(names: list[str]) -> list[bytes | None]:
            self.reads += 1
            return await real_mget(names)

        self.redis.mget = counted_mget  # type: ignore[method-assign]

    async def restriction(self) -> object:
        return await self.bans.restriction_for(KEYS, PERSONAL)


@pytest.fixture
async def processes(redis_server: RedisServer, redis_prefix: str) -> AsyncIterator[list[Process]]:
    started = [Process(redis_server.url, redis_prefix) for _ in range(2)]
    await asyncio.gather(*(one.broker.start() for one in started))
    yield started
    for one in started:
        await one.broker.close()
        await one.redis.aclose()


async def test_a_start_read_again_costs_no_round_trip_while_the_channel_holds(
    processes: list[Process],
) -> None:
    here = processes[0]
    assert await here.restriction() is None
    assert await here.restriction() is None
    assert here.reads == 1


async def test_a_new_sessions_first_start_reads_nothing_once_its_address_was_read(
    processes: list[Process],
) -> None:
    here = processes[0]
    assert await here.bans.restriction_for(KEYS, ("session:first",)) is None
    here.standings.made_now("session:second")
    assert await here.bans.restriction_for(KEYS, ("session:second",)) is None
    assert here.reads == 1
    assert await here.bans.restriction_for(KEYS, ("session:never-made-here",)) is None
    assert here.reads == 2


async def test_a_ban_made_on_another_process_is_read_at_the_next_start_here(
    processes: list[Process],
) -> None:
    here, there = processes
    assert await here.restriction() is None  # remembered here: nothing
    await there.bans.impose(["address-today"], 2e9 + HOUR, "spam", "case-1")
    # The news comes by the channel, moments after the change.
    await until(lambda: here.standings.remembered.changes_heard == 1)
    ban = await here.restriction()
    assert ban is not None
    assert getattr(ban, "ref", None) == "case-1"
    assert here.reads == 2
    # Its own change is forgotten at once where it was made.
    assert await there.restriction() is not None
    await there.bans.lift(["address-today"], "case-1")
    assert await there.restriction() is None


async def test_a_change_made_without_a_broker_is_told_all_the_same(
    processes: list[Process], redis_server: RedisServer, redis_prefix: str
) -> None:
    here = processes[0]
    assert await here.restriction() is None
    tool = Redis.from_url(redis_server.url)
    try:  # a tool of its own, such as a moderation script, with no channel to follow
        await Bans(RedisStandings(tool, redis_prefix)).impose(["address-today"], 2e9, "x", "c-4")
    finally:
        await tool.aclose()
    await until(lambda: here.standings.remembered.changes_heard == 1)
    assert await here.restriction() is not None


async def test_a_read_that_a_change_overlapped_is_not_remembered(
    processes: list[Process],
) -> None:
    here, there = processes
    counted_mget = here.redis.mget

    async def overtaken_mget(names: list[str]) -> list[bytes | None]:
        found = await counted_mget(names)  # read before the ban ...
        await there.bans.impose(["address-today"], 2e9 + HOUR, "spam", "case-2")
        await until(lambda: here.standings.remembered.changes_heard == 1)
        return found  # ... and its news heard before the read's answer

    here.redis.mget = overtaken_mget  # type: ignore[method-assign]
    assert await here.restriction() is None
    here.redis.mget = counted_mget  # type: ignore[method-assign]
    assert len(here.standings.remembered) == 0
    assert await here.restriction() is not None


async def test_across_a_break_in_the_channel_nothing_remembered_is_used(
    processes: list[Process], redis_server: RedisServer, redis_prefix: str
) -> None:
    here = processes[0]
    assert await here.restriction() is None
    stretch = here.broker.following()
    assert stretch is not None
    admin = Redis.from_url(redis_server.url)
    try:
        await admin.client_kill_filter(_type="pubsub")
        # A change this process cannot hear of: written straight into Redis, with no news told.
        banned = Standing()
        banned.impose(2e9 + HOUR, "spam", "case-3")
        await admin.set(f"{redis_prefix}standing:address-today", msgspec.json.encode(banned))
        await until(lambda: here.broker.following() not in (None, stretch), seconds=5)
        assert await here.restriction() is not None
    finally:
        await admin.aclose()


def test_past_the_bound_the_oldest_read_is_forgotten(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shared_standings, "REMEMBERED", 3)
    remembered = shared_standings._Remembered(lambda: 100.0)
    assert remembered.recall(["a"], stretch=1) is None
    for name in "abcd":
        remembered.keep([name], [None], stretch=1)
    assert len(remembered) == 3
    assert remembered.recall(["a"], stretch=1) is None
    assert remembered.recall(["b", "c", "d"], stretch=1) == [None, None, None]
    assert remembered.recall(["b"], stretch=2) is None  # another stretch: all forgotten
    assert len(remembered) == 0


def test_a_read_older_than_the_backstop_is_read_again() -> None:
    now = [100.0]
    remembered = shared_standings._Remembered(lambda: now[0])
    remembered.recall([], stretch=1)
    remembered.keep(["a"], [b"{}"], stretch=1)
    now[0] += shared_standings.REMEMBER_FOR - 1
    assert remembered.recall(["a"], stretch=1) == [b"{}"]
    now[0] += 2
    assert remembered.recall(["a"], stretch=1) is None
