"""Client addresses, kept only as an HMAC under a random key that changes every day.

The raw address is hashed the moment a connection arrives and is never logged or stored. Each
day's key is kept for two days, so that a lookup can check today's hash and yesterday's, and a
ban or a count made before midnight still holds after it.

Without Redis the keys live in this process's memory. With Redis each day's key is made once,
in Redis (SET NX, kept two days), and every process fetches it: the same address hashes the same
on every process, so bans, lockouts and report counts made on one hold on all.

The address is the connecting peer's (aiohttp's `request.remote`), unless that peer is one of
STRANGERCHAT_TRUSTED_PROXIES: then it is the rightmost X-Forwarded-For entry that is not itself
a trusted proxy. X-Forwarded-For from any other peer is ignored, because any client can send it.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import ipaddress
import secrets
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from aiohttp import web

from strangerchat.appsettings import SETTINGS
from strangerchat.settings import Network, parse_networks

if TYPE_CHECKING:
    from redis.asyncio import Redis

DAY = 86400
KEPT_DAYS = 2  # today's key and yesterday's
NO_ADDRESS = "unknown"  # aiohttp gives None for some transports (a Unix socket)


def client_address(request: web.Request) -> str:
    """The client's address; only ever passed on to be hashed."""
    proxies = _networks(request.app[SETTINGS].trusted_proxies)
    return forwarded_client(request.remote, request.headers.getall("X-Forwarded-For", []), proxies)


def forwarded_client(
    peer: str | None, forwarded_for: list[str], proxies: tuple[Network, ...]
) -> str:
    """The peer's address, or the client its X-Forwarded-For names if the peer is a trusted proxy.

    Each proxy appends the address it was connected from (or sets the header to it, as the
    shipped nginx does), so the rightmost entry that is not a trusted proxy is the client; the
    entries to its left are whatever the client sent, never read. An entry that does not parse,
    where one is read, counts for nothing: the peer's address is used.
    """
    peer_ip = parse_address(peer) if peer and proxies else None
    if peer is None or peer_ip is None or not within(peer_ip, proxies):
        return peer or NO_ADDRESS
    client = peer
    for entry in reversed([part for value in forwarded_for for part in value.split(",")]):
        ip = parse_address(entry.strip())
        if ip is None:
            return peer
        client = str(ip)
        if not within(ip, proxies):
            break
    # Else every entry was a trusted proxy: the client is on the proxies' own network.
    return client


@functools.cache
def _networks(value: tuple[str, ...]) -> tuple[Network, ...]:
    return parse_networks(value)  # once per setting, not once per request


def parse_address(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """An address as a client or proxy gives it; None when it is not one."""
    if text.startswith("[") and text.endswith("]"):
        text = text[1:-1]  # [2001:db8::1], as some proxies write IPv6
    try:
        ip = ipaddress.ip_address(text)
    except ValueError:
        return None
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return ip.ipv4_mapped  # a dual-stack listener reports IPv4 peers this way
    return ip


def within(
    ip: ipaddress.IPv4Address | ipaddress.IPv6Address, networks: tuple[Network, ...]
) -> bool:
    return any(ip in network for network in networks)


class SharedDayKeys:
    """Each day's key in Redis: the first process to ask makes it, every other one reads it."""

    def __init__(self, redis: Redis, prefix: str) -> None:
        self._redis = redis
        self._prefix = prefix

    async def key(self, day: int, create: bool) -> bytes | None:
        name = f"{self._prefix}iphash-key:{day}"
        if create:
            await self._redis.set(name, secrets.token_bytes(32), nx=True, ex=KEPT_DAYS * DAY)
        found = await self._redis.get(name)
        return found.encode() if isinstance(found, str) else found


class AddressHasher:
    """Hashes addresses under today's key; remembers yesterday's key for lookups."""

    def __init__(
        self, clock: Callable[[], float] = time.time, shared: SharedDayKeys | None = None
    ) -> None:
        self._clock = clock
        self._shared = shared
        self._keys: dict[int, bytes] = {}  # day number: key
        self._loaded_day: int | None = None

    async def load(self) -> None:
        """With shared keys: fetch today's and yesterday's, once a day, before hashing."""
        today = int(self._clock() // DAY)
        if self._shared is None or self._loaded_day == today:
            return
        keys = {}
        for day in (today, today - 1):
            key = await self._shared.key(day, create=day == today)
            if key is not None:
                keys[day] = key
        self._keys, self._loaded_day = keys, today

    def hash(self, address: str) -> str:
        """The address's hash under today's key."""
        return self.hashes(address)[0]

    def hashes(self, address: str) -> tuple[str, ...]:
        """The address's hash under every key kept, today's first."""
        data = address.encode()
        return tuple(
            hmac.new(key, data, hashlib.sha256).hexdigest()[:32] for key in self._current_keys()
        )

    def _current_keys(self) -> list[bytes]:
        today = int(self._clock() // DAY)
        if today not in self._keys:
            # Without shared keys, the day's key is made here. With them, `load` fetched it; only
            # if midnight passed between `load` and now is there none, and that one hash (for one
            # session) is then this process's own rather than no hash at all.
            self._keys[today] = secrets.token_bytes(32)
        for day in [day for day in self._keys if day <= today - KEPT_DAYS]:
            del self._keys[day]
        return [self._keys[day] for day in sorted(self._keys, reverse=True)]
