"""Two people in two browsers: matching, talking both ways, interests, typing, leaving."""

from __future__ import annotations

import pytest
from playwright.async_api import expect

from tests.browser.helpers import (
    TIME_PREFIX,
    chat_pair,
    expect_line,
    log_lines,
    matched,
    say,
    start,
    two,
    untimed,
)

CONNECTED = "You're now chatting with a random stranger. Say hi!"
# Both pages are in English, so both chose it; but English tells nothing, so it is not said.
BOTH_ENGLISH = "You both speak English."
WIDENED = "Now looking for anyone at all, not only someone who shares your interests."
FELL_BACK = "Couldn't find anyone who shares your interests, so this stranger is completely random."


async def test_two_strangers_match_and_chat_both_ways(visitor) -> None:
    alice, bob = await two(visitor)
    await start(alice)
    await expect_line(alice.page, "Looking for someone you can chat with. Hang on.")
    await expect(alice.page.locator("#message")).to_be_disabled()
    await expect(alice.page.locator("#send")).to_be_disabled()

    await start(bob)
    await matched(alice, bob)
    await expect(alice.page.locator("#message")).to_be_focused()
    await say(alice.page, "hi from alice")
    await bob.page.fill("#message", "first line")
    await bob.page.press("#message", "Shift+Enter")
    await bob.page.keyboard.type("second line")
    await bob.page.click("#send")

    await expect_line(bob.page, "Stranger: hi from alice")
    await expect_line(alice.page, "Stranger: first line\nsecond line")
    assert await log_lines(alice.page) == [
        "Connecting to server...",
        "Looking for someone you can chat with. Hang on.",
        CONNECTED,
        "You: hi from alice",
        "Stranger: first line\nsecond line",
    ]
    await expect(alice.page.locator("#message")).to_have_value("")
    await expect(bob.page.locator("#online")).to_have_text("2 strangers online")


async def test_shared_interests_are_named_with_an_oxford_comma(visitor) -> None:
    alice, bob = await two(visitor)
    await start(alice, "Music", "films", "chess", "knitting")
    await start(bob, "chess", "FILMS", "music", "go")
    await matched(alice, bob)
    for one in (alice, bob):
        await expect_line(one.page, "You both like chess, films, and music.")
        assert FELL_BACK not in await log_lines(one.page)


async def test_without_a_shared_interest_the_fallback_line_follows_the_wait(visitor) -> None:
    alice, bob = await two(visitor)
    await start(alice, "cats")
    await start(bob, "dogs")
    offer = alice.page.get_by_role("button", name="connect to a completely random stranger")
    await expect(offer).to_be_visible()
    await matched(alice, bob)  # after interest_wait
    await expect(offer).to_have_count(0)
    for one in (alice, bob):
        lines = await log_lines(one.page)
        assert lines[-2:] == [CONNECTED, FELL_BACK]


@pytest.mark.parametrize("settings", [{"interest_wait": 30.0}], indirect=True)
async def test_the_random_stranger_offer_connects_at_once(visitor) -> None:
    alice, bob = await two(visitor)
    await start(alice, "stamps")
    await start(bob)  # no interests: open to anyone, but alice is still holding out
    await expect_line(bob.page, "Looking for someone")
    await alice.page.get_by_role("button", name="connect to a completely random stranger").click()
    await matched(alice, bob)
    assert (await log_lines(alice.page))[-3:] == [WIDENED, CONNECTED, FELL_BACK]
    assert (await log_lines(bob.page))[-2:] == [
        "Looking for someone you can chat with. Hang on.",
        CONNECTED,
    ]
    assert BOTH_ENGLISH not in await log_lines(bob.page)


async def test_typing_indicator_shows_and_clears(visitor) -> None:
    alice, bob = await two(visitor)
    await alice.page.clock.install()
    await chat_pair(alice, bob)
    typing = bob.page.locator("#typing")
    await expect(typing).to_be_hidden()

    await alice.page.locator("#message").press_sequentially("hel")
    await expect(typing).to_have_text("Stranger is typing...")
    await expect(typing).to_be_visible()
    await alice.page.press("#message", "Enter")  # sending clears it
    await expect_line(bob.page, "Stranger: hel")
    await expect(typing).to_be_hidden()

    await alice.page.locator("#message").press_sequentially("more")
    await expect(typing).to_be_visible()
    await alice.page.clock.fast_forward(5_100)  # five seconds without a change
    await expect(typing).to_be_hidden()

    await alice.page.locator("#message").press_sequentially("!")
    await expect(typing).to_be_visible()
    await alice.page.keyboard.press("Escape")
    await alice.page.keyboard.press("Escape")  # leaving clears it
    await expect_line(bob.page, "Stranger has disconnected.")
    await expect(typing).to_be_hidden()


