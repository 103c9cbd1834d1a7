"""A Session: one client's place on the server, with a bounded outbox of numbered events.

It knows nothing about sockets or HTTP: transports read its outbox, the chat writes to it.
"""

from __future__ import annotations

import asyncio
import enum
import secrets

from strangerchat.interests import NO_INTERESTS
from strangerchat.protocol import with_seq


class State(enum.Enum):
    IDLE = "idle"
    WAITING = "waiting"
    CHATTING = "chatting"
    CLOSED = "closed"


WEBSOCKET = "websocket"
# The transports whose client polls: their sessions end when it stops polling.
LONGPOLL = "longpoll"
OMEGLE = "omegle"  # the classic Omegle API
# A WebSocket session taken up by a client whose socket is on another process, which polls it
# here on the client's behalf (transports/websocket.py, "bridge").
BRIDGED = "bridged"
POLLED = frozenset({LONGPOLL, OMEGLE, BRIDGED})
# The browser API's sessions: a resume credential takes them up on either of its transports.
RESUMABLE = frozenset({WEBSOCKET, LONGPOLL, BRIDGED})
LONGPOLLED = frozenset({LONGPOLL, BRIDGED})  # what /api/frame and /api/events serve
ONLY_OMEGLE = frozenset({OMEGLE})  # what the Omegle API serves
ONLY_BRIDGED = frozenset({BRIDGED})  # what a bridging socket serves on the holder

# WebSocket close codes a session can ask its transport to use.
GOING_AWAY = 1001
POLICY_VIOLATION = 1008


def new_session_id() -> str:
    """128 random bits. A client's credential is this id with its route and a MAC of both
    (credentials.py); the bare id, which Redis keys hold, is not enough to act on it."""
    return secrets.token_urlsafe(16)


class Session:
    """One client, across many chats; the outbox keeps events until the client has them."""

    __slots__ = (
        "_acked",
        "_lost",
        "_outbox",
        "_seq",
        "_waiter",
        "_written",
        "away_told",
        "capacity",
        "close_code",
        "detached_at",
        "gate_id",
        "id",
        "interests",
        "ip_hash",
        "ip_hashes",
        "language",
        "last_partner_id",
        "last_seen",
        "link",
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
        self.interests: frozenset[str] = NO_INTERESTS
        self.language: str | None = None
        self.ip_hash: str | None = None  # never the address itself (see safety/iphash.py)
        self.ip_hashes: tuple[str, ...] = ()  # under today's key and yesterday's, today's first
        self.gate_id: str | None = None  # the identity in its gate cookie (safety/gate.py)
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
        # While no connection serves it (a WebSocket dropped): since when, and whether the
        # partner was told (see Chat.detach).
        self.detached_at: float | None = None
        self.away_told = False
        self.link = 0  # which WebSocket serves it: a resume's new one takes over from the old
        # Every event not yet acknowledged, numbered. Those written to a WebSocket stay as
        # history (at most `capacity` of them), so that a client whose connection dropped can
        # take up the session again after the last one it received. A list, not a deque: an
        # idle session holds an event or two, and a deque's first block alone is 600 bytes;
        # dropping from the front moves at most `capacity` pointers.
        self._outbox: list[tuple[int, bytes]] = []
        self._seq = 0
        self._acked = 0  # the client said it has every event up to this one
        self._written = 0  # every event up to this one was written to a WebSocket
        self._lost = 0  # history up to this one was let go: no resuming from before it
        self._waiter: asyncio.Future[None] | None = None

    @property
    def closed(self) -> bool:
        return self.state is State.CLOSED

    @property
    def unsent(self) -> int:
        """How many events wait that the client has neither acknowledged nor been sent."""
        return self._seq - max(self._acked, self._written)

    @property
    def overflowed(self) -> bool:
        return self.unsent >= self.capacity

    def push(self, payload: bytes) -> bool:
        """Number an encoded event and queue it; False when the session is closed or full."""
        if self.state is State.CLOSED or self.overflowed:
            self._wake()
            return False
        self._seq += 1
        self._outbox.append((self._seq, with_seq(self._seq, payload)))
        self._wake()
        return True

    def take_all(self) -> list[bytes]:
        """Hand over every frame not yet written (a WebSocket writer sends them straight away)."""
        outbox = self._outbox
        new = self.unsent
        frames = [frame for _, frame in outbox[len(outbox) - new :]]
        self._written = self._seq
        excess = len(outbox) - self.capacity
        if excess > 0:  # the history is bounded too
            self._lost = outbox[excess - 1][0]
            del outbox[:excess]
        return frames

    def frames_after(self, seq: int) -> list[bytes]:
        """Frames numbered above `seq`; those at or below it were received and are dropped."""
        self._acknowledge(seq)
        return [frame for _, frame in self._outbox]

    def resume(self, after: int) -> bool:
        """Take up the session from a new connection that received every event up to `after`.

        The events after it are sent again, in order; False when some of them were let go
        (the client fell too far behind) or `after` is beyond what was ever sent.
        """
        if after > self._seq or after < max(self._lost, self._acked):
            return False  # beyond what was sent, or from before what is kept
        self._acknowledge(after)
        self._written = after
        return True

    def _acknowledge(self, seq: int) -> None:
        outbox = self._outbox
        received = 0
        while received < len(outbox) and outbox[received][0] <= seq:
            received += 1
        del outbox[:received]
        self._acked = max(self._acked, seq)

    def has_after(self, seq: int) -> bool:
        return bool(self._outbox) and self._outbox[-1][0] > seq

    async def wait(self, loop: asyncio.AbstractEventLoop | None = None) -> None:
        """Return when something was queued, the session closed, or another waiter took over.

        `loop`: the running loop, from a caller that waits again and again (asking for it costs
        a system call each time on Python 3.11).
        """
        if self._waiter is not None and not self._waiter.done():
            self._waiter.set_result(None)  # a newer long-poll releases the older one
        waiter = (loop or asyncio.get_running_loop()).create_future()
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
