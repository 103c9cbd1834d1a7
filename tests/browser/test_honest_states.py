"""The page says what is so: a widened search is told, Report is offered only when there is
someone to report, and the typing line is announced to screen readers."""

from __future__ import annotations

import pytest
from playwright.async_api import expect

from tests.browser.helpers import chat_pair, expect_line, log_lines, start, two
from tests.browser.test_question_mode import question_chat, three

WIDENED = "Now looking for anyone at all, not only someone who shares your interests."


@pytest.mark.parametrize("settings", [{"interest_wait": 30.0}], indirect=True)
async def test_connecting_to_a_random_stranger_says_the_search_widened(visitor) -> None:
    alice = await visitor()
    await start(alice, "stamps")
    offer = alice.page.get_by_role("button", name="connect to a completely random stranger")
    await offer.click()
    await expect_line(alice.page, WIDENED)
    await expect(offer).to_have_count(0)
    assert (await log_lines(alice.page))[-1] == WIDENED


async def test_the_spy_has_nobody_to_report(visitor) -> None:
    spy, first, second = await three(visitor)
    await question_chat(spy, first, second)
    await expect(spy.page.locator("#report")).to_be_disabled()
    for one in (first, second):
        await expect(one.page.locator("#report")).to_be_enabled()


async def test_the_typing_line_is_in_a_live_region(visitor) -> None:
    alice, bob = await two(visitor)
    await chat_pair(alice, bob)
    typing = bob.page.locator("#typing")
    await expect(typing).to_be_hidden()
    live = bob.page.locator(".typing-area")
    await expect(live).to_have_attribute("aria-live", "polite")
    await expect(live.locator("#typing")).to_have_count(1)
    await alice.page.locator("#message").press_sequentially("hel")
    await expect(typing).to_be_visible()


async def test_no_log_to_save_after_a_search_that_met_nobody(visitor) -> None:
    alice = await visitor()
    await start(alice)
    await expect_line(alice.page, "Looking for someone")
    stop = alice.page.locator("#stop")
    await stop.click()
    await stop.click()
    await expect_line(alice.page, "You have disconnected.")
    await expect(stop).to_have_text("New")
    await expect(alice.page.get_by_role("button", name="Start a new chat")).to_have_count(0)
    await expect(alice.page.get_by_role("button", name="Great chat? Save the log")).to_have_count(0)
