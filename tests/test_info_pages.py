"""The privacy, terms and about pages through a real server: each language, the strict headers,
times that follow the settings, and an operator's own pages that can replace nothing else."""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestClient
from markupsafe import escape

from strangerchat.app import create_app
from strangerchat.info_pages import PAGES, duration, template_for, translator
from strangerchat.pages import LANGUAGES, load_translations
from strangerchat.safety.headers import CONTENT_SECURITY_POLICY
from strangerchat.settings import Settings
from tests.conftest import suite_settings

STRINGS = load_translations()
HELPLINES = {
    "en": ["https://www.childline.org.uk/", "0800 1111", "1-800-422-4453"],
    "da": ["https://bornetelefonen.dk/", "116 111", "https://cyberhus.dk/"],
    "fr": ["https://www.allo119.gouv.fr/", "0 800 235 236", "https://www.filsantejeunes.com/"],
}
OPERATOR_PAGE = """{% extends "info.html" %}
{% block heading %}Our own privacy page{% endblock %}
{% block content %}<p>Run by Example ApS. Reports kept {{ report_retention }}.</p>{% endblock %}
"""


async def page_of(client: TestClient, path: str, language: str = "en") -> tuple[int, str]:
    response = await client.get(path, headers={"Accept-Language": language})
    assert response.headers["Content-Security-Policy"] == CONTENT_SECURITY_POLICY
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    return response.status, await response.text()


def gated(tmp_path: Path, **changes: Any) -> Settings:
    """The suite's settings with the entry gate on (its cookie is on the privacy page then)."""
    return dataclasses.replace(suite_settings(tmp_path, **changes), age_gate=True)


def visible_text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", PAGES)
async def test_each_page_is_in_the_visitor_s_language_with_the_strict_headers(
    client: TestClient, name: str, language: str
) -> None:
    status, html = await page_of(client, f"/{name}", language)
    assert status == 200
    assert f'<html lang="{language}">' in html
    title = escape(STRINGS[language][f"info.{name}.title"])
    assert f"<h1>{title}</h1>" in html
    assert "<script" not in html  # nothing the CSP would refuse, and nothing to run
    assert "style=" not in html
    assert not re.search(r"\{\w+\}", html), "a placeholder left unfilled"
    assert 'href="/"' in html  # the way back to the chat


async def test_a_language_picked_on_the_page_wins_over_the_browser_s(client: TestClient) -> None:
    response = await client.get("/terms", headers={"Accept-Language": "en", "Cookie": "lang=fr"})
    assert '<html lang="fr">' in await response.text()
    response = await client.get("/terms", headers={"Cookie": "lang=../../secret_key"})
    assert '<html lang="en">' in await response.text()


