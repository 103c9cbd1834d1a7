"""The gateway: where a client's session credential leads, and what is done with it there.

Long-poll and Omegle requests name their session by the credential the client was given
(credentials.py: the holder's route, the session id, a MAC). The gateway checks it and resolves
it to the Session when this process holds it, or else to the process its route names (reached
through remote.py, which asks Redis for the owner only when the route does not hold it), and
carries out a frame, a poll, a close or a transport's own call either way. The transports only
turn HTTP into these calls and the results into answers.

A forged or altered credential, one that leads nowhere, or one for a session of another
transport (edge/binding.py) all get the same `unknown_session`.
"""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Awaitable, Callable
from typing import Protocol

from strangerchat.credentials import Credentials
from strangerchat.edge.binding import require_transport
from strangerchat.errors import Code, Rejected
from strangerchat.protocol import ClientFrame, events_body
from strangerchat.remote import Handler, Remote, SessionHost
from strangerchat.resume import ResumeTokens
from strangerchat.session import Session

# What a transport's own call does for a session held here; None: the session is over.
Here = Callable[[Session], Awaitable[bytes | None]]


class GatewayHost(SessionHost, Protocol):
    """What the gateway needs of the process's chat service (Chat is one)."""

    remote: Remote
    secret: str
    resume_tokens: ResumeTokens

    def resumable(self, token: str) -> Session | None: ...


@dataclasses.dataclass(frozen=True, slots=True)
class Elsewhere:
    """A session this process does not hold: another process may (the route's, first)."""

    session_id: str
    route: str


Target = Session | Elsewhere


def unknown_session() -> Rejected:
    return Rejected(Code.UNKNOWN_SESSION, "no such session: it ended or never existed")


class Gateway:
    """One per process: resolves session ids and carries out requests for them."""

    def __init__(self, chat: GatewayHost) -> None:
        self._chat = chat
        self._remote = chat.remote
        self._credentials = Credentials(chat.secret)
        self.route = chat.broker.route

    def credential(self, session: Session) -> str:
        """What the client of a session held here names it by (its only credential)."""
        return self._credentials.issue(self.route, session.id)

    def resolve(self, credential: str, via: frozenset[str]) -> Target | None:
        """The session held here, or Elsewhere; None when the credential is not one, or its
        session is not one of `via`'s."""
        target = self._find(credential)
        if isinstance(target, Session) and target.transport not in via:
            return None
        return target

    def _find(self, credential: str) -> Target | None:
        named = self._credentials.read(credential)
        if named is None:
            return None  # forged or altered: unknown, exactly like an ended session
        route, session_id = named
        return self._chat.find_session(session_id) or Elsewhere(session_id, route)

    def open_target(self, credential: str, via: frozenset[str]) -> Target:
        """Like resolve, for a request that acts: Rejected (unknown_session) for an unknown
        credential, another transport's session or one that ended here (its last events may
        still be polled, but it takes no frames)."""
        target = self._find(credential)
        if target is None:
            raise unknown_session()
        if isinstance(target, Elsewhere):
            return target
        session = target
        require_transport(session, via)
        if session.closed:
            raise unknown_session()
        session.last_seen = asyncio.get_running_loop().time()  # the client is still there
        return session

    async def frame(self, credential: str, frame: ClientFrame, via: frozenset[str]) -> None:
        """Carry out a frame for the session, wherever it is held; Rejected when refused."""
        target = self.open_target(credential, via)
        if isinstance(target, Session):
            await self._chat.handle(target, frame)
        elif not await self._remote.handle(target.session_id, frame, via, target.route):
            raise unknown_session()

    async def poll(self, credential: str, after: int, via: frozenset[str]) -> bytes:
        """The long-poll answer: the events after `after`, held until there is one."""
        target = self._find(credential)
        if target is None:
            raise unknown_session()
        if isinstance(target, Session):
            require_transport(target, via)
            return events_body(await self._chat.events_after(target, after))
        body = await self._remote.poll(target.session_id, after, via, target.route)
        if body is None:
            raise unknown_session()
        return body

    async def close(self, credential: str, via: frozenset[str]) -> None:
        """End the session wherever it is held; nothing when there is none."""
        target = self.resolve(credential, via)
        if isinstance(target, Session):
            await self._chat.close_session(target)
        elif isinstance(target, Elsewhere):
            await self._remote.close(target.session_id, via, target.route)

    async def call(
        self, name: str, credential: str, via: frozenset[str], here: Here
    ) -> bytes | None:
        """A transport's own request: `here` for a session held here, or the call `name` on its
        holder (registered there with `add`); None when there is no such session."""
        target = self.resolve(credential, via)
        if isinstance(target, Session):
            return await here(target)
        if isinstance(target, Elsewhere):
            return await self._remote.call(name, target.session_id, via=via, route=target.route)
        return None

    async def take_up(self, token: str, after: int, transport: str) -> str | None:
        """Take up a browser-API session by its resume token for `transport` here, wherever it
        is held: the credential to poll it with (naming its holder), or None when it cannot be."""
        session = self._chat.resumable(token)
        if session is not None:
            taken = await self._chat.take_up_as(session, after, transport)
            return self.credential(session) if taken else None
        session_id = self._chat.resume_tokens.session_id(token)
        route = await self._remote.resume(session_id, after) if session_id else None
        if session_id is None or route is None:
            return None
        return self._credentials.issue(route, session_id)

    def add(self, name: str, handler: Handler) -> None:
        """Let other processes call `name` for a session held here."""
        self._remote.add(name, handler)
