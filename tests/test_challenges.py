"""Proof of work again after a rate-limit hit, over real sockets: WebSocket, long-poll, Omegle."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestClient

from strangerchat.safety.pow import ProofOfWork
from strangerchat.settings import Settings
from tests.conftest import suite_settings
from tests.strangers import PollingStranger, Stranger
from tests.test_omegle_api import OmegleUser
from tests.test_pow import SECRET, answer, rewritten, solved

BURST = 2  # messages a session may send at once here before it is rate limited


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """A small message burst, so that a test hits the limit in three messages."""
    return suite_settings(
        tmp_path, secret_key=SECRET, pow_difficulty=4, message_burst=BURST, message_rate=0.2
    )


async def chatting(stranger: Any) -> tuple[Stranger, Stranger]:
    alice, bob = await stranger(), await stranger()
    await alice.start()
    await bob.start()
    await alice.expect("connected")
    await bob.expect("connected")
    return alice, bob


async def flood(alice: Stranger) -> None:
    """Send one message more than the burst: the last is refused, and a proof is asked for."""
    for n in range(BURST + 1):
        await alice.send("send", text=f"hello {n}")
    answers = await alice.quiet(0.2)
    assert answers[0]["type"] == "challenge_required"
    assert {e.get("code") for e in answers[1:]} == {"rate_limited"}


async def refused_start(alice: Stranger, **fields: Any) -> str:
    await alice.send("start", **fields)
    code: str = (await alice.expect("error"))["code"]
    return code


async def test_after_a_rate_limit_hit_a_new_chat_wants_a_fresh_proof(
    client: TestClient, stranger: Any
) -> None:
    alice, bob = await chatting(stranger)
    await flood(alice)
    await alice.send("disconnect")
    await alice.expect("you_disconnected")
    assert await refused_start(alice) == "challenge_required"
    stale = ProofOfWork(SECRET, difficulty=4, lifetime=-60)  # the server's key, but too old
    assert await refused_start(alice, pow=answer(stale.challenge())) == "pow_expired"
    payload = await solved(client)
    cheaper = rewritten(payload, lambda p: p["challenge"]["parameters"].update(cost=1))
    assert await refused_start(alice, pow=cheaper) == "pow_invalid"
    assert await refused_start(alice, pow="not a proof") == "pow_invalid"
    assert await refused_start(alice, pow="") == "bad_frame"  # the schema: 1 to 4096 characters
    assert await refused_start(alice, pow="x" * 4097) == "bad_frame"
    received = [e["type"] for e in await bob.quiet(0.1)]
    assert received == ["message"] * BURST + ["stranger_disconnected"]  # no more than that

    await alice.start(pow=payload)  # solved: the search starts
    await bob.start()
    await alice.expect("connected")
    await bob.expect("connected")
    # Once redeemed, it is spent: the next hit asks for another, and the old one is refused.
    await flood(alice)
    await alice.send("disconnect")
    await alice.expect("you_disconnected")
    assert await refused_start(alice, pow=payload) == "pow_replayed"
    await alice.start(pow=await solved(client))


async def test_without_a_hit_start_needs_no_proof_and_ignores_one(
    client: TestClient, stranger: Any
) -> None:
    alice = await stranger()
    await alice.start()
    await alice.send("disconnect")
    await alice.expect("you_disconnected")
    await alice.start(pow="not checked: nobody asked for it")
    assert [e["type"] for e in await alice.quiet(0.2)] == []


async def test_the_challenge_is_asked_for_once_per_hit(stranger: Any) -> None:
    alice, _ = await chatting(stranger)
    for n in range(BURST + 5):
        await alice.send("send", text=f"hello {n}")
    answers = await alice.quiet(0.3)
    assert [e["type"] for e in answers] == ["challenge_required"] + ["error"] * 5


async def test_long_poll_gets_the_same_challenge(client: TestClient, origin: str) -> None:
    alice = await PollingStranger.connect(client, origin)
    bob = await PollingStranger.connect(client, origin)
    await alice.start()
    await bob.start()
    await alice.expect("connected")
    await bob.expect("connected")
    statuses = [await alice.send("send", text=f"hello {n}") for n in range(BURST + 1)]
    assert statuses == [204] * BURST + [429]
    await alice.expect("challenge_required")
    assert await alice.send("disconnect") == 204
    await alice.expect("you_disconnected")
    assert await alice.send("start") == 400
    assert alice.received[-1]["type"] != "waiting"
    payload = await solved(client)
    assert await alice.send("start", pow=payload) == 204
    await alice.expect("waiting")
    for _ in range(BURST):
        await bob.expect("message")
    await bob.expect("stranger_disconnected")
    assert await bob.send("start") == 204
    await alice.expect("connected")


async def test_long_poll_refusals_name_the_problem(client: TestClient, origin: str) -> None:
    alice = await PollingStranger.connect(client, origin)
    bob = await PollingStranger.connect(client, origin)
    await alice.start()
    await bob.start()
    await alice.expect("connected")
    for n in range(BURST + 1):
        await alice.send("send", text=f"hello {n}")
    await alice.send("disconnect")
    frame = {"type": "start", "interests": []}
    for pow_, code in [(None, "challenge_required"), ("not a proof", "pow_invalid")]:
        body = {"session": alice.session, "frame": {**frame, "pow": pow_}}
        response = await client.post("/api/frame", json=body, headers={"Origin": origin})
        assert response.status == 400
        assert (await response.json())["code"] == code


async def test_the_omegle_api_is_never_asked_for_a_proof(client: TestClient, stranger: Any) -> None:
    """Its old clients cannot solve one; each of its chats is a new session anyway."""
    web_user = await stranger()
    await web_user.start()
    old_client = await OmegleUser.start(client)
    await old_client.connected([])
    await web_user.expect("connected")
    answers = [await old_client.call("/send", msg=f"hello {n}") for n in range(BURST + 1)]
    assert answers[-1][0] == 429
    assert await old_client.call("/disconnect") == (200, "win")
    received = [e["type"] for e in await web_user.quiet(0.2)]
    assert received == ["message"] * BURST + ["stranger_disconnected"]
    await web_user.start()
    again = await OmegleUser.start(client)  # a new chat, no proof: it starts as ever
    await again.connected([])
