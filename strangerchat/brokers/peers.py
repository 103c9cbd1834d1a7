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
    local_id: str  # the session here whose partner (or last partner, or spy...) it is


class Peers:
    """Remote sessions by id, each linked to the session here it is a peer of."""

    def __init__(self, process_id: str) -> None:
        self.process_id = process_id
        self._peers: dict[str, Peer] = {}  # remote session id -> where it lives
        self._peer_of: dict[str, tuple[str, ...]] = {}  # local session id -> its remote peers

    def get(self, session_id: str) -> Peer | None:
        """Where a remote session lives, if a session here is (or was last) tied to it."""
        return self._peers.get(session_id)

    def link(self, change: Change) -> None:
        """Link a session's remote peers as an applied change names them."""
        self.unlink(change.session_id)
        linked = []
        for peer in (change.peer, *change.links):
            if self._is_remote(peer):
                linked.append(peer.id)
                self._peers[peer.id] = Peer(peer.owner, peer.gen, change.session_id)
        if linked:
            self._peer_of[change.session_id] = tuple(linked)

    def unlink_one(self, session_id: str, peer_id: str) -> None:
        """The session here is no longer tied to that one peer (a spy that left)."""
        peers = self._peer_of.get(session_id, ())
        self._peer_of[session_id] = tuple(peer for peer in peers if peer != peer_id)
        if self._peers.get(peer_id, _NOWHERE).local_id == session_id:
            del self._peers[peer_id]

    def unlink(self, session_id: str) -> None:
        for peer in self._peer_of.pop(session_id, ()):
            if self._peers.get(peer, _NOWHERE).local_id == session_id:
                del self._peers[peer]

    def clear(self) -> None:
        self._peers.clear()
        self._peer_of.clear()

    def _is_remote(self, peer: Link) -> bool:
        return bool(peer.id and peer.owner and peer.owner != self.process_id)


_NOWHERE = Peer("", 0, "")
