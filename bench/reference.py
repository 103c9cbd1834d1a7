"""The reference: the thinnest aiohttp pairing relay on uvloop, speaking strangerchat's protocol.

It is the practical ceiling of this stack: a queue of waiting peers, a dict of sessions, and each
text forwarded as it comes. No interests, no limits, no Origin check, no heartbeat: everything
strangerchat does beyond this is what the benchmark's ratios price.

    python -m bench.reference --port 8090
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import secrets
from collections import deque

import msgspec
import uvloop
from aiohttp import WSMsgType, web


class Frame(msgspec.Struct):
    type: str
    text: str = ""


class Poll(msgspec.Struct):
    session: str
    after: int = 0


class PostedFrame(msgspec.Struct):
    session: str
    frame: Frame


WAITING = b'{"type":"waiting"}'
CONNECTED = b'{"type":"connected","interests":[],"fell_back":false}'
STRANGER_DISCONNECTED = b'{"type":"stranger_disconnected"}'
YOU_DISCONNECTED = b'{"type":"you_disconnected"}'
POLL_HOLD = 30.0

_encode = msgspec.json.encode
_decode_frame = msgspec.json.Decoder(Frame).decode


class Peer:
    """One client: a WebSocket, or an outbox a long-poll drains."""

    __slots__ = ("id", "outbox", "partner", "seq", "waiter", "waiting", "ws")

    def __init__(self, ws: web.WebSocketResponse | None) -> None:
        self.id = secrets.token_urlsafe(16)
        self.ws = ws
        self.seq = 0
        self.partner: Peer | None = None
        self.waiting = False
        self.outbox: list[tuple[int, bytes]] = []
        self.waiter: asyncio.Future[None] | None = None

    async def deliver(self, event: bytes) -> None:
        self.seq += 1
        frame = b'{"seq":%d,%s' % (self.seq, event[1:])
        if self.ws is None:
            self.outbox.append((self.seq, frame))
            if self.waiter is not None and not self.waiter.done():
                self.waiter.set_result(None)
            return
        with contextlib.suppress(ConnectionResetError):
            await self.ws.send_frame(frame, WSMsgType.TEXT)


class Relay:
    def __init__(self) -> None:
        self.peers: dict[str, Peer] = {}
        self.queue: deque[Peer] = deque()

    async def handle(self, peer: Peer, frame: Frame) -> None:
        kind = frame.type
        partner = peer.partner
        if kind == "send":
            if partner is not None:
                text = _encode(frame.text)
                await partner.deliver(b'{"type":"message","text":%s}' % text)
        elif kind == "start":
            if partner is None and not peer.waiting:
                await self.start(peer)
        elif kind == "disconnect":
            await self.leave(peer)

    async def start(self, peer: Peer) -> None:
        await peer.deliver(WAITING)
        while self.queue:
            other = self.queue.popleft()
            if other.waiting:  # left entries are skipped here rather than searched for
                other.waiting = False
                peer.partner, other.partner = other, peer
                await other.deliver(CONNECTED)
                await peer.deliver(CONNECTED)
                return
        peer.waiting = True
        self.queue.append(peer)

    async def leave(self, peer: Peer) -> None:
        partner = peer.partner
        if peer.waiting:
            peer.waiting = False
            await peer.deliver(YOU_DISCONNECTED)
        elif partner is not None:
            peer.partner = partner.partner = None
            await partner.deliver(STRANGER_DISCONNECTED)
            await peer.deliver(YOU_DISCONNECTED)

    async def drop(self, peer: Peer) -> None:
        """The peer's connection ended: only its partner is told."""
        del self.peers[peer.id]
        peer.waiting = False
        partner = peer.partner
        if partner is not None:
            peer.partner = partner.partner = None
            await partner.deliver(STRANGER_DISCONNECTED)

    async def count(self, peer: Peer) -> None:
        await peer.deliver(b'{"type":"count","online":%d}' % len(self.peers))


RELAY = web.AppKey("relay", Relay)


async def websocket(request: web.Request) -> web.WebSocketResponse:
    relay = request.app[RELAY]
    ws = web.WebSocketResponse(compress=False)
    await ws.prepare(request)
    peer = Peer(ws)
    relay.peers[peer.id] = peer
    await relay.count(peer)
    try:
        async for message in ws:
            if message.type is WSMsgType.TEXT:
                await relay.handle(peer, _decode_frame(message.data))
    finally:
        await relay.drop(peer)
    return ws


async def open_session(request: web.Request) -> web.Response:
    relay = request.app[RELAY]
    peer = Peer(None)
    relay.peers[peer.id] = peer
    await relay.count(peer)
    return web.json_response({"session": peer.id})


async def post_frame(request: web.Request) -> web.Response:
    relay = request.app[RELAY]
    posted = msgspec.json.decode(await request.read(), type=PostedFrame)
    await relay.handle(relay.peers[posted.session], posted.frame)
    return web.Response(status=204)


async def get_events(request: web.Request) -> web.Response:
    poll = msgspec.json.decode(await request.read(), type=Poll)
    peer = request.app[RELAY].peers[poll.session]
    peer.outbox = [(seq, frame) for seq, frame in peer.outbox if seq > poll.after]
    if not peer.outbox:
        peer.waiter = asyncio.get_running_loop().create_future()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(peer.waiter, POLL_HOLD)
    body = b'{"events":[' + b",".join(frame for _, frame in peer.outbox) + b"]}"
    return web.Response(body=body, content_type="application/json")


def create_app() -> web.Application:
    app = web.Application()
    app[RELAY] = Relay()
    app.router.add_get("/ws", websocket)
    app.router.add_post("/api/session", open_session)
    app.router.add_post("/api/frame", post_frame)
    app.router.add_post("/api/events", get_events)
    return app


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8090)
    args = parser.parse_args()
    # The same collector settings as strangerchat's, so the reference stays the ceiling.
    gc.collect()
    gc.freeze()
    gc.set_threshold(20_000, 50, 100)
    web.run_app(
        create_app(),
        host=args.host,
        port=args.port,
        access_log=None,
        print=lambda _: print(f"reference on http://{args.host}:{args.port}", flush=True),
        loop=uvloop.new_event_loop(),
    )


if __name__ == "__main__":
    main()
