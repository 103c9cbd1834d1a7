"""The home page's online count: right for a visitor with no session, while others chat."""

from __future__ import annotations

from playwright.async_api import expect

from tests.browser.helpers import chat_pair, say, two


async def test_the_home_page_counts_the_sessions_open_while_others_chat(visitor) -> None:
    watcher = (await visitor()).page
    online = watcher.locator("#online")
    await expect(online).to_have_text("0 strangers online")  # rendered with the page

    alice, bob = await two(visitor)
    await chat_pair(alice, bob)
    await say(alice.page, "hello")
    # The watcher has no session, so nothing is pushed to it: it asks, and sees both.
    await expect(online).to_have_text("2 strangers online")
    # A chatting page's count follows too, though the server pushes only to the waiting.
    await expect(alice.page.locator("#online")).to_have_text("2 strangers online")

    await bob.page.close()
    await expect(online).to_have_text("1 stranger online")


async def test_the_count_endpoint_answers_json(visitor, server) -> None:
    page = (await visitor()).page
    answer = await page.request.get(str(server.make_url("/api/online")))
    assert answer.ok
    assert answer.headers["cache-control"] == "no-store"
    assert await answer.json() == {"online": 0}
