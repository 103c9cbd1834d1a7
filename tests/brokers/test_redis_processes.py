"""Three processes on one Redis, no sticky sessions: any process serves any session's requests."""

from __future__ import annotations

import asyncio
import dataclasses
from pathlib import Path

import aiohttp
import pytest
from aiohttp.test_utils import TestClient

from strangerchat.app import create_app
from strangerchat.brokers.redis import RedisBroker
from strangerchat.settings import Settings
from tests.brokers.roundrobin import RoundRobinOmegle, RoundRobinPoller
from tests.redis_server import RedisServer
from tests.server_process import server_process
from tests.strangers import base, held_session, ws_stranger

HOLD = 1.0  # the conftest settings' poll_hold


def holders(apps: list[TestClient], credential: str) -> list[int]:
    """Which apps hold the session themselves."""
    return [n for n, app in enumerate(apps) if held_session(app.app, credential)]


async def test_a_long_poll_client_spread_over_three_processes_gets_each_event_once_in_order(
    apps: list[TestClient], http: aiohttp.ClientSession
) -> None:
    poller = RoundRobinPoller(http, [base(client) for client in apps])
    await poller.open()
    assert holders(apps, poller.session) == [0]  # the others forward to it
    walker = await ws_stranger(apps[2])
    await walker.start()
    await poller.start()
    await poller.expect("connected")
    await walker.expect("connected")
    for n in range(20):
        await walker.send("typing")
        await walker.send("send", text=f"w{n}")
        assert await poller.send("send", text=f"note {n}") == 204
    texts = []
    for _ in range(20):
        await poller.expect("typing")  # each before its message, as it was sent
        texts.append((await poller.expect("message"))["text"])
    assert texts == [f"w{n}" for n in range(20)]
    assert [(await walker.expect("message"))["text"] for _ in range(20)] == [
        f"note {n}" for n in range(20)
    ]
    assert await poller.send("disconnect") == 204
    await walker.expect("stranger_disconnected")
    await poller.expect("you_disconnected")
    seqs = [event["seq"] for event in poller.received]
    assert seqs == list(range(1, len(seqs) + 1))  # every event once, in order, none skipped
    assert [e["type"] for e in poller.received].count("typing") == 20


async def test_a_poll_held_on_another_process_answers_when_an_event_arrives(
    apps: list[TestClient], http: aiohttp.ClientSession
) -> None:
    poller = RoundRobinPoller(http, [base(apps[0]), base(apps[1])])
    await poller.open()
    walker = await ws_stranger(apps[2])
    await walker.start()
    await poller.start()  # on app 1, for app 0's session
    await poller.expect("connected")
    loop = asyncio.get_running_loop()
    held = asyncio.create_task(poller.poll())  # nothing new: held by app 0, asked of app 1
    await asyncio.sleep(0.2)
    assert not held.done()
    sent_at = loop.time()
    await walker.send("send", text="now")
    assert [event["text"] for event in await held] == ["now"]
    assert loop.time() - sent_at < HOLD / 2


async def test_a_poll_held_elsewhere_ends_empty_at_the_hold_s_end(
    apps: list[TestClient], http: aiohttp.ClientSession
) -> None:
    poller = RoundRobinPoller(http, [base(apps[0]), base(apps[1])])
    await poller.open()
    assert [event["type"] for event in await poller.poll()] == ["count"]  # asked of app 1
    loop = asyncio.get_running_loop()
    asked_at = loop.time()
    assert await poller.poll() == []  # app 0 held it for the whole hold
    assert HOLD * 0.9 < loop.time() - asked_at < HOLD + 1


async def test_a_repeated_poll_on_another_process_gets_the_same_events(
    apps: list[TestClient], http: aiohttp.ClientSession
) -> None:
    poller = RoundRobinPoller(http, [base(client) for client in apps])
    await poller.open()
    assert await poller.send("start") == 204
    first = await poller.poll()
    poller.last_seq = 0  # the answer was lost: ask again, with the same `after`
    assert await poller.poll() == first
    assert [event["type"] for event in first] == ["count", "waiting"]


async def test_refusals_come_back_from_the_process_holding_the_session(
    apps: list[TestClient], http: aiohttp.ClientSession
) -> None:
    poller = RoundRobinPoller(http, [base(apps[0]), base(apps[1])])
    await poller.open()
    assert await poller.send("send", text="hello?") == 409  # app 1: not chatting, says app 0
    poller.session = "no-such-session"
    assert await poller.send("start") == 404
    status, _, body = await poller.post("/api/events", {"session": "nobody", "after": 0})
    assert (status, b"unknown_session" in body) == (404, True)


