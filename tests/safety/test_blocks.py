"""Blocks in memory, on a clock the test moves: a block lasts exactly its 24 hours."""

from __future__ import annotations

import hashlib

from strangerchat.brokers.memory import MemoryBroker
from strangerchat.safety.blocks import BLOCK_SECONDS, BLOCK_WINDOW, BlockList, barred_pairs, marks
from strangerchat.session import Session


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_marks_are_the_session_id_and_the_address_hash_when_there_is_one() -> None:
    abc = "s:" + hashlib.sha1(b"abc").hexdigest()  # as blocking.lua makes it
    assert marks("abc", "f00") == (abc, "ip:f00")
    assert marks("abc", None) == (abc,)
    assert marks("abc", "") == (abc,)


def test_a_block_bars_both_ways_and_never_an_address_from_itself() -> None:
    (a, _), (b, _) = marks("a", "x"), marks("b", "y")
    apart = set(barred_pairs(marks("a", "x"), marks("b", "y")))
    assert len(apart) == 8
    assert ("ip:y", a) in apart
    assert (b, "ip:x") in apart
    together = set(barred_pairs(marks("a", "x"), marks("b", "x")))
    assert together == {(a, b), (b, a)}


def test_a_block_lasts_24_hours_and_is_then_forgotten() -> None:
    clock = Clock()
    blocks = BlockList(clock)
    blocks.add(marks("a", "x"), marks("b", "y"), BLOCK_SECONDS)
    barred = blocks.barred_by(marks("a2", "x"))  # a new tab of a's
    assert blocks.bars(barred, marks("b2", "y"))  # a new session from b's address
    assert not blocks.bars(barred, marks("c", "z"))
    clock.now += BLOCK_SECONDS - 1
    assert blocks.bars(blocks.barred_by(marks("b", "y")), marks("a", "x"))
    clock.now += 1
    assert blocks.barred_by(marks("b", "y")) == []
    assert len(blocks) == 0  # nothing kept after it expired


def test_with_no_blocks_nothing_is_looked_through() -> None:
    blocks = BlockList(Clock())
    assert blocks.barred_by(marks("a", "x")) == []


async def test_the_memory_broker_bars_a_pair_for_24_hours_on_its_clock() -> None:
    clock = Clock()
    broker = MemoryBroker(clock)
    a, b = Session("websocket", 8, 0.0), Session("websocket", 8, 0.0)
    a.ip_hash, b.ip_hash = "x", "y"
    for one in (a, b):
        await broker.add_session(one)

    async def pairs() -> bool:
        await broker.join_pool(a.id, frozenset(), None, None)
        await broker.join_pool(b.id, frozenset(), None, None)
        if await broker.claim(b.id) is None:
            await broker.leave_pool(a.id)
            await broker.leave_pool(b.id)
            return False
        await broker.unpair(a.id)
        return True

    assert await pairs()
    clock.now += BLOCK_WINDOW  # exactly 5 minutes after the chat ended: still blockable
    assert await broker.block(a.id, BLOCK_SECONDS, BLOCK_WINDOW) == b.id
    assert not await pairs()
    clock.now += BLOCK_SECONDS - 1
    assert not await pairs()
    clock.now += 1
    assert await pairs()
    clock.now += BLOCK_WINDOW + 1
    assert await broker.block(a.id, BLOCK_SECONDS, BLOCK_WINDOW) is None  # too late
