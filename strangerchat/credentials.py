"""Session credentials: what a long-poll or Omegle client names its session by.

A credential is `<route>.<session id>.<MAC>`. The route names the process that holds the session,
so the gateway finds it without asking Redis and a balancer can send the request there; the MAC,
an HMAC of route and id under a key derived from the server's secret, is what makes it a
credential. It is checked, never stored: Redis, the channels and the logs carry the session id
alone, which answers nothing without the MAC (and a route changed by hand fails the MAC too).
"""

from __future__ import annotations

import base64
import hashlib
import hmac

from strangerchat.safety.keys import derive

MAC_BYTES = 18  # 144 bits: far beyond guessing
SEPARATOR = "."  # in neither a route (settings.ROUTE) nor a session id (URL-safe base64)


class Credentials:
    def __init__(self, secret: str) -> None:
        self._key = derive(secret, "session")

    def issue(self, route: str, session_id: str) -> str:
        return SEPARATOR.join((route, session_id, self._mac(route, session_id)))

    def read(self, credential: str) -> tuple[str, str] | None:
        """The route and session id a credential names; None when it is not one this server
        (or another process sharing its secret) issued."""
        parts = credential.split(SEPARATOR)
        if len(parts) != 3 or not all(parts):
            return None
        route, session_id, mac = parts
        if not hmac.compare_digest(mac.encode(), self._mac(route, session_id).encode()):
            return None
        return route, session_id

    def _mac(self, route: str, session_id: str) -> str:
        message = f"{route}{SEPARATOR}{session_id}".encode()
        digest = hmac.new(self._key, message, hashlib.sha256).digest()
        return base64.urlsafe_b64encode(digest[:MAC_BYTES]).decode()


def route_of(credential: str) -> str:
    """The route a credential names (unchecked: for telling the client, not for trusting)."""
    return credential.partition(SEPARATOR)[0]
