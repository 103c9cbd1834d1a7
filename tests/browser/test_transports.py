"""Either transport: long-polling when WebSockets are refused; connections that drop."""

from __future__ import annotations

import urllib.parse

import pytest
from aiohttp import web
from playwright.async_api import Request, Route, expect

from strangerchat.appkeys import CHAT
from strangerchat.session import GOING_AWAY
from tests.browser.helpers import (
    Visitor,
    chat_pair,
    expect_line,
    log_lines,
    matched,
    say,
    start,
    two,
)

WEBSOCKETS_REFUSED = pytest.mark.parametrize("refused_paths", [("/ws",)], indirect=True)
REFUSED_WEBSOCKET = r"WebSocket connection to .* failed"
ABORTED_POLL = r"Failed to load resource: net::ERR_FAILED"
# A frame that crosses the partner's leaving (a typing signal, say) is answered 409, which the
# page ignores as it ignores the WebSocket's error event; Chromium logs the status all the same.
CROSSED_FRAME = r"status of 409 \(Conflict\)"


RESUME_FAILED = "Could not get back into that chat: it has ended."


async def drop_first(app: web.Application) -> None:
    """End the oldest session from the server's side, as a restart or a stalled reader would."""
    chat = app[CHAT]
    await chat.close_session(next(iter(chat.broker.local_sessions())), GOING_AWAY)


def count_polls(one: Visitor) -> list[str]:
    polls: list[str] = []

    def seen(request: Request) -> None:
        if urllib.parse.urlsplit(request.url).path == "/api/events":  # with its ?route=
            polls.append(request.url)

    one.page.on("request", seen)
    return polls


@WEBSOCKETS_REFUSED
async def test_with_websockets_refused_the_chat_works_over_long_polling(visitor) -> None:
    alice, bob = await two(visitor)
    for one in (alice, bob):
        one.expect_console_error(REFUSED_WEBSOCKET)
        one.expect_console_error(CROSSED_FRAME)
    polls = count_polls(alice)
    await chat_pair(alice, bob)
    await say(alice.page, "over http")
    await expect_line(bob.page, "Stranger: over http")
    await say(bob.page, "and back")
    await expect_line(alice.page, "Stranger: and back")
    assert polls, "alice never polled"

    await alice.page.keyboard.press("Escape")
    await alice.page.keyboard.press("Escape")
    await expect_line(bob.page, "Stranger has disconnected.")
    await expect_line(alice.page, "You have disconnected.")
    await alice.page.keyboard.press("Escape")  # the same long-poll session searches again
    await expect_line(alice.page, "Looking for someone")
    await bob.page.keyboard.press("Escape")
    await matched(alice, bob)

    # Closing the page says goodbye at once, not only when the session expires (6 s here).
    await alice.page.close()
    await expect(bob.page.locator("#log > p.status").last).to_have_text(
        "Stranger has disconnected.", timeout=3_000
    )


@WEBSOCKETS_REFUSED
async def test_long_polling_rides_out_failed_polls_without_losing_a_message(visitor) -> None:
    alice, bob = await two(visitor)
    for one in (alice, bob):
        one.expect_console_error(REFUSED_WEBSOCKET)
        one.expect_console_error(CROSSED_FRAME)
    alice.expect_console_error(ABORTED_POLL)
    await chat_pair(alice, bob)

    failing = False

    async def flaky(route: Route) -> None:
        await (route.abort() if failing else route.continue_())

    await alice.page.route("**/api/events?*", flaky)
    failing = True
    await say(bob.page, "one")  # answers the poll in flight; the polls after it fail
    await expect_line(alice.page, "Connection trouble. Trying again...")
    await say(bob.page, "two")  # queued on the server while alice cannot poll
    failing = False
    await expect_line(alice.page, "Connected again.")
    await expect_line(alice.page, "Stranger: two")
    lines = await log_lines(alice.page)
    assert [line for line in lines if line.startswith("Stranger:")] == [
        "Stranger: one",
        "Stranger: two",
    ]
    await say(alice.page, "still here")
    await expect_line(bob.page, "Stranger: still here")


async def test_a_dropped_connection_is_reported_and_a_new_chat_reconnects(
    visitor, app: web.Application
) -> None:
    alice, bob = await two(visitor)
    await chat_pair(alice, bob)
    await drop_first(app)  # alice's: her page reconnects, but the session is gone
    await expect_line(alice.page, RESUME_FAILED)
    await expect_line(bob.page, "Stranger has disconnected.")
    for one in (alice, bob):
        await expect(one.page.locator("#stop")).to_have_text("New")
        await expect(one.page.locator("#message")).to_be_disabled()
    await alice.page.click("#stop")
    await bob.page.click("#stop")
    await matched(alice, bob)


async def test_a_search_cut_off_by_a_dropped_connection_starts_over(
    visitor, app: web.Application
) -> None:
    alice = await visitor()
    await start(alice)
    await expect_line(alice.page, "Looking for someone")
    await drop_first(app)
    await expect_line(alice.page, RESUME_FAILED)
    await expect(alice.page.locator("#log > p").last).to_have_text(
        "Looking for someone you can chat with. Hang on."
    )
    bob = await visitor()
    await start(bob)
    await matched(alice, bob)


async def test_a_server_restart_is_announced(visitor, app: web.Application) -> None:
    alice, bob = await two(visitor)
    await chat_pair(alice, bob)
    await app[CHAT].shut_down()  # what SIGTERM does; alice's session is the first it ends
    # The restart is the reason each reads, and the last line: not "Stranger has disconnected."
    # (which blames the stranger) and not a lost connection (the page keeps trying quietly).
    for one in (alice, bob):
        await expect(one.page.locator("#log > p:not(.controls)").last).to_have_text(
            "The server is restarting."
        )
    for one in (alice, bob):
        await expect(one.page.locator("#stop")).to_have_text("New")
