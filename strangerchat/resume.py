"""Resume credentials: what lets a client take up its session again after its connection dropped.

A credential is the session id with an HMAC of it under a key derived from the server's secret,
so it is checked without being stored anywhere, and a guessed or altered one never passes.
"""

from __future__ import annotations

import base64
import hashlib
import hmac

from strangerchat.safety.keys import derive

MAC_BYTES = 18  # 144 bits: far beyond guessing


class ResumeTokens:
    def __init__(self, secret: str) -> None:
        self._key = derive(secret, "resume")

    def issue(self, session_id: str) -> str:
        return f"{session_id}.{self._mac(session_id)}"

    def session_id(self, token: str) -> str | None:
        """The session a credential is for; None when it is not one this server issued."""
        session_id, _, mac = token.rpartition(".")
        if session_id and hmac.compare_digest(mac.encode(), self._mac(session_id).encode()):
            return session_id
        return None

    def _mac(self, session_id: str) -> str:
        digest = hmac.new(self._key, session_id.encode(), hashlib.sha256).digest()
        return base64.urlsafe_b64encode(digest[:MAC_BYTES]).decode()
