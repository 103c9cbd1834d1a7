"""Each step of the frame pipelines on its own, then the pipelines and carry_out around them.

The steps run against a real Chat on a MemoryBroker, with a real moderation database in
`tmp_path`; what they did is read from the sessions' outboxes.
"""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from strangerchat import message_steps, pipeline, steps
from strangerchat.brokers.memory import MemoryBroker
from strangerchat.chat import Chat
from strangerchat.errors import Code, Rejected
from strangerchat.protocol import (
    Block,
    ClientFrame,
    Disconnect,
    Report,
    Send,
    Start,
    StopLooking,
    StoppedTyping,
    Typing,
)
from strangerchat.safety import minor
from strangerchat.safety.messages import Verdict
from strangerchat.services import create_services
from strangerchat.session import Session, State
from strangerchat.storage.startup import start_records
from tests.conftest import suite_settings


@pytest.fixture
async def chat(tmp_path: Path) -> AsyncIterator[Chat]:
    chat = Chat(create_services(suite_settings(tmp_path, max_message_length=20), MemoryBroker()))
    await start_records(chat.stores.records, chat.settings.data_dir)
    yield chat
    await chat.stores.close()


async def opened(chat: Chat) -> Session:
    session = await chat.open_session("websocket")
    session.take_all()
    return session


@pytest.fixture
async def pair(chat: Chat) -> tuple[Session, Session]:
    alice, bob = await opened(chat), await opened(chat)
    await chat.handle(alice, Start())
    await chat.handle(bob, Start())
    await chat.matchmaker.pair_waiting()
    assert alice.partner_id == bob.id
    alice.take_all(), bob.take_all()
    return alice, bob


def events(session: Session) -> list[dict[str, Any]]:
    return [json.loads(frame) for frame in session.take_all()]


def kinds(session: Session) -> list[str]:
    return [event["type"] for event in events(session)]


async def refusal(chat: Chat, step: steps.Step[Any], turn: steps.Turn[Any]) -> Code:
    with pytest.raises(Rejected) as refused:
        await step(chat, turn)
    return refused.value.code


def sent(session: Session, text: str, number: int | None = None, **found: Any) -> steps.Turn[Send]:
    return steps.Turn(session, Send(text=text, id=number), **found)


# The session's state, and who it is.


async def test_must_be_idle(chat: Chat, pair: tuple[Session, Session]) -> None:
    idle = await opened(chat)
    assert await steps.must_be_idle(chat, steps.Turn(idle, Start())) is steps.GO_ON
    assert await refusal(chat, steps.must_be_idle, steps.Turn(pair[0], Start())) is (
        Code.ALREADY_STARTED
    )


async def test_must_be_chatting(chat: Chat, pair: tuple[Session, Session]) -> None:
    assert await steps.must_be_chatting(chat, sent(pair[0], "hi")) is steps.GO_ON
    idle = await opened(chat)
    assert await refusal(chat, steps.must_be_chatting, sent(idle, "hi")) is Code.NOT_CHATTING


async def test_must_be_waiting(chat: Chat) -> None:
    session = await opened(chat)
    turn = steps.Turn(session, StopLooking())
    assert await refusal(chat, steps.must_be_waiting, turn) is Code.NOT_WAITING
    await chat.handle(session, Start(interests=["chess"]))
    assert await steps.must_be_waiting(chat, turn) is steps.GO_ON


async def test_refuse_spy(chat: Chat, pair: tuple[Session, Session]) -> None:
    alice, bob = pair
    assert await steps.refuse_spy(chat, sent(alice, "hi")) is steps.GO_ON
    alice.watching = (bob.id,)
    assert await refusal(chat, steps.refuse_spy, sent(alice, "hi")) is Code.SPY_CANNOT_SEND


