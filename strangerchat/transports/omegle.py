"""The classic Omegle HTTP API (/start, /events, /send, ...) over the sessions /ws and /api/ use.

docs/omegle-api.md says what is served, the rules old clients depend on, and what differs. A
request names its session by the id the gateway resolves, here or on another process.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import secrets
import time
import urllib.parse
from collections.abc import Awaitable, Callable, Mapping

import msgspec
from aiohttp import web

from strangerchat.appkeys import CHAT, GATEWAY
from strangerchat.chat import Chat
from strangerchat.errors import Code, Rejected
from strangerchat.protocol import (
    ClientFrame,
    Send,
    Start,
    StopLooking,
    StoppedTyping,
    Typing,
)
from strangerchat.safety.iphash import client_address
from strangerchat.safety.ratelimit import session_refused
from strangerchat.session import OMEGLE, ONLY_OMEGLE, Session, State
from strangerchat.transports.omegle_questions import question_start, spy_answer

Handler = Callable[[web.Request], Awaitable[web.Response]]

# The newest /events request of each session id: only it may take events from the outbox.
HOLDS = web.AppKey[dict[str, object]]("omegle_holds")
EVENTS_CALL = "omegle_events"  # an /events held on the process that holds the session

NULL = b"null"
UNKNOWN_CHAT = "no such chat: it ended or never existed"
ROBOTS_TXT = "User-agent: *\nDisallow:\n"  # nothing disallowed: one client obeys robots.txt

# Omegle answers for the project's events that carry nothing but their type.
_BARE = {
    "waiting": b'[["waiting"]]',
    "typing": b'[["typing"]]',
    "stopped_typing": b'[["stoppedTyping"]]',
    "stranger_disconnected": b'[["strangerDisconnected"]]',
    "server_restarting": b'[["connectionDied"]]',
    "banned": b'[["antinudeBanned"]]',  # Omegle's only ban event; the reason is not shown
}
CONNECTION_DIED = _BARE["server_restarting"]
# What a hold that ends with nothing new answers: where the chat stands, which every known client
# takes in its stride (an empty array crashes some, null ends others, unknown events hang one).
_RESTATED = {State.WAITING: _BARE["waiting"], State.CHATTING: _BARE["stopped_typing"]}


class _Queued(msgspec.Struct):
    """An event as the session queued it; arguments stay JSON: copied, never re-encoded."""

    seq: int
    type: str
    text: msgspec.Raw = msgspec.Raw()
    interests: msgspec.Raw = msgspec.Raw()
    message: msgspec.Raw = msgspec.Raw()
    question: msgspec.Raw = msgspec.Raw()
    who: int = 0


_queued = msgspec.json.Decoder(_Queued)


def add_routes(app: web.Application) -> None:
    """Serve the API at the root, where Omegle's clients look for it."""
    app[HOLDS] = {}
    app[GATEWAY].add(EVENTS_CALL, functools.partial(_events_called, app))
    app.router.add_get("/status", status)
    app.router.add_get("/start", start)
    app.router.add_post("/start", start)
    app.router.add_post("/events", events)
    app.router.add_post("/send", _write_call(_send))
    app.router.add_post("/typing", _write_call(lambda fields: Typing()))
    app.router.add_post("/stoppedtyping", _write_call(lambda fields: StoppedTyping()))
    app.router.add_post("/stoplookingforcommonlikes", _write_call(lambda fields: StopLooking()))
    app.router.add_post("/disconnect", disconnect)
    app.router.add_get("/robots.txt", robots_txt)


async def status(request: web.Request) -> web.Response:
    online = await request.app[CHAT].broker.online_count()
    body = {"count": online, "servers": [request.host], "timestamp": time.time()}
    return _json(msgspec.json.encode(body))


async def robots_txt(request: web.Request) -> web.Response:
    return web.Response(text=ROBOTS_TXT)


