"""Graduated bans and the minor lockout on a real server, by address, on every transport.

Each client connects from an address of its own in 127.0.0.0/8, and no address is trusted here.
"""

from __future__ import annotations

import contextlib
import dataclasses
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import aiohttp
import pytest
from aiohttp.test_utils import TestClient

from strangerchat.app import create_app
from strangerchat.appkeys import CHAT
from strangerchat.safety.bans import DAY, HOUR, TRIPS_FOR_ADDRESS
from strangerchat.settings import Settings
from tests.strangers import LongPollClient, Stranger, base

Connect = Callable[[str], Awaitable[Stranger]]
VILLAIN = "127.0.0.50"
TOKEN = "m" * 40


@pytest.fixture
async def untrusted(aiohttp_client, settings: Settings) -> TestClient:  # type: ignore[no-untyped-def]
    untrusted = dataclasses.replace(settings, trusted_clients=(), metrics_token=TOKEN)
    return await aiohttp_client(create_app(untrusted))


@pytest.fixture
async def from_address(
    untrusted: TestClient,
) -> AsyncIterator[Callable[[str], aiohttp.ClientSession]]:
    """HTTP clients that connect from a given loopback address."""
    async with contextlib.AsyncExitStack() as stack:

        def open_from(address: str) -> aiohttp.ClientSession:
            connector = aiohttp.TCPConnector(local_addr=(address, 0))
            http = aiohttp.ClientSession(base(untrusted), connector=connector)
            stack.push_async_callback(http.close)
            return http

        yield open_from


@pytest.fixture
def connect(untrusted: TestClient, from_address) -> Connect:  # type: ignore[no-untyped-def]
    async def ws_from(address: str) -> Stranger:
        http = from_address(address)
        return Stranger(await http.ws_connect("/ws", headers={"Origin": base(untrusted)}))

    return ws_from


async def chat(one: Stranger, other: Stranger) -> None:
    await one.start()
    await other.start()
    await one.expect("connected")
    await other.expect("connected")


async def report(reporter: Stranger, reported: Stranger) -> None:
    await chat(reporter, reported)
    await reported.send("send", text="something rude")
    await reporter.expect("message")
    await reporter.send("report", category="harassment")
    await reporter.expect("you_disconnected")
    await reporter.expect("reported")
    await reported.expect("stranger_disconnected")


async def test_reports_from_three_addresses_ban_the_reported_address_for_an_hour(
    untrusted: TestClient, connect: Connect
) -> None:
    villain = await connect(VILLAIN)
    for n in range(3):
        await report(await connect(f"127.0.0.{10 + n}"), villain)
    await villain.send("start")
    banned = await villain.expect("banned")
    assert banned["reason"] == "reported"
    assert abs(banned["until"] - (time.time() + HOUR)) < 5
    again = await connect(VILLAIN)  # a new session from the same address
    await again.send("start")
    assert (await again.expect("banned"))["until"] == banned["until"]
    bystander = await connect("127.0.0.13")  # other addresses chat as before
    await chat(bystander, await connect("127.0.0.14"))
    assert untrusted.app[CHAT].stats.bans_by_length == {"1h": 1}
    response = await untrusted.get("/metrics", headers={"Authorization": f"Bearer {TOKEN}"})
    lines = (await response.text()).splitlines()
    assert 'strangerchat_reports_total{category="harassment"} 3.0' in lines
    assert 'strangerchat_bans_total{length="1h"} 1.0' in lines


async def test_three_reports_from_one_address_ban_nobody(connect: Connect) -> None:
    villain = await connect(VILLAIN)
    for _ in range(3):
        await report(await connect("127.0.0.10"), villain)
    await villain.start()  # `waiting`, not `banned`
    assert await villain.quiet(0.2) == []


async def test_a_ban_shows_on_long_poll_and_as_antinude_banned_on_the_omegle_api(
    untrusted: TestClient, connect: Connect, from_address
) -> None:  # type: ignore[no-untyped-def]
    villain = await connect(VILLAIN)
    for n in range(3):
        await report(await connect(f"127.0.0.{10 + n}"), villain)
    http = from_address(VILLAIN)
    answer = await (await http.get("/start", params={"firstevents": "1"})).json()
    # Refused at once: no id to poll with, and the one ban event an Omegle client knows.
    assert answer == {"events": [["antinudeBanned"]]}
    poller = Poller(http, base(untrusted))
    await poller.open()
    assert await poller.send("start") == 204
    banned = await poller.expect("banned")
    assert banned["reason"] == "reported"


async def say_under_18(minor: Stranger, partner: Stranger) -> int:
    """`minor` says it is under 18 in a chat with `partner`; the lockout's end."""
    await chat(minor, partner)
    await minor.send("send", text="im 14")
    until: int = (await minor.expect("adults_only"))["until"]
    await partner.expect("stranger_disconnected")
    return until


async def test_one_minor_locks_out_itself_not_its_address(connect: Connect) -> None:
    minor, partner = await connect("127.0.0.20"), await connect("127.0.0.21")
    assert abs(await say_under_18(minor, partner) - (time.time() + DAY)) < 5
    await minor.send("start")  # the same session, starting again
    assert (await minor.expect("error"))["code"] == "locked_out"
    # Someone else behind the same address (a school, a café, carrier NAT) chats on.
    await chat(await connect("127.0.0.20"), partner)


async def test_distinct_minors_at_one_address_lock_out_the_address(connect: Connect) -> None:
    partner = await connect("127.0.0.21")
    for n in range(TRIPS_FOR_ADDRESS):
        if n:  # until the last of them, the address is open to the next session
            await chat(await connect("127.0.0.20"), await connect("127.0.0.22"))
        minor = await connect("127.0.0.20")  # a new session, with no cookie: a new identity
        await say_under_18(minor, partner)
    fresh = await connect("127.0.0.20")
    await fresh.send("start")
    assert (await fresh.expect("error"))["code"] == "locked_out"
    await chat(partner, await connect("127.0.0.22"))  # other addresses are not affected


async def test_five_reports_per_address_whatever_the_session(connect: Connect) -> None:
    target = await connect("127.0.0.31")
    for n in range(6):
        reporter = await connect("127.0.0.30")  # a new session each time: the address counts
        await chat(reporter, target)
        await reporter.send("report", category="other")
        if n < 5:
            await reporter.expect("you_disconnected")
            await reporter.expect("reported")
            await target.expect("stranger_disconnected")
        else:
            await reporter.expect("challenge_required")  # a hit asks for a proof of work
            assert (await reporter.expect("error"))["code"] == "rate_limited"
            await reporter.send("disconnect")
            await target.expect("stranger_disconnected")


class Poller(LongPollClient):
    def __init__(self, http: aiohttp.ClientSession, origin: str) -> None:
        super().__init__()
        self.http = http
        self.origin = origin

    async def post(self, path: str, body: dict[str, Any] | None) -> tuple[int, str, bytes]:
        response = await self.http.post(path, json=body, headers={"Origin": self.origin})
        return response.status, response.content_type, await response.read()
