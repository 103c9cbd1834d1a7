"""Each message carries its time: shown on hover or while the log has focus, kept when saved."""

from __future__ import annotations

from datetime import datetime

from playwright.async_api import expect

from tests.browser.helpers import TIME_PREFIX, chat_pair, expect_line, run_axe, say, two


async def test_a_message_has_its_time_on_hover_and_on_keyboard_focus(visitor) -> None:
    alice, bob = await two(visitor)
    await chat_pair(alice, bob)
    await say(alice.page, "what time is it")
    await expect_line(bob.page, "Stranger: what time is it")

    time = bob.page.locator("#log > p.message.stranger time")
    await expect(time).to_have_count(1)
    stamp = await time.get_attribute("datetime")
    assert stamp is not None
    assert abs((datetime.now().astimezone() - datetime.fromisoformat(stamp)).total_seconds()) < 600
    assert await time.get_attribute("title")  # the full date and time, as a tooltip
    await expect(time).to_have_css("opacity", "0")

    await bob.page.locator("#log").focus()  # a keyboard user reaches the log with Tab
    await expect(time).to_have_css("opacity", "1")
    assert await run_axe(bob.page) == []

    await bob.page.locator("#message").focus()
    await expect(time).to_have_css("opacity", "0")
    await bob.page.locator("#log > p.message.stranger").hover()
    await expect(time).to_have_css("opacity", "1")


async def test_the_saved_log_keeps_the_times(visitor) -> None:
    alice, bob = await two(visitor)
    await chat_pair(alice, bob)
    await say(alice.page, "save me")
    await expect_line(bob.page, "Stranger: save me")
    shown = await bob.page.locator("#log > p.message.stranger time").text_content()
    await bob.page.locator("#stop").click()
    await bob.page.locator("#stop").click()
    await expect_line(bob.page, "You have disconnected.")
    async with bob.page.expect_download() as download_info:
        await bob.page.get_by_role("button", name="Great chat? Save the log").click()
    saved = (await (await download_info.value).path()).read_text("utf-8").splitlines()
    assert f"[{shown}] Stranger: save me" in saved
    assert all(TIME_PREFIX.match(line) for line in saved)
