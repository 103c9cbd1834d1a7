"""DeadlineRedis on a real redis-server: deadlines, no stale replies, waits for a connection."""

from __future__ import annotations

import asyncio
import signal

import pytest
from redis.exceptions import TimeoutError as RedisTimeout

from strangerchat.brokers.deadlines import DeadlineRedis, open_client
from strangerchat.brokers.scripts import RedisUnavailable
from strangerchat.errors import store_unavailable
from tests.redis_server import RedisServer

# A script that keeps Redis busy for 0.3 s and then answers "slow".
SLOW = """
local t = redis.call('TIME')
local start = t[1] * 1000000 + t[2]
repeat t = redis.call('TIME') until t[1] * 1000000 + t[2] - start > 300000
return 'slow'
"""


def client(server: RedisServer, connections: int = 1, deadline: float = 0.1) -> DeadlineRedis:
    redis = open_client(server.url, connections)
    redis.deadline = deadline
    return redis


async def test_a_command_past_its_deadline_leaves_no_reply_for_the_next(
    redis_server: RedisServer,
) -> None:
    redis = client(redis_server)  # one connection: the next command would get the same one
    try:
        with pytest.raises(RedisTimeout) as raised:
            await redis.eval(SLOW, 0)
        assert store_unavailable(raised.value)
        redis.deadline = 2.0
        assert await redis.echo("fresh") == b"fresh"
    finally:
        await redis.aclose()


async def test_a_pipeline_past_its_deadline_leaves_no_reply_for_the_next(
    redis_server: RedisServer,
) -> None:
    redis = client(redis_server)
    try:
        async with redis.pipeline(transaction=False) as pipe:
            pipe.eval(SLOW, 0)
            pipe.echo("one")
            with pytest.raises(RedisTimeout):
                await pipe.execute()
        redis.deadline = 2.0
        async with redis.pipeline(transaction=False) as pipe:
            pipe.echo("two")
            assert await pipe.execute() == [b"two"]
    finally:
        await redis.aclose()


async def test_a_command_on_a_frozen_redis_ends_by_its_deadline(own_redis: RedisServer) -> None:
    redis = client(own_redis, deadline=0.3)
    try:
        await redis.ping()
        assert own_redis.process is not None
        own_redis.process.send_signal(signal.SIGSTOP)
        loop = asyncio.get_running_loop()
        began = loop.time()
        try:
            with pytest.raises(RedisTimeout):
                await redis.get("x")
        finally:
            own_redis.process.send_signal(signal.SIGCONT)
        assert loop.time() - began < 1.0
    finally:
        await redis.aclose()


async def test_a_burst_waits_for_a_connection_instead_of_failing(
    redis_server: RedisServer,
) -> None:
    redis = client(redis_server, connections=2, deadline=2.0)
    try:
        answers = await asyncio.gather(*(redis.echo(str(n)) for n in range(300)))
        assert answers == [str(n).encode() for n in range(300)]
    finally:
        await redis.aclose()


async def test_a_wait_for_a_connection_that_runs_out_is_store_unavailable(
    redis_server: RedisServer,
) -> None:
    redis = client(redis_server, connections=1, deadline=0.1)
    try:
        slow = asyncio.create_task(redis.eval(SLOW, 0))
        await asyncio.sleep(0.02)  # the slow script holds the only connection
        with pytest.raises(RedisTimeout) as raised:
            await redis.echo("waiting")
        assert store_unavailable(raised.value)
        with pytest.raises(RedisTimeout):
            await slow
    finally:
        await redis.aclose()


async def test_a_connection_error_empties_the_idle_pool(own_redis: RedisServer) -> None:
    redis = client(own_redis, connections=4, deadline=2.0)
    try:
        await asyncio.gather(*(redis.ping() for _ in range(4)))  # four idle connections
        own_redis.kill()
        own_redis.start()
        # Each idle connection is stale now; after the first error none of them is used again.
        results = await asyncio.gather(*(redis.ping() for _ in range(1)), return_exceptions=True)
        assert all(result is True or store_unavailable(result) for result in results)
        assert all(await asyncio.gather(*(redis.ping() for _ in range(8))))
    finally:
        await redis.aclose()


def test_a_broker_cut_off_from_redis_is_store_unavailable() -> None:
    assert store_unavailable(RedisUnavailable("not connected to Redis"))
