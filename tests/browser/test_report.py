"""Report from the page: a reason, a note, the receipt shown, the partner told, the row stored."""

from __future__ import annotations

import typing

from aiohttp import web
from playwright.async_api import expect

from strangerchat.appkeys import CHAT
from strangerchat.protocol import ReportCategory
from tests.browser.helpers import OpenPage, chat_pair, expect_line, matched, run_axe, say, two

# Sent by the reported stranger: emoji, a non-Latin script, a second line.
TEXT = "hello 👋 Привет\nsecond line"


BLOCKED = "You blocked this stranger. You won't be matched with them again for 24 hours."


async def test_a_report_from_the_page_shows_a_receipt_and_ends_the_chat(
    visitor: OpenPage, app: web.Application
) -> None:
    alice, bob = await two(visitor)
    await chat_pair(alice, bob)
    await bob.page.fill("#message", TEXT)
    await bob.page.click("#send")
    await expect_line(alice.page, "second line")
    await say(alice.page, "hi")
    await expect_line(bob.page, "hi")

    page = alice.page
    await page.click("#report")
    dialog = page.locator("#report-dialog")
    await expect(dialog).to_be_visible()
    reasons = await dialog.locator("input[name=category]").evaluate_all(
        "inputs => inputs.map(input => input.value)"
    )
    assert reasons == list(typing.get_args(ReportCategory))  # every category, in order
    assert await run_axe(page) == []
    await dialog.get_by_label("Harassment").check()
    await page.fill("#report-note", "rude ✋")
    await expect(page.locator("#report-count")).to_have_text("6 of 500 characters")
    await page.click("#report-send")

    status = page.locator("#report-status")
    await expect(status).to_contain_text("Your receipt: ")
    receipt = (await status.text_content() or "").rsplit(" ", 1)[1]
    await expect_line(bob.page, "Stranger has disconnected.")
    await expect(page.locator("#message")).to_be_disabled()  # the chat has ended here too
    await page.click("#report-send")  # now labelled Close
    await expect(dialog).to_be_hidden()
    await expect(page.locator("#report")).to_be_focused()
    await expect_line(page, receipt)

    (report,) = await app[CHAT].stores.reports.queue()
    assert (report.receipt, report.category, report.note) == (receipt, "harassment", "rude ✋")
    assert [(line.by, line.text) for line in report.transcript] == [
        ("reported", TEXT),
        ("reporter", "hi"),
    ]


async def test_report_is_offered_only_when_there_is_someone_to_report(visitor: OpenPage) -> None:
    alice, bob = await two(visitor)
    report = alice.page.locator("#report")
    await alice.page.click("#start")
    await expect_line(alice.page, "Looking for someone")
    await expect(report).to_be_disabled()  # searching: nobody to report yet
    await bob.page.click("#start")
    await matched(alice, bob)
    await expect(report).to_be_enabled()
    await report.click()
    await expect(alice.page.locator("#report-status")).to_have_text("")
    await alice.page.click("#report-cancel")
    await expect(alice.page.locator("#report-dialog")).to_be_hidden()


async def test_a_banned_visitor_sees_why_and_until_when(
    visitor: OpenPage, app: web.Application
) -> None:
    chat = app[CHAT]
    await chat.limits.addresses.load()
    banned_address = chat.limits.addresses.hash("127.0.0.1")  # where the browser connects from
    for reporter in ("one", "two", "three"):
        ban = await chat.bans.count_report(banned_address, reporter)
    assert ban is not None
    alice = await visitor()
    await alice.page.click("#start")
    line = alice.page.locator("#log > p.error")
    await expect(line).to_contain_text("You are banned from starting chats until ")
    await expect(line).to_contain_text("several strangers reported you")
    await expect(line).to_contain_text("This happened automatically")
    shown_until = await alice.page.evaluate(
        "until => new Date(until * 1000).toLocaleString('en', "
        "{dateStyle: 'medium', timeStyle: 'short'})",
        int(ban.until),
    )
    await expect(line).to_contain_text(shown_until)
    await expect(alice.page.locator("#message")).to_be_disabled()


async def test_escape_in_the_report_dialog_closes_it_and_leaves_the_chat_alone(
    visitor: OpenPage,
) -> None:
    alice, bob = await two(visitor)
    await chat_pair(alice, bob)
    page = alice.page
    await page.click("#report")
    await expect(page.locator("#report-dialog")).to_be_visible()
    await page.keyboard.press("Escape")
    await expect(page.locator("#report-dialog")).to_be_hidden()
    await expect(page.locator("#stop")).to_have_text("Stop")  # not armed by that Escape
    await say(alice.page, "still here")
    await expect_line(bob.page, "Stranger: still here")


async def test_the_dialog_says_sending_ends_the_chat_and_can_also_block(visitor: OpenPage) -> None:
    alice, bob = await two(visitor)
    await chat_pair(alice, bob)
    page = alice.page
    await page.click("#report")
    dialog = page.locator("#report-dialog")
    await expect(dialog).to_contain_text("Sending the report ends this chat.")
    await dialog.get_by_label("Spam or a bot").check()
    await dialog.get_by_label("Also block this stranger").check()
    await page.click("#report-send")
    await expect(page.locator("#report-status")).to_contain_text("Your receipt: ")
    await expect_line(page, BLOCKED)
    await expect_line(bob.page, "Stranger has disconnected.")
