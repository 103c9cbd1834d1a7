"""MemoryBroker: everything in this process's dicts; the default, with nothing else to run."""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Iterable, Iterator
from operator import attrgetter

from strangerchat.brokers.base import Broker, Match, Ticket
from strangerchat.session import Session, State

_by_order = attrgetter("order")


class MemoryBroker(Broker):
    """Dicts keep insertion order, so the first acceptable entry is the longest waiter."""

    def __init__(self) -> None:
        self._sessions: dict[str, Session] = {}
        self._waiting: dict[str, Ticket] = {}
        self._open: dict[str, Ticket] = {}  # waiting and willing to meet anyone
        self._by_interest: dict[str, dict[str, Ticket]] = {}
        self._orders = itertools.count(1)

    async def start(self) -> None:
        pass

    async def close(self) -> None:
        self._sessions.clear()
        self._waiting.clear()
        self._open.clear()
        self._by_interest.clear()

    async def add_session(self, session: Session) -> None:
        self._sessions[session.id] = session

    async def remove_session(self, session_id: str) -> None:
        self._sessions.pop(session_id, None)

    def local_session(self, session_id: str) -> Session | None:
        return self._sessions.get(session_id)

    def local_sessions(self) -> Iterable[Session]:
        return self._sessions.values()

    async def online_count(self) -> int:
        return len(self._sessions)

    async def deliver(self, session_id: str, payload: bytes) -> bool:
        session = self._sessions.get(session_id)
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
        if interests:
            for interest in interests:
                self._by_interest.setdefault(interest, {})[session_id] = ticket
        else:
            self._open[session_id] = ticket
        self._sessions[session_id].state = State.WAITING
        return ticket

    async def leave_pool(self, session_id: str) -> bool:
        if session_id not in self._waiting:
            return False
        self._remove_ticket(session_id)
        session = self._sessions[session_id]
        if session.state is State.WAITING:
            session.state = State.IDLE
        return True

    async def open_to_anyone(self, session_id: str, order: int | None = None) -> bool:
        ticket = self._waiting.get(session_id)
        if ticket is None or order not in (None, ticket.order):
            return False
        self._open[session_id] = ticket
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
        return Match(seeker, partner, tuple(sorted(seeker.interests & partner.interests)))

    async def unpair(self, session_id: str) -> str | None:
        session = self._sessions.get(session_id)
        if session is None or session.partner_id is None:
            return None
        partner_id = session.partner_id
        self._end_pair_side(session, partner_id)
        partner = self._sessions.get(partner_id)
        if partner is not None and partner.partner_id == session_id:
            self._end_pair_side(partner, session_id)
        return partner_id

    def _find_partner(self, seeker: Ticket) -> Ticket | None:
        """Shared interests first, then (if the seeker is open to anyone) the open pool."""
        last_partner: Ticket | None = None
        candidates: list[Iterator[Ticket]] = []
        interest_queues = [self._by_interest[i] for i in seeker.interests if i in self._by_interest]
        # Each interest's queue is in waiting order, so merging their heads finds the longest
        # waiter who shares any interest without looking at the rest of the pool.
        candidates.append(heapq.merge(*(q.values() for q in interest_queues), key=_by_order))
        if seeker.session_id in self._open:
            candidates.append(iter(self._open.values()))
        for candidate in itertools.chain.from_iterable(candidates):
            if candidate.session_id == seeker.session_id:
                continue
            if seeker.shuns(candidate) or candidate.shuns(seeker):
                last_partner = last_partner or candidate
                continue
            return candidate
        return last_partner

    def _remove_ticket(self, session_id: str) -> None:
        ticket = self._waiting.pop(session_id)
        self._open.pop(session_id, None)
        for interest in ticket.interests:
            queue = self._by_interest[interest]
            del queue[session_id]
            if not queue:
                del self._by_interest[interest]

    def _pair(self, a: str, b: str) -> None:
        for own, other in ((a, b), (b, a)):
            session = self._sessions[own]
            session.partner_id = other
            session.state = State.CHATTING

    @staticmethod
    def _end_pair_side(session: Session, partner_id: str) -> None:
        session.partner_id = None
        session.last_partner_id = partner_id
        if session.state is State.CHATTING:
            session.state = State.IDLE
