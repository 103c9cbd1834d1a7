"""A minor's lockout with the entry gate on, through real sockets: it follows the browser (its
session and gate cookie), not everyone at its address, until several browsers there trip it.

Every browser here is a client with its own cookie jar, all from one loopback address (a school,
a café or carrier NAT), none trusted; the standings live in memory or in a real Redis.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import AsyncIterator, Awaitable, Callable

import aiohttp
import pytest
from aiohttp.test_utils import TestClient

from strangerchat.app import create_app
from strangerchat.safety.bans import TRIPS_FOR_ADDRESS
from strangerchat.settings import Settings
from tests.redis_server import RedisServer
from tests.strangers import Stranger, base
from tests.test_gate import born_years_ago
from tests.test_pow import SECRET, answer

SHARED = "127.0.0.40"  # the one address every browser here comes from
ELSEWHERE = "127.0.0.41"

Browser = Callable[[str], Awaitable[aiohttp.ClientSession]]


@pytest.fixture(params=["memory", "redis"])
async def gated(  # type: ignore[no-untyped-def]
    request, aiohttp_client, tmp_path, redis_server: RedisServer, redis_prefix: str
) -> TestClient:
    settings = Settings(
        interest_wait=0.4,
        count_interval=0.2,
        secret_key=SECRET,
        pow_difficulty=4,
        data_dir=str(tmp_path / "data"),
        message_rate=10_000.0,
        message_burst=10_000,
    )
    if request.param == "redis":
        settings = dataclasses.replace(
            settings, redis_url=redis_server.url, redis_prefix=redis_prefix
        )
    return await aiohttp_client(create_app(settings))


@pytest.fixture
async def browser(gated: TestClient) -> AsyncIterator[Browser]:
    """Browsers (each its own cookie jar) at an address, past the gate as adults."""
    async with contextlib.AsyncExitStack() as stack:

        async def open_at(address: str) -> aiohttp.ClientSession:
            connector = aiohttp.TCPConnector(local_addr=(address, 0))
            jar = aiohttp.CookieJar(unsafe=True)  # cookies from an IP address, as browsers keep
            http = aiohttp.ClientSession(base(gated), connector=connector, cookie_jar=jar)
            stack.push_async_callback(http.close)
            challenge = await (await http.get("/challenge")).json()
            born = born_years_ago(30)
            body = {"day": born.day, "month": born.month, "year": born.year, "accept": True}
            response = await http.post(
                "/gate", json={**body, "pow": answer(challenge)}, headers=origin(gated)
            )
            assert (await response.json())["verdict"] == "adult"
            return http

        yield open_at


def origin(client: TestClient) -> dict[str, str]:
    return {"Origin": base(client)}


async def tab(gated: TestClient, http: aiohttp.ClientSession, path: str = "/ws") -> Stranger:
    """A new connection from the browser `http`, as a reloaded page opens it."""
    return Stranger(await http.ws_connect(path, headers=origin(gated)))


async def chat(one: Stranger, other: Stranger) -> None:
    await one.start()
    await other.start()
    await one.expect("connected")
    await other.expect("connected")


async def say_under_18(minor: Stranger, partner: Stranger) -> None:
    await chat(minor, partner)
    await minor.send("send", text="im 14")
    assert (await minor.expect("adults_only"))["until"] > 0
    await partner.expect("stranger_disconnected")


async def refused(stranger: Stranger) -> str:
    await stranger.send("start")
    code: str = (await stranger.expect("error"))["code"]
    return code


async def test_one_browser_saying_it_is_14_does_not_stop_another_at_its_address(
    gated: TestClient, browser: Browser
) -> None:
    minor, other = await browser(SHARED), await browser(SHARED)
    partner = await tab(gated, await browser(ELSEWHERE))
    await say_under_18(await tab(gated, minor), partner)
    await chat(await tab(gated, other), partner)


async def test_the_same_browser_stays_locked_out_on_a_new_connection(
    gated: TestClient, browser: Browser
) -> None:
    minor = await browser(SHARED)
    partner = await tab(gated, await browser(ELSEWHERE))
    await say_under_18(await tab(gated, minor), partner)
    # Its cookie still says adult (the page did not ask for the refusal): its identity counts.
    assert await refused(await tab(gated, minor)) == "locked_out"
    # A fresh session on a resuming socket (its credential unknown) is the same browser too.
    resumed = await tab(gated, minor, "/ws?resume")
    await resumed.send("resume", token="not a credential", after=0)
    await resumed.expect("resume_failed")
    assert await refused(resumed) == "locked_out"
    # Long-poll, with the same cookie.
    opened = await minor.post("/api/session", headers=origin(gated))
    session = (await opened.json())["session"]
    frame = {"session": session, "frame": {"type": "start"}}
    answered = await minor.post("/api/frame", json=frame, headers=origin(gated))
    assert (await answered.json())["code"] == "locked_out"


async def test_the_page_s_refusal_keeps_the_browser_s_identity(
    gated: TestClient, browser: Browser
) -> None:
    minor = await browser(SHARED)
    partner = await tab(gated, await browser(ELSEWHERE))
    await say_under_18(await tab(gated, minor), partner)
    kept = minor.cookie_jar.filter_cookies(gated.make_url("/"))["gate"].value
    response = await minor.post("/gate/lockout", headers=origin(gated))
    assert response.status == 204
    now_held = minor.cookie_jar.filter_cookies(gated.make_url("/"))["gate"].value
    assert now_held.split(".")[0] == "refused"
    assert now_held.split(".")[2] == kept.split(".")[2]  # the same identity
    async with minor.post("/api/session", headers=origin(gated)) as refusal:
        assert refusal.status == 403  # the gate itself refuses it now


async def test_distinct_browsers_at_one_address_lock_out_the_address(
    gated: TestClient, browser: Browser
) -> None:
    partner = await tab(gated, await browser(ELSEWHERE))
    for n in range(TRIPS_FOR_ADDRESS):
        if n:  # until the last of them, others at the address chat on
            others = await tab(gated, await browser(SHARED))
            await chat(others, await tab(gated, await browser(ELSEWHERE)))
        await say_under_18(await tab(gated, await browser(SHARED)), partner)
    assert await refused(await tab(gated, await browser(SHARED))) == "locked_out"
    await chat(await tab(gated, await browser(ELSEWHERE)), partner)  # other addresses chat on
