"""The moderator console at /admin: server-rendered pages to work the queue, a case, appeals and
the audit log. Off (404) until a moderator account exists (`strangerchat moderators add NAME`).

Signed in with a cookie that only /admin receives (HttpOnly, SameSite=Strict); every POST
carries the sign-in's CSRF token and must come from this site's own pages (the Origin rule).
Sign-in failures lock the name and the address out for a while (storage/signins.py).
"""

from __future__ import annotations

import asyncio
import functools
import hmac
import logging
import secrets
import time
from typing import Any, NoReturn

import aiohttp_jinja2
import msgspec
from aiohttp import web
from aiohttp.typedefs import Handler

from strangerchat.appkeys import CHAT
from strangerchat.errors import store_unavailable
from strangerchat.moderation.accounts import NAME
from strangerchat.moderation.actions import ActionError, Moderation
from strangerchat.moderation.passwords import hash_password, verify_password
from strangerchat.safety.iphash import client_address
from strangerchat.safety.origin import origin_allowed
from strangerchat.storage.appeals import OUTCOMES
from strangerchat.storage.cases import Case
from strangerchat.storage.database import DatabaseError
from strangerchat.storage.records import ModerationStore
from strangerchat.storage.signins import SIGN_IN_LIFETIME, SignIn

log = logging.getLogger(__name__)

COOKIE = "console"
PREFIX = "/admin"
# With no-referrer (the chat's policy) a browser sends `Origin: null` with a form's POST, which
# the Origin rule refuses; the console's pages link nowhere else, so same-origin costs nothing.
PAGE_HEADERS = {"Cache-Control": "no-store", "Referrer-Policy": "same-origin"}
# What a timed ban may last, as the case page offers it: label, seconds.
BAN_LENGTHS = {"1h": 3600, "24h": 86400, "7d": 7 * 86400, "30d": 30 * 86400}
AUDIT_PAGE = 100

MODERATION = web.AppKey("moderation", Moderation)


def add_routes(app: web.Application) -> None:
    """After the templates are set up (pages.setup_templates)."""
    chat = app[CHAT]
    app[MODERATION] = Moderation(chat.stores.records, chat.bans)
    filters = aiohttp_jinja2.get_env(app).filters
    filters["when"] = when
    filters["visible"] = visible
    routes = [
        ("GET", "", queue_page),
        ("GET", "/sign-in", sign_in_page),
        ("POST", "/sign-in", sign_in),
        ("POST", "/sign-out", sign_out),
        ("GET", "/cases/{receipt}", case_page),
        ("GET", "/cases/{receipt}/export.json", export_json),
        ("GET", "/cases/{receipt}/export", export_page),
        ("POST", "/cases/{receipt}", act_on_case),
        ("POST", "/restrictions/{ref}/lift", lift),
        ("GET", "/appeals", appeals_page),
        ("POST", "/appeals/{appeal}", answer_appeal),
        ("GET", "/audit", audit_page),
    ]
    for method, path, handler in routes:
        app.router.add_route(method, PREFIX + path, _database_answers(handler))


def _database_answers(handler: Handler) -> Handler:
    """A database that fails or is slow is a 503 page for the moderator, not a traceback."""

    @functools.wraps(handler)
    async def answered(request: web.Request) -> web.StreamResponse:
        try:
            return await handler(request)
        except DatabaseError as exc:
            log.warning("the console could not reach the moderation database: %s", exc)
            raise web.HTTPServiceUnavailable(
                text="The moderation database did not answer: try again."
            ) from None
        except Exception as exc:
            if not store_unavailable(exc):
                raise
            # Redis, which keeps the standings, failed after the record was written.
            log.warning("the console could not reach Redis: %s", exc)
            raise web.HTTPServiceUnavailable(
                text="Recorded, but Redis did not answer, so it may not be in force yet:"
                " lift it and take the action again once Redis is back."
            ) from None

    return answered


def when(at: float | None) -> str:
    """A time as moderators read it: UTC, to the second."""
    return "" if at is None else time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime(at))


def visible(text: str) -> str:
    """The text with what does not print (NUL, zero-width, line breaks) spelled out, so a
    moderator sees exactly what was sent; the plain text is shown beside it."""
    return "".join(c if c.isprintable() else f"\\u{ord(c):04x}" for c in text)


def _records(request: web.Request) -> ModerationStore:
    return request.app[CHAT].stores.records


async def _console_on(request: web.Request) -> None:
    """404 while there is no moderator account: the console is not there at all."""
    if not await _records(request).accounts.names():
        raise web.HTTPNotFound()


