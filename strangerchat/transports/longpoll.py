"""The long-poll transport under /api/: the same frames and events as the WebSocket, over HTTP.

POST /api/session opens a session, POST /api/frame carries one client frame, and POST
/api/events is held until there are events after the sequence number the client last saw. A
request names its session by the id the gateway resolves, here or on another process.
"""

from __future__ import annotations

from typing import TypeVar

import msgspec
from aiohttp import web

from strangerchat.appkeys import CHAT, GATEWAY
from strangerchat.credentials import route_of
from strangerchat.edge.errors import error_response
from strangerchat.errors import Code, Rejected
from strangerchat.protocol import (
    EventsRequest,
    FrameRequest,
    ResumeRequest,
    decode_json,
)
from strangerchat.safety.gate import require_adult
from strangerchat.safety.iphash import client_address
from strangerchat.safety.origin import require_origin
from strangerchat.safety.ratelimit import session_refused
from strangerchat.session import LONGPOLL, LONGPOLLED

RequestT = TypeVar("RequestT", bound=msgspec.Struct)


def _error(rejected: Rejected) -> web.Response:
    return error_response(rejected)


async def _decode(request: web.Request, kind: type[RequestT]) -> RequestT:
    require_origin(request, request.app[CHAT].settings)
    return decode_json(await request.read(), kind)


async def open_session(request: web.Request) -> web.Response:
    chat = request.app[CHAT]
    require_origin(request, chat.settings)
    gate_id = require_adult(request)
    try:
        session = await chat.open_session(LONGPOLL, client_address(request), gate_id)
    except Rejected as rejected:
        raise session_refused(rejected) from None
    gateway = request.app[GATEWAY]
    return web.json_response(
        {
            "session": gateway.credential(session),
            "route": gateway.route,  # for ?route= on later requests, which a balancer reads
            "resume": chat.resume_token(session),
        }
    )


async def resume_session(request: web.Request) -> web.Response:
    """Take up a session of the browser API (opened over a WebSocket or long-poll) for polling."""
    require_adult(request)
    try:
        posted = await _decode(request, ResumeRequest)
        credential = await request.app[GATEWAY].take_up(posted.token, posted.after, LONGPOLL)
    except Rejected as rejected:
        return _error(rejected)
    if credential is None:
        failed = Rejected(Code.RESUME_FAILED, "that session cannot be taken up: open a new one")
        return _error(failed)
    return web.json_response({"session": credential, "route": route_of(credential)})


async def post_frame(request: web.Request) -> web.Response:
    try:
        posted = await _decode(request, FrameRequest)
        await request.app[GATEWAY].frame(posted.session, posted.frame, LONGPOLLED)
    except Rejected as rejected:
        return _error(rejected)
    return web.Response(status=204)


async def get_events(request: web.Request) -> web.Response:
    try:
        poll = await _decode(request, EventsRequest)
        body = await request.app[GATEWAY].poll(poll.session, poll.after, LONGPOLLED)
    except Rejected as rejected:
        return _error(rejected)
    return web.Response(body=body, content_type="application/json")
