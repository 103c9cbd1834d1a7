"""The wire protocol: client frames and server events as msgspec Structs, one decoder, one encoder.

docs/protocol.md describes every frame and event. Limits in the types are hard ceilings that hold
whatever the settings say; the configured, lower limits are checked by the chat itself.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Literal, TypeVar

import msgspec

from strangerchat.errors import Code, Rejected

MAX_TEXT_CEILING = 10_000
MAX_INTERESTS_CEILING = 50
RAW_INTEREST_CEILING = 200
POW_CEILING = 4096  # a solved challenge is about 700 characters of base64
QUESTION_CEILING = 1000  # the real limit (questions.MAX_QUESTION) is checked after trimming
MESSAGE_ID_CEILING = 2**53 - 1  # the largest integer a JavaScript number holds exactly

MAX_REPORT_NOTE = 500

RawInterest = Annotated[str, msgspec.Meta(max_length=RAW_INTEREST_CEILING)]
Language = Annotated[str, msgspec.Meta(pattern=r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})?$")]


class _Frame(msgspec.Struct, tag_field="type", forbid_unknown_fields=True):
    """A frame a client sends."""


class Start(_Frame, tag="start"):
    interests: Annotated[list[RawInterest], msgspec.Meta(max_length=MAX_INTERESTS_CEILING)] = []
    language: Language | None = None
    # A solved proof of work (pow.js), wanted only after a rate-limit hit (challenge_required).
    pow: Annotated[str, msgspec.Meta(min_length=1, max_length=POW_CEILING)] | None = None
    # Question mode (questions.py): a spy asks `question`; a stranger with `wants_question`
    # discusses one with another such stranger.
    question: Annotated[str, msgspec.Meta(max_length=QUESTION_CEILING)] | None = None
    wants_question: bool = False


class Send(_Frame, tag="send"):
    text: Annotated[str, msgspec.Meta(min_length=1, max_length=MAX_TEXT_CEILING)]
    # The client's own number for the message: with one, the sender hears `delivered` when the
    # partner got it altered, and an `error` carrying it when it was not delivered.
    id: Annotated[int, msgspec.Meta(ge=0, le=MESSAGE_ID_CEILING)] | None = None


class Typing(_Frame, tag="typing"):
    pass


class StoppedTyping(_Frame, tag="stopped_typing"):
    pass


class StopLooking(_Frame, tag="stop_looking"):
    pass


class Disconnect(_Frame, tag="disconnect"):
    pass


class Block(_Frame, tag="block"):
    """End the chat and never meet this stranger again for 24 h (safety/blocks.py)."""


ReportCategory = Literal[
    "suspected_minor",
    "sexual_content",
    "grooming",
    "harassment",
    "hate_or_threats",
    "spam_or_bot",
    "other",
]


class Report(_Frame, tag="report"):
    """Report the partner (or, up to a few minutes after the chat, the last partner)."""

    category: ReportCategory
    note: Annotated[str, msgspec.Meta(max_length=MAX_REPORT_NOTE)] = ""


class Resume(msgspec.Struct, tag_field="type", tag="resume", forbid_unknown_fields=True):
    """The first frame on `/ws?resume`: take up a session whose connection dropped.

    Not a frame of the session (ClientFrame): it picks the session the rest are for.
    """

    token: Annotated[str, msgspec.Meta(min_length=1, max_length=200)]
    after: Annotated[int, msgspec.Meta(ge=0)] = 0


ClientFrame = Start | Send | Typing | StoppedTyping | StopLooking | Disconnect | Block | Report

# A session credential (credentials.py): route, id and MAC.
SessionId = Annotated[str, msgspec.Meta(min_length=1, max_length=128)]


class FrameRequest(msgspec.Struct, forbid_unknown_fields=True, frozen=True):
    """Long-poll: one client frame for a session."""

    session: SessionId
    frame: ClientFrame


class ResumeRequest(msgspec.Struct, forbid_unknown_fields=True, frozen=True):
    """Long-poll: take up a session after a dropped connection (as the `resume` frame does)."""

    token: Annotated[str, msgspec.Meta(min_length=1, max_length=200)]
    after: Annotated[int, msgspec.Meta(ge=0)] = 0


class EventsRequest(msgspec.Struct, forbid_unknown_fields=True, frozen=True):
    """Long-poll: the events after `after`, the last sequence number the client has seen."""

    session: SessionId
    after: Annotated[int, msgspec.Meta(ge=0)] = 0


class _Event(msgspec.Struct, tag_field="type"):
    """An event the server sends; the sequence number is added per session by `with_seq`."""


class Waiting(_Event, tag="waiting"):
    pass


class Connected(_Event, tag="connected", omit_defaults=True):
    interests: list[str]
    fell_back: bool
    language: str | None
    question: str | None = None  # in question mode: the question to discuss (left out otherwise)


class SpyConnected(_Event, tag="spy_connected"):
    """The spy's question chat began: two strangers now discuss `question`."""

    question: str


