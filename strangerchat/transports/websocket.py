"""The WebSocket transport at /ws: one socket per session, frames in, numbered events out."""

from __future__ import annotations

import asyncio
import contextlib

from aiohttp import WSCloseCode, WSMsgType, web

from strangerchat.appkeys import CHAT
from strangerchat.chat import Chat
from strangerchat.errors import Rejected
from strangerchat.safety.gate import require_adult
from strangerchat.safety.iphash import client_address
from strangerchat.safety.origin import require_origin
from strangerchat.safety.ratelimit import session_refused
from strangerchat.session import Session

# Worst case for one JSON-escaped character ("\ud83d\ude00" for an emoji), plus the envelope.
BYTES_PER_CHARACTER = 12
ENVELOPE_BYTES = 1024


async def websocket_handler(request: web.Request) -> web.WebSocketResponse:
    chat = request.app[CHAT]
    settings = chat.settings
    require_origin(request, settings)
    require_adult(request)
    ws = web.WebSocketResponse(
        heartbeat=settings.ws_heartbeat,
        compress=False,  # permessage-deflate would let a small frame inflate into a huge one
        max_msg_size=settings.max_message_length * BYTES_PER_CHARACTER + ENVELOPE_BYTES,
    )
    try:  # before the upgrade, so that a refusal is a plain 429
        session = await chat.open_session("websocket", client_address(request))
    except Rejected as rejected:
        raise session_refused(rejected) from None
    try:
        await ws.prepare(request)
        await _serve(ws, chat, session)
    finally:
        await chat.close_session_whole(session)
    return ws


async def _serve(ws: web.WebSocketResponse, chat: Chat, session: Session) -> None:
    writer = asyncio.create_task(_write_events(ws, session))
    try:
        await _read_frames(ws, chat, session)
    finally:
        writer.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await writer


async def _read_frames(ws: web.WebSocketResponse, chat: Chat, session: Session) -> None:
    # Invalid UTF-8 (1007) and oversized frames (1009) are closed by aiohttp itself.
    async for message in ws:
        if message.type is WSMsgType.TEXT:
            await chat.receive(session, message.data)
        elif message.type is WSMsgType.BINARY:
            await ws.close(code=WSCloseCode.UNSUPPORTED_DATA, message=b"text frames only")
        else:
            break


async def _write_events(ws: web.WebSocketResponse, session: Session) -> None:
    """Send queued events as they come; close the socket when the session is closed."""
    # A client that went away first is no error: the reader's side ends the session.
    with contextlib.suppress(ConnectionResetError):
        await _send_until_closed(ws, session)


async def _send_until_closed(ws: web.WebSocketResponse, session: Session) -> None:
    while True:
        for frame in session.take_all():
            await ws.send_frame(frame, WSMsgType.TEXT)
        if session.closed:
            await ws.close(code=session.close_code or WSCloseCode.OK)
            return
        await session.wait()
