"""The proof of work: right answers pass once; replayed, expired, tampered and foreign ones fail."""

from __future__ import annotations

import base64
import json
import time
from typing import Any

import altcha
import pytest
from aiohttp.test_utils import TestClient

from strangerchat.edge.challenge_limit import CHALLENGES_PER_MINUTE
from strangerchat.safety import pow as pow_module
from strangerchat.safety.pow import LIFETIME, ROUNDS, ProofOfWork
from strangerchat.settings import Settings

SECRET = "a test key that is long enough to sign with"
ADULT = {"day": 1, "month": 2, "year": 1990, "accept": True}


def answer(challenge: dict[str, Any]) -> str:
    """What a browser sends back: the challenge and its solution, as base64 JSON."""
    parsed = altcha.Challenge.from_dict(challenge)
    solution = altcha.solve_challenge(parsed, timeout=20)
    assert solution is not None
    return altcha.Payload(parsed, solution).to_base64()


async def solved(client: TestClient) -> str:
    """A fresh challenge from the server, answered."""
    response = await client.get("/challenge")
    assert response.status == 200
    assert response.headers["Cache-Control"] == "no-store"
    return answer(await response.json())


def rewritten(payload: str, change: Any) -> str:
    """The payload with `change(decoded)` applied: a client lying about its answer."""
    decoded = json.loads(base64.b64decode(payload))
    change(decoded)
    return base64.b64encode(json.dumps(decoded).encode()).decode()


@pytest.fixture
def work() -> ProofOfWork:
    return ProofOfWork(SECRET, difficulty=4)


def test_a_right_answer_passes_once(work: ProofOfWork) -> None:
    payload = answer(work.challenge())
    assert work.redeem(payload) is None
    assert work.redeem(payload) == "pow_replayed"
    assert work.redeem(answer(work.challenge())) is None  # a fresh one is fine
    assert work.spent_count() == 2


def test_the_work_is_the_difficulty_on_average_and_never_far_from_it() -> None:
    work = ProofOfWork(SECRET, difficulty=10)
    counters = []
    for _ in range(40):
        challenge = work.challenge()
        assert challenge["parameters"]["algorithm"] == "PBKDF2/SHA-256"
        assert challenge["parameters"]["cost"] == ROUNDS
        payload = json.loads(base64.b64decode(answer(challenge)))
        counters.append(payload["solution"]["counter"])
    assert all(5 <= counter < 15 for counter in counters), counters
    assert 7 <= sum(counters) / len(counters) <= 12


def test_an_expired_challenge_is_refused() -> None:
    stale = ProofOfWork(SECRET, difficulty=4, lifetime=-60)
    assert ProofOfWork(SECRET, difficulty=4).redeem(answer(stale.challenge())) == "pow_expired"


@pytest.mark.parametrize(
    "lie",
    [
        lambda p: p["challenge"]["parameters"].update(cost=1),  # cheaper work than asked
        lambda p: p["challenge"]["parameters"].update(expiresAt=int(time.time()) + 10**6),
        lambda p: p["challenge"]["parameters"].update(keySignature="00" * 32),
        lambda p: p["challenge"].update(signature="00" * 32),
        lambda p: p["challenge"].pop("signature"),
        lambda p: p["solution"].update(derivedKey="00" * 32),
        lambda p: p["solution"].update(derivedKey="not hex"),
        lambda p: p.pop("solution"),
    ],
)
def test_a_tampered_answer_is_refused(work: ProofOfWork, lie: Any) -> None:
    payload = answer(work.challenge())
    assert work.redeem(rewritten(payload, lie)) == "pow_invalid"
    assert work.redeem(payload) is None  # the honest answer was not spent by the lie


def test_another_server_s_challenge_is_refused(work: ProofOfWork) -> None:
    foreign = ProofOfWork("another key, just as long as the first one", difficulty=4)
    assert work.redeem(answer(foreign.challenge())) == "pow_invalid"


@pytest.mark.parametrize(
    "payload",
    [
        "",
        "not base64!",
        base64.b64encode(b"[]").decode(),
        base64.b64encode(b"{}").decode(),
        "x" * 5000,
    ],
)
def test_garbage_is_refused_without_an_error(work: ProofOfWork, payload: str) -> None:
    assert work.redeem(payload) == "pow_invalid"


def test_spent_answers_are_forgotten_once_they_expire(
    work: ProofOfWork, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = answer(work.challenge())
    assert work.redeem(first) is None
    later = time.time() + LIFETIME + 5
    monkeypatch.setattr(pow_module.time, "time", lambda: later)
    assert work.redeem(first) == "pow_expired"  # refused as expired, so no need to remember it
    assert work.redeem(answer(work.challenge())) is None
    assert work.spent_count() == 1  # only the new one


# Through the server: GET /challenge and POST /gate with real sockets.


@pytest.fixture
def settings() -> Settings:
    return Settings(secret_key=SECRET, pow_difficulty=4)


async def post_gate(client: TestClient, origin: str, pow_payload: str) -> tuple[int, Any]:
    body = {**ADULT, "pow": pow_payload}
    response = await client.post("/gate", json=body, headers={"Origin": origin})
    return response.status, await response.json()


async def test_the_gate_takes_a_fresh_answer_once(client: TestClient, origin: str) -> None:
    payload = await solved(client)
    assert await post_gate(client, origin, payload) == (200, {"verdict": "adult"})
    status, error = await post_gate(client, origin, payload)
    assert (status, error["code"]) == (403, "pow_replayed")


async def test_the_gate_refuses_expired_and_tampered_answers(
    client: TestClient, origin: str
) -> None:
    stale = ProofOfWork(SECRET, difficulty=4, lifetime=-60)  # the server's key, but too old
    status, error = await post_gate(client, origin, answer(stale.challenge()))
    assert (status, error["code"]) == (403, "pow_expired")
    payload = await solved(client)
    cheaper = rewritten(payload, lambda p: p["challenge"]["parameters"].update(cost=1))
    status, error = await post_gate(client, origin, cheaper)
    assert (status, error["code"]) == (403, "pow_invalid")
    assert client.session.cookie_jar.filter_cookies(client.make_url("/")).get("gate") is None


async def test_the_gate_refuses_a_missing_answer(client: TestClient, origin: str) -> None:
    response = await client.post("/gate", json=ADULT, headers={"Origin": origin})
    assert response.status == 400
    assert (await response.json())["code"] == "bad_request"


async def test_challenges_are_fresh_each_time(client: TestClient) -> None:
    first, second = [await (await client.get("/challenge")).json() for _ in range(2)]
    assert first["parameters"]["nonce"] != second["parameters"]["nonce"]
    assert first["signature"] != second["signature"]
    expires = first["parameters"]["expiresAt"]
    assert time.time() + LIFETIME - 5 <= expires <= time.time() + LIFETIME + 1


async def test_challenges_are_limited_per_address(client) -> None:
    """Promise: one address gets at most 20 challenges a minute (each costs the server PBKDF2)."""
    for _ in range(CHALLENGES_PER_MINUTE):
        assert (await client.get("/challenge")).status == 200
    refused = await client.get("/challenge")
    assert refused.status == 429
    assert (await refused.json())["code"] == "rate_limited"
