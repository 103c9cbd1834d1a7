"""The steps a client frame goes through; pipeline.py lists which, in order, for each frame type.

Each step does one thing: it checks the frame (and raises Rejected to refuse it) or acts on it.
It returns GO_ON to pass the frame to the next step, or DONE when it has dealt with the frame
and the steps after it must not run.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Awaitable, Callable
from typing import Any, Generic, Protocol, TypeVar

from strangerchat.brokers.base import Broker
from strangerchat.errors import Code, Rejected
from strangerchat.interests import normalise_interests
from strangerchat.matchmaker import Matchmaker
from strangerchat.protocol import (
    YOU_DISCONNECTED,
    Blocked,
    ClientFrame,
    Report,
    Send,
    Start,
    encode_event,
)
from strangerchat.questions import Questions, question_of
from strangerchat.safety.blocks import BLOCK_SECONDS, BLOCK_WINDOW
from strangerchat.safety.challenges import StartChallenges
from strangerchat.safety.messages import MessageGuard, Verdict
from strangerchat.safety.minor import read_as_under_18
from strangerchat.safety.ratelimit import RateLimits
from strangerchat.safety.reports import Reports
from strangerchat.session import Session, State
from strangerchat.settings import Settings
from strangerchat.standing import Restricting, lock_out_minor, refuses_start
from strangerchat.stats import Stats

F = TypeVar("F", bound=ClientFrame)

GO_ON = True
DONE = False


@dataclasses.dataclass(slots=True, eq=False)
class Turn(Generic[F]):
    """One frame on its way through its pipeline, with what the steps so far found out."""

    session: Session
    frame: F
    partner_id: str | None = None  # send: the partner the message is for
    verdict: Verdict | None = None  # send: the message guard's
    question: str | None = None  # a question-mode start: the spy's question (None: wants one)
    interests: frozenset[str] = frozenset()  # a start: normalised
    language: str | None = None  # a start: lower-cased


class FrameServices(Restricting, Protocol):
    """What the steps need of the process's chat service (Chat is one): naming it here, not
    importing Chat, keeps the import graph one-way."""

    settings: Settings
    broker: Broker
    limits: RateLimits
    challenges: StartChallenges
    guard: MessageGuard
    matchmaker: Matchmaker
    questions: Questions
    reports: Reports
    stats: Stats


Step = Callable[[FrameServices, Turn[F]], Awaitable[bool]]

# The state each state check requires, and the code that refuses a frame in any other.
_REFUSAL = {
    State.CHATTING: Code.NOT_CHATTING,
    State.IDLE: Code.ALREADY_STARTED,
    State.WAITING: Code.NOT_WAITING,
}


def _require(session: Session, state: State) -> bool:
    if session.state is not state:
        raise Rejected(_REFUSAL[state], f"not allowed while {session.state.value}")
    return GO_ON


# The session's state, and who it is.


async def must_be_idle(services: FrameServices, turn: Turn[Any]) -> bool:
    return _require(turn.session, State.IDLE)


async def must_be_chatting(services: FrameServices, turn: Turn[Any]) -> bool:
    return _require(turn.session, State.CHATTING)


async def must_be_waiting(services: FrameServices, turn: Turn[Any]) -> bool:
    return _require(turn.session, State.WAITING)


async def refuse_spy(services: FrameServices, turn: Turn[Any]) -> bool:
    """A spy reads along; the strangers discuss its question without it."""
    if turn.session.watching:
        raise Rejected(Code.SPY_CANNOT_SEND, "the strangers discuss your question without you")
    return GO_ON


async def refuse_restricted(services: FrameServices, turn: Turn[Start]) -> bool:
    """A banned session hears why and goes no further; a locked-out one is refused."""
    return DONE if await refuses_start(services, turn.session) else GO_ON


# Limits.


async def check_length(services: FrameServices, turn: Turn[Send]) -> bool:
    limit = services.settings.max_message_length
    if len(turn.frame.text) > limit:
        raise Rejected(Code.TOO_LONG, f"messages are at most {limit} characters")
    return GO_ON


async def check_message_rate(services: FrameServices, turn: Turn[Send]) -> bool:
    services.limits.check_message(turn.session)
    return GO_ON


async def check_typing_rate(services: FrameServices, turn: Turn[Any]) -> bool:
    """A typing notice over the limit is dropped without an error (see RateLimits.may_type)."""
    return GO_ON if services.limits.may_type(turn.session) else DONE


async def check_start_rate(services: FrameServices, turn: Turn[Start]) -> bool:
    """Before the proof of work: a start refused here spends no proof."""
    services.limits.check_start(turn.session)
    return GO_ON


async def check_proof(services: FrameServices, turn: Turn[Start]) -> bool:
    """The proof of work a session owes after a rate-limit hit."""
    services.challenges.check(turn.session, turn.frame.pow)
    return GO_ON


# Typing.


async def relay_typing(services: FrameServices, turn: Turn[Any]) -> bool:
    await services.relay.typing(turn.session, True)
    return GO_ON


async def relay_stopped_typing(services: FrameServices, turn: Turn[Any]) -> bool:
    await services.relay.typing(turn.session, False)
    return GO_ON


# Starting a search.


async def read_question(services: FrameServices, turn: Turn[Start]) -> bool:
    """The spy's question, trimmed (Rejected when out of bounds or mixed with interests)."""
    turn.question = question_of(turn.frame)
    return GO_ON


