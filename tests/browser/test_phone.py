"""A phone at 375x740: Start and the gate's Continue without scrolling, a wide message box,
Report and Block by the composer and big enough to tap; contrast of the focus ring and colours."""

from __future__ import annotations

import pytest
from playwright.async_api import Page, expect

from tests.browser.helpers import chat_pair, say
from tests.browser.test_gate import GATED

PHONE = {"viewport": {"width": 375, "height": 740}, "is_mobile": True, "has_touch": True}
TAP = 44  # px, the smallest comfortable target for a finger

CONTRAST = """([a, b]) => {
  const rgb = (css) => css.match(/\\d+/g).slice(0, 3).map(Number);
  const lum = (c) => {
    const [r, g, b] = c.map((v) => v / 255).map((v) =>
      v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [x, y] = [lum(rgb(a)), lum(rgb(b))].sort((p, q) => p - q);
  return (y + 0.05) / (x + 0.05);
}"""


async def fully_in_view(page: Page, selector: str) -> None:
    await expect(page.locator(selector)).to_be_visible()
    box = await page.locator(selector).bounding_box()
    assert box is not None
    assert box["y"] >= 0, selector
    assert box["y"] + box["height"] <= 740, selector


async def test_start_shows_without_scrolling(visitor) -> None:
    page = (await visitor(**PHONE)).page
    await fully_in_view(page, "#start")


@pytest.mark.parametrize("settings", [GATED], indirect=True)
async def test_the_gates_continue_shows_without_scrolling(visitor) -> None:
    page = (await visitor(**PHONE)).page
    await fully_in_view(page, "#gate-continue")


async def test_the_chat_on_a_phone_keeps_the_message_box_wide_and_the_safety_buttons_near(
    visitor,
) -> None:
    alice = await visitor(**PHONE)
    bob = await visitor()
    await chat_pair(alice, bob)
    page = alice.page
    composer = await page.locator("#composer").bounding_box()
    message = await page.locator("#message").bounding_box()
    assert composer is not None
    assert message is not None
    assert message["width"] >= 0.6 * composer["width"]
    for name in ("#report", "#block"):
        box = await page.locator(name).bounding_box()
        assert box is not None
        assert box["height"] >= TAP, name
        gap = composer["y"] - (box["y"] + box["height"])
        assert 0 <= gap <= 16, name  # just above the composer
    await say(bob.page, "a long line " * 20)
    line = page.locator("#log .message.stranger").last
    prefix = await line.locator(".prefix").bounding_box()
    text = await line.locator(".text").bounding_box()
    assert prefix is not None
    assert text is not None
    assert text["height"] > prefix["height"] * 1.5  # it wrapped
    assert text["x"] > prefix["x"] + prefix["width"] - 1  # every line starts after the name


@pytest.mark.parametrize("scheme", ["light", "dark"])
async def test_the_focus_ring_has_three_to_one_contrast(visitor, scheme: str) -> None:
    page = (await visitor()).page
    await page.emulate_media(color_scheme=scheme)
    await page.locator("#interest-input").focus()
    await page.keyboard.press("Shift+Tab")
    colours = await page.evaluate(
        """() => [getComputedStyle(document.activeElement).outlineColor,
                  getComputedStyle(document.body).backgroundColor]"""
    )
    assert await page.evaluate(CONTRAST, colours) >= 3.0


async def test_radio_buttons_are_big_and_in_the_accent_colour_in_dark_mode(visitor) -> None:
    alice, bob = await visitor(), await visitor()
    await alice.page.emulate_media(color_scheme="dark")
    await chat_pair(alice, bob)
    await alice.page.click("#report")
    radio = alice.page.locator("input[name=category]").first
    box = await radio.bounding_box()
    assert box is not None
    assert box["width"] >= 18
    accent = await radio.evaluate("(r) => getComputedStyle(r).accentColor")
    assert accent == "rgb(124, 183, 255)"
