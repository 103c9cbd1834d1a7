"""The page's safety rules: strict headers on every answer, and no HTML sink anywhere in web/."""

from __future__ import annotations

import re
from pathlib import Path

from aiohttp import ClientSession
from aiohttp.test_utils import TestServer
from playwright.async_api import expect

from strangerchat.safety.headers import CONTENT_SECURITY_POLICY

WEB = Path(__file__).resolve().parents[2] / "web"
HTML_SINKS = re.compile(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|\|\s*safe\b")


def test_nothing_in_web_writes_markup_from_strings() -> None:
    files = [path for path in WEB.rglob("*") if path.suffix in {".js", ".html"}]
    assert len(files) > 5
    for path in files:
        assert not HTML_SINKS.search(path.read_text("utf-8")), path


def test_the_policy_is_the_strict_one() -> None:
    assert CONTENT_SECURITY_POLICY == (
        "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
    )


async def test_every_answer_carries_the_security_headers(server: TestServer) -> None:
    async with ClientSession() as http:
        for path, status in [
            ("/", 200),
            ("/healthz", 200),
            ("/static/js/main.js", 200),
            ("/static/i18n/da.json", 200),
            ("/no-such-page", 404),
            ("/ws", 403),  # no Origin: refused before the handshake
        ]:
            async with http.get(server.make_url(path)) as response:
                assert response.status == status, path
                assert response.headers["Content-Security-Policy"] == CONTENT_SECURITY_POLICY
                assert response.headers["X-Content-Type-Options"] == "nosniff"
                assert response.headers["Referrer-Policy"] == "no-referrer"


async def test_the_browser_refuses_inline_script_on_the_page(visitor) -> None:
    one = await visitor()
    one.expect_console_error(r"inline script violates the following Content Security Policy")
    response = await one.page.reload()
    assert response is not None
    assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    await one.page.wait_for_selector("#page[data-ready]", state="attached")
    await one.page.evaluate(
        """() => {
            const script = document.createElement("script");
            script.textContent = "window.ran = true";
            document.body.append(script);
        }"""
    )
    assert await one.page.evaluate("window.ran") is None
    await expect(one.page.locator("#home")).to_be_visible()
