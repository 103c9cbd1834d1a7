"""Calls: a request carried to the process that holds a session, and the reply carried back.

Both travel on the processes' own channels: the call on the holder's (or on its route's channel,
when the session's id names the route), the reply on the caller's.
A call is `C\t<caller>\t<call id>\t<session id>\t<request>`; its reply is `A\t<call id>\t<reply>`,
`N\t<call id>` (no such session there) or `E\t<call id>` (answering it failed).
"""

from __future__ import annotations

import asyncio
import itertools
import logging
from collections.abc import Callable

from redis.asyncio import Redis

from strangerchat.brokers.base import Answerer, CallLost
from strangerchat.errors import StrangerChatError

log = logging.getLogger(__name__)


class CallFailed(StrangerChatError):
    """The process holding a session failed while answering a call for it."""


class Calls:
    """The calls this process waits on, and the answering of calls made to it."""

    def __init__(self, redis: Redis, channel: Callable[[str], str], process_id: str) -> None:
        self._redis = redis
        self._channel = channel  # a process id -> its channel's name
        self._caller = process_id.encode()
        self._waiting: dict[bytes, asyncio.Future[bytes | None]] = {}
        self._ids = itertools.count(1)
        self.answerer: Answerer | None = None

    async def make(self, owner: str, session_id: str, request: bytes, wait: float) -> bytes | None:
        """The owner's reply; None when it is gone or has no such session.

        CallLost when no reply comes within `wait` s, or our channel (and the reply with it) is
        lost: the owner may still hold the session.
        """
        return await self.make_on(self._channel(owner), session_id, request, wait)

    async def make_on(
        self, channel: str, session_id: str, request: bytes, wait: float
    ) -> bytes | None:
        """Like make, to whichever process follows `channel`."""
        call_id = b"%d" % next(self._ids)
        reply: asyncio.Future[bytes | None] = asyncio.get_running_loop().create_future()
        self._waiting[call_id] = reply
        call = b"C\t%s\t%s\t%s\t%s" % (self._caller, call_id, session_id.encode(), request)
        try:
            if not await self._redis.publish(channel, call):
                return None  # nobody follows that channel: the process has ended
            async with asyncio.timeout(wait):
                return await reply
        except TimeoutError:
            # Slower than any hold: it stalled, or the reply was lost on the way. The client is
            # told to try again, never that its session is unknown.
            log.warning("a call to another process was not answered in %g s", wait)
            raise CallLost("no reply from the process holding the session") from None
        finally:
            del self._waiting[call_id]

    def replied(self, kind: bytes, rest: bytes) -> None:
        """A reply to one of our calls arrived on our channel."""
        call_id, _, reply = rest.partition(b"\t")
        waiting = self._waiting.get(call_id)
        if waiting is None or waiting.done():
            return  # the caller stopped waiting
        if kind == b"E":
            waiting.set_exception(CallFailed("the process holding the session failed"))
        else:
            waiting.set_result(reply if kind == b"A" else None)

    async def answer(self, call: bytes) -> None:
        """Answer a call made to this process; a task of its own, since a poll is held."""
        caller, call_id, session_id, request = call.split(b"\t", 3)
        try:
            reply = await self._reply(session_id.decode(), request)
        except Exception:
            log.exception("could not answer a call from another process")
            message = b"E\t" + call_id
        else:
            message = b"N\t" + call_id if reply is None else b"A\t%s\t%s" % (call_id, reply)
        await self._redis.publish(self._channel(caller.decode()), message)

    def release(self) -> None:
        """Our channel is lost, and replies with it: nobody waits any more."""
        for waiting in self._waiting.values():
            if not waiting.done():
                waiting.set_exception(CallLost("lost the channel the reply would come on"))

    async def _reply(self, session_id: str, request: bytes) -> bytes | None:
        if self.answerer is None:
            return None
        return await self.answerer(session_id, request)
