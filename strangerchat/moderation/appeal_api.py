"""The restricted visitor's side of an appeal: send one, then look up its answer.

POST /api/appeals {"appeal": <the ref a banned/adults_only event carried>, "text": ...} gives a
receipt; GET /api/appeals/{receipt} says whether it is open, upheld or reversed, with the
moderator's reason. A reversed lockout also clears this browser's gate refusal (POST
/api/appeals/{receipt}/restore), so the visitor may answer the age question again.
"""

from __future__ import annotations

import logging
from typing import Annotated

import msgspec
from aiohttp import web

from strangerchat.appkeys import CHAT
from strangerchat.edge.errors import error_response
from strangerchat.errors import Code, Rejected
from strangerchat.safety.gate import COOKIE as GATE_COOKIE
from strangerchat.safety.origin import require_origin
from strangerchat.storage.database import DatabaseError
from strangerchat.storage.restrictions import LOCKOUT

log = logging.getLogger(__name__)

MAX_APPEAL = 1000  # characters: a short text, as the page's form says
NO_STORE = {"Cache-Control": "no-store"}
_REF = Annotated[str, msgspec.Meta(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")]


class AppealForm(msgspec.Struct, forbid_unknown_fields=True):
    appeal: _REF
    text: str


def add_routes(app: web.Application) -> None:
    app.router.add_post("/api/appeals", make_appeal)
    app.router.add_get("/api/appeals/{receipt}", appeal_status)
    app.router.add_post("/api/appeals/{receipt}/restore", restore_after_appeal)


async def make_appeal(request: web.Request) -> web.Response:
    chat = request.app[CHAT]
    require_origin(request, chat.settings)
    try:
        form = msgspec.json.decode(await request.read(), type=AppealForm)
    except (msgspec.DecodeError, msgspec.ValidationError) as exc:
        return _error(Rejected(Code.BAD_REQUEST, str(exc)))
    text = form.text.strip()
    if not text:
        return _error(Rejected(Code.APPEAL_EMPTY, "say in a few words why this is wrong"))
    if len(text) > MAX_APPEAL:
        return _error(Rejected(Code.APPEAL_TOO_LONG, f"at most {MAX_APPEAL} characters"))
    try:
        receipt = await chat.stores.records.appeals.add_against(form.appeal, text)
    except DatabaseError as exc:
        log.warning("an appeal could not be stored: %s", exc)
        return _error(Rejected(Code.APPEAL_FAILED, "the appeal could not be saved; try again"))
    if receipt is None:
        return _error(
            Rejected(Code.NO_SUCH_RESTRICTION, "nothing to appeal, or it was appealed already")
        )
    return web.json_response({"receipt": receipt}, status=201, headers=NO_STORE)


async def appeal_status(request: web.Request) -> web.Response:
    found = await _find(request)
    if isinstance(found, web.Response):
        return found
    status, answer, _ = found
    return web.json_response({"status": status, "answer": answer}, headers=NO_STORE)


async def restore_after_appeal(request: web.Request) -> web.Response:
    """Forget this browser's gate refusal once its lockout was reversed on appeal."""
    require_origin(request, request.app[CHAT].settings)
    found = await _find(request)
    if isinstance(found, web.Response):
        return found
    status, _, kind = found
    if status != "reversed" or kind != LOCKOUT:
        return _error(Rejected(Code.NOT_REVERSED, "only a reversed lockout is restored"))
    response = web.Response(status=204, headers=NO_STORE)
    response.del_cookie(GATE_COOKIE)
    return response


async def _find(request: web.Request) -> tuple[str, str | None, str | None] | web.Response:
    """(open/upheld/reversed, the moderator's reason, the restriction's kind), or an error."""
    records = request.app[CHAT].stores.records
    receipt = request.match_info["receipt"]
    try:
        appeal = await records.appeals.find(receipt) if len(receipt) <= 64 else None
        restriction = await records.appeals.restriction_of(receipt) if appeal else None
        record = await records.restrictions.find(restriction) if restriction else None
    except DatabaseError as exc:
        log.warning("an appeal could not be looked up: %s", exc)
        return _error(Rejected(Code.STORE_UNAVAILABLE, "try again soon"))
    if appeal is None:
        return _error(Rejected(Code.NO_SUCH_APPEAL, "there is no appeal with this receipt"))
    kind = record.kind if record is not None else None
    return appeal.outcome or "open", appeal.answer, kind


def _error(rejected: Rejected) -> web.Response:
    return error_response(rejected, headers=NO_STORE)
