"""Rate limits: a token bucket and a sliding window, and the limits each session and address keep.

Per session: messages come in a burst of `message_burst`, then `message_rate` a second, and never
more than 60 times `message_rate` in any minute; typing notices a burst of 10, then 4 a second
(or the message limits, if looser);
`start` frames (new chats) 10 a minute; reports 5 in 10 minutes (the address's reports are
counted by bans.py, on every process). Per address hash: new chats 60 a minute and at most 20
sessions open at once, whatever their transport.
Addresses in `trusted_clients` (load tests, health checkers) skip the per-address limits only.
Everything is kept in this process's memory, so with several processes each counts its own.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterable

from aiohttp import web

from strangerchat.errors import Code, Rejected
from strangerchat.protocol import error_body
from strangerchat.safety.bans import REPORTS_ALLOWED, REPORTS_PERIOD
from strangerchat.safety.iphash import AddressHasher, parse_address, within
from strangerchat.session import Session
from strangerchat.settings import Settings, parse_networks

Clock = Callable[[], float]

MINUTE = 60.0
STARTS_PER_SESSION = 10  # a minute
STARTS_PER_ADDRESS = 60  # a minute
CONNECTIONS_PER_ADDRESS = 20
# Typing and stopped-typing frames, together: a client sends one per keystroke pause at most, so
# a burst of 10 then 4 a second is plenty, and keeps one stranger from flooding the other's
# outbox (256 events) with typing notices until the partner is dropped as a slow reader.
TYPING_BURST = 10
TYPING_RATE = 4.0  # a second


class TokenBucket:
    """Up to `burst` at once, refilled at `rate` a second."""

    def __init__(self, burst: float, rate: float, clock: Clock = time.monotonic) -> None:
        self.burst, self.rate, self._clock = burst, rate, clock
        self._tokens = burst
        self._updated = clock()

    def take(self) -> bool:
        now = self._clock()
        self._tokens = min(self.burst, self._tokens + (now - self._updated) * self.rate)
        self._updated = now
        if self._tokens < 1:
            return False
        self._tokens -= 1
        return True


class SlidingWindow:
    """At most `limit` events in any `period` seconds."""

    def __init__(self, limit: int, period: float, clock: Clock = time.monotonic) -> None:
        self.limit, self.period, self._clock = limit, period, clock
        self._times: deque[float] = deque()

    def take(self) -> bool:
        now = self._clock()
        self._forget_before(now - self.period)
        if len(self._times) >= self.limit:
            return False
        self._times.append(now)
        return True

    def idle(self) -> bool:
        """Nothing within the period: the window can be forgotten."""
        self._forget_before(self._clock() - self.period)
        return not self._times

    def _forget_before(self, moment: float) -> None:
        while self._times and self._times[0] <= moment:
            self._times.popleft()


class _SessionLimits:
    """One session's counters; `address` is the hash its per-address limits count against."""

    def __init__(self, settings: Settings, address: str | None, clock: Clock) -> None:
        per_minute = max(1, round(settings.message_rate * MINUTE))
        self.messages = TokenBucket(settings.message_burst, settings.message_rate, clock)
        self.messages_minute = SlidingWindow(per_minute, MINUTE, clock)
        self.starts = SlidingWindow(STARTS_PER_SESSION, MINUTE, clock)
        # Never stricter than messages: a client may send a typing notice before each message.
        self.typing = TokenBucket(
            max(TYPING_BURST, settings.message_burst),
            max(TYPING_RATE, settings.message_rate),
            clock,
        )
        self.address = address


def _limited(what: str) -> Rejected:
    return Rejected(Code.RATE_LIMITED, f"too many {what}: slow down and try again in a moment")


# What opening a session can be refused with: the code's status, as an aiohttp answer.
_REFUSALS: dict[int, type[web.HTTPException]] = {
    answer.status_code: answer for answer in (web.HTTPServiceUnavailable, web.HTTPTooManyRequests)
}


