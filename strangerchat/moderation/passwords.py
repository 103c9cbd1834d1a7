"""Moderator passwords, hashed with scrypt (memory-hard, in the standard library).

A hash is stored as `scrypt$n$r$p$salt$key` (salt and key in base64), so the cost can be raised
later without breaking the hashes made before.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

# One of OWASP's equivalent minimum settings: 32 MiB per hash (128 x N x r bytes), p=3 rounds.
# Hashing is slow on purpose (a quarter of a second): run it off the event loop.
N, R, P = 2**15, 8, 3
KEY_BYTES = 32
MAX_MEMORY = 64 * 1024 * 1024
MIN_LENGTH = 12
MAX_LENGTH = 1024  # longer input only costs the server time


def password_problem(password: str) -> str | None:
    """Why a new password will not do, or None."""
    if len(password) < MIN_LENGTH:
        return f"a password needs at least {MIN_LENGTH} characters"
    if len(password) > MAX_LENGTH:
        return f"a password may have at most {MAX_LENGTH} characters"
    return None


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    key = _derive(password, salt, N, R, P)
    return "$".join(("scrypt", str(N), str(R), str(P), _b64(salt), _b64(key)))


def verify_password(password: str, stored: str) -> bool:
    """True if `password` made `stored`; False for any other password or a malformed hash."""
    if len(password) > MAX_LENGTH:
        return False
    try:
        scheme, n, r, p, salt, key = stored.split("$")
        if scheme != "scrypt":
            return False
        made = _derive(password, base64.b64decode(salt), int(n), int(r), int(p))
        return hmac.compare_digest(made, base64.b64decode(key))
    except ValueError:  # a wrong count of parts, bad base64, or a cost scrypt refuses
        return False


def _derive(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        password.encode(), salt=salt, n=n, r=r, p=p, maxmem=MAX_MEMORY, dklen=KEY_BYTES
    )


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()
