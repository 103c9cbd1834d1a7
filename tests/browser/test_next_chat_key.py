"""One key for the next chat once a chat has ended: Esc, said on the ended state's line."""

from __future__ import annotations

from playwright.async_api import expect

from tests.browser.helpers import chat_pair, expect_line, log_lines, run_axe, two

LOOKING = "Looking for someone you can chat with. Hang on."


async def test_after_the_stranger_leaves_one_escape_starts_the_next_search(visitor) -> None:
    alice, bob = await two(visitor)
    await chat_pair(alice, bob)
    await bob.page.locator("#stop").click()
    await bob.page.locator("#stop").click()
    await expect_line(alice.page, "Stranger has disconnected.")

    controls = alice.page.locator("#log > p.controls")
    await expect(controls).to_contain_text("Start a new chat (or press Esc)")
    new_chat = alice.page.get_by_role("button", name="Start a new chat")
    await expect(new_chat).to_have_attribute("aria-keyshortcuts", "Escape")
    assert await run_axe(alice.page) == []

    # The Report dialog's Esc closes the dialog and nothing more, in the ended state too.
    await alice.page.locator("#report").click()
    await expect(alice.page.locator("#report-dialog")).to_be_visible()
    await alice.page.keyboard.press("Escape")
    await expect(alice.page.locator("#report-dialog")).to_be_hidden()
    await expect(controls).to_be_visible()

    await alice.page.keyboard.press("Escape")
    await expect_line(alice.page, LOOKING)
    assert await log_lines(alice.page) == ["Connecting to server...", LOOKING]
