"""A Session: one client's place on the server, with a bounded outbox of numbered events.

It knows nothing about sockets or HTTP: transports read its outbox, the chat writes to it.
"""

from __future__ import annotations

import asyncio
import enum
import secrets
from collections import deque

from strangerchat.protocol import with_seq


class State(enum.Enum):
    IDLE = "idle"
    WAITING = "waiting"
    CHATTING = "chatting"
    CLOSED = "closed"


# The transports whose client polls: their sessions end when it stops polling.
LONGPOLL = "longpoll"
OMEGLE = "omegle"  # the classic Omegle API
POLLED = frozenset({LONGPOLL, OMEGLE})

# WebSocket close codes a session can ask its transport to use.
GOING_AWAY = 1001
POLICY_VIOLATION = 1008


def new_session_id() -> str:
    """128 random bits: the id is also the long-poll client's only credential."""
    return secrets.token_urlsafe(16)


class Session:
    """One client, across many chats; the outbox keeps events until the client has them."""

    __slots__ = (
        "_outbox",
        "_seq",
        "_waiter",
        "capacity",
        "close_code",
        "id",
        "interests",
        "ip_hash",
        "ip_hashes",
        "language",
        "last_partner_id",
        "last_seen",
        "partner_id",
        "search_started",
        "shown_count",
        "spy_id",
        "state",
        "stranger_number",
        "transport",
        "watching",
    )

    def __init__(self, transport: str, capacity: int, now: float) -> None:
        self.id = new_session_id()
        self.transport = transport
        self.capacity = capacity
        self.state = State.IDLE
        self.interests: frozenset[str] = frozenset()
        self.language: str | None = None
        self.ip_hash: str | None = None  # never the address itself (see safety/iphash.py)
        self.ip_hashes: tuple[str, ...] = ()  # under today's key and yesterday's, today's first
        self.partner_id: str | None = None
        self.last_partner_id: str | None = None
        # Question mode: a stranger's spy and its number for the spy (1 or 2; 0 when none)...
        self.spy_id: str | None = None
        self.stranger_number = 0
        # ...and the two strangers a spy watches (empty when it watches none).
        self.watching: tuple[str, ...] = ()
        self.shown_count = -1
        self.last_seen = now
        self.search_started = now
        self.close_code: int | None = None
        self._outbox: deque[tuple[int, bytes]] = deque()
        self._seq = 0
        self._waiter: asyncio.Future[None] | None = None

    @property
    def closed(self) -> bool:
        return self.state is State.CLOSED

    @property
    def overflowed(self) -> bool:
        return len(self._outbox) >= self.capacity

    def push(self, payload: bytes) -> bool:
        """Number an encoded event and queue it; False when the session is closed or full."""
        if self.state is State.CLOSED or len(self._outbox) >= self.capacity:
            self._wake()
            return False
        self._seq += 1
        self._outbox.append((self._seq, with_seq(self._seq, payload)))
        self._wake()
        return True

    def take_all(self) -> list[bytes]:
        """Hand over every queued frame at once (a WebSocket writer sends them straight away)."""
        frames = [frame for _, frame in self._outbox]
        self._outbox.clear()
        return frames

    def frames_after(self, seq: int) -> list[bytes]:
        """Frames numbered above `seq`; those at or below it were received and are dropped."""
        outbox = self._outbox
        while outbox and outbox[0][0] <= seq:
            outbox.popleft()
        return [frame for _, frame in outbox]

    def has_after(self, seq: int) -> bool:
        return bool(self._outbox) and self._outbox[-1][0] > seq

    async def wait(self) -> None:
        """Return when something was queued, the session closed, or another waiter took over."""
        if self._waiter is not None and not self._waiter.done():
            self._waiter.set_result(None)  # a newer long-poll releases the older one
        waiter = asyncio.get_running_loop().create_future()
        self._waiter = waiter
        try:
            await waiter
        finally:
            if self._waiter is waiter:
                self._waiter = None

    def close(self, code: int | None = None) -> None:
        """Mark the session closed and wake its transport, which closes the connection."""
        if self.state is not State.CLOSED:
            self.state = State.CLOSED
            self.close_code = code
        self._wake()

    def _wake(self) -> None:
        waiter = self._waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(None)
