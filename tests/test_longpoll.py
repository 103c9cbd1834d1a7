"""The long-poll API through real HTTP: the WebSocket's chat, and nothing lost between polls."""

from __future__ import annotations

import asyncio

import pytest

from strangerchat.settings import Settings
from tests.conftest import CHATTY
from tests.strangers import PollingStranger, held_session


async def test_websocket_and_long_poll_strangers_chat(client, origin, stranger) -> None:
    web_user = await stranger()
    poller = await PollingStranger.connect(client, origin)
    assert await poller.send("start", interests=["music"]) == 204
    await poller.expect("waiting")
    await web_user.start(["Music"])
    assert (await poller.expect("connected"))["interests"] == ["music"]
    assert (await web_user.expect("connected"))["interests"] == ["music"]
    for n in range(5):
        assert await poller.send("send", text=f"from poll {n}") == 204
        await web_user.send("send", text=f"from ws {n}")
    assert [(await web_user.expect("message"))["text"] for _ in range(5)] == [
        f"from poll {n}" for n in range(5)
    ]
    assert [(await poller.expect("message"))["text"] for _ in range(5)] == [
        f"from ws {n}" for n in range(5)
    ]
    await poller.send("typing")
    await web_user.expect("typing")
    assert await poller.send("disconnect") == 204
    await web_user.expect("stranger_disconnected")
    await poller.expect("you_disconnected")


async def test_re_polling_with_an_old_sequence_number_gets_the_missed_events(
    client, origin
) -> None:
    alice = await PollingStranger.connect(client, origin)
    bob = await PollingStranger.connect(client, origin)
    await alice.start()
    await bob.start()
    await bob.expect("connected")
    for n in range(3):
        await alice.send("send", text=f"note {n}")
    first = await bob.poll()
    seen_before = first[0]["seq"] - 1
    # The answer to that poll is "lost": polling again from the old number returns it all again.
    again = await bob.poll(after=seen_before)
    assert again == first
    assert [e["text"] for e in again if e["type"] == "message"] == ["note 0", "note 1", "note 2"]
    # Acknowledging everything leaves nothing to repeat.
    await alice.send("send", text="note 3")
    assert [e["text"] for e in await bob.poll(after=again[-1]["seq"])] == ["note 3"]


async def test_a_held_poll_answers_as_soon_as_an_event_arrives(client, origin) -> None:
    alice = await PollingStranger.connect(client, origin)
    bob = await PollingStranger.connect(client, origin)
    await alice.start()
    await bob.start()
    await alice.expect("connected")
    await bob.expect("connected")
    held = asyncio.create_task(bob.poll())
    await asyncio.sleep(0.1)
    assert not held.done()
    await alice.send("send", text="now")
    events = await held
    # Released by the event: a poll the hold timeout ends answers with no message.
    assert [e["text"] for e in events] == ["now"]


async def test_an_idle_poll_answers_empty_after_the_hold(client, origin, settings) -> None:
    alice = await PollingStranger.connect(client, origin)
    await alice.poll()  # the first online count
    held = asyncio.create_task(alice.poll())
    await asyncio.sleep(settings.poll_hold / 4)
    assert not held.done() or all(e["type"] == "count" for e in held.result())
    assert all(e["type"] == "count" for e in await held)  # held to the end, then nothing


async def test_errors_are_answered_with_a_status_and_a_code(client, origin) -> None:
    headers = {"Origin": origin}
    alice = await PollingStranger.connect(client, origin)
    cases = [
        ("/api/frame", b"{", 400, "bad_frame"),
        ("/api/frame", b'{"session": "nope", "frame": {"type": "typing"}}', 404, "unknown_session"),
        ("/api/events", b'{"session": "nope"}', 404, "unknown_session"),
        ("/api/events", b'{"session": "x", "after": -1}', 400, "bad_frame"),
        (
            "/api/frame",
            b'{"session": "%s", "frame": {"type": "send", "text": "hi"}}' % alice.session.encode(),
            409,
            "not_chatting",
        ),
        (
            "/api/frame",
            b'{"session": "%s", "frame": {"type": "send", "text": "%s"}}'
            % (alice.session.encode(), b"x" * 10_001),
            400,
            "bad_frame",
        ),
        (
            "/api/frame",
            b'{"session": "%s", "frame": {"x": %s%s, "type": "send", "text": "hi"}}'
            % (alice.session.encode(), b"[" * 5000, b"]" * 5000),
            400,
            "bad_frame",
        ),
    ]
    for path, body, status, code in cases:
        response = await client.post(path, data=body, headers=headers)
        assert response.status == status, (path, body)
        assert response.content_type == "application/json"
        assert (await response.json())["code"] == code


async def test_too_long_text_is_refused_when_chatting(client, origin) -> None:
    alice = await PollingStranger.connect(client, origin)
    bob = await PollingStranger.connect(client, origin)
    await alice.start()
    await bob.start()
    await alice.expect("connected")
    assert await alice.send("send", text="x" * 2001) == 400
    assert [e for e in await bob.poll() if e["type"] == "message"] == []


async def test_the_api_needs_our_origin(client, origin) -> None:
    for path in ("/api/session", "/api/frame", "/api/events"):
        for headers in ({}, {"Origin": "https://evil.example"}):
            response = await client.post(path, data=b"{}", headers=headers)
            assert response.status == 403, (path, headers)


async def test_an_abandoned_long_poll_session_ends_and_its_partner_is_told(
    client, origin, stranger, settings
) -> None:
    web_user = await stranger()
    poller = await PollingStranger.connect(client, origin)
    await poller.start()
    await web_user.start()
    await web_user.expect("connected")
    # The poller never polls again: after the session timeout it is gone.
    timeout = settings.poll_session_timeout + settings.count_interval * 3
    await web_user.expect("stranger_disconnected", timeout=timeout)
    assert await poller.send("typing") == 404


@pytest.mark.parametrize("settings", [Settings(outbox_capacity=16, age_gate=False, **CHATTY)])
async def test_a_client_that_never_reads_is_dropped_at_the_cap(client, origin, stranger) -> None:
    web_user = await stranger()
    poller = await PollingStranger.connect(client, origin)
    await poller.start()
    await web_user.start()
    await web_user.expect("connected")
    for n in range(40):
        await web_user.send("send", text=f"note {n}")
    await web_user.expect("stranger_disconnected")
    assert await poller.send("typing") == 404
    response = await client.post(
        "/api/events", json={"session": poller.session}, headers={"Origin": origin}
    )
    assert response.status == 404


async def test_two_starts_at_once_start_one_search(client, origin) -> None:
    alice = await PollingStranger.connect(client, origin)
    statuses = await asyncio.gather(alice.send("start"), alice.send("start"))
    assert sorted(statuses) == [204, 409]
    events = [event["type"] for event in await alice.poll()]
    assert events.count("waiting") == 1


async def test_a_closed_session_takes_no_frames_but_its_last_events_can_be_polled(
    client, origin
) -> None:
    alice = await PollingStranger.connect(client, origin)
    session = held_session(client.app, alice.session)
    session.close()
    assert await alice.send("start") == 404
    assert [event["type"] for event in await alice.poll()] == ["count"]
