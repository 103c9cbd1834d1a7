"""The text rules as people meet them: one safety alert, and the adults-only ending."""

from __future__ import annotations

import pytest
from playwright.async_api import expect

from tests.browser.helpers import OpenPage, chat_pair, expect_line, log_lines, say, untimed
from tests.browser.test_gate import GATED, pass_gate

ALERT = "Be careful: this stranger is asking for personal details"


async def test_the_partner_at_risk_sees_one_alert(visitor: OpenPage) -> None:
    alice, bob = await visitor(), await visitor()
    await chat_pair(alice, bob)
    for line in ["how old are you?", "got snap?", "don't tell your parents", "our secret ok?"]:
        await say(alice.page, line)
    await expect_line(bob.page, "Stranger: our secret ok?")
    await expect_line(bob.page, ALERT)
    assert sum(ALERT in line for line in await log_lines(bob.page)) == 1
    assert not any(ALERT in line for line in await log_lines(alice.page))


@pytest.mark.parametrize("settings", [GATED], indirect=True)
async def test_saying_you_are_under_18_ends_the_chat_and_keeps_you_out(
    visitor: OpenPage,
) -> None:
    alice, bob, carol = await visitor(), await visitor(), await visitor()
    for one in (alice, bob, carol):
        await pass_gate(one)
    await chat_pair(alice, bob)
    await say(alice.page, "im 15 btw")
    await expect_line(bob.page, "Stranger has disconnected.")
    refusal = alice.page.get_by_role("heading", name="strangerchat is for adults only")
    await expect(refusal).to_be_visible()  # the page reloads into the refusal
    why = alice.page.locator("#refused-lockout")
    await expect(why).to_contain_text("ended automatically")
    await expect(why).to_contain_text("paused until")
    await alice.open()
    await expect(refusal).to_be_visible()
    await alice.context.clear_cookies()  # the browser's own mark still says why, and until when
    await alice.open()
    await expect(refusal).to_be_visible()
    await expect(why).to_contain_text("paused until")
    assert not any("15" in line for line in await log_lines(bob.page))
    # Another browser at the same address (every page here comes from 127.0.0.1) chats on.
    await bob.open()
    await chat_pair(carol, bob)
    await say(carol.page, "hello from the same network")
    await expect_line(bob.page, "Stranger: hello from the same network")


LIMITED = {"message_burst": 2, "message_rate": 1 / 60}  # after a burst, one message a minute


@pytest.mark.parametrize("settings", [LIMITED], indirect=True)
async def test_the_sender_sees_and_saves_what_the_stranger_saw(visitor: OpenPage) -> None:
    alice, bob = await visitor(), await visitor()
    await chat_pair(alice, bob)
    await say(alice.page, "my snap is coolguy99 ok")
    seen = bob.page.locator("#log > p.message.stranger .text").last
    await expect(seen).not_to_contain_text("coolguy99")
    shown = await seen.text_content()
    mine = alice.page.locator("#log > p.message.you").first
    await expect(mine.locator(".text")).to_have_text(shown or "")  # the line became bob's version
    await expect(mine).to_contain_text("The stranger saw this with parts removed.")
    for line in ("second", "third", "fourth"):
        await say(alice.page, line)
    refused = alice.page.locator("#log > p.message.you.not-delivered")
    await expect(refused.first).to_contain_text("Not delivered: Slow down a little")
    received = await bob.page.locator("#log > p.message.stranger .text").all_text_contents()
    not_delivered = await refused.locator(".text").all_text_contents()
    assert not_delivered
    assert sorted(received[1:] + not_delivered) == ["fourth", "second", "third"]
    await bob.page.locator("#stop").click()
    await bob.page.locator("#stop").click()  # Really?
    await expect_line(alice.page, "Stranger has disconnected.")
    async with alice.page.expect_download() as download_info:
        await alice.page.get_by_role("button", name="Great chat? Save the log").click()
    saved = untimed((await (await download_info.value).path()).read_text("utf-8"))
    said = [line for line in saved if line.startswith("You: ")]
    assert said == [f"You: {shown}"] + [f"You: {text}" for text in received[1:]]


async def test_without_the_gate_the_browser_s_mark_keeps_it_from_starting_again(
    visitor: OpenPage,
) -> None:
    alice, bob = await visitor(), await visitor()
    await chat_pair(alice, bob)
    await say(alice.page, "im 15 btw")
    await expect_line(alice.page, "this chat was ended automatically")
    await expect_line(bob.page, "Stranger has disconnected.")
    await alice.page.locator("#stop").click()  # New
    await expect_line(alice.page, "New chats from this browser are paused until")
    assert not any("Looking for someone" in line for line in await log_lines(alice.page))
    await alice.open()  # the home page again: Start does not start either
    await alice.page.click("#start")
    await expect_line(alice.page, "New chats from this browser are paused until")
    await expect(alice.page.locator("#message")).to_be_disabled()
