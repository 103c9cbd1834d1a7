"""Changes: what a broker says happened to a session's chat state, in one typed shape.

MemoryBroker makes them in this process and RedisBroker's Lua scripts publish them (msgpack
arrays of the same fields, in the same order); the session table (session_table.py) applies
them in both modes. A change carries the session's gen: it rises on every change, so a
change older than what the table has, and an event meant for an earlier chat, are dropped.
"""

from __future__ import annotations

import msgspec

from strangerchat.session import State


class Link(msgspec.Struct, array_like=True, frozen=True):
    """Another session this one is tied to: its id, the process holding it (from Redis; ''
    in memory mode, or when it is gone) and its gen, which stamps the events sent to it."""

    id: str = ""  # '' for nobody (a script sends an empty array)
    owner: str = ""
    gen: int = 0


NOBODY = Link()


class Change(msgspec.Struct, array_like=True, frozen=True):
    """A session's chat state after a broker command changed it."""

    session_id: str
    gen: int
    state: State
    partner_id: str = ""  # '' when it chats with nobody
    last_partner_id: str = ""
    peer: Link = NOBODY  # the partner, else the last partner, and where it lives
    stranger_number: int = 0  # a watched stranger's number for its spy (1 or 2), else 0
    links: tuple[Link, ...] = ()  # a watched stranger's spy, or a spy's two strangers


class StateMessage(msgspec.Struct, array_like=True, frozen=True):
    """What a Lua script publishes on a process's channel: the changes to its sessions, and
    the token of the call that made them ('' when another process's call did)."""

    token: str
    changes: list[Change]


STATE_MESSAGES = msgspec.msgpack.Decoder(StateMessage)
