"""Appeals from the page: a banned or locked-out visitor reads what, why, by whom and until
when, appeals with a short text and gets a receipt; a moderator answers in the console at
/admin, and the visitor's next visit shows the answer once and lets them chat again."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import pytest
from aiohttp import ClientSession, CookieJar, web
from aiohttp.test_utils import TestServer
from playwright.async_api import Page, expect

from strangerchat.appkeys import CHAT
from strangerchat.moderation.passwords import hash_password
from tests.browser.helpers import OpenPage, Visitor, chat_pair, expect_line, run_axe, say, two
from tests.browser.test_gate import GATED, pass_gate

NAME, PASSWORD = "ada", "correct horse battery"
PASSWORD_HASH = hash_password(PASSWORD)  # once: hashing is slow on purpose
NOTICE = "#appeal-notice"


class Console:
    """A moderator signed in to the page's server's console, over plain HTTP."""

    def __init__(self, session: ClientSession, server: TestServer) -> None:
        self.session = session
        self.server = server
        self.origin = f"http://{server.host}:{server.port}"

    async def page(self, path: str) -> str:
        async with self.session.get(self.server.make_url(path)) as answer:
            assert answer.status == 200, (path, answer.status)
            return await answer.text()

    async def post(self, path: str, **fields: str) -> int:
        async with self.session.post(
            self.server.make_url(path),
            data=fields,
            headers={"Origin": self.origin},
            allow_redirects=False,
        ) as answer:
            return answer.status

    async def act(self, path: str, **fields: str) -> int:
        found = re.search(r'name="csrf" value="([^"]+)"', await self.page("/admin"))
        assert found is not None
        return await self.post(path, csrf=found.group(1), **fields)


@asynccontextmanager
async def moderator(server: TestServer, app: web.Application) -> AsyncIterator[Console]:
    assert await app[CHAT].stores.records.accounts.add(NAME, PASSWORD_HASH)
    # unsafe: the server is at an IP address, whose cookies aiohttp refuses by default
    async with ClientSession(cookie_jar=CookieJar(unsafe=True)) as session:
        console = Console(session, server)
        assert await console.post("/admin/sign-in", name=NAME, password=PASSWORD) == 303
        yield console


async def report_stranger(page: Page, category: str) -> None:
    await page.click("#report")
    await page.locator("#report-dialog").get_by_label(category).check()
    await page.click("#report-send")
    await expect(page.locator("#report-status")).to_contain_text("Your receipt: ")
    await page.click("#report-send")  # Close


async def banned_by_moderator(
    visitor: OpenPage, app: web.Application, console: Console, action: str, **fields: str
) -> Visitor:
    """Alice reports Bob for harassment, the moderator bans him; Bob's next Start is refused."""
    alice, bob = await two(visitor)
    await chat_pair(alice, bob)
    await say(bob.page, "you are an idiot")
    await expect_line(alice.page, "Stranger: you are an idiot")
    await report_stranger(alice.page, "Harassment")
    await expect_line(bob.page, "Stranger has disconnected.")
    [case] = await app[CHAT].stores.records.queue()
    assert case.category == "harassment"
    path = f"/admin/cases/{case.receipt}"
    assert await console.act(path, action=action, reason="insults", **fields) == 303
    await bob.page.click("#stop")  # New
    await expect(bob.page.locator("#log > p.error")).to_be_visible()
    return bob


async def send_appeal(page: Page, text: str) -> str:
    """Open the Appeal dialog from the offer, send `text`; the receipt the dialog shows."""
    await page.get_by_role("button", name="Appeal").click()
    dialog = page.locator("#appeal-dialog")
    await expect(dialog).to_be_visible()
    await page.fill("#appeal-text", text)
    await expect(page.locator("#appeal-count")).to_have_text(f"{len(text)} of 1000 characters")
    await page.click("#appeal-send")
    status = page.locator("#appeal-status")
    await expect(status).to_contain_text("You will see the answer here when you come back.")
    found = re.search(r"Your receipt: ([\w-]+)\.", await status.text_content() or "")
    assert found is not None
    return found.group(1)


