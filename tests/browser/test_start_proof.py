"""After a rate-limit hit the page solves a proof of work for its next chat, by itself."""

from __future__ import annotations

import pytest
from aiohttp import web
from playwright.async_api import Page, expect

from strangerchat.appkeys import CHAT
from tests.browser.helpers import chat_pair, expect_line, log_lines, matched, say, two

LIMITED = {"message_burst": 1, "message_rate": 0.1, "pow_difficulty": 10}
LOOKING = "Looking for someone you can chat with. Hang on."


async def leave(page: Page) -> None:
    button = page.locator("#stop")
    await button.click()
    await button.click()
    await expect(button).to_have_text("New")


@pytest.mark.parametrize("settings", [LIMITED], indirect=True)
async def test_after_a_flood_the_next_chat_comes_with_a_solved_proof(
    visitor, app: web.Application
) -> None:
    work = app[CHAT].challenges.pow
    alice, bob = await two(visitor)
    await chat_pair(alice, bob)
    await say(alice.page, "one")
    await say(alice.page, "two")  # over the limit: refused, and a proof is asked for
    await expect_line(alice.page, "Slow down a little: that was not sent.")
    await leave(alice.page)
    assert work.spent_count() == 0

    await alice.page.locator("#stop").click()  # New: solved, then sent with the start
    await expect_line(alice.page, LOOKING)
    assert work.spent_count() == 1
    await bob.page.locator("#stop").click()
    await matched(alice, bob)
    assert not any(line.startswith("The server said") for line in await log_lines(alice.page))


@pytest.mark.parametrize("settings", [LIMITED], indirect=True)
async def test_a_start_refused_for_want_of_a_proof_is_solved_and_sent_again(
    visitor, app: web.Application
) -> None:
    chat = app[CHAT]
    alice, bob = await two(visitor)
    await chat_pair(alice, bob)
    await leave(alice.page)
    await expect(bob.page.locator("#stop")).to_have_text("New")
    for session in chat.broker.local_sessions():  # owed, and the pages were not told
        chat.challenges.hit(session)

    for one in (alice, bob):
        await one.page.locator("#stop").click()
        await expect_line(one.page, LOOKING)
    await matched(alice, bob)
    assert chat.challenges.pow.spent_count() == 2
    for one in (alice, bob):
        assert await one.page.locator("#log > p.status.error").count() == 0
