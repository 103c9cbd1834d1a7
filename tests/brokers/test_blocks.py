"""The broker contract for blocks, run against each broker: a blocked pair is never matched."""

from __future__ import annotations

import asyncio

import pytest

from strangerchat.brokers.base import Broker
from strangerchat.session import Session, State

DAY = 24 * 3600.0
WINDOW = 300.0
ATTEMPTS = 500


async def add(broker: Broker, ip_hash: str | None) -> Session:
    session = Session("websocket", 64, now=0.0)
    session.ip_hash = ip_hash
    await broker.add_session(session)
    return session


async def join(broker: Broker, session: Session) -> None:
    await broker.join_pool(session.id, frozenset(), None, session.last_partner_id)


async def meet(broker: Broker, a: Session, b: Session) -> None:
    await join(broker, a)
    await join(broker, b)
    match = await broker.claim(b.id)
    assert match is not None
    assert match.partner.session_id == a.id


async def never_paired(broker: Broker, first: Session, second: Session, attempts: int) -> None:
    """`attempts` times: both join (`first` first), each tries to claim; nobody is paired."""
    for _ in range(attempts):
        await join(broker, first)
        await join(broker, second)
        assert await broker.claim(second.id) is None
        assert await broker.claim(first.id) is None
        assert first.state is second.state is State.WAITING
        assert await broker.leave_pool(first.id)
        assert await broker.leave_pool(second.id)


async def pairs(broker: Broker, a: Session, b: Session) -> bool:
    """Whether a and b, alone in the pool, are paired; they leave it (or the chat) afterwards."""
    await join(broker, a)
    await join(broker, b)
    match = await broker.claim(b.id)
    if match is None:
        await broker.leave_pool(a.id)
        await broker.leave_pool(b.id)
        return False
    assert match.partner.session_id == a.id
    await broker.unpair(a.id)
    return True


@pytest.mark.parametrize("when", ["while chatting", "after the chat ended"])
@pytest.mark.parametrize("blocker_first", [True, False], ids=["blocker first", "blocked first"])
async def test_a_blocked_pair_is_never_matched_again(
    broker: Broker, when: str, blocker_first: bool
) -> None:
    blocker, blocked, third = [await add(broker, ip) for ip in ("ip-a", "ip-b", "ip-c")]
    await meet(broker, blocker, blocked)
    if when == "after the chat ended":
        await broker.unpair(blocked.id)
    assert await broker.block(blocker.id, DAY, WINDOW) == blocked.id
    assert blocker.state is State.CHATTING or when == "after the chat ended"  # not ended by it
    await broker.unpair(blocker.id)
    first, second = (blocker, blocked) if blocker_first else (blocked, blocker)
    await never_paired(broker, first, second, ATTEMPTS)
    # Each still meets anyone else.
    assert await pairs(broker, third, blocker)
    assert await pairs(broker, blocked, third)


async def test_a_block_holds_against_a_new_session_from_the_blocked_address(
    broker: Broker,
) -> None:
    blocker, blocked, third = [await add(broker, ip) for ip in ("ip-a", "ip-b", "ip-c")]
    await meet(broker, blocker, blocked)
    assert await broker.block(blocker.id, DAY, WINDOW) == blocked.id
    await broker.unpair(blocker.id)
    await broker.remove_session(blocked.id)
    comeback = await add(broker, "ip-b")
    await never_paired(broker, comeback, blocker, 20)
    # The blocker's new tab (same address) is kept from the blocked stranger's address too.
    new_tab = await add(broker, "ip-a")
    await never_paired(broker, new_tab, comeback, 20)
    assert await pairs(broker, comeback, third)
    assert await pairs(broker, third, new_tab)


async def test_one_address_is_not_blocked_from_itself(broker: Broker) -> None:
    """Both behind one address (a shared network): the block holds by session id alone."""
    blocker, blocked = await add(broker, "ip-x"), await add(broker, "ip-x")
    await meet(broker, blocker, blocked)
    assert await broker.block(blocker.id, DAY, WINDOW) == blocked.id
    await broker.unpair(blocker.id)
    await never_paired(broker, blocker, blocked, 20)
    neighbour = await add(broker, "ip-x")
    assert await pairs(broker, neighbour, blocker)
    assert await pairs(broker, blocked, neighbour)


async def test_sessions_without_an_address_hash_are_blocked_by_id_alone(broker: Broker) -> None:
    blocker, blocked = await add(broker, None), await add(broker, None)
    await meet(broker, blocker, blocked)
    assert await broker.block(blocker.id, DAY, WINDOW) == blocked.id
    await broker.unpair(blocker.id)
    await never_paired(broker, blocked, blocker, 20)
    other = await add(broker, None)
    assert await pairs(broker, other, blocker)


async def test_a_block_expires(broker: Broker) -> None:
    blocker, blocked = await add(broker, "ip-a"), await add(broker, "ip-b")
    await meet(broker, blocker, blocked)
    assert await broker.block(blocker.id, 0.3, WINDOW) == blocked.id
    await broker.unpair(blocker.id)
    assert not await pairs(broker, blocker, blocked)
    await asyncio.sleep(0.4)
    assert await pairs(broker, blocker, blocked)


async def test_a_longer_block_is_not_shortened_by_a_shorter_one(broker: Broker) -> None:
    blocker, blocked = await add(broker, "ip-a"), await add(broker, "ip-b")
    await meet(broker, blocker, blocked)
    assert await broker.block(blocker.id, DAY, WINDOW) == blocked.id
    assert await broker.block(blocked.id, 0.1, WINDOW) == blocker.id
    await broker.unpair(blocker.id)
    await asyncio.sleep(0.2)
    assert not await pairs(broker, blocker, blocked)


async def test_only_the_last_partner_of_a_recent_chat_can_be_blocked(broker: Broker) -> None:
    loner = await add(broker, "ip-a")
    assert await broker.block(loner.id, DAY, WINDOW) is None  # never chatted
    assert await broker.block("no-such-session", DAY, WINDOW) is None
    a, b = await add(broker, "ip-b"), await add(broker, "ip-c")
    await meet(broker, a, b)
    await broker.unpair(a.id)
    await asyncio.sleep(0.3)
    assert await broker.block(a.id, DAY, 0.2) is None  # the chat ended too long ago
    assert await pairs(broker, a, b)  # so nothing was blocked
    assert await broker.block(b.id, DAY, 0.2) == a.id  # that chat just ended


async def test_the_last_partner_can_be_blocked_after_it_left_for_good(broker: Broker) -> None:
    blocker, blocked = await add(broker, "ip-a"), await add(broker, "ip-b")
    await meet(broker, blocker, blocked)
    await broker.drop_session(blocked.id)  # closed its tab: gone, chat and all
    assert await broker.block(blocker.id, DAY, WINDOW) == blocked.id
    comeback = await add(broker, "ip-b")  # held by the address the blocked one had
    assert not await pairs(broker, blocker, comeback)
