"""The session table: the sessions this process holds, and the one place their chat state changes.

Both brokers report what their commands did as Changes (changes.py); the table applies each one
that is newer than what it has, so a session's state, partner and spy follow the broker in
either mode, and an event stamped for an earlier chat is dropped the same way in both.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from strangerchat.changes import Change
from strangerchat.session import Session


class SessionTable:
    """Sessions by id, each with the gen of the last change applied to it."""

    def __init__(self) -> None:
        self._sessions: dict[str, Session] = {}
        self._gens: dict[str, int] = {}
        # Told of every change applied (the broker contract tests follow the stream).
        self.on_change: Callable[[Change], None] | None = None

    def __len__(self) -> int:
        return len(self._sessions)

    def __iter__(self) -> Iterator[str]:
        return iter(self._sessions)

    def get(self, session_id: str) -> Session | None:
        return self._sessions.get(session_id)

    def sessions(self) -> Iterator[Session]:
        return iter(self._sessions.values())

    def gen(self, session_id: str) -> int | None:
        """The gen of the session's last change; None when it is not held here."""
        return self._gens.get(session_id)

    def add(self, session: Session) -> None:
        self._sessions[session.id] = session
        self._gens[session.id] = 0

    def forget(self, session_id: str) -> None:
        self._sessions.pop(session_id, None)
        self._gens.pop(session_id, None)

    def forget_all(self) -> list[Session]:
        """Forget every session; the ones that were here."""
        sessions = list(self._sessions.values())
        self._sessions.clear()
        self._gens.clear()
        return sessions

    def apply(self, change: Change) -> bool:
        """Apply a change to a session held here; False when it is not held, or the change is
        not newer than the last one applied (it crossed a later one on its way)."""
        session = self._sessions.get(change.session_id)
        if session is None or change.gen <= self._gens[change.session_id]:
            return False
        self._gens[change.session_id] = change.gen
        if not session.closed:
            session.state = change.state
        session.partner_id = change.partner_id or None
        session.last_partner_id = change.last_partner_id or None
        session.stranger_number = change.stranger_number
        ids = tuple(link.id for link in change.links)
        session.spy_id = ids[0] if change.stranger_number else None
        session.watching = () if change.stranger_number else ids
        if self.on_change is not None:
            self.on_change(change)
        return True

    def unwatched(self, session_id: str, gen: int) -> str | None:
        """The spy watching a stranger here left; who that spy was (None if it is stale).

        The stranger's gen stays as it is: its chat goes on, and nothing on its way between
        the two strangers may be dropped.
        """
        session = self._sessions.get(session_id)
        if session is None or self._gens[session_id] != gen or session.spy_id is None:
            return None
        spy_id, session.spy_id, session.stranger_number = session.spy_id, None, 0
        return spy_id

    def receive(self, session_id: str, gen: int, payload: bytes) -> bool:
        """Queue an event stamped with the gen it was meant for; False when the outbox is full.

        An event stamped with another gen belongs to a chat that has ended since: dropped.
        """
        session = self._sessions.get(session_id)
        if session is None or self._gens[session_id] != gen:
            return True
        return session.push(payload) or session.closed
