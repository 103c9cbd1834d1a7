"""The broker contract: what every broker must do, run against each of them."""

from __future__ import annotations

from typing import Any

import pytest

from strangerchat.brokers.base import Broker
from strangerchat.session import Session, State

NOBODY = frozenset[str]()


async def add(broker: Broker, capacity: int = 8) -> Session:
    session = Session("websocket", capacity, now=0.0)
    await broker.add_session(session)
    return session


async def join(
    broker: Broker,
    session: Session,
    *interests: str,
    open_: bool = False,
    language: str | None = None,
) -> int:
    ticket = await broker.join_pool(
        session.id, frozenset(interests), language, session.last_partner_id
    )
    if open_:
        assert await broker.open_to_anyone(session.id)
    return ticket.order


async def wait(broker: Broker, session: Session, *interests: str, **search: Any) -> int:
    """Join as a search with nobody for it yet: its one claim finds nobody, as the matchmaker
    makes one for every search. (With local-first matching that claim is what puts the search
    in the shared pool, where a seeker claimed for through Redis finds it.)"""
    order = await join(broker, session, *interests, **search)
    assert await broker.claim(session.id) is None
    return order


async def test_sessions_are_counted_and_found(broker: Broker) -> None:
    a, b = await add(broker), await add(broker)
    assert await broker.online_count() == 2
    assert broker.local_session(a.id) is a
    assert {s.id for s in broker.local_sessions()} == {a.id, b.id}
    await broker.remove_session(a.id)
    assert await broker.online_count() == 1
    assert broker.local_session(a.id) is None


async def test_deliver_reaches_only_the_named_session(broker: Broker) -> None:
    a, b = await add(broker), await add(broker)
    assert await broker.deliver(a.id, b'{"type":"waiting"}')
    assert a.frames_after(0) == [b'{"seq":1,"type":"waiting"}']
    assert b.frames_after(0) == []
    assert not await broker.deliver("no-such-session", b'{"type":"waiting"}')


async def test_deliver_says_false_when_the_outbox_is_full(broker: Broker) -> None:
    a = await add(broker, capacity=2)
    assert await broker.deliver(a.id, b'{"type":"waiting"}')
    assert await broker.deliver(a.id, b'{"type":"waiting"}')
    assert not await broker.deliver(a.id, b'{"type":"waiting"}')


async def test_nobody_is_paired_alone_or_with_themselves(broker: Broker) -> None:
    a = await add(broker)
    await join(broker, a)
    assert a.state is State.WAITING
    assert await broker.claim(a.id) is None
    assert a.state is State.WAITING


async def test_two_open_sessions_pair_symmetrically(broker: Broker) -> None:
    a, b = await add(broker), await add(broker)
    await join(broker, a)
    await join(broker, b)
    match = await broker.claim(b.id)
    assert match is not None
    assert (match.seeker.session_id, match.partner.session_id, match.common) == (b.id, a.id, ())
    assert (a.partner_id, b.partner_id) == (b.id, a.id)
    assert a.state is b.state is State.CHATTING
    assert await broker.claim(a.id) is None  # already paired: in at most one pair


async def test_the_longest_waiter_is_taken_first(broker: Broker) -> None:
    first, second, seeker = await add(broker), await add(broker), await add(broker)
    await join(broker, first)
    await join(broker, second)
    await join(broker, seeker)
    match = await broker.claim(seeker.id)
    assert match is not None
    assert match.partner.session_id == first.id


async def test_a_shared_interest_comes_first_and_common_is_exact(broker: Broker) -> None:
    random_one, fan, seeker = await add(broker), await add(broker), await add(broker)
    await join(broker, random_one)
    await join(broker, fan, "music", "chess", "go")
    await join(broker, seeker, "chess", "music", "films", open_=True)
    match = await broker.claim(seeker.id)
    assert match is not None
    assert match.partner.session_id == fan.id
    assert match.common == ("chess", "music")


async def test_longest_waiter_among_interest_sharers(broker: Broker) -> None:
    late_music, early_chess, seeker = await add(broker), await add(broker), await add(broker)
    await join(broker, early_chess, "chess")
    await join(broker, late_music, "music")
    await join(broker, seeker, "music", "chess")
    match = await broker.claim(seeker.id)
    assert match is not None
    assert match.partner.session_id == early_chess.id


async def test_a_search_with_interests_is_not_taken_at_random_before_it_widens(
    broker: Broker,
) -> None:
    fan, seeker = await add(broker), await add(broker)
    order = await wait(broker, fan, "music")
    await join(broker, seeker)
    assert await broker.claim(seeker.id) is None
    assert await broker.open_to_anyone(fan.id, order)
    match = await broker.claim(seeker.id)
    assert match is not None
    assert match.partner.session_id == fan.id
    assert match.common == ()


async def test_an_old_widening_timer_does_not_widen_a_new_search(broker: Broker) -> None:
    fan = await add(broker)
    old_order = await join(broker, fan, "music")
    assert await broker.leave_pool(fan.id)
    await join(broker, fan, "music")
    assert not await broker.open_to_anyone(fan.id, old_order)


async def test_leave_pool_takes_a_session_out_and_says_whether_it_was_waiting(
    broker: Broker,
) -> None:
    a, b = await add(broker), await add(broker)
    await join(broker, a, "music")
    assert await broker.leave_pool(a.id)
    assert a.state is State.IDLE
    assert not await broker.leave_pool(a.id)
    await join(broker, b, "music")
    assert await broker.claim(b.id) is None


async def test_leave_pool_after_a_match_is_false(broker: Broker) -> None:
    a, b = await add(broker), await add(broker)
    await join(broker, a)
    await join(broker, b)
    assert await broker.claim(a.id) is not None
    assert not await broker.leave_pool(a.id)
    assert a.state is State.CHATTING


