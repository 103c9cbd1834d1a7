"""The gateway: where a client's session id leads, and what is done with the session there.

Long-poll and Omegle requests name their session by the id the client was given. The gateway
resolves it to the Session when this process holds it, or else to the process that may (reached
through remote.py), and carries out a frame, a poll, a close or a transport's own call either
way. The transports only turn HTTP into these calls and the results into answers.

An id that leads nowhere, or to a session of another transport, is `unknown_session`: ids are
bound to their transport (edge/binding.py).
"""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Awaitable, Callable
from typing import Protocol

from strangerchat.edge.binding import require_transport
from strangerchat.errors import Code, Rejected
from strangerchat.protocol import ClientFrame, events_body
from strangerchat.remote import Handler, Remote, SessionHost
from strangerchat.session import Session

# What a transport's own call does for a session held here; None: the session is over.
Here = Callable[[Session], Awaitable[bytes | None]]


class GatewayHost(SessionHost, Protocol):
    """What the gateway needs of the process's chat service (Chat is one)."""

    remote: Remote


@dataclasses.dataclass(frozen=True, slots=True)
class Elsewhere:
    """A session this process does not hold: another process may."""

    session_id: str


Target = Session | Elsewhere


def unknown_session() -> Rejected:
    return Rejected(Code.UNKNOWN_SESSION, "no such session: it ended or never existed")


class Gateway:
    """One per process: resolves session ids and carries out requests for them."""

    def __init__(self, chat: GatewayHost) -> None:
        self._chat = chat
        self._remote = chat.remote

    def client_id(self, session: Session) -> str:
        """What the client names its session by."""
        return session.id

    def resolve(self, client_id: str, via: frozenset[str]) -> Target | None:
        """The session held here, or Elsewhere; None when it is not one of `via`'s sessions."""
        session = self._chat.find_session(client_id)
        if session is None:
            return Elsewhere(client_id)
        return session if session.transport in via else None

    def open_target(self, client_id: str, via: frozenset[str]) -> Target:
        """Like resolve, for a request that acts: Rejected (unknown_session) for an unknown id,
        another transport's session or one that ended here (its last events may still be
        polled, but it takes no frames)."""
        session = self._chat.find_session(client_id)
        require_transport(session, via)
        if session is None:
            return Elsewhere(client_id)
        if session.closed:
            raise unknown_session()
        session.last_seen = asyncio.get_running_loop().time()  # the client is still there
        return session

    async def frame(self, client_id: str, frame: ClientFrame, via: frozenset[str]) -> None:
        """Carry out a frame for the session, wherever it is held; Rejected when refused."""
        target = self.open_target(client_id, via)
        if isinstance(target, Session):
            await self._chat.handle(target, frame)
        elif not await self._remote.handle(target.session_id, frame, via):
            raise unknown_session()

    async def poll(self, client_id: str, after: int, via: frozenset[str]) -> bytes:
        """The long-poll answer: the events after `after`, held until there is one."""
        session = self._chat.find_session(client_id)
        require_transport(session, via)
        if session is not None:
            return events_body(await self._chat.events_after(session, after))
        body = await self._remote.poll(client_id, after, via)
        if body is None:
            raise unknown_session()
        return body

    async def close(self, client_id: str, via: frozenset[str]) -> None:
        """End the session wherever it is held; nothing when there is none."""
        target = self.resolve(client_id, via)
        if isinstance(target, Session):
            await self._chat.close_session(target)
        elif isinstance(target, Elsewhere):
            await self._remote.close(target.session_id, via)

    async def call(
        self, name: str, client_id: str, via: frozenset[str], here: Here
    ) -> bytes | None:
        """A transport's own request: `here` for a session held here, or the call `name` on its
        holder (registered there with `add`); None when there is no such session."""
        target = self.resolve(client_id, via)
        if isinstance(target, Session):
            return await here(target)
        if isinstance(target, Elsewhere):
            return await self._remote.call(name, target.session_id, via=via)
        return None

    def add(self, name: str, handler: Handler) -> None:
        """Let other processes call `name` for a session held here."""
        self._remote.add(name, handler)
