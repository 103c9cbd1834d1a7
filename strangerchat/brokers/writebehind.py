"""WriteBehind: writes to Redis that nobody waits for, sent in pipelined batches, in order.

Events for sessions on other processes (PUBLISH) and the evidence buffer's lines (a short
script) used to cost an awaited round trip each, for every relayed message. Writes queued in the
same turn of the event loop now leave together in one pipeline, in the order they were queued:
a message's evidence line reaches Redis before the message reaches the partner's process.
`flush` waits until everything queued so far has been sent: a state change made after it (a Lua
script that ends a chat, say), or a read of what was written, cannot overtake it.

The queue is bounded (MAX_QUEUED). Its overflow policy, named SHED_THEN_REFUSE: from half full
(`pressure` 0.5) the relay drops typing notices, and once full the chat refuses messages with
`rate_limited` before anything is queued for them. Past full, RESERVE more writes still fit, so
a message let in just below full is queued whole (its evidence line, its copies) and so are the
chats' ends and notices of that turn; a write that finds even that used up is dropped and
counted in `dropped`.
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import logging
from collections.abc import Sequence
from typing import Any

from redis.asyncio import Redis
from redis.exceptions import NoScriptError, RedisError

log = logging.getLogger(__name__)

Arg = str | bytes | int | float

# Writes queued and not yet sent, at most: about a fifth of a second of Redis's time, where
# batches of 16-34k commands taking 1-3 s were seen without a bound.
MAX_QUEUED = 10_000
RESERVE = 64  # writes that fit past MAX_QUEUED: what a turn queues after its last check


class WriteBehind:
    """Queues writes; one task sends them, batch after batch."""

    def __init__(self, redis: Redis, max_queued: int = MAX_QUEUED) -> None:
        self._redis = redis
        self.max_queued = max_queued
        self.dropped = 0  # writes refused because the queue was full
        self._known: set[str] = set()  # the SHAs of scripts Redis has run for us
        # (a PUBLISH's channel and message) or (a script's text, its keys, its arguments)
        self._queued: list[tuple[Any, ...]] = []
        # Done once the writes queued now have been sent; and once the batch on its way has.
        self._queued_sent: asyncio.Future[None] | None = None
        self._batch_sent: asyncio.Future[None] | None = None
        self._sending: asyncio.Task[None] | None = None

    @property
    def pressure(self) -> float:
        """How full the queue is: 0 empty, 1 full (see the overflow policy above)."""
        return len(self._queued) / self.max_queued

    def publish(self, channel: str, message: bytes) -> bool:
        """Queue a PUBLISH; False when the queue is full and it was dropped."""
        return self._queue((channel, message))

    def eval(self, script: str, keys: Sequence[str], args: Sequence[Arg]) -> bool:
        """Queue a script; False when the queue is full and it was dropped.

        It is sent by SHA once Redis has seen it (a restarted Redis forgets: it is then sent
        whole again), so a message's evidence line does not carry the script's text.
        """
        return self._queue((script, keys, args))

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

    def _queue(self, write: tuple[Any, ...]) -> bool:
        if len(self._queued) >= self.max_queued + RESERVE:
            self.dropped += 1
            return False
        self._queued.append(write)
        loop = asyncio.get_running_loop()
        if self._queued_sent is None:
            self._queued_sent = loop.create_future()
        if self._sending is None:
            self._sending = loop.create_task(self._send_all(), name="redis write-behind")
        return True

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
                    sha = _sha(script)
                    if sha in self._known:
                        pipe.evalsha(sha, len(keys), *keys, *args)
                    else:
                        pipe.eval(script, len(keys), *keys, *args)
            # A failed write is logged, not raised: the others in the batch still count.
            results = await pipe.execute(raise_on_error=False)
        unknown = []
        for write, result in zip(batch, results, strict=True):
            if isinstance(result, NoScriptError):
                unknown.append(write)  # Redis restarted and forgot the script: send it whole
            elif isinstance(result, Exception):
                log.warning("a queued write to Redis failed: %s", result)
            elif len(write) == 3:
                self._known.add(_sha(write[0]))
        if unknown:
            self._known.clear()
            await self._send(unknown)


@functools.cache  # few scripts, hashed once each
def _sha(script: str) -> str:
    """A script's SHA1, as Redis names it."""
    return hashlib.sha1(script.encode()).hexdigest()
