"""Fixtures shared by the whole suite: settings with short waits, and a served app."""

from __future__ import annotations

import pytest
from aiohttp.test_utils import TestClient

from strangerchat.app import create_app
from strangerchat.settings import Settings
from tests.strangers import Stranger


@pytest.fixture
def settings() -> Settings:
    """Short waits so that fallbacks, counts and expiry happen within a test's time."""
    return Settings(interest_wait=0.4, count_interval=0.2, poll_hold=1.0, poll_session_timeout=2.0)


@pytest.fixture
async def client(aiohttp_client, settings: Settings) -> TestClient:  # type: ignore[no-untyped-def]
    """A real server on a loopback port, with a client that knows its address."""
    return await aiohttp_client(create_app(settings))


@pytest.fixture
def origin(client: TestClient) -> str:
    """The Origin header a browser on our own page sends."""
    return f"http://{client.server.host}:{client.server.port}"


@pytest.fixture
async def stranger(client: TestClient, origin: str):  # type: ignore[no-untyped-def]
    """A factory of connected WebSocket strangers, all closed at the end."""
    opened: list[Stranger] = []

    async def connect() -> Stranger:
        ws = await client.ws_connect("/ws", headers={"Origin": origin})
        opened.append(Stranger(ws))
        return opened[-1]

    yield connect
    for one in opened:
        await one.ws.close()
