"""The server's secret key, and one key derived from it for each kind of thing it signs."""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from pathlib import Path

from strangerchat.errors import ConfigError
from strangerchat.settings import setting_names

KEY_FILE = "secret_key"  # in the data directory, when no key is configured


def server_secret(configured: str | None) -> str:
    """The configured key, or a random one that lives (and dies) with this process."""
    return configured or secrets.token_hex(32)


def stored_secret(data_dir: str) -> str:
    """The key kept in the data directory, made (mode 600) at the first start.

    Kept, not made anew each start, so that gate cookies outlive a restart and nobody who
    passed the gate is sent back to it because the process was restarted.
    """
    path = Path(data_dir) / KEY_FILE
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        try:
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            key = path.read_text().strip()
        else:
            key = secrets.token_hex(32)
            with os.fdopen(descriptor, "w") as file:
                file.write(key + "\n")
    except OSError as exc:
        raise ConfigError(
            f"{setting_names('data_dir')}: cannot keep the secret key in {str(path)!r}:"
            f" {exc.strerror or exc} (set STRANGERCHAT_SECRET_KEY, or make it writable)"
        ) from None
    if len(key) < 32:
        raise ConfigError(f"{str(path)!r} holds no usable key: delete it to make a new one")
    return key


def derive(secret: str, purpose: str) -> bytes:
    """A key for one purpose, so that a signature made for one thing never passes as another."""
    return hmac.new(secret.encode(), f"strangerchat {purpose}".encode(), hashlib.sha256).digest()