async def _signed_in(request: web.Request) -> SignIn:
    """The moderator this request comes from; to the sign-in page if none."""
    await _console_on(request)
    token = request.cookies.get(COOKIE)
    found = await _records(request).sign_ins.find(token) if token else None
    if found is None:
        raise web.HTTPSeeOther(f"{PREFIX}/sign-in")
    return found


async def _checked_post(request: web.Request) -> tuple[SignIn, dict[str, str]]:
    """A signed-in moderator's form, from our own page, with that sign-in's CSRF token."""
    who = await _signed_in(request)
    form = {key: value for key, value in (await request.post()).items() if isinstance(value, str)}
    # As bytes: compare_digest refuses a str that is not ASCII, and a form may hold anything.
    sent = form.get("csrf", "").encode()
    if not origin_allowed(request, request.app[CHAT].settings) or not hmac.compare_digest(
        sent, who.csrf.encode()
    ):
        raise web.HTTPForbidden(text="This form is stale or came from another site: reload it.")
    return who, form


def _render(
    request: web.Request, template: str, who: SignIn | None, **context: Any
) -> web.Response:
    response = aiohttp_jinja2.render_template(
        f"admin/{template}", request, {"who": who, "prefix": PREFIX, **context}
    )
    response.headers.update(PAGE_HEADERS)
    return response


async def queue_page(request: web.Request) -> web.Response:
    who = await _signed_in(request)
    records = _records(request)
    return _render(
        request,
        "queue.html",
        who,
        cases=await records.queue(),
        open_count=await records.open_count(),
        appeals=await records.appeals.waiting(),
        now=time.time(),
    )


async def sign_in_page(request: web.Request) -> web.Response:
    await _console_on(request)
    return _render(request, "signin.html", None, problem=None)


async def sign_in(request: web.Request) -> web.Response:
    await _console_on(request)
    records = _records(request)
    if not origin_allowed(request, request.app[CHAT].settings):
        raise web.HTTPForbidden(text="Sign in from this site's own page.")
    form = await request.post()
    name, password = str(form.get("name", "")), str(form.get("password", ""))
    address = request.app[CHAT].limits.addresses.hash(client_address(request))
    subjects = [f"name:{name[:64]}", f"address:{address}"]
    locked = await records.sign_ins.attempt(subjects)
    if locked is not None:
        minutes = max(1, round((locked - time.time()) / 60))
        problem = f"Too many failed sign-ins: try again in {minutes} minutes."
        response = _render(request, "signin.html", None, problem=problem)
        response.set_status(429)
        return response
    if await _password_matches(records, name if NAME.fullmatch(name) else None, password):
        await records.sign_ins.succeeded(subjects)
        token, _ = await records.sign_ins.start(name)
        response = web.HTTPSeeOther(PREFIX)
        response.set_cookie(
            COOKIE,
            token,
            max_age=int(SIGN_IN_LIFETIME),
            path=PREFIX,
            httponly=True,
            samesite="Strict",
            secure=request.secure
            or request.headers.get("Origin", "").startswith("https://")
            or None,
        )
        raise response
    await records.sign_ins.failed(name if NAME.fullmatch(name) else "?")
    response = _render(request, "signin.html", None, problem="That name and password do not match.")
    response.set_status(401)
    return response


async def _password_matches(records: ModerationStore, name: str | None, password: str) -> bool:
    """Hashing runs off the event loop; a name that is not an account's is checked against a
    decoy, so that the answer takes as long and says nothing of which names exist."""
    stored = await records.accounts.password_hash(name) if name is not None else None
    if stored is None:
        await asyncio.to_thread(verify_password, password, await asyncio.to_thread(_decoy))
        return False
    return await asyncio.to_thread(verify_password, password, stored)


@functools.cache
def _decoy() -> str:
    return hash_password(secrets.token_urlsafe(16))


async def sign_out(request: web.Request) -> NoReturn:
    who, _ = await _checked_post(request)
    token = request.cookies.get(COOKIE, "")
    await _records(request).sign_ins.end(token, who.moderator)
    response = web.HTTPSeeOther(f"{PREFIX}/sign-in")
    response.del_cookie(COOKIE, path=PREFIX)
    raise response


async def _case(request: web.Request, who: SignIn) -> Case:
    """The case named in the path; opening it is in the audit log under the moderator."""
    receipt = request.match_info["receipt"]
    case = await _records(request).open_case(receipt, who.moderator) if len(receipt) <= 64 else None
    if case is None:
        raise web.HTTPNotFound(text="There is no such case (it may have been purged).")
    return case


