"""English, Danish and French: chosen from Accept-Language, switchable, and complete."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from aiohttp import web
from playwright.async_api import Page, expect

from strangerchat.appkeys import CHAT
from strangerchat.pages import LANGUAGES, from_accept_language
from tests.browser.helpers import expect_line, matched, say, start

WEB = Path(__file__).resolve().parents[2] / "web"
STRINGS = {code: json.loads((WEB / f"static/i18n/{code}.json").read_text()) for code in LANGUAGES}


def test_every_language_has_every_key_the_page_uses() -> None:
    used = set()
    for template in (WEB / "templates").glob("*.html"):
        text = template.read_text()
        used |= set(re.findall(r'data-i18n(?:-label)?="([^"]+)"', text))
        used |= set(re.findall(r"""t\(["']([^"']+)["']\)""", text))
    for script in (WEB / "static/js").glob("*.js"):
        used |= set(re.findall(r'\bt\("([^"]+)"', script.read_text()))
    assert len(used) > 30
    for code, strings in STRINGS.items():
        assert set(strings) == set(STRINGS["en"]), code
        assert used <= set(strings), (code, used - set(strings))
        assert all(value.strip() for value in strings.values()), code


@pytest.mark.parametrize(
    ("header", "language"),
    [
        ("da-DK,da;q=0.9,en;q=0.8", "da"),
        ("fr-CA", "fr"),
        ("de-DE, fr;q=0.5, da;q=0.7", "da"),
        ("de, *;q=0.5", "en"),
        ("", "en"),
        ("da;q=nonsense, fr;q=0.1", "fr"),
    ],
)
def test_accept_language_picks_the_most_wanted_language_we_have(header, language) -> None:
    assert from_accept_language(header) == language


async def rendered_as(page: Page, code: str) -> None:
    """Every marked element carries its string in this language, and nothing is missing."""
    strings = STRINGS[code]
    await expect(page.locator("html")).to_have_attribute("lang", code)  # a switch takes a fetch
    marked = await page.eval_on_selector_all(
        "[data-i18n]", "els => els.map(e => [e.dataset.i18n, e.textContent])"
    )
    assert marked
    assert all(strings[key] == text for key, text in marked), marked
    labels = await page.eval_on_selector_all(
        "[data-i18n-label]",
        "els => els.map(e => [e.dataset.i18nLabel, e.getAttribute('aria-label')])",
    )
    assert labels
    assert all(strings[key] == label for key, label in labels), labels
    count = await page.get_attribute("#online", "data-count")
    forms = {strings[f"online.{form}"].replace("{count}", str(count)) for form in ("one", "other")}
    assert await page.text_content("#online") in forms
    assert await page.title() == strings["site.name"]


async def test_danish_and_french_strangers_each_see_their_own_language(
    visitor, app: web.Application
) -> None:
    dane = await visitor(locale="da-DK")
    french = await visitor(locale="fr-FR")
    await rendered_as(dane.page, "da")
    await rendered_as(french.page, "fr")

    await start(dane, "musik", "film")
    await start(french, "film", "musik")
    await matched(dane, french)
    languages = {session.language for session in app[CHAT].broker.local_sessions()}
    assert languages == {"da", "fr"}  # sent as `language` in the start frame

    await expect_line(dane.page, "Du chatter nu med en tilfældig fremmed. Sig hej!")
    await expect_line(dane.page, "I kan begge lide film og musik.")
    await expect_line(french.page, "Vous aimez tous les deux\u00a0: film et musik.")
    await say(dane.page, "hej")
    await expect_line(french.page, "Inconnu\u00a0: hej")
    await expect_line(dane.page, "Dig: hej")
    await dane.page.keyboard.press("Escape")
    await expect(dane.page.locator("#stop")).to_have_text("Sikker?")
    await dane.page.keyboard.press("Escape")
    await expect_line(dane.page, "Du har forladt chatten.")
    await expect_line(french.page, "L'inconnu s'est déconnecté.")
    await expect(french.page.locator("#stop")).to_have_text("Nouveau")
    await expect(french.page.get_by_role("button", name="Belle discussion")).to_be_visible()


async def test_two_danes_are_told_they_both_speak_danish(visitor) -> None:
    dane, other_dane = await visitor(locale="da-DK"), await visitor(locale="da-DK")
    await start(dane)
    await start(other_dane)
    await matched(dane, other_dane)
    for one in (dane, other_dane):
        await expect_line(one.page, "I taler begge dansk.")


async def test_switching_language_relabels_the_page_and_is_remembered(visitor) -> None:
    one = await visitor(locale="en-GB")
    await rendered_as(one.page, "en")
    await one.page.locator("#interest-input").press_sequentially("jazz,")
    await one.page.select_option("#language", "fr")
    await rendered_as(one.page, "fr")
    await expect(one.page.get_by_role("button", name="Retirer jazz")).to_be_visible()

    await one.page.reload()
    await one.page.wait_for_selector("#page[data-ready]", state="attached")
    await rendered_as(one.page, "fr")
    await one.page.select_option("#language", "da")
    await rendered_as(one.page, "da")
