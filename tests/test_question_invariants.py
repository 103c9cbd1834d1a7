"""Randomised schedules mixing question mode with plain chats, checking the key invariants.

Nobody is paired with themselves; a question chat is one spy and two strangers who asked for
question mode, never anyone who pressed a plain Start; every message and every copy of one
reaches only the partner and the spy of the moment; nobody is left waiting while a question
chat could be made.
"""

from __future__ import annotations

import asyncio
import itertools
import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from strangerchat.brokers.base import Trio
from strangerchat.brokers.memory import MemoryBroker
from strangerchat.chat import Chat
from strangerchat.errors import Rejected
from strangerchat.protocol import Disconnect, Send, Start, Typing
from strangerchat.services import create_services
from strangerchat.session import Session, State
from strangerchat.settings import Settings

CLIENTS = 6
ACTIONS = ["start", "ask", "ask", "discuss", "discuss", "send", "send", "typing", "disconnect"]
ACTIONS += ["reconnect"]

steps = st.lists(
    st.tuples(st.sampled_from(ACTIONS), st.integers(0, CLIENTS - 1)),
    max_size=80,
)


class World:
    def __init__(self, chat: Chat) -> None:
        self.chat = chat
        self.sessions: list[Session] = []
        self.mode: dict[str, str] = {}  # session id: "plain", "spy" or "stranger" (last start)
        self.sent: dict[str, tuple[str, str | None, str | None, int]] = {}
        self.texts = itertools.count()

    def live(self) -> dict[str, Session]:
        return {s.id: s for s in self.sessions if not s.closed}

    async def settle(self) -> None:
        await self.chat.matchmaker.pair_waiting()
        for session in self.sessions:
            for frame in session.take_all():
                self.check_event(session, json.loads(frame))

    def check_event(self, session: Session, event: dict[str, Any]) -> None:
        kind = event["type"]
        if kind == "message":
            _, partner, _, _ = self.sent[event["text"]]
            assert partner == session.id
        if kind == "stranger_message":
            _, _, spy, who = self.sent[event["text"]]
            assert (spy, who) == (session.id, event["who"])
        if kind in ("spy_connected", "stranger_typing", "stranger_stopped_typing"):
            assert self.mode[session.id] == "spy"
        if kind == "stranger_left":
            assert self.mode[session.id] == "spy"
            assert event["who"] in (1, 2)
        if kind == "connected":
            assert ("question" in event) == (self.mode[session.id] == "stranger")

    def check_state(self) -> None:
        live = self.live()
        for session in live.values():
            assert session.partner_id != session.id
            if session.partner_id is not None:
                assert live[session.partner_id].partner_id == session.id
            if session.watching:
                assert self.mode[session.id] == "spy"
                assert session.partner_id is None
                one, two = (live[sid] for sid in session.watching)
                assert session.id not in session.watching
                assert (one.partner_id, two.partner_id) == (two.id, one.id)
                assert (one.spy_id, one.stranger_number) == (session.id, 1)
                assert (two.spy_id, two.stranger_number) == (session.id, 2)
            if session.spy_id is not None:
                assert self.mode[session.id] == "stranger"
                assert session.id in live[session.spy_id].watching
        waiting = [s for s in live.values() if s.state is State.WAITING]
        spies = [s for s in waiting if self.mode[s.id] == "spy"]
        strangers = [s for s in waiting if self.mode[s.id] == "stranger"]
        assert not (spies and len(strangers) >= 2), "a question chat could have been made"


async def run_schedule(schedule: list[tuple[str, int]]) -> None:
    chat = Chat(create_services(Settings(interest_wait=3600), MemoryBroker()))
    world = World(chat)
    original = chat.broker.claim_trio

    async def recording_claim_trio(seeker_id: str) -> Trio | None:
        trio = await original(seeker_id)
        if trio is not None:
            assert world.mode[trio.spy] == "spy"
            assert all(world.mode[sid] == "stranger" for sid in trio.strangers)
            assert len({trio.spy, *trio.strangers}) == 3
        return trio

    chat.broker.claim_trio = recording_claim_trio  # type: ignore[method-assign]
    for _ in range(CLIENTS):
        world.sessions.append(await chat.open_session("websocket"))
    for action, index in schedule:
        await act(world, action, pick(world, action, index))
        await world.settle()
        world.check_state()


def pick(world: World, action: str, index: int) -> Session:
    usual = State.IDLE if action in ("start", "ask", "discuss") else State.CHATTING
    candidates = [s for s in world.sessions if s.state is usual]
    if candidates and index % 4:
        return candidates[index % len(candidates)]
    return world.sessions[index]


async def act(world: World, action: str, session: Session) -> None:
    chat = world.chat
    try:
        if action in ("start", "ask", "discuss"):
            frame = {
                "start": Start(),
                "ask": Start(question="What would you do with a free day?"),
                "discuss": Start(wants_question=True),
            }[action]
            if session.state is State.IDLE:
                world.mode[session.id] = {"start": "plain", "ask": "spy"}.get(action, "stranger")
            await chat.handle(session, frame)
        elif action == "send":
            text = f"t{next(world.texts)}"
            sent = (session.id, session.partner_id, session.spy_id, session.stranger_number)
            world.sent[text] = sent
            await chat.handle(session, Send(text=text))
        elif action == "typing":
            await chat.handle(session, Typing())
        elif action == "disconnect":
            await chat.handle(session, Disconnect())
        elif action == "reconnect":
            await chat.close_session(session)
            world.sessions[world.sessions.index(session)] = await chat.open_session("websocket")
    except Rejected:
        pass  # a frame in the wrong state (or a spy writing): refused, checked elsewhere


@settings(max_examples=400, deadline=None)
@given(steps)
def test_random_schedules_with_question_mode_keep_the_invariants(schedule) -> None:
    asyncio.run(run_schedule(schedule))
