"""Proof of work: ALTCHA challenges this server signs, and answers that each count only once.

A challenge is PBKDF2-SHA-256 over a random nonce and a counter this server picked; the answer is
the key that counter gives, found by trying counters one after another. The server checks an
answer with one HMAC (the key's signature travels in the signed challenge), so checking costs it
nothing like what answering cost the client.

The entry gate asks for an answer (POST /gate). Other checks can ask again, after a rate-limit
hit say: send the client `challenge()` and let it go on once `redeem()` accepts its answer.
"""

from __future__ import annotations

import base64
import heapq
import json
import secrets
import time
from typing import Any

import altcha
from aiohttp import web

from strangerchat.errors import Code
from strangerchat.safety.keys import derive

ALGORITHM = "PBKDF2/SHA-256"
# PBKDF2 rounds per counter tried: enough that the browser's call overhead is small beside them.
ROUNDS = 5000
# Seconds a challenge can be answered in: time to fill in the gate's form at leisure.
LIFETIME = 600.0

PROBLEMS = {
    Code.POW_INVALID: "the proof of work is missing, wrong or not from this server",
    Code.POW_EXPIRED: "the proof of work is too old: solve a fresh challenge",
    Code.POW_REPLAYED: "that proof of work was used already: solve a fresh challenge",
}


class ProofOfWork:
    """Makes challenges and redeems answers; spent ones are remembered until they expire."""

    def __init__(self, secret: str, difficulty: int, lifetime: float = LIFETIME) -> None:
        self.difficulty = difficulty
        self.lifetime = lifetime
        self._challenge_key = derive(secret, "pow challenge")
        self._answer_key = derive(secret, "pow answer")
        self._spent: set[str] = set()
        self._expiries: list[tuple[int, str]] = []  # a heap: the first to expire on top

    def challenge(self) -> dict[str, Any]:
        """A fresh challenge, as JSON for the client; about `difficulty` counters to try."""
        made = altcha.create_challenge(
            ALGORITHM,
            ROUNDS,
            counter=self.difficulty // 2 + secrets.randbelow(self.difficulty),
            expires_at=int(time.time() + self.lifetime),
            hmac_secret=self._challenge_key,
            hmac_key_secret=self._answer_key,
        )
        challenge: dict[str, Any] = made.to_dict()
        return challenge

    def redeem(self, payload: str) -> Code | None:
        """None if the answer is right, fresh and unused (it is used now); else what is wrong."""
        # Read before verifying: whatever the check finds unexpired is newer, so stays remembered.
        now = time.time()
        result = altcha.verify_solution(
            payload, self._challenge_key, hmac_key_secret=self._answer_key
        )
        if result.expired:
            return Code.POW_EXPIRED
        if not result.verified:
            return Code.POW_INVALID
        signature, expires = _identity(payload)
        self._forget_expired(now)
        if signature in self._spent:
            return Code.POW_REPLAYED
        self._spent.add(signature)
        heapq.heappush(self._expiries, (expires, signature))
        return None

    def spent_count(self) -> int:
        return len(self._spent)

    def _forget_expired(self, now: float) -> None:
        """An expired challenge is refused as expired, so it need not be remembered as spent."""
        while self._expiries and self._expiries[0][0] < now:
            self._spent.discard(heapq.heappop(self._expiries)[1])


def _identity(payload: str) -> tuple[str, int]:
    """The challenge's signature and expiry, from a payload already verified (so well formed)."""
    challenge = json.loads(base64.b64decode(payload))["challenge"]
    return challenge["signature"], int(challenge["parameters"]["expiresAt"])


POW = web.AppKey("pow", ProofOfWork)
