"""The `broker` fixture: every test in the contract suite runs once for each broker."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator

import pytest

from strangerchat.brokers.base import Broker
from strangerchat.brokers.memory import MemoryBroker
from tests.redis_server import RedisServer


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisServer]:
    """One real redis-server for the whole run; tests keep apart by key prefix."""
    server = RedisServer(tmp_path_factory.mktemp("redis"))
    server.start()
    yield server
    server.kill()


@pytest.fixture
def redis_prefix() -> str:
    """A key prefix no other test uses."""
    return f"test-{uuid.uuid4().hex[:12]}:"


async def _memory_broker(request: pytest.FixtureRequest) -> Broker:
    return MemoryBroker()


async def _redis_broker(request: pytest.FixtureRequest) -> Broker:
    from strangerchat.brokers.redis import RedisBroker

    server: RedisServer = request.getfixturevalue("redis_server")
    return RedisBroker(server.url, request.getfixturevalue("redis_prefix"))


# Each broker's factory; a new backend adds itself here and passes the same suite.
BROKER_FACTORIES: dict[str, Callable[[pytest.FixtureRequest], Awaitable[Broker]]] = {
    "memory": _memory_broker,
    "redis": _redis_broker,
}


@pytest.fixture(params=sorted(BROKER_FACTORIES))
async def broker(request: pytest.FixtureRequest) -> AsyncIterator[Broker]:
    broker = await BROKER_FACTORIES[request.param](request)
    await broker.start()
    yield broker
    await broker.close()
