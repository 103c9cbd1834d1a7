"""The moderator console in Chromium: a report made from a real page is worked by a signed-in
moderator (keyboard only, every page checked with axe), the ban reaches the reported visitor's
page, the audit log shows each step under the moderator's name, and /transparency counts it."""

from __future__ import annotations

import re

from aiohttp import web
from aiohttp.test_utils import TestServer
from playwright.async_api import Browser, Page, expect

from strangerchat.appkeys import CHAT
from strangerchat.moderation.passwords import hash_password
from tests.browser.helpers import OpenPage, chat_pair, expect_line, run_axe, say, two

NAME, PASSWORD = "ada", "correct horse battery"
TEXT = "see you at 5pm? 🙂 Привет\nreply\u200b now"


async def signed_in_moderator(browser: Browser, server: TestServer, app: web.Application) -> Page:
    assert await app[CHAT].stores.records.accounts.add(NAME, hash_password(PASSWORD))
    context = await browser.new_context()
    context.set_default_timeout(5_000)
    page = await context.new_page()
    await page.goto(str(server.make_url("/admin")))
    await expect(page).to_have_title("Sign in · strangerchat")  # sent to the sign-in page
    await expect(page.get_by_label("Name")).to_be_focused()
    await page.keyboard.type(NAME)
    await page.keyboard.press("Tab")
    await page.keyboard.type(PASSWORD)
    await page.keyboard.press("Enter")
    await expect(page.get_by_role("heading", name="Open cases")).to_be_visible()
    return page


async def test_a_report_from_the_page_is_worked_in_the_console_and_the_ban_reaches_the_visitor(
    visitor: OpenPage, browser: Browser, server: TestServer, app: web.Application
) -> None:
    alice, bob = await two(visitor)
    await chat_pair(alice, bob)
    await say(bob.page, TEXT)
    await expect_line(alice.page, "reply")
    await alice.page.click("#report")
    await alice.page.locator("#report-dialog").get_by_label("Harassment").check()
    await alice.page.click("#report-send")
    await expect(alice.page.locator("#report-status")).to_contain_text("Your receipt: ")

    console = await signed_in_moderator(browser, server, app)
    assert await run_axe(console) == []
    await console.get_by_role("link", name="harassment").click()
    await expect(console.get_by_role("heading", name="Case: harassment")).to_be_visible()
    transcript = console.locator(".transcript .reported .exact")
    await expect(transcript).to_have_text(TEXT)  # byte-exact, the zero-width space included
    await expect(console.locator(".transcript .escaped")).to_contain_text("\\u200b")
    assert await run_axe(console) == []

    await console.get_by_label("Ban for", exact=True).check()
    await console.get_by_label("Ban length").select_option("24h")
    await console.get_by_label("Reason").fill("asked for contact details after a no")
    await console.get_by_role("button", name="Record").click()
    await expect(console.locator(".facts")).to_contain_text("decided")
    await expect(console.get_by_text("ban by ada")).to_be_visible()

    await bob.page.get_by_role("button", name="Start a new chat").click()
    await expect_line(bob.page, "You are banned from starting chats")

    await console.get_by_role("link", name="Audit log").click()
    rows = console.locator("tbody tr")
    await expect(rows.filter(has_text="viewed").first).to_contain_text(NAME)
    await expect(rows.filter(has_text="restricted_ban")).to_contain_text(NAME)
    assert await run_axe(console) == []
    await console.get_by_role("link", name="Appeals").click()
    await expect(console.get_by_text("No appeal is waiting.")).to_be_visible()
    assert await run_axe(console) == []
    await console.goto(str(server.make_url("/transparency")))  # the public report counts it
    month = console.locator("details.month").first
    reports = month.locator("table", has=console.get_by_text("Reports received, by reason"))
    await expect(reports.get_by_role("row", name="Harassment")).to_contain_text("1")
    restrictions = month.locator("table", has=console.get_by_text("Restrictions imposed"))
    await expect(restrictions.get_by_role("row", name="Ban")).to_have_text(
        re.compile(r"Ban\s*0\s*1")
    )
    bans = month.locator("table", has=console.get_by_text("Bans, by length"))
    await expect(bans.get_by_role("row", name="Up to 24 hours")).to_contain_text("1")
    assert await run_axe(console) == []
    await console.goto(str(server.make_url("/admin")))
    await console.get_by_role("button", name="Sign out").click()
    await expect(console.get_by_role("heading", name="Sign in")).to_be_visible()
    await console.context.close()
