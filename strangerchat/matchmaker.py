"""The Matchmaker: one coroutine per process that pairs waiting sessions and tells both sides."""

from __future__ import annotations

import asyncio
import heapq
import logging

from strangerchat.brokers.base import Broker, Match
from strangerchat.errors import store_unavailable
from strangerchat.protocol import WAITING, Connected, encode_event
from strangerchat.relay import Relay
from strangerchat.session import Session
from strangerchat.settings import Settings
from strangerchat.stats import Stats

log = logging.getLogger(__name__)

# Seconds before a failed round's seekers are tried again (Redis away or slow to answer).
RETRY_AFTER = 0.25


class Matchmaker:
    """Searches start here; `run` pairs them, like with like first, anyone after `interest_wait`."""

    def __init__(self, settings: Settings, broker: Broker, relay: Relay, stats: Stats) -> None:
        self._interest_wait = settings.interest_wait
        self._broker = broker
        self._relay = relay
        self._stats = stats
        # Insertion-ordered and de-duplicated: asking twice to widen queues one claim, not two.
        self._seekers: dict[str, None] = {}
        self._widen_at: list[tuple[float, int, str]] = []  # (deadline, ticket order, session id)
        # Searches the broker asked to be tried again (look_again): (when, session id).
        self._look_at: list[tuple[float, str]] = []
        self._wakeup = asyncio.Event()

    async def search(
        self, session: Session, interests: frozenset[str], language: str | None
    ) -> None:
        """Queue `waiting` for the session and put it in the pool."""
        session.interests = interests
        session.language = language
        session.search_started = asyncio.get_running_loop().time()
        await self._relay.deliver(session.id, WAITING)
        ticket = await self._broker.join_pool(
            session.id, interests, language, session.last_partner_id
        )
        if interests or language:  # waiting for a shared interest or language first
            deadline = asyncio.get_running_loop().time() + self._interest_wait
            heapq.heappush(self._widen_at, (deadline, ticket.order, session.id))
        self._seek(session.id)

    async def stop_looking_for_common_interests(self, session: Session) -> bool:
        """Widen a waiting session's search to anyone now; False if it is not waiting."""
        if not await self._broker.open_to_anyone(session.id):
            return False
        self._seek(session.id)
        return True

    async def cancel(self, session: Session) -> bool:
        """Take a session out of the pool; False if it was not waiting (it may have matched)."""
        return await self._broker.leave_pool(session.id)

    async def run(self) -> None:
        """Pair sessions until cancelled; a failed round is logged and the next one goes on."""
        loop = asyncio.get_running_loop()
        while True:
            due = [timers[0][0] for timers in (self._widen_at, self._look_at) if timers]
            timeout = min(due) - loop.time() if due else None
            try:
                async with asyncio.timeout(timeout):
                    await self._wakeup.wait()
            except TimeoutError:
                pass
            self._wakeup.clear()
            try:
                await self.pair_waiting()
            except Exception as exc:
                self._stats.broker_errors += 1
                if store_unavailable(exc):  # Redis away: no bug, so no traceback
                    log.warning("matchmaking round failed: Redis did not answer (%s)", exc)
                else:
                    log.exception("matchmaking round failed")
                if self._seekers:
                    await asyncio.sleep(RETRY_AFTER)  # the seekers left wait for the next try
                    self._wakeup.set()

    async def pair_waiting(self) -> None:
        """One round: widen the searches that waited long enough, then try every fresh seeker.

        A widening or a claim that fails (Redis away) is kept for the next round: a search is
        never forgotten because the broker did not answer once.
        """
        now = asyncio.get_running_loop().time()
        while self._widen_at and self._widen_at[0][0] <= now:
            due = heapq.heappop(self._widen_at)
            try:
                widened = await self._broker.open_to_anyone(due[2], due[1])
            except BaseException:
                heapq.heappush(self._widen_at, due)
                raise
            if widened:
                self._seekers[due[2]] = None
        while self._look_at and self._look_at[0][0] <= now:
            self._seekers[heapq.heappop(self._look_at)[1]] = None
        while self._seekers:
            # All at once: a claim that waits for Redis does not hold up the others. Taken off
            # the list before their claims, so a widening meanwhile asks again.
            seekers = list(self._seekers)
            self._seekers.clear()
            if len(seekers) == 1:  # the common round: no task to make
                await self._claim_for(seekers[0], now)
                continue
            tried = [self._claim_for(seeker, now) for seeker in seekers]
            failures = [
                outcome
                for outcome in await asyncio.gather(*tried, return_exceptions=True)
                if isinstance(outcome, BaseException)
            ]
            if failures:
                raise failures[0]

    async def _claim_for(self, seeker: str, now: float) -> None:
        try:
            match = await self._broker.claim(seeker)
        except BaseException:
            self._seekers[seeker] = None  # tried again next round
            raise
        if match is not None:
            await self._announce(match)
            return
        wait = self._broker.look_again(seeker)
        if wait is not None:
            heapq.heappush(self._look_at, (now + wait, seeker))

    async def _announce(self, match: Match) -> None:
        self._record(match)
        for own in (match.seeker, match.partner):
            event = Connected(
                interests=list(match.common),
                fell_back=bool(own.interests) and not match.common,
                language=match.language,
            )
            await self._relay.deliver(own.session_id, encode_event(event))

    def _record(self, match: Match) -> None:
        if match.common:
            self._stats.matches_by_interest += 1
        else:
            self._stats.matches_at_random += 1
        now = asyncio.get_running_loop().time()
        for ticket in (match.seeker, match.partner):
            session = self._broker.local_session(ticket.session_id)
            if session is not None:
                self._stats.record_match_wait(now - session.search_started)

    def _seek(self, session_id: str) -> None:
        self._seekers[session_id] = None
        self._wakeup.set()
