"""Peers: a remote session stays reachable while any session here is still tied to it."""

from __future__ import annotations

from strangerchat.brokers.peers import Peer, Peers
from strangerchat.changes import Change, Link
from strangerchat.session import State

HERE, THERE = "process-here", "process-there"


def tied(state: State, session_id: str, partner: str = "", last: str = "", at: int = 0) -> Change:
    """A change of a session here, tied to a peer there whose gen is `at`."""
    peer = partner or last
    return Change(session_id, 1, state, partner, last, Link(peer, THERE, at))


def test_a_remote_partner_stays_known_while_the_one_it_left_moves_on() -> None:
    peers = Peers(HERE)
    peers.link(tied(State.CHATTING, "a", partner="r", at=5))
    peers.link(tied(State.IDLE, "a", last="r", at=6))  # r left a...
    peers.link(tied(State.CHATTING, "b", partner="r", at=7))  # ...and was matched with b
    peers.link(tied(State.WAITING, "a", last="r", at=7))  # a searches again
    peers.link(tied(State.CHATTING, "a", partner="c", at=3))  # and finds c
    assert peers.get("r") == Peer(THERE, 7), "b's partner must stay reachable"
    peers.unlink("b")
    assert peers.get("r") is None
    assert peers.get("c") == Peer(THERE, 3)


def test_a_session_here_is_never_a_peer() -> None:
    peers = Peers(HERE)
    peers.link(Change("a", 1, State.CHATTING, "b", "", Link("b", HERE, 1)))
    assert peers.get("b") is None
