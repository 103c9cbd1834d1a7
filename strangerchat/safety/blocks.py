"""Blocks: a stranger someone blocked is never matched with them again for 24 hours.

A block is kept between *marks*: a session's id, as a SHA-1 ("s:<sha1 of id>": blocks outlive
the sessions by a day and ids are credentials; Redis's blocking.lua makes the same marks) and,
when it has one, its address hash ("ip:<hash>"). Every mark of the blocker is barred from
every mark of the blocked stranger and the other way round, so a new session from the blocked
stranger's address stays barred, and so does a new tab of the blocker's. When both come from
one address (a shared network), only their session ids are barred: barring the address from
itself would bar everyone behind it.

The broker checks blocks inside its atomic claim (MemoryBroker with a BlockList, RedisBroker
with the same rules in blocking.lua), so a blocked pair can never be matched, not even as the
last resort a last partner is.
"""

from __future__ import annotations

import hashlib
import heapq
import time
from collections.abc import Callable, Iterable

BLOCK_SECONDS = 24 * 3600.0  # how long a block lasts
BLOCK_WINDOW = 300.0  # seconds after a chat ended in which its stranger can still be blocked


def marks(session_id: str, ip_hash: str | None) -> tuple[str, ...]:
    """What a block holds a session by: its id (hashed), and its address hash when it has one."""
    own = "s:" + hashlib.sha1(session_id.encode()).hexdigest()
    return (own, f"ip:{ip_hash}") if ip_hash else (own,)


def barred_pairs(blocker: tuple[str, ...], blocked: tuple[str, ...]) -> Iterable[tuple[str, str]]:
    """Each (mark, mark it is barred from) a block makes, both ways round."""
    shared = set(blocker) & set(blocked)  # one address: it is not barred from itself
    for one in blocker:
        for other in blocked:
            if one not in shared and other not in shared:
                yield one, other
                yield other, one


class BlockList:
    """Blocks kept in this process's memory (MemoryBroker's), each forgotten when it expires."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._barred: dict[str, dict[str, float]] = {}  # mark: {barred mark: expiry}
        self._expiries: list[tuple[float, str, str]] = []  # a heap: the first to expire on top

    def add(self, blocker: tuple[str, ...], blocked: tuple[str, ...], seconds: float) -> None:
        expiry = self._clock() + seconds
        for one, other in barred_pairs(blocker, blocked):
            barred = self._barred.setdefault(one, {})
            barred[other] = max(expiry, barred.get(other, expiry))
            heapq.heappush(self._expiries, (expiry, one, other))

    def barred_by(self, own: tuple[str, ...]) -> list[dict[str, float]]:
        """What the marks `own` are barred from; empty (at the cost of a lookup or two) if none."""
        self._forget_expired()
        return [self._barred[mark] for mark in own if mark in self._barred]

    @staticmethod
    def bars(barred: list[dict[str, float]], other: tuple[str, ...]) -> bool:
        """Whether `other`'s marks are among `barred` (a result of barred_by, so all live)."""
        return any(mark in one for one in barred for mark in other)

    def __len__(self) -> int:
        return sum(len(barred) for barred in self._barred.values())

    def _forget_expired(self) -> None:
        now = self._clock()
        while self._expiries and self._expiries[0][0] <= now:
            _, one, other = heapq.heappop(self._expiries)
            barred = self._barred.get(one)
            if barred is not None and barred.get(other, now + 1) <= now:
                del barred[other]
                if not barred:
                    del self._barred[one]
