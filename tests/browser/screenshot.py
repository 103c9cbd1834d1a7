"""docs/screenshot.png, from a real chat in two browsers: `python -m tests.browser.screenshot`."""

from __future__ import annotations

import asyncio
from pathlib import Path

from aiohttp.test_utils import TestServer
from playwright.async_api import Page, async_playwright, expect

from strangerchat.app import create_app
from strangerchat.settings import Settings
from tests.browser.helpers import CHROMIUM, CHROMIUM_ARGS

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshot.png"
VIEWPORT = {"width": 900, "height": 560}


async def say(page: Page, text: str) -> None:
    await page.fill("#message", text)
    await page.press("#message", "Enter")


async def take(out: Path = OUT) -> None:
    server = TestServer(create_app(Settings(age_gate=False)), host="127.0.0.1")
    await server.start_server()
    try:
        async with async_playwright() as playwright:
            browser = await playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            me = await (await browser.new_context(viewport=VIEWPORT)).new_page()
            them = await (await browser.new_context(viewport=VIEWPORT)).new_page()
            # The one shown starts second, so that its count includes the other stranger.
            for page, interests in ((them, "jazz,films,hiking,"), (me, "films,jazz,cooking,")):
                await page.goto(str(server.make_url("/")))
                await page.locator("#interest-input").press_sequentially(interests)
                await page.click("#start")
            await expect(me.locator("#message")).to_be_enabled()
            await say(them, "hi! what have you been listening to lately?")
            await expect(me.locator("#log .stranger").last).to_be_visible()
            await say(me, "Mostly Alice Coltrane. Journey in Satchidananda, on repeat.")
            await say(them, "oh, that one is beautiful. the harp!")
            await say(them, "seen any good films with a great soundtrack?")
            await expect(me.locator("#log .stranger")).to_have_count(3)
            await me.locator("#message").press_sequentially("Whiplash, obviously")
            await them.locator("#message").press_sequentially("ha")
            await expect(me.locator("#typing")).to_be_visible()
            await me.screenshot(path=str(out))
            await browser.close()
    finally:
        await server.close()


if __name__ == "__main__":
    asyncio.run(take())
    print(f"wrote {OUT}")
