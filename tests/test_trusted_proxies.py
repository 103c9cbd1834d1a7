"""Clients behind a trusted proxy: their address from X-Forwarded-For, and only then."""

from __future__ import annotations

import dataclasses

import pytest
from aiohttp.test_utils import TestClient

from strangerchat.app import create_app
from strangerchat.safety.bans import TRIPS_FOR_ADDRESS
from strangerchat.safety.iphash import NO_ADDRESS, forwarded_client
from strangerchat.settings import Settings, parse_networks
from tests.strangers import Stranger

PROXIES = parse_networks(("10.0.0.0/8", "fd00::/8"))


@pytest.mark.parametrize(
    ("peer", "header", "client"),
    [
        ("10.0.0.2", ["203.0.113.7"], "203.0.113.7"),  # through one proxy
        ("198.51.100.9", ["203.0.113.7"], "198.51.100.9"),  # anyone else's header is ignored
        ("10.0.0.2", [], "10.0.0.2"),  # a proxy's own request
        ("10.0.0.2", ["1.1.1.1, 203.0.113.7, 10.0.0.3"], "203.0.113.7"),  # rightmost not a proxy
        ("10.0.0.2", ["1.1.1.1", "203.0.113.7"], "203.0.113.7"),  # the header sent twice
        ("10.0.0.2", ["10.0.0.5, 10.0.0.3"], "10.0.0.5"),  # a client on the proxies' network
        ("10.0.0.2", ["nonsense, 203.0.113.7"], "203.0.113.7"),  # the client's part, never read
        ("10.0.0.2", ["203.0.113.7, nonsense"], "10.0.0.2"),  # garbage: the peer
        ("10.0.0.2", ["203.0.113.7:4711"], "10.0.0.2"),
        ("10.0.0.2", [""], "10.0.0.2"),
        ("10.0.0.2", ["203.0.113.7,"], "10.0.0.2"),
        ("10.0.0.2", ["2001:db8::1"], "2001:db8::1"),
        ("10.0.0.2", ["[2001:DB8::1]"], "2001:db8::1"),
        ("fd00::2", ["2001:db8::1, fd00::3"], "2001:db8::1"),
        ("::ffff:10.0.0.2", ["::ffff:203.0.113.7"], "203.0.113.7"),  # IPv4 in IPv6 clothing
        ("2001:db8::2", ["203.0.113.7"], "2001:db8::2"),
        (None, ["203.0.113.7"], NO_ADDRESS),  # a Unix socket
    ],
)
def test_the_client_behind_a_trusted_proxy(
    peer: str | None, header: list[str], client: str
) -> None:
    assert forwarded_client(peer, header, PROXIES) == client


def test_no_trusted_proxies_means_the_header_is_never_read() -> None:
    assert forwarded_client("10.0.0.2", ["203.0.113.7"], ()) == "10.0.0.2"


async def connect(client: TestClient, forwarded_for: str) -> Stranger:
    base = f"http://{client.server.host}:{client.server.port}"
    headers = {"Origin": base, "X-Forwarded-For": forwarded_for}
    return Stranger(await client.ws_connect("/ws", headers=headers))


async def chat(one: Stranger, other: Stranger) -> None:
    await one.start()
    await other.start()
    await one.expect("connected")
    await other.expect("connected")


async def lock_out(client: TestClient, minor_address: str, partner_address: str) -> None:
    """Lock out `minor_address`: as many distinct sessions from it as that takes say "im 15"."""
    partner = await connect(client, partner_address)
    for _ in range(TRIPS_FOR_ADDRESS):
        minor = await connect(client, minor_address)
        await chat(minor, partner)
        await minor.send("send", text="im 15")
        await minor.expect("adults_only")
        await partner.expect("stranger_disconnected")


async def test_clients_behind_a_trusted_proxy_are_told_apart(
    aiohttp_client, settings: Settings
) -> None:  # type: ignore[no-untyped-def]
    behind_proxy = dataclasses.replace(
        settings, trusted_clients=(), trusted_proxies=("127.0.0.0/8",)
    )
    client = await aiohttp_client(create_app(behind_proxy))
    await lock_out(client, "198.51.100.1", "198.51.100.2")
    again = await connect(client, "198.51.100.1")
    await again.send("start")
    assert (await again.expect("error"))["code"] == "locked_out"  # the minor's own address
    # Every request comes from 127.0.0.1, yet the other clients are not locked out.
    await chat(await connect(client, "198.51.100.2"), await connect(client, "198.51.100.3"))


async def test_a_client_that_is_not_a_trusted_proxy_cannot_pick_its_address(
    aiohttp_client, settings: Settings
) -> None:  # type: ignore[no-untyped-def]
    elsewhere = dataclasses.replace(settings, trusted_clients=(), trusted_proxies=("10.0.0.0/8",))
    client = await aiohttp_client(create_app(elsewhere))
    await lock_out(client, "198.51.100.1", "198.51.100.2")
    pretender = await connect(client, "198.51.100.3")  # the same 127.0.0.1 in disguise
    await pretender.send("start")
    assert (await pretender.expect("error"))["code"] == "locked_out"
