"""The home page: interest chips, the common-interests toggle, keyboard-only use."""

from __future__ import annotations

import pytest
from aiohttp import web
from playwright.async_api import expect

from strangerchat.appkeys import CHAT
from tests.browser.helpers import add_interests, expect_line, matched, two


async def test_interest_chips_are_lowercased_deduplicated_and_removable(visitor) -> None:
    page = (await visitor()).page
    chips = page.locator("#interest-chips li > span")
    field = page.locator("#interest-input")
    await add_interests(page, "Music", "  Board   Games ")
    await field.press_sequentially("films,MUSIC,jazz,")
    await expect(chips).to_have_text(["music", "board games", "films", "jazz"])
    await expect(field).to_have_value("")

    await page.get_by_role("button", name="Remove films").click()
    await expect(chips).to_have_text(["music", "board games", "jazz"])
    await expect(field).to_be_focused()
    await field.press("Backspace")  # in an empty field, takes the last chip
    await expect(chips).to_have_text(["music", "board games"])

    for n in range(20):
        await field.press_sequentially(f"tag{n},")
    await expect(chips).to_have_count(10)  # the max_interests setting
    await expect(page.locator("#interest-note")).to_have_text(
        "That is as many interests as you can add."
    )


async def test_the_toggle_off_searches_without_interests(visitor) -> None:
    alice, bob = await two(visitor)
    await add_interests(alice.page, "cats")
    await alice.page.uncheck("#common-interests")
    await alice.page.click("#start")
    await expect_line(alice.page, "Looking for someone")
    await expect(alice.page.locator("#log .offer")).to_have_count(0)
    await bob.page.click("#start")
    await matched(alice, bob)  # at once: neither waits for a shared interest


async def test_keyboard_alone_reaches_every_control_and_chats(visitor) -> None:
    alice, bob = await two(visitor)
    page = alice.page
    await page.keyboard.press("Tab")
    await expect(page.locator(".brand")).to_be_focused()
    await page.keyboard.press("Tab")
    await expect(page.get_by_role("button", name="Alerts")).to_be_focused()
    await page.keyboard.press("Tab")
    await expect(page.locator("#interest-input")).to_be_focused()
    await page.keyboard.type("chess")
    await page.keyboard.press("Enter")
    await page.keyboard.press("Tab")
    await expect(page.locator("#common-interests")).to_be_focused()
    await page.keyboard.press("Tab")
    await expect(page.locator("#language")).to_be_focused()
    await page.keyboard.press("Tab")
    await expect(page.locator("#start")).to_be_focused()
    await page.keyboard.press("Shift+Tab")
    await page.keyboard.press("Shift+Tab")
    await page.keyboard.press("Shift+Tab")
    await page.keyboard.press("Shift+Tab")
    await expect(page.get_by_role("button", name="Remove chess")).to_be_focused()
    await page.keyboard.press("Tab")
    await page.keyboard.press("Enter")  # an empty interests field: Enter starts
    await expect_line(page, "Looking for someone")

    await bob.page.locator("#interest-input").press_sequentially("chess\n\n")
    await matched(alice, bob)
    await expect(page.locator("#message")).to_be_focused()
    await page.keyboard.type("hello")
    await page.keyboard.press("Enter")
    await expect_line(bob.page, "Stranger: hello")
    await page.keyboard.press("Escape")
    await page.keyboard.press("Escape")
    await expect_line(page, "You have disconnected.")
    await expect(page.locator("#stop")).to_be_focused()
    await page.keyboard.press("Enter")  # New
    await expect_line(page, "Looking for someone")


async def test_the_page_opens_while_the_count_cannot_be_had(
    visitor, app: web.Application, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def broker_away() -> int:
        raise ConnectionError("the broker is unreachable")

    monkeypatch.setattr(app[CHAT].broker, "online_count", broker_away)
    # The page's own count polls are answered 503 meanwhile; the browser logs each one.
    page = (await visitor(expected_errors=("status of 503",))).page
    await expect(page.locator("#online")).to_have_text("")
    await expect(page.locator("#start")).to_be_enabled()
