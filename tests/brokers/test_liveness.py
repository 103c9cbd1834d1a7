"""Liveness: the heartbeat thread's refresh, against a real redis-server."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Coroutine
from typing import Any, TypeVar

import pytest
from redis.asyncio import Redis

from strangerchat.brokers import liveness
from strangerchat.brokers.liveness import Liveness
from strangerchat.brokers.redis import ALIVE_FOR, HEARTBEAT, RedisBroker
from strangerchat.session import Session
from tests.redis_server import RedisServer

T = TypeVar("T")


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


@pytest.mark.timeout(30)
async def test_a_process_whose_loop_stalls_past_alive_for_is_not_reaped(
    redis_server: RedisServer, redis_prefix: str
) -> None:
    """A broker on an event loop of its own (another thread, as another process would be) whose
    loop is blocked for longer than ALIVE_FOR: the other broker's sweeps do not reap it."""
    url = redis_server.url
    watcher = RedisBroker(url, redis_prefix)
    await watcher.start()
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()

    async def there(job: Coroutine[Any, Any, T]) -> T:
        return await asyncio.wrap_future(asyncio.run_coroutine_threadsafe(job, loop))

    async def started() -> tuple[RedisBroker, Session]:
        broker = RedisBroker(url, redis_prefix)
        await broker.start()
        session = Session("websocket", 8, now=0.0)
        await broker.add_session(session)
        return broker, session

    stalled, session = await there(started())
    redis = Redis.from_url(url)
    try:
        stall = ALIVE_FOR + 2
        loop.call_soon_threadsafe(time.sleep, stall)  # its loop is blocked, its threads are not
        await asyncio.sleep(stall + 2 * HEARTBEAT)  # the watcher sweeps every HEARTBEAT
        assert await redis.exists(f"{redis_prefix}alive:{stalled.process_id}")
        assert await redis.exists(f"{redis_prefix}session:{session.id}")
        assert stalled.local_session(session.id) is session
        assert not session.closed
    finally:
        await redis.aclose()
        await there(stalled.close())
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=5)
        loop.close()
        await watcher.close()
