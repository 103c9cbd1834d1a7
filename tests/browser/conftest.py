"""Fixtures for the page's tests: a real server and Debian's Chromium, driven by Playwright."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from aiohttp import web
from aiohttp.test_utils import TestServer
from aiohttp.typedefs import Handler
from playwright.async_api import Browser, async_playwright

from strangerchat.app import create_app
from strangerchat.settings import Settings
from tests.browser.helpers import CHROMIUM, CHROMIUM_ARGS, OpenPage, Visitor


@pytest.fixture
def settings(request: pytest.FixtureRequest, tmp_path: Path) -> Settings:
    """Short waits; a test may ask for others with indirect parametrisation.

    The entry gate is off unless a test turns it on: test_gate.py does, and passes it.
    """
    custom: dict[str, Any] = getattr(request, "param", {})
    return Settings(
        **{
            "age_gate": False,
            "interest_wait": 0.5,
            "count_interval": 0.3,
            "poll_hold": 2.0,
            "poll_session_timeout": 6.0,
            "data_dir": str(tmp_path / "data"),
            **custom,
        }
    )


@pytest.fixture
def refused_paths(request: pytest.FixtureRequest) -> tuple[str, ...]:
    """Paths answered 403, as a proxy that will not pass them would (say, ("/ws",))."""
    paths: tuple[str, ...] = getattr(request, "param", ())
    return paths


@pytest.fixture
def app(settings: Settings, refused_paths: tuple[str, ...]) -> web.Application:
    app = create_app(settings)
    if refused_paths:

        @web.middleware
        async def refuse(request: web.Request, handler: Handler) -> web.StreamResponse:
            if request.path in refused_paths:
                raise web.HTTPForbidden(text="refused by the test")
            return await handler(request)

        app.middlewares.insert(0, refuse)
    return app


# One Chromium serves every page test: the tests, their servers and Playwright all run in the
# session's event loop, so that nothing crosses from one loop to another.
LOOP = "session"
HERE = Path(__file__).parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if item.path.is_relative_to(HERE) and pytest_asyncio.is_async_test(item):
            item.add_marker(pytest.mark.asyncio(loop_scope=LOOP), append=False)


@pytest_asyncio.fixture(loop_scope=LOOP)
async def server(app: web.Application) -> AsyncIterator[TestServer]:
    """A real server on a loopback port, as pytest-aiohttp's aiohttp_server gives, in this loop."""
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    yield server
    await server.close()


@pytest_asyncio.fixture(loop_scope=LOOP, scope="session")
async def browser() -> AsyncIterator[Browser]:
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        await browser.close()


@pytest_asyncio.fixture(loop_scope=LOOP)
async def visitor(browser: Browser, server: TestServer) -> AsyncIterator[OpenPage]:
    """A factory of visitors, each in its own context; no console errors allowed in any.

    It depends on the server, so it ends first: its contexts close before the server does
    (open WebSockets would otherwise hold the server's shutdown up).
    """
    visitors: list[Visitor] = []

    async def open_page(expected_errors: tuple[str, ...] = (), **context_options: Any) -> Visitor:
        """`expected_errors`: console errors the test causes on purpose from the first load."""
        context = await browser.new_context(accept_downloads=True, **context_options)
        context.set_default_timeout(5_000)
        page = await context.new_page()
        one = Visitor(context, page, str(server.make_url("/")))
        for pattern in expected_errors:
            one.expect_console_error(pattern)
        page.on("console", one.on_console)
        page.on("pageerror", one.on_page_error)
        visitors.append(one)
        await one.open()
        return one

    yield open_page
    problems = [problem for one in visitors for problem in one.problems]
    for one in visitors:
        await one.context.close()
    assert not problems, problems
