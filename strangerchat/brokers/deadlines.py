"""DeadlineRedis: a Redis client whose every command and pipeline has a deadline.

redis-py's own socket_timeout is not used: it writes through asyncio.wait_for, which on Python
3.11 can swallow a task's cancellation. Here a command (the wait for a pooled connection
included) runs under asyncio.timeout instead; one that runs out raises redis-py's TimeoutError,
which errors.store_unavailable recognises and every `except RedisError` catches. redis-py
disconnects a connection whose command was cancelled mid-reply, so no unread reply is left in
the pool (tests/brokers/test_deadlines.py checks it). Pub/sub listening is not a command: it
waits by design, and the broker bounds only its subscribing (redis.py, _follow_channel).
"""

from __future__ import annotations

import asyncio
from typing import Any

from redis.asyncio import BlockingConnectionPool, Redis
from redis.asyncio.client import Pipeline
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeout

COMMAND_DEADLINE = 2.0  # seconds for one command or pipeline, the wait for a connection included
CONNECT_TIMEOUT = 2.0  # seconds to open a connection (within the command's deadline)


class DeadlineRedis(Redis):
    """Redis whose commands end by their deadline; a connection error empties the idle pool."""

    deadline = COMMAND_DEADLINE

    async def execute_command(self, *args: Any, **options: Any) -> Any:
        command = super().execute_command(*args, **options)  # type: ignore[no-untyped-call]
        return await _within(self, self.deadline, command)

    def pipeline(self, transaction: bool = True, shard_hint: str | None = None) -> Pipeline:
        pipe = DeadlinePipeline(
            self.connection_pool, self.response_callbacks, transaction, shard_hint
        )
        pipe.deadline = self.deadline
        return pipe


class DeadlinePipeline(Pipeline):
    """A pipeline whose execute has the client's deadline (its queued commands wait for it)."""

    deadline = COMMAND_DEADLINE

    async def execute(self, raise_on_error: bool = True) -> list[Any]:
        result: list[Any] = await _within(self, self.deadline, super().execute(raise_on_error))
        return result


async def _within(client: Redis, seconds: float, command: Any) -> Any:
    try:
        async with asyncio.timeout(seconds) as deadline:
            return await command
    except TimeoutError:
        if deadline.expired():
            raise RedisTimeout(f"no answer from Redis within {seconds:g} s") from None
        raise
    except RedisConnectionError:
        # Redis went away (or restarted): the idle connections pooled before would each fail
        # their first command once it is back, so none of them is used again.
        await client.connection_pool.disconnect(inuse_connections=False)
        raise


def open_client(url: str, max_connections: int) -> DeadlineRedis:
    """A client on a blocking pool: a burst waits for a free connection (within a command's
    deadline, so a wait that runs out is a TimeoutError, never "Too many connections").

    No retries: a script sent twice could pair or unpair twice.
    """
    pool = BlockingConnectionPool.from_url(
        url,
        max_connections=max_connections,
        timeout=None,  # the command's deadline bounds the wait
        retry=Retry(NoBackoff(), 0),
        socket_timeout=None,
        socket_connect_timeout=CONNECT_TIMEOUT,
        socket_keepalive=True,
    )
    client: DeadlineRedis = DeadlineRedis.from_pool(pool)  # type: ignore[assignment]
    return client