async def catch_minor_question(services: FrameServices, turn: Turn[Start]) -> bool:
    """The trip-wire on a question: it is the asker's first words to the strangers."""
    read_by = None if turn.question is None else read_as_under_18(turn.question)
    if read_by is not None:
        await lock_out_minor(services, turn.session, read_by)
        return DONE
    return GO_ON


async def read_interests(services: FrameServices, turn: Turn[Start]) -> bool:
    """The interests normalised (Rejected naming the first bad one) and the language."""
    turn.interests = normalise_interests(turn.frame.interests, services.settings.max_interests)
    turn.language = turn.frame.language and turn.frame.language.lower()
    return GO_ON


async def search_pool(services: FrameServices, turn: Turn[Start]) -> bool:
    search = services.matchmaker.search(turn.session, turn.interests, turn.language)
    await _search(services, turn.session, search)
    return GO_ON


async def search_question(services: FrameServices, turn: Turn[Start]) -> bool:
    await _search(services, turn.session, services.questions.search(turn.session, turn.question))
    return GO_ON


async def _search(services: FrameServices, session: Session, search: Awaitable[None]) -> None:
    # Waiting from now on, ahead of the broker's own change, so that a second `start` sent
    # meanwhile (two long-poll requests at once) is refused as already started instead of
    # racing this one into the pool, and a `disconnect` sent meanwhile leaves the pool.
    table = services.broker.sessions
    gen = table.gen(session.id)
    session.state = State.WAITING
    try:
        await search
    except BaseException:
        # Put back only if the broker changed nothing meanwhile: a join that went through
        # though its caller gave up (a missed deadline) made the state what it is now.
        if session.state is State.WAITING and table.gen(session.id) == gen:
            session.state = State.IDLE
        raise


async def widen_search(services: FrameServices, turn: Turn[Any]) -> bool:
    """Stop looking for common interests: anyone will do now."""
    if not await services.matchmaker.stop_looking_for_common_interests(turn.session):
        raise Rejected(Code.NOT_WAITING, "this session is not looking for anyone")
    return GO_ON


# Leaving, blocking, reporting.


async def leave(services: FrameServices, turn: Turn[Any]) -> bool:
    """Leave the search or the chat; leaving when already out does nothing (both strangers
    often press Stop at once)."""
    session = turn.session
    if session.state is State.WAITING and await services.matchmaker.cancel(session):
        await services.relay.deliver(session.id, YOU_DISCONNECTED)
    else:
        await services.relay.end_chat(session)
    return GO_ON


async def block(services: FrameServices, turn: Turn[Any]) -> bool:
    """End the chat and bar that stranger for 24 h; the stranger only hears that we left."""
    session = turn.session
    # A spy is nobody's partner (and nobody hears it): it leaves what it watches instead.
    if session.watching or not await services.broker.block(session.id, BLOCK_SECONDS, BLOCK_WINDOW):
        raise Rejected(
            Code.NOBODY_TO_BLOCK, "block works during a chat and for 5 minutes after it ends"
        )
    notice = encode_event(Blocked(until=int(time.time() + BLOCK_SECONDS)))
    if not await services.relay.end_chat(session, leaver_event=notice):
        await services.relay.deliver(session.id, notice)  # the chat had ended already
    return GO_ON


async def take_report(services: FrameServices, turn: Turn[Report]) -> bool:
    await services.reports.report(turn.session, turn.frame)
    return GO_ON
