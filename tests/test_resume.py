"""Sessions that survive a dropped WebSocket: taken up again within the resume window, with every
event missed meanwhile exactly once and in order; the partner hears a calm `stranger_away`."""

from __future__ import annotations

import json
from typing import Any

import aiohttp
import pytest
from aiohttp.test_utils import TestClient

from strangerchat.app import create_app
from strangerchat.settings import Settings
from tests.conftest import CHATTY, suite_settings
from tests.cutter import Cutter
from tests.strangers import PollingStranger, Stranger, base

# What the partner writes while a stranger is away: ordinary chat, each line its own.
MISSED = ["did you see the match", "it was so close", "penalties at the end"]


@pytest.fixture
def settings(tmp_path: Any) -> Settings:
    return suite_settings(tmp_path, resume_window=2.5, **CHATTY)


async def through(http: aiohttp.ClientSession, cutter: Cutter, path: str = "/ws") -> Stranger:
    ws = await http.ws_connect(f"{cutter.origin}{path}", headers={"Origin": cutter.origin})
    return Stranger(ws)


async def chatting_pair(
    http: aiohttp.ClientSession, cutter: Cutter, client: TestClient
) -> tuple[Stranger, Stranger, str]:
    """Alice through the cutter, Bob straight to `client` (it may be another process), chatting;
    Alice's credential."""
    alice = await through(http, cutter)
    token = (await alice.expect("session"))["resume"]
    bob = Stranger(await client.ws_connect("/ws", headers={"Origin": base(client)}))
    await alice.start()
    await bob.start()
    await alice.expect("connected")
    await bob.expect("connected")
    return alice, bob, token


async def resume(http: aiohttp.ClientSession, cutter: Cutter, token: str, after: int) -> Stranger:
    again = await through(http, cutter, "/ws?resume")
    await again.ws.send_str(json.dumps({"type": "resume", "token": token, "after": after}))
    return again


async def replayed(stranger: Stranger) -> list[str]:
    """The texts of the messages a resumed socket is sent before `resumed`."""
    texts = []
    while (event := await stranger.expect_any("message", "resumed"))["type"] == "message":
        texts.append(event["text"])
    return texts


def last_seq(stranger: Stranger) -> int:
    return max(event["seq"] for event in stranger.seen)


async def test_a_dropped_websocket_is_taken_up_with_every_missed_event_once(
    client: TestClient,
) -> None:
    async with aiohttp.ClientSession() as http, Cutter(client.server.port) as cutter:
        alice, bob, token = await chatting_pair(http, cutter, client)
        await bob.send("send", text="so what music do you like")
        assert (await alice.expect("message"))["text"] == "so what music do you like"
        seen = last_seq(alice)
        cutter.cut()
        for text in MISSED:
            await bob.send("send", text=text)
        assert (await bob.expect("stranger_away", timeout=3))["type"] == "stranger_away"
        cutter.mend()
        again = await resume(http, cutter, token, seen)
        assert await replayed(again) == MISSED
        assert await bob.expect("stranger_back")
        await again.send("send", text="back again")
        assert (await bob.expect("message"))["text"] == "back again"
        await bob.send("send", text="welcome back")
        assert (await again.expect("message"))["text"] == "welcome back"
        assert await again.quiet(0.3) == []  # nothing repeated
        await again.ws.close()
        await bob.expect("stranger_disconnected")  # a closed socket still ends the chat at once


async def test_when_the_window_passes_the_partner_is_told_and_a_resume_starts_afresh(
    client: TestClient,
) -> None:
    async with aiohttp.ClientSession() as http, Cutter(client.server.port) as cutter:
        alice, bob, token = await chatting_pair(http, cutter, client)
        seen = last_seq(alice)
        cutter.cut()
        await bob.expect("stranger_away", timeout=3)
        await bob.expect("stranger_disconnected", timeout=4)
        cutter.mend()
        again = await resume(http, cutter, token, seen)
        assert (await again.expect("resume_failed"))["reason"] == "expired"
        fresh = [event for event in again.seen if event["type"] == "session"]
        assert len(fresh) == 1
        assert fresh[0]["resume"] != token
        await again.start()  # a fresh session that works like any other


