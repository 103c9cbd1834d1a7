"""A page whose network drops mid-chat takes its session up again: both keep the chat, and the
messages sent meanwhile arrive once each, in order."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from aiohttp.test_utils import TestServer
from playwright.async_api import Browser, expect

from strangerchat.app import create_app
from strangerchat.settings import Settings
from tests.browser.helpers import Visitor, chat_pair, expect_line, log_lines, matched, say, start
from tests.browser.test_gate import pass_gate
from tests.cutter import Cutter

AWAY = "Stranger's connection dropped. Waiting for them to come back..."
BACK = "Stranger is back."
LEFT = "Stranger has disconnected."
LOOKING = "Looking for someone you can chat with. Hang on."
RESTARTING = "The server is restarting."
REFUSED_WEBSOCKET = "WebSocket connection to .* failed"
# After the network is back a page may be in its longest backoff sleep: 5 s with +50 % jitter
# (connection.js), then the resume itself, with room to spare.
BACKOFF_MS = 5_000 * 1.5 + 1_000 + 2_000


async def test_a_page_whose_network_drops_for_six_seconds_keeps_its_chat(
    browser: Browser, server: TestServer, visitor
) -> None:  # type: ignore[no-untyped-def]
    """Over a WebSocket: the session is resumed, and the partner reads that the connection
    dropped and came back."""
    await drop_for_six_seconds(browser, server, await visitor(), away_shown=True)


@pytest.mark.parametrize("refused_paths", [("/ws",)], indirect=True)
# The default's 60 s, not the suite's short 6 s, which a 6-second drop would outlast.
@pytest.mark.parametrize("settings", [{"poll_session_timeout": 60.0}], indirect=True)
async def test_a_long_polling_page_whose_network_drops_for_six_seconds_keeps_its_chat(
    browser: Browser, server: TestServer, visitor
) -> None:  # type: ignore[no-untyped-def]
    """Over long-poll: the polls are retried and acknowledge by seq; the session outlives them."""
    bob = await visitor()
    bob.expect_console_error(REFUSED_WEBSOCKET)
    await drop_for_six_seconds(browser, server, bob, away_shown=False)


async def drop_for_six_seconds(
    browser: Browser, server: TestServer, bob: Visitor, *, away_shown: bool
) -> None:
    async with Cutter(server.port) as cutter:
        context = await browser.new_context()
        context.set_default_timeout(15_000)
        alice = Visitor(context, await context.new_page(), f"{cutter.origin}/")
        try:
            await alice.open()
            await chat_pair(alice, bob)
            await say(bob.page, "before the drop")
            await expect_line(alice.page, "Stranger: before the drop")

            cutter.cut()
            for n in range(3):
                await say(bob.page, f"while you were away {n}")
            if away_shown:
                await expect_line(bob.page, AWAY)
            await asyncio.sleep(6)
            cutter.mend()

            await expect_line(alice.page, "Stranger: while you were away 2", timeout_ms=BACKOFF_MS)
            if away_shown:
                await expect_line(bob.page, BACK)
            await say(alice.page, "I am back")
            await expect_line(bob.page, "Stranger: I am back")
            lines = await log_lines(alice.page)
            received = [line for line in lines if line.startswith("Stranger: while")]
            assert received == [f"Stranger: while you were away {n}" for n in range(3)]
            assert LEFT not in lines
            assert LEFT not in await log_lines(bob.page)
            await expect(alice.page.locator("#message")).to_be_enabled()
        finally:
            await context.close()


async def test_a_restart_with_default_settings_keeps_the_page_past_the_gate_and_searching(
    browser: Browser, tmp_path: Path
) -> None:
    # No configured key: the one kept in the data directory signs the gate's cookie.
    settings = Settings(
        age_gate=True, pow_difficulty=20, count_interval=0.3, data_dir=str(tmp_path / "data")
    )
    first = TestServer(create_app(settings), host="127.0.0.1")
    await first.start_server()
    second: TestServer | None = None
    async with Cutter(first.port) as cutter:
        context = await browser.new_context()
        context.set_default_timeout(15_000)
        alice = Visitor(context, await context.new_page(), f"{cutter.origin}/")
        try:
            await alice.open()
            await pass_gate(alice)
            await start(alice)
            await expect_line(alice.page, LOOKING)

            await first.close()  # SIGTERM's path: every client hears the server is restarting
            second = TestServer(create_app(settings), host="127.0.0.1")
            await second.start_server()
            cutter.target_port = second.port

            await expect_line(alice.page, RESTARTING)
            await expect(alice.page.locator("#log > p").filter(has_text=LOOKING)).to_have_count(2)
            await expect(alice.page.locator("#gate-form")).to_be_hidden()
            assert (await log_lines(alice.page))[0] == "Connecting to server..."  # the log kept

            bob = Visitor(context, await context.new_page(), f"{cutter.origin}/")
            await bob.open()  # same browser, same cookie: no gate after the restart either
            await expect(bob.page.locator("#start-form")).to_be_visible()
            await start(bob)
            await matched(alice, bob)
        finally:
            await context.close()
            if second is not None:
                await second.close()


async def test_a_message_written_while_the_page_reconnects_is_sent_once_it_is_back(
    browser: Browser, server: TestServer, visitor
) -> None:  # type: ignore[no-untyped-def]
    bob = await visitor()
    async with Cutter(server.port) as cutter:
        context = await browser.new_context()
        context.set_default_timeout(15_000)
        alice = Visitor(context, await context.new_page(), f"{cutter.origin}/")
        try:
            await alice.open()
            await chat_pair(alice, bob)
            cutter.cut()
            await expect_line(alice.page, "Connection trouble. Trying again...")
            await say(alice.page, "written while away")
            await asyncio.sleep(2)
            cutter.mend()
            await expect_line(bob.page, "Stranger: written while away", timeout_ms=BACKOFF_MS)
            await say(alice.page, "and after")
            await expect_line(bob.page, "Stranger: and after")
            lines = await log_lines(bob.page)
            assert [line for line in lines if line.startswith("Stranger:")] == [
                "Stranger: written while away",
                "Stranger: and after",
            ]
            assert not [line for line in await log_lines(alice.page) if "Not delivered" in line]
        finally:
            await context.close()
