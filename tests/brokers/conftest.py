"""The `broker` fixture: every test in the contract suite runs once for each broker."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable

import pytest

from strangerchat.brokers.base import Broker
from strangerchat.brokers.memory import MemoryBroker


async def _memory_broker() -> Broker:
    return MemoryBroker()


# Each broker's factory; a new backend adds itself here and passes the same suite.
BROKER_FACTORIES: dict[str, Callable[[], Awaitable[Broker]]] = {"memory": _memory_broker}


@pytest.fixture(params=sorted(BROKER_FACTORIES))
async def broker(request: pytest.FixtureRequest) -> AsyncIterator[Broker]:
    broker = await BROKER_FACTORIES[request.param]()
    await broker.start()
    yield broker
    await broker.close()
