"""The Broker interface: the one place that knows where sessions, the pool and pairs live."""

from __future__ import annotations

import abc
import dataclasses
from collections.abc import Awaitable, Callable, Iterable

from strangerchat.errors import StrangerChatError
from strangerchat.session import Session
from strangerchat.session_table import SessionTable

# Answers another process's call for a session held here: (session id, request) -> reply, or
# None when the session is not held here (any more).
Answerer = Callable[[str, bytes], Awaitable[bytes | None]]


class CallLost(StrangerChatError):
    """A call went out but no reply came back (in time, or at all): the holder may still hold
    the session, so the caller must not take it for gone."""


@dataclasses.dataclass(frozen=True, slots=True)
class Ticket:
    """One search for a partner. `order` is unique and rises: a lower order has waited longer."""

    session_id: str
    order: int
    interests: frozenset[str] = frozenset()
    language: str | None = None
    last_partner_id: str | None = None

    def shuns(self, other: Ticket) -> bool:
        """Whether this search would rather not meet `other` (its last partner) again."""
        return self.last_partner_id == other.session_id


@dataclasses.dataclass(frozen=True, slots=True)
class Match:
    """Two tickets the broker has paired; `common` is the sorted list of their shared interests."""

    seeker: Ticket
    partner: Ticket
    common: tuple[str, ...]

    @property
    def language(self) -> str | None:
        """The language both chose, or None when they chose different ones (or none)."""
        same = self.seeker.language == self.partner.language
        return self.seeker.language if same else None


@dataclasses.dataclass(frozen=True, slots=True)
class Trio:
    """A question chat the broker has made: a spy and two strangers (1 waited longer than 2)."""

    spy: str
    question: str
    strangers: tuple[str, str]