async def test_refuse_restricted_tells_a_banned_session_why(chat: Chat) -> None:
    session = await opened(chat)
    turn = steps.Turn(session, Start())
    assert await steps.refuse_restricted(chat, turn) is steps.GO_ON
    until = time.time() + 3600
    await chat.bans.impose(list(chat.restriction_keys(session)), until, "threats", "ref-1")
    assert await steps.refuse_restricted(chat, turn) is steps.DONE
    [banned] = events(session)
    assert (banned["type"], banned["reason"]) == ("banned", "threats")


async def test_refuse_restricted_refuses_a_locked_out_minor(chat: Chat) -> None:
    session = await opened(chat)
    await chat.bans.lock_out_minor(chat.personal_keys(session), None, time.time() + 60, "r")
    turn = steps.Turn(session, Start())
    assert await refusal(chat, steps.refuse_restricted, turn) is Code.LOCKED_OUT


# Limits.


async def test_check_length(chat: Chat, pair: tuple[Session, Session]) -> None:
    assert await steps.check_length(chat, sent(pair[0], "x" * 20)) is steps.GO_ON
    assert await refusal(chat, steps.check_length, sent(pair[0], "x" * 21)) is Code.TOO_LONG


async def test_check_message_rate(chat: Chat, pair: tuple[Session, Session]) -> None:
    turn = sent(pair[0], "hi")
    for _ in range(chat.settings.message_burst):
        assert await steps.check_message_rate(chat, turn) is steps.GO_ON
    assert await refusal(chat, steps.check_message_rate, turn) is Code.RATE_LIMITED


async def test_check_typing_rate_drops_notices_over_the_limit(
    chat: Chat, pair: tuple[Session, Session]
) -> None:
    turn = steps.Turn(pair[0], Typing())
    answers = [await steps.check_typing_rate(chat, turn) for _ in range(200)]
    assert answers[0] is steps.GO_ON
    assert answers[-1] is steps.DONE


async def test_check_start_rate(chat: Chat) -> None:
    turn = steps.Turn(await opened(chat), Start())
    answers = []
    for _ in range(100):
        try:
            answers.append(await steps.check_start_rate(chat, turn))
        except Rejected as rejected:
            answers.append(rejected.code)
    assert answers[0] is steps.GO_ON
    assert answers[-1] is Code.RATE_LIMITED


async def test_check_proof_only_when_one_is_owed(chat: Chat) -> None:
    session = await opened(chat)
    turn = steps.Turn(session, Start())
    assert await steps.check_proof(chat, turn) is steps.GO_ON
    chat.challenges.hit(session)
    assert await refusal(chat, steps.check_proof, turn) is Code.CHALLENGE_REQUIRED
    bad = steps.Turn(session, Start(pow="not-a-proof"))
    assert await refusal(chat, steps.check_proof, bad) is Code.POW_INVALID


# A message's text.


async def test_find_partner(chat: Chat, pair: tuple[Session, Session]) -> None:
    alice, bob = pair
    turn = sent(alice, "hi")
    assert await message_steps.find_partner(chat, turn) is steps.GO_ON
    assert turn.partner_id == bob.id
    alice.partner_id = None  # the chat ended between the state check and now
    assert await message_steps.find_partner(chat, sent(alice, "hi")) is steps.DONE
    assert (
        await refusal(chat, message_steps.find_partner, sent(alice, "hi", 7)) is Code.NOT_CHATTING
    )


async def test_read_text_takes_the_guards_verdict(
    chat: Chat, pair: tuple[Session, Session]
) -> None:
    alice, bob = pair
    turn = sent(alice, "see example dot com", partner_id=bob.id)
    assert await message_steps.read_text(chat, turn) is steps.GO_ON
    assert turn.verdict is not None
    assert turn.verdict.text != "see example dot com"
    assert not turn.verdict.minor


async def test_catch_minor_locks_the_writer_out(chat: Chat, pair: tuple[Session, Session]) -> None:
    alice, bob = pair
    turn = sent(alice, "im 14 lol", partner_id=bob.id)
    await message_steps.read_text(chat, turn)
    assert await message_steps.catch_minor(chat, turn) is steps.DONE
    assert kinds(alice) == ["adults_only"]
    assert kinds(bob) == ["stranger_disconnected"]
    fine = sent(alice, "hi", partner_id=bob.id, verdict=Verdict(text="hi"))
    assert await message_steps.catch_minor(chat, fine) is steps.GO_ON