class SpiedMessage(_Event, tag="stranger_message"):
    """For the spy: stranger `who` (1 or 2) said `text`."""

    who: int
    text: str


class SpiedTyping(_Event, tag="stranger_typing"):
    who: int


class SpiedStoppedTyping(_Event, tag="stranger_stopped_typing"):
    who: int


class StrangerLeft(_Event, tag="stranger_left"):
    """For the spy: stranger `who` left, which ended the question chat."""

    who: int


class Message(_Event, tag="message"):
    text: str


class Delivered(_Event, tag="delivered"):
    """For the sender: message `id` reached the partner as `text` (only when it was altered)."""

    id: int
    text: str


class StrangerTyping(_Event, tag="typing"):
    pass


class StrangerStoppedTyping(_Event, tag="stopped_typing"):
    pass


class StrangerDisconnected(_Event, tag="stranger_disconnected"):
    pass


class YouDisconnected(_Event, tag="you_disconnected"):
    pass


class ServerRestarting(_Event, tag="server_restarting"):
    pass


class SafetyAlert(_Event, tag="safety_alert"):
    """The partner's messages look like grooming: shown once per chat to the one at risk."""


class AdultsOnly(_Event, tag="adults_only"):
    """The session said it is under 18: the chat ended and no new one starts before `until`.
    `appeal` names the lockout for an appeal (POST /api/appeals)."""

    until: int
    appeal: str = ""


class Blocked(_Event, tag="blocked"):
    """The blocker's confirmation: that stranger is not matched with them before `until`."""

    until: int


class ChallengeRequired(_Event, tag="challenge_required"):
    """A rate limit was hit: the next `start` must carry a solved proof of work."""


class Reported(_Event, tag="reported"):
    """The report was stored; `receipt` names it."""

    receipt: str


class Banned(_Event, tag="banned"):
    """`start` refused: this visitor is banned for `reason` until `until` (Unix seconds), by
    the rules (`automatic`) or by a moderator; `appeal` names the ban for an appeal."""

    reason: str
    until: int
    automatic: bool = True
    appeal: str = ""


class OnlineCount(_Event, tag="count"):
    online: int


class SessionInfo(_Event, tag="session"):
    """A WebSocket session's first event: how to come back to it (see docs/protocol.md).

    `resume` is this client's credential alone: never sent to anyone else, logged or stored.
    """

    resume: str
    window: float


class Resumed(_Event, tag="resumed"):
    """The session was taken up again: the events missed since `after` came just before."""


class ResumeFailed(_Event, tag="resume_failed"):
    """The session could not be taken up again (`reason`); this is a fresh session instead."""

    reason: Literal["expired", "behind"]


class StrangerAway(_Event, tag="stranger_away"):
    """The partner's connection dropped; they may come back within the resume window."""


class StrangerBack(_Event, tag="stranger_back"):
    """The partner came back after their connection dropped."""


class Error(_Event, tag="error", omit_defaults=True):
    code: str
    message: str
    id: int | None = None  # the refused `send` frame's id, when it had one
    until: int | None = None  # a lasting refusal's end (`locked_out`)
    appeal: str | None = None  # the restriction's reference, for an appeal (`locked_out`)


