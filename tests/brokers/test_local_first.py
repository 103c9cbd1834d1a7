"""Local-first matching: strangers of one process meet there without Redis; the rest in Redis.

Each broker here stands for one process; all share one real Redis. Their clock is the test's,
so a search is shared exactly when the test moves it past the local wait.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable

import pytest

from strangerchat.brokers.local_first import LocalFirstBroker
from strangerchat.brokers.redis import RedisBroker
from strangerchat.changes import Change
from strangerchat.session import Session, State
from tests.brokers.test_redis import keys_under, process_keys, until
from tests.redis_server import RedisServer

LOCAL_WAIT = 0.125  # exact in binary, as the clock is


class Clock:
    def __init__(self) -> None:
        self.now = 128.0

    def __call__(self) -> float:
        return self.now

    def pass_the_local_wait(self) -> None:
        self.now += LOCAL_WAIT


@pytest.fixture
def clock() -> Clock:
    return Clock()


Start = Callable[[int], Awaitable[list[LocalFirstBroker]]]


@pytest.fixture
async def processes(
    redis_server: RedisServer, redis_prefix: str, clock: Clock
) -> AsyncIterator[Start]:
    """Started LocalFirstBrokers on one Redis, as separate processes would have."""
    started: list[LocalFirstBroker] = []

    async def start(count: int) -> list[LocalFirstBroker]:
        new = [
            LocalFirstBroker(RedisBroker(redis_server.url, redis_prefix), LOCAL_WAIT, clock)
            for _ in range(count)
        ]
        await asyncio.gather(*(broker.start() for broker in new))
        started.extend(new)
        return new

    yield start
    await asyncio.gather(*(broker.close() for broker in started))


async def add(broker: LocalFirstBroker, ip_hash: str | None = None) -> Session:
    session = Session("websocket", 8, now=0.0)
    session.ip_hash = ip_hash
    await broker.add_session(session)
    return session


async def search(broker: LocalFirstBroker, session: Session, *interests: str) -> None:
    await broker.join_pool(session.id, frozenset(interests), None, session.last_partner_id)


async def meet_here(broker: LocalFirstBroker, seeker: Session, waiter: Session) -> None:
    """Both search on one process; the seeker's claim finds the waiter there."""
    await search(broker, waiter)
    await search(broker, seeker)
    match = await broker.claim(seeker.id)
    assert match is not None
    assert match.partner.session_id == waiter.id
    assert (waiter.partner_id, seeker.partner_id) == (seeker.id, waiter.id)


async def meet_in_redis(
    clock: Clock,
    waiting: tuple[LocalFirstBroker, Session],
    seeking: tuple[LocalFirstBroker, Session],
) -> None:
    """Each finds nobody on its process and goes to the shared pool, where the second's claim
    finds the first (the two brokers may be one process or two)."""
    (here, waiter), (there, seeker) = waiting, seeking
    await search(here, waiter)
    clock.pass_the_local_wait()
    assert await here.claim(waiter.id) is None
    await search(there, seeker)
    clock.pass_the_local_wait()
    match = await there.claim(seeker.id)
    assert match is not None
    assert match.partner.session_id == waiter.id
    await until(lambda: waiter.partner_id == seeker.id)


async def sessions_in_redis(url: str, prefix: str) -> int:
    return sum(key.startswith("session:") for key in await keys_under(url, prefix))


async def test_two_strangers_of_one_process_meet_and_part_without_redis(
    processes: Start, redis_server: RedisServer, redis_prefix: str
) -> None:
    (broker,) = await processes(1)
    alice, bob = await add(broker), await add(broker)
    await search(broker, alice)
    assert await broker.claim(alice.id) is None
    assert broker.look_again(alice.id) == pytest.approx(LOCAL_WAIT)
    await search(broker, bob)
    match = await broker.claim(bob.id)
    assert match is not None
    assert match.partner.session_id == alice.id
    assert (alice.state, alice.partner_id, bob.partner_id) == (State.CHATTING, bob.id, alice.id)
    # Matched: neither is asked for again (the matchmaker tries a batch of seekers at once).
    assert await broker.claim(alice.id) is None
    assert broker.look_again(alice.id) is None
    assert await broker.deliver(alice.id, b"hi")
    assert await broker.unpair(bob.id) == alice.id
    assert alice.state is State.IDLE
    assert alice.last_partner_id == bob.id
    found = await keys_under(redis_server.url, redis_prefix)
    assert found == process_keys(found)  # nothing in Redis but the process's own keys


async def test_a_search_nobody_here_fits_meets_another_process_after_the_local_wait(
    processes: Start, clock: Clock
) -> None:
    here, there = await processes(2)
    alice, bob = await add(here), await add(there)
    await search(here, alice)
    assert await here.claim(alice.id) is None
    clock.pass_the_local_wait()
    assert await here.claim(alice.id) is None  # shared now: waits in Redis
    assert here.look_again(alice.id) is None
    await search(there, bob)
    assert await there.claim(bob.id) is None  # nobody on bob's process: not yet shared
    clock.pass_the_local_wait()
    match = await there.claim(bob.id)
    assert match is not None
    assert match.partner.session_id == alice.id
    await until(lambda: alice.partner_id == bob.id)
    assert await there.deliver(alice.id, b"across")  # by Redis, to the other process
    await until(lambda: alice.unsent > 0)