async def start(request: web.Request) -> web.Response:
    """Parameters come in the query string, even on POST; `waiting` is always the first answer."""
    chat = request.app[CHAT]
    try:
        frame = _start_frame(request.query)
    except Rejected as rejected:
        return _fail(rejected)
    # A long-poll session to housekeeping: it ends after poll_session_timeout without a request.
    try:
        session = await chat.open_session(OMEGLE, client_address(request))
    except Rejected as rejected:
        raise session_refused(rejected) from None
    try:
        await _begin(chat, session, frame)
    except Rejected as rejected:
        await chat.close_session(session)
        return _fail(rejected)
    credential = request.app[GATEWAY].credential(session)
    if request.query.get("firstevents") != "1":
        return _json(msgspec.json.encode(credential))
    return _json(await _first_answer(chat, session, credential))


async def events(request: web.Request) -> web.Response:
    here = functools.partial(_hold, request.app, gone=functools.partial(_gone, request))
    try:
        credential = _required(await _fields(request), "id")
        answer = await request.app[GATEWAY].call(EVENTS_CALL, credential, ONLY_OMEGLE, here)
    except Rejected as rejected:  # store_unavailable: the holder's reply did not come back
        return _fail(rejected)
    return _json(answer or NULL)


async def _events_called(app: web.Application, session: Session, body: bytes) -> bytes:
    """/events for a session held here that reached another process."""
    return await _hold(app, session, gone=_still_there) or NULL


async def _hold(
    app: web.Application, session: Session, *, gone: Callable[[], bool]
) -> bytes | None:
    """The answer for the session's newest /events; None once the session is over."""
    if session.closed:
        return None
    holds = app[HOLDS]
    token = holds[session.id] = object()
    try:
        return await _next_answer(app, session, token, gone)
    finally:
        if holds.get(session.id) is token:
            del holds[session.id]


async def disconnect(request: web.Request) -> web.Response:
    """End the search or chat; the id is finished, so repeating this is harmless."""
    try:
        credential = _required(await _fields(request), "id")
        await request.app[GATEWAY].close(credential, ONLY_OMEGLE)  # wakes a held /events: null
    except Rejected as rejected:
        return _fail(rejected)
    return web.Response(text="win")


def _write_call(frame_for: Callable[[Mapping[str, str]], ClientFrame]) -> Handler:
    """A handler that turns the posted form into one frame for the session and answers `win`."""

    async def write_call(request: web.Request) -> web.Response:
        try:
            fields = await _fields(request)
            credential = _required(fields, "id")
            await request.app[GATEWAY].frame(credential, frame_for(fields), ONLY_OMEGLE)
        except Rejected as rejected:
            return _fail(rejected)
        return web.Response(text="win")

    return write_call


def _send(fields: Mapping[str, str]) -> Send:
    text = _required(fields, "msg")
    if not text:
        raise Rejected(Code.BAD_REQUEST, "msg may not be empty")
    return Send(text=text)  # the chat checks the length against max_message_length


def _start_frame(query: Mapping[str, str]) -> Start:
    """The search a /start asks for."""
    question_mode = question_start(query)
    if question_mode is not None:
        return question_mode
    interests = _topics(query.get("topics"))
    language = query.get("lang") or None
    try:
        return msgspec.convert({"interests": interests, "language": language}, Start)
    except msgspec.ValidationError as exc:
        raise Rejected(Code.BAD_REQUEST, f"bad topics or lang: {exc}") from None


def _topics(raw: str | None) -> list[str]:
    """A JSON array of strings; some clients URL-encode it once more than the URL needs."""
    if not raw:
        return []
    for text in (raw, urllib.parse.unquote_plus(raw)):
        # Typed, so that deeply nested arrays fail at once instead of recursing.
        with contextlib.suppress(msgspec.DecodeError):
            return msgspec.json.decode(text, type=list[str])
    raise Rejected(Code.BAD_REQUEST, 'topics must be a JSON array of strings, like ["music"]')


async def _begin(chat: Chat, session: Session, frame: Start) -> None:
    await chat.handle(session, frame)


