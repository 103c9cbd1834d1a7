"""Liveness: a process's heartbeat key, kept fresh from a thread with a connection of its own.

A loop that lags under load (heartbeat calls taking ~2 s were seen at ~18k msg/s) must not get
a live process reaped, so the key is not refreshed from the loop: a small thread refreshes it
with a synchronous client, as long as the loop has turned in the last STALL_LIMIT seconds. A
loop that has not turned for that long is hung, not busy; its key then expires and the others
reap the process, as they would a dead one. The thread also tells the loop when Redis last
answered, which is how the broker knows it is cut off (and fences itself).
"""

from __future__ import annotations

import logging
import threading
import time

from redis import Redis
from redis.backoff import NoBackoff
from redis.exceptions import RedisError
from redis.retry import Retry

log = logging.getLogger(__name__)

REFRESH = 0.25  # seconds between the thread's refreshes (or pings)
PROBE_TIMEOUT = 0.5  # seconds the thread waits for Redis to answer one of them
STALL_LIMIT = 10.0  # a loop that has not turned for this long lets its key expire


class Liveness:
    """Refreshes `key` every REFRESH while the loop ticks; records when Redis last answered."""

    def __init__(self, url: str, key: str, alive_ms: int) -> None:
        # No retries: one round takes at most PROBE_TIMEOUT, and the next round is the retry.
        self._client = Redis.from_url(
            url,
            socket_timeout=PROBE_TIMEOUT,
            socket_connect_timeout=PROBE_TIMEOUT,
            retry=Retry(NoBackoff(), 0),
        )
        self._key = key
        self._alive_ms = alive_ms
        self._ticked = self.answered = time.monotonic()
        self.missing = False  # the key was gone: Redis restarted, or the others reaped us
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="redis liveness", daemon=True)

    def start(self) -> None:
        self._ticked = self.answered = time.monotonic()
        self._thread.start()

    def tick(self) -> None:
        """The event loop turned (called from it, often)."""
        self._ticked = time.monotonic()

    def heard(self) -> None:
        """Redis answered the loop just now (as good as an answer to the thread)."""
        self.answered = time.monotonic()

    def silent_for(self) -> float:
        """Seconds since Redis last answered the thread."""
        return time.monotonic() - self.answered

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=2 * PROBE_TIMEOUT + REFRESH)
        self._client.close()

    def refresh(self) -> None:
        """One round: refresh the key if the loop turned lately, else only see if Redis answers."""
        try:
            if time.monotonic() - self._ticked < STALL_LIMIT:
                if not self._client.set(self._key, 1, px=self._alive_ms, xx=True):
                    self.missing = True
            else:
                self._client.ping()
        except RedisError as exc:
            log.debug("liveness: no answer from Redis: %s", exc)
            return
        self.answered = time.monotonic()

    def _run(self) -> None:
        while not self._stop.wait(REFRESH):
            self.refresh()