class Broker(abc.ABC):
    """Sessions, the waiting pool and pairs; MemoryBroker holds them in dicts, others elsewhere.

    The sessions this process holds are in `sessions`, the one session table: a broker never
    writes a session's chat state itself, it applies the Changes its commands made there.
    """

    def __init__(self, sessions: SessionTable | None = None) -> None:
        # A broker made of two (local_first.py) gives both parts its one table.
        self.sessions = sessions if sessions is not None else SessionTable()

    # This process's route: what the ids it hands out name it by (credentials.py). A broker
    # with no other processes needs no more than this.
    route = "local"

    @abc.abstractmethod
    async def start(self) -> None:
        """Connect to whatever holds the state."""

    @abc.abstractmethod
    async def close(self) -> None:
        """Disconnect; the broker is not used afterwards."""

    def pressure(self) -> float:
        """How full the queue of writes towards other processes is (1: full); a broker with no
        other processes has none (see brokers/writebehind.py for the overflow policy)."""
        return 0.0

    def dropped_writes(self) -> int:
        """Writes towards other processes dropped because their queue was full."""
        return 0

    def matches_made(self) -> dict[str, int]:
        """Matches this process's claims made, by where ("process" or "redis"), for a broker
        that makes them in more than one place; {} for one that has one pool."""
        return {}

    async def reachable(self) -> bool:
        """Whether the state store answers; a broker with nothing remote is always reachable."""
        return True

    @abc.abstractmethod
    async def add_session(self, session: Session) -> None:
        """Register a new session held by this process."""

    @abc.abstractmethod
    async def remove_session(self, session_id: str) -> None:
        """Forget a session; it must already have left the pool and its pair."""

    async def drop_session(self, session_id: str) -> str | None:
        """Take a closed session out of the pool and out of its chat, and forget it.

        The partner it left behind, for the relay to tell; None when there was none, or when
        the broker told it already (RedisBroker does all of it in one script).
        """
        await self.leave_pool(session_id)
        partner_id = await self.unpair(session_id)
        if partner_id is None:
            await self.stop_watching(session_id)  # a spy: its strangers chat on
        await self.remove_session(session_id)
        return partner_id

    def local_session(self, session_id: str) -> Session | None:
        """The session with this id if this process holds it."""
        return self.sessions.get(session_id)

    def local_sessions(self) -> Iterable[Session]:
        """Every session this process holds."""
        return self.sessions.sessions()

    @abc.abstractmethod
    async def online_count(self) -> int:
        """How many sessions are open, on every process."""

    @abc.abstractmethod
    async def deliver(self, session_id: str, payload: bytes) -> bool:
        """Queue an encoded event for a session; False when it is gone or its outbox is full."""

    @abc.abstractmethod
    async def join_pool(
        self,
        session_id: str,
        interests: frozenset[str],
        language: str | None,
        last_partner_id: str | None,
    ) -> Ticket:
        """Put a session in the waiting pool (it must not be waiting or chatting).

        A search with neither interests nor a language is open to anyone at once; one with a
        language and no interests is open to anyone who chose that language.
        """

    @abc.abstractmethod
    async def leave_pool(self, session_id: str) -> bool:
        """Take a session out of the pool; False when it was not waiting (it may have matched)."""

    @abc.abstractmethod
    async def open_to_anyone(self, session_id: str, order: int | None = None) -> bool:
        """Widen a waiting session's search to anyone; False if it is not waiting.

        With `order`, only that ticket is widened: a timer set for an earlier search is ignored.
        """

    @abc.abstractmethod
    async def claim(self, seeker_id: str) -> Match | None:
        """Atomically pair a waiting session with the best waiting partner, if there is one.

        Each step takes the longest waiter first. A partner with the same language (or none,
        if the seeker chose none) sharing an interest comes first; then, for a seeker with a
        language and either no interests or open to anyone, a partner with that language who
        is open to it; then, for a seeker open to anyone, a partner open to anyone. Nobody is
        paired with themselves, a last partner only when nobody else is available, and never
        a stranger either of them blocked (see `block`).
        """

    def look_again(self, seeker_id: str) -> float | None:
        """Seconds after which a claim for this seeker, which just found nobody, may find
        someone it could not now (local_first.py: once its search is shared); None: only
        when someone new arrives, as with a broker that has one pool."""
        return None

    @abc.abstractmethod
    async def unpair(self, session_id: str) -> str | None:
        """End the session's chat; the former partner's id, or None when it was not chatting.

        A stranger in a watched question chat ends the spy's watch too, and the broker tells
        the spy (protocol.STRANGER_LEFT), in order after the stranger's last events.
        """

    # Question mode (see questions.py). Its searches wait apart from the pool above: `claim`
    # never takes them, `open_to_anyone` does not widen them, `leave_pool` takes them out.

    @abc.abstractmethod
    async def join_question_pool(self, session_id: str, question: str | None) -> None:
        """Wait as a spy asking `question`, or (None) as a stranger who will discuss one."""

    @abc.abstractmethod
    async def claim_trio(self, seeker_id: str) -> Trio | None:
        """Atomically make a question chat that includes the waiting seeker, if there is one.

        A spy takes the two strangers who waited longest; a stranger takes the spy who waited
        longest and the other stranger who waited longest. The strangers are paired with each
        other (partners, as in any chat) and the spy watches them.
        """

    @abc.abstractmethod
    async def stop_watching(self, spy_id: str) -> bool:
        """A spy leaves its question chat; the strangers chat on. False when it watched none."""

    @abc.abstractmethod
    async def block(self, blocker_id: str, seconds: float, window: float) -> str | None:
        """Bar the session's partner from being matched with it for `seconds`; who was blocked.

        The partner, or the last partner of a chat that ended less than `window` seconds ago;
        None when there is nobody to block. safety/blocks.py says what a block holds.

        A block is a hard rule of `claim`: a blocked pair is never matched, not even as the
        last resort a last partner is. It does not end the chat: the caller does that.
        """

    def answer_calls(self, answerer: Answerer) -> None:
        """Who answers calls from other processes; a broker with no other processes gets none."""
        return None

    async def call_owner(self, session_id: str, request: bytes, wait: float) -> bytes | None:
        """The reply of the other process that holds the session; None when no process does.

        A balancer may send a client's request to any process: this carries it to the session.
        CallLost when the call went out and no reply came: the session may well be alive.
        """
        return None

    async def call_route(
        self, route: str, session_id: str, request: bytes, wait: float
    ) -> bytes | None:
        """Like call_owner, to the process whose route is `route`, without looking the owner
        up; None when no process has that route or the one that has it holds no such session."""
        return None
