"""The stream of Changes each broker's commands make, and the same pairs from both brokers."""

from __future__ import annotations

import secrets

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from strangerchat.brokers.base import Broker
from strangerchat.brokers.memory import MemoryBroker
from strangerchat.brokers.redis import RedisBroker
from strangerchat.changes import Change
from strangerchat.session import Session, State
from tests.brokers.test_contract import add, join
from tests.redis_server import RedisServer


def follow(broker: Broker) -> list[Change]:
    changes: list[Change] = []
    broker.sessions.on_change = changes.append
    return changes


def of(changes: list[Change], session: Session) -> list[tuple[State, str, str]]:
    return [
        (c.state, c.partner_id, c.last_partner_id) for c in changes if c.session_id == session.id
    ]


async def test_a_chat_is_a_stream_of_changes_with_rising_gens(broker: Broker) -> None:
    changes = follow(broker)
    a, b = await add(broker), await add(broker)
    await join(broker, a)
    await join(broker, b)
    assert await broker.claim(b.id) is not None
    assert await broker.unpair(a.id) == b.id
    assert of(changes, a) == [
        (State.WAITING, "", ""),
        (State.CHATTING, b.id, ""),
        (State.IDLE, "", b.id),
    ]
    assert of(changes, b) == [
        (State.WAITING, "", ""),
        (State.CHATTING, a.id, ""),
        (State.IDLE, "", a.id),
    ]
    for session in (a, b):
        gens = [c.gen for c in changes if c.session_id == session.id]
        assert gens == sorted(set(gens)), "every change has a newer gen"
    # The partner change names where the partner lives: here, so no other process.
    pairing = next(c for c in changes if c.session_id == a.id and c.state is State.CHATTING)
    assert pairing.peer.id == b.id
    assert pairing.peer.owner in ("", getattr(broker, "process_id", ""))


async def test_a_change_older_than_the_last_applied_is_dropped(broker: Broker) -> None:
    a = await add(broker)
    await join(broker, a)
    gen = broker.sessions.gen(a.id)
    assert gen is not None
    assert gen > 0
    assert not broker.sessions.apply(Change(a.id, gen, State.CHATTING, "someone"))
    assert a.state is State.WAITING
    assert a.partner_id is None
    # An event stamped for another gen (an earlier chat) is dropped too.
    assert broker.sessions.receive(a.id, gen - 1, b'{"type":"message","text":"old"}')
    assert a.frames_after(0) == []


async def test_a_question_chat_links_the_spy_and_its_strangers(broker: Broker) -> None:
    changes = follow(broker)
    spy, one, two = await add(broker), await add(broker), await add(broker)
    await broker.join_question_pool(one.id, None)
    await broker.join_question_pool(two.id, None)
    await broker.join_question_pool(spy.id, "cats or dogs?")
    assert await broker.claim_trio(spy.id) is not None
    spy_change = [c for c in changes if c.session_id == spy.id][-1]
    assert [link.id for link in spy_change.links] == [one.id, two.id]
    assert (one.spy_id, one.stranger_number, two.stranger_number) == (spy.id, 1, 2)
    assert spy.watching == (one.id, two.id)
    assert await broker.stop_watching(spy.id)
    assert (one.spy_id, one.stranger_number, spy.watching) == (None, 0, ())
    assert one.partner_id == two.id, "the strangers chat on"


# Commands on three sessions: (name, which session, interests, open to anyone); joins and
# claims come up most, as in real use, so that rematches and interest queues get exercised.
COMMANDS = st.lists(
    st.tuples(
        st.sampled_from(["join", "join", "claim", "claim", "unpair", "leave"]),
        st.integers(0, 2),
        st.frozensets(st.sampled_from(["music", "films"]), max_size=2),
        st.booleans(),
    ),
    max_size=30,
)


ANYONE = frozenset[str]()
# Two strangers chat, part, and both search again beside a third: the third comes first.
REMATCH = [
    *(("join", i, ANYONE, True) for i in (0, 1)),
    ("claim", 0, ANYONE, False),
    ("unpair", 0, ANYONE, False),
    *(("join", i, ANYONE, True) for i in (0, 1, 2)),
    ("claim", 0, ANYONE, False),
]


async def run(broker: Broker, commands: list[tuple[str, int, frozenset[str], bool]]) -> list:
    """What each command answered and who chats with whom after it, by session number."""
    sessions = [await add(broker) for _ in range(3)]
    number = {session.id: i for i, session in enumerate(sessions)}
    seen = []
    for name, i, interests, open_ in commands:
        session = sessions[i]
        answer: object = None
        if name == "join":
            if session.state is not State.IDLE:
                continue
            await join(broker, session, *interests, open_=open_ or not interests)
        elif name == "leave":
            answer = await broker.leave_pool(session.id)
        elif name == "claim":
            match = await broker.claim(session.id)
            answer = match and (number[match.partner.session_id], match.common)
        else:
            partner = await broker.unpair(session.id)
            answer = partner and number[partner]
        pairs = [number.get(s.partner_id or "") for s in sessions]
        seen.append((name, i, answer, pairs, [s.state for s in sessions]))
    return seen


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(commands=COMMANDS)
@example(commands=REMATCH)
async def test_both_brokers_make_the_same_pairs(
    redis_server: RedisServer, commands: list[tuple[str, int, frozenset[str], bool]]
) -> None:
    memory = MemoryBroker()
    await memory.start()
    redis = RedisBroker(redis_server.url, f"same-pairs-{secrets.token_hex(4)}:")
    await redis.start()
    try:
        assert await run(memory, commands) == await run(redis, commands)
    finally:
        await memory.close()
        await redis.close()
