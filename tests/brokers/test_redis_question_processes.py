"""Question mode with the spy and the two strangers on different processes sharing one Redis."""

from __future__ import annotations

import aiohttp
import pytest
from aiohttp.test_utils import TestClient

from strangerchat.settings import Settings
from tests.brokers.roundrobin import RoundRobinPoller
from tests.server_process import server_process
from tests.strangers import Stranger, base, ws_stranger
from tests.test_questions import numbered

QUESTION = "Which city would you most like to live in?"


async def spread_trio(
    spy_app: TestClient, first_app: TestClient, second_app: TestClient, question: str = QUESTION
) -> tuple[Stranger, Stranger, Stranger]:
    spy, first, second = [await ws_stranger(app) for app in (spy_app, first_app, second_app)]
    await spy.send("start", question=question)
    await spy.expect("waiting")
    await first.send("start", wants_question=True)
    await first.expect("waiting")
    await second.send("start", wants_question=True)
    await second.expect("waiting")
    assert (await spy.expect("spy_connected"))["question"] == question
    for one in (first, second):
        assert (await one.expect("connected"))["question"] == question
    first, second = await numbered(spy, first, second)
    return spy, first, second


async def test_a_trio_on_three_processes_chats_and_ends_together(apps: list[TestClient]) -> None:
    spy, first, second = await spread_trio(*apps)
    for n in range(5):
        await first.send("typing")
        await first.send("send", text=f"one {n}")
        await second.send("send", text=f"two {n}")
    assert [(await second.expect_any("typing", "message"))["type"] for _ in range(10)] == [
        "typing",
        "message",
    ] * 5
    assert [(await first.expect("message"))["text"] for _ in range(5)] == [
        f"two {n}" for n in range(5)
    ]
    spied = [await spy.expect_any("stranger_message", "stranger_typing") for _ in range(15)]
    # Each stranger's events in the order it sent them (the two may interleave either way).
    from_one = [e for e in spied if e["who"] == 1]
    assert [e["type"] for e in from_one] == ["stranger_typing", "stranger_message"] * 5
    assert [e["text"] for e in from_one if "text" in e] == [f"one {n}" for n in range(5)]
    from_two = [e["text"] for e in spied if e["who"] == 2]
    assert from_two == [f"two {n}" for n in range(5)]
    await spy.send("send", text="let me talk")
    assert (await spy.expect("error"))["code"] == "spy_cannot_send"
    await second.send("disconnect")
    await first.expect("stranger_disconnected")
    assert (await spy.expect("stranger_left"))["who"] == 2
    assert await spy.quiet(0.2) == []


async def test_a_spy_that_left_hears_nothing_of_its_old_strangers(apps: list[TestClient]) -> None:
    # The old and the new strangers sit on the same processes, linked to the same spy there.
    spy, old_one, old_two = await spread_trio(*apps)
    await spy.send("disconnect")
    await spy.expect("you_disconnected")
    assert await old_one.quiet(0.2) == []
    await spy.send("start", question="Mountains or the sea, and why?")
    await spy.expect("waiting")
    new_one, new_two = await ws_stranger(apps[1]), await ws_stranger(apps[2])
    await new_one.send("start", wants_question=True)
    await new_one.expect("waiting")
    await new_two.send("start", wants_question=True)
    await new_two.expect("waiting")
    await spy.expect("spy_connected")
    await new_one.expect("connected")
    await new_two.expect("connected")
    new_one, new_two = await numbered(spy, new_one, new_two)
    await old_one.send("send", text="old pair")
    await old_two.send("typing")
    assert (await old_two.expect("message"))["text"] == "old pair"
    await old_one.expect("typing")
    await new_two.send("send", text="new pair")
    assert (await new_one.expect("message"))["text"] == "new pair"
    got = await spy.expect("stranger_message")  # nothing of the old pair came before it
    assert (got["who"], got["text"]) == (2, "new pair")


async def test_a_long_poll_spy_spread_over_three_processes(
    apps: list[TestClient], http: aiohttp.ClientSession
) -> None:
    spy = RoundRobinPoller(http, [base(client) for client in apps])
    await spy.open()
    assert await spy.send("start", question=QUESTION) == 204
    await spy.expect("waiting")
    first, second = await ws_stranger(apps[1]), await ws_stranger(apps[2])
    await first.send("start", wants_question=True)
    await first.expect("waiting")
    await second.send("start", wants_question=True)
    await second.expect("waiting")
    assert (await spy.expect("spy_connected"))["question"] == QUESTION
    await first.expect("connected")
    await second.expect("connected")
    first, second = await numbered(spy, first, second)
    await first.send("send", text="hello spy")
    got = await spy.expect("stranger_message")
    assert (got["who"], got["text"]) == (1, "hello spy")
    assert await spy.send("send", text="no") == 409
    assert await spy.send("disconnect") == 204
    await spy.expect("you_disconnected")
    await second.send("send", text="still on")
    assert (await first.expect("message"))["text"] == "still on"


@pytest.mark.timeout(30)
async def test_a_killed_process_holding_a_stranger_ends_the_trio(
    apps: list[TestClient], http: aiohttp.ClientSession, redis_settings: Settings
) -> None:
    env = {
        "STRANGERCHAT_REDIS_URL": redis_settings.redis_url or "",
        "STRANGERCHAT_REDIS_PREFIX": redis_settings.redis_prefix,
        "STRANGERCHAT_SECRET_KEY": redis_settings.secret_key or "",
    }
    spy, first = await ws_stranger(apps[0]), await ws_stranger(apps[1])
    await spy.send("start", question=QUESTION)
    await spy.expect("waiting")
    await first.send("start", wants_question=True)
    await first.expect("waiting")
    with server_process(env=env) as doomed:
        ws = await http.ws_connect(doomed.url + "/ws", headers={"Origin": doomed.url})
        second = Stranger(ws)
        await second.send("start", wants_question=True)
        await second.expect("waiting")
        await second.expect("connected")
        await spy.expect("spy_connected")
        await first.expect("connected")
        one, _ = await numbered(spy, first, second)
    # SIGKILLed: once its heartbeat lapses, a live process reaps its sessions.
    await first.expect("stranger_disconnected", timeout=10)
    assert (await spy.expect("stranger_left", timeout=2))["who"] == (2 if one is first else 1)
