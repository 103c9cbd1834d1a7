"""The server's secret key, and one key derived from it for each kind of thing it signs."""

from __future__ import annotations

import hashlib
import hmac
import secrets


def server_secret(configured: str | None) -> str:
    """The configured key, or a random one that lives (and dies) with this process."""
    return configured or secrets.token_hex(32)


def derive(secret: str, purpose: str) -> bytes:
    """A key for one purpose, so that a signature made for one thing never passes as another."""
    return hmac.new(secret.encode(), f"strangerchat {purpose}".encode(), hashlib.sha256).digest()
