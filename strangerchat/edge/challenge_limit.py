"""GET /challenge, per address: at most CHALLENGES_PER_MINUTE, each made off the event loop.

Making a challenge runs PBKDF2 (milliseconds of CPU). Unlimited, a few clients asking in a loop
slowed every chat on the process; so each address gets a budget, and the work runs in a thread
(hashlib's PBKDF2 releases the GIL) so that the loop keeps relaying messages meanwhile.
"""

from __future__ import annotations

import asyncio
import hashlib
import secrets
from collections.abc import Callable
from typing import Any

from aiohttp import web

from strangerchat.errors import Code, Rejected
from strangerchat.safety.pow import ProofOfWork
from strangerchat.safety.ratelimit import MINUTE, Clock, SlidingWindow, session_refused

# A person needs one challenge to pass the gate and one after each rate-limit hit.
CHALLENGES_PER_MINUTE = 20


class ChallengeLimit:
    """Each address's challenges in the last minute, keyed by a salted hash, never the address."""

    def __init__(self, trusts: Callable[[str], bool], clock: Clock) -> None:
        self._trusts = trusts
        self._clock = clock
        self._salt = secrets.token_bytes(16)  # this process's only: the keys mean nothing outside
        self._windows: dict[bytes, SlidingWindow] = {}

    def take(self, address: str) -> bool:
        if self._trusts(address):
            return True
        if len(self._windows) > 10_000:  # bounded: idle windows go first
            self._windows = {k: w for k, w in self._windows.items() if not w.idle()}
        key = hashlib.sha256(self._salt + address.encode(errors="replace")).digest()
        window = self._windows.get(key)
        if window is None:
            window = self._windows[key] = SlidingWindow(CHALLENGES_PER_MINUTE, MINUTE, self._clock)
        return window.take()


async def make_challenge(limit: ChallengeLimit, pow: ProofOfWork, address: str) -> dict[str, Any]:
    """A fresh challenge for `address`, or a 429 when it asked too often."""
    if not limit.take(address):
        raise session_refused(
            Rejected(Code.RATE_LIMITED, "too many challenges: solve the one you have")
        )
    return await asyncio.to_thread(pow.challenge)


CHALLENGE_LIMIT = web.AppKey("challenge_limit", ChallengeLimit)
