"""LocalFirstBroker: strangers on one process meet there, in memory; only the rest through Redis.

With Redis, a search first looks among its own process's waiting strangers (a MemoryBroker,
by the same rules). Only a search that finds nobody here within `local_wait` seconds joins the
shared pool in Redis, in one script (RedisBroker.share). Two strangers matched here chat as in
memory mode: their messages, typing notices and the chat's end never touch Redis.

Each session's chat state lives in one of the two parts at a time: here until a search is
shared, in Redis from then until that chat is over; the next search starts here again. Both
parts apply their Changes to one session table, with gens that go on rising across the move,
so the rest of the server cannot tell where a chat's state lives. A block is kept by both
parts, and Redis tells every process of it, so that no process matches a blocked pair.
"""

from __future__ import annotations

import asyncio
import dataclasses
import time
from collections.abc import Callable

from strangerchat.brokers.base import Answerer, Broker, Match, Ticket, Trio
from strangerchat.brokers.memory import MemoryBroker
from strangerchat.brokers.redis import RedisBroker
from strangerchat.brokers.scripts import RedisUnavailable
from strangerchat.session import Session

# Seconds between tries to share a search that is due while this process is cut off from Redis.
RETRY_SHARE = 0.25


@dataclasses.dataclass(slots=True)
class _Search:
    """A search that began here: its ticket, when it began and whether it takes anyone now."""

    ticket: Ticket
    since: float
    widened: bool


