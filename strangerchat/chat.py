"""The Chat: what transports talk to. It opens, resumes and closes sessions, and hands each
frame to its pipeline (pipeline.py)."""

from __future__ import annotations

import asyncio
import contextlib

from strangerchat import standing
from strangerchat.errors import Code, Rejected
from strangerchat.pipeline import carry_out
from strangerchat.protocol import (
    RESUMED,
    SERVER_RESTARTING,
    STRANGER_AWAY,
    STRANGER_BACK,
    ClientFrame,
    OnlineCount,
    SessionInfo,
    decode_frame,
    encode_event,
    error_event,
)
from strangerchat.remote import Remote
from strangerchat.safety.reports import Reports
from strangerchat.services import Services
from strangerchat.session import GOING_AWAY, RESUMABLE, WEBSOCKET, Session

# Seconds a dropped connection may take to come back before its partner is told: a blip of a
# second or two is not worth a status line.
AWAY_AFTER = 2.0


class Chat:
    """One per process: opens and closes sessions and carries out their frames."""

    def __init__(self, services: Services) -> None:
        # The services the steps and transports use, by name (see steps.FrameServices).
        self.settings = services.settings
        self.broker = services.broker
        self.stats = services.stats
        self.secret = services.secret
        self.stores = services.stores
        self.guard = services.guard
        self.limits = services.limits
        self.bans = services.bans
        self.challenges = services.challenges
        self.resume_tokens = services.resume_tokens
        self.relay = services.relay
        self.matchmaker = services.matchmaker
        self.questions = services.questions
        self.shutting_down = False
        self._closing: set[asyncio.Future[None]] = set()
        self.remote = Remote(self)  # for sessions held by another process
        self.reports = Reports(self, self.stores.evidence, self.stores.reports, self.bans)

    async def open_session(
        self, transport: str, address: str | None = None, gate_id: str | None = None
    ) -> Session:
        """A new session for a client at `address` (hashed at once, never kept), whose gate
        cookie holds the identity `gate_id` (None without one).

        Rejected(Code.RATE_LIMITED) when that address has too many sessions open (None is a
        session the server opens itself, with no address to limit); Rejected(Code.SERVER_RESTARTING)
        once the server is shutting down.
        """
        if self.shutting_down:
            raise Rejected(
                Code.SERVER_RESTARTING, "the server is restarting: connect again in a moment"
            )
        now = asyncio.get_running_loop().time()
        session = Session(transport, self.settings.outbox_capacity, now)
        session.gate_id = gate_id
        if address is not None:
            await self.limits.addresses.load()
            try:
                self.limits.admit(session, address)
            except Rejected:
                self.stats.rate_limit_hits += 1
                raise
        try:
            await self.broker.add_session(session)
        except BaseException:
            session.close()  # else it would hold one of its address's places for good
            raise
        self.bans.standings.made_now(standing.session_key(session))
        await self.show_count(session, await self.broker.online_count())
        if transport == WEBSOCKET:
            info = SessionInfo(
                resume=self.resume_token(session), window=self.settings.resume_window
            )
            await self.relay.deliver(session.id, encode_event(info))
        return session

    def resume_token(self, session: Session) -> str:
        return self.resume_tokens.issue(session.id)

    async def take_up_anywhere(self, token: str, after: int, transport: str) -> str | None:
        """Take a session up for a new connection of `transport` here, wherever it is held.

        The session's id; None when it cannot be (ended, unknown, or too far behind). A session
        held by another process is served from there (it becomes BRIDGED on its holder).
        """
        session = self.resumable(token)
        if session is not None:
            return session.id if await self.take_up_as(session, after, transport) else None
        session_id = self.resume_tokens.session_id(token)
        if session_id is not None and await self.remote.resume(session_id, after):
            return session_id
        return None

    def resumable(self, token: str) -> Session | None:
        """The open browser-API session held here that a resume credential is for."""
        session_id = self.resume_tokens.session_id(token)
        session = self.find_session(session_id) if session_id else None
        if session is None or session.closed or session.transport not in RESUMABLE:
            return None
        return session

    async def take_up_as(self, session: Session, after: int, transport: str) -> bool:
        """Take up a session held here, served by `transport` from now on; False if it cannot."""
        if session.closed or session.transport not in RESUMABLE:
            return False  # ended, or an Omegle API session (which has no credential)
        if not await self.take_up(session, after):
            return False
        session.transport = transport
        # Seen now: a polled session is ended when not seen for poll_session_timeout, and the
        # new transport's first poll may come after the next sweep.
        session.last_seen = asyncio.get_running_loop().time()
        return True

    async def take_up(self, session: Session, after: int) -> bool:
        """A new connection takes up the session after event `after`; False if it cannot.

        The connection that served it until now stops (its `link` is no longer the session's).
        """
        if not session.resume(after):
            return False
        session.link += 1  # before anything awaits: the old writer must not send the replay
        session.detached_at = None
        await self.relay.deliver(session.id, RESUMED)
        if session.away_told:
            session.away_told = False
            if session.partner_id is not None:
                await self.relay.deliver(session.partner_id, STRANGER_BACK)
        return True

    def detach(self, session: Session) -> None:
        """No connection serves the session now; it waits `resume_window` for one (sweep)."""
        session.detached_at = asyncio.get_running_loop().time()

    async def check_detached(self, session: Session, now: float) -> None:
        """Tell the partner once a side has been away a moment; end it when the window is over."""
        assert session.detached_at is not None
        away_for = now - session.detached_at
        if away_for > self.settings.resume_window:
            await self.close_session(session)
        elif away_for >= AWAY_AFTER and not session.away_told and session.partner_id:
            session.away_told = True
            await self.relay.deliver(session.partner_id, STRANGER_AWAY)

    def find_session(self, session_id: str) -> Session | None:
        return self.broker.local_session(session_id)

    async def events_after(self, session: Session, after: int) -> list[bytes]:
        """The session's events after `after`, held up to poll_hold until there is one."""
        loop = asyncio.get_running_loop()
        session.last_seen = loop.time()
        if not session.has_after(after) and not session.closed:
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(self.settings.poll_hold):
                    await session.wait()
        session.last_seen = loop.time()
        return session.frames_after(after)

    async def close_session(self, session: Session, close_code: int | None = None) -> None:
        await self.relay.drop(session, close_code)

    def forget_closed(self) -> None:
        """Forget what is kept about sessions that are gone, and what has expired."""
        open_ids = {session.id for session in self.broker.local_sessions()}
        self.guard.keep_only(open_ids)
        self.limits.keep_only(open_ids)
        self.challenges.keep_only(open_ids)
        self.stores.evidence.forget_expired()
        self.stores.standings.forget_expired()

    async def close_session_whole(self, session: Session) -> None:
        """Close a session even if the caller is cancelled (a client hanging up can do that).

        Half a close would leave a pair behind in a shared broker; `finish_closing` lets the
        app wait for closes still running before it disconnects the broker.
        """
        task = asyncio.ensure_future(self.close_session(session))
        self._closing.add(task)
        task.add_done_callback(self._closing.discard)
        await asyncio.shield(task)

    async def finish_closing(self) -> None:
        """Wait for the closes that outlived their callers."""
        await asyncio.gather(*self._closing, return_exceptions=True)

    async def shut_down(self) -> None:
        """Tell every session here that the server is restarting, then end them all (code 1001).

        A partner on another process hears `stranger_disconnected`, as for any leaver.
        """
        self.shutting_down = True
        self.remote.stop()
        sessions = list(self.broker.local_sessions())
        # Everyone hears of the restart first: a partner here must not read that the stranger
        # left (which blames the stranger) before it reads that the server is restarting.
        for session in sessions:
            await self.relay.deliver(session.id, SERVER_RESTARTING)
        for session in sessions:
            await self.relay.drop(session, GOING_AWAY)

    async def show_count(self, session: Session, online: int) -> None:
        """Tell a session how many strangers are online, when that changed since it last heard."""
        if session.shown_count != online:
            session.shown_count = online
            await self.relay.deliver(session.id, encode_event(OnlineCount(online=online)))

    async def receive(self, session: Session, data: str | bytes) -> None:
        """Decode and carry out one frame; a refused frame becomes an error event for the sender."""
        try:
            await self.handle(session, decode_frame(data))
        except Rejected as rejected:
            error = error_event(rejected)
            await self.relay.deliver(session.id, encode_event(error))

    async def handle(self, session: Session, frame: ClientFrame) -> None:
        """Carry out a decoded frame through its pipeline (pipeline.py), or raise Rejected."""
        await carry_out(self, session, frame)

    def restriction_keys(self, session: Session) -> tuple[str, ...]:
        return standing.restriction_keys(self.limits, session)

    @staticmethod
    def personal_keys(session: Session) -> tuple[str, ...]:
        return standing.personal_keys(session)
