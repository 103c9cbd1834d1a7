"""Client addresses, kept only as an HMAC under a random key that changes every day.

The raw address is hashed the moment a connection arrives and is never logged or stored. Each
day's key is kept for two days, so that a lookup can check today's hash and yesterday's, and a
ban or a count made before midnight still holds after it.

The keys live in this process's memory: several processes each have their own keys (the same
address hashes differently on each) until a shared store for them is added.

The address is the connecting peer's (aiohttp's `request.remote`). Behind a proxy, that is the
proxy's address: X-Forwarded-For is not trusted, because any client can send it.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from collections.abc import Callable

from aiohttp import web

DAY = 86400
KEPT_DAYS = 2  # today's key and yesterday's
NO_ADDRESS = "unknown"  # aiohttp gives None for some transports (a Unix socket)


def client_address(request: web.Request) -> str:
    """The connecting peer's address; only ever passed on to be hashed."""
    return request.remote or NO_ADDRESS


class AddressHasher:
    """Hashes addresses under today's key; remembers yesterday's key for lookups."""

    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self._clock = clock
        self._keys: dict[int, bytes] = {}  # day number: key

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
            self._keys[today] = secrets.token_bytes(32)
        for day in [day for day in self._keys if day <= today - KEPT_DAYS]:
            del self._keys[day]
        return [self._keys[day] for day in sorted(self._keys, reverse=True)]
