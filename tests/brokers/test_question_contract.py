"""The broker contract for question mode, run against each broker like test_contract.py."""

from __future__ import annotations

import asyncio

from strangerchat.brokers.base import Broker
from strangerchat.protocol import STRANGER_LEFT, with_seq
from strangerchat.session import Session, State
from tests.brokers.test_contract import add, join
from tests.brokers.test_redis import until

QUESTION = "What makes a good friend?"


async def spy(broker: Broker, question: str = QUESTION) -> Session:
    session = await add(broker)
    await broker.join_question_pool(session.id, question)
    return session


async def spyee(broker: Broker) -> Session:
    session = await add(broker)
    await broker.join_question_pool(session.id, None)
    return session


async def test_a_spy_takes_the_two_strangers_who_waited_longest(broker: Broker) -> None:
    first, second, third = [await spyee(broker) for _ in range(3)]
    assert await broker.claim_trio(first.id) is None  # no spy yet
    asker = await spy(broker)
    assert asker.state is State.WAITING
    trio = await broker.claim_trio(asker.id)
    assert trio is not None
    assert (trio.spy, trio.question, trio.strangers) == (asker.id, QUESTION, (first.id, second.id))
    assert asker.state is first.state is second.state is State.CHATTING
    assert asker.watching == (first.id, second.id)
    assert asker.partner_id is None  # the spy is nobody's partner
    assert (first.partner_id, second.partner_id) == (second.id, first.id)
    assert (first.spy_id, first.stranger_number) == (asker.id, 1)
    assert (second.spy_id, second.stranger_number) == (asker.id, 2)
    assert third.state is State.WAITING
    assert third.spy_id is None


async def test_a_stranger_takes_the_spy_who_waited_longest_and_the_other_stranger(
    broker: Broker,
) -> None:
    early_spy = await spy(broker, "Is a hot dog a sandwich?")
    await spy(broker)
    waiting = await spyee(broker)
    assert await broker.claim_trio(waiting.id) is None  # one stranger is not enough
    seeker = await spyee(broker)
    trio = await broker.claim_trio(seeker.id)
    assert trio is not None
    assert trio.spy == early_spy.id
    assert trio.question == "Is a hot dog a sandwich?"
    assert trio.strangers == (waiting.id, seeker.id)  # stranger 1 waited longer


async def test_the_longer_waiter_is_stranger_1_whoever_claims(broker: Broker) -> None:
    await spy(broker)
    first, second = await spyee(broker), await spyee(broker)
    trio = await broker.claim_trio(first.id)
    assert trio is not None
    assert trio.strangers == (first.id, second.id)


async def test_nobody_is_drawn_across_between_the_pool_and_question_mode(broker: Broker) -> None:
    normal, other_normal = await add(broker), await add(broker)
    await join(broker, normal)
    asker, a, b = await spy(broker), await spyee(broker), await spyee(broker)
    assert not await broker.open_to_anyone(a.id)  # a question search is never widened
    assert await broker.claim(a.id) is None
    assert await broker.claim(asker.id) is None
    await join(broker, other_normal)
    match = await broker.claim(other_normal.id)
    assert match is not None
    assert match.partner.session_id == normal.id
    trio = await broker.claim_trio(b.id)
    assert trio is not None
    assert set(trio.strangers) | {trio.spy} == {asker.id, a.id, b.id}


async def test_a_trio_never_takes_a_normal_search(broker: Broker) -> None:
    normal = await add(broker)
    await join(broker, normal)
    asker, a = await spy(broker), await spyee(broker)
    assert await broker.claim_trio(asker.id) is None
    assert await broker.claim_trio(a.id) is None
    assert normal.state is State.WAITING


async def test_leave_pool_takes_question_searches_out(broker: Broker) -> None:
    asker, a, b = await spy(broker), await spyee(broker), await spyee(broker)
    assert await broker.leave_pool(asker.id)
    assert await broker.leave_pool(a.id)
    assert asker.state is a.state is State.IDLE
    assert not await broker.leave_pool(a.id)
    assert await broker.claim_trio(b.id) is None
    second = await spyee(broker)
    assert await broker.claim_trio(second.id) is None  # the spy who left is not taken


