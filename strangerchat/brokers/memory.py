"""MemoryBroker: everything in this process's dicts; the default, with nothing else to run."""

from __future__ import annotations

import dataclasses
import heapq
import itertools
import time
from collections.abc import Callable, Iterator
from operator import attrgetter
from typing import NamedTuple, TypeVar

from strangerchat.brokers.base import Broker, Match, Ticket, Trio
from strangerchat.brokers.question_pool import QuestionPool
from strangerchat.changes import NOBODY, Change, Link
from strangerchat.protocol import STRANGER_LEFT
from strangerchat.safety.blocks import BlockList, marks
from strangerchat.session import Session, State
from strangerchat.session_table import SessionTable

_by_order = attrgetter("order")
_K = TypeVar("_K")

Marks = tuple[str, ...]


class _Ended(NamedTuple):
    """A session's last chat: when it ended, and the address hash of its partner then."""

    at: float
    partner_ip_hash: str | None


@dataclasses.dataclass(slots=True)
class _Record:
    """A session's chat state as the broker keeps it (RedisBroker's session hash, here).

    Every change raises `gen` and reaches the session table as a Change (see `_publish`).
    """

    ip_hash: str | None
    gen: int = 0
    state: State = State.IDLE
    partner: str = ""
    last: str = ""
    spy: str = ""  # a watched stranger's spy...
    who: int = 0  # ...and its number for the spy (1 or 2)
    watching: tuple[str, ...] = ()  # a spy's two strangers


