"""The opt-in alerts for a hidden tab: off until chosen and kept, a sound and a notification
that never carries a stranger's words, at most one in a few seconds, none while the tab shows."""

from __future__ import annotations

import pytest
from playwright.async_api import Page, expect

from tests.browser.helpers import Visitor, expect_line, run_axe, say, start

# Records what the page would show or play. The page looks these up when it alerts, so they can
# be swapped in after it loaded. A chime is two notes: two oscillators started.
SPIES = """() => {
    const Real = window.Notification;
    window.shown = [];
    window.Notification = class {
        static get permission() { return Real.permission; }
        static requestPermission() { return Real.requestPermission(); }
        constructor(title, options = {}) {
            this.title = title;
            this.options = options;
            this.closed = false;
            window.shown.push(this);
        }
        close() { this.closed = true; }
    };
    window.notes = 0;
    const start = OscillatorNode.prototype.start;
    OscillatorNode.prototype.start = function (...args) {
        window.notes += 1;
        return start.apply(this, args);
    };
}"""
NOTES_PER_CHIME = 2
SHOWN = "window.shown.map((n) => ({ title: n.title, ...n.options, closed: n.closed }))"


async def set_hidden(page: Page, hidden: bool) -> None:
    """As when the person moves to another tab or app (headless pages always show)."""
    await page.evaluate(
        """(hidden) => {
            Object.defineProperty(document, "hidden", { configurable: true, get: () => hidden });
            Object.defineProperty(document, "visibilityState", {
                configurable: true, get: () => (hidden ? "hidden" : "visible"),
            });
            document.dispatchEvent(new Event("visibilitychange"));
        }""",
        hidden,
    )


async def choose(page: Page, *boxes: str) -> None:
    """Opens Alerts from the header and ticks the named boxes ("sound", "notify")."""
    await page.get_by_role("button", name="Alerts").click()
    for box in boxes:
        await page.locator(f"#alert-{box}").check()
    await page.locator("#alerts-dialog").get_by_role("button", name="Close").click()


async def shown(page: Page) -> list[dict[str, object]]:
    result: list[dict[str, object]] = await page.evaluate(SHOWN)
    return result


async def chimes(page: Page) -> float:
    notes: int = await page.evaluate("window.notes")
    return notes / NOTES_PER_CHIME


async def searching(visitor_: Visitor) -> None:
    await start(visitor_)
    await expect_line(visitor_.page, "Looking for someone you can chat with.")


async def test_a_hidden_tab_is_told_of_the_stranger_and_the_message_but_not_its_words(
    visitor,
) -> None:
    alice, bob = await visitor(), await visitor()
    await alice.context.grant_permissions(["notifications"])
    page = alice.page
    await page.evaluate(SPIES)
    await choose(page, "sound", "notify")
    assert await chimes(page) == 1  # ticking Sound plays it once, to hear what it is

    await searching(alice)
    await set_hidden(page, True)
    await start(bob)
    await page.wait_for_function("() => window.shown.length === 1")
    [found] = await shown(page)
    assert found["title"] == "Stranger found"
    assert await chimes(page) == 2

    await say(bob.page, "too soon after the first")
    await expect_line(page, "Stranger: too soon after the first")
    assert len(await shown(page)) == 1  # one alert in a few seconds at most
    assert await chimes(page) == 2

    await set_hidden(page, False)
    assert (await shown(page))[0]["closed"]  # back on the page: the notification is done
    await say(bob.page, "read right away")
    await expect_line(page, "Stranger: read right away")
    assert len(await shown(page)) == 1  # nothing while the tab shows

    await set_hidden(page, True)
    await say(bob.page, "my secret is 4711")
    await page.wait_for_function("() => window.shown.length === 2")
    message = (await shown(page))[1]
    assert message["title"] == "New message"
    assert message["tag"] == found["tag"] == "strangerchat"  # each replaces the one before
    assert "body" not in message
    assert "4711" not in str(message)  # a lock screen shows it to anyone holding the phone
    assert await chimes(page) == 3
    await expect(page).to_have_title("New message")  # the title blinks as before

    await page.evaluate("window.shown[1].onclick()")
    assert (await shown(page))[1]["closed"]


async def test_alerts_are_off_until_chosen_and_the_choice_is_kept(visitor) -> None:
    alice, bob = await visitor(), await visitor()
    await alice.context.grant_permissions(["notifications"])
    page = alice.page
    await page.evaluate(SPIES)
    await searching(alice)
    await set_hidden(page, True)
    await start(bob)
    await say(bob.page, "anyone there")
    await expect_line(page, "Stranger: anyone there")
    assert await shown(page) == []
    assert await chimes(page) == 0

    await choose(page, "notify")
    await page.reload()
    await page.get_by_role("button", name="Alerts").click()
    await expect(page.locator("#alert-notify")).to_be_checked()
    await expect(page.locator("#alert-sound")).not_to_be_checked()
    other = await visitor()  # another browser: its own choice, off
    await other.page.get_by_role("button", name="Alerts").click()
    await expect(other.page.locator("#alert-notify")).not_to_be_checked()


async def test_refused_notifications_are_said_in_words_and_stay_off(visitor) -> None:
    page = (await visitor()).page  # no permission granted: the browser refuses
    await page.get_by_role("button", name="Alerts").click()
    await page.locator("#alert-notify").click()
    await expect(page.locator("#alert-status")).to_have_text(
        "Notifications are blocked for this site in your browser, so they stay off."
        " You can allow them in the browser's settings for this site."
    )
    await expect(page.locator("#alert-notify")).not_to_be_checked()
    await page.reload()
    await page.get_by_role("button", name="Alerts").click()
    await expect(page.locator("#alert-notify")).not_to_be_checked()


@pytest.mark.parametrize("scheme", ["light", "dark"])
async def test_the_alerts_dialog_passes_axe(visitor, scheme: str) -> None:
    page = (await visitor()).page
    await page.emulate_media(color_scheme=scheme)
    assert await run_axe(page) == []  # the header's button
    await page.get_by_role("button", name="Alerts").click()
    await page.locator("#alert-notify").click()  # the refusal's words, too
    await expect(page.locator("#alert-status")).not_to_be_empty()
    assert await run_axe(page) == []


@pytest.mark.parametrize(
    ("language", "button", "sound"),
    [("da", "Signaler", "Afspil en lyd"), ("fr", "Alertes", "Jouer un son")],
)
async def test_the_alerts_speak_the_page_s_language(
    visitor, language: str, button: str, sound: str
) -> None:
    page = (await visitor(locale=language, extra_http_headers={"Accept-Language": language})).page
    await page.get_by_role("button", name=button).click()
    await expect(page.get_by_label(sound)).to_be_visible()
