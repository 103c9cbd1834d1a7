"""The info pages and the helplines in a real browser: the footer's links in each language, the
pages pass axe-core, and whoever is told strangerchat is for adults only sees where to get help."""

from __future__ import annotations

import datetime

import pytest
from playwright.async_api import Page, expect

from tests.browser.helpers import OpenPage, chat_pair, expect_line, say
from tests.browser.test_gate import GATED, axe_in_both_themes, born_years_ago, pass_gate

ADULTS_ONLY = "strangerchat is for adults only"


async def give_birth_date(page: Page, born: datetime.date) -> None:
    """The gate by its fields, whatever language it is in."""
    await page.fill("#birth-day", str(born.day))
    await page.fill("#birth-month", str(born.month))
    await page.fill("#birth-year", str(born.year))
    await page.check("#accept-rules")
    await page.click("#gate-continue")


async def test_the_footer_links_lead_to_each_page_and_back_in_the_chosen_language(
    visitor: OpenPage,
) -> None:
    one = await visitor()
    page = one.page
    footer = page.locator("footer")
    for label, path, heading in [
        ("Privacy", "/privacy", "Privacy"),
        ("Terms", "/terms", "Terms of use"),
        ("About", "/about", "About strangerchat"),
    ]:
        await footer.get_by_role("link", name=label).click()
        await expect(page).to_have_url(one.url.rstrip("/") + path)
        await expect(page.get_by_role("heading", level=1)).to_have_text(heading)
        await expect(footer.get_by_role("link", name=label)).to_have_attribute(
            "aria-current", "page"
        )
    await axe_in_both_themes(page, "the about page")
    await footer.get_by_role("link", name="Back to the chat").click()
    await expect(page.locator("#start")).to_be_visible()

    await page.select_option("#language", "da")  # relabels the footer, and is remembered
    await footer.get_by_role("link", name="Privatliv").click()
    await expect(page.locator("html")).to_have_attribute("lang", "da")
    await expect(page.get_by_role("heading", level=1)).to_have_text("Privatliv")
    await expect(page.locator("main")).to_contain_text("i 5 minutter efter")
    await axe_in_both_themes(page, "the Danish privacy page")


@pytest.mark.parametrize("settings", [GATED], indirect=True)
async def test_the_trip_wire_s_lockout_shows_where_young_people_can_get_help(
    visitor: OpenPage,
) -> None:
    alice, bob = await visitor(), await visitor()
    for one in (alice, bob):
        await pass_gate(one)
    await chat_pair(alice, bob)
    await say(alice.page, "im 15 btw")
    refusal = alice.page.locator("#refused")
    await expect(refusal.get_by_role("heading", name=ADULTS_ONLY)).to_be_visible()
    childline = refusal.get_by_role("link", name="Childline (UK)")
    await expect(childline).to_be_visible()
    await expect(childline).to_have_attribute("href", "https://www.childline.org.uk/")
    await expect(refusal).to_contain_text("0800 1111")
    await expect(refusal.get_by_role("link", name="Child Helpline International")).to_be_visible()
    await axe_in_both_themes(alice.page, "the lockout with its helplines")


@pytest.mark.parametrize("settings", [GATED], indirect=True)
@pytest.mark.parametrize(
    ("language", "name", "href"),
    [
        ("da", "BørneTelefonen (Børns Vilkår)", "https://bornetelefonen.dk/"),
        ("fr", "119 Allô Enfance en Danger", "https://www.allo119.gouv.fr/"),
    ],
)
async def test_a_refused_minor_sees_the_helplines_of_the_language_they_chose(
    visitor: OpenPage, language: str, name: str, href: str
) -> None:
    one = await visitor()
    await one.page.select_option("#gate-language", language)  # switched in the page itself
    await give_birth_date(one.page, born_years_ago(16))
    refusal = one.page.locator("#refused")
    await expect(refusal).to_be_visible()
    helpline = refusal.get_by_role("link", name=name)
    await expect(helpline).to_have_attribute("href", href)
    await expect(refusal.locator('a[href="https://www.childline.org.uk/"]')).to_have_count(0)
    await one.open()  # the server's own page in that language says the same
    await expect(refusal.get_by_role("link", name=name)).to_have_attribute("href", href)


async def test_without_the_gate_the_chat_log_shows_the_helplines(visitor: OpenPage) -> None:
    alice, bob = await visitor(), await visitor()
    await chat_pair(alice, bob)
    await say(alice.page, "im 15 btw")
    await expect_line(alice.page, "this chat was ended automatically")
    helplines = alice.page.locator("#log .helplines")
    await expect(helplines).to_have_count(1)
    await expect(helplines.get_by_role("link", name="Childline (UK)")).to_have_attribute(
        "href", "https://www.childline.org.uk/"
    )
    await expect(helplines).to_contain_text("1-800-422-4453")
    await expect(bob.page.locator("#log .helplines")).to_have_count(0)  # not for the partner
    await alice.page.locator("#stop").click()  # New: still paused, and told where to turn
    await expect_line(alice.page, "New chats from this browser are paused until")
    await expect(alice.page.locator("#log .helplines")).to_have_count(1)
