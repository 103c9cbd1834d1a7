"""The Mirror: this process's sessions, kept in step with Redis by the lines of its channel.

RedisBroker feeds it, in channel order, the state lines its Lua scripts publish; the mirror
copies them onto the Session objects and remembers where each remote partner lives.
"""

from __future__ import annotations

from typing import NamedTuple

from strangerchat.session import Session, State


class Peer(NamedTuple):
    """Where a remote partner lives, and its gen: events stamped with another gen are dropped."""

    owner: str
    gen: int
    local_id: str  # the session here whose partner (or last partner) it is


class Mirror:
    """Sessions held here; each changes only by a newer line (a higher gen) from Redis."""

    def __init__(self, process_id: str) -> None:
        self.process_id = process_id
        self.sessions: dict[str, Session] = {}
        self._gens: dict[str, int] = {}
        self._peers: dict[str, Peer] = {}  # remote session id -> where it lives
        self._peer_of: dict[str, str] = {}  # local session id -> its remote peer's id

    def add(self, session: Session) -> None:
        self.sessions[session.id] = session
        self._gens[session.id] = 0

    def forget(self, sid: str) -> None:
        self._unlink(sid)
        self.sessions.pop(sid, None)
        self._gens.pop(sid, None)

    def forget_all(self) -> list[Session]:
        """Forget every session; the ones that were here."""
        sessions = list(self.sessions.values())
        self.sessions.clear()
        self._gens.clear()
        self._peers.clear()
        self._peer_of.clear()
        return sessions

    def peer(self, sid: str) -> Peer | None:
        """Where a remote session lives, if a session here is (or was last) paired with it."""
        return self._peers.get(sid)

    def apply(self, line: str) -> None:
        """One state line: id, gen, state, partner, last partner, peer's process, peer's gen."""
        sid, gen, state, partner, last, owner, peer_gen = line.split("\t")
        session = self.sessions.get(sid)
        if session is None or int(gen) <= self._gens[sid]:
            return  # not held here any more, or older than what we have
        self._gens[sid] = int(gen)
        if not session.closed:
            session.state = State(state)
        session.partner_id = partner or None
        session.last_partner_id = last or None
        self._link(sid, partner or last, owner, peer_gen)

    def receive(self, sid: str, gen: int, payload: bytes) -> bool:
        """Queue an event from another process; False when the session's outbox is full.

        An event stamped with an older gen belongs to a chat that has ended since: dropped.
        """
        session = self.sessions.get(sid)
        if session is None or self._gens[sid] != gen:
            return True
        return session.push(payload) or session.closed

    def _link(self, sid: str, peer: str, owner: str, gen: str) -> None:
        if self._peer_of.get(sid) != peer:
            self._unlink(sid)
        if peer and owner and owner != self.process_id:
            self._peer_of[sid] = peer
            self._peers[peer] = Peer(owner, int(gen), sid)

    def _unlink(self, sid: str) -> None:
        peer = self._peer_of.pop(sid, None)
        if peer is not None and self._peers.get(peer, Peer("", 0, "")).local_id == sid:
            del self._peers[peer]