async def test_a_credential_is_only_good_for_its_own_session(client: TestClient) -> None:
    async with aiohttp.ClientSession() as http, Cutter(client.server.port) as cutter:
        alice, _, token = await chatting_pair(http, cutter, client)
        session_id, _, mac = token.rpartition(".")
        for forged in (f"{session_id}.{'A' * len(mac)}", f"x{token}", "é.é", "no-dot"):
            again = await resume(http, cutter, forged, 0)
            assert (await again.expect("resume_failed"))["reason"] == "expired"
            await again.ws.close()
        await alice.send("send", text="still here")  # the real session never noticed


async def test_a_newer_connection_takes_over_from_one_not_yet_seen_to_drop(
    client: TestClient,
) -> None:
    async with aiohttp.ClientSession() as http, Cutter(client.server.port) as cutter:
        alice, bob, token = await chatting_pair(http, cutter, client)
        seen = last_seq(alice)
        again = await resume(http, cutter, token, seen)  # the old socket is still open
        await again.expect("resumed")
        closed = await alice.ws.receive(timeout=3)
        assert closed.type is aiohttp.WSMsgType.CLOSE
        assert closed.data == 4000
        await bob.send("send", text="to the new one")
        assert (await again.expect("message"))["text"] == "to the new one"
        assert await bob.quiet(0.3) == []  # the partner saw no drop at all


async def test_a_resume_from_beyond_what_was_sent_starts_afresh(client: TestClient) -> None:
    async with aiohttp.ClientSession() as http, Cutter(client.server.port) as cutter:
        alice, _, token = await chatting_pair(http, cutter, client)
        again = await resume(http, cutter, token, last_seq(alice) + 100)
        assert (await again.expect("resume_failed"))["reason"] == "behind"


async def test_a_resume_socket_without_a_resume_frame_is_refused(client: TestClient) -> None:
    async with aiohttp.ClientSession() as http, Cutter(client.server.port) as cutter:
        again = await through(http, cutter, "/ws?resume")
        await again.ws.send_str(json.dumps({"type": "start"}))
        assert (await again.expect("error"))["code"] == "bad_frame"
        assert (await again.ws.receive(timeout=3)).type is aiohttp.WSMsgType.CLOSE


def test_the_resume_window_is_a_setting() -> None:
    assert Settings().resume_window == 30.0
    assert create_app(Settings(resume_window=5, data_dir="/tmp/strangerchat-test-data")) is not None


async def test_a_dropped_websocket_is_taken_up_over_long_poll(client: TestClient) -> None:
    async with aiohttp.ClientSession() as http, Cutter(client.server.port) as cutter:
        alice, bob, token = await chatting_pair(http, cutter, client)
        seen = last_seq(alice)
        cutter.cut()
        await bob.send("send", text="while you switch")
        headers = {"Origin": base(client)}
        body = {"token": token, "after": seen}
        answer = await client.post("/api/resume", json=body, headers=headers)
        assert answer.status == 200
        poller = PollingStranger(client, base(client))
        poller.session = (await answer.json())["session"]
        poller.last_seq = seen
        assert (await poller.expect("message"))["text"] == "while you switch"
        await poller.expect("resumed")
        assert await poller.send("send", text="over long-poll now") == 204
        assert (await bob.expect("message"))["text"] == "over long-poll now"
        again = await client.post("/api/resume", json={"token": "x.y"}, headers=headers)
        assert again.status == 404
        assert (await again.json())["code"] == "resume_failed"


async def test_a_long_poll_session_is_taken_up_over_a_websocket(client: TestClient) -> None:
    async with aiohttp.ClientSession() as http, Cutter(client.server.port) as cutter:
        headers = {"Origin": base(client)}
        opened = await (await client.post("/api/session", headers=headers)).json()
        poller = PollingStranger(client, base(client))
        poller.session = opened["session"]
        bob = Stranger(await client.ws_connect("/ws", headers=headers))
        await poller.start()
        await bob.start()
        await poller.expect("connected")
        await bob.expect("connected")
        await bob.send("send", text="to the poller")
        again = await resume(http, cutter, opened["resume"], poller.last_seq)
        assert (await again.expect("message"))["text"] == "to the poller"
        await again.expect("resumed")
        await again.send("send", text="now on a socket")
        assert (await bob.expect("message"))["text"] == "now on a socket"
        old = await client.post(
            "/api/frame",
            json={"session": poller.session, "frame": {"type": "typing"}},
            headers=headers,
        )
        assert old.status == 404  # its id no longer works on the long-poll API
