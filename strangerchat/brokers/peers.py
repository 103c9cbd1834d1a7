"""Peers: where the remote partners (and spies, and watched strangers) of our sessions live.

RedisBroker keeps it beside the session table: a change applied to a session here names its
peers with their process and gen, which address and stamp the events sent to them.
"""

from __future__ import annotations

from typing import NamedTuple

from strangerchat.changes import Change, Link


class Peer(NamedTuple):
    """Where a remote session lives, and its gen: events stamped with another gen are dropped."""

    owner: str
    gen: int


class Peers:
    """Remote sessions by id, each kept while any session here is tied to it.

    Several sessions here can be tied to one remote session at once (its partner now, and the
    one it left, whose last partner it is): it is forgotten only once none of them is.
    """

    def __init__(self, process_id: str) -> None:
        self.process_id = process_id
        self._where: dict[str, Peer] = {}  # remote session id -> where it lives
        self._holders: dict[str, set[str]] = {}  # remote session id -> the sessions tied to it
        self._peer_of: dict[str, tuple[str, ...]] = {}  # local session id -> its remote peers

    def get(self, session_id: str) -> Peer | None:
        """Where a remote session lives, if a session here is (or was last) tied to it."""
        return self._where.get(session_id)

    def link(self, change: Change) -> None:
        """Link a session's remote peers as an applied change names them. Changes arrive in
        Redis's order and each reads its peers' gens afresh, so the latest one is right."""
        self.unlink(change.session_id)
        linked = []
        for peer in (change.peer, *change.links):
            if self._is_remote(peer):
                linked.append(peer.id)
                self._where[peer.id] = Peer(peer.owner, peer.gen)
                self._holders.setdefault(peer.id, set()).add(change.session_id)
        if linked:
            self._peer_of[change.session_id] = tuple(linked)

    def unlink_one(self, session_id: str, peer_id: str) -> None:
        """The session here is no longer tied to that one peer (a spy that left)."""
        peers = self._peer_of.get(session_id, ())
        self._peer_of[session_id] = tuple(peer for peer in peers if peer != peer_id)
        self._let_go(session_id, peer_id)

    def unlink(self, session_id: str) -> None:
        for peer_id in self._peer_of.pop(session_id, ()):
            self._let_go(session_id, peer_id)

    def clear(self) -> None:
        self._where.clear()
        self._holders.clear()
        self._peer_of.clear()

    def _let_go(self, session_id: str, peer_id: str) -> None:
        holders = self._holders.get(peer_id)
        if holders is None:
            return
        holders.discard(session_id)
        if not holders:
            del self._holders[peer_id]
            del self._where[peer_id]

    def _is_remote(self, peer: Link) -> bool:
        return bool(peer.id and peer.owner and peer.owner != self.process_id)
