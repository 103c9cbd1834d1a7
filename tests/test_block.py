"""Block over real sockets: it ends the chat, and the two are never matched again for 24 h."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import aiohttp
import pytest
from aiohttp.test_utils import TestClient

from strangerchat.safety.blocks import BLOCK_SECONDS
from tests.strangers import PollingStranger, Stranger
from tests.test_omegle_api import OmegleUser

# Rematch attempts over sockets (the broker suite makes 500): a session starts at most 10 chats
# a minute, so a test here stays within that.
TRIES = 6

FromAddress = Callable[[str], Awaitable[Stranger]]


async def never_matched(one: Any, other: Any, tries: int = TRIES) -> None:
    """Both start again and again with nobody else online, each first in turn: never connected."""
    for n in range(tries):
        first, second = (one, other) if n % 2 else (other, one)
        await first.start()
        await second.start()
        assert await first.quiet(0.05) == []
        await one.send("disconnect")
        await one.expect("you_disconnected")
        await other.send("disconnect")
        await other.expect("you_disconnected")


async def meet(one: Any, other: Any) -> None:
    await one.start()
    await other.start()
    await one.expect("connected")
    await other.expect("connected")


async def part(one: Any, other: Any) -> None:
    await one.send("disconnect")
    await one.expect("you_disconnected")
    await other.expect("stranger_disconnected")


async def test_block_ends_the_chat_and_the_partner_only_hears_that_the_stranger_left(
    pair: tuple[Stranger, Stranger], stranger: Any
) -> None:
    alice, bob = pair
    await alice.send("block")
    blocked = await alice.expect("blocked")
    assert abs(blocked["until"] - (time.time() + BLOCK_SECONDS)) < 5
    assert await bob.expect("stranger_disconnected")
    assert await bob.quiet(0.2) == []  # nothing says it was a block
    assert await alice.quiet(0.1) == []
    await never_matched(alice, bob)
    carol = await stranger()
    await meet(carol, alice)  # each still meets anyone else
    await part(carol, alice)
    await meet(bob, carol)


async def test_the_last_partner_can_be_blocked_after_the_chat(
    pair: tuple[Stranger, Stranger],
) -> None:
    alice, bob = pair
    await part(bob, alice)
    await alice.send("block")
    await alice.expect("blocked")
    assert await bob.quiet(0.2) == []
    await never_matched(bob, alice)


async def test_block_while_looking_again_bars_the_last_partner(
    pair: tuple[Stranger, Stranger],
) -> None:
    alice, bob = pair
    await part(bob, alice)
    await alice.start()
    await alice.send("block")
    await alice.expect("blocked")
    await bob.start()
    assert await alice.quiet(0.2) == []  # still looking, and not given bob


async def test_with_nobody_to_block_block_is_refused(stranger: Any) -> None:
    loner = await stranger()
    await loner.send("block")
    error = await loner.expect("error")
    assert error["code"] == "nobody_to_block"
    await loner.send("block", reason="spam")
    assert (await loner.expect("error"))["code"] == "bad_frame"  # strict: no fields


async def test_long_poll_strangers_block_alike(client: TestClient, origin: str) -> None:
    alice = await PollingStranger.connect(client, origin)
    bob = await PollingStranger.connect(client, origin)
    await meet(alice, bob)
    assert await alice.send("block") == 204
    await alice.expect("blocked")
    await bob.expect("stranger_disconnected")
    for _ in range(3):
        await alice.start()
        await bob.start()
        assert [e["type"] for e in await alice.poll()] in ([], ["count"])  # held: nothing
        for one in (alice, bob):
            assert await one.send("disconnect") == 204
            await one.expect("you_disconnected")


# Over other loopback addresses: each address hashes differently, as different people would.


@pytest.fixture
async def from_address(client: TestClient, origin: str) -> AsyncIterator[FromAddress]:
    """A factory of WebSocket strangers connecting from a given 127.x.y.z address."""
    opened: list[aiohttp.ClientSession] = []

    async def connect(address: str) -> Stranger:
        session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(local_addr=(address, 0)))
        opened.append(session)
        ws = await session.ws_connect(client.make_url("/ws"), headers={"Origin": origin})
        return Stranger(ws)

    yield connect
    for session in opened:
        await session.close()


async def test_a_new_session_from_the_blocked_address_stays_barred(
    from_address: FromAddress,
) -> None:
    alice, bob = await from_address("127.0.0.1"), await from_address("127.0.0.2")
    await meet(alice, bob)
    await alice.send("block")
    await alice.expect("blocked")
    await bob.expect("stranger_disconnected")
    await bob.ws.close()
    bob_again = await from_address("127.0.0.2")  # a reload: a new session, the same address
    await never_matched(alice, bob_again)
    carol = await from_address("127.0.0.3")
    await meet(bob_again, carol)


async def test_a_block_from_the_page_bars_an_omegle_api_user(
    client: TestClient, from_address: FromAddress
) -> None:
    """The Omegle API's sessions have address hashes too, and its /start goes through the claim."""
    web_user = await from_address("127.0.0.1")
    async with aiohttp.ClientSession(
        base_url=client.make_url("/"), connector=aiohttp.TCPConnector(local_addr=("127.0.0.2", 0))
    ) as old_http:
        await web_user.start()
        old_client = await OmegleUser.start(old_http)
        await old_client.connected([])
        await web_user.expect("connected")
        await web_user.send("block")
        await web_user.expect("blocked")
        assert await old_client.events() == [["strangerDisconnected"]]
        for _ in range(5):  # each /start is a new session, from the blocked address
            await web_user.start()
            comeback = await OmegleUser.start(old_http)
            assert await web_user.quiet(0.05) == []
            assert await comeback.call("/disconnect") == (200, "win")
            await web_user.send("disconnect")
            await web_user.expect("you_disconnected")
        other = await from_address("127.0.0.3")
        await other.start()
        comeback = await OmegleUser.start(old_http)
        await comeback.connected([])
        await other.expect("connected")
