"""Block from the page: a confirm step, the chat ends, and the two never meet again."""

from __future__ import annotations

import asyncio

from playwright.async_api import expect

from tests.browser.helpers import Visitor, chat_pair, expect_line, log_lines, two

BLOCKED = "You blocked this stranger. You won't be matched with them again for 24 hours."
LOOKING = "Looking for someone you can chat with. Hang on."
ROUNDS = 4  # New pressed again and again: a session may start 10 chats a minute


async def new_chat(one: Visitor) -> None:
    await one.page.locator("#stop").click()  # New
    await expect_line(one.page, LOOKING)


async def stop_looking(one: Visitor) -> None:
    button = one.page.locator("#stop")
    await button.click()  # Stop
    await expect(button).to_have_text("Really?")
    await button.click()
    await expect(button).to_have_text("New")


async def test_block_asks_first_ends_the_chat_and_they_never_meet_again(visitor) -> None:
    alice, bob = await two(visitor)
    block = alice.page.locator("#block")
    await expect(block).to_be_disabled()  # nobody to block yet
    await chat_pair(alice, bob)
    await expect(block).to_be_enabled()

    await block.click()
    await expect(block).to_have_text("Really block?")
    await expect(alice.page.locator("#message")).to_be_enabled()  # nothing happened yet
    await block.click()
    await expect_line(alice.page, BLOCKED)
    await expect_line(bob.page, "Stranger has disconnected.")
    assert BLOCKED not in await log_lines(bob.page)
    await expect(block).to_be_disabled()
    await expect(block).to_have_text("Block")
    await expect(alice.page.locator("#stop")).to_have_text("New")

    for _ in range(ROUNDS):  # nobody else online: each presses New, and waits in vain
        await new_chat(alice)
        await new_chat(bob)
        await asyncio.sleep(0.3)
        for one in (alice, bob):
            await expect(one.page.locator("#message")).to_be_disabled()
            assert "You're now chatting with a random stranger. Say hi!" not in await log_lines(
                one.page
            )
        await stop_looking(alice)
        await stop_looking(bob)


async def test_the_last_stranger_can_be_blocked_just_after_the_chat(visitor) -> None:
    alice, bob = await two(visitor)
    await chat_pair(alice, bob)
    await stop_looking(bob)  # bob leaves first
    await expect_line(alice.page, "Stranger has disconnected.")
    block = alice.page.locator("#block")
    await expect(block).to_be_enabled()
    await block.click()
    await block.click()
    await expect_line(alice.page, BLOCKED)
    await expect(block).to_be_disabled()
    await new_chat(alice)
    await new_chat(bob)
    await asyncio.sleep(0.3)
    await expect(alice.page.locator("#message")).to_be_disabled()