async def lockout_reason(chat: Chat, session: Session) -> str:
    """The recorded reason of the lockout the session's last event told it of."""
    appeal = events(session)[-1]["appeal"]
    record = await chat.stores.records.restrictions.find(appeal)
    assert record is not None
    return record.reason


async def test_catch_minor_records_which_reader_read_the_message(
    chat: Chat, pair: tuple[Session, Session]
) -> None:
    alice, bob = pair
    turn = sent(alice, "im 14 lol", partner_id=bob.id)
    await message_steps.read_text(chat, turn)
    await message_steps.catch_minor(chat, turn)
    assert await lockout_reason(chat, alice) == "under_18"
    carol, dave = await opened(chat), await opened(chat)
    by_model = Verdict(text="", minor_read_by=minor.CLASSIFIER)
    turn = sent(carol, "anything", partner_id=dave.id, verdict=by_model)
    assert await message_steps.catch_minor(chat, turn) is steps.DONE
    assert await lockout_reason(chat, carol) == "under_18_classifier"


async def test_keep_evidence(chat: Chat, pair: tuple[Session, Session]) -> None:
    alice, bob = pair
    turn = sent(alice, "hi there", partner_id=bob.id, verdict=Verdict(text="hi [link]"))
    assert await message_steps.keep_evidence(chat, turn) is steps.GO_ON
    kept = await chat.stores.evidence.read(alice.id, bob.id)
    assert kept is not None
    assert [line.text for line in kept.lines] == ["hi [link]"]


async def test_relay_text_sends_what_the_guard_let_through(
    chat: Chat, pair: tuple[Session, Session]
) -> None:
    alice, bob = pair
    turn = sent(alice, "hi there", partner_id=bob.id, verdict=Verdict(text="hi [link]"))
    assert await message_steps.relay_text(chat, turn) is steps.GO_ON
    assert [(e["type"], e["text"]) for e in events(bob)] == [("message", "hi [link]")]
    assert events(alice) == []


async def test_relay_text_sends_nothing_once_the_partner_it_was_checked_for_is_gone(
    chat: Chat, pair: tuple[Session, Session]
) -> None:
    alice, bob = pair
    # Checked and kept for an earlier partner: the chat changed before it was relayed.
    turn = sent(alice, "for them only", partner_id="earlier-partner", verdict=Verdict(text="x"))
    assert await message_steps.relay_text(chat, turn) is steps.GO_ON
    assert events(bob) == []
    assert events(alice) == []


async def test_tell_sender_what_was_shown_only_when_it_differs(
    chat: Chat, pair: tuple[Session, Session]
) -> None:
    alice, bob = pair
    same = sent(alice, "hi", 1, partner_id=bob.id, verdict=Verdict(text="hi"))
    await message_steps.tell_sender_what_was_shown(chat, same)
    assert events(alice) == []
    changed = sent(alice, "hi there", 2, partner_id=bob.id, verdict=Verdict(text="hi"))
    assert await message_steps.tell_sender_what_was_shown(chat, changed) is steps.GO_ON
    [delivered] = events(alice)
    assert (delivered["type"], delivered["id"], delivered["text"]) == ("delivered", 2, "hi")


async def test_alert_partner(chat: Chat, pair: tuple[Session, Session]) -> None:
    alice, bob = pair
    quiet = sent(alice, "hi", partner_id=bob.id, verdict=Verdict(text="hi"))
    await message_steps.alert_partner(chat, quiet)
    assert events(bob) == []
    risky = sent(alice, "hi", partner_id=bob.id, verdict=Verdict(text="hi", alert_partner=True))
    assert await message_steps.alert_partner(chat, risky) is steps.GO_ON
    assert kinds(bob) == ["safety_alert"]