async def test_an_omegle_client_spread_over_three_processes_chats(
    apps: list[TestClient], http: aiohttp.ClientSession
) -> None:
    omegle = RoundRobinOmegle(http, [base(client) for client in apps])
    assert await omegle.start('["jazz"]') == [["waiting"]]  # opened on app 0
    walker = await ws_stranger(apps[2])
    await walker.start(["jazz"])
    connected = await omegle.events()  # asked of app 1
    assert connected[:2] == [["connected"], ["commonLikes", ["jazz"]]]
    await walker.expect("connected")
    for n in range(6):
        await walker.send("send", text=f"w{n}")
    assert [await omegle.events() for _ in range(6)] == [
        [["gotMessage", f"w{n}"]] for n in range(6)
    ]
    assert await omegle.call("/typing") == (200, "win")
    assert (await walker.expect("typing"))["type"] == "typing"
    assert await omegle.call("/send", msg="hi from omegle") == (200, "win")
    assert (await walker.expect("message"))["text"] == "hi from omegle"
    assert await omegle.call("/disconnect") == (200, "win")
    await walker.expect("stranger_disconnected")
    assert await omegle.events() is None  # the id is over, whichever process is asked
    assert await omegle.call("/send", msg="late") == (
        404,
        "fail: no such chat: it ended or never existed",
    )


async def test_an_omegle_disconnect_elsewhere_releases_the_held_events(
    apps: list[TestClient], http: aiohttp.ClientSession
) -> None:
    omegle = RoundRobinOmegle(http, [base(apps[1]), base(apps[2]), base(apps[0])])
    await omegle.start()  # held by app 1
    held = asyncio.create_task(omegle.events())  # asked of app 2, held on app 1
    await asyncio.sleep(0.2)
    assert await omegle.call("/disconnect") == (200, "win")  # asked of app 0
    assert await asyncio.wait_for(held, HOLD / 2) is None
    assert holders(apps, omegle.id) == []


async def test_strangers_on_three_processes_pair_by_shared_interest(
    apps: list[TestClient],
) -> None:
    chess_0, go_1, chess_2, go_0 = [await ws_stranger(apps[n]) for n in (0, 1, 2, 0)]
    for n, (one, interest) in enumerate(
        ((chess_0, "chess"), (go_1, "go"), (chess_2, "chess"), (go_0, "go"))
    ):
        await one.start([interest, f"only-{n}"])
    for one, shared in ((chess_0, "chess"), (chess_2, "chess"), (go_1, "go"), (go_0, "go")):
        assert (await one.expect("connected"))["interests"] == [shared]
    await chess_0.send("send", text="from 0")
    await go_1.send("send", text="from 1")
    assert (await chess_2.expect("message"))["text"] == "from 0"
    assert (await go_0.expect("message"))["text"] == "from 1"


