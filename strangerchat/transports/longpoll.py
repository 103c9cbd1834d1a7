"""The long-poll transport under /api/: the same frames and events as the WebSocket, over HTTP.

POST /api/session opens a session, POST /api/frame carries one client frame, and POST
/api/events is held until there are events after the sequence number the client last saw.
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import TypeVar

import msgspec
from aiohttp import web

from strangerchat.appkeys import CHAT
from strangerchat.chat import Chat
from strangerchat.errors import Rejected
from strangerchat.housekeeping import LONGPOLL
from strangerchat.protocol import EventsRequest, FrameRequest, error_body, events_body
from strangerchat.safety.origin import require_origin
from strangerchat.session import Session

# Refusals caused by the session's state, not by the frame itself.
_CONFLICTS = frozenset({"not_chatting", "already_started", "not_waiting"})

RequestT = TypeVar("RequestT", bound=msgspec.Struct)


def _error(status: int, rejected: Rejected) -> web.Response:
    return web.Response(status=status, body=error_body(rejected), content_type="application/json")


async def _decode(request: web.Request, kind: type[RequestT]) -> RequestT:
    require_origin(request, request.app[CHAT].settings)
    try:
        return msgspec.json.decode(await request.read(), type=kind)
    except msgspec.DecodeError as exc:
        raise Rejected("bad_frame", str(exc)) from None


def _session(chat: Chat, session_id: str) -> Session:
    session = chat.find_session(session_id)
    if session is None:
        raise Rejected("unknown_session", "no such session: it ended or never existed")
    return session


async def open_session(request: web.Request) -> web.Response:
    chat = request.app[CHAT]
    require_origin(request, chat.settings)
    session = await chat.open_session(LONGPOLL)
    return web.json_response({"session": session.id})


async def post_frame(request: web.Request) -> web.Response:
    chat = request.app[CHAT]
    try:
        posted = await _decode(request, FrameRequest)
        session = _session(chat, posted.session)
        session.last_seen = asyncio.get_running_loop().time()
        await chat.handle(session, posted.frame)
    except Rejected as rejected:
        return _error(_status(rejected), rejected)
    return web.Response(status=204)


async def get_events(request: web.Request) -> web.Response:
    chat = request.app[CHAT]
    try:
        poll = await _decode(request, EventsRequest)
        session = _session(chat, poll.session)
    except Rejected as rejected:
        return _error(_status(rejected), rejected)
    loop = asyncio.get_running_loop()
    session.last_seen = loop.time()
    if not session.has_after(poll.after) and not session.closed:
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(chat.settings.poll_hold):
                await session.wait()
    session.last_seen = loop.time()
    body = events_body(session.frames_after(poll.after))
    return web.Response(body=body, content_type="application/json")


def _status(rejected: Rejected) -> int:
    if rejected.code == "unknown_session":
        return 404
    return 409 if rejected.code in _CONFLICTS else 400
