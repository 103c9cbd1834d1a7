"""WriteBehind: writes to Redis that nobody waits for, sent in pipelined batches, in order.

Events for sessions on other processes (PUBLISH) and the evidence buffer's lines (a short
script) used to cost an awaited round trip each, for every relayed message. Writes queued in the
same turn of the event loop now leave together in one pipeline, in the order they were queued:
a message's evidence line reaches Redis before the message reaches the partner's process.
`flush` waits until everything queued so far has been sent: a state change made after it (a Lua
script that ends a chat, say), or a read of what was written, cannot overtake it.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from typing import Any

from redis.asyncio import Redis
from redis.exceptions import RedisError

log = logging.getLogger(__name__)

Arg = str | bytes | int | float


class WriteBehind:
    """Queues writes; one task sends them, batch after batch."""

    def __init__(self, redis: Redis) -> None:
        self._redis = redis
        # (a PUBLISH's channel and message) or (a script's text, its keys, its arguments)
        self._queued: list[tuple[Any, ...]] = []
        self._sending: asyncio.Task[None] | None = None

    def publish(self, channel: str, message: bytes) -> None:
        self._queue((channel, message))

    def eval(self, script: str, keys: Sequence[str], args: Sequence[Arg]) -> None:
        """Run a script. EVAL, not EVALSHA: Redis caches it, and a restarted Redis needs no
        reloading that a batch would have to wait for."""
        self._queue((script, keys, args))

    async def flush(self) -> None:
        """Return once every write queued so far has reached Redis (or could not)."""
        if self._sending is not None:
            await asyncio.wait([self._sending])  # neither cancels it nor raises what it raised

    def cancel(self) -> None:
        """Stop sending: the broker is closing."""
        self._queued.clear()
        if self._sending is not None:
            self._sending.cancel()

    def _queue(self, write: tuple[Any, ...]) -> None:
        self._queued.append(write)
        if self._sending is None:
            self._sending = asyncio.create_task(self._send_all(), name="redis write-behind")

    async def _send_all(self) -> None:
        batch: list[tuple[Any, ...]] = []
        try:
            while self._queued:
                batch, self._queued = self._queued, []
                async with self._redis.pipeline(transaction=False) as pipe:
                    for write in batch:
                        if len(write) == 2:
                            pipe.publish(*write)
                        else:
                            script, keys, args = write
                            pipe.eval(script, len(keys), *keys, *args)
                    # A failed write is logged, not raised: the others in the batch still count.
                    results = await pipe.execute(raise_on_error=False)
                for result in results:
                    if isinstance(result, Exception):
                        log.warning("a queued write to Redis failed: %s", result)
        except RedisError as exc:
            # The broker's channel sees Redis go too, and lets every session here go.
            log.warning(
                "could not send %d writes to Redis: %s", len(batch) + len(self._queued), exc
            )
            self._queued.clear()
        finally:
            self._sending = None
