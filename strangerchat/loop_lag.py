"""Loop lag: how late this process's event loop wakes, so that /readyz can say it is overloaded.

A loop that runs late delays every client's events alike; a balancer that stops sending new
strangers to it (readyz 503) lets it catch up instead of taking on more.
"""

from __future__ import annotations

import asyncio
from collections import deque

INTERVAL = 0.1  # seconds between the sleeps whose lateness is measured
WINDOW = 2.0  # the lag reported is the worst lateness seen in about this many seconds
OVERLOADED = 0.5  # seconds late: the process is too busy to take new strangers


class LoopLag:
    """Sleeps INTERVAL again and again, and keeps the worst lateness of the last WINDOW."""

    def __init__(self) -> None:
        # The lateness of each of the last WINDOW / INTERVAL sleeps; a long stall counts as
        # one late wake-up, kept for a whole window.
        self._recent: deque[float] = deque(maxlen=int(WINDOW / INTERVAL))

    @property
    def lag(self) -> float:
        """Seconds: the latest the loop woke up lately (0 when it keeps time)."""
        return max(self._recent, default=0.0)

    @property
    def overloaded(self) -> bool:
        return self.lag >= OVERLOADED

    async def run(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            before = loop.time()
            await asyncio.sleep(INTERVAL)
            self._recent.append(max(0.0, loop.time() - before - INTERVAL))
