"""The frame pipelines: for each frame type, the steps it goes through, in order (steps.py, and
message_steps.py for the text of a `send`).

A step refuses the frame by raising Rejected, and then nothing after it runs and nothing reaches
the partner. `carry_out` runs a frame's pipeline and makes a refusal what the sender is told.
"""

from __future__ import annotations

from typing import Any

from strangerchat.errors import Code, Rejected, store_unavailable, store_unavailable_rejection
from strangerchat.message_steps import (
    alert_partner,
    catch_minor,
    find_partner,
    keep_evidence,
    read_text,
    relay_text,
    tell_sender_what_was_shown,
)
from strangerchat.protocol import (
    CHALLENGE_EVENT,
    Block,
    ClientFrame,
    Disconnect,
    Report,
    Send,
    Start,
    StopLooking,
    StoppedTyping,
    Typing,
    encode_event,
    error_event,
)
from strangerchat.questions import in_question_mode
from strangerchat.session import Session
from strangerchat.steps import (
    DONE,
    FrameServices,
    Step,
    Turn,
    block,
    catch_minor_question,
    check_length,
    check_message_rate,
    check_proof,
    check_start_rate,
    check_typing_rate,
    leave,
    must_be_chatting,
    must_be_idle,
    must_be_waiting,
    read_interests,
    read_question,
    refuse_restricted,
    refuse_spy,
    relay_stopped_typing,
    relay_typing,
    search_pool,
    search_question,
    take_report,
    widen_search,
)

Pipeline = tuple[Step[Any], ...]

SEND: Pipeline = (
    must_be_chatting,
    refuse_spy,
    check_length,
    check_message_rate,
    find_partner,
    read_text,  # the message guard: links, contacts, grooming risk, spam
    catch_minor,  # the under-18 trip-wire
    keep_evidence,
    relay_text,
    tell_sender_what_was_shown,
    alert_partner,
)
TYPING: Pipeline = (must_be_chatting, refuse_spy, check_typing_rate, relay_typing)
STOPPED_TYPING: Pipeline = (must_be_chatting, refuse_spy, check_typing_rate, relay_stopped_typing)
START: Pipeline = (
    must_be_idle,
    refuse_restricted,
    must_be_idle,  # again: a second start may have begun while the bans were read
    check_start_rate,
    check_proof,
    read_interests,
    search_pool,
)
QUESTION_START: Pipeline = (
    must_be_idle,
    read_question,
    refuse_restricted,
    must_be_idle,  # again: a second start may have begun while the bans were read
    check_start_rate,
    check_proof,
    catch_minor_question,
    search_question,
)
STOP_LOOKING: Pipeline = (must_be_waiting, widen_search)
DISCONNECT: Pipeline = (leave,)
BLOCK: Pipeline = (block,)
REPORT: Pipeline = (take_report,)


def pipeline_for(frame: ClientFrame) -> Pipeline:
    match frame:
        case Send():
            return SEND
        case Typing():
            return TYPING
        case StoppedTyping():
            return STOPPED_TYPING
        case Start() if in_question_mode(frame):
            return QUESTION_START
        case Start():
            return START
        case StopLooking():
            return STOP_LOOKING
        case Disconnect():
            return DISCONNECT
        case Block():
            return BLOCK
        case Report():
            return REPORT


async def run(pipeline: Pipeline, services: FrameServices, turn: Turn[Any]) -> None:
    """The steps in order, until one has dealt with the frame (or refuses it)."""
    for step in pipeline:
        if await step(services, turn) is DONE:
            return


async def carry_out(services: FrameServices, session: Session, frame: ClientFrame) -> None:
    """Run the frame's pipeline, or raise Rejected (nothing then reaches the partner).

    A numbered message that is refused is answered with an event, not raised: it then reaches
    the sender in order with the rest, on every transport and from any process.
    """
    try:
        if isinstance(frame, Send) and services.broker.pressure() >= 1:
            # The queue towards other processes is full (brokers/writebehind.py): refused
            # before anything is queued for it, and not counted against the sender (it is
            # not their doing), so outside the steps' refusals.
            services.stats.busy_refusals += 1
            raise Rejected(Code.RATE_LIMITED, "the server is busy: send it again in a moment")
        await _refusals_told(services, session, frame)
    except Rejected as rejected:
        if not isinstance(frame, Send) or frame.id is None:
            raise
        error = error_event(rejected, frame.id)
        await services.relay.deliver(session.id, encode_event(error))


async def _refusals_told(services: FrameServices, session: Session, frame: ClientFrame) -> None:
    """A rate-limit hit is counted and asks for a proof of work before the next start; Redis
    down or frozen refuses the frame like any other (the session lives on)."""
    try:
        await run(pipeline_for(frame), services, Turn(session, frame))
    except Rejected as rejected:
        if rejected.code is Code.RATE_LIMITED:
            services.stats.rate_limit_hits += 1
            if services.challenges.hit(session):
                await services.relay.deliver(session.id, CHALLENGE_EVENT)
        raise
    except Exception as exc:
        if not store_unavailable(exc):
            raise
        raise store_unavailable_rejection() from None
