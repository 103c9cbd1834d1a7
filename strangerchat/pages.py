"""HTML pages in the visitor's language, and the health check."""

from __future__ import annotations

import asyncio
import json
import logging
from pathlib import Path

import aiohttp_jinja2
import jinja2
from aiohttp import web

from strangerchat.appkeys import CHAT
from strangerchat.appsettings import SETTINGS
from strangerchat.chat import Chat
from strangerchat.interests import MAX_INTEREST_LENGTH
from strangerchat.questions import MAX_QUESTION, MIN_QUESTION
from strangerchat.safety.gate import entry_state

log = logging.getLogger(__name__)

WEB_DIR = Path(__file__).resolve().parent.parent / "web"
I18N_DIR = WEB_DIR / "static" / "i18n"

LANGUAGES = ("en", "da", "fr")
DEFAULT_LANGUAGE = "en"
# Set by the page when a visitor picks a language, so that the next visit starts in it.
LANGUAGE_COOKIE = "lang"
# Seconds the page waits for the online count before it goes without one.
COUNT_TIMEOUT = 1.0

# An operator's own privacy, terms and about pages: `<data dir>/pages/`, named in templates
# as `operator/<file>` (info_pages.py picks which), so that they can replace nothing else.
OPERATOR_PAGES = "pages"
OPERATOR_TEMPLATES = "operator"
# The info pages' own words, which the chat page need not carry (its footer's links it does).
PAGE_ONLY_STRINGS = ("info.privacy.", "info.terms.", "info.about.", "info.duration.")

Strings = dict[str, str]
TRANSLATIONS: web.AppKey[dict[str, Strings]] = web.AppKey("translations")


def setup_templates(app: web.Application) -> None:
    """Jinja2 templates from web/templates, and every language's strings, read once."""
    operator = Path(app[SETTINGS].data_dir) / OPERATOR_PAGES
    loader = jinja2.ChoiceLoader(
        [
            jinja2.FileSystemLoader(WEB_DIR / "templates"),
            jinja2.PrefixLoader({OPERATOR_TEMPLATES: jinja2.FileSystemLoader(operator)}),
        ]
    )
    aiohttp_jinja2.setup(app, loader=loader, autoescape=True)
    app[TRANSLATIONS] = load_translations()


def load_translations(directory: Path = I18N_DIR) -> dict[str, Strings]:
    return {code: json.loads((directory / f"{code}.json").read_text("utf-8")) for code in LANGUAGES}


def choose_language(request: web.Request) -> str:
    """The language picked on the page before, else the browser's preference, else English."""
    chosen = request.cookies.get(LANGUAGE_COOKIE, "")
    if chosen in LANGUAGES:
        return chosen
    return from_accept_language(request.headers.get("Accept-Language", ""))


def from_accept_language(header: str) -> str:
    """The most wanted language we have: "fr-CA, da;q=0.9" gives "fr"; ties go to the first."""
    best, best_q = DEFAULT_LANGUAGE, 0.0
    for part in header.split(","):
        tag, _, params = part.partition(";")
        code = tag.strip().split("-")[0].lower()
        quality = 1.0
        params = params.strip()
        if params.startswith("q="):
            try:
                quality = float(params[2:])
            except ValueError:
                quality = 0.0
        if code in LANGUAGES and quality > best_q:
            best, best_q = code, quality
    return best


async def index(request: web.Request) -> web.Response:
    chat = request.app[CHAT]
    translations = request.app[TRANSLATIONS]
    language = choose_language(request)
    strings = translations[language]
    context = {
        "lang": language,
        "strings": {k: v for k, v in strings.items() if not k.startswith(PAGE_ONLY_STRINGS)},
        # A missing key fails loudly (KeyError) instead of rendering an empty label.
        "t": strings.__getitem__,
        "languages": [(code, translations[code]["language.name"]) for code in LANGUAGES],
        "online": await _online_count(chat),
        "max_interests": chat.settings.max_interests,
        "max_interest_length": MAX_INTEREST_LENGTH,
        "max_message_length": chat.settings.max_message_length,
        "min_question_length": MIN_QUESTION,
        "max_question_length": MAX_QUESTION,
        "gate": entry_state(request),
        "count_interval": chat.settings.count_interval,
    }
    response = aiohttp_jinja2.render_template("index.html", request, context)
    response.headers["Vary"] = "Accept-Language, Cookie"
    response.headers["Cache-Control"] = "no-cache"
    return response


async def _online_count(chat: Chat) -> int | None:
    """The count for the page, or None: the page must open even while the broker is away."""
    try:
        async with asyncio.timeout(COUNT_TIMEOUT):
            return await chat.broker.online_count()
    except Exception:
        log.warning("no online count for the page", exc_info=True)
        return None


async def online(request: web.Request) -> web.Response:
    """The online count for a page that has no session yet (the home page polls it)."""
    count = await _online_count(request.app[CHAT])
    if count is None:
        raise web.HTTPServiceUnavailable(text="no online count just now")
    response = web.json_response({"online": count})
    response.headers["Cache-Control"] = "no-store"
    return response