async def test_a_ban_is_explained_appealed_and_its_reversal_shown_on_the_next_visit(
    visitor: OpenPage, server: TestServer, app: web.Application
) -> None:
    async with moderator(server, app) as console:
        bob = await banned_by_moderator(visitor, app, console, "ban", length="24h")
        page = bob.page
        line = page.locator("#log > p.error")
        await expect(line).to_contain_text("You are banned from starting chats until ")
        await expect(line).to_contain_text("Why: harassment.")
        await expect(line).to_contain_text("A moderator decided this.")
        await expect(line).not_to_contain_text("automatically")

        await page.get_by_role("button", name="Appeal").click()
        dialog = page.locator("#appeal-dialog")
        await expect(dialog).to_contain_text("why the ban is wrong")
        assert await run_axe(page) == []
        await page.click("#appeal-send")  # nothing written yet
        await expect(page.locator("#appeal-status")).to_have_text(
            "Please say in a few words why this is wrong."
        )
        await page.click("#appeal-cancel")
        await expect(dialog).to_be_hidden()

        receipt = await send_appeal(page, "It was a misunderstanding ✋")
        await page.click("#appeal-send")  # now labelled Close
        await expect(dialog).to_be_hidden()
        offer = page.locator("#log .appeal-offer")
        await expect(offer).to_have_text(
            "You have appealed. You will see the answer here when you come back."
        )
        await expect(offer).to_be_focused()

        await bob.open()  # while it is open, a quiet line says so
        await expect(page.locator(NOTICE)).to_have_text("Your appeal is being reviewed.")
        assert "It was a misunderstanding ✋" in await console.page("/admin/appeals")
        reason = "The stranger was quoting a film."
        assert (
            await console.act(f"/admin/appeals/{receipt}", outcome="reversed", reason=reason) == 303
        )

    await bob.open()
    notice = page.locator(NOTICE)
    await expect(notice).to_contain_text("Your appeal was accepted: the ban is lifted")
    await expect(notice).to_contain_text(f"The moderator's reason: {reason}")
    assert await run_axe(page) == []
    assert await page.evaluate("localStorage.getItem('strangerchat.appeal')") is None
    await bob.open()  # shown once
    await expect(notice).to_have_text("")
    await page.click("#start")
    await expect_line(page, "Looking for someone")


async def test_a_permanent_ban_says_so_and_is_offered_for_appeal_once(
    visitor: OpenPage, server: TestServer, app: web.Application
) -> None:
    async with moderator(server, app) as console:
        bob = await banned_by_moderator(visitor, app, console, "ban_for_good")
    page = bob.page
    line = page.locator("#log > p.error")
    await expect(line).to_contain_text("You are banned from starting chats permanently.")
    await send_appeal(page, "please")
    await page.click("#appeal-send")
    await expect(page.locator("#appeal-status")).to_contain_text("receipt")
    await page.keyboard.press("Escape")
    # Even a browser that forgot its appeal is not offered a second one: the server says it
    # was appealed by sending no reference with the next refusal.
    await page.evaluate("localStorage.removeItem('strangerchat.appeal')")
    first_refusal = await line.element_handle()
    await page.click("#stop")  # New: a new log, and the refusal again
    await first_refusal.wait_for_element_state("hidden")
    await expect(line).to_contain_text("permanently")
    await expect(page.get_by_role("button", name="Appeal")).to_have_count(0)


@pytest.mark.parametrize("settings", [GATED], indirect=True)
async def test_the_trip_wire_lockout_can_be_appealed_and_its_reversal_opens_the_gate(
    visitor: OpenPage, server: TestServer, app: web.Application
) -> None:
    alice, bob = await two(visitor)
    for one in (alice, bob):
        await pass_gate(one)
    await chat_pair(alice, bob)
    await say(alice.page, "im 15 btw")
    page = alice.page
    refusal = page.get_by_role("heading", name="strangerchat is for adults only")
    await expect(refusal).to_be_visible()  # the page reloads into the refusal
    await expect(page.locator("#refused-lockout")).to_contain_text("ended automatically")
    await expect(page.locator("#refused-appeal")).to_contain_text("Think this is wrong?")
    await page.get_by_role("button", name="Appeal").click()
    await expect(page.locator("#appeal-dialog")).to_contain_text("why the pause is a mistake")
    assert await run_axe(page) == []
    await page.click("#appeal-cancel")
    receipt = await send_appeal(page, "I meant 15 minutes")
    await page.click("#appeal-send")
    await expect(page.locator("#refused-appeal")).to_contain_text("You have appealed.")

    async with moderator(server, app) as console:
        appeals = await console.page("/admin/appeals")
        assert "I meant 15 minutes" in appeals
        assert "the rules (automatic)" in appeals
        outcome = {"outcome": "reversed", "reason": "A time, not an age."}
        assert await console.act(f"/admin/appeals/{receipt}", **outcome) == 303

    await alice.open()  # the gate's refusal is cleared, and the page loads again into the gate
    await expect(page.locator("#gate-form")).to_be_visible()
    notice = page.locator(NOTICE)
    await expect(notice).to_contain_text("Your appeal was accepted: the pause is lifted.")
    await expect(notice).to_contain_text("The moderator's reason: A time, not an age.")
    assert await page.evaluate("localStorage.getItem('strangerchat.lockout')") is None
    await pass_gate(alice)
    await bob.open()
    await chat_pair(alice, bob)


async def test_a_lockout_refusal_without_the_browsers_mark_can_still_be_appealed(
    visitor: OpenPage,
) -> None:
    alice, bob = await two(visitor)  # no gate here: the session holds the lockout
    await chat_pair(alice, bob)
    page = alice.page
    await say(page, "im 15 btw")
    await expect_line(page, "ended automatically")
    await page.evaluate("localStorage.clear()")  # the mark and its ref are gone
    await page.click("#stop")  # New
    await expect(page.locator("#log > p.error")).to_contain_text("paused automatically")
    await send_appeal(page, "It was a typo")
    assert await page.evaluate("localStorage.getItem('strangerchat.lockout')") is not None