def error_event(rejected: Rejected, id: int | None = None) -> Error:
    return Error(
        code=rejected.code,
        message=rejected.message,
        id=id,
        until=rejected.until,
        appeal=rejected.appeal,
    )


ServerEvent = (
    Waiting
    | Connected
    | SpyConnected
    | SpiedMessage
    | SpiedTyping
    | SpiedStoppedTyping
    | StrangerLeft
    | Message
    | Delivered
    | StrangerTyping
    | StrangerStoppedTyping
    | StrangerDisconnected
    | YouDisconnected
    | ServerRestarting
    | SafetyAlert
    | AdultsOnly
    | Blocked
    | ChallengeRequired
    | Reported
    | Banned
    | OnlineCount
    | SessionInfo
    | Resumed
    | ResumeFailed
    | StrangerAway
    | StrangerBack
    | Error
)

_decoder: msgspec.json.Decoder[ClientFrame] = msgspec.json.Decoder(ClientFrame)
_encoder = msgspec.json.Encoder()


DecodedT = TypeVar("DecodedT")


def decode_json(data: str | bytes, kind: type[DecodedT]) -> DecodedT:
    """The one decode guard of every transport: any undecodable input is a bad_frame refusal."""
    return _guarded(lambda: msgspec.json.decode(data, type=kind))


def decode_frame(data: str | bytes) -> ClientFrame:
    """Decode one client frame, or raise Rejected(Code.BAD_FRAME) saying what is wrong."""
    return _guarded(lambda: _decoder.decode(data))


def _guarded(decode: Callable[[], DecodedT]) -> DecodedT:
    """msgspec raises RecursionError (not DecodeError) on JSON nested a few thousand levels deep
    before the schema can refuse it, and UnicodeDecodeError on a string of invalid UTF-8."""
    try:
        return decode()
    except msgspec.DecodeError as exc:
        raise Rejected(Code.BAD_FRAME, str(exc)) from None
    except RecursionError:
        raise Rejected(Code.BAD_FRAME, "JSON nested too deeply") from None
    except UnicodeDecodeError:
        raise Rejected(Code.BAD_FRAME, "a string is not valid UTF-8") from None


def encode_event(event: ServerEvent) -> bytes:
    """Encode an event once; every copy of it reuses these bytes."""
    return _encoder.encode(event)


def with_seq(seq: int, payload: bytes) -> bytes:
    """Put the session's sequence number in front of an encoded event, without decoding it."""
    return b'{"seq":%d,%s' % (seq, payload[1:])


def events_body(frames: list[bytes]) -> bytes:
    """The long-poll answer: `{"events": [...]}` from already numbered frames."""
    return b'{"events":[' + b",".join(frames) + b"]}"


def error_body(error: Rejected) -> bytes:
    """An error answered directly to an HTTP request (not an event, so it has no seq)."""
    return encode_event(error_event(error))


# Events that carry nothing but their type are the same bytes every time: encode them once.
WAITING = encode_event(Waiting())
STRANGER_TYPING = encode_event(StrangerTyping())
STRANGER_STOPPED_TYPING = encode_event(StrangerStoppedTyping())
STRANGER_DISCONNECTED = encode_event(StrangerDisconnected())
YOU_DISCONNECTED = encode_event(YouDisconnected())
SERVER_RESTARTING = encode_event(ServerRestarting())
SAFETY_ALERT = encode_event(SafetyAlert())
CHALLENGE_EVENT = encode_event(ChallengeRequired())
RESUMED = encode_event(Resumed())
STRANGER_AWAY = encode_event(StrangerAway())
STRANGER_BACK = encode_event(StrangerBack())
# What a spy hears of stranger 1 and 2 typing, stopping and leaving.
SPIED_TYPING = {who: encode_event(SpiedTyping(who=who)) for who in (1, 2)}
SPIED_STOPPED_TYPING = {who: encode_event(SpiedStoppedTyping(who=who)) for who in (1, 2)}
STRANGER_LEFT = {who: encode_event(StrangerLeft(who=who)) for who in (1, 2)}
