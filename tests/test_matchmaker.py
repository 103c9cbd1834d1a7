"""A matchmaking round the broker fails (Redis away) forgets no search: the next one retries.

The failure is injected into a MemoryBroker (a Redis outage cannot be had on cue inside one
call); the rest is the real matchmaker, chat and relay.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
from pathlib import Path

import pytest

from strangerchat.brokers.base import Match
from strangerchat.brokers.memory import MemoryBroker
from strangerchat.brokers.scripts import RedisUnavailable
from strangerchat.chat import Chat
from strangerchat.protocol import Start
from strangerchat.services import create_services
from strangerchat.session import Session, State
from tests.conftest import suite_settings


class FailingOnce(MemoryBroker):
    """Fails the first claim and the first widening, as a Redis that did not answer would."""

    def __init__(self) -> None:
        super().__init__()
        self.claims_to_fail = 1
        self.widenings_to_fail = 1

    async def claim(self, seeker_id: str) -> Match | None:
        if self.claims_to_fail:
            self.claims_to_fail -= 1
            raise RedisUnavailable("no answer")
        return await super().claim(seeker_id)

    async def open_to_anyone(self, session_id: str, order: int | None = None) -> bool:
        if self.widenings_to_fail and order is not None:
            self.widenings_to_fail -= 1
            raise RedisUnavailable("no answer")
        return await super().open_to_anyone(session_id, order)


def connected(session: Session) -> bool:
    return any(json.loads(f).get("type") == "connected" for f in session.frames_after(0))


async def _chat(tmp_path: Path, broker: MemoryBroker, **settings: float) -> Chat:
    base = suite_settings(tmp_path)
    return Chat(create_services(dataclasses.replace(base, **settings), broker))


async def test_a_failed_claim_is_tried_again(tmp_path: Path) -> None:
    broker = FailingOnce()
    broker.claims_to_fail = 0
    chat = await _chat(tmp_path, broker)
    alice, bob = await chat.open_session("websocket"), await chat.open_session("websocket")
    await chat.handle(bob, Start())
    await chat.matchmaker.pair_waiting()  # bob waits in the pool, nobody to claim
    broker.claims_to_fail = 1
    await chat.handle(alice, Start())  # alice's claim, which would find bob, fails
    with pytest.raises(RedisUnavailable):
        await chat.matchmaker.pair_waiting()
    await chat.matchmaker.pair_waiting()
    assert alice.state is State.CHATTING
    assert (connected(alice), connected(bob)) == (True, True)


async def test_a_failed_widening_is_tried_again(tmp_path: Path) -> None:
    broker = FailingOnce()
    broker.claims_to_fail = 0
    chat = await _chat(tmp_path, broker, interest_wait=0.05)
    alice, bob = await chat.open_session("websocket"), await chat.open_session("websocket")
    await chat.handle(alice, Start(interests=["chess"]))
    await chat.handle(bob, Start(interests=["films"]))
    await asyncio.sleep(0.1)  # both searches are due to widen
    with pytest.raises(RedisUnavailable):
        await chat.matchmaker.pair_waiting()
    await chat.matchmaker.pair_waiting()
    assert (connected(alice), connected(bob)) == (True, True)


async def test_the_running_matchmaker_retries_a_failed_round_by_itself(tmp_path: Path) -> None:
    broker = FailingOnce()
    chat = await _chat(tmp_path, broker)
    running = asyncio.create_task(chat.matchmaker.run())
    try:
        alice, bob = await chat.open_session("websocket"), await chat.open_session("websocket")
        await chat.handle(alice, Start())
        await chat.handle(bob, Start())
        async with asyncio.timeout(3):
            while not connected(alice):  # noqa: ASYNC110 (the outbox has no event to wait on)
                await asyncio.sleep(0.05)
        assert chat.stats.broker_errors == 1
    finally:
        running.cancel()
