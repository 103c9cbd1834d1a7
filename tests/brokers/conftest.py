"""The `broker` fixture (every contract test runs once for each broker) and Redis settings."""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator, Awaitable, Callable

import aiohttp
import pytest
from aiohttp.test_utils import TestClient

from strangerchat.app import create_app
from strangerchat.brokers.base import Broker
from strangerchat.brokers.memory import MemoryBroker
from strangerchat.settings import Settings
from tests.redis_server import RedisServer

# Processes on one Redis share one configured key, as the README asks: each one checks the
# session credentials (and resume tokens) the others issue.
SHARED_SECRET = "a shared secret key for the Redis tests, 32+ characters"


@pytest.fixture
def redis_settings(settings: Settings, redis_server: RedisServer, redis_prefix: str) -> Settings:
    """The test settings, with a Redis of the test's own (by key prefix): many apps share it."""
    return dataclasses.replace(
        settings, redis_url=redis_server.url, redis_prefix=redis_prefix, secret_key=SHARED_SECRET
    )


async def _memory_broker(request: pytest.FixtureRequest) -> Broker:
    return MemoryBroker()


async def _redis_broker(request: pytest.FixtureRequest) -> Broker:
    from strangerchat.brokers.redis import RedisBroker

    server: RedisServer = request.getfixturevalue("redis_server")
    return RedisBroker(server.url, request.getfixturevalue("redis_prefix"))


async def _local_first_broker(request: pytest.FixtureRequest) -> Broker:
    from strangerchat.brokers.local_first import LocalFirstBroker
    from strangerchat.brokers.redis import RedisBroker

    shared = await _redis_broker(request)
    assert isinstance(shared, RedisBroker)
    # No wait: a claim that finds nobody here goes to Redis at once, so the suite runs both.
    return LocalFirstBroker(shared, local_wait=0)


# Each broker's factory; a new backend adds itself here and passes the same suite.
BROKER_FACTORIES: dict[str, Callable[[pytest.FixtureRequest], Awaitable[Broker]]] = {
    "memory": _memory_broker,
    "redis": _redis_broker,
    "local_first": _local_first_broker,
}


@pytest.fixture(params=sorted(BROKER_FACTORIES))
async def broker(request: pytest.FixtureRequest) -> AsyncIterator[Broker]:
    broker = await BROKER_FACTORIES[request.param](request)
    await broker.start()
    yield broker
    await broker.close()


@pytest.fixture
async def apps(aiohttp_client, redis_settings: Settings) -> list[TestClient]:  # type: ignore[no-untyped-def]
    """Three servers, as three processes would be, sharing one Redis."""
    return [await aiohttp_client(create_app(redis_settings)) for _ in range(3)]


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session