async def test_unpair_ends_both_sides_once(broker: Broker) -> None:
    a, b = await add(broker), await add(broker)
    await join(broker, a)
    await join(broker, b)
    await broker.claim(a.id)
    assert await broker.unpair(a.id) == b.id
    assert await broker.unpair(b.id) is None  # leaving at the same instant: told once
    assert a.partner_id is None
    assert b.partner_id is None
    assert a.state is b.state is State.IDLE
    assert (a.last_partner_id, b.last_partner_id) == (b.id, a.id)


async def _pair_and_part(broker: Broker, a: Session, b: Session) -> None:
    await join(broker, a)
    await join(broker, b)
    assert await broker.claim(b.id) is not None
    await broker.unpair(a.id)


async def test_the_last_partner_is_avoided_while_someone_else_is_available(
    broker: Broker,
) -> None:
    a, b, c = await add(broker), await add(broker), await add(broker)
    await _pair_and_part(broker, a, b)
    await join(broker, b)
    await join(broker, c)
    await join(broker, a)
    match = await broker.claim(a.id)
    assert match is not None
    assert match.partner.session_id == c.id


async def test_the_last_partner_is_taken_when_nobody_else_is_available(broker: Broker) -> None:
    a, b = await add(broker), await add(broker)
    await _pair_and_part(broker, a, b)
    await join(broker, b)
    await join(broker, a)
    match = await broker.claim(a.id)
    assert match is not None
    assert match.partner.session_id == b.id


async def test_the_same_language_comes_first_though_another_waited_longer(
    broker: Broker,
) -> None:
    english, danish, seeker = await add(broker), await add(broker), await add(broker)
    await join(broker, english, language="en", open_=True)
    await join(broker, danish, language="da")
    await join(broker, seeker, language="da")
    match = await broker.claim(seeker.id)
    assert match is not None
    assert match.partner.session_id == danish.id
    assert match.language == "da"


async def test_without_the_same_language_a_search_waits_until_it_widens(broker: Broker) -> None:
    english, danish = await add(broker), await add(broker)
    await join(broker, english, language="en")
    order = await join(broker, danish, language="da")
    assert await broker.claim(danish.id) is None
    assert await broker.claim(english.id) is None
    assert await broker.open_to_anyone(danish.id, order)
    assert await broker.claim(danish.id) is None  # the English search is still holding out
    assert await broker.open_to_anyone(english.id)
    match = await broker.claim(danish.id)
    assert match is not None
    assert match.partner.session_id == english.id
    assert match.language is None


async def test_a_search_without_a_language_waits_for_one_with_a_language(broker: Broker) -> None:
    danish, seeker = await add(broker), await add(broker)
    order = await wait(broker, danish, language="da")
    await join(broker, seeker)
    assert await broker.claim(seeker.id) is None
    assert await broker.open_to_anyone(danish.id, order)
    match = await broker.claim(seeker.id)
    assert match is not None
    assert match.partner.session_id == danish.id


async def test_a_shared_interest_counts_only_in_the_same_language_before_widening(
    broker: Broker,
) -> None:
    english_fan, danish, danish_fan, seeker = [await add(broker) for _ in range(4)]
    await join(broker, english_fan, "music", language="en")
    await join(broker, danish, language="da")
    await join(broker, danish_fan, "music", language="da")
    await join(broker, seeker, "music", language="da")
    match = await broker.claim(seeker.id)
    assert match is not None
    assert match.partner.session_id == danish_fan.id
    assert (match.common, match.language) == (("music",), "da")


async def test_once_widened_the_same_language_comes_before_anyone(broker: Broker) -> None:
    english, danish, seeker = await add(broker), await add(broker), await add(broker)
    await wait(broker, english, "chess", language="en", open_=True)
    await wait(broker, danish, language="da")
    await join(broker, seeker, "music", language="da")
    assert await broker.claim(seeker.id) is None  # nobody shares music
    assert await broker.open_to_anyone(seeker.id)
    match = await broker.claim(seeker.id)
    assert match is not None
    assert match.partner.session_id == danish.id
    await broker.unpair(seeker.id)
    await join(broker, seeker, "music", language="da", open_=True)
    match = await broker.claim(seeker.id)
    assert match is not None
    assert match.partner.session_id == english.id
    assert (match.common, match.language) == ((), None)


async def test_searches_without_a_language_match_as_before(broker: Broker) -> None:
    a, b = await add(broker), await add(broker)
    await join(broker, a)
    await join(broker, b)
    match = await broker.claim(b.id)
    assert match is not None
    assert (match.partner.session_id, match.language) == (a.id, None)


async def test_leaving_the_pool_empties_the_language_queues(broker: Broker) -> None:
    danish, seeker = await add(broker), await add(broker)
    await join(broker, danish, "music", language="da", open_=True)
    assert await broker.leave_pool(danish.id)
    await join(broker, seeker, "music", language="da", open_=True)
    assert await broker.claim(seeker.id) is None


@pytest.mark.parametrize("interests", [(), ("music",)])
async def test_claim_of_a_session_not_waiting_is_none(broker: Broker, interests) -> None:
    a, b = await add(broker), await add(broker)
    await join(broker, b, *interests)
    assert await broker.claim(a.id) is None
    assert b.state is State.WAITING


async def test_a_call_for_a_session_no_other_process_holds_gets_no_reply(broker: Broker) -> None:
    here = await add(broker)
    assert await broker.call_owner("no-such-session", b"poll\n0", 1.0) is None
    assert await broker.call_owner(here.id, b"poll\n0", 1.0) is None  # found locally instead