async def test_gens_go_on_rising_as_a_session_moves_between_the_pools(
    processes: Start, clock: Clock, redis_server: RedisServer, redis_prefix: str
) -> None:
    (broker,) = await processes(1)
    gens: dict[str, list[int]] = {}

    def seen(change: Change) -> None:
        gens.setdefault(change.session_id, []).append(change.gen)

    broker.sessions.on_change = seen
    alice, bob = await add(broker), await add(broker)
    await meet_in_redis(clock, (broker, alice), (broker, bob))  # first through Redis
    assert await sessions_in_redis(redis_server.url, redis_prefix) == 2
    await broker.unpair(alice.id)
    await meet_here(broker, bob, alice)  # then on this process
    await broker.unpair(bob.id)
    assert alice.state is State.IDLE
    assert bob.state is State.IDLE
    for one in (alice, bob):
        # Rising across both moves: waiting, chatting, idle twice (a script that both shares
        # and pairs a search reports only the pair).
        assert gens[one.id] == sorted(set(gens[one.id]))
        assert len(gens[one.id]) >= 6
    for one in (alice, bob):
        await broker.drop_session(one.id)
    assert await sessions_in_redis(redis_server.url, redis_prefix) == 0


async def test_a_block_holds_on_every_process_however_the_chat_was_made(
    processes: Start, clock: Clock
) -> None:
    here, there = await processes(2)
    # Made in Redis: alice (here) and bob (there) meet across processes, and alice blocks bob.
    alice, bob = await add(here, "addr-a"), await add(there, "addr-b")
    await meet_in_redis(clock, (here, alice), (there, bob))
    assert await here.block(alice.id, 3600, 300) == bob.id
    # New sessions from the same two addresses, both on bob's process, never meet there.
    alice2, bob2 = await add(there, "addr-a"), await add(there, "addr-b")
    await asyncio.sleep(0.2)  # the broadcast channel
    await search(there, alice2)
    await search(there, bob2)
    assert await there.claim(bob2.id) is None
    for one in (alice2, bob2):
        assert await there.leave_pool(one.id)
    # Made here: carol and dave meet on one process; carol blocks dave. Elsewhere too, they
    # never meet again, neither on that process nor through Redis.
    carol, dave = await add(here, "addr-c"), await add(here, "addr-d")
    await meet_here(here, dave, carol)
    assert await here.block(carol.id, 3600, 300) == dave.id
    carol2, dave2 = await add(there, "addr-c"), await add(there, "addr-d")
    await asyncio.sleep(0.2)
    await search(there, carol2)
    await search(there, dave2)
    assert await there.claim(dave2.id) is None
    carol3 = await add(here, "addr-c")
    await search(here, carol3)
    clock.pass_the_local_wait()
    assert await here.claim(carol3.id) is None
    assert await there.claim(dave2.id) is None  # dave2 shares now; carol3 waits in Redis


async def test_question_mode_waits_in_redis_and_a_later_search_comes_back(
    processes: Start,
) -> None:
    (broker,) = await processes(1)
    spy, one, two = await add(broker), await add(broker), await add(broker)
    await broker.join_question_pool(spy.id, "cats or dogs?")
    await broker.join_question_pool(one.id, None)
    await broker.join_question_pool(two.id, None)
    trio = await broker.claim_trio(two.id)
    assert trio is not None
    assert trio.spy == spy.id
    await until(lambda: one.partner_id == two.id and spy.watching == (one.id, two.id))
    await broker.unpair(one.id)
    await until(lambda: one.state is State.IDLE and spy.state is State.IDLE)
    await meet_here(broker, spy, one)


async def test_question_mode_after_chats_here_and_in_redis_keeps_its_gens(
    processes: Start, clock: Clock
) -> None:
    (broker,) = await processes(1)
    alice, bob = await add(broker), await add(broker)
    # A chat through Redis, then one on this process: Redis's record of alice is older.
    await meet_in_redis(clock, (broker, alice), (broker, bob))
    await broker.unpair(alice.id)
    await meet_here(broker, bob, alice)
    await broker.unpair(alice.id)
    # Then question mode, in Redis again: its changes must still reach the sessions.
    carol = await add(broker)
    await broker.join_question_pool(alice.id, "tea or coffee?")
    await broker.join_question_pool(bob.id, None)
    await broker.join_question_pool(carol.id, None)
    assert await broker.claim_trio(carol.id) is not None
    await until(lambda: alice.watching == (bob.id, carol.id))
    assert bob.partner_id == carol.id
