"""Blocks across processes: two apps on one Redis; the block lives in Redis with a 24 h TTL."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable

import aiohttp
import pytest
from aiohttp.test_utils import TestClient
from redis.asyncio import Redis

from strangerchat.safety.blocks import BLOCK_SECONDS
from strangerchat.settings import Settings
from tests.brokers.test_redis import apps  # noqa: F401 (a fixture)
from tests.strangers import Stranger
from tests.test_block import meet, never_matched, part

Connect = Callable[[int, str], Awaitable[Stranger]]


@pytest.fixture
async def connect(apps: list[TestClient]) -> AsyncIterator[Connect]:  # noqa: F811
    """A stranger on app 0 or 1, from a loopback address of its own (a person of its own)."""
    opened: list[aiohttp.ClientSession] = []

    async def connect(index: int, address: str) -> Stranger:
        client = apps[index]
        session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(local_addr=(address, 0)))
        opened.append(session)
        origin = f"http://{client.server.host}:{client.server.port}"
        return Stranger(
            await session.ws_connect(client.make_url("/ws"), headers={"Origin": origin})
        )

    yield connect
    for session in opened:
        await session.close()


async def test_a_block_on_one_process_bars_the_pair_on_every_process(
    connect: Connect, redis_settings: Settings
) -> None:
    alice, bob = await connect(0, "127.0.0.1"), await connect(1, "127.0.0.2")
    await meet(alice, bob)
    await alice.send("block")
    await alice.expect("blocked")
    await bob.expect("stranger_disconnected")
    assert await bob.quiet(0.2) == []
    await never_matched(alice, bob)
    carol, dave = await connect(1, "127.0.0.3"), await connect(0, "127.0.0.4")
    await meet(carol, alice)
    await part(alice, carol)
    await meet(bob, dave)
    assert redis_settings.redis_url is not None
    async with Redis.from_url(redis_settings.redis_url, decode_responses=True) as redis:
        pattern = redis_settings.redis_prefix + "blocks:*"
        keys = [key async for key in redis.scan_iter(match=pattern)]
        assert len(keys) == 4  # each side's session id and address hash
        for key in keys:
            assert BLOCK_SECONDS * 1000 - 60_000 < await redis.pttl(key) <= BLOCK_SECONDS * 1000