async def _first_answer(chat: Chat, session: Session, credential: str) -> bytes:
    """`firstevents=1`: the first /events answer, inside the /start answer."""
    answer = await _take(chat, session) or b"[]"
    if session.closed:  # refused at once: there is no chat to poll, so no id to poll with
        return b'{"events":%s}' % answer
    return b'{"clientID":%s,"events":%s}' % (msgspec.json.encode(credential), answer)


async def _next_answer(
    app: web.Application, session: Session, token: object, gone: Callable[[], bool]
) -> bytes | None:
    """Hold until there is an answer, the session ends (None) or the hold runs out."""
    chat = app[CHAT]
    loop = asyncio.get_running_loop()
    deadline = loop.time() + chat.settings.poll_hold
    session.last_seen = loop.time()
    try:
        while not session.closed:
            if app[HOLDS].get(session.id) is not token or gone():
                return _RESTATED.get(session.state)  # superseded or abandoned: take nothing
            answer = await _take(chat, session)
            if answer is not None or session.closed:
                return answer
            if loop.time() >= deadline:
                return _RESTATED.get(session.state)
            await _wait(session, deadline)
        # The server ended it (restart, overflow): the connection died. Otherwise the id is over.
        return CONNECTION_DIED if session.close_code is not None else None
    finally:
        session.last_seen = loop.time()


async def _wait(session: Session, deadline: float) -> None:
    with contextlib.suppress(TimeoutError):
        async with asyncio.timeout_at(deadline):
            await session.wait()


async def _take(chat: Chat, session: Session) -> bytes | None:
    """Take queued events up to the first one an Omegle client sees, and answer it alone."""
    answer, upto = None, 0
    for frame in session.frames_after(0):
        event = _queued.decode(frame)
        upto, answer = event.seq, _translate(event)
        if answer is not None:
            break
    session.frames_after(upto)  # drops what was taken
    if session.state is State.IDLE and not session.has_after(upto):
        await chat.close_session(session)  # an id is one chat: once it is over and told, it ends
    return answer


def _translate(event: _Queued) -> bytes | None:
    """The Omegle answer for one event; None for those an Omegle client has no use for."""
    if event.type in _BARE:
        return _BARE[event.type]
    if event.type == "message":
        return b'[["gotMessage",%s]]' % event.text
    if event.type in ("connected", "spy_connected"):
        digests = ",".join(secrets.token_hex(16) for _ in range(4)).encode()
        # A stranger in question mode gets the question with the bundle; the spy knows it.
        question = b""
        if event.type == "connected" and event.question:
            question = b',["question",%s]' % event.question
        return b'[["connected"],["commonLikes",%s],["identDigests","%s"]%s]' % (
            event.interests or b"[]",
            digests,
            question,
        )
    if event.type == "error":
        return b'[["error",%s]]' % event.message
    # Counts are on /status; you_disconnected comes after the id has ended.
    return spy_answer(event.type, event.who, event.text)


async def _fields(request: web.Request) -> dict[str, str]:
    """Form fields over query parameters: some clients post their parameters in the URL."""
    try:
        form = await request.post()
    except (ValueError, LookupError):
        raise Rejected(Code.BAD_REQUEST, "the body is not a form this server can read") from None
    fields = dict(request.query)
    fields.update((name, value) for name, value in form.items() if isinstance(value, str))
    return fields


def _required(fields: Mapping[str, str], name: str) -> str:
    value = fields.get(name)
    if value is None:
        raise Rejected(Code.BAD_REQUEST, f"{name} is required")
    return value


def _gone(request: web.Request) -> bool:
    transport = request.transport
    return transport is None or transport.is_closing()


def _still_there() -> bool:
    """A held call cannot see its client (it is on another process): taken as still there."""
    return False


def _json(body: bytes) -> web.Response:
    return web.Response(body=body, content_type="application/json", charset="utf-8")


def _fail(rejected: Rejected) -> web.Response:
    # Omegle's clients know chats, not sessions: an unknown id is said so, wherever it was found.
    message = UNKNOWN_CHAT if rejected.code is Code.UNKNOWN_SESSION else rejected.message
    return web.Response(status=rejected.status, text=f"fail: {message}")
