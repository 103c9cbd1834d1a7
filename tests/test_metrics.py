"""/metrics after a scripted chat: the counters moved as they should; it is private by default."""

from __future__ import annotations

import pytest
from aiohttp.test_utils import TestClient

from strangerchat.appkeys import CHAT
from strangerchat.settings import Settings

TOKEN = "t" * 40
SETTINGS = Settings(interest_wait=0.4, count_interval=0.2, metrics_token=TOKEN, age_gate=False)


def sample(text: str, name: str) -> float:
    """The value of one sample line, such as `strangerchat_matches_total{kind="interest"}`."""
    for line in text.splitlines():
        if line.startswith(name + " "):
            return float(line.rsplit(" ", 1)[1])
    raise AssertionError(f"{name} not in /metrics")


async def scrape(client: TestClient) -> str:
    response = await client.get("/metrics", headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status == 200
    assert response.content_type == "text/plain"
    return await response.text()


@pytest.mark.parametrize("settings", [SETTINGS])
async def test_counters_follow_a_scripted_chat(client, stranger) -> None:
    before = await scrape(client)
    assert sample(before, 'strangerchat_matches_total{kind="interest"}') == 0
    alice, bob = await stranger(), await stranger()
    await alice.start(["music"])
    await bob.start(["music"])
    await alice.expect("connected")
    await bob.expect("connected")
    for n in range(3):
        await alice.send("send", text=f"secret {n}")
        await bob.expect("message")
    after = await scrape(client)
    assert sample(after, 'strangerchat_matches_total{kind="interest"}') == 1
    assert sample(after, 'strangerchat_matches_total{kind="random"}') == 0
    assert sample(after, "strangerchat_messages_relayed_total") == 3
    assert sample(after, 'strangerchat_sessions{state="chatting",transport="websocket"}') == 2
    assert sample(after, "strangerchat_time_to_match_seconds_count") == 2
    assert sample(after, 'strangerchat_time_to_match_seconds_bucket{le="+Inf"}') == 2
    assert "secret" not in after  # counts only, never content
    await alice.send("disconnect")
    await bob.expect("stranger_disconnected")
    ended = await scrape(client)
    assert sample(ended, 'strangerchat_sessions{state="idle",transport="websocket"}') == 2


@pytest.mark.parametrize("settings", [SETTINGS])
async def test_metrics_need_the_token(client) -> None:
    assert (await client.get("/metrics")).status == 401
    wrong = {"Authorization": "Bearer " + "x" * 40}
    assert (await client.get("/metrics", headers=wrong)).status == 401


async def test_metrics_are_off_without_a_token(client) -> None:
    assert (await client.get("/metrics")).status == 404


async def test_ready_until_shutting_down(client) -> None:
    assert (await client.get("/readyz")).status == 200
    await client.app[CHAT].shut_down()
    response = await client.get("/readyz")
    assert response.status == 503
    assert await response.text() == "shutting down"


@pytest.mark.parametrize("settings", [SETTINGS])
async def test_the_token_alone_without_bearer_is_refused(client) -> None:
    assert (await client.get("/metrics", headers={"Authorization": TOKEN})).status == 401


@pytest.mark.parametrize("settings", [SETTINGS])
async def test_rate_limit_hits_are_counted(client, pair) -> None:
    alice, _ = pair
    for n in range(15):  # the default burst is 10
        await alice.send("send", text=f"hello there {'!' * n}")
    await alice.expect("challenge_required")  # the first hit asks for a proof of work first
    assert (await alice.expect("error"))["code"] == "rate_limited"
    assert sample(await scrape(client), "strangerchat_rate_limit_hits_total") >= 1


@pytest.mark.parametrize("settings", [SETTINGS])
async def test_sessions_are_counted_by_their_own_transport(client, origin) -> None:
    assert (await client.get("/start")).status == 200  # the classic Omegle API
    opened = await client.post("/api/session", headers={"Origin": origin})
    assert opened.status == 200
    metrics = await scrape(client)
    assert sample(metrics, 'strangerchat_sessions{state="waiting",transport="omegle"}') == 1
    assert sample(metrics, 'strangerchat_sessions{state="idle",transport="longpoll"}') == 1
