"""The rate limits through real sockets, at their defaults: floods, new chats, connection caps."""

from __future__ import annotations

import asyncio
import dataclasses
import time
from pathlib import Path

import pytest
from aiohttp import WSServerHandshakeError
from aiohttp.test_utils import TestClient

from strangerchat.app import create_app
from strangerchat.settings import Settings
from tests.conftest import suite_settings
from tests.test_omegle_api import OmegleUser

BURST, RATE = 10, 2.0  # the defaults: message_burst, message_rate


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """The suite's short waits, with every rate limit at its default."""
    return suite_settings(tmp_path)


async def test_a_flood_reaches_the_partner_only_up_to_the_limit(pair) -> None:
    alice, bob = pair
    began = time.monotonic()
    for n in range(200):
        await alice.send("send", text=f"flood {n}")
    answers = await alice.quiet(0.5)
    received = await bob.quiet(0.2)
    elapsed = time.monotonic() - began
    # Told once that a new chat will want a proof of work (test_challenges.py), and refused.
    assert [e for e in answers if e["type"] != "error"] == [answers[0]]
    assert answers[0]["type"] == "challenge_required"
    refused = answers[1:]
    assert {(e["type"], e["code"]) for e in refused} == {("error", "rate_limited")}
    assert len(received) + len(refused) == 200
    assert BURST <= len(received) <= BURST + RATE * elapsed
    assert [e["text"] for e in received[:BURST]] == [f"flood {n}" for n in range(BURST)]
    await asyncio.sleep(1.0)  # the bucket refills: the socket is still open and usable
    await alice.send("send", text="after a pause")
    assert (await bob.expect("message"))["text"] == "after a pause"


async def test_a_session_starts_at_most_10_chats_a_minute(stranger) -> None:
    loner = await stranger()
    for _ in range(10):
        await loner.start()
        await loner.send("disconnect")
        await loner.expect("you_disconnected")
    await loner.send("start")
    await loner.expect("challenge_required")
    refused = await loner.expect("error")
    assert refused["code"] == "rate_limited"
    assert refused["message"]


async def test_an_address_starts_at_most_60_chats_a_minute(stranger) -> None:
    loners = [await stranger() for _ in range(7)]
    codes = []
    for loner in loners:
        for _ in range(9):
            await loner.send("start")
            event = await loner.expect_any("waiting", "error", "challenge_required")
            if event["type"] == "challenge_required":  # the first refusal says so first
                event = await loner.expect("error")
            codes.append(event.get("code"))
            if event["type"] == "waiting":
                await loner.send("disconnect")
                await loner.expect("you_disconnected")
    assert codes.count(None) == 60
    assert codes[60:] == ["rate_limited"] * 3


async def test_the_21st_connection_from_one_address_is_refused(client, origin, stranger) -> None:
    opened = [await stranger() for _ in range(20)]
    headers = {"Origin": origin}
    with pytest.raises(WSServerHandshakeError) as refused:
        await client.ws_connect("/ws", headers=headers)
    assert refused.value.status == 429
    plain = await client.get("/ws", headers=headers)
    assert plain.status == 429
    assert (await plain.json())["code"] == "rate_limited"
    assert (await client.post("/api/session", headers=headers)).status == 429
    assert (await client.get("/start", params={"firstevents": "1"})).status == 429
    await opened[0].ws.close()
    await asyncio.sleep(0.1)
    await stranger()  # one closed, one more may open


async def test_a_trusted_address_may_open_more(aiohttp_client, settings: Settings) -> None:
    trusted = dataclasses.replace(settings, trusted_clients=("127.0.0.0/8",))
    client: TestClient = await aiohttp_client(create_app(trusted))
    origin = f"http://{client.server.host}:{client.server.port}"
    sockets = [await client.ws_connect("/ws", headers={"Origin": origin}) for _ in range(25)]
    assert all(not ws.closed for ws in sockets)
    for ws in sockets:
        await ws.close()


async def test_the_omegle_api_is_limited_too(client, stranger) -> None:
    web_user = await stranger()
    await web_user.start()
    old_client = await OmegleUser.start(client)
    await old_client.connected([])
    await web_user.expect("connected")
    began = time.monotonic()
    answers = [await old_client.call("/send", msg=f"flood {n}") for n in range(30)]
    wins = answers.count((200, "win"))
    assert BURST <= wins <= BURST + RATE * (time.monotonic() - began)
    refused = [answer for answer in answers if answer != (200, "win")]
    assert {status for status, _ in refused} == {429}
    assert all(text.startswith("fail: too many messages") for _, text in refused)
    received = await web_user.quiet(0.3)
    assert len(received) == wins


async def test_a_typing_flood_never_ejects_the_partner(pair) -> None:
    """Promise: no frame type lets one stranger overflow the other's outbox (256 events)."""
    alice, bob = pair
    for n in range(1000):
        await alice.send("typing" if n % 2 == 0 else "stopped_typing")
    assert await alice.quiet(0.3) == []  # dropped quietly: errors would flood alice's own outbox
    received = await bob.quiet(0.3)
    assert {e["type"] for e in received} <= {"typing", "stopped_typing"}
    assert len(received) < 100  # far below the outbox's 256: the flood was refused, not queued
    await alice.send("send", text="still chatting")
    assert (await bob.expect("message"))["text"] == "still chatting"
