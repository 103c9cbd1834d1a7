"""The relay: delivers events between partners and ends chats, for every transport alike."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from strangerchat.brokers.base import Broker
from strangerchat.protocol import (
    SPIED_STOPPED_TYPING,
    SPIED_TYPING,
    STRANGER_DISCONNECTED,
    STRANGER_STOPPED_TYPING,
    STRANGER_TYPING,
    YOU_DISCONNECTED,
    Message,
    SpiedMessage,
    encode_event,
)
from strangerchat.session import POLICY_VIOLATION, Session
from strangerchat.stats import Stats

# How full the queue towards other processes may be before typing notices are dropped: they
# are only hints, and they go first so that messages still fit (brokers/writebehind.py).
SHED_TYPING = 0.5


class Relay:
    """Only a session's partner (and, in question mode, its spy) receives what it sends."""

    def __init__(self, broker: Broker, stats: Stats) -> None:
        self._broker = broker
        self._stats = stats
        # Told of every chat this process ends (the evidence buffer starts its countdown).
        self.chat_ended: Callable[[str, str], Awaitable[None]] | None = None

    async def deliver(self, session_id: str, payload: bytes) -> None:
        """Queue an event; a session whose outbox is full is dropped (its reader cannot keep up)."""
        if await self._broker.deliver(session_id, payload):
            return
        session = self._broker.local_session(session_id)
        if session is not None and not session.closed:
            self._stats.outbox_overflows += 1
            await self.drop(session, POLICY_VIOLATION)

    async def send(self, session: Session, text: str, partner_id: str) -> None:
        """A message for `partner_id`: it goes only if that is still the session's partner."""
        if session.partner_id == partner_id:
            self._stats.messages_relayed += 1
            await self.deliver(partner_id, encode_event(Message(text=text)))
            if session.spy_id is not None:
                spied = SpiedMessage(who=session.stranger_number, text=text)
                await self.deliver(session.spy_id, encode_event(spied))

    async def typing(self, session: Session, typing: bool) -> None:
        if session.partner_id is None:
            return
        if self._broker.pressure() >= SHED_TYPING:
            self._stats.typing_shed += 1  # the first to go when Redis falls behind
            return
        event = STRANGER_TYPING if typing else STRANGER_STOPPED_TYPING
        await self.deliver(session.partner_id, event)
        if session.spy_id is not None:
            spied = SPIED_TYPING if typing else SPIED_STOPPED_TYPING
            await self.deliver(session.spy_id, spied[session.stranger_number])

    async def end_chat(self, session: Session, leaver_event: bytes = YOU_DISCONNECTED) -> bool:
        """Leave the chat: partner gets `stranger_disconnected`, leaver `you_disconnected`.

        A spy who leaves has no partner: the strangers it watched chat on, told nothing.
        """
        partner_id = await self._broker.unpair(session.id)
        if partner_id is not None:
            await self._ended(session.id, partner_id)
            await self.deliver(partner_id, STRANGER_DISCONNECTED)
        elif not await self._broker.stop_watching(session.id):
            return False
        await self.deliver(session.id, leaver_event)
        return True

    async def drop(self, session: Session, close_code: int | None = None) -> None:
        """The session is going away: out of the pool, out of its chat (partner told), forgotten."""
        if session.closed:
            return
        chatting_with = session.partner_id  # the broker may tell the partner itself
        session.close(close_code)
        partner_id = await self._broker.drop_session(session.id)
        if chatting_with is not None:
            await self._ended(session.id, chatting_with)
        if partner_id is not None:
            await self.deliver(partner_id, STRANGER_DISCONNECTED)

    async def _ended(self, session_id: str, partner_id: str) -> None:
        if self.chat_ended is not None:
            await self.chat_ended(session_id, partner_id)
