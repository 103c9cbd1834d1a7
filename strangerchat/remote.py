"""Remote: a request for a session that another process holds is carried out on that process.

A balancer may send each of a client's requests to a different process, while the session (its
outbox, its chat) stays on the process that opened it. A request that finds no session here
becomes a call, which the broker carries to the holder and answers with the holder's reply: a
frame is carried out there and a poll is held there, so the chat logic runs in one place.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Protocol

import msgspec

from strangerchat.brokers.base import Broker, CallLost
from strangerchat.errors import Code, Rejected, store_unavailable_rejection
from strangerchat.protocol import ClientFrame, Error, decode_frame, error_body, events_body
from strangerchat.session import BRIDGED, Session
from strangerchat.settings import Settings


class SessionHost(Protocol):
    """What Remote needs of the process's chat service (Chat is one): naming it here, not
    importing Chat, keeps the import graph one-way."""

    settings: Settings
    broker: Broker

    def find_session(self, session_id: str) -> Session | None: ...

    async def handle(self, session: Session, frame: ClientFrame) -> None: ...

    async def events_after(self, session: Session, after: int) -> list[bytes]: ...

    async def take_up_as(self, session: Session, after: int, transport: str) -> bool: ...

    async def close_session(self, session: Session, close_code: int | None = None) -> None: ...


# A call waits this much longer than the holder may hold it (a poll is held for poll_hold).
CALL_MARGIN = 5.0

RESUMED_THERE = b"resumed"
ANY: frozenset[str] = frozenset({"*"})  # a call the server makes for itself: any transport
ANY_WIRE = b"*"

# Runs on the holder: the session and the call's body -> the reply.
Handler = Callable[[Session, bytes], Awaitable[bytes]]


class Remote:
    """Makes calls for sessions held elsewhere and answers calls for sessions held here."""

    def __init__(self, chat: SessionHost) -> None:
        self._chat = chat
        self._wait = chat.settings.poll_hold + CALL_MARGIN
        self._handlers: dict[str, Handler] = {
            "frame": self._frame,
            "poll": self._poll,
            "close": self._close,
            "resume": self._resume,
        }
        self._stopping = asyncio.Event()
        chat.broker.answer_calls(self._answer)

    def add(self, name: str, handler: Handler) -> None:
        """Let other processes call `name` for a session held here (a transport's own call)."""
        self._handlers[name] = handler

    async def call(
        self,
        name: str,
        session_id: str,
        body: bytes = b"",
        via: frozenset[str] = ANY,
        route: str | None = None,
    ) -> bytes | None:
        """The reply of the process holding the session; None when no process holds it.

        `via`: the transports the caller's API serves; the holder answers as for no session
        when the session is of another one, since ids are bound to their transport
        (edge/binding.py). Calls the server makes for itself pass ANY. `route`: the process
        the client's credential names, asked first without looking the owner up in Redis.

        Rejected (store_unavailable) when no reply came: the session may well be alive, so the
        client is told to try again, never that it is unknown.
        """
        request = b"\n".join((name.encode(), ",".join(sorted(via)).encode(), body))
        broker = self._chat.broker
        try:
            if route is not None and route != broker.route:
                reply = await broker.call_route(route, session_id, request, self._wait)
                if reply is not None:
                    return reply
            # No route, our own (the session ended here) or not held there: ask who holds it.
            return await broker.call_owner(session_id, request, self._wait)
        except CallLost:
            raise store_unavailable_rejection() from None

    async def handle(
        self, session_id: str, frame: ClientFrame, via: frozenset[str], route: str | None = None
    ) -> bool:
        """Chat.handle on the holder (it may raise Rejected); False when no process holds it."""
        reply = await self.call("frame", session_id, msgspec.json.encode(frame), via, route)
        if reply:
            error = msgspec.json.decode(reply, type=Error)
            # A holder running another version may send a code this one does not know.
            code = (
                Code(error.code) if error.code in Code.__members__.values() else Code.SERVER_ERROR
            )
            raise Rejected(code, error.message, until=error.until, appeal=error.appeal)
        return reply is not None

    async def poll(
        self, session_id: str, after: int, via: frozenset[str], route: str | None = None
    ) -> bytes | None:
        """The long-poll answer (events after `after`, held on the holder); None: no session.

        When this process stops, the poll ends at once with no events: the client asks again
        (another process, through the balancer), and the holder keeps the events till then.
        """
        call = asyncio.ensure_future(self.call("poll", session_id, b"%d" % after, via, route))
        stopping = asyncio.ensure_future(self._stopping.wait())
        try:
            await asyncio.wait((call, stopping), return_when=asyncio.FIRST_COMPLETED)
        finally:  # a cancelled request must not leave either future behind
            stopping.cancel()
            answered = call.done()
            if not answered:
                call.cancel()
        return call.result() if answered else events_body([])

    def stop(self) -> None:
        """This process is stopping: end the polls it holds for sessions elsewhere."""
        self._stopping.set()

    async def close(self, session_id: str, via: frozenset[str], route: str | None = None) -> bool:
        """End the session on its holder; False when no process holds it."""
        return await self.call("close", session_id, b"", via, route) is not None

    async def _answer(self, session_id: str, request: bytes) -> bytes | None:
        name, _, rest = request.partition(b"\n")
        via, _, body = rest.partition(b"\n")
        session = self._chat.find_session(session_id)
        handler = self._handlers.get(name.decode())
        if session is None or handler is None:
            return None
        if via != ANY_WIRE and session.transport not in via.decode().split(","):
            return None  # another API's session: unknown to this one, as if it never existed
        session.last_seen = asyncio.get_running_loop().time()  # the client is still there
        return await handler(session, body)

    async def _frame(self, session: Session, body: bytes) -> bytes:
        if session.closed:
            return error_body(Rejected(Code.UNKNOWN_SESSION, "the session has ended"))
        try:
            await self._chat.handle(session, decode_frame(body))
        except Rejected as rejected:
            return error_body(rejected)
        return b""

    async def _poll(self, session: Session, body: bytes) -> bytes:
        return events_body(await self._chat.events_after(session, int(body)))

    async def resume(self, session_id: str, after: int) -> str | None:
        """Take up a browser-API session held elsewhere for a connection here (websocket.py's
        bridge, or long-poll requests carried to the holder): the holder's route, or None when
        it cannot be taken up."""
        reply = await self.call("resume", session_id, b"%d" % after)
        taken, _, route = (reply or b"").partition(b"\t")
        if taken != RESUMED_THERE:
            return None
        # A holder of an older version names no route: ours then, which still finds it (the
        # owner is looked up when a session under our route is not here).
        return route.decode() or self._chat.broker.route

    async def _resume(self, session: Session, body: bytes) -> bytes:
        # Polled from here on by the other process: it ends when the polls stop.
        if not await self._chat.take_up_as(session, int(body), BRIDGED):
            return b""
        return RESUMED_THERE + b"\t" + self._chat.broker.route.encode()

    async def _close(self, session: Session, body: bytes) -> bytes:
        await self._chat.close_session(session)
        return b""