async def test_claim_trio_of_a_session_not_waiting_is_none(broker: Broker) -> None:
    idle = await add(broker)
    await spy(broker)
    await spyee(broker)
    await spyee(broker)
    assert await broker.claim_trio(idle.id) is None


async def _trio(broker: Broker) -> tuple[Session, Session, Session]:
    asker, one, two = await spy(broker), await spyee(broker), await spyee(broker)
    assert await broker.claim_trio(two.id) is not None
    return asker, one, two


async def test_a_stranger_leaving_ends_the_chat_for_all_and_the_spy_hears_who(
    broker: Broker,
) -> None:
    asker, one, two = await _trio(broker)
    assert await broker.unpair(two.id) == one.id
    assert asker.state is one.state is two.state is State.IDLE
    assert (asker.watching, one.spy_id, two.spy_id) == ((), None, None)
    await until(lambda: bool(asker.frames_after(0)))
    assert asker.frames_after(0) == [with_seq(1, STRANGER_LEFT[2])]
    assert one.frames_after(0) == []  # the relay tells the partner, as in any chat
    assert await broker.unpair(one.id) is None
    assert not await broker.stop_watching(asker.id)


async def test_a_spy_leaving_leaves_the_strangers_chatting_unwatched(broker: Broker) -> None:
    asker, one, two = await _trio(broker)
    assert await broker.stop_watching(asker.id)
    assert asker.state is State.IDLE
    assert asker.watching == ()
    assert not await broker.stop_watching(asker.id)
    await until(lambda: one.spy_id is None and two.spy_id is None)
    assert (one.stranger_number, two.stranger_number) == (0, 0)
    assert one.state is two.state is State.CHATTING
    assert (one.partner_id, two.partner_id) == (two.id, one.id)
    assert await broker.unpair(one.id) == two.id
    await asyncio.sleep(0.05)
    assert asker.frames_after(0) == []  # the spy that left hears nothing of it


async def test_a_spy_is_not_a_partner_to_unpair(broker: Broker) -> None:
    asker, one, _ = await _trio(broker)
    assert await broker.unpair(asker.id) is None
    assert asker.watching == (one.id, asker.watching[1])  # still watching


async def _blocked_pair(broker: Broker) -> tuple[Session, Session]:
    """Two sessions that met in a plain chat, where the first blocked the second."""
    a, b = await add(broker), await add(broker)
    await join(broker, a)
    await join(broker, b)
    assert await broker.claim(b.id) is not None
    assert await broker.block(a.id, 24 * 3600.0, 300.0) == b.id
    await broker.unpair(a.id)
    return a, b


async def test_two_strangers_kept_apart_by_a_block_never_discuss_together(broker: Broker) -> None:
    a, b = await _blocked_pair(broker)
    for session in (a, b):
        await broker.join_question_pool(session.id, None)
    asker = await spy(broker)
    assert await broker.claim_trio(asker.id) is None
    assert await broker.claim_trio(b.id) is None
    c = await spyee(broker)
    trio = await broker.claim_trio(c.id)
    assert trio is not None
    assert trio.strangers == (a.id, c.id)  # b, blocked by a, is passed over
    assert b.state is State.WAITING


async def test_a_spy_never_reads_a_stranger_a_block_keeps_it_from(broker: Broker) -> None:
    a, b = await _blocked_pair(broker)
    await broker.join_question_pool(a.id, "Which book changed your mind?")  # the blocker asks
    await broker.join_question_pool(b.id, None)
    first = await spyee(broker)
    assert await broker.claim_trio(first.id) is None  # the spy may not read b
    second = await spyee(broker)
    trio = await broker.claim_trio(second.id)
    assert trio is not None
    assert (trio.spy, trio.strangers) == (a.id, (first.id, second.id))
    assert b.state is State.WAITING


async def test_a_blocked_stranger_is_passed_over_for_the_next(broker: Broker) -> None:
    a, b = await _blocked_pair(broker)
    await broker.join_question_pool(b.id, None)
    c = await spyee(broker)
    await broker.join_question_pool(a.id, "Which book changed your mind?")
    trio = await broker.claim_trio(a.id)
    assert trio is None  # only c is free for this spy: not enough
    d = await spyee(broker)
    trio = await broker.claim_trio(d.id)
    assert trio is not None
    assert (trio.spy, trio.strangers) == (a.id, (c.id, d.id))
    assert b.state is State.WAITING
