"""The Chat: what transports talk to. It checks each frame against the session's state and acts."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable

from strangerchat.brokers.base import Broker
from strangerchat.errors import (
    Code,
    Rejected,
    store_unavailable,
    store_unavailable_rejection,
)
from strangerchat.interests import normalise_interests
from strangerchat.matchmaker import Matchmaker
from strangerchat.protocol import (
    CHALLENGE_EVENT,
    RESUMED,
    SAFETY_ALERT,
    SERVER_RESTARTING,
    STRANGER_AWAY,
    STRANGER_BACK,
    YOU_DISCONNECTED,
    AdultsOnly,
    Banned,
    Block,
    Blocked,
    ClientFrame,
    Delivered,
    Disconnect,
    OnlineCount,
    Report,
    Send,
    SessionInfo,
    Start,
    StopLooking,
    StoppedTyping,
    Typing,
    decode_frame,
    encode_event,
    error_event,
)
from strangerchat.questions import Questions, in_question_mode, question_of
from strangerchat.relay import Relay
from strangerchat.remote import Remote
from strangerchat.resume import ResumeTokens
from strangerchat.safety.bans import ADULTS_ONLY, MINOR_LOCKOUT, UNDER_18, Bans, personal_key
from strangerchat.safety.blocks import BLOCK_SECONDS, BLOCK_WINDOW
from strangerchat.safety.challenges import StartChallenges
from strangerchat.safety.evidence import session_hash
from strangerchat.safety.iphash import AddressHasher
from strangerchat.safety.keys import server_secret
from strangerchat.safety.messages import MessageGuard
from strangerchat.safety.pow import ProofOfWork
from strangerchat.safety.ratelimit import RateLimits
from strangerchat.safety.reports import Reports
from strangerchat.safety.stores import create_stores
from strangerchat.safety.tripwire import says_under_18
from strangerchat.session import GOING_AWAY, RESUMABLE, WEBSOCKET, Session, State
from strangerchat.settings import Settings
from strangerchat.stats import Stats
from strangerchat.storage.database import DatabaseError
from strangerchat.storage.restrictions import LOCKOUT, new_ref, record_automatic

log = logging.getLogger(__name__)

# Seconds a dropped connection may take to come back before its partner is told: a blip of a
# second or two is not worth a status line.
AWAY_AFTER = 2.0


class Chat:
    """One per process: opens and closes sessions and carries out their frames."""

    def __init__(self, settings: Settings, broker: Broker, secret: str | None = None) -> None:
        self.settings = settings
        self.broker = broker
        self.stats = Stats()
        self.shutting_down = False
        self._closing: set[asyncio.Future[None]] = set()
        self.guard = MessageGuard()
        self.stores = create_stores(settings, broker)
        self.limits = RateLimits(settings, addresses=AddressHasher(shared=self.stores.day_keys))
        self.bans = Bans(self.stores.standings)
        # One key for everything this process signs; create_app passes the kept or configured one.
        self.secret = secret or server_secret(settings.secret_key)
        proof_of_work = ProofOfWork(self.secret, settings.pow_difficulty)
        self.resume_tokens = ResumeTokens(self.secret)
        self.challenges = StartChallenges(proof_of_work)  # also the entry gate's
        self.relay = Relay(broker, self.stats)
        self.relay.chat_ended = self._chat_ended
        self.matchmaker = Matchmaker(settings, broker, self.relay, self.stats)
        self.questions = Questions(broker, self.relay, self.stats)
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
        """Carry out a decoded frame, or raise Rejected (nothing then reaches the partner).

        A numbered message that is refused is answered with an event, not raised: it then
        reaches the sender in order with the rest, on every transport and from any process.
        """
        try:
            if isinstance(frame, Send) and self.broker.pressure() >= 1:
                # The queue towards other processes is full: refused before anything is
                # queued for it, and not counted against the sender (it is not their doing).
                raise Rejected(Code.RATE_LIMITED, "the server is busy: send it again in a moment")
            await self._guarded(session, frame)
        except Rejected as rejected:
            if not isinstance(frame, Send) or frame.id is None:
                raise
            error = error_event(rejected, frame.id)
            await self.relay.deliver(session.id, encode_event(error))

    async def _guarded(self, session: Session, frame: ClientFrame) -> None:
        try:
            await self._carry_out(session, frame)
        except Rejected as rejected:
            if rejected.code is Code.RATE_LIMITED:
                self.stats.rate_limit_hits += 1
                if self.challenges.hit(session):
                    await self.relay.deliver(session.id, CHALLENGE_EVENT)
            raise
        except Exception as exc:
            if not store_unavailable(exc):
                raise
            # Redis down or frozen: the frame is refused like any other; the session lives on.
            raise store_unavailable_rejection() from None

    async def _carry_out(self, session: Session, frame: ClientFrame) -> None:
        match frame:
            case Send(text=text):
                self._require_writer(session)
                limit = self.settings.max_message_length
                if len(text) > limit:
                    raise Rejected(Code.TOO_LONG, f"messages are at most {limit} characters")
                self.limits.check_message(session)
                await self._pass_on(session, text, frame.id)
            case Typing():
                self._require_writer(session)
                if self.limits.may_type(session):
                    await self.relay.typing(session, True)
            case StoppedTyping():
                self._require_writer(session)
                if self.limits.may_type(session):
                    await self.relay.typing(session, False)
            case Start() if in_question_mode(frame):
                self._require(session, State.IDLE)
                question = question_of(frame)
                if await self._refused(session):
                    return
                self._require(session, State.IDLE)  # a second start may have begun meanwhile
                self.limits.check_start(session)  # first: a refused start spends no proof
                self.challenges.check(session, frame.pow)
                if question is not None and says_under_18(question):
                    await self._lock_out(session)  # the question is the asker's first words
                else:
                    await self._search(session, self.questions.search(session, question))
            case Start(interests=raw, language=language, pow=solution):
                self._require(session, State.IDLE)
                if await self._refused(session):
                    return
                self._require(session, State.IDLE)  # a second start may have begun meanwhile
                self.limits.check_start(session)  # first: a refused start spends no proof
                self.challenges.check(session, solution)
                interests = normalise_interests(raw, self.settings.max_interests)
                language = language and language.lower()
                await self._search(session, self.matchmaker.search(session, interests, language))
            case StopLooking():
                self._require(session, State.WAITING)
                if not await self.matchmaker.stop_looking_for_common_interests(session):
                    raise Rejected(Code.NOT_WAITING, "this session is not looking for anyone")
            case Disconnect():
                await self._disconnect(session)
            case Block():
                await self._block(session)
            case Report():
                await self.reports.report(session, frame)

    async def _search(self, session: Session, search: Awaitable[None]) -> None:
        # Waiting from now on, so that a second `start` sent meanwhile (two long-poll requests
        # at once) is refused as already started instead of racing this one into the pool.
        session.state = State.WAITING
        try:
            await search
        except BaseException:
            if session.state is State.WAITING:
                session.state = State.IDLE
            raise

    async def _pass_on(self, session: Session, text: str, number: int | None) -> None:
        """The guard's verdict decides what the partner sees, and whether the chat goes on.

        The sender of a numbered message hears what the partner saw only when it differs: a
        message that went through unchanged costs no event.
        """
        partner_id = session.partner_id
        if partner_id is None:
            if number is not None:
                raise Rejected(Code.NOT_CHATTING, "the chat ended before this message was sent")
            return
        verdict = self.guard.check(session.id, partner_id, text)
        if verdict.minor:
            await self._lock_out(session)
            return
        # Kept before it is sent: a report the partner makes once they have read it finds it.
        await self._keep_evidence(session, partner_id, verdict.text)
        await self.relay.send(session, verdict.text)
        if number is not None and verdict.text != text:
            await self.relay.deliver(
                session.id, encode_event(Delivered(id=number, text=verdict.text))
            )
        if verdict.alert_partner:
            await self.relay.deliver(partner_id, SAFETY_ALERT)

    async def _lock_out(self, session: Session) -> None:
        """A writer who said they are under 18: the chat ends for both, no new one for 24 h.

        The partner only hears that the stranger left; the writer sees why. The lockout is the
        writer's (session, gate cookie); their address counts one hit (safety/bans.py).
        """
        until = int(time.time() + MINOR_LOCKOUT)
        keys = self.restriction_keys(session)
        address = keys[0] if session.ip_hashes and keys == session.ip_hashes else None
        personal = self.personal_keys(session)
        ref = new_ref()
        locked_address = await self.bans.lock_out_minor(personal, address, until, ref)
        locked = [*personal, *([address] if locked_address and address else [])]
        await record_automatic(
            self.stores.records.restrictions, ref, LOCKOUT, UNDER_18, locked, until
        )
        notice = encode_event(AdultsOnly(until=until, appeal=ref))
        if not await self.relay.end_chat(session, leaver_event=notice):
            await self.relay.deliver(session.id, notice)  # the partner had just left anyway

    async def _block(self, session: Session) -> None:
        """End the chat and bar that stranger for 24 h; the stranger only hears that we left."""
        # A spy is nobody's partner (and nobody hears it): it leaves what it watches instead.
        if session.watching or not await self.broker.block(session.id, BLOCK_SECONDS, BLOCK_WINDOW):
            raise Rejected(
                Code.NOBODY_TO_BLOCK, "block works during a chat and for 5 minutes after it ends"
            )
        notice = encode_event(Blocked(until=int(time.time() + BLOCK_SECONDS)))
        if not await self.relay.end_chat(session, leaver_event=notice):
            await self.relay.deliver(session.id, notice)  # the chat had ended already

    def restriction_keys(self, session: Session) -> tuple[str, ...]:
        """What a session's lockout or ban is kept under: its address hashes, today's first.

        A trusted address (a load generator, a health checker) stands for many clients, and a
        session opened without one has none: for them, the session itself.
        """
        if session.ip_hashes and not self.limits.is_trusted(session):
            return session.ip_hashes
        return (f"session:{session_hash(session.id)}",)

    @staticmethod
    def personal_keys(session: Session) -> tuple[str, ...]:
        """What a minor's lockout of this session alone is kept under: the session, then the
        identity in its gate cookie (which outlives it) when it has one."""
        own = (f"session:{session_hash(session.id)}",)
        return own if session.gate_id is None else (*own, personal_key("gate", session.gate_id))

    async def _refused(self, session: Session) -> bool:
        """Whether a ban refuses this `start` (it is told why); Rejected for a minor's lockout."""
        keys, personal = self.restriction_keys(session), self.personal_keys(session)
        restriction = await self.bans.restriction_for(keys, personal)
        if restriction is not None and await self._was_lifted(restriction.ref):
            # Lifted under the keys it was put on; a copy carried to a new day's address
            # hash since then is lifted here, when it is found.
            await self.bans.lift([*keys, *personal], restriction.ref)
            restriction = await self.bans.restriction_for(keys, personal)
        if restriction is None:
            return False
        appeal = await self._appeal_offer(restriction.ref)
        if restriction.kind == ADULTS_ONLY:
            raise Rejected(
                Code.LOCKED_OUT,
                "strangerchat is for adults only",
                until=int(restriction.until),
                appeal=appeal or None,
            )
        banned = Banned(
            reason=restriction.reason,
            until=int(restriction.until),
            automatic=restriction.automatic,
            appeal=appeal,
        )
        await self.relay.deliver(session.id, encode_event(banned))
        return True

    async def _was_lifted(self, ref: str) -> bool:
        """Whether a moderator lifted the restriction `ref` (a database that does not answer:
        not as far as we know, so it holds)."""
        if not ref:
            return False
        try:
            record = await self.stores.records.restrictions.find(ref)
        except DatabaseError:
            return False
        return record is not None and record.lifted_at is not None

    async def _appeal_offer(self, ref: str) -> str:
        """The reference to appeal with, or "" once it was appealed (one appeal each). A
        database that does not answer leaves the offer: the appeal itself then says so."""
        if not ref:
            return ""
        try:
            return "" if await self.stores.records.appeals.appealed(ref) else ref
        except DatabaseError:
            return ref

    async def _keep_evidence(self, session: Session, partner_id: str, text: str) -> None:
        """Keep what the partner saw, for a report; a failure costs the evidence, not the chat."""
        try:
            await self.stores.evidence.record(session.id, partner_id, text, session.ip_hash)
            if session.partner_id != partner_id:  # the chat ended meanwhile: expire it again
                await self.stores.evidence.end(session.id, partner_id)
        except Exception:
            log.exception("could not keep a message for the evidence buffer")

    async def _chat_ended(self, session_id: str, partner_id: str) -> None:
        try:
            await self.stores.evidence.end(session_id, partner_id)
        except Exception:
            log.exception("could not start the evidence buffer's countdown")

    async def _disconnect(self, session: Session) -> None:
        # Leaving when already out does nothing: both strangers often press Stop at once.
        if session.state is State.WAITING and await self.matchmaker.cancel(session):
            await self.relay.deliver(session.id, YOU_DISCONNECTED)
        else:
            await self.relay.end_chat(session)

    def _require_writer(self, session: Session) -> None:
        self._require(session, State.CHATTING)
        if session.watching:
            raise Rejected(Code.SPY_CANNOT_SEND, "the strangers discuss your question without you")

    @staticmethod
    def _require(session: Session, state: State) -> None:
        if session.state is not state:
            code = {
                State.CHATTING: Code.NOT_CHATTING,
                State.IDLE: Code.ALREADY_STARTED,
                State.WAITING: Code.NOT_WAITING,
            }[state]
            raise Rejected(code, f"not allowed while {session.state.value}")