class LocalFirstBroker(Broker):
    """A MemoryBroker for this process's own strangers in front of a RedisBroker for all."""

    def __init__(
        self,
        shared: RedisBroker,
        local_wait: float,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(shared.sessions)
        self.shared = shared
        self.local = MemoryBroker(sessions=self.sessions)
        self.route = shared.route
        self._local_wait = local_wait
        self._clock = clock
        self._searches: dict[str, _Search] = {}  # the last search of each session, by id
        self._in_redis: set[str] = set()  # sessions whose chat state is in Redis now
        # Searches on their way to Redis: a command for one of them waits until it is there.
        self._moving: dict[str, asyncio.Future[None]] = {}
        self._made = {"process": 0, "redis": 0}  # matches our claims made, by where
        shared.on_block = self.local.add_block

    async def start(self) -> None:
        await self.shared.start()

    async def close(self) -> None:
        await self.shared.close()
        await self.local.close()

    def matches_made(self) -> dict[str, int]:
        return dict(self._made)

    def pressure(self) -> float:
        return self.shared.pressure()

    def dropped_writes(self) -> int:
        return self.shared.dropped_writes()

    async def reachable(self) -> bool:
        return await self.shared.reachable()

    def answer_calls(self, answerer: Answerer) -> None:
        self.shared.answer_calls(answerer)

    async def call_owner(self, session_id: str, request: bytes, wait: float) -> bytes | None:
        return await self.shared.call_owner(session_id, request, wait)

    async def call_route(
        self, route: str, session_id: str, request: bytes, wait: float
    ) -> bytes | None:
        return await self.shared.call_route(route, session_id, request, wait)

    async def online_count(self) -> int:
        return await self.shared.online_count()

    async def deliver(self, session_id: str, payload: bytes) -> bool:
        # A session held here gets it straight from the table; another process's, by Redis.
        return await self.shared.deliver(session_id, payload)

    async def add_session(self, session: Session) -> None:
        if not self.shared.connected:
            # Fenced (or starting): chats here go on, but a newcomer could not be checked
            # against the bans in Redis, nor search beyond this process.
            raise RedisUnavailable("not connected to Redis")
        await self.local.add_session(session)  # Redis hears of it only if it is shared

    async def remove_session(self, session_id: str) -> None:
        await self._settled(session_id)
        self._forget(session_id)
        await self.local.remove_session(session_id)
        await self.shared.remove_session(session_id)  # its record there, if it has one

    async def drop_session(self, session_id: str) -> str | None:
        await self._settled(session_id)
        if session_id in self._in_redis:
            self._forget(session_id)
            partner_id = await self.shared.drop_session(session_id)  # tells the partner itself
            await self.local.remove_session(session_id)
            return partner_id
        self._forget(session_id)
        partner_id = await self.local.drop_session(session_id)
        await self.shared.remove_session(session_id)
        return partner_id

    async def join_pool(
        self,
        session_id: str,
        interests: frozenset[str],
        language: str | None,
        last_partner_id: str | None,
    ) -> Ticket:
        await self._settled(session_id)
        self._come_back(session_id)
        ticket = await self.local.join_pool(session_id, interests, language, last_partner_id)
        widened = not interests and language is None  # asked for nothing: open to anyone
        self._searches[session_id] = _Search(ticket, self._clock(), widened)
        return ticket

    async def leave_pool(self, session_id: str) -> bool:
        await self._settled(session_id)
        self._searches.pop(session_id, None)
        if session_id in self._in_redis:
            return await self.shared.leave_pool(session_id)
        return await self.local.leave_pool(session_id)

    async def open_to_anyone(self, session_id: str, order: int | None = None) -> bool:
        await self._settled(session_id)
        search = self._searches.get(session_id)
        if order is not None and (search is None or search.ticket.order != order):
            return False  # a timer of an earlier search (orders are this part's, not Redis's)
        if session_id in self._in_redis:
            return await self.shared.open_to_anyone(session_id)
        widened = await self.local.open_to_anyone(session_id)
        if widened and search is not None:
            search.widened = True
        return widened

    async def claim(self, seeker_id: str) -> Match | None:
        await self._settled(seeker_id)
        if seeker_id in self._in_redis:
            return self._count(await self.shared.claim(seeker_id), "redis")
        match = await self.local.claim(seeker_id)
        if match is not None:
            return self._count(match, "process")
        search = self._searches.get(seeker_id)
        if search is None or not self.shared.connected:
            return None  # not waiting; or cut off from Redis: it looks here only, and waits
        if self._clock() - search.since < self._local_wait:
            return None  # the matchmaker asks again (look_again)
        return self._count(await self._share(seeker_id, search), "redis")

    def _count(self, match: Match | None, place: str) -> Match | None:
        """Count a match, and end both sides' searches (no claim is asked for them again)."""
        if match is not None:
            self._made[place] += 1
            for ticket in (match.seeker, match.partner):
                self._searches.pop(ticket.session_id, None)
        return match

    def look_again(self, seeker_id: str) -> float | None:
        """Seconds until a search that found nobody here is shared: claim then tries Redis.
        Cut off from Redis, it is tried again every RETRY_SHARE until Redis is back."""
        search = self._searches.get(seeker_id)
        if search is None or seeker_id in self._in_redis:
            return None
        due = search.since + self._local_wait - self._clock()
        return due if due > 0 else RETRY_SHARE

    async def unpair(self, session_id: str) -> str | None:
        await self._settled(session_id)
        if session_id in self._in_redis:
            return await self.shared.unpair(session_id)
        return await self.local.unpair(session_id)

    async def block(self, blocker_id: str, seconds: float, window: float) -> str | None:
        session = self.sessions.get(blocker_id)
        other = (session.partner_id or session.last_partner_id) if session else None
        if not self.local.chatted_last_with(blocker_id, other):
            # A chat made in Redis: Redis keeps the block and tells every process, this one too.
            return await self.shared.block(blocker_id, seconds, window)
        found = self.local.whom_to_block(blocker_id, window)
        if found is None:
            return None
        blocked_id, own, theirs = found
        self.local.add_block(own, theirs, seconds)
        await self.shared.bar(own, theirs, seconds)  # every process, and Redis's own claims
        return blocked_id

    # Question mode waits in Redis only: its three strangers are rarely on one process.

    async def join_question_pool(self, session_id: str, question: str | None) -> None:
        await self._settled(session_id)
        session = self.sessions.get(session_id)
        if session is None:
            raise KeyError(session_id)
        if session_id not in self._in_redis:
            await self.shared.register(session)
            self._in_redis.add(session_id)
        await self.shared.join_question_pool(session_id, question)

    async def claim_trio(self, seeker_id: str) -> Trio | None:
        return await self.shared.claim_trio(seeker_id)

    async def stop_watching(self, spy_id: str) -> bool:
        if spy_id in self._in_redis:
            return await self.shared.stop_watching(spy_id)
        return await self.local.stop_watching(spy_id)

    async def _share(self, seeker_id: str, search: _Search) -> Match | None:
        session = self.sessions.get(seeker_id)
        ticket = self.local.hand_over(seeker_id)
        if session is None or ticket is None:
            self._searches.pop(seeker_id, None)  # not waiting here any more
            return None
        # From here its chat state is Redis's, even if the reply is lost (the script may have
        # run): it is never in both pools at once.
        self._in_redis.add(seeker_id)
        moved = self._moving[seeker_id] = asyncio.get_running_loop().create_future()
        try:
            return await self.shared.share(session, ticket, search.widened)
        finally:
            del self._moving[seeker_id]
            moved.set_result(None)

    def _come_back(self, session_id: str) -> None:
        """A session whose last chat was in Redis searches again: its state comes back here."""
        if session_id in self._in_redis:
            self._in_redis.discard(session_id)
            self.shared.release(session_id)
            self.local.take_back(session_id)

    def _forget(self, session_id: str) -> None:
        self._searches.pop(session_id, None)
        self._in_redis.discard(session_id)

    async def _settled(self, session_id: str) -> None:
        moving = self._moving.get(session_id)
        if moving is not None:
            await asyncio.shield(moving)
