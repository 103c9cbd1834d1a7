"""The privacy, terms and about pages, in the visitor's language.

An operator may put their own in `<data dir>/pages/`: `privacy.da.html` for one language,
`privacy.html` for every language. Only the three names below are ever looked for, so a request
can name no other file; the pages are Jinja2 templates like the shipped ones (see
docs/operations.md, "Your own privacy, terms and about pages").
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import aiohttp_jinja2
from aiohttp import web

from strangerchat.appsettings import SETTINGS
from strangerchat.pages import (
    LANGUAGES,
    OPERATOR_PAGES,
    OPERATOR_TEMPLATES,
    TRANSLATIONS,
    Strings,
    choose_language,
)
from strangerchat.safety.bans import BAN_STEPS, MINOR_LOCKOUT, STRIKE_MEMORY
from strangerchat.safety.blocks import BLOCK_SECONDS
from strangerchat.safety.evidence import EVIDENCE_LINES
from strangerchat.safety.gate import LIFETIME
from strangerchat.safety.iphash import DAY, KEPT_DAYS
from strangerchat.settings import Settings

PAGES = ("privacy", "terms", "about")
# Set by the page's script (web/static/js/i18n.js), which the server never sees do it.
LANGUAGE_COOKIE_DAYS = 365
# The largest unit first: a duration is said in the largest unit it is a whole number of.
UNITS = (("day", 86400), ("hour", 3600), ("minute", 60), ("second", 1))
PLACEHOLDER = re.compile(r"\{(\w+)\}")

Translate = Callable[..., str]


def translator(strings: Strings) -> Translate:
    """t("info.privacy.messages", minutes="5 minutes"): {name} filled in; a missing key fails."""

    def t(key: str, **values: object) -> str:
        return PLACEHOLDER.sub(lambda found: str(values.get(found[1], found[0])), strings[key])

    return t


def duration(seconds: float, t: Translate) -> str:
    """In words ("90 days", "5 minutes"): in the largest unit that says it exactly, else in the
    largest it spans twice, rounded up, so that a page never says less than is kept."""
    whole = max(1, math.ceil(seconds))
    exact = next((unit, size) for unit, size in UNITS if whole % size == 0)
    spanned = next((unit, size) for unit, size in UNITS if whole >= 2 * size or size == 1)
    unit, size = exact if exact[1] >= spanned[1] else spanned
    count = math.ceil(whole / size)
    return t(f"info.duration.{unit}.{'one' if count == 1 else 'other'}", count=count)


def page_context(settings: Settings, t: Translate) -> dict[str, Any]:
    """What the pages say that follows the settings and the code, so that they stay true."""
    first, second, third = (duration(step, t) for step in BAN_STEPS)
    return {
        "age_gate": settings.age_gate,
        "evidence_retention": duration(settings.evidence_retention, t),
        "evidence_lines": EVIDENCE_LINES,
        "report_retention": duration(settings.report_retention, t),
        "gate_lifetime": duration(LIFETIME, t),
        "language_cookie": duration(LANGUAGE_COOKIE_DAYS * DAY, t),
        "address_key": duration(KEPT_DAYS * DAY, t),
        "block_time": duration(BLOCK_SECONDS, t),
        "lockout_time": duration(MINOR_LOCKOUT, t),
        "standing_time": duration(STRIKE_MEMORY, t),
        "ban_steps": {"first": first, "second": second, "third": third},
    }


def template_for(name: str, language: str, data_dir: str) -> str:
    """The operator's page for this language, else theirs for every language, else ours."""
    if name not in PAGES or language not in LANGUAGES:
        raise ValueError(f"no such page: {name!r} in {language!r}")  # never a request's words
    folder = Path(data_dir) / OPERATOR_PAGES
    for candidate in (f"{name}.{language}.html", f"{name}.html"):
        if (folder / candidate).is_file():
            return f"{OPERATOR_TEMPLATES}/{candidate}"
    return f"{name}.html"


async def _render(request: web.Request, name: str) -> web.Response:
    settings = request.app[SETTINGS]
    translations = request.app[TRANSLATIONS]
    language = choose_language(request)
    t = translator(translations[language])
    context = {
        "lang": language,
        "t": t,
        "page": name,
        "languages": [(code, translations[code]["language.name"]) for code in LANGUAGES],
        **page_context(settings, t),
    }
    template = template_for(name, language, settings.data_dir)
    response = aiohttp_jinja2.render_template(template, request, context)
    response.headers["Vary"] = "Accept-Language, Cookie"
    response.headers["Cache-Control"] = "no-cache"
    return response


async def privacy(request: web.Request) -> web.Response:
    return await _render(request, "privacy")


async def terms(request: web.Request) -> web.Response:
    return await _render(request, "terms")


async def about(request: web.Request) -> web.Response:
    return await _render(request, "about")
