"""WriteBehind against a real Redis: writes arrive in order; a flush ends under steady traffic."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
from redis.asyncio import Redis

from strangerchat.brokers.writebehind import RESERVE, WriteBehind
from tests.redis_server import RedisServer

APPEND = "redis.call('RPUSH', KEYS[1], ARGV[1])"


@pytest.fixture
async def redis(redis_server: RedisServer) -> AsyncIterator[Redis]:
    client = Redis.from_url(redis_server.url)
    yield client
    await client.aclose()


async def test_writes_arrive_in_the_order_they_were_queued(redis: Redis, redis_prefix: str) -> None:
    writes = WriteBehind(redis)
    key = redis_prefix + "order"
    for n in range(500):
        writes.eval(APPEND, [key], [n])
        if n % 7 == 0:
            await asyncio.sleep(0)  # let some batches leave meanwhile
    await writes.flush()
    assert [int(n) for n in await redis.lrange(key, 0, -1)] == list(range(500))


async def test_a_flush_ends_while_writes_keep_coming(redis: Redis, redis_prefix: str) -> None:
    writes = WriteBehind(redis)
    key = redis_prefix + "steady"
    stop = asyncio.Event()

    async def steady_traffic() -> None:
        n = 0
        while not stop.is_set():
            writes.eval(APPEND, [key], [n])
            n += 1
            await asyncio.sleep(0)

    traffic = asyncio.create_task(steady_traffic())
    try:
        await asyncio.sleep(0.05)
        writes.eval(APPEND, [key], ["marker"])
        async with asyncio.timeout(2):
            await writes.flush()
        assert b"marker" in await redis.lrange(key, 0, -1)  # flushed means in Redis
    finally:
        stop.set()
        await traffic
        await writes.flush()


async def test_a_failed_write_does_not_hold_up_the_rest(redis: Redis, redis_prefix: str) -> None:
    writes = WriteBehind(redis)
    key = redis_prefix + "after-error"
    writes.eval("return redis.call('NOSUCHCOMMAND')", [key], [])
    writes.eval(APPEND, [key], ["still here"])
    await writes.flush()
    assert await redis.lrange(key, 0, -1) == [b"still here"]


async def test_the_queue_is_bounded_and_says_what_it_dropped(
    redis: Redis, redis_prefix: str
) -> None:
    writes = WriteBehind(redis, max_queued=5)
    key = redis_prefix + "bounded"
    fits = 5 + RESERVE  # full at 5; the reserve takes what a turn queues after its check
    queued = [writes.eval(APPEND, [key], [n]) for n in range(fits + 2)]  # none sent yet
    assert queued == [True] * fits + [False] * 2
    assert writes.pressure >= 1
    assert writes.dropped == 2
    await writes.flush()
    assert writes.pressure == 0
    assert [int(n) for n in await redis.lrange(key, 0, -1)] == list(range(fits))


async def _calls(redis: Redis, command: str) -> int:
    stats = await redis.info("commandstats")
    return int(stats.get(f"cmdstat_{command}", {}).get("calls", 0))


async def test_a_script_is_sent_by_sha_once_redis_has_it_and_whole_after_it_forgot(
    redis: Redis, redis_prefix: str
) -> None:
    writes = WriteBehind(redis)
    key = redis_prefix + "sha"
    writes.eval(APPEND, [key], [1])
    await writes.flush()
    before = await _calls(redis, "evalsha")
    for n in (2, 3):
        writes.eval(APPEND, [key], [n])
    await writes.flush()
    assert await _calls(redis, "evalsha") == before + 2
    await redis.script_flush()  # as a restarted Redis would have forgotten it
    writes.eval(APPEND, [key], [4])
    await writes.flush()
    assert [int(n) for n in await redis.lrange(key, 0, -1)] == [1, 2, 3, 4]
