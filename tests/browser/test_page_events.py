"""What the page does around a chat: asking before leaving, and a blinking title while hidden."""

from __future__ import annotations

from playwright.async_api import Dialog, Page, expect

from tests.browser.helpers import chat_pair, expect_line, say, two


async def hide(page: Page, hidden: bool) -> None:
    """Tell the page its tab was hidden or shown again, as switching tabs does."""
    await page.evaluate(
        """hidden => {
            Object.defineProperty(document, "hidden", { configurable: true, get: () => hidden });
            document.dispatchEvent(new Event("visibilitychange"));
        }""",
        hidden,
    )


async def test_new_messages_flash_the_title_while_the_tab_is_hidden(visitor) -> None:
    alice, bob = await two(visitor)
    await alice.page.clock.install()
    await chat_pair(alice, bob)
    await say(bob.page, "seen at once")
    await expect_line(alice.page, "Stranger: seen at once")
    await expect(alice.page).to_have_title("strangerchat")  # the tab was showing

    await hide(alice.page, True)
    await say(bob.page, "are you there?")
    await expect(alice.page).to_have_title("New message")
    await alice.page.clock.fast_forward(1_000)
    await expect(alice.page).to_have_title("strangerchat")  # it blinks
    await alice.page.clock.fast_forward(1_000)
    await expect(alice.page).to_have_title("New message")
    await hide(alice.page, False)
    await expect(alice.page).to_have_title("strangerchat")


def record_dialogs(page: Page) -> list[str]:
    """The kinds of dialog the page opens; each is accepted."""
    asked: list[str] = []

    async def on_dialog(dialog: Dialog) -> None:
        asked.append(dialog.type)
        await dialog.accept()

    page.on("dialog", on_dialog)
    return asked


async def test_leaving_asks_first_during_a_chat_and_not_after_it(visitor) -> None:
    alice, bob = await two(visitor)
    carol, dave = await two(visitor)
    await chat_pair(alice, bob)
    await chat_pair(carol, dave)
    for one in (alice, carol):
        await say(one.page, "bye soon")  # a page may ask only once the person has used it
    await carol.page.keyboard.press("Escape")
    await carol.page.keyboard.press("Escape")
    await expect_line(carol.page, "You have disconnected.")

    asked_alice, asked_carol = record_dialogs(alice.page), record_dialogs(carol.page)
    await alice.page.close(run_before_unload=True)
    await carol.page.close(run_before_unload=True)
    await expect_line(bob.page, "Stranger has disconnected.")
    assert asked_alice == ["beforeunload"]
    assert asked_carol == []