async def test_the_retention_times_follow_the_settings(aiohttp_client, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    default = await aiohttp_client(create_app(suite_settings(tmp_path / "a")))
    text = visible_text((await page_of(default, "/privacy"))[1])
    assert "for 90 days after the last decision" in text
    assert "for 5 minutes after it" in text
    assert "It lasts 1 day" not in text  # the gate is off in these settings: no gate cookie

    changed = gated(tmp_path / "b", report_retention=30 * 86400, evidence_retention=120)
    client = await aiohttp_client(create_app(changed))
    text = visible_text((await page_of(client, "/privacy"))[1])
    assert "for 30 days after the last decision" in text
    assert "for 2 minutes after it" in text
    assert "It lasts 1 day" in text
    danish = visible_text((await page_of(client, "/privacy", "da"))[1])
    assert "i 30 dage efter den seneste afgørelse" in danish


def test_durations_are_said_in_words_never_shorter_than_they_are() -> None:
    t = translator(STRINGS["en"])
    cases = {7_776_000: "90 days", 300: "5 minutes", 3600: "1 hour", 86400: "1 day"}
    cases |= {100_000: "28 hours", 90: "90 seconds", 0.5: "1 second", 150: "3 minutes"}
    assert {seconds: duration(seconds, t) for seconds in cases} == cases
    assert duration(7 * 86400, translator(STRINGS["fr"])) == "7 jours"


@pytest.mark.parametrize("language", LANGUAGES)
async def test_the_about_page_lists_the_helplines_of_its_language(
    client: TestClient, language: str
) -> None:
    html = (await page_of(client, "/about", language))[1]
    for fact in HELPLINES[language]:
        assert fact in html, (language, fact)
    for other in set(LANGUAGES) - {language}:
        assert HELPLINES[other][0] not in html
    assert 'id="helplines"' in html  # /terms links to it


async def test_the_chat_page_links_to_the_pages_and_has_the_helplines_for_a_refusal(
    aiohttp_client, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    client = await aiohttp_client(create_app(gated(tmp_path)))
    for language in LANGUAGES:
        html = (await page_of(client, "/", language))[1]
        for name in PAGES:
            label = STRINGS[language][f"info.nav.{name}"]
            assert f'href="/{name}"' in html
            assert f">{label}</a>" in html
        refusal = html[html.index('id="refused"') : html.index('id="chat"')]
        for fact in HELPLINES[language]:
            assert fact in refusal, (language, fact)
        # The chat page carries the strings its script uses, not the info pages' own words.
        embedded = json.loads(re.search(r'id="strings">(.*?)</script>', html, re.S)[1])  # type: ignore[index]
        assert "helpline.1.url" in embedded
        assert "info.nav.privacy" in embedded
        assert not any(key.startswith("info.privacy.") for key in embedded)


async def test_an_operator_s_pages_in_the_data_directory_replace_the_shipped_ones(
    aiohttp_client, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    settings = suite_settings(tmp_path)
    pages = Path(settings.data_dir) / "pages"
    pages.mkdir(parents=True)
    (pages / "privacy.html").write_text(OPERATOR_PAGE, "utf-8")
    (pages / "privacy.da.html").write_text("<p>Drevet af Eksempel ApS.</p>", "utf-8")
    client = await aiohttp_client(create_app(settings))

    status, html = await page_of(client, "/privacy", "en")
    assert status == 200
    assert "<h1>Our own privacy page</h1>" in html
    assert "Reports kept 90 days." in html
    assert '<html lang="en">' in html  # it extends the shipped layout
    assert "Run by Example ApS." in (await page_of(client, "/privacy", "fr"))[1]
    assert (await page_of(client, "/privacy", "da"))[1] == "<p>Drevet af Eksempel ApS.</p>"
    assert "Example ApS" not in (await page_of(client, "/terms", "en"))[1]

    (pages / "terms.fr.html").write_text("<p>Nos conditions.</p>", "utf-8")  # no restart needed
    assert (await page_of(client, "/terms", "fr"))[1] == "<p>Nos conditions.</p>"
    assert "Nos conditions" not in (await page_of(client, "/terms", "en"))[1]


async def test_nothing_else_in_the_data_directory_can_be_asked_for(
    aiohttp_client, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    settings = suite_settings(tmp_path, secret_key=None)
    pages = Path(settings.data_dir) / "pages"
    pages.mkdir(parents=True)
    (pages / "index.html").write_text("operator index", "utf-8")
    (pages / "base.html").write_text("operator base", "utf-8")
    (pages / "notes.html").write_text("operator notes", "utf-8")
    client = await aiohttp_client(create_app(settings))
    secret = (Path(settings.data_dir) / "secret_key").read_text().strip()
    assert len(secret) >= 32

    for path in [
        "/notes",
        "/pages/notes.html",
        "/operator/notes.html",
        "/privacy.html",
        "/privacy/../secret_key",
        "/%2e%2e/secret_key",
        "/privacy%2F..%2F..%2Fsecret_key",
        "/static/../data/secret_key",
        "/about?page=notes",
    ]:
        status, html = await page_of(client, path)
        assert secret not in html, path
        assert "operator" not in html, path
        assert status == 404 or path == "/about?page=notes", path
    # The operator's own base.html and index.html replace nothing: only the three pages can.
    assert "operator" not in (await page_of(client, "/"))[1]
    assert "operator" not in (await page_of(client, "/about"))[1]


@pytest.mark.parametrize(("name", "language"), [("../secret_key", "en"), ("privacy", "../x")])
def test_only_the_three_pages_in_the_three_languages_are_looked_for(
    tmp_path: Path, name: str, language: str
) -> None:
    with pytest.raises(ValueError, match="no such page"):
        template_for(name, language, str(tmp_path))
    assert template_for("privacy", "da", str(tmp_path)) == "privacy.html"