async def case_page(request: web.Request, problem: str | None = None) -> web.Response:
    who = await _signed_in(request)
    case = await _case(request, who)
    records = _records(request)
    report = case.report
    history = await records.history(report.reported_ip) if report.reported_ip else []
    earlier = [one for one in history if one.receipt != report.receipt]
    restrictions = await records.restrictions.on_cases([one.receipt for one in history])
    mine = [r for r in restrictions if r.receipt == report.receipt]
    response = _render(
        request,
        "case.html",
        who,
        case=case,
        report=report,
        earlier=earlier,
        restrictions=restrictions,
        mine=mine,
        ban_lengths=list(BAN_LENGTHS),
        problem=problem,
        now=time.time(),
    )
    if problem:
        response.set_status(400)
    return response


async def act_on_case(request: web.Request) -> web.StreamResponse:
    who, form = await _checked_post(request)
    receipt = request.match_info["receipt"]
    moderation = request.app[MODERATION]
    action, reason = form.get("action", ""), form.get("reason", "")
    try:
        if action == "ban":
            if form.get("length") not in BAN_LENGTHS:
                raise ActionError("pick how long the ban lasts")
            case = await _case(request, who)
            await moderation.ban(case, who.moderator, reason, BAN_LENGTHS[form["length"]])
        elif action == "ban_for_good":
            case = await _case(request, who)
            await moderation.ban(case, who.moderator, reason, None)
        elif action == "dismiss":
            await moderation.dismiss(receipt, who.moderator, reason)
        elif action == "refer":
            await moderation.refer(receipt, who.moderator, reason)
        elif action == "note":
            await moderation.note(receipt, who.moderator, reason)
        else:
            raise ActionError("unknown action")
    except ActionError as problem:
        return await case_page(request, problem=str(problem))
    raise web.HTTPSeeOther(f"{PREFIX}/cases/{receipt}")


async def lift(request: web.Request) -> NoReturn:
    who, form = await _checked_post(request)
    try:
        record = await request.app[MODERATION].lift(
            request.match_info["ref"], who.moderator, form.get("reason", "")
        )
    except ActionError as problem:
        raise web.HTTPBadRequest(text=f"{problem}. Go back and try again.") from None
    back = f"{PREFIX}/cases/{record.receipt}" if record.receipt else f"{PREFIX}/appeals"
    raise web.HTTPSeeOther(back)


async def appeals_page(request: web.Request, problem: str | None = None) -> web.Response:
    who = await _signed_in(request)
    records = _records(request)
    appeals = await records.appeals.open_appeals()
    against = {}
    for appeal in appeals:
        if appeal.restriction is not None:
            against[appeal.appeal] = await records.restrictions.find(appeal.restriction)
    response = _render(
        request,
        "appeals.html",
        who,
        appeals=appeals,
        against=against,
        outcomes=sorted(OUTCOMES),
        problem=problem,
    )
    if problem:
        response.set_status(400)
    return response


async def answer_appeal(request: web.Request) -> web.StreamResponse:
    who, form = await _checked_post(request)
    outcome = form.get("outcome", "")
    try:
        if outcome not in OUTCOMES:
            raise ActionError("pick uphold or reverse")
        await request.app[MODERATION].answer_appeal(
            request.match_info["appeal"], who.moderator, outcome, form.get("reason", "")
        )
    except ActionError as problem:
        return await appeals_page(request, problem=str(problem))
    raise web.HTTPSeeOther(f"{PREFIX}/appeals")


async def audit_page(request: web.Request) -> web.Response:
    who = await _signed_in(request)
    try:
        offset = max(0, int(request.query.get("offset", "0")))
    except ValueError:
        offset = 0
    entries = await _records(request).audit_log(AUDIT_PAGE, offset)
    return _render(request, "audit.html", who, entries=entries, offset=offset, page=AUDIT_PAGE)


async def export_json(request: web.Request) -> web.Response:
    who = await _signed_in(request)
    case = await _case(request, who)
    exported = await request.app[MODERATION].export(case, who.moderator)
    name = f"case-{case.report.receipt}.json"
    return web.Response(
        body=msgspec.json.format(msgspec.json.encode(exported), indent=2),
        content_type="application/json",
        headers={**PAGE_HEADERS, "Content-Disposition": f'attachment; filename="{name}"'},
    )


async def export_page(request: web.Request) -> web.Response:
    who = await _signed_in(request)
    case = await _case(request, who)
    exported = await request.app[MODERATION].export(case, who.moderator)
    return _render(request, "export.html", who, exported=exported)
