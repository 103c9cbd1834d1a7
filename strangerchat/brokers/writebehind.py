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
        # Done once the writes queued now have been sent; and once the batch on its way has.
        self._queued_sent: asyncio.Future[None] | None = None
        self._batch_sent: asyncio.Future[None] | None = None
        self._sending: asyncio.Task[None] | None = None

    def publish(self, channel: str, message: bytes) -> None:
        self._queue((channel, message))

    def eval(self, script: str, keys: Sequence[str], args: Sequence[Arg]) -> None:
        """Run a script. EVAL, not EVALSHA: Redis caches it, and a restarted Redis needs no
        reloading that a batch would have to wait for."""
        self._queue((script, keys, args))

    async def flush(self) -> None:
        """Return once every write queued so far has reached Redis (or could not).

        Only for those: writes queued meanwhile go in a later batch, so under steady traffic a
        flush still ends after at most two batches.
        """
        sent = self._queued_sent if self._queued else self._batch_sent
        if sent is not None:
            await asyncio.shield(sent)

    def cancel(self) -> None:
        """Stop sending: the broker is closing. Whoever waits in `flush` is let go."""
        self._queued.clear()
        for sent in (self._queued_sent, self._batch_sent):
            if sent is not None and not sent.done():
                sent.set_result(None)
        self._queued_sent = self._batch_sent = None
        if self._sending is not None:
            self._sending.cancel()

    def _queue(self, write: tuple[Any, ...]) -> None:
        self._queued.append(write)
        loop = asyncio.get_running_loop()
        if self._queued_sent is None:
            self._queued_sent = loop.create_future()
        if self._sending is None:
            self._sending = loop.create_task(self._send_all(), name="redis write-behind")

    async def _send_all(self) -> None:
        try:
            while self._queued:
                batch, self._queued = self._queued, []
                self._batch_sent, self._queued_sent = self._queued_sent, None
                try:
                    await self._send(batch)
                except (RedisError, OSError) as exc:
                    # The broker's channel sees Redis go too, and lets every session here go.
                    log.warning("could not send %d writes to Redis: %s", len(batch), exc)
                except Exception:  # one bad batch must not strand the ones after it
                    log.exception("could not send %d writes to Redis", len(batch))
                finally:
                    if self._batch_sent is not None and not self._batch_sent.done():
                        self._batch_sent.set_result(None)
                    self._batch_sent = None
        finally:
            self._sending = None

    async def _send(self, batch: list[tuple[Any, ...]]) -> None:
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
