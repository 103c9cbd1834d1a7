"""The exceptions strangerchat raises on purpose."""

from __future__ import annotations

import enum


class StrangerChatError(Exception):
    """Base of every error strangerchat raises on purpose."""


class ConfigError(StrangerChatError):
    """A setting has a value the server cannot start with."""


class StoreUnavailable(StrangerChatError):
    """A store shared by every process (Redis) cannot be reached, or this process fenced itself."""


class Code(enum.StrEnum):
    """Every error code a client can be sent; the values are the protocol (docs/protocol.md)."""

    # Refusals of a frame, sent as an error event (or, over HTTP, with the status below).
    BAD_FRAME = "bad_frame"
    TOO_LONG = "too_long"
    BAD_QUESTION = "bad_question"
    SPY_CANNOT_SEND = "spy_cannot_send"
    BAD_INTEREST = "bad_interest"
    TOO_MANY_INTERESTS = "too_many_interests"
    NOT_CHATTING = "not_chatting"
    ALREADY_STARTED = "already_started"
    NOT_WAITING = "not_waiting"
    SPAM = "spam"
    LOCKED_OUT = "locked_out"
    NOTHING_TO_REPORT = "nothing_to_report"
    REPORT_FAILED = "report_failed"
    SERVER_RESTARTING = "server_restarting"
    RATE_LIMITED = "rate_limited"
    NOBODY_TO_BLOCK = "nobody_to_block"
    CHALLENGE_REQUIRED = "challenge_required"
    POW_INVALID = "pow_invalid"
    POW_EXPIRED = "pow_expired"
    POW_REPLAYED = "pow_replayed"
    UNKNOWN_SESSION = "unknown_session"
    # Refusals of an HTTP request outside the chat itself.
    STORE_UNAVAILABLE = "store_unavailable"
    SERVER_ERROR = "server_error"
    GATE_REQUIRED = "gate_required"
    RESUME_FAILED = "resume_failed"
    BAD_REQUEST = "bad_request"
    RULES_NOT_ACCEPTED = "rules_not_accepted"
    BAD_DATE = "bad_date"
    APPEAL_EMPTY = "appeal_empty"
    APPEAL_TOO_LONG = "appeal_too_long"
    APPEAL_FAILED = "appeal_failed"
    NO_SUCH_RESTRICTION = "no_such_restriction"
    NOT_REVERSED = "not_reversed"
    NO_SUCH_APPEAL = "no_such_appeal"


# The HTTP status of each code, wherever a refusal is an HTTP answer. The one exception is the
# entry gate's proof of work: POST /gate answers a bad one 403 (it refuses entry), a start frame
# over long-poll 400 (a bad frame field).
STATUS: dict[Code, int] = {
    Code.BAD_FRAME: 400,
    Code.TOO_LONG: 400,
    Code.BAD_QUESTION: 400,
    Code.SPY_CANNOT_SEND: 409,
    Code.BAD_INTEREST: 400,
    Code.TOO_MANY_INTERESTS: 400,
    Code.NOT_CHATTING: 409,
    Code.ALREADY_STARTED: 409,
    Code.NOT_WAITING: 409,
    Code.SPAM: 400,
    Code.LOCKED_OUT: 400,
    Code.NOTHING_TO_REPORT: 400,
    Code.REPORT_FAILED: 400,
    Code.SERVER_RESTARTING: 503,
    Code.RATE_LIMITED: 429,
    Code.NOBODY_TO_BLOCK: 400,
    Code.CHALLENGE_REQUIRED: 400,
    Code.POW_INVALID: 400,
    Code.POW_EXPIRED: 400,
    Code.POW_REPLAYED: 400,
    Code.UNKNOWN_SESSION: 404,
    Code.STORE_UNAVAILABLE: 503,
    Code.SERVER_ERROR: 500,
    Code.GATE_REQUIRED: 403,
    Code.RESUME_FAILED: 404,
    Code.BAD_REQUEST: 400,
    Code.RULES_NOT_ACCEPTED: 400,
    Code.BAD_DATE: 400,
    Code.APPEAL_EMPTY: 400,
    Code.APPEAL_TOO_LONG: 400,
    Code.APPEAL_FAILED: 503,
    Code.NO_SUCH_RESTRICTION: 404,
    Code.NOT_REVERSED: 409,
    Code.NO_SUCH_APPEAL: 404,
}


class Rejected(StrangerChatError):
    """A client's frame or request was refused; `code` is stable and sent to that client alone."""

    def __init__(
        self, code: Code, message: str, *, until: int | None = None, appeal: str | None = None
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.until = until  # when a refusal that lasts ends (Unix seconds)
        self.appeal = appeal  # the restriction's reference, for an appeal

    @property
    def status(self) -> int:
        """The HTTP status this refusal is answered with."""
        return STATUS[self.code]


def store_unavailable(exc: BaseException) -> bool:
    """Redis down or frozen (redis-py's errors, named so that memory mode never imports redis)."""
    if isinstance(exc, (StoreUnavailable, ConnectionError, TimeoutError)):
        return True
    # Their subclasses too (MaxConnectionsError, BusyLoadingError are ConnectionErrors).
    return any(
        kind.__module__.startswith("redis") and kind.__name__ in {"ConnectionError", "TimeoutError"}
        for kind in type(exc).__mro__
    )


def store_unavailable_rejection() -> Rejected:
    """What a client is told when Redis is down or frozen: it should come back soon."""
    return Rejected(Code.STORE_UNAVAILABLE, "the server is busy; try again soon")
