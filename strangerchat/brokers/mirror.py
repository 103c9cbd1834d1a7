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
        self._peer_of: dict[str, tuple[str, ...]] = {}  # local session id -> its remote peers

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
        """One state line: id, gen, state, partner, last partner, peer's process, peer's gen,
        then (question mode) who and, as id, process and gen, a stranger's spy or a spy's two
        strangers."""
        sid, gen, state, partner, last, owner, peer_gen, who, *linked = line.split("\t")
        session = self.sessions.get(sid)
        if session is None or int(gen) <= self._gens[sid]:
            return  # not held here any more, or older than what we have
        self._gens[sid] = int(gen)
        if not session.closed:
            session.state = State(state)
        session.partner_id = partner or None
        session.last_partner_id = last or None
        links = [(linked[i], linked[i + 1], linked[i + 2]) for i in range(0, len(linked), 3)]
        ids = tuple(link[0] for link in links)
        session.stranger_number = int(who) if who else 0
        session.spy_id = ids[0] if who else None
        session.watching = () if who else ids
        self._link(sid, [(partner or last, owner, peer_gen), *links])

    def unwatched(self, sid: str, gen: int) -> None:
        """The spy watching a stranger here left (the stranger's gen stays: its chat goes on)."""
        session = self.sessions.get(sid)
        if session is None or self._gens[sid] != gen or session.spy_id is None:
            return
        spy_id, session.spy_id, session.stranger_number = session.spy_id, None, 0
        peers = self._peer_of.get(sid, ())
        self._peer_of[sid] = tuple(peer for peer in peers if peer != spy_id)
        if self._peers.get(spy_id, _NOWHERE).local_id == sid:
            del self._peers[spy_id]

    def receive(self, sid: str, gen: int, payload: bytes) -> bool:
        """Queue an event from another process; False when the session's outbox is full.

        An event stamped with an older gen belongs to a chat that has ended since: dropped.
        """
        session = self.sessions.get(sid)
        if session is None or self._gens[sid] != gen:
            return True
        return session.push(payload) or session.closed

    def _link(self, sid: str, peers: list[tuple[str, str, str]]) -> None:
        """Link the session's remote peers: (id, process, gen) each; local ones need no link."""
        self._unlink(sid)
        linked = []
        for peer, owner, gen in peers:
            if peer and owner and owner != self.process_id:
                linked.append(peer)
                self._peers[peer] = Peer(owner, int(gen), sid)
        if linked:
            self._peer_of[sid] = tuple(linked)

    def _unlink(self, sid: str) -> None:
        for peer in self._peer_of.pop(sid, ()):
            if self._peers.get(peer, _NOWHERE).local_id == sid:
                del self._peers[peer]


_NOWHERE = Peer("", 0, "")
