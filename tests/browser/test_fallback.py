"""A page whose WebSocket is cut mid-chat where WebSockets are then refused (a proxy or captive
network that passes plain HTTP only) takes its session up over long-poll: the chat goes on with
every message once and in order, nobody reads that the other left; and once WebSockets get
through again the page moves back to one without a gap."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass

import pytest
import pytest_asyncio
from aiohttp import web
from aiohttp.test_utils import TestServer
from playwright.async_api import Browser, expect

from strangerchat.appkeys import CHAT
from strangerchat.session import LONGPOLL, WEBSOCKET
from tests.browser.helpers import Visitor, chat_pair, expect_line, log_lines, say
from tests.cutter import Cutter

LEFT = "Stranger has disconnected."
LOST = "Lost the connection to the server."
TROUBLE = "Connection trouble. Trying again..."
AGAIN = "Connected again."
REFUSED_WEBSOCKET = r"WebSocket connection to .* failed"
# Chromium logs each request that fails while the network is cut: reset, or closed after the
# request went and before any answer came.
CUT_REQUEST = (
    r"Failed to load resource: net::ERR_(CONNECTION_RESET|SOCKET_NOT_CONNECTED|EMPTY_RESPONSE)"
)
# The network is back after DOWN_S; the page may be in a backoff sleep of up to 3 s (+50 %), then
# fails one more WebSocket before it polls: room to spare on top.
DOWN_S = 3
FALLBACK_MS = 15_000
# The first try to move back waits 5 s with ±50 % jitter (connection.js).
UPGRADE_S = 5 * 1.5 + 5

# A WebSocket session taken up by polls keeps the last_seen of its start until its first poll
# lands (Chat.take_up_as leaves it), so the suite's 6 s poll timeout could end it in between.
LONG_POLL_TIMEOUT = pytest.mark.parametrize(
    "settings", [{"poll_session_timeout": 60.0}], indirect=True
)


@dataclass
class Pair:
    alice: Visitor  # through the cutter, which will refuse her WebSockets
    bob: Visitor  # straight to the server, on a WebSocket throughout
    cutter: Cutter


@pytest_asyncio.fixture(loop_scope="session")
async def pair(browser: Browser, server: TestServer, visitor) -> AsyncIterator[Pair]:  # type: ignore[no-untyped-def]
    bob = await visitor()
    async with Cutter(server.port) as cutter:
        context = await browser.new_context()
        context.set_default_timeout(15_000)
        alice = Visitor(context, await context.new_page(), f"{cutter.origin}/")
        alice.expect_console_error(REFUSED_WEBSOCKET)
        alice.expect_console_error(CUT_REQUEST)
        alice.page.on("console", alice.on_console)
        alice.page.on("pageerror", alice.on_page_error)
        try:
            await alice.open()
            await chat_pair(alice, bob)
            yield Pair(alice, bob, cutter)
            assert not alice.problems, "\n".join(alice.problems)
        finally:
            await context.close()


def transports(app: web.Application) -> list[str]:
    return sorted(session.transport for session in app[CHAT].broker.local_sessions())


async def fall_back(pair: Pair, app: web.Application) -> list[str]:
    """Cut Alice's WebSocket with Bob's messages on the way, bring back plain HTTP only; the
    texts Bob sent, once Alice has them all."""
    alice, bob, cutter = pair.alice, pair.bob, pair.cutter
    await say(bob.page, "before the cut")
    await expect_line(alice.page, "Stranger: before the cut")
    cutter.refuse_websockets()
    cutter.cut()
    sent = ["before the cut"]
    for n in range(3):
        sent.append(f"while you were away {n}")
        await say(bob.page, sent[-1])
    await asyncio.sleep(DOWN_S)
    cutter.mend()  # HTTP gets through again, WebSockets do not
    await expect_line(alice.page, "Stranger: while you were away 2", timeout_ms=FALLBACK_MS)
    assert transports(app) == [LONGPOLL, WEBSOCKET]
    await say(alice.page, "over long-poll")
    await expect_line(bob.page, "Stranger: over long-poll")
    sent.append("answered")
    await say(bob.page, sent[-1])
    await expect_line(alice.page, "Stranger: answered")
    return sent


async def assert_once_in_order(pair: Pair, bob_sent: list[str], alice_sent: list[str]) -> None:
    alice_lines = await log_lines(pair.alice.page)
    bob_lines = await log_lines(pair.bob.page)
    assert [line for line in alice_lines if line.startswith("Stranger:")] == [
        f"Stranger: {text}" for text in bob_sent
    ]
    assert [line for line in bob_lines if line.startswith("Stranger:")] == [
        f"Stranger: {text}" for text in alice_sent
    ]
    # Each side's own lines as it sent them, none marked as not delivered.
    assert [line for line in bob_lines if line.startswith("You:")] == [
        f"You: {text}" for text in bob_sent
    ]
    assert [line for line in alice_lines if line.startswith("You:")] == [
        f"You: {text}" for text in alice_sent
    ]
    for lines in (alice_lines, bob_lines):
        assert not [line for line in lines if "Not delivered" in line], lines
        assert LEFT not in lines
        assert LOST not in lines
    for one in (pair.alice, pair.bob):
        await expect(one.page.locator("#message")).to_be_enabled()


@LONG_POLL_TIMEOUT
async def test_a_page_whose_websockets_are_refused_mid_chat_goes_on_over_long_poll(
    pair: Pair, app: web.Application
) -> None:
    bob_sent = await fall_back(pair, app)
    await assert_once_in_order(pair, bob_sent, ["over long-poll"])
    # One honest pair of lines for the drop: trouble, then back.
    statuses = await log_lines(pair.alice.page)
    assert statuses.count(TROUBLE) == 1
    assert statuses.count(AGAIN) == 1


@LONG_POLL_TIMEOUT
async def test_a_page_on_long_poll_moves_back_to_a_websocket_once_one_gets_through(
    pair: Pair, app: web.Application
) -> None:
    bob_sent = await fall_back(pair, app)
    lines_before = len(await log_lines(pair.alice.page))
    pair.cutter.pass_websockets()
    # Bob keeps talking while Alice's page moves, so that some of it crosses the move (slower
    # than the message rate, 2 a second after a burst of 10, which would refuse some).
    deadline = time.monotonic() + UPGRADE_S
    while transports(app) != [WEBSOCKET, WEBSOCKET]:
        assert time.monotonic() < deadline, "the page stayed on long-poll"
        bob_sent.append(f"during the move {len(bob_sent)}")
        await say(pair.bob.page, bob_sent[-1])
        await asyncio.sleep(0.6)
    for n in range(2):
        bob_sent.append(f"after the move {n}")
        await say(pair.bob.page, bob_sent[-1])
    await expect_line(pair.alice.page, f"Stranger: {bob_sent[-1]}")
    await say(pair.alice.page, "on a socket again")
    await expect_line(pair.bob.page, "Stranger: on a socket again")
    await assert_once_in_order(pair, bob_sent, ["over long-poll", "on a socket again"])
    # The move is not news: no status line came with it, only the chat's own lines.
    new_lines = (await log_lines(pair.alice.page))[lines_before:]
    assert all(line.startswith(("Stranger: ", "You: ")) for line in new_lines), new_lines


@LONG_POLL_TIMEOUT
async def test_a_page_that_started_on_long_poll_moves_to_a_websocket_and_can_resume_on_it(
    browser: Browser, server: TestServer, visitor, app: web.Application
) -> None:  # type: ignore[no-untyped-def]
    """Its credential came with `POST /api/session`: the move and a later resume use it."""
    bob = await visitor()
    async with Cutter(server.port) as cutter:
        cutter.refuse_websockets()
        context = await browser.new_context()
        context.set_default_timeout(15_000)
        alice = Visitor(context, await context.new_page(), f"{cutter.origin}/")
        for pattern in (REFUSED_WEBSOCKET, CUT_REQUEST):
            alice.expect_console_error(pattern)
        alice.page.on("console", alice.on_console)
        alice.page.on("pageerror", alice.on_page_error)
        try:
            await alice.open()
            await chat_pair(alice, bob)
            assert transports(app) == [LONGPOLL, WEBSOCKET]
            cutter.pass_websockets()
            deadline = time.monotonic() + UPGRADE_S
            while transports(app) != [WEBSOCKET, WEBSOCKET]:
                assert time.monotonic() < deadline, "the page stayed on long-poll"
                await asyncio.sleep(0.2)
            await say(bob.page, "to your socket")
            await expect_line(alice.page, "Stranger: to your socket")

            cutter.cut()  # a drop on the new socket: resumed over a WebSocket again
            await say(bob.page, "while you were away")
            await asyncio.sleep(1)
            cutter.mend()
            await expect_line(alice.page, "Stranger: while you were away", timeout_ms=FALLBACK_MS)
            await say(alice.page, "back on a socket")
            await expect_line(bob.page, "Stranger: back on a socket")
            assert transports(app) == [WEBSOCKET, WEBSOCKET]
            lines = await log_lines(alice.page)
            assert [line for line in lines if line.startswith("Stranger:")] == [
                "Stranger: to your socket",
                "Stranger: while you were away",
            ]
            assert LEFT not in await log_lines(bob.page)
            assert not alice.problems, "\n".join(alice.problems)
        finally:
            await context.close()
