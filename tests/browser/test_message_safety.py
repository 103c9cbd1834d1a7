"""The text rules as people meet them: one safety alert, and the adults-only ending."""

from __future__ import annotations

import pytest
from playwright.async_api import expect

from tests.browser.helpers import OpenPage, chat_pair, expect_line, log_lines, say
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
