"""Question mode on the classic Omegle API, over raw HTTP against a running server."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest
from aiohttp.test_utils import TestClient

from tests.strangers import Stranger
from tests.test_omegle_api import DIGESTS, OmegleUser, json_of

QUESTION = "What is the most overrated film ever made?"


async def start(client: TestClient, **params: str) -> OmegleUser:
    """/start with firstevents=1 and the given parameters: `waiting` first, as always."""
    answer = await json_of(await client.get("/start", params={"firstevents": "1", **params}))
    assert answer == {"clientID": answer["clientID"], "events": [["waiting"]]}
    return OmegleUser(client, answer["clientID"])


async def spy_of(client: TestClient, question: str = QUESTION) -> OmegleUser:
    return await start(client, ask=question, cansavequestion="1")


async def spyee(client: TestClient) -> OmegleUser:
    return await start(client, wantsspy="1")


def check_bundle(answer: Any, question: str | None) -> None:
    """The connect bundle: commonLikes beside connected, then identDigests (and the question)."""
    assert answer[:2] == [["connected"], ["commonLikes", []]]
    assert answer[2][0] == "identDigests"
    assert DIGESTS.fullmatch(answer[2][1])
    assert answer[3:] == ([] if question is None else [["question", question]])


@pytest.fixture
async def trio(client: TestClient) -> tuple[OmegleUser, OmegleUser, OmegleUser]:
    spy = await spy_of(client)
    first, second = await spyee(client), await spyee(client)
    check_bundle(await spy.events(), None)
    for one in (first, second):
        check_bundle(await one.events(), QUESTION)
    return spy, first, second


async def test_the_spy_gets_every_spy_event_one_per_answer(trio) -> None:
    spy, first, second = trio
    assert await first.call("/typing") == (200, "win")
    assert await second.events() == [["typing"]]
    assert await spy.events() == [["spyTyping", "Stranger 1"]]
    await first.send("Casablanca, honestly\nsorry 🎬")
    assert await second.events() == [["gotMessage", "Casablanca, honestly\nsorry 🎬"]]
    assert await spy.events() == [["spyMessage", "Stranger 1", "Casablanca, honestly\nsorry 🎬"]]
    assert await second.call("/typing") == (200, "win")
    assert await second.call("/stoppedtyping") == (200, "win")
    assert await first.events() == [["typing"]]
    assert await first.events() == [["stoppedTyping"]]
    assert await spy.events() == [["spyTyping", "Stranger 2"]]
    assert await spy.events() == [["spyStoppedTyping", "Stranger 2"]]
    await second.send('<b>no</b> & "yes"')
    assert await spy.events() == [["spyMessage", "Stranger 2", '<b>no</b> & "yes"']]
    assert await first.events() == [["gotMessage", '<b>no</b> & "yes"']]
    assert await second.call("/disconnect") == (200, "win")
    assert await first.events() == [["strangerDisconnected"]]
    assert await spy.events() == [["spyDisconnected", "Stranger 2"]]
    assert await spy.events() is None  # the spy's id ends with its chat
    assert await first.events() is None


@pytest.mark.parametrize("path", ["/send", "/typing", "/stoppedtyping"])
async def test_the_spy_cannot_write_and_its_chat_goes_on(trio, path: str) -> None:
    spy, first, second = trio
    status, body = await spy.call(path, msg="let me join in")
    assert status == 409
    assert body.startswith("fail: ")
    await first.send("after the spy tried")
    assert await second.events() == [["gotMessage", "after the spy tried"]]
    assert await spy.events() == [["spyMessage", "Stranger 1", "after the spy tried"]]


async def test_the_spy_leaving_tells_the_strangers_nothing(trio) -> None:
    spy, first, second = trio
    assert await spy.call("/disconnect") == (200, "win")
    assert await spy.events() is None
    await second.send("just us now")
    assert await first.events() == [["gotMessage", "just us now"]]
    assert await first.call("/disconnect") == (200, "win")
    assert await second.events() == [["strangerDisconnected"]]


@pytest.mark.parametrize("ask", ["too short", " " * 20, "x" * 201])
async def test_a_question_out_of_bounds_is_refused_and_opens_no_session(
    client: TestClient, ask: str
) -> None:
    response = await client.get("/start", params={"firstevents": "1", "ask": ask})
    assert response.status == 400
    assert await response.text() == "fail: a question is 10 to 200 characters long"
    status = await json_of(await client.get("/status"))
    assert status["count"] == 0


async def test_normal_omegle_users_are_not_drawn_into_question_mode(client: TestClient) -> None:
    spy = await spy_of(client)
    keen = await spyee(client)
    alice, bob = await start(client), await start(client)
    check_bundle(await alice.events(), None)
    check_bundle(await bob.events(), None)
    held = asyncio.create_task(spy.events())
    await asyncio.sleep(0.3)
    assert not held.done()  # nothing for the spy yet: one stranger is not enough
    assert await keen.call("/stoplookingforcommonlikes") == (
        409,
        "fail: this session is not looking for anyone",
    )
    late = await spyee(client)
    check_bundle(await held, None)
    check_bundle(await keen.events(), QUESTION)
    check_bundle(await late.events(), QUESTION)


async def test_an_omegle_spy_watches_browser_strangers_and_the_other_way_round(
    client: TestClient, stranger
) -> None:
    spy = await spy_of(client)
    first, second = await stranger(), await stranger()
    for one in (first, second):
        await one.send("start", wants_question=True)
        await one.expect("waiting")
    check_bundle(await spy.events(), None)
    assert (await first.expect("connected"))["question"] == QUESTION
    await second.expect("connected")
    await second.send("send", text="hi from a browser")
    assert await spy.events() == [["spyMessage", "Stranger 2", "hi from a browser"]]

    browser_spy: Stranger = await stranger()
    await browser_spy.send("start", question="Tea or coffee in the morning?")
    await browser_spy.expect("waiting")
    third, fourth = await spyee(client), await spyee(client)
    await browser_spy.expect("spy_connected")
    check_bundle(await third.events(), "Tea or coffee in the morning?")
    check_bundle(await fourth.events(), "Tea or coffee in the morning?")
    await fourth.send("tea")
    got = await browser_spy.expect("stranger_message")
    assert (got["who"], got["text"]) == (2, "tea")
    assert await third.events() == [["gotMessage", "tea"]]


async def test_the_id_alone_answers_without_firstevents(client: TestClient) -> None:
    response = await client.get("/start", params={"ask": QUESTION})
    spy = OmegleUser(client, json.loads(await response.text()))
    assert await spy.events() == [["waiting"]]


async def test_a_question_from_someone_under_18_starts_nothing(client: TestClient) -> None:
    answer = await json_of(
        await client.get("/start", params={"firstevents": "1", "ask": "im 14, is school fun?"})
    )
    assert answer == {"events": []}  # no id: there is nothing to poll
    response = await client.get("/start", params={"ask": "im 14, is school fun?"})
    minor = OmegleUser(client, json.loads(await response.text()))
    assert await minor.events() is None


async def test_an_empty_ask_is_a_plain_start(client: TestClient) -> None:
    one = await start(client, ask="", cansavequestion="1")
    other = await start(client)
    check_bundle(await one.events(), None)
    check_bundle(await other.events(), None)
    await one.send("plain chat")
    assert await other.events() == [["gotMessage", "plain chat"]]