async def test_a_local_session_is_served_without_calling_another_process(
    apps: list[TestClient], http: aiohttp.ClientSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def no_calls(*args: object) -> bytes | None:
        raise AssertionError("a local session's request went to Redis")

    monkeypatch.setattr(RedisBroker, "call_owner", no_calls)
    poller = RoundRobinPoller(http, [base(apps[0])])
    await poller.open()
    walker = await ws_stranger(apps[0])
    await walker.start()
    await poller.start()
    await poller.expect("connected")
    await walker.send("send", text="local")
    assert (await poller.expect("message"))["text"] == "local"


@pytest.mark.timeout(30)
async def test_a_session_whose_process_was_killed_is_unknown_at_once_elsewhere(
    apps: list[TestClient], http: aiohttp.ClientSession, redis_settings: Settings
) -> None:
    env = {
        "STRANGERCHAT_REDIS_URL": redis_settings.redis_url or "",
        "STRANGERCHAT_REDIS_PREFIX": redis_settings.redis_prefix,
        "STRANGERCHAT_SECRET_KEY": redis_settings.secret_key or "",
    }
    with server_process(env=env) as doomed:
        poller = RoundRobinPoller(http, [doomed.url, base(apps[0])])
        await poller.open()
        omegle = RoundRobinOmegle(http, [doomed.url, base(apps[1])])
        await omegle.start()
        assert await poller.send("start") == 204  # app 0 asked the process, which answers
        # The two may already have met on the doomed process; either way it held both.
        assert [event["type"] for event in await poller.poll()][:2] == ["count", "waiting"]
    # SIGKILLed: its channel has no listener, so the call fails at once, before any reaping.
    loop = asyncio.get_running_loop()
    asked_at = loop.time()
    assert await poller.send("stop_looking") == 404
    assert await omegle.events() is None
    assert loop.time() - asked_at < HOLD


@pytest.mark.timeout(30)
async def test_while_redis_is_away_a_session_elsewhere_is_not_called_unknown(
    aiohttp_client,  # type: ignore[no-untyped-def]
    settings: Settings,
    redis_prefix: str,
    http: aiohttp.ClientSession,
    tmp_path: Path,
) -> None:
    redis = RedisServer(tmp_path)
    await asyncio.to_thread(redis.start)
    try:
        settings = dataclasses.replace(settings, redis_url=redis.url, redis_prefix=redis_prefix)
        two = [await aiohttp_client(create_app(settings)) for _ in range(2)]
        poller = RoundRobinPoller(http, [base(client) for client in two])
        await poller.open()
        assert await poller.send("start") == 204  # app 1 asked app 0
        assert [event["type"] for event in await poller.poll()] == ["count", "waiting"]
        redis.kill()
        # App 1 cannot ask app 0 now, nor know whether it still holds the session: try again.
        assert await poller.send("stop_looking") == 503
        for client in two:
            await client.close()
    finally:
        redis.kill()


async def test_a_stopping_process_ends_the_polls_it_holds_for_sessions_elsewhere(
    apps: list[TestClient], http: aiohttp.ClientSession
) -> None:
    poller = RoundRobinPoller(http, [base(apps[0]), base(apps[1])])
    await poller.open()
    await poller.start()  # the frame asked of app 1, `waiting` polled at app 0
    held_elsewhere = asyncio.create_task(poller.poll())  # app 1 asks app 0, which holds it
    await asyncio.sleep(0.2)
    loop = asyncio.get_running_loop()
    stopped_at = loop.time()
    await apps[1].close()
    assert await asyncio.wait_for(held_elsewhere, HOLD / 2) == []  # ask again, elsewhere
    assert loop.time() - stopped_at < HOLD / 2
    walker = await ws_stranger(apps[2])
    await walker.start()
    assert await poller.expect("connected")  # asked of app 0: nothing was lost


async def test_two_starts_at_once_start_one_search(
    apps: list[TestClient], http: aiohttp.ClientSession
) -> None:
    for servers in ([base(apps[0])], [base(apps[0]), base(apps[1])]):  # one process, then two
        poller = RoundRobinPoller(http, servers)
        await poller.open()
        for _ in range(10):
            statuses = await asyncio.gather(poller.send("start"), poller.send("start"))
            assert sorted(statuses) == [204, 409]
            assert await poller.send("disconnect") == 204


async def test_a_burst_then_leaving_reaches_a_partner_elsewhere_whole_and_in_order(
    apps: list[TestClient],
) -> None:
    # Events to another process leave in batches; the chat's end must not overtake them.
    alice, bob = await ws_stranger(apps[0]), await ws_stranger(apps[1])
    await alice.start()
    await bob.start()
    await alice.expect("connected")
    await bob.expect("connected")
    texts = [f"line {n} of the burst" for n in range(200)]
    for text in texts:
        await alice.send("send", text=text)
    await alice.send("disconnect")
    received = [(await bob.expect("message"))["text"] for _ in texts]
    assert received == texts
    await bob.expect("stranger_disconnected")


async def test_an_id_is_bound_to_its_transport_on_every_process(
    apps: list[TestClient], http: aiohttp.ClientSession
) -> None:
    """Promise: a long-poll id sent to the Omegle API of another process (which skips the Origin
    check), or an Omegle id sent to the long-poll API there, is unknown, as on its holder."""
    origin = base(apps[0])
    async with http.post(f"{origin}/api/session", headers={"Origin": origin}) as answer:
        polled = (await answer.json())["session"]
    async with http.post(f"{origin}/start", params={"firstevents": "0"}) as answer:
        omegle_id = await answer.json()
    other = base(apps[1])
    for path, form in (
        ("/send", {"id": polled, "msg": "through the back door"}),
        ("/typing", {"id": polled}),
    ):
        async with http.post(f"{other}{path}", data=form) as answer:
            assert (answer.status, await answer.text()) == (
                404,
                "fail: no such chat: it ended or never existed",
            )
    async with http.post(f"{other}/events", data={"id": polled}) as answer:
        assert await answer.json() is None
    frame = {"session": omegle_id, "frame": {"type": "typing"}}
    async with http.post(f"{other}/api/frame", json=frame, headers={"Origin": other}) as answer:
        assert answer.status == 404
    events = {"session": omegle_id, "after": 0}
    async with http.post(f"{other}/api/events", json=events, headers={"Origin": other}) as answer:
        assert answer.status == 404
    # Both sessions still live on their holder, for their own API.
    assert holders(apps, polled) == [0]
    assert holders(apps, omegle_id) == [0]


async def test_how_a_numbered_message_was_delivered_is_told_from_the_process_holding_it(
    apps: list[TestClient], http: aiohttp.ClientSession
) -> None:
    poller = RoundRobinPoller(http, [base(client) for client in apps])
    await poller.open()
    walker = await ws_stranger(apps[2])
    await walker.start()
    await poller.start()
    await poller.expect("connected")
    await walker.expect("connected")
    texts = ["my snap is coolguy99", "plain words", "see example dot com"]
    for number, text in enumerate(texts):  # carried to the holder by whichever process got it
        assert await poller.send("send", text=text, id=number) == 204
    seen = [(await walker.expect("message"))["text"] for _ in texts]
    assert seen[1] == "plain words"
    told = [await poller.expect("delivered") for _ in range(2)]  # not for the unchanged one
    assert [(event["id"], event["text"]) for event in told] == [(0, seen[0]), (2, seen[2])]
    await walker.send("disconnect")
    await poller.expect("stranger_disconnected")
    assert await poller.send("send", text="still there?", id=3) == 204
    error = await poller.expect("error")
    assert (error["id"], error["code"]) == (3, "not_chatting")
