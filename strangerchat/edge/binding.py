"""Session ids are bound to the transport that opened them.

The browser's long-poll API checks Origin and the Omegle API does not; were an id usable on both,
whoever held a long-poll id could sidestep the Origin check. A session of another transport is
answered as unknown, exactly like an id that never existed.
"""

from __future__ import annotations

from strangerchat.errors import Code, Rejected
from strangerchat.session import Session


def require_transport(session: Session | None, transport: str | frozenset[str]) -> None:
    """Rejected (unknown_session) when this process holds the session under another transport."""
    allowed = frozenset({transport}) if isinstance(transport, str) else transport
    if session is not None and session.transport not in allowed:
        raise Rejected(Code.UNKNOWN_SESSION, "no such session: it ended or never existed")