def session_refused(rejected: Rejected) -> web.HTTPException:
    """The answer to a connection refused before it became a session.

    503 (server_restarting) while the server shuts down (the client comes back, to another
    process if there is one); 429 (rate_limited), too many sessions from that address.
    """
    answer = _REFUSALS[rejected.status]
    return answer(text=error_body(rejected).decode(), content_type="application/json")


class RateLimits:
    """Per process: every session's limits and every address hash's."""

    def __init__(
        self,
        settings: Settings,
        clock: Clock = time.monotonic,
        addresses: AddressHasher | None = None,
    ) -> None:
        self._settings = settings
        self._clock = clock
        self._trusted = parse_networks(settings.trusted_clients)
        self.addresses = addresses or AddressHasher()
        # Made on a session's first message or start: an idle session costs nothing here.
        self._sessions: dict[str, _SessionLimits] = {}
        self._trusted_sessions: set[str] = set()
        self._reports: dict[str, SlidingWindow] = {}  # session id: its reports, once it made one
        self._starts: dict[str, SlidingWindow] = {}  # address hash: its new chats
        self._open: dict[str, set[Session]] = {}  # address hash: its sessions

    def trusts(self, address: str) -> bool:
        ip = parse_address(address)
        return ip is not None and within(ip, self._trusted)

    def admit(self, session: Session, address: str) -> None:
        """Give the session its address hash; Rejected if the address has too many open."""
        hashes = self.addresses.hashes(address)
        session.ip_hash, session.ip_hashes = hashes[0], hashes
        if self.trusts(address):
            self._trusted_sessions.add(session.id)
            return
        # Yesterday's hash counts too: sessions opened before midnight are still open.
        if sum(self._open_count(one) for one in hashes) >= CONNECTIONS_PER_ADDRESS:
            raise _limited("connections from this address")
        self._open.setdefault(hashes[0], set()).add(session)

    def is_trusted(self, session: Session) -> bool:
        return session.id in self._trusted_sessions

    def check_message(self, session: Session) -> None:
        limits = self._limits(session)
        if not (limits.messages.take() and limits.messages_minute.take()):
            raise _limited("messages")

    def may_type(self, session: Session) -> bool:
        """Whether a typing notice may pass. Over the limit it is dropped without an error: an
        error for each would flood the sender's own outbox, and a notice is only a hint."""
        return self._limits(session).typing.take()

    def check_start(self, session: Session) -> None:
        limits = self._limits(session)
        if not limits.starts.take():
            raise _limited("new chats")
        if limits.address is not None:
            window = self._starts.setdefault(
                limits.address, SlidingWindow(STARTS_PER_ADDRESS, MINUTE, self._clock)
            )
            if not window.take():
                raise _limited("new chats from this address")

    def check_report(self, session: Session) -> None:
        """Reports per session (per address, bans.py counts them on every process together)."""
        window = self._reports.get(session.id)
        if window is None:
            window = SlidingWindow(REPORTS_ALLOWED, REPORTS_PERIOD, self._clock)
            self._reports[session.id] = window
        if not window.take():
            raise _limited("reports")

    def keep_only(self, session_ids: Iterable[str]) -> None:
        """Forget sessions that closed, and addresses with nothing left to count."""
        kept = set(session_ids)
        for session_id in self._sessions.keys() - kept:
            del self._sessions[session_id]
        for session_id in self._reports.keys() - kept:
            del self._reports[session_id]
        self._trusted_sessions &= kept
        for address in [a for a in self._open if not self._open_count(a)]:
            del self._open[address]
        for address in [a for a, window in self._starts.items() if window.idle()]:
            del self._starts[address]

    def _limits(self, session: Session) -> _SessionLimits:
        limits = self._sessions.get(session.id)
        if limits is None:
            # Trusted, or opened without an address (tests, tools): no per-address limits.
            counted = None if session.id in self._trusted_sessions else session.ip_hash
            limits = _SessionLimits(self._settings, counted, self._clock)
            self._sessions[session.id] = limits
        return limits

    def _open_count(self, address: str) -> int:
        sessions = self._open.get(address, set())
        sessions -= {session for session in sessions if session.closed}
        return len(sessions)