class MemoryBroker(Broker):
    """Dicts keep insertion order, so the first acceptable entry is the longest waiter.

    The queues are those of RedisBroker's Redis keys: by (language, interest), by language
    (willing to meet anyone who speaks it) and open (willing to meet anyone at all).
    """

    def __init__(
        self, clock: Callable[[], float] = time.monotonic, sessions: SessionTable | None = None
    ) -> None:
        super().__init__(sessions)
        self._clock = clock
        self._blocks = BlockList(clock)
        self._ended: dict[str, _Ended] = {}  # session id: its last chat (a block may follow)
        self._records: dict[str, _Record] = {}
        self._waiting: dict[str, Ticket] = {}
        self._open: dict[str, Ticket] = {}
        self._by_language: dict[str, dict[str, Ticket]] = {}
        self._by_interest: dict[tuple[str | None, str], dict[str, Ticket]] = {}
        self._orders = itertools.count(1)
        self._questions = QuestionPool()

    async def start(self) -> None:
        pass

    async def close(self) -> None:
        self.sessions.forget_all()
        self._records.clear()
        self._waiting.clear()
        self._open.clear()
        self._by_language.clear()
        self._by_interest.clear()
        self._questions.clear()

    async def add_session(self, session: Session) -> None:
        self._records[session.id] = _Record(session.ip_hash)
        self.sessions.add(session)

    async def remove_session(self, session_id: str) -> None:
        self._questions.leave(session_id)
        self._records.pop(session_id, None)
        self.sessions.forget(session_id)
        self._ended.pop(session_id, None)

    async def online_count(self) -> int:
        return len(self.sessions)

    async def deliver(self, session_id: str, payload: bytes) -> bool:
        session = self.sessions.get(session_id)
        return session is not None and session.push(payload)

    async def join_pool(
        self,
        session_id: str,
        interests: frozenset[str],
        language: str | None,
        last_partner_id: str | None,
    ) -> Ticket:
        ticket = Ticket(session_id, next(self._orders), interests, language, last_partner_id)
        self._waiting[session_id] = ticket
        for interest in interests:
            _enqueue(self._by_interest, (language, interest), ticket)
        if not interests:
            self._widen(ticket, to_anyone=language is None)
        self._set(session_id, state=State.WAITING)
        return ticket

    async def leave_pool(self, session_id: str) -> bool:
        if session_id in self._waiting:
            self._remove_ticket(session_id)
        elif not self._questions.leave(session_id):
            return False
        if self._records[session_id].state is State.WAITING:
            self._set(session_id, state=State.IDLE)
        return True

    async def open_to_anyone(self, session_id: str, order: int | None = None) -> bool:
        ticket = self._waiting.get(session_id)
        if ticket is None or order not in (None, ticket.order):
            return False
        self._widen(ticket, to_anyone=True)
        return True

    async def claim(self, seeker_id: str) -> Match | None:
        seeker = self._waiting.get(seeker_id)
        if seeker is None:
            return None
        partner = self._find_partner(seeker)
        if partner is None:
            return None
        for ticket in (seeker, partner):
            self._remove_ticket(ticket.session_id)
        self._pair(seeker.session_id, partner.session_id)
        self._publish(seeker.session_id, partner.session_id)
        return Match(seeker, partner, tuple(sorted(seeker.interests & partner.interests)))

    async def unpair(self, session_id: str) -> str | None:
        record = self._records.get(session_id)
        if record is None or not record.partner:
            return None
        partner_id = record.partner
        self._end_watch(session_id, record)
        partner = self._records.get(partner_id)
        self._end_pair_side(session_id, record, partner_id, partner)
        if partner is not None and partner.partner == session_id:
            self._end_pair_side(partner_id, partner, session_id, record)
            self._publish(session_id, partner_id)
        else:
            self._publish(session_id)
        return partner_id

    async def block(self, blocker_id: str, seconds: float, window: float) -> str | None:
        found = self.whom_to_block(blocker_id, window)
        if found is None:
            return None
        blocked_id, own, theirs = found
        self._blocks.add(own, theirs, seconds)
        return blocked_id

    def whom_to_block(self, blocker_id: str, window: float) -> tuple[str, Marks, Marks] | None:
        """Who a block by `blocker_id` would bar (see `block`), with the blocker's marks and
        theirs; None when there is nobody to block."""
        blocker = self._records.get(blocker_id)
        if blocker is None:
            return None
        if blocker.partner:
            partner = self._records.get(blocker.partner)
            blocked_id, ip_hash = blocker.partner, _ip_hash(partner)
        else:
            ended = self._ended.get(blocker_id)
            if not blocker.last or ended is None:
                return None
            if self._clock() - ended.at > window:
                return None
            blocked_id, ip_hash = blocker.last, ended.partner_ip_hash
        return blocked_id, self._marks(blocker_id), marks(blocked_id, ip_hash)

    def add_block(self, blocker: Marks, blocked: Marks, seconds: float) -> None:
        """Keep a block between marks (one made elsewhere, or found by `whom_to_block`)."""
        self._blocks.add(blocker, blocked, seconds)

    # Local-first matching (local_first.py) moves a search to the shared pool and back.

    def hand_over(self, session_id: str) -> Ticket | None:
        """Take a waiting search out of this pool for another pool, with no change of state:
        the session waits on. Its record stays (its last chat, for a block). The ticket, or
        None when it was not waiting here."""
        ticket = self._waiting.get(session_id)
        if ticket is not None:
            self._remove_ticket(session_id)
        return ticket

    def take_back(self, session_id: str) -> None:
        """The session's chat state is back here after a chat elsewhere: idle, its gen the
        table's, so that the next change here is newer than the last one from elsewhere."""
        record = self._records[session_id]
        record.gen = self.sessions.gen(session_id) or record.gen
        record.state, record.partner, record.spy, record.who = State.IDLE, "", "", 0
        record.watching = ()

    def chatted_last_with(self, session_id: str, other_id: str | None) -> bool:
        """Whether this broker made the chat of `session_id` with `other_id` (now or last)."""
        record = self._records.get(session_id)
        return record is not None and bool(other_id) and other_id in (record.partner, record.last)

    async def join_question_pool(self, session_id: str, question: str | None) -> None:
        self._questions.join(session_id, question)
        self._set(session_id, state=State.WAITING)

    async def claim_trio(self, seeker_id: str) -> Trio | None:
        trio = self._questions.take(seeker_id, self._apart)
        if trio is None:
            return None
        self._pair(*trio.strangers)
        spy = self._records[trio.spy]
        spy.state = State.CHATTING
        spy.watching = trio.strangers
        for number, stranger_id in enumerate(trio.strangers, start=1):
            stranger = self._records[stranger_id]
            stranger.spy = trio.spy
            stranger.who = number
        self._publish(trio.spy, *trio.strangers)
        return trio

    async def stop_watching(self, spy_id: str) -> bool:
        spy = self._records.get(spy_id)
        if spy is None or not spy.watching:
            return False
        for stranger_id in spy.watching:
            stranger = self._records.get(stranger_id)
            if stranger is not None and stranger.spy == spy_id:
                # No new gen, as in Redis: the strangers' chat goes on, nothing is dropped.
                stranger.spy, stranger.who = "", 0
                self.sessions.unwatched(stranger_id, stranger.gen)
        spy.watching = ()
        if spy.state is State.CHATTING:
            spy.state = State.IDLE
        self._publish(spy_id)
        return True

    def _apart(self, a: str, b: str) -> bool:
        """Whether a block keeps the two apart (blocks bar both ways round)."""
        barred = self._blocks.barred_by(self._marks(a))  # mostly: none
        return bool(barred) and self._blocks.bars(barred, self._marks(b))

    def _end_watch(self, stranger_id: str, stranger: _Record) -> None:
        """A stranger's chat ends: so does its spy's watch, and the spy hears who left."""
        spy = self._records.get(stranger.spy)
        if spy is not None and stranger_id in spy.watching:
            spy.watching = ()
            if spy.state is State.CHATTING:
                spy.state = State.IDLE
            self._publish(stranger.spy)
            self.sessions.receive(stranger.spy, spy.gen, STRANGER_LEFT[stranger.who])

    def _widen(self, ticket: Ticket, *, to_anyone: bool) -> None:
        """Open a search to anyone who speaks its language and, if `to_anyone`, to anyone."""
        if ticket.language is not None:
            _enqueue(self._by_language, ticket.language, ticket)
        if to_anyone:
            self._open[ticket.session_id] = ticket

    def _find_partner(self, seeker: Ticket) -> Ticket | None:
        """Shared interest and language, then (if open to it) the language, then anyone."""
        last_partner: Ticket | None = None
        barred = self._blocks.barred_by(self._marks(seeker.session_id))  # mostly: none
        for candidate in itertools.chain.from_iterable(self._candidates(seeker)):
            if candidate.session_id == seeker.session_id:
                continue
            if barred and self._blocks.bars(barred, self._marks(candidate.session_id)):
                continue
            if seeker.shuns(candidate) or candidate.shuns(seeker):
                last_partner = last_partner or candidate
                continue
            return candidate
        return last_partner

    def _candidates(self, seeker: Ticket) -> list[Iterator[Ticket]]:
        """The queues the seeker may take from, best first; each is in waiting order."""
        keys = [(seeker.language, interest) for interest in seeker.interests]
        interest_queues = [self._by_interest[key] for key in keys if key in self._by_interest]
        # Merging the queues' heads finds the longest waiter who shares any interest without
        # looking at the rest of the pool.
        candidates: list[Iterator[Ticket]] = [
            heapq.merge(*(q.values() for q in interest_queues), key=_by_order)
        ]
        language_queue = self._by_language.get(seeker.language or "", {})
        if seeker.session_id in language_queue:
            candidates.append(iter(language_queue.values()))
        if seeker.session_id in self._open:
            candidates.append(iter(self._open.values()))
        return candidates

    def _remove_ticket(self, session_id: str) -> None:
        ticket = self._waiting.pop(session_id)
        self._open.pop(session_id, None)
        if ticket.language is not None:
            _dequeue(self._by_language, ticket.language, session_id)
        for interest in ticket.interests:
            _dequeue(self._by_interest, (ticket.language, interest), session_id)

    def _pair(self, a: str, b: str) -> None:
        for own, other in ((a, b), (b, a)):
            record = self._records[own]
            record.partner = other
            record.state = State.CHATTING

    def _set(self, session_id: str, state: State) -> None:
        self._records[session_id].state = state
        self._publish(session_id)

    def _publish(self, *session_ids: str) -> None:
        """Each session's new state, under a new gen, to the session table."""
        for session_id in session_ids:
            record = self._records[session_id]
            record.gen += 1
            peer = record.partner or record.last
            tied = (record.spy,) if record.who else record.watching
            change = Change(
                session_id,
                record.gen,
                record.state,
                record.partner,
                record.last,
                Link(peer) if peer else NOBODY,
                record.who,
                tuple(Link(other) for other in tied),
            )
            self.sessions.apply(change)

    def _marks(self, session_id: str) -> tuple[str, ...]:
        return marks(session_id, _ip_hash(self._records.get(session_id)))

    def _end_pair_side(
        self, session_id: str, record: _Record, partner_id: str, partner: _Record | None
    ) -> None:
        self._ended[session_id] = _Ended(self._clock(), _ip_hash(partner))
        record.partner = ""
        record.spy, record.who = "", 0
        record.last = partner_id
        if record.state is State.CHATTING:
            record.state = State.IDLE


def _ip_hash(record: _Record | None) -> str | None:
    return record.ip_hash if record is not None else None


def _enqueue(queues: dict[_K, dict[str, Ticket]], key: _K, ticket: Ticket) -> None:
    queues.setdefault(key, {})[ticket.session_id] = ticket


def _dequeue(queues: dict[_K, dict[str, Ticket]], key: _K, session_id: str) -> None:
    queue = queues.get(key)
    if queue is not None:
        queue.pop(session_id, None)
        if not queue:
            del queues[key]
