"""Redis faults against a real redis-server of the test's own: frozen (SIGSTOP) and killed.

Each case says in its docstring the promise it checks.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import signal

import aiohttp
import pytest
from aiohttp.test_utils import TestClient

from strangerchat.app import create_app
from strangerchat.brokers.deadlines import DeadlineRedis
from strangerchat.settings import Settings
from tests.redis_server import RedisServer
from tests.strangers import Stranger


@pytest.fixture
async def redis_client(aiohttp_client, settings: Settings, own_redis: RedisServer) -> TestClient:  # type: ignore[no-untyped-def]
    chosen = dataclasses.replace(settings, redis_url=own_redis.url, redis_prefix="faults:")
    return await aiohttp_client(create_app(chosen))


def no_tracebacks(caplog: pytest.LogCaptureFixture) -> None:
    for record in caplog.records:
        assert record.exc_info is None, record.getMessage()


async def test_readyz_answers_503_while_redis_is_frozen(
    redis_client: TestClient, own_redis: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    """Promise: during a Redis freeze /readyz says 503 within its deadline instead of hanging."""
    assert (await redis_client.get("/readyz")).status == 200
    assert own_redis.process is not None
    own_redis.process.send_signal(signal.SIGSTOP)
    try:
        # The client's timeout is only the test's guard against a hang; the answer must come.
        response = await redis_client.get("/readyz", timeout=aiohttp.ClientTimeout(total=10))
        assert response.status == 503
    finally:
        own_redis.process.send_signal(signal.SIGCONT)
    no_tracebacks(caplog)


async def test_a_new_session_while_redis_is_down_is_a_clean_503(
    redis_client: TestClient, own_redis: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    """Promise: POST /api/session while Redis is down answers 503 with a code, no traceback."""
    caplog.set_level(logging.INFO)
    origin = f"http://{redis_client.server.host}:{redis_client.server.port}"
    own_redis.kill()
    response = await redis_client.post("/api/session", headers={"Origin": origin})
    assert response.status == 503, await response.text()
    assert (await response.json())["code"]
    no_tracebacks(caplog)


async def test_a_frame_past_its_deadline_is_refused_and_the_session_lives_on(
    redis_client: TestClient,
    own_redis: RedisServer,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Promise: a frame whose Redis command misses its deadline (Redis frozen) is refused
    `store_unavailable`; the socket stays open, and once Redis answers the session goes on."""
    monkeypatch.setattr(DeadlineRedis, "deadline", 0.3)  # well before the fence at 2 s
    origin = f"http://{redis_client.server.host}:{redis_client.server.port}"
    stranger = Stranger(await redis_client.ws_connect("/ws", headers={"Origin": origin}))
    await stranger.start()
    # Nobody else on its process: past the local wait the search is in Redis's pool, and
    # leaving it needs Redis.
    await asyncio.sleep(Settings().local_wait + 0.2)
    assert own_redis.process is not None
    own_redis.process.send_signal(signal.SIGSTOP)
    try:
        await stranger.send("disconnect")
        refused = await stranger.expect("error", timeout=1.5)
        assert refused["code"] == "store_unavailable"
    finally:
        own_redis.process.send_signal(signal.SIGCONT)
    # The refused leave may still have run once Redis woke: whether it did or not, the same
    # session can leave and search again.
    await stranger.send("disconnect")
    await stranger.send("start", interests=[])
    while (event := await stranger.next_event(timeout=5))["type"] != "waiting":
        assert event["type"] in ("you_disconnected", "count", "error"), event
        assert event.get("code") in (None, "not_waiting"), event
    assert not stranger.ws.closed
    no_tracebacks(caplog)
