"""The entry gate's verdict, adult or refused, kept for 24 hours in a cookie this server signed.

A cookie that was changed, has expired or carries no valid signature counts as no cookie: the
gate is asked again, and nothing can start a chat. Treating it as a refusal would add nothing,
since anyone can delete a cookie anyway.

The signed value also holds a random identity, kept when the verdict changes: a minor's lockout
is kept under it (see standing.lock_out_minor), so it follows one browser and not everyone on
its network.
"""

from __future__ import annotations

import base64
import datetime
import enum
import hashlib
import hmac
import secrets
import time
from typing import NamedTuple

from aiohttp import web

from strangerchat.errors import Code, Rejected
from strangerchat.protocol import error_body
from strangerchat.safety.keys import derive

COOKIE = "gate"
ADULT_AGE = 18
LIFETIME = 24 * 3600
# The date somewhere on Earth already: nobody is refused on their birthday for living west of it.
EARLIEST_ZONE = datetime.timezone(datetime.timedelta(hours=14))


class Verdict(enum.StrEnum):
    ADULT = "adult"
    REFUSED = "refused"


_VERDICTS = {verdict.value: verdict for verdict in Verdict}


class Pass(NamedTuple):
    """What a valid cookie holds: the verdict and the identity of the browser it was given to."""

    verdict: Verdict
    identity: str


class Gate:
    """Signs and reads verdict cookies; while `enabled` is False, everyone may chat."""

    def __init__(self, secret: str, enabled: bool = True) -> None:
        self.enabled = enabled
        self._key = derive(secret, "gate cookie")

    def sign(self, verdict: Verdict, expires: int, identity: str | None = None) -> str:
        # 128 random bits in URL-safe base64: never a dot, which separates the parts.
        body = f"{verdict}.{expires}.{identity or secrets.token_urlsafe(16)}"
        return f"{body}.{self._signature(body)}"

    def read_pass(self, value: str | None, now: float) -> Pass | None:
        """What a cookie value holds, if this server signed it and it has not expired."""
        # A signed value is ASCII; other bytes (undecodable ones arrive as surrogates) are forged.
        if value is None or not value.isascii():
            return None
        body, _, signature = value.rpartition(".")
        if not body or not hmac.compare_digest(signature.encode(), self._signature(body).encode()):
            return None
        verdict, expires, identity = [*body.split(".", 2), "", ""][:3]
        found = _VERDICTS.get(verdict)
        if found is None or not identity or not expires.isdigit() or int(expires) <= now:
            return None
        return Pass(found, identity)

    def read(self, value: str | None, now: float) -> Verdict | None:
        """The verdict a cookie value holds, if this server signed it and it has not expired."""
        held = self.read_pass(value, now)
        return None if held is None else held.verdict

    def held(self, request: web.Request) -> Pass | None:
        return self.read_pass(request.cookies.get(COOKIE), time.time())

    def verdict(self, request: web.Request) -> Verdict | None:
        held = self.held(request)
        return None if held is None else held.verdict

    def give(self, response: web.StreamResponse, request: web.Request, verdict: Verdict) -> None:
        """Set the cookie: never readable by scripts, never sent by another site's requests.

        A browser that has a valid cookie keeps its identity, so that a lockout kept under it
        still finds it after its verdict turned to refused.
        """
        expires = int(time.time()) + LIFETIME
        held = self.held(request)
        # Behind a proxy that ends TLS the server sees http; the page's Origin says what it used.
        secure = request.secure or request.headers.get("Origin", "").startswith("https://")
        response.set_cookie(
            COOKIE,
            self.sign(verdict, expires, held and held.identity),
            max_age=LIFETIME,
            path="/",
            httponly=True,
            samesite="Strict",
            secure=secure or None,
        )

    def _signature(self, body: str) -> str:
        digest = hmac.new(self._key, body.encode(), hashlib.sha256).digest()
        return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


GATE = web.AppKey("gate", Gate)


def entry_state(request: web.Request) -> str:
    """What the page shows first: "off" (no gate here), "ask", "adult" or "refused"."""
    gate = request.app[GATE]
    if not gate.enabled:
        return "off"
    verdict = gate.verdict(request)
    return "ask" if verdict is None else str(verdict)


def require_adult(request: web.Request) -> str | None:
    """Before anything that can start a chat: 403 unless the gate is off or said adult.

    The identity in the adult's cookie (None with the gate off), for the session it opens.
    """
    gate = request.app[GATE]
    if not gate.enabled:
        return None
    held = gate.held(request)
    if held is None or held.verdict is not Verdict.ADULT:
        refusal = Rejected(Code.GATE_REQUIRED, "pass the entry gate on the home page first")
        raise web.HTTPForbidden(text=error_body(refusal).decode(), content_type="application/json")
    return held.identity


def today() -> datetime.date:
    return datetime.datetime.now(EARLIEST_ZONE).date()


def age_on(born: datetime.date, day: datetime.date) -> int:
    """Whole years from `born` to `day`; born on 29 February, a year older on 1 March."""
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))