# Typing.


async def test_relay_typing_and_stopped_typing(chat: Chat, pair: tuple[Session, Session]) -> None:
    alice, bob = pair
    await steps.relay_typing(chat, steps.Turn(alice, Typing()))
    await steps.relay_stopped_typing(chat, steps.Turn(alice, StoppedTyping()))
    assert kinds(bob) == ["typing", "stopped_typing"]


# Starting a search.


async def test_read_question(chat: Chat) -> None:
    session = await opened(chat)
    turn = steps.Turn(session, Start(question="  what is your favourite film?  "))
    assert await steps.read_question(chat, turn) is steps.GO_ON
    assert turn.question == "what is your favourite film?"
    short = steps.Turn(session, Start(question="why?"))
    assert await refusal(chat, steps.read_question, short) is Code.BAD_QUESTION


async def test_catch_minor_question(chat: Chat) -> None:
    session = await opened(chat)
    fine = steps.Turn(session, Start(question="q"), question="what games do you like?")
    assert await steps.catch_minor_question(chat, fine) is steps.GO_ON
    minor = steps.Turn(session, Start(question="q"), question="im 14, what games do you like?")
    assert await steps.catch_minor_question(chat, minor) is steps.DONE
    assert kinds(session) == ["adults_only"]


async def test_read_interests(chat: Chat) -> None:
    session = await opened(chat)
    turn = steps.Turn(session, Start(interests=["  Jazz ", "jazz", "FILMS"], language="DA"))
    assert await steps.read_interests(chat, turn) is steps.GO_ON
    assert (turn.interests, turn.language) == (frozenset({"jazz", "films"}), "da")
    bad = steps.Turn(session, Start(interests=["   "]))
    assert await refusal(chat, steps.read_interests, bad) is Code.BAD_INTEREST


async def test_search_pool(chat: Chat) -> None:
    session = await opened(chat)
    turn = steps.Turn(session, Start(), interests=frozenset({"jazz"}))
    assert await steps.search_pool(chat, turn) is steps.GO_ON
    assert session.state is State.WAITING
    assert session.interests == {"jazz"}
    assert kinds(session) == ["waiting"]


async def test_search_question(chat: Chat) -> None:
    spy = await opened(chat)
    turn = steps.Turn(spy, Start(question="q"), question="what is your favourite film?")
    assert await steps.search_question(chat, turn) is steps.GO_ON
    assert spy.state is State.WAITING
    assert kinds(spy) == ["waiting"]


async def test_widen_search(chat: Chat) -> None:
    session = await opened(chat)
    turn = steps.Turn(session, StopLooking())
    assert await refusal(chat, steps.widen_search, turn) is Code.NOT_WAITING
    await chat.handle(session, Start(interests=["chess"]))
    assert await steps.widen_search(chat, turn) is steps.GO_ON


# Leaving, blocking, reporting.


async def test_leave_a_search(chat: Chat) -> None:
    session = await opened(chat)
    await chat.handle(session, Start())
    session.take_all()
    assert await steps.leave(chat, steps.Turn(session, Disconnect())) is steps.GO_ON
    assert session.state is State.IDLE
    assert kinds(session) == ["you_disconnected"]


async def test_leave_a_chat(chat: Chat, pair: tuple[Session, Session]) -> None:
    alice, bob = pair
    await steps.leave(chat, steps.Turn(alice, Disconnect()))
    assert (kinds(alice), kinds(bob)) == (["you_disconnected"], ["stranger_disconnected"])


async def test_block(chat: Chat, pair: tuple[Session, Session]) -> None:
    alice, bob = pair
    assert await steps.block(chat, steps.Turn(alice, Block())) is steps.GO_ON
    assert (kinds(alice), kinds(bob)) == (["blocked"], ["stranger_disconnected"])
    nobody = steps.Turn(await opened(chat), Block())
    assert await refusal(chat, steps.block, nobody) is Code.NOBODY_TO_BLOCK


