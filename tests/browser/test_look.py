"""The page's look on a phone at 375x740: a one-line header, messages that lead and status lines
that recede, wrapped lines under the text and not under the name, Start in view; axe in both
themes, in English, Danish and French."""

from __future__ import annotations

import pytest
from playwright.async_api import Page, expect

from tests.browser.helpers import chat_pair, expect_line, run_axe, say
from tests.browser.test_gate import GATED
from tests.browser.test_layout import axe_in_both_themes
from tests.browser.test_phone import CONTRAST, PHONE, fully_in_view

LANGUAGES = ["en", "da", "fr"]


def phone(language: str) -> dict[str, object]:
    return {**PHONE, "locale": language, "extra_http_headers": {"Accept-Language": language}}


async def box(page: Page, selector: str) -> dict[str, float]:
    found = await page.locator(selector).bounding_box()
    assert found is not None, selector
    return found


@pytest.mark.parametrize("language", LANGUAGES)
async def test_the_header_is_one_line_on_a_phone(visitor, language: str) -> None:
    page = (await visitor(**phone(language))).page
    await expect(page.locator("#online")).not_to_be_empty()
    # The longest count a busy evening gives, in this language's own digits and words.
    await page.evaluate(
        """() => {
            const strings = JSON.parse(document.getElementById("strings").textContent);
            const count = (1234).toLocaleString(document.documentElement.lang);
            document.getElementById("online").textContent =
                strings["online.other"].replace("{count}", count);
        }"""
    )
    header = await box(page, ".top")
    brand, online, alerts = [await box(page, s) for s in (".brand", "#online", "#alerts")]
    line = await page.locator("#online").evaluate(
        "(e) => parseFloat(getComputedStyle(e).lineHeight)"
    )
    assert online["height"] < 1.5 * line, "the count wrapped"
    for name, part in (("brand", brand), ("online", online), ("alerts", alerts)):
        assert header["y"] <= part["y"], name
        assert part["y"] + part["height"] <= header["y"] + header["height"], name
        assert part["x"] + part["width"] <= 375, name
    assert brand["x"] + brand["width"] <= online["x"] < online["x"] + online["width"] <= alerts["x"]
    assert header["height"] <= 64
    await expect(page.get_by_role("button", name=await alerts_name(page))).to_be_visible()


async def alerts_name(page: Page) -> str:
    name: str = await page.locator("#alerts").evaluate("(b) => b.textContent.trim()")
    assert name  # the bell alone on a phone, with its word for screen readers
    return name


@pytest.mark.parametrize("language", LANGUAGES)
async def test_start_shows_without_scrolling_in_every_language(visitor, language: str) -> None:
    page = (await visitor(**phone(language))).page
    await fully_in_view(page, "#start")
    await fully_in_view(page, "#interest-input")  # interests one tap away


@pytest.mark.parametrize("settings", [GATED], indirect=True)
@pytest.mark.parametrize("language", LANGUAGES)
async def test_the_gates_continue_shows_without_scrolling_in_every_language(
    visitor, language: str
) -> None:
    page = (await visitor(**phone(language))).page
    await fully_in_view(page, "#gate-continue")


async def test_wrapped_lines_start_under_the_text_not_under_the_name(visitor) -> None:
    alice = await visitor(**PHONE)
    bob = await visitor()
    await chat_pair(alice, bob)
    await say(bob.page, "a message long enough to wrap onto several lines on a phone screen " * 2)
    await say(alice.page, "and my answer is long enough to wrap onto a second line too, surely")
    await expect_line(alice.page, "You: and my answer")
    for who in ("stranger", "you"):
        # Where each line's first character is: the leftmost of the text's rectangles on it.
        starts = await alice.page.locator(f"#log .message.{who} .text").last.evaluate(
            """(text) => {
                const range = document.createRange();
                range.selectNodeContents(text);
                const lines = new Map();
                for (const r of range.getClientRects()) {
                    const top = Math.round(r.top);
                    lines.set(top, Math.min(lines.get(top) ?? Infinity, r.left));
                }
                return [...lines.values()];
            }"""
        )
        prefix = await box(alice.page, f"#log .message.{who} .prefix")
        assert len(starts) >= 2, f"{who}: the text did not wrap"
        assert all(abs(x - starts[0]) < 1 for x in starts), f"{who}: {starts}"
        assert starts[0] >= prefix["x"] + prefix["width"], f"{who}: a line under the name"
        # Each message keeps most of the row: the name's column is not half of it.
        assert starts[0] - prefix["x"] < 0.35 * 375


STYLE = """(e) => { const s = getComputedStyle(e);
    return [parseFloat(s.fontSize), Number(s.fontWeight), s.color]; }"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
async def test_status_lines_are_quieter_than_messages(visitor, scheme: str) -> None:
    alice = await visitor(**PHONE)
    bob = await visitor()
    await alice.page.emulate_media(color_scheme=scheme)
    await chat_pair(alice, bob)
    await say(bob.page, "hello there")
    await expect_line(alice.page, "Stranger: hello there")
    page = alice.page
    background = await page.locator("#log").evaluate("(e) => getComputedStyle(e).backgroundColor")
    text_size, _, text_colour = await page.locator("#log .message .text").evaluate(STYLE)
    name_size, name_weight, _ = await page.locator("#log .message .prefix").evaluate(STYLE)
    statuses = page.locator("#log > p.status")
    assert await statuses.count() >= 3  # connecting, looking, now chatting
    for status in await statuses.all():
        size, weight, colour = await status.evaluate(STYLE)
        assert size < text_size
        assert weight <= 400 < name_weight
        assert colour != text_colour
        own = await page.evaluate(CONTRAST, [colour, background])
        words = await page.evaluate(CONTRAST, [text_colour, background])
        assert 4.5 <= own < words  # quieter, and still readable
    assert text_size >= 17  # large readable type
    assert name_size < text_size


@pytest.mark.parametrize("language", LANGUAGES)
async def test_axe_finds_nothing_on_a_phone_in_either_theme(visitor, language: str) -> None:
    alice = await visitor(**phone(language))
    bob = await visitor(**phone(language))
    await axe_in_both_themes(alice.page, f"home, {language}")
    await chat_pair(alice, bob)
    await say(bob.page, "hello there, a line long enough to wrap on a phone screen")
    await alice.page.locator("#log").focus()  # the times show
    await axe_in_both_themes(alice.page, f"chatting, {language}")
    await bob.page.keyboard.press("Escape")
    await bob.page.keyboard.press("Escape")
    await expect(alice.page.locator("#log .controls")).to_have_count(1)
    await axe_in_both_themes(alice.page, f"after the chat, {language}")
    assert await run_axe(bob.page) == []


@pytest.mark.parametrize("settings", [GATED], indirect=True)
async def test_axe_finds_nothing_on_the_gate_on_a_phone(visitor) -> None:
    page = (await visitor(**PHONE)).page
    await axe_in_both_themes(page, "gate")
