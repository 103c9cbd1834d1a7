"""GET /transparency and /transparency.json: the moderation figures per month (the EU Digital
Services Act's Article 15 report, in its spirit), and what is kept for how long.

The figures are counted at most once per CACHE_SECONDS, however many ask, so the page cannot be
used to load the moderation database; a database that fails is asked again only after
RETRY_SECONDS, and meanwhile the page says that the figures cannot be read (503).
"""

from __future__ import annotations

import asyncio
import datetime
import time
from collections.abc import Callable

import aiohttp_jinja2
import msgspec
from aiohttp import web

from strangerchat.appkeys import CHAT
from strangerchat.errors import Code, Rejected
from strangerchat.moderation.actions import REFERRAL_HOLD
from strangerchat.pages import TRANSLATIONS, Strings, choose_language
from strangerchat.protocol import error_body
from strangerchat.safety.evidence import EVIDENCE_LINES
from strangerchat.safety.iphash import KEPT_DAYS
from strangerchat.settings import Settings
from strangerchat.storage.database import DatabaseError
from strangerchat.storage.transparency import (
    BAN_BUCKETS,
    CATEGORIES,
    DECISIONS,
    OTHER,
    RESTRICTIONS,
    Figures,
    Month,
    Transparency,
)

CACHE_SECONDS = 300.0
RETRY_SECONDS = 30.0
DAY = 86400.0


class Retention(msgspec.Struct):
    """What is stored for how long, in seconds."""

    evidence_lines: int  # a chat's last messages, kept in case it is reported
    evidence_seconds: float  # after the chat ends; then gone unless reported
    decided_case_seconds: float  # a report with its transcript, decisions and appeals
    legal_hold_seconds: float  # the longest a hold keeps a case past that
    address_hash_seconds: float  # addresses are kept only as hashes under a daily key


class Published(msgspec.Struct):
    """The JSON form: the same counts the page shows."""

    generated_at: float
    months: list[Month]  # newest first
    retention: Retention


class FiguresCache:
    """The last figures, counted again once they are CACHE_SECONDS old; one count at a time."""

    def __init__(self, transparency: Transparency, clock: Callable[[], float] = time.monotonic):
        self._transparency = transparency
        self._clock = clock
        self._lock = asyncio.Lock()
        self._figures: Figures | None = None
        self._counted_at = 0.0
        self._failed_at: float | None = None

    async def figures(self) -> Figures:
        """DatabaseError when the database failed just now (asked again after RETRY_SECONDS)."""
        async with self._lock:
            now = self._clock()
            if self._figures is not None and now - self._counted_at < CACHE_SECONDS:
                return self._figures
            if self._failed_at is not None and now - self._failed_at < RETRY_SECONDS:
                raise DatabaseError("the moderation database failed a moment ago")
            try:
                self._figures = await self._transparency.figures()
            except DatabaseError:
                self._failed_at = now
                raise
            self._counted_at, self._failed_at = now, None
            return self._figures


FIGURES: web.AppKey[FiguresCache] = web.AppKey("transparency_figures", FiguresCache)


def add_routes(app: web.Application) -> None:
    chat = app[CHAT]
    transparency = Transparency(chat.stores.records.database, chat.settings.report_retention)
    app[FIGURES] = FiguresCache(transparency)
    app.router.add_get("/transparency", transparency_page)
    app.router.add_get("/transparency.json", transparency_json)


def retention(settings: Settings) -> Retention:
    return Retention(
        evidence_lines=EVIDENCE_LINES,
        evidence_seconds=settings.evidence_retention,
        decided_case_seconds=settings.report_retention,
        legal_hold_seconds=REFERRAL_HOLD,
        address_hash_seconds=KEPT_DAYS * DAY,
    )


async def transparency_page(request: web.Request) -> web.Response:
    language = choose_language(request)
    strings = request.app[TRANSLATIONS][language]
    figures: Figures | None
    try:
        figures = await request.app[FIGURES].figures()
    except DatabaseError:
        figures = None
    context = {
        "lang": language,
        "t": strings.__getitem__,  # a missing key fails loudly, as on the chat page
        "figures": figures,
        "number": _number_format(strings),
        "month_name": _month_names(strings),
        "counted_at": _counted_at(figures),
        "categories": CATEGORIES,
        "decisions": (*DECISIONS, OTHER),
        "restrictions": (*RESTRICTIONS, OTHER),
        "ban_lengths": BAN_BUCKETS,
        "kept": _kept(strings, retention(request.app[CHAT].settings)),
    }
    response = aiohttp_jinja2.render_template("transparency.html", request, context)
    response.headers["Vary"] = "Accept-Language, Cookie"
    if figures is None:
        response.set_status(503)
        response.headers["Retry-After"] = str(int(RETRY_SECONDS))
        response.headers["Cache-Control"] = "no-store"
    else:
        response.headers["Cache-Control"] = f"max-age={int(CACHE_SECONDS)}"
    return response


async def transparency_json(request: web.Request) -> web.Response:
    try:
        figures = await request.app[FIGURES].figures()
    except DatabaseError:
        rejected = Rejected(Code.STORE_UNAVAILABLE, "the figures cannot be read just now")
        return web.Response(
            status=rejected.status,
            body=error_body(rejected),
            content_type="application/json",
            headers={"Retry-After": str(int(RETRY_SECONDS)), "Cache-Control": "no-store"},
        )
    published = Published(
        generated_at=figures.generated_at,
        months=figures.months,
        retention=retention(request.app[CHAT].settings),
    )
    return web.Response(
        body=msgspec.json.encode(published),
        content_type="application/json",
        headers={"Cache-Control": f"max-age={int(CACHE_SECONDS)}"},
    )


def _number_format(strings: Strings) -> Callable[[float], str]:
    """Hours with one decimal, in the language's own decimal mark."""
    mark = strings["transparency.decimalMark"]

    def number(value: float) -> str:
        return f"{value:.1f}".replace(".", mark)

    return number


def _month_names(strings: Strings) -> Callable[[str], str]:
    """ "2027-03" as "March 2027", in the language's words."""
    names = strings["transparency.monthNames"].split(",")

    def month_name(month: str) -> str:
        year, number = month.split("-")
        return f"{names[int(number) - 1]} {year}"

    return month_name


def _counted_at(figures: Figures | None) -> str:
    if figures is None:
        return ""
    at = datetime.datetime.fromtimestamp(figures.generated_at, datetime.UTC)
    return at.strftime("%Y-%m-%d %H:%M UTC")


def _kept(strings: Strings, kept: Retention) -> list[tuple[str, str]]:
    """(what, for how long) for the page, the durations in the language's words."""
    return [
        (
            strings["transparency.keptEvidence"].replace("{lines}", str(kept.evidence_lines)),
            _duration(strings, kept.evidence_seconds),
        ),
        (strings["transparency.keptCase"], _duration(strings, kept.decided_case_seconds)),
        (strings["transparency.keptHold"], _duration(strings, kept.legal_hold_seconds)),
        (strings["transparency.keptAddress"], _duration(strings, kept.address_hash_seconds)),
        (strings["transparency.keptAudit"], strings["transparency.keptAuditFor"]),
    ]


def _duration(strings: Strings, seconds: float) -> str:
    for unit, size in (("days", DAY), ("hours", 3600.0), ("minutes", 60.0)):
        if seconds >= size:
            amount = f"{round(seconds / size, 1):g}".replace(
                ".", strings["transparency.decimalMark"]
            )
            return strings[f"transparency.{unit}"].replace("{n}", amount)
    return strings["transparency.seconds"].replace("{n}", f"{seconds:g}")
