"""Question mode in three browsers: a spy asks, two strangers discuss, the spy reads along."""

from __future__ import annotations

import asyncio

import pytest
from playwright.async_api import expect

from tests.browser.helpers import OpenPage, Visitor, expect_line, log_lines, matched, say
from tests.browser.test_transports import REFUSED_WEBSOCKET, WEBSOCKETS_REFUSED

QUESTION = "What is a small thing that made your week better?"
LOOKING = "Looking for someone you can chat with. Hang on."
ASKED = "Looking for two strangers to discuss your question. Hang on."
READ_ALONG = "The stranger who asked it reads along, but cannot write."
WATCHING = (
    "Two strangers are now discussing your question. You can read along, but not write to them."
)


async def three(visitor: OpenPage) -> tuple[Visitor, Visitor, Visitor]:
    spy, first, second = await asyncio.gather(visitor(), visitor(), visitor())
    return spy, first, second


async def ask(spy: Visitor, question: str = QUESTION) -> None:
    await spy.page.fill("#question-input", question)
    await spy.page.click("#ask")
    await expect(spy.page.locator("#chat")).to_be_visible()
    await expect_line(spy.page, ASKED)


async def discuss(one: Visitor) -> None:
    await one.page.click("#discuss")
    await expect(one.page.locator("#chat")).to_be_visible()
    await expect_line(one.page, LOOKING)


async def question_chat(spy: Visitor, first: Visitor, second: Visitor) -> None:
    """The spy asks; `first` waits before `second`, so it is stranger 1."""
    await ask(spy)
    await discuss(first)
    await discuss(second)
    await matched(first, second)
    await expect(spy.page.locator("#question-banner")).to_have_text(f"Your question: {QUESTION}")


async def test_the_spy_reads_both_strangers_labelled_and_they_see_the_question(visitor) -> None:
    spy, first, second = await three(visitor)
    await question_chat(spy, first, second)
    for one in (first, second):
        banner = one.page.locator("#question-banner")
        await expect(banner).to_have_text(f"Question to discuss: {QUESTION}")
        assert f"Question to discuss: {QUESTION}" in await log_lines(one.page)
        assert READ_ALONG in await log_lines(one.page)
    await expect(spy.page.locator("#message")).to_be_hidden()
    await expect(spy.page.locator("#send")).to_be_hidden()
    await expect(spy.page.locator("#stop")).to_be_visible()

    await first.page.fill("#message", "a good")  # typing shows per stranger
    await expect(spy.page.locator("#typing-1")).to_have_text("Stranger 1 is typing...")
    await expect(spy.page.locator("#typing-2")).to_be_hidden()
    await expect(second.page.locator("#typing")).to_be_visible()
    await say(first.page, "a good <b>coffee</b> <img src=x onerror=alert(1)>")
    await say(second.page, "finishing a book")
    await expect_line(second.page, "Stranger: a good <b>coffee</b> <img src=x onerror=alert(1)>")
    await expect_line(first.page, "Stranger: finishing a book")
    await expect_line(spy.page, "Stranger 2: finishing a book")
    await expect(spy.page.locator("#typing-1")).to_be_hidden()
    lines = await log_lines(spy.page)
    assert lines[:3] == ["Connecting to server...", ASKED, WATCHING]
    # Shown once, in the banner: not again in the log.
    assert (await spy.page.locator("#chat").inner_text()).count(QUESTION) == 1
    assert "Stranger 1: a good <b>coffee</b> <img src=x onerror=alert(1)>" in lines
    assert await spy.page.locator("#log img, #log b").count() == 0  # text, never markup

    await second.page.keyboard.press("Escape")
    await second.page.keyboard.press("Escape")
    await expect_line(second.page, "You have disconnected.")
    await expect_line(first.page, "Stranger has disconnected.")
    await expect_line(spy.page, "Stranger 2 has disconnected.")
    await expect(spy.page.locator("#stop")).to_have_text("New")


async def test_the_spy_leaving_leaves_the_strangers_chatting(visitor) -> None:
    spy, first, second = await three(visitor)
    await question_chat(spy, first, second)
    await spy.page.keyboard.press("Escape")
    await spy.page.keyboard.press("Escape")
    await expect_line(spy.page, "You have disconnected.")
    await say(first.page, "are we alone now")
    await expect_line(second.page, "Stranger: are we alone now")
    assert not any("disconnected" in line for line in await log_lines(first.page))
    assert "Stranger 1: are we alone now" not in await log_lines(spy.page)


async def test_the_question_must_be_10_to_200_characters(visitor) -> None:
    spy = await visitor()
    page = spy.page
    await expect(page.locator("#question-count")).to_have_text("0 of 200 characters")
    await page.fill("#question-input", "   why?   ")
    await expect(page.locator("#question-count")).to_have_text("4 of 200 characters")
    await page.click("#ask")
    await expect(page.locator("#question-error")).to_have_text(
        "A question has to be 10 to 200 characters long."
    )
    await expect(page.locator("#home")).to_be_visible()
    await expect(page.locator("#question-input")).to_have_attribute("maxlength", "200")
    await page.fill("#question-input", "why is the sky blue?")
    await expect(page.locator("#question-error")).to_have_text("")
    await page.press("#question-input", "Enter")  # Enter asks
    await expect_line(page, ASKED)


async def test_normal_strangers_are_not_put_into_question_mode(visitor) -> None:
    spy, alice, bob = await three(visitor)
    await ask(spy)
    for one in (alice, bob):
        await one.page.click("#start")
    await matched(alice, bob)
    await expect(alice.page.locator("#question-banner")).to_be_hidden()
    assert (await log_lines(spy.page))[-1] == ASKED


@WEBSOCKETS_REFUSED
@pytest.mark.parametrize("settings", [{"poll_hold": 1.0}], indirect=True)
async def test_question_mode_over_long_polling(visitor) -> None:
    spy, first, second = await three(visitor)
    for one in (spy, first, second):
        one.expect_console_error(REFUSED_WEBSOCKET)
    await question_chat(spy, first, second)
    await say(first.page, "over plain http")
    await expect_line(spy.page, "Stranger 1: over plain http")
    await expect_line(second.page, "Stranger: over plain http")
    await first.page.keyboard.press("Escape")
    await first.page.keyboard.press("Escape")
    await expect_line(spy.page, "Stranger 1 has disconnected.")
    await expect_line(second.page, "Stranger has disconnected.")
