"""The README's screenshots, from a real chat in two browsers, in English, Danish and French:
`python -m tests.browser.screenshot` writes docs/screenshot.png, screenshot-da.png and
screenshot-fr.png."""

from __future__ import annotations

import asyncio
from pathlib import Path

from aiohttp.test_utils import TestServer
from playwright.async_api import Browser, Page, async_playwright, expect

from strangerchat.app import create_app
from strangerchat.settings import Settings
from tests.browser.helpers import CHROMIUM, CHROMIUM_ARGS

DOCS = Path(__file__).resolve().parents[2] / "docs"
VIEWPORT = {"width": 900, "height": 560}

# Per language: the file, the two strangers' interests, their lines, and the draft being typed.
CHATS = {
    "en": (
        "screenshot.png",
        ("jazz,films,hiking,", "films,jazz,cooking,"),
        (
            "hi! what have you been listening to lately?",
            "Mostly Alice Coltrane. Journey in Satchidananda, on repeat.",
            "oh, that one is beautiful. the harp!",
            "seen any good films with a great soundtrack?",
        ),
        "Whiplash, obviously",
    ),
    "da": (
        "screenshot-da.png",
        ("jazz,film,vandring,", "film,jazz,madlavning,"),
        (
            "hej! hvad har du lyttet til for nylig?",
            "Mest Alice Coltrane. Journey in Satchidananda, igen og igen.",
            "åh, den er smuk. harpen!",
            "set nogen gode film med et godt soundtrack?",
        ),
        "Whiplash, selvfølgelig",
    ),
    "fr": (
        "screenshot-fr.png",
        ("jazz,films,randonnée,", "films,jazz,cuisine,"),
        (
            "salut ! tu écoutes quoi en ce moment ?",
            "Surtout Alice Coltrane. Journey in Satchidananda, en boucle.",
            "oh, celui-là est magnifique. la harpe !",
            "tu as vu de bons films avec une belle bande originale ?",
        ),
        "Whiplash, évidemment",
    ),
}


async def say(page: Page, text: str) -> None:
    await page.fill("#message", text)
    await page.press("#message", "Enter")


async def take_one(browser: Browser, url: str, language: str) -> Path:
    name, (their_interests, my_interests), lines, draft = CHATS[language]
    headers = {"Accept-Language": language}
    me_context = await browser.new_context(viewport=VIEWPORT, extra_http_headers=headers)
    them_context = await browser.new_context(viewport=VIEWPORT, extra_http_headers=headers)
    me, them = await me_context.new_page(), await them_context.new_page()
    # The one shown starts second, so that its count includes the other stranger.
    for page, interests in ((them, their_interests), (me, my_interests)):
        await page.goto(url)
        await page.locator("#interest-input").press_sequentially(interests)
        await page.click("#start")
    await expect(me.locator("#message")).to_be_enabled()
    await say(them, lines[0])
    await expect(me.locator("#log .stranger").last).to_be_visible()
    await say(me, lines[1])
    await say(them, lines[2])
    await say(them, lines[3])
    await expect(me.locator("#log .stranger")).to_have_count(3)
    await me.locator("#message").press_sequentially(draft)
    await them.locator("#message").press_sequentially("ha")
    await expect(me.locator("#typing")).to_be_visible()
    out = DOCS / name
    await me.screenshot(path=str(out))
    await me_context.close()
    await them_context.close()
    return out


async def take() -> list[Path]:
    server = TestServer(create_app(Settings(age_gate=False)), host="127.0.0.1")
    await server.start_server()
    try:
        async with async_playwright() as playwright:
            browser = await playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            url = str(server.make_url("/"))
            written = [await take_one(browser, url, language) for language in CHATS]
            await browser.close()
    finally:
        await server.close()
    return written


if __name__ == "__main__":
    for path in asyncio.run(take()):
        print(f"wrote {path}")
