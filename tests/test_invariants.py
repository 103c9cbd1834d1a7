"""Randomised schedules of many clients against the chat core, checking the key invariants.

Nobody is paired with themselves, pairs are symmetric, no event reaches anyone but the partner,
and nobody is left looking while another waiting stranger would do.
"""

from __future__ import annotations

import asyncio
import itertools
import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from strangerchat.brokers.base import Match
from strangerchat.brokers.memory import MemoryBroker
from strangerchat.chat import Chat
from strangerchat.errors import Rejected
from strangerchat.protocol import Disconnect, Send, Start, StopLooking, Typing
from strangerchat.services import create_services
from strangerchat.session import Session, State
from strangerchat.settings import Settings

CLIENTS = 5
ACTIONS = ["start", "start", "send", "send", "typing", "disconnect", "reconnect", "widen_all"]

steps = st.lists(
    st.tuples(
        st.sampled_from(ACTIONS),
        st.integers(0, CLIENTS - 1),
        st.frozensets(st.sampled_from(["music", "chess", "films"]), max_size=2),
    ),
    max_size=80,
)


class World:
    """The clients, what each has seen, and who the broker paired with whom."""

    def __init__(self, chat: Chat) -> None:
        self.chat = chat
        self.sessions: list[Session] = []
        self.partner: dict[str, str | None] = {}  # from the broker's matches, not the sessions
        self.open: set[str] = set()  # waiting and willing to meet anyone
        self.sender_of: dict[str, str] = {}
        self.texts = itertools.count()

    async def settle(self) -> None:
        await self.chat.matchmaker.pair_waiting()
        for session in self.sessions:
            for frame in session.take_all():
                self.check_event(session, json.loads(frame))

    def check_event(self, session: Session, event: dict[str, Any]) -> None:
        kind = event["type"]
        if kind == "message":
            assert self.sender_of[event["text"]] == self.partner[session.id]
        if kind in ("message", "typing"):
            assert session.state is State.CHATTING
        if kind == "connected":
            assert self.partner[session.id] is not None

    def check_pairs(self) -> None:
        by_id = {s.id: s for s in self.sessions if not s.closed}
        waiting = [s for s in by_id.values() if s.state is State.WAITING]
        for session in by_id.values():
            if session.state is State.CHATTING:
                assert session.partner_id != session.id
                assert session.partner_id == self.partner[session.id]
                assert by_id[session.partner_id].partner_id == session.id
            else:
                assert session.partner_id is None
        for a, b in itertools.combinations(waiting, 2):
            assert not (a.interests & b.interests), "two waiting strangers share an interest"
            assert not (a.id in self.open and b.id in self.open), "two open strangers both wait"


async def run_schedule(schedule: list[tuple[str, int, frozenset[str]]]) -> None:
    chat = Chat(create_services(Settings(interest_wait=3600), MemoryBroker()))
    world = World(chat)
    original_claim = chat.broker.claim

    async def recording_claim(seeker_id: str) -> Match | None:
        match = await original_claim(seeker_id)
        if match is not None:
            a, b = match.seeker.session_id, match.partner.session_id
            world.partner[a], world.partner[b] = b, a
            world.open -= {a, b}
        return match

    chat.broker.claim = recording_claim  # type: ignore[method-assign]
    for _ in range(CLIENTS):
        world.sessions.append(await chat.open_session("websocket"))
    for action, index, interests in schedule:
        await act(world, action, pick(world.sessions, action, index), interests)
        await world.settle()
        world.check_pairs()


# The state an action usually finds its client in: most actions make sense, some do not.
USUAL_STATE = {
    "start": State.IDLE,
    "send": State.CHATTING,
    "typing": State.CHATTING,
}


def pick(sessions: list[Session], action: str, index: int) -> Session:
    """Mostly a client in the action's usual state, so that schedules reach deep states."""
    usual = [s for s in sessions if s.state is USUAL_STATE.get(action)]
    if usual and index % 4:
        return usual[index % len(usual)]
    return sessions[index]


async def act(world: World, action: str, session: Session, interests: frozenset[str]) -> None:
    chat = world.chat
    try:
        if action == "start":
            world.open.discard(session.id)
            await chat.handle(session, Start(interests=sorted(interests)))
            if not interests:
                world.open.add(session.id)
        elif action == "send":
            text = f"t{next(world.texts)}"
            world.sender_of[text] = session.id
            await chat.handle(session, Send(text=text))
        elif action == "typing":
            await chat.handle(session, Typing())
        elif action == "disconnect":
            await chat.handle(session, Disconnect())
        elif action == "reconnect":
            await chat.close_session(session)
            world.sessions[world.sessions.index(session)] = await chat.open_session("websocket")
        elif action == "widen_all":
            for waiting in [s for s in world.sessions if s.state is State.WAITING]:
                await chat.handle(waiting, StopLooking())
                world.open.add(waiting.id)
    except Rejected:
        pass  # a frame in the wrong state: refused, and checked elsewhere
    for ended in [s for s in world.sessions if s.state is not State.CHATTING]:
        world.partner[ended.id] = None


@settings(max_examples=500, deadline=None)
@given(steps)
def test_random_schedules_keep_the_invariants(schedule) -> None:
    asyncio.run(run_schedule(schedule))
