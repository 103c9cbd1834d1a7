"""Two real WebSocket clients through a real server: matching, chatting, leaving."""

from __future__ import annotations

import pytest
from aiohttp import WSCloseCode, WSMsgType

from strangerchat.settings import Settings
from tests.conftest import CHATTY


async def test_two_strangers_match_and_chat_both_ways_in_order(stranger) -> None:
    alice, bob = await stranger(), await stranger()
    await alice.start()
    await bob.start()
    for one in (alice, bob):
        connected = await one.expect("connected")
        assert connected == {
            "seq": connected["seq"],
            "type": "connected",
            "interests": [],
            "fell_back": False,
            "language": None,
        }
    for n in range(20):
        await alice.send("send", text=f"a{n}")
        await bob.send("send", text=f"b{n}")
    assert [(await bob.expect("message"))["text"] for _ in range(20)] == [
        f"a{n}" for n in range(20)
    ]
    assert [(await alice.expect("message"))["text"] for _ in range(20)] == [
        f"b{n}" for n in range(20)
    ]


async def test_every_event_has_a_rising_sequence_number(stranger) -> None:
    alice, bob = await stranger(), await stranger()
    await alice.start()
    await bob.start()
    await alice.expect("connected")
    await bob.send("send", text="hi")
    await alice.expect("message")
    seqs = [event["seq"] for event in alice.seen]
    assert seqs == list(range(1, len(seqs) + 1))


async def test_text_arrives_byte_exact(stranger) -> None:
    alice, bob = await stranger(), await stranger()
    await alice.start()
    await bob.start()
    await bob.expect("connected")
    text = "<b>hi</b> 'quote' \"dq\" \\ line1\nline2 😀 日本語 Ωμέγα \u200b"
    await alice.send("send", text=text)
    assert (await bob.expect("message"))["text"] == text


async def test_shared_interests_are_listed_exactly(stranger) -> None:
    alice, bob, carol = await stranger(), await stranger(), await stranger()
    await carol.start(["knitting"])
    await alice.start(["Music", " films ", "chess"])
    await bob.start(["MUSIC", "chess", "go"])
    for one in (alice, bob):
        connected = await one.expect("connected")
        assert connected["interests"] == ["chess", "music"]
        assert connected["fell_back"] is False
    assert await carol.quiet(0.1) == []


async def test_without_a_shared_interest_both_fall_back_to_random_after_the_wait(stranger) -> None:
    alice, bob = await stranger(), await stranger()
    await alice.start(["music"])
    await bob.start(["chess"])
    assert await alice.quiet(0.2) == []  # still looking for common interests
    for one in (alice, bob):
        connected = await one.expect("connected")
        assert connected["interests"] == []
        assert connected["fell_back"] is True


async def test_stop_looking_widens_at_once(stranger) -> None:
    alice, bob = await stranger(), await stranger()
    await bob.start()  # no interests: open to anyone
    await alice.start(["music"])
    await alice.send("stop_looking")
    assert (await alice.expect("connected", timeout=0.3))["fell_back"] is True
    assert (await bob.expect("connected"))["fell_back"] is False


async def test_no_interests_matches_another_with_none_at_once(stranger) -> None:
    alice, bob = await stranger(), await stranger()
    await alice.start()
    await bob.start()
    await alice.expect("connected", timeout=0.2)


async def test_disconnect_reaches_the_partner_and_a_new_chat_can_start(stranger) -> None:
    alice, bob, carol = await stranger(), await stranger(), await stranger()
    await alice.start()
    await bob.start()
    await alice.expect("connected")
    await bob.expect("connected")
    await alice.send("disconnect")
    await alice.expect("you_disconnected")
    await bob.expect("stranger_disconnected")
    await carol.start()
    await alice.start()
    await alice.expect("connected")
    await carol.expect("connected")


async def test_closing_the_socket_tells_the_partner(stranger) -> None:
    alice, bob = await stranger(), await stranger()
    await alice.start()
    await bob.start()
    await bob.expect("connected")
    await alice.ws.close()
    await bob.expect("stranger_disconnected")


