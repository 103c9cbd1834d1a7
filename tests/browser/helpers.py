"""What a person does on the page, as steps the tests share."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from playwright.async_api import BrowserContext, ConsoleMessage, Error, Page, expect

# Debian's Chromium (apt install chromium): the tests never use a browser Playwright downloads.
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
AXE = Path(__file__).parent / "vendor" / "axe.min.js"


@dataclass
class Visitor:
    """One person: a browser context of their own, with the page open at the chat."""

    context: BrowserContext
    page: Page
    url: str
    problems: list[str] = field(default_factory=list)
    expected: list[re.Pattern[str]] = field(default_factory=list)

    async def open(self) -> None:
        await self.page.goto(self.url)
        await self.page.wait_for_selector("#page[data-ready]", state="attached")

    def expect_console_error(self, pattern: str) -> None:
        """A console error this test causes on purpose (a refused WebSocket, say)."""
        self.expected.append(re.compile(pattern))

    def on_console(self, message: ConsoleMessage) -> None:
        if message.type == "error" and not any(p.search(message.text) for p in self.expected):
            self.problems.append(f"console error: {message.text}")

    def on_page_error(self, error: Error) -> None:
        self.problems.append(f"page error: {error}")


async def add_interests(page: Page, *tags: str) -> None:
    field = page.locator("#interest-input")
    for tag in tags:
        await field.fill(tag)
        await field.press("Enter")


async def start(visitor: Visitor, *interests: str) -> None:
    """Add the interests and press Start; the chat view shows at once."""
    await add_interests(visitor.page, *interests)
    await visitor.page.click("#start")
    await expect(visitor.page.locator("#chat")).to_be_visible()


async def matched(*visitors: Visitor) -> None:
    for one in visitors:
        await expect(one.page.locator("#message")).to_be_enabled()


async def chat_pair(a: Visitor, b: Visitor) -> None:
    """A chat between the two, where `a` waited first (so a's session is the older one)."""
    await start(a)
    await expect(a.page.locator("#log > p.status")).to_have_count(2)  # connecting, looking
    await start(b)
    await matched(a, b)


async def say(page: Page, text: str) -> None:
    await page.fill("#message", text)
    await page.press("#message", "Enter")


async def log_lines(page: Page) -> list[str]:
    """The log's lines as read, without the time each message carries."""
    lines: list[str] = await page.locator("#log > p:not(.controls):not(.offer)").evaluate_all(
        """lines => lines.map((line) => {
            const copy = line.cloneNode(true);
            copy.querySelector("time")?.remove();
            return copy.textContent.trimEnd();
        })"""
    )
    return lines


def untimed(saved: str) -> list[str]:
    """A saved log's lines without the "[2:05 PM] " each begins with."""
    return [TIME_PREFIX.sub("", line) for line in saved.splitlines()]


TIME_PREFIX = re.compile(r"^\[\d{1,2}[:.]\d{2}(?:\s?[AP]M)?\] ")


async def expect_line(page: Page, text: str, *, timeout_ms: float = 5_000) -> None:
    """The last line the log shows with this text (waits for it)."""
    line = page.locator("#log > p").filter(has_text=text).last
    await expect(line).to_be_visible(timeout=timeout_ms)


async def run_axe(page: Page) -> list[dict[str, Any]]:
    """axe-core's serious and critical violations on the page as it is now."""
    if not await page.evaluate("typeof axe !== 'undefined'"):
        await page.evaluate(AXE.read_text("utf-8"))
    result: dict[str, Any] = await page.evaluate("axe.run(document)")
    return [v for v in result["violations"] if v["impact"] in ("serious", "critical")]


OpenPage = Callable[..., Awaitable[Visitor]]


async def two(visitor: OpenPage, **options: Any) -> tuple[Visitor, Visitor]:
    """Two people, their pages opened side by side."""
    alice, bob = await asyncio.gather(visitor(**options), visitor(**options))
    return alice, bob