async def test_escape_ends_the_chat_and_starts_the_next_and_the_log_saves(visitor) -> None:
    alice, bob = await two(visitor)
    await chat_pair(alice, bob)
    await say(alice.page, "hello bob")
    await expect_line(bob.page, "Stranger: hello bob")
    await say(bob.page, "hello alice")
    await expect_line(alice.page, "Stranger: hello alice")

    button = alice.page.locator("#stop")
    await expect(button).to_have_text("Stop")
    await alice.page.keyboard.press("Escape")
    await expect(button).to_have_text("Really?")
    await say(alice.page, "wait, one more thing")  # talking again disarms it
    await expect(button).to_have_text("Stop")
    await alice.page.keyboard.press("Escape")
    await alice.page.keyboard.press("Escape")

    await expect_line(alice.page, "You have disconnected.")
    await expect_line(bob.page, "Stranger has disconnected.")
    await expect(button).to_have_text("New")
    await expect(bob.page.locator("#stop")).to_have_text("New")
    for one in (alice, bob):
        await expect(one.page.locator("#message")).to_be_disabled()
        await expect(one.page.get_by_role("button", name="Start a new chat")).to_be_visible()

    async with alice.page.expect_download() as download_info:
        await alice.page.get_by_role("button", name="Great chat? Save the log").click()
    download = await download_info.value
    assert download.suggested_filename.startswith("strangerchat-log-")
    assert download.suggested_filename.endswith(".txt")
    saved = (await download.path()).read_text("utf-8")
    assert all(TIME_PREFIX.match(line) for line in saved.splitlines())  # each line has its time
    assert untimed(saved) == [
        "Connecting to server...",
        "Looking for someone you can chat with. Hang on.",
        CONNECTED,
        "You: hello bob",
        "Stranger: hello alice",
        "You: wait, one more thing",
        "You have disconnected.",
    ]

    await alice.page.keyboard.press("Escape")  # New: a fresh search with a fresh log
    await expect_line(alice.page, "Looking for someone you can chat with. Hang on.")
    assert await log_lines(alice.page) == [
        "Connecting to server...",
        "Looking for someone you can chat with. Hang on.",
    ]
    await bob.page.get_by_role("button", name="Start a new chat").click()
    await matched(alice, bob)


async def test_html_in_a_message_shows_as_text_and_runs_nothing(visitor) -> None:
    alice, bob = await two(visitor)
    payload = (
        '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>'
        '<b>bold</b> &amp; <a href="javascript:window.pwned=3">link</a>'
    )
    await start(alice, payload[:40])
    await start(bob, payload[:40])
    await matched(alice, bob)
    await say(alice.page, payload)
    message = bob.page.locator("#log .message.stranger .text").last
    await expect(message).to_have_text(payload)
    assert await bob.page.locator("#log img, #log script, #log b, #log a").count() == 0
    assert await bob.page.evaluate("window.pwned") is None
    common = f"You both like {payload[:40].lower()}."
    await expect_line(bob.page, common)


async def test_the_log_stays_at_the_newest_line_after_tall_messages(visitor) -> None:
    alice, bob = await two(visitor, viewport={"width": 390, "height": 844})
    await chat_pair(alice, bob)
    tall = " and ".join(["a message long enough to wrap onto several lines on a phone screen"] * 3)
    for letter in "abcdefgh":  # within the burst of 10; no digits, which could read as an age
        await say(bob.page, f"{letter} {tall}")
        await expect_line(alice.page, f"Stranger: {letter} {tall}")
    log = alice.page.locator("#log")
    gap = await log.evaluate("log => log.scrollHeight - log.scrollTop - log.clientHeight")
    assert gap < 2, f"the newest line is {gap}px below the visible end of the log"


async def test_a_draft_is_not_carried_into_the_next_chat(visitor) -> None:
    alice, bob = await two(visitor)
    await chat_pair(alice, bob)
    await alice.page.fill("#message", "half a thought")
    await bob.page.keyboard.press("Escape")
    await bob.page.keyboard.press("Escape")
    await expect_line(alice.page, "Stranger has disconnected.")
    await alice.page.get_by_role("button", name="Start a new chat").click()
    await expect(alice.page.locator("#message")).to_have_value("")