async def test_take_report(chat: Chat, pair: tuple[Session, Session]) -> None:
    alice, bob = pair
    await chat.handle(bob, Send(text="hello"))
    report = Report(category="spam")
    assert await steps.take_report(chat, steps.Turn(alice, report)) is steps.GO_ON
    assert "reported" in kinds(alice)
    nothing = steps.Turn(await opened(chat), report)
    assert await refusal(chat, steps.take_report, nothing) is Code.NOTHING_TO_REPORT


# The pipelines, and carry_out around them.


@pytest.mark.parametrize(
    ("frame", "expected"),
    [
        (Send(text="hi"), pipeline.SEND),
        (Typing(), pipeline.TYPING),
        (StoppedTyping(), pipeline.STOPPED_TYPING),
        (Start(), pipeline.START),
        (Start(wants_question=True), pipeline.QUESTION_START),
        (Start(question="what is your favourite film?"), pipeline.QUESTION_START),
        (StopLooking(), pipeline.STOP_LOOKING),
        (Disconnect(), pipeline.DISCONNECT),
        (Block(), pipeline.BLOCK),
        (Report(category="spam"), pipeline.REPORT),
    ],
)
def test_each_frame_type_has_its_pipeline(frame: ClientFrame, expected: pipeline.Pipeline) -> None:
    assert pipeline.pipeline_for(frame) is expected


def test_a_send_is_guarded_before_anything_reaches_the_partner() -> None:
    order = list(pipeline.SEND)
    for check in (
        steps.must_be_chatting,
        steps.check_length,
        message_steps.read_text,
        message_steps.catch_minor,
    ):
        assert (
            order.index(check)
            < order.index(message_steps.keep_evidence)
            < order.index(message_steps.relay_text)
        )
    start = list(pipeline.START)
    assert start.index(steps.check_start_rate) < start.index(steps.check_proof)


async def test_run_stops_at_the_step_that_is_done(chat: Chat) -> None:
    ran: list[str] = []

    async def first(services: steps.FrameServices, turn: steps.Turn[Any]) -> bool:
        ran.append("first")
        return steps.DONE

    async def second(services: steps.FrameServices, turn: steps.Turn[Any]) -> bool:
        ran.append("second")
        return steps.GO_ON

    await pipeline.run((first, second), chat, steps.Turn(await opened(chat), Typing()))
    assert ran == ["first"]


async def test_a_refused_numbered_message_is_answered_with_an_error_event(
    chat: Chat, pair: tuple[Session, Session]
) -> None:
    alice, bob = pair
    await pipeline.carry_out(chat, alice, Send(text="x" * 21, id=3))
    [error] = events(alice)
    assert (error["type"], error["code"], error["id"]) == ("error", "too_long", 3)
    assert events(bob) == []
    with pytest.raises(Rejected):
        await pipeline.carry_out(chat, alice, Send(text="x" * 21))


async def test_a_rate_limit_hit_is_counted_and_asks_for_a_proof_once(
    chat: Chat, pair: tuple[Session, Session]
) -> None:
    alice, _ = pair
    for _ in range(chat.settings.message_burst):
        await pipeline.carry_out(chat, alice, Send(text="hi"))
    alice.take_all()
    for _ in range(2):
        with pytest.raises(Rejected):
            await pipeline.carry_out(chat, alice, Send(text="hi"))
    assert chat.stats.rate_limit_hits == 2
    assert kinds(alice) == ["challenge_required"]


async def test_a_store_that_does_not_answer_refuses_the_frame(
    chat: Chat, pair: tuple[Session, Session], monkeypatch: pytest.MonkeyPatch
) -> None:
    def down(session: Session, *args: Any) -> None:
        raise ConnectionError("Redis is away")

    monkeypatch.setattr(chat.broker, "block", down)
    with pytest.raises(Rejected) as refused:
        await pipeline.carry_out(chat, pair[0], Block())
    assert refused.value.code is Code.STORE_UNAVAILABLE
