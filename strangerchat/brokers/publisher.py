"""Publisher: events for sessions on other processes, sent to Redis in pipelined batches.

One PUBLISH round trip per relayed message made Redis mode slow. Events queued in the same turn
of the event loop now leave together in one pipeline, in the order they were queued. `flush`
waits until everything queued so far has been sent: a state change made after it (a Lua script
that ends a chat, say) cannot overtake an event queued before it.
"""

from __future__ import annotations

import asyncio
import logging

from redis.asyncio import Redis
from redis.exceptions import RedisError

log = logging.getLogger(__name__)


class Publisher:
    """Queues (channel, message) pairs; one task sends them, batch after batch."""

    def __init__(self, redis: Redis) -> None:
        self._redis = redis
        self._queued: list[tuple[str, bytes]] = []
        self._sending: asyncio.Task[None] | None = None

    def publish(self, channel: str, message: bytes) -> None:
        self._queued.append((channel, message))
        if self._sending is None:
            self._sending = asyncio.create_task(self._send_all(), name="redis publisher")

    async def flush(self) -> None:
        """Return once every event queued so far has reached Redis (or could not)."""
        if self._sending is not None:
            await asyncio.wait([self._sending])  # neither cancels it nor raises what it raised

    def cancel(self) -> None:
        """Stop sending: the broker is closing."""
        self._queued.clear()
        if self._sending is not None:
            self._sending.cancel()

    async def _send_all(self) -> None:
        batch: list[tuple[str, bytes]] = []
        try:
            while self._queued:
                batch, self._queued = self._queued, []
                async with self._redis.pipeline(transaction=False) as pipe:
                    for channel, message in batch:
                        pipe.publish(channel, message)
                    await pipe.execute()
        except RedisError as exc:
            # The channel's listener sees Redis go too, and lets every session here go.
            log.warning("could not publish %d events: %s", len(batch) + len(self._queued), exc)
            self._queued.clear()
        finally:
            self._sending = None
