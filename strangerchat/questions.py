"""Question ("spy") mode: a spy asks a question and watches two strangers discuss it.

The two strangers opted in (`wants_question`) and chat with each other as in any chat: the same
text rules, rate limits and guards apply to their messages. The relay copies what they do to the
spy, labelled stranger 1 (the one who waited longer) or 2. The spy cannot write to them. Either
stranger leaving ends the chat for all three; the spy leaving ends only the spy's part, and the
strangers chat on, told nothing (as on Omegle: they only ever knew of a question, not of a
watcher who comes and goes). Strangers who did not opt in are never drawn into question mode.
"""

from __future__ import annotations

from strangerchat.brokers.base import Broker, Trio
from strangerchat.errors import Code, Rejected
from strangerchat.protocol import WAITING, Connected, SpyConnected, Start, encode_event
from strangerchat.relay import Relay
from strangerchat.safety.contacts import mask_contacts
from strangerchat.safety.links import remove_links
from strangerchat.session import Session
from strangerchat.stats import Stats

MIN_QUESTION = 10  # characters, after trimming
MAX_QUESTION = 200


def in_question_mode(frame: Start) -> bool:
    return frame.question is not None or frame.wants_question


def question_of(frame: Start) -> str | None:
    """The question a spy's start frame asks, trimmed; None for a stranger who wants one.

    Rejected when the frame mixes question mode with what does not apply to it, or when the
    question is too short or too long.
    """
    if frame.question is not None and frame.wants_question:
        raise Rejected(Code.BAD_FRAME, "start asks a question or wants one, not both")
    if frame.interests:
        raise Rejected(Code.BAD_FRAME, "interests do not apply in question mode")
    if frame.question is None:
        return None
    question = frame.question.strip()
    if not MIN_QUESTION <= len(question) <= MAX_QUESTION:
        raise Rejected(
            Code.BAD_QUESTION, f"a question is {MIN_QUESTION} to {MAX_QUESTION} characters long"
        )
    return question


class Questions:
    """Starts question-mode searches and announces the question chats they make."""

    def __init__(self, broker: Broker, relay: Relay, stats: Stats) -> None:
        self._broker = broker
        self._relay = relay
        self._stats = stats

    async def search(self, session: Session, question: str | None) -> None:
        """Wait as a spy asking `question`, or (None) as a stranger; matched at once if possible.

        Each search claims right after joining, so whoever completes a trio makes it: a trio
        never waits for a later search.
        """
        await self._relay.deliver(session.id, WAITING)
        # The strangers see the question as they would a message: links and contacts removed.
        shown = None if question is None else remove_links(mask_contacts(question))
        await self._broker.join_question_pool(session.id, shown)
        trio = await self._broker.claim_trio(session.id)
        if trio is not None:
            await self._announce(trio)

    async def _announce(self, trio: Trio) -> None:
        # The spy first: whatever a stranger says once connected reaches the spy after this.
        self._stats.question_chats += 1
        await self._relay.deliver(trio.spy, encode_event(SpyConnected(question=trio.question)))
        connected = Connected(interests=[], fell_back=False, language=None, question=trio.question)
        payload = encode_event(connected)
        for stranger in trio.strangers:
            await self._relay.deliver(stranger, payload)
