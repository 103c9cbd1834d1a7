"""The way in: GET /challenge hands out a proof of work; POST /gate takes the date of birth.

GET /gate says what the cookie holds, {"verdict": "adult", "refused" or null}: a page opened from
another site's link was rendered without the cookie (SameSite=Strict), and asks here.

POST /gate takes a form or JSON: `day`, `month`, `year`, `accept` (the rules) and `pow` (a
solved challenge). It answers {"verdict": "adult"} or {"verdict": "refused"} with the signed
cookie, or an error: 400 for a bad form, 403 for a proof of work that is wrong, old or used.
"""

from __future__ import annotations

import datetime
import logging
import time
from typing import Annotated

import msgspec
from aiohttp import web

from strangerchat.appkeys import CHAT
from strangerchat.edge.challenge_limit import CHALLENGE_LIMIT, ChallengeLimit, make_challenge
from strangerchat.edge.errors import error_response
from strangerchat.errors import Code, Rejected
from strangerchat.protocol import POW_CEILING
from strangerchat.safety.gate import ADULT_AGE, GATE, Gate, Verdict, age_on, today
from strangerchat.safety.iphash import client_address
from strangerchat.safety.origin import require_origin
from strangerchat.safety.pow import POW, PROBLEMS
from strangerchat.settings import Settings

log = logging.getLogger(__name__)

FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")
CHECKBOX_ON = ("on", "true", "1", "yes")
NO_STORE = {"Cache-Control": "no-store"}


class GateAnswer(msgspec.Struct, forbid_unknown_fields=True):
    day: Annotated[int, msgspec.Meta(ge=1, le=31)]
    month: Annotated[int, msgspec.Meta(ge=1, le=12)]
    year: Annotated[int, msgspec.Meta(ge=1900, le=9999)]
    accept: bool
    pow: Annotated[str, msgspec.Meta(max_length=POW_CEILING)]


def setup(app: web.Application, settings: Settings) -> None:
    app[GATE] = Gate(app[CHAT].secret, enabled=settings.age_gate)
    app[POW] = app[CHAT].challenges.pow  # one set of spent answers for the gate and chats
    app[CHALLENGE_LIMIT] = ChallengeLimit(app[CHAT].limits.trusts, time.monotonic)
    app.router.add_get("/challenge", challenge)
    if settings.age_gate:
        app.router.add_get("/gate", current_verdict)
        app.router.add_post("/gate", answer_gate)
        app.router.add_post("/gate/lockout", lock_out)
        if settings.secret_key is None and settings.redis_url is not None:
            app.on_startup.append(_warn_about_unshared_key)


async def _warn_about_unshared_key(app: web.Application) -> None:
    log.warning(
        "no STRANGERCHAT_SECRET_KEY with Redis: this process signs gate cookies with the key"
        " in its own data directory, so other processes refuse them; give every process one"
        " configured key"
    )


async def challenge(request: web.Request) -> web.Response:
    made = await make_challenge(
        request.app[CHALLENGE_LIMIT], request.app[POW], client_address(request)
    )
    return web.json_response(made, headers=NO_STORE)


async def current_verdict(request: web.Request) -> web.Response:
    return web.json_response({"verdict": request.app[GATE].verdict(request)}, headers=NO_STORE)


async def answer_gate(request: web.Request) -> web.Response:
    require_origin(request, request.app[CHAT].settings)
    try:
        answer = await _read_answer(request)
        born = _birth_date(answer)
        problem = request.app[POW].redeem(answer.pow)
    except Rejected as rejected:
        return _error(rejected.status, rejected)
    if problem is not None:  # the gate refuses entry (403), unlike a start frame's bad proof (400)
        return _error(403, Rejected(problem, PROBLEMS[problem]))
    return _decide(request, born)


async def lock_out(request: web.Request) -> web.Response:
    """The page asks for this after the chat heard its visitor say they are under 18.

    It can only ever refuse, so it needs no proof; the Origin check keeps other sites out.
    """
    require_origin(request, request.app[CHAT].settings)
    response = web.Response(status=204, headers=NO_STORE)
    request.app[GATE].give(response, request, Verdict.REFUSED)
    return response


def _decide(request: web.Request, born: datetime.date) -> web.Response:
    """A refusal stands for its 24 hours whatever date comes next; otherwise the age decides."""
    gate = request.app[GATE]
    if gate.verdict(request) is Verdict.REFUSED:
        return web.json_response({"verdict": Verdict.REFUSED}, headers=NO_STORE)
    verdict = Verdict.ADULT if age_on(born, today()) >= ADULT_AGE else Verdict.REFUSED
    response = web.json_response({"verdict": verdict}, headers=NO_STORE)
    gate.give(response, request, verdict)
    return response


async def _read_answer(request: web.Request) -> GateAnswer:
    try:
        if request.content_type in FORM_TYPES:
            form = await request.post()
            fields: dict[str, object] = {k: v for k, v in form.items() if isinstance(v, str)}
            fields["accept"] = str(fields.get("accept", "")).lower() in CHECKBOX_ON
            return msgspec.convert(fields, GateAnswer, strict=False)
        return msgspec.json.decode(await request.read(), type=GateAnswer)
    except (msgspec.DecodeError, msgspec.ValidationError, ValueError) as exc:
        raise Rejected(Code.BAD_REQUEST, str(exc)) from None


def _birth_date(answer: GateAnswer) -> datetime.date:
    if not answer.accept:
        raise Rejected(Code.RULES_NOT_ACCEPTED, "accept the rules to go on")
    try:
        born = datetime.date(answer.year, answer.month, answer.day)
    except ValueError:
        raise Rejected(Code.BAD_DATE, "that day does not exist") from None
    if born > today():
        raise Rejected(Code.BAD_DATE, "that day has not come yet")
    return born


def _error(status: int, rejected: Rejected) -> web.Response:
    return error_response(rejected, status, NO_STORE)