async def test_cancelling_a_search(stranger) -> None:
    alice, bob = await stranger(), await stranger()
    await alice.start(["music"])
    await alice.send("disconnect")
    await alice.expect("you_disconnected")
    await bob.start(["music"])
    assert await bob.quiet(0.2) == []


async def test_the_online_count_follows_connections(stranger) -> None:
    alice = await stranger()
    assert (await alice.next_event())["type"] == "count"
    assert (await alice.next_event())["type"] == "session"
    await stranger()
    await stranger()
    while (event := await alice.next_event())["online"] != 3:
        assert event["type"] == "count"


async def test_origin_must_be_ours(client) -> None:
    for headers in ({}, {"Origin": "null"}, {"Origin": "https://evil.example"}):
        response = await client.get("/ws", headers={**headers, "Upgrade": "websocket"})
        assert response.status == 403


async def test_binary_frame_closes_with_1003(stranger) -> None:
    alice = await stranger()
    await alice.ws.send_bytes(b"\x00\x01")
    message = await alice.ws.receive(timeout=2)
    while message.type is WSMsgType.TEXT:
        message = await alice.ws.receive(timeout=2)
    assert message.type is WSMsgType.CLOSE
    assert alice.ws.close_code == WSCloseCode.UNSUPPORTED_DATA


async def test_invalid_utf8_closes_with_1007(stranger) -> None:
    alice = await stranger()
    await alice.ws.send_frame(b"\xff\xfe", WSMsgType.TEXT)
    message = await alice.ws.receive(timeout=2)
    while message.type is WSMsgType.TEXT:
        message = await alice.ws.receive(timeout=2)
    assert alice.ws.close_code == WSCloseCode.INVALID_TEXT


async def test_oversized_frame_closes_with_1009(stranger, settings) -> None:
    alice = await stranger()
    await alice.ws.send_str("x" * (settings.max_message_length * 13 + 2048))
    message = await alice.ws.receive(timeout=2)
    while message.type is WSMsgType.TEXT:
        message = await alice.ws.receive(timeout=2)
    assert alice.ws.close_code == WSCloseCode.MESSAGE_TOO_BIG


async def test_leaving_at_the_same_instant_leaves_nobody_stuck(stranger) -> None:
    alice, bob = await stranger(), await stranger()
    await alice.start()
    await bob.start()
    await alice.expect("connected")
    await bob.expect("connected")
    await alice.send("disconnect")
    await bob.send("disconnect")  # arrives after alice's: already out, so nothing happens
    ends = {
        (await one.expect_any("you_disconnected", "stranger_disconnected"))["type"]
        for one in (alice, bob)
    }
    assert ends == {"you_disconnected", "stranger_disconnected"}
    # Both are idle again, and with nobody else around they may meet again.
    await alice.start()
    await bob.start()
    await alice.expect("connected")
    await bob.expect("connected")


SMALL_OUTBOX_STRICT_LIMIT = {**CHATTY, "message_rate": 0.1, "message_burst": 2}


@pytest.mark.parametrize(
    "settings", [Settings(outbox_capacity=16, age_gate=False, **SMALL_OUTBOX_STRICT_LIMIT)]
)
async def test_a_burst_whose_replies_outnumber_the_outbox_keeps_a_client_that_reads(
    stranger,
) -> None:
    """Its own replies (here rate_limited errors) are written out between a client's frames,
    so a burst of frames that arrives at once cannot overflow its outbox by itself."""
    alice, bob = await stranger(), await stranger()
    await alice.start()
    await bob.start()
    await alice.expect("connected")
    await bob.expect("connected")
    for n in range(100):  # sent without reading: they reach the server together
        await alice.send("send", text=f"note {n}")
    refused: list[str] = []
    while (
        len(refused) < 98
    ):  # the burst's two pass; a challenge_required comes with the first error
        event = await alice.next_event()
        if event["type"] == "error":
            refused.append(event["code"])
    assert set(refused) == {"rate_limited"}
    assert [(await bob.expect("message"))["text"] for _ in range(2)] == ["note 0", "note 1"]
    assert not alice.ws.closed
