"""Liveness: the heartbeat thread's refresh, against a real redis-server."""

from __future__ import annotations

import time

from redis.asyncio import Redis

from strangerchat.brokers import liveness
from strangerchat.brokers.liveness import Liveness
from tests.redis_server import RedisServer


async def test_the_key_is_refreshed_only_while_the_loop_turns(
    redis_server: RedisServer, redis_prefix: str
) -> None:
    key = redis_prefix + "alive:p"
    redis = Redis.from_url(redis_server.url)
    alive = Liveness(redis_server.url, key, 3000)
    try:
        await redis.set(key, 1, px=100)
        alive.tick()
        alive.refresh()
        assert await redis.pttl(key) > 2000  # a loop that turns: refreshed
        alive._ticked = time.monotonic() - liveness.STALL_LIMIT - 1  # a hung loop
        await redis.set(key, 1, px=100)
        before = alive.answered
        alive.refresh()
        assert await redis.pttl(key) <= 100  # not refreshed: it will expire and be reaped
        assert alive.answered > before  # Redis still answered
        assert not alive.missing
        alive.tick()
        await redis.delete(key)
        alive.refresh()
        assert alive.missing  # taken for dead, or Redis restarted: the broker registers again
        assert not await redis.exists(key)  # XX: the thread never registers by itself
    finally:
        alive.stop()
        await redis.aclose()


def test_a_silent_redis_is_noticed(tmp_path) -> None:  # type: ignore[no-untyped-def]
    server = RedisServer(tmp_path)  # never started: nothing answers on its port
    alive = Liveness(server.url, "x", 3000)
    try:
        alive.answered -= 5
        alive.refresh()
        assert alive.silent_for() >= 5
    finally:
        alive.stop()
