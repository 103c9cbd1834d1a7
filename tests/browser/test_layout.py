"""How the page looks and reads: phone and desktop, light and dark, and axe-core's verdict."""

from __future__ import annotations

from playwright.async_api import Page, expect

from tests.browser.helpers import add_interests, chat_pair, expect_line, run_axe, say, two

PHONE = {"width": 375, "height": 667}
BACKGROUNDS = {"light": "rgb(255, 255, 255)", "dark": "rgb(18, 20, 23)"}


async def horizontal_overflow(page: Page) -> int:
    """How far the page, or the log inside it, is wider than the screen (0: no sideways scroll)."""
    overflow: int = await page.evaluate(
        """() => {
            const root = document.documentElement;
            const log = document.getElementById("log");
            return Math.max(root.scrollWidth - root.clientWidth, log.scrollWidth - log.clientWidth);
        }"""
    )
    return overflow


async def test_a_phone_never_scrolls_sideways(visitor) -> None:
    alice = await visitor(viewport=PHONE, is_mobile=True, has_touch=True)
    bob = await visitor()
    await add_interests(alice.page, "x" * 40, "a very long interest with spaces in it")
    assert await horizontal_overflow(alice.page) == 0
    await chat_pair(alice, bob)
    await say(bob.page, "y" * 600)
    await say(bob.page, "path/" + "z" * 300 + "/end")
    await expect_line(alice.page, "Stranger: path/zzz")
    assert await horizontal_overflow(alice.page) == 0
    composer = await alice.page.locator("#composer").bounding_box()
    assert composer is not None
    assert composer["y"] + composer["height"] <= PHONE["height"]  # the input stays in reach


async def axe_in_both_themes(page: Page, where: str) -> None:
    """axe-core finds nothing serious in the light theme or the dark one."""
    for scheme, background in BACKGROUNDS.items():
        await page.emulate_media(color_scheme=scheme)
        assert await page.evaluate("getComputedStyle(document.body).backgroundColor") == background
        assert await run_axe(page) == [], f"{where}, {scheme}"


async def test_no_serious_accessibility_violations_on_home_and_chat(visitor) -> None:
    alice, bob = await two(visitor)
    await add_interests(alice.page, "music")
    await axe_in_both_themes(alice.page, "home page")

    await alice.page.click("#start")
    await expect_line(alice.page, "Looking for someone")
    await axe_in_both_themes(alice.page, "waiting, with the random-stranger offer")

    await bob.page.click("#start")
    await expect(alice.page.locator("#message")).to_be_enabled()
    await say(alice.page, "hello")
    await say(bob.page, "hi there")
    await expect_line(alice.page, "Stranger: hi there")
    await alice.page.locator("#message").press_sequentially("typing")
    await expect(bob.page.locator("#typing")).to_be_visible()
    await axe_in_both_themes(bob.page, "chatting, with the typing line")

    await alice.page.keyboard.press("Escape")
    await alice.page.keyboard.press("Escape")
    await expect_line(alice.page, "You have disconnected.")
    await axe_in_both_themes(alice.page, "after the chat")


async def test_the_log_is_announced_and_every_control_is_labelled(visitor) -> None:
    page = (await visitor()).page
    log = page.locator("#log")
    await expect(log).to_have_attribute("role", "log")
    await expect(log).to_have_attribute("aria-live", "polite")
    await expect(page.get_by_label("What are you into?")).to_be_visible()
    await expect(page.get_by_label("Find strangers with common interests")).to_be_checked()
    await expect(page.get_by_label("Language")).to_have_value("en")
    await expect(page.get_by_label("Message")).to_be_disabled()
    unlabelled = await page.evaluate(
        """() => [...document.querySelectorAll("input, select, textarea, button")]
            .filter(e => !e.labels?.length && !e.getAttribute("aria-label"))
            .filter(e => !e.textContent.trim())
            .map(e => e.id)"""
    )
    assert unlabelled == []
