"""The WebSocket transport at /ws: one socket per session, frames in, numbered events out.

`/ws` opens a new session. `/ws?resume` takes up one whose connection dropped: its first frame
is `resume` (the credential from the session's first event and the last `seq` received), and
the events after that follow; if the session cannot be taken up, a fresh one is opened on the
same socket and says so (`resume_failed`). docs/protocol.md has the details.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Literal

import msgspec
from aiohttp import WSCloseCode, WSMsgType, web

from strangerchat.appkeys import CHAT
from strangerchat.chat import Chat
from strangerchat.errors import Rejected
from strangerchat.protocol import (
    Resume,
    ResumeFailed,
    decode_frame,
    decode_json,
    encode_event,
    error_event,
)
from strangerchat.safety.gate import require_adult
from strangerchat.safety.iphash import client_address
from strangerchat.safety.origin import require_origin
from strangerchat.safety.ratelimit import session_refused
from strangerchat.session import ONLY_BRIDGED, WEBSOCKET, Session

# Worst case for one JSON-escaped character ("\ud83d\ude00" for an emoji), plus the envelope.
BYTES_PER_CHARACTER = 12
ENVELOPE_BYTES = 1024
RESUME_FRAME_WAIT = 10.0  # seconds a `/ws?resume` socket has to send its resume frame
REPLACED = 4000  # close code: a newer connection took up this socket's session

log = logging.getLogger(__name__)


async def websocket_handler(request: web.Request) -> web.WebSocketResponse:
    chat = request.app[CHAT]
    settings = chat.settings
    require_origin(request, settings)
    gate_id = require_adult(request)
    ws = web.WebSocketResponse(
        heartbeat=settings.ws_heartbeat,
        compress=False,  # permessage-deflate would let a small frame inflate into a huge one
        max_msg_size=settings.max_message_length * BYTES_PER_CHARACTER + ENVELOPE_BYTES,
    )
    address = client_address(request)
    session: Session | None = None
    if "resume" not in request.query:
        try:  # before the upgrade, so that a refusal is a plain 429
            session = await chat.open_session(WEBSOCKET, address, gate_id)
        except Rejected as rejected:
            raise session_refused(rejected) from None
    await ws.prepare(request)
    try:
        await _serve_upgraded(ws, chat, session, address, gate_id)
    except Exception as exc:  # past the upgrade no HTTP answer can be written: close instead
        log.error("unexpected %s serving a WebSocket", type(exc).__name__)
        await ws.close(code=WSCloseCode.INTERNAL_ERROR, message=b"server error")
    return ws


async def _serve_upgraded(
    ws: web.WebSocketResponse,
    chat: Chat,
    session: Session | None,
    address: str | None,
    gate_id: str | None,
) -> None:
    if session is None:
        found = await _resume_or_open(ws, chat, address, gate_id)
        if isinstance(found, str):  # held by another process: serve it from there
            await _bridge(ws, chat, found)
            return
        if found is None:
            return
        session = found
    link = session.link
    goodbye = True  # unless the connection merely dropped, the session ends with it
    try:
        goodbye = await _serve(ws, chat, session, link)
    except asyncio.CancelledError:
        goodbye = False  # aiohttp cancels the handler of a connection that was lost
        raise
    finally:
        if session.link == link:  # else a newer connection serves the session now
            if goodbye or session.closed or chat.shutting_down:
                await chat.close_session_whole(session)
            else:
                chat.detach(session)


async def _resume_or_open(
    ws: web.WebSocketResponse, chat: Chat, address: str | None, gate_id: str | None
) -> Session | str | None:
    """The session the first frame takes up, or a fresh one; None when the socket was closed.

    The id alone of a session taken up on the other process that holds it (with Redis).
    """
    try:
        message = await ws.receive(timeout=RESUME_FRAME_WAIT)
    except TimeoutError:
        await ws.close(code=WSCloseCode.POLICY_VIOLATION, message=b"no resume frame")
        return None
    if message.type is not WSMsgType.TEXT:
        await ws.close(code=WSCloseCode.POLICY_VIOLATION, message=b"expected a resume frame")
        return None
    reason: Literal["expired", "behind"] = "expired"
    try:
        frame = decode_json(message.data, Resume)
    except Rejected as rejected:
        await ws.send_str(encode_event(error_event(rejected)).decode())
        await ws.close(code=WSCloseCode.POLICY_VIOLATION, message=b"expected a resume frame")
        return None
    if chat.resumable(frame.token) is not None:
        reason = "behind"  # held here, so only a resume from too far back can fail
    session_id = await chat.take_up_anywhere(frame.token, frame.after, WEBSOCKET)
    if session_id is not None:
        return chat.find_session(session_id) or session_id  # here, or served from its holder
    try:
        fresh = await chat.open_session(WEBSOCKET, address, gate_id)
    except Rejected as rejected:
        await ws.send_str(encode_event(error_event(rejected)).decode())
        await ws.close(code=WSCloseCode.POLICY_VIOLATION, message=b"refused")
        return None
    await chat.relay.deliver(fresh.id, encode_event(ResumeFailed(reason=reason)))
    return fresh


LOST_REPLY_PAUSE = 0.5  # seconds before a bridge polls again after a lost reply


class _Polled(msgspec.Struct):
    events: list[msgspec.Raw]


_polled = msgspec.json.Decoder(_Polled)


async def _bridge(ws: web.WebSocketResponse, chat: Chat, session_id: str) -> None:
    """Serve a session another process holds: its events by polls held there, frames carried
    there. The events come as they were numbered there, so the client sees one stream."""
    pump = asyncio.create_task(_pump_events(ws, chat, session_id))
    goodbye = False
    try:
        while (message := await ws.receive()).type is WSMsgType.TEXT:
            try:
                if not await chat.remote.handle(
                    session_id, decode_frame(message.data), ONLY_BRIDGED
                ):
                    break  # no process holds it any more
            except Rejected as rejected:
                error = error_event(rejected)
                await ws.send_str(encode_event(error).decode())
        goodbye = message.type in (WSMsgType.CLOSE, WSMsgType.CLOSING)
    finally:
        pump.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await pump
        if goodbye:  # else it ends on its holder once polls stop
            with contextlib.suppress(Rejected):  # no reply came: it ends there that way too
                await chat.remote.close(session_id, ONLY_BRIDGED)


async def _pump_events(ws: web.WebSocketResponse, chat: Chat, session_id: str) -> None:
    after = 0  # the holder sends from where the resume left off, and nothing acknowledged
    with contextlib.suppress(ConnectionResetError):
        while not chat.shutting_down:
            try:
                body = await chat.remote.poll(session_id, after, ONLY_BRIDGED)
            except Rejected:  # the holder's reply was lost: it may well hold the session still
                await asyncio.sleep(LOST_REPLY_PAUSE)
                continue
            if body is None:
                await ws.close(code=WSCloseCode.GOING_AWAY, message=b"the session has ended")
                return
            for raw in _polled.decode(body).events:
                seq = _seq_of(raw)
                if seq > after:
                    after = seq
                    await ws.send_frame(bytes(raw), WSMsgType.TEXT)
        await ws.close(code=WSCloseCode.GOING_AWAY, message=b"server restarting")


class _Numbered(msgspec.Struct):
    seq: int


_numbered = msgspec.json.Decoder(_Numbered)


def _seq_of(raw: msgspec.Raw) -> int:
    return _numbered.decode(raw).seq


async def _serve(ws: web.WebSocketResponse, chat: Chat, session: Session, link: int) -> bool:
    """Carry out frames until the socket ends, while a task writes the session's events; True
    when the client closed it on purpose.

    A connection that merely dropped (no close frame: a phone changing networks) leaves the
    session waiting for the client to resume it. (One coroutine, not one per step: an idle
    session keeps every frame of its await chain for as long as it is open.)
    """
    writer = asyncio.create_task(_write_events(ws, session, link))
    try:
        # Invalid UTF-8 (1007) and oversized frames (1009) are closed by aiohttp itself.
        while True:
            message = await ws.receive()
            if message.type is WSMsgType.TEXT:
                await chat.receive(session, message.data)
                if session.unsent:
                    # Frames that came together are read without a pause: let the writer send
                    # this frame's reply first, or a burst's replies would overflow the outbox
                    # by themselves.
                    await asyncio.sleep(0)
            elif message.type is WSMsgType.BINARY:
                await ws.close(code=WSCloseCode.UNSUPPORTED_DATA, message=b"text frames only")
                return True
            else:
                return message.type in (WSMsgType.CLOSE, WSMsgType.CLOSING) or (
                    ws.close_code not in (None, WSCloseCode.OK, WSCloseCode.ABNORMAL_CLOSURE)
                )
    finally:
        writer.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await writer


async def _write_events(ws: web.WebSocketResponse, session: Session, link: int) -> None:
    """Send queued events as they come; close the socket when the session is closed."""
    loop = asyncio.get_running_loop()
    try:
        while True:
            if session.link != link:
                await ws.close(code=REPLACED, message=b"taken up by a newer connection")
                return
            for frame in session.take_all():
                await ws.send_frame(frame, WSMsgType.TEXT)
            if session.closed:
                await ws.close(code=session.close_code or WSCloseCode.OK)
                return
            await session.wait(loop)
    except ConnectionResetError:
        pass  # a client that went away first is no error: the reader's side ends the session
