"""Question ("spy") mode over real sockets, on the memory broker and on Redis."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from aiohttp.test_utils import TestClient

from strangerchat.settings import Settings
from tests.strangers import PollingStranger, Stranger

QUESTION = "What is the best thing you ate this week?"


@pytest.fixture(params=["memory", "redis"])
def settings(request: pytest.FixtureRequest, settings: Settings) -> Settings:
    """Every test here runs on both brokers."""
    if request.param == "memory":
        return settings
    server = request.getfixturevalue("redis_server")
    prefix = request.getfixturevalue("redis_prefix")
    return dataclasses.replace(settings, redis_url=server.url, redis_prefix=prefix)


async def ask(one: Stranger, question: str = QUESTION) -> None:
    await one.send("start", question=question)
    await one.expect("waiting")


async def discuss(one: Stranger) -> None:
    await one.send("start", wants_question=True)
    await one.expect("waiting")


async def numbered(spy: Any, a: Any, b: Any) -> tuple[Any, Any]:
    """The two strangers as (stranger 1, stranger 2), as the spy knows them.

    Stranger 1 waited longer, but `waiting` reaches a client just before its search joins the
    pool, so a client cannot know which joined first: a typing signal tells.
    """
    await a.send("typing")
    who = (await spy.expect("stranger_typing"))["who"]
    await b.expect("typing")
    await a.send("stopped_typing")
    assert (await spy.expect("stranger_stopped_typing"))["who"] == who
    await b.expect("stopped_typing")
    return (a, b) if who == 1 else (b, a)


@pytest.fixture
async def trio(stranger) -> tuple[Stranger, Stranger, Stranger]:  # type: ignore[no-untyped-def]
    """A spy watching stranger 1 and stranger 2 discuss QUESTION."""
    spy, first, second = await stranger(), await stranger(), await stranger()
    await ask(spy)
    await discuss(first)
    await discuss(second)
    assert await spy.expect("spy_connected") == {
        "seq": spy.seen[-1]["seq"],
        "type": "spy_connected",
        "question": QUESTION,
    }
    for one in (first, second):
        connected = await one.expect("connected")
        assert connected["question"] == QUESTION
        assert (connected["interests"], connected["fell_back"]) == ([], False)
    first, second = await numbered(spy, first, second)
    return spy, first, second


@pytest.mark.parametrize("question", ["too short", "   short ?  ", "x" * 201, " " * 30])
async def test_a_question_must_be_10_to_200_characters_after_trimming(
    stranger, question: str
) -> None:
    spy = await stranger()
    await spy.send("start", question=question)
    error = await spy.expect("error")
    assert error["code"] == "bad_question"
    assert "10 to 200" in error["message"]
    await ask(spy, " " + "x" * 200 + " ")  # refused frames leave the session idle: 200 is fine


@pytest.mark.parametrize(
    "frame",
    [
        {"question": QUESTION, "wants_question": True},
        {"question": QUESTION, "interests": ["music"]},
        {"wants_question": True, "interests": ["music"]},
        {"question": 42},
        {"wants_question": "yes"},
        {"question": "x" * 1001},
    ],
)
async def test_start_frames_that_mix_up_question_mode_are_refused(stranger, frame) -> None:
    one = await stranger()
    await one.send("start", **frame)
    assert (await one.expect("error"))["code"] == "bad_frame"


async def test_the_spy_sees_both_strangers_labelled_and_they_see_each_other(trio) -> None:
    spy, first, second = trio
    await first.send("typing")
    await second.expect("typing")
    assert (await spy.expect("stranger_typing"))["who"] == 1
    await first.send("send", text="pizza, obviously 🍕")
    assert (await second.expect("message"))["text"] == "pizza, obviously 🍕"
    got = await spy.expect("stranger_message")
    assert (got["who"], got["text"]) == (1, "pizza, obviously 🍕")
    await second.send("typing")
    await first.expect("typing")
    assert (await spy.expect("stranger_typing"))["who"] == 2
    await second.send("stopped_typing")
    await first.expect("stopped_typing")
    assert (await spy.expect("stranger_stopped_typing"))["who"] == 2
    await second.send("send", text="a very good\nsoup")
    assert (await first.expect("message"))["text"] == "a very good\nsoup"
    got = await spy.expect("stranger_message")
    assert (got["who"], got["text"]) == (2, "a very good\nsoup")
    assert await first.quiet(0.2) == []  # nobody hears their own words back


@pytest.mark.parametrize("frame", ["send", "typing", "stopped_typing"])
async def test_the_spy_cannot_write_to_the_strangers(trio, frame: str) -> None:
    spy, first, second = trio
    await spy.send(frame, **({"text": "hello there"} if frame == "send" else {}))
    assert (await spy.expect("error"))["code"] == "spy_cannot_send"
    assert await first.quiet(0.2) == []
    assert await second.quiet(0.1) == []


async def test_a_stranger_leaving_ends_it_for_everyone(trio) -> None:
    spy, first, second = trio
    await first.send("disconnect")
    await first.expect("you_disconnected")
    await second.expect("stranger_disconnected")
    assert (await spy.expect("stranger_left"))["who"] == 1
    await second.send("send", text="anyone there?")
    assert (await second.expect("error"))["code"] == "not_chatting"
    assert await spy.quiet(0.2) == []
    await ask(spy)  # the spy may ask again


async def test_a_stranger_closing_the_socket_ends_it_for_everyone(trio) -> None:
    spy, first, second = trio
    await second.ws.close()
    await first.expect("stranger_disconnected")
    assert (await spy.expect("stranger_left"))["who"] == 2


async def test_the_spy_leaving_tells_the_strangers_nothing_and_they_chat_on(trio) -> None:
    spy, first, second = trio
    await spy.send("disconnect")
    await spy.expect("you_disconnected")
    assert await first.quiet(0.2) == []
    await first.send("send", text="still here")
    assert (await second.expect("message"))["text"] == "still here"
    await second.send("disconnect")
    await first.expect("stranger_disconnected")
    assert await spy.quiet(0.2) == []  # nothing of theirs reaches the spy any more


async def test_a_spy_that_left_and_asked_again_hears_only_its_new_chat(stranger, trio) -> None:
    spy, first, second = trio
    await spy.send("disconnect")
    await spy.expect("you_disconnected")
    third, fourth = await stranger(), await stranger()
    await ask(spy, "Cats or dogs, and why?")
    await discuss(third)
    await discuss(fourth)
    await spy.expect("spy_connected")
    await third.expect("connected")
    await fourth.expect("connected")
    await first.send("send", text="old chat")
    await second.expect("message")
    third, fourth = await numbered(spy, third, fourth)
    await third.send("send", text="new chat")
    got = await spy.expect("stranger_message")
    assert (got["who"], got["text"]) == (1, "new chat")


async def test_normal_strangers_are_never_drawn_into_question_mode(stranger) -> None:
    spy, keen, alice, bob = [await stranger() for _ in range(4)]
    await ask(spy)
    await discuss(keen)
    await alice.start()
    await bob.start()
    assert "question" not in await alice.expect("connected")
    assert "question" not in await bob.expect("connected")
    assert await spy.quiet(0.2) == []
    assert await keen.quiet(0.1) == []
    await keen.send("stop_looking")  # a question search is not widened to the pool
    assert (await keen.expect("error"))["code"] == "not_waiting"
    late = await stranger()
    await discuss(late)
    await spy.expect("spy_connected")
    await keen.expect("connected")
    await late.expect("connected")


async def test_cancelling_a_question_search(stranger) -> None:
    spy, first, second = await stranger(), await stranger(), await stranger()
    await ask(spy)
    await spy.send("disconnect")
    await spy.expect("you_disconnected")
    await discuss(first)
    await discuss(second)
    assert await first.quiet(0.2) == []  # no spy: nothing starts


async def test_text_rules_apply_to_the_strangers_and_the_spy_sees_what_the_partner_sees(
    trio,
) -> None:
    spy, first, second = trio
    await first.send("send", text="see example dot com")
    masked = (await second.expect("message"))["text"]
    assert "[link removed]" in masked
    assert (await spy.expect("stranger_message"))["text"] == masked


async def test_a_stranger_who_says_they_are_under_18_ends_it_for_everyone(trio) -> None:
    spy, first, second = trio
    await second.send("send", text="im 14 lol")
    await second.expect("adults_only")
    await first.expect("stranger_disconnected")
    assert (await spy.expect("stranger_left"))["who"] == 2
    assert await spy.quiet(0.2) == []  # the message itself reached nobody


async def test_the_question_passes_the_text_rules_too(stranger) -> None:
    minor = await stranger()
    await minor.send("start", question="im 14, what games do you like?")
    assert (await minor.expect("adults_only"))["until"] > 0
    spy, first, second = await stranger(), await stranger(), await stranger()
    await ask(spy, "What do you think of example dot com?")
    await discuss(first)
    await discuss(second)
    shown = (await first.expect("connected"))["question"]
    assert "[link removed]" in shown
    assert (await spy.expect("spy_connected"))["question"] == shown


async def test_a_long_poll_spy_watches_websocket_strangers(
    client: TestClient, origin: str, stranger
) -> None:
    spy = await PollingStranger.connect(client, origin)
    assert await spy.send("start", question=QUESTION) == 204
    await spy.expect("waiting")
    first, second = await stranger(), await stranger()
    await discuss(first)
    await discuss(second)
    assert (await spy.expect("spy_connected"))["question"] == QUESTION
    await first.expect("connected")
    await second.expect("connected")
    first, second = await numbered(spy, first, second)
    await second.send("send", text="hello from two")
    await first.expect("message")
    got = await spy.expect("stranger_message")
    assert (got["who"], got["text"]) == (2, "hello from two")
    assert await spy.send("send", text="let me in") == 409
    await first.send("disconnect")
    assert (await spy.expect("stranger_left"))["who"] == 1


async def test_a_long_poll_stranger_discusses_with_a_websocket_one(
    client: TestClient, origin: str, stranger
) -> None:
    spy, first = await stranger(), await stranger()
    await ask(spy)
    await discuss(first)
    second = await PollingStranger.connect(client, origin)
    assert await second.send("start", wants_question=True) == 204
    await second.expect("waiting")
    assert (await second.expect("connected"))["question"] == QUESTION
    await first.expect("connected")
    await spy.expect("spy_connected")
    one, _ = await numbered(spy, first, second)
    assert await second.send("send", text="over http") == 204
    assert (await first.expect("message"))["text"] == "over http"
    got = await spy.expect("stranger_message")
    assert (got["who"], got["text"]) == (1 if one is second else 2, "over http")


async def test_the_stranger_at_risk_gets_the_safety_alert_and_the_spy_does_not(trio) -> None:
    spy, first, second = trio
    lines = ["how old are you?", "got snap?", "don't tell your parents", "our secret ok?"]
    for line in lines:
        await first.send("send", text=line)
    events = [await second.expect_any("message", "safety_alert") for _ in range(len(lines) + 1)]
    assert [e["type"] for e in events].count("safety_alert") == 1
    spied = [await spy.expect("stranger_message") for _ in lines]
    assert [e["who"] for e in spied] == [1] * len(lines)
    assert await spy.quiet(0.2) == []


async def test_the_spy_closing_its_socket_leaves_the_strangers_chatting(trio) -> None:
    spy, first, second = trio
    await spy.ws.close()
    await first.send("send", text="did someone leave?")
    assert (await second.expect("message"))["text"] == "did someone leave?"
    assert await first.quiet(0.2) == []


async def test_a_stranger_blocking_the_other_ends_it_for_everyone(trio) -> None:
    spy, first, second = trio
    await first.send("block")
    await first.expect("blocked")
    await second.expect("stranger_disconnected")
    assert (await spy.expect("stranger_left"))["who"] == 1


async def test_a_spy_has_nobody_to_block(trio) -> None:
    spy, first, second = trio
    await spy.send("block")
    assert (await spy.expect("error"))["code"] == "nobody_to_block"
    await first.send("send", text="still watched")
    assert (await spy.expect("stranger_message"))["text"] == "still watched"
    assert (await second.expect("message"))["text"] == "still watched"


async def test_a_stranger_reporting_the_other_ends_it_for_everyone(trio) -> None:
    spy, first, second = trio
    await second.send("send", text="something nasty")
    await first.expect("message")
    await spy.expect("stranger_message")
    await first.send("report", category="harassment")
    await first.expect_any("you_disconnected", "reported")
    await second.expect("stranger_disconnected")
    assert (await spy.expect("stranger_left"))["who"] == 1


async def test_a_spy_has_nobody_to_report(trio) -> None:
    spy, first, _ = trio
    await spy.send("report", category="harassment")
    assert (await spy.expect("error"))["code"] == "nothing_to_report"
    await first.send("send", text="still on")
    assert (await spy.expect("stranger_message"))["text"] == "still on"
