"""The sender hears how each numbered message was delivered, over real sockets: `delivered` with
the partner's text when it was altered, an `error` carrying the id when it was not delivered,
and nothing when it went through unchanged."""

from __future__ import annotations

import dataclasses

import pytest
from aiohttp.test_utils import TestClient

from strangerchat.app import create_app
from strangerchat.protocol import Error, encode_event
from strangerchat.settings import Settings
from tests.strangers import PollingStranger, Stranger

MASKED = "my snap is coolguy99, or see example dot com"


async def test_an_altered_message_is_told_to_its_sender_as_the_partner_saw_it(pair) -> None:
    alice, bob = pair
    await alice.send("send", text=MASKED, id=7)
    seen = (await bob.expect("message"))["text"]
    assert "coolguy99" not in seen
    delivered = await alice.expect("delivered")
    assert (delivered["id"], delivered["text"]) == (7, seen)


async def test_a_message_that_went_through_unchanged_costs_no_event(pair) -> None:
    alice, bob = pair
    await alice.send("send", text="hello there", id=1)
    assert (await bob.expect("message"))["text"] == "hello there"
    await alice.send("send", text=MASKED, id=2)  # the next event the sender hears is for 2
    assert (await alice.expect("delivered"))["id"] == 2


async def test_without_an_id_the_sender_hears_nothing_as_before(pair) -> None:
    alice, bob = pair
    await alice.send("send", text=MASKED)
    await bob.expect("message")
    assert await alice.quiet(0.2) == []


def test_an_error_without_an_id_is_the_same_bytes_as_before() -> None:
    assert encode_event(Error(code="too_long", message="m")) == (
        b'{"type":"error","code":"too_long","message":"m"}'
    )
    assert encode_event(Error(code="too_long", message="m", id=0)).endswith(b',"id":0}')


async def test_a_message_after_the_chat_ended_is_not_delivered_and_says_so(pair) -> None:
    alice, bob = pair
    await bob.send("disconnect")
    await alice.expect("stranger_disconnected")
    await alice.send("send", text="are you there?", id=3)
    error = await alice.expect("error")
    assert (error["id"], error["code"]) == (3, "not_chatting")


@pytest.fixture
async def strict(aiohttp_client, settings: Settings) -> TestClient:  # type: ignore[no-untyped-def]
    """A server with a tight message limit: a burst of 2, then one message a minute."""
    limited = dataclasses.replace(settings, message_burst=2, message_rate=1 / 60)
    return await aiohttp_client(create_app(limited))


async def websocket_pair(client: TestClient) -> tuple[Stranger, Stranger]:
    origin = f"http://{client.server.host}:{client.server.port}"
    alice, bob = [
        Stranger(await client.ws_connect("/ws", headers={"Origin": origin})) for _ in "ab"
    ]
    await alice.start()
    await bob.start()
    await alice.expect("connected")
    await bob.expect("connected")
    return alice, bob


async def test_a_rate_limited_message_is_not_delivered_and_says_why(strict: TestClient) -> None:
    alice, bob = await websocket_pair(strict)
    for number in range(4):
        await alice.send("send", text=f"line {number}", id=number)
    await alice.expect("challenge_required")  # the first hit asks for a proof of work
    errors = [await alice.expect("error"), *await alice.quiet(0.3)]
    assert {event["code"] for event in errors} == {"rate_limited"}
    refused = {event["id"] for event in errors}
    received = [event["text"] for event in await bob.quiet(0.3) if event["type"] == "message"]
    # Every message either reached the partner or its sender heard why not; never both.
    assert refused
    assert received
    assert sorted(received + [f"line {n}" for n in refused]) == [f"line {n}" for n in range(4)]


async def test_over_long_poll_the_refusal_comes_as_an_event(strict: TestClient) -> None:
    origin = f"http://{strict.server.host}:{strict.server.port}"
    alice = await PollingStranger.connect(strict, origin)
    bob = await PollingStranger.connect(strict, origin)
    await alice.start()
    await bob.start()
    await alice.expect("connected")
    await bob.expect("connected")
    assert await alice.send("send", text=MASKED, id=10) == 204
    assert (await alice.expect("delivered"))["id"] == 10
    assert await alice.send("send", text="too many", id=11) == 204  # refused, told in order
    await alice.expect("challenge_required")
    error = await alice.expect("error")
    assert (error["id"], error["code"]) == (11, "rate_limited")
    assert await alice.send("send", text="too many") == 429  # without an id, as before
