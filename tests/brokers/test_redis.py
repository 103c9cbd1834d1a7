"""RedisBroker across processes: two apps (and brokers) on one real redis-server."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import itertools
import os
import subprocess
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import aiohttp
import pytest
from aiohttp import WSCloseCode, WSMsgType
from aiohttp.test_utils import TestClient
from redis.asyncio import Redis

from strangerchat.app import create_app
from strangerchat.brokers import create_broker
from strangerchat.brokers import redis as redis_broker
from strangerchat.brokers.base import CallLost, Match
from strangerchat.brokers.calls import CallFailed
from strangerchat.brokers.local_first import LocalFirstBroker
from strangerchat.brokers.redis import ALIVE_FOR, HEARTBEAT, RedisBroker
from strangerchat.brokers.scripts import RedisUnavailable
from strangerchat.session import POLICY_VIOLATION, Session, State
from strangerchat.settings import Settings
from tests.redis_server import RedisServer, free_port
from tests.strangers import Stranger

Connect = Callable[[int], Awaitable[Stranger]]

# Kept when every session has ended: the counter that orders tickets.
COUNTERS = {"order"}


async def keys_under(url: str, prefix: str) -> set[str]:
    """Every key of `prefix`, without the prefix, but the day's address-hash key (it is kept
    two days by design, whoever is online)."""
    async with Redis.from_url(url, decode_responses=True) as client:
        found = {key[len(prefix) :] async for key in client.scan_iter(match=prefix + "*")}
    return {key for key in found if not key.startswith("iphash-key:")}


async def settled_keys(url: str, prefix: str, expected: set[str], wait: float = 4.0) -> set[str]:
    """The keys once all but a running process's own are `expected`, or after `wait` seconds.

    A client that hangs up can cancel its handler mid-cleanup; the broker then drops the
    session within two heartbeats.
    """
    loop = asyncio.get_running_loop()
    deadline = loop.time() + wait
    while True:
        found = await keys_under(url, prefix)
        if found - process_keys(found) == expected or loop.time() > deadline:
            return found
        await asyncio.sleep(0.05)


def process_keys(found: set[str]) -> set[str]:
    """Keys a running process keeps for itself: its heartbeat, its session count and its place
    in the process set."""
    return {key for key in found if key.startswith(("alive:", "count:")) or key == "procs"}


@pytest.fixture
async def apps(aiohttp_client, redis_settings: Settings) -> list[TestClient]:  # type: ignore[no-untyped-def]
    """Two servers, as two processes would be, sharing one Redis."""
    return [await aiohttp_client(create_app(redis_settings)) for _ in range(2)]


@pytest.fixture
async def connect(apps: list[TestClient]) -> AsyncIterator[Connect]:
    """A factory of WebSocket strangers on app 0 or app 1, all closed at the end."""
    opened: list[Stranger] = []

    async def connect(index: int) -> Stranger:
        client = apps[index]
        opened.append(Stranger(await client.ws_connect("/ws", headers={"Origin": _origin(client)})))
        return opened[-1]

    yield connect
    for one in opened:
        await one.ws.close()


async def test_strangers_on_two_processes_match_and_chat_both_ways_in_order(
    connect: Connect,
) -> None:
    alice, bob = await connect(0), await connect(1)
    await alice.start()
    await bob.start()
    for one in (alice, bob):
        connected = await one.expect("connected")
        assert (connected["interests"], connected["fell_back"]) == ([], False)
    for n in range(30):
        await alice.send("send", text=f"a{n}")
        await bob.send("send", text=f"b{n}")
    assert [(await bob.expect("message"))["text"] for _ in range(30)] == [
        f"a{n}" for n in range(30)
    ]
    assert [(await alice.expect("message"))["text"] for _ in range(30)] == [
        f"b{n}" for n in range(30)
    ]
    await bob.send("typing")
    assert (await alice.expect("typing"))["type"] == "typing"
    await bob.send("disconnect")
    await alice.expect("stranger_disconnected")
    await bob.expect("you_disconnected")


async def test_shared_interests_match_across_processes(connect: Connect) -> None:
    carol, alice, bob = await connect(0), await connect(0), await connect(1)
    await carol.start(["knitting"])
    await alice.start(["music", "films", "chess"])
    await bob.start(["chess", "music", "go"])
    for one in (alice, bob):
        connected = await one.expect("connected")
        assert (connected["interests"], connected["fell_back"]) == (["chess", "music"], False)
    assert await carol.quiet(0.1) == []


async def test_the_online_count_covers_every_process(connect: Connect) -> None:
    watcher = await connect(0)
    for n in range(3):
        await connect(n % 2)
    while (event := await watcher.next_event(timeout=HEARTBEAT + 2)).get("online") != 4:
        assert event["type"] in ("count", "session")


async def test_a_closed_socket_on_one_process_reaches_the_partner_on_the_other(
    connect: Connect,
) -> None:
    alice, bob = await connect(0), await connect(1)
    await alice.start()
    await bob.start()
    await alice.expect("connected")
    await bob.ws.close()
    await alice.expect("stranger_disconnected")


@pytest.mark.timeout(60)
async def test_200_concurrent_starts_pair_everyone_once_and_symmetrically(
    connect: Connect,
) -> None:
    strangers = [await connect(n % 2) for n in range(200)]
    # The first half meet on their own process; in the second, each shares an interest only
    # with its neighbour, on the other process, whom it meets through Redis.
    interests = [[] if n < 100 else [f"topic{n // 2}"] for n in range(200)]
    await asyncio.gather(
        *(one.start(topics) for one, topics in zip(strangers, interests, strict=True))
    )
    await asyncio.gather(*(one.expect("connected", timeout=10) for one in strangers))
    await asyncio.gather(*(one.send("send", text=str(n)) for n, one in enumerate(strangers)))
    received = await asyncio.gather(*(one.expect("message", timeout=10) for one in strangers))
    partner = {n: int(event["text"]) for n, event in enumerate(received)}
    assert all(partner[partner[n]] == n != partner[n] for n in partner)
    assert all(partner[n] % 2 != n % 2 for n in range(100, 200))  # these pairs span processes
    extra = await asyncio.gather(*(one.quiet(0.3) for one in strangers))
    assert extra == [[] for _ in strangers]  # nobody was matched a second time


async def test_nothing_is_left_in_redis_after_everyone_leaves(
    apps: list[TestClient], connect: Connect, redis_settings: Settings
) -> None:
    url, prefix = redis_settings.redis_url or "", redis_settings.redis_prefix
    strangers = [await connect(n % 2) for n in range(6)]
    for one in strangers[:4]:
        await one.start(["music"])
    await strangers[4].start(["knitting"])  # nobody shares it: waits until it closes
    await strangers[0].expect("connected")  # strangers[5] never starts
    # Nobody on its process shares it either: after the local wait it joins the shared pool.
    for _ in range(100):
        if "tag:knitting" in await keys_under(url, prefix):
            break
        await asyncio.sleep(0.02)
    # Read again: a SCAN may miss keys written while it runs, and search.lua writes the tag and
    # the session together; a scan begun after it sees both.
    during = await keys_under(url, prefix)
    assert "tag:knitting" in during
    assert 1 <= sum(key.startswith("session:") for key in during) <= 5  # strangers[5]: never
    for one in strangers:
        await one.ws.close()
    left = await settled_keys(url, prefix, COUNTERS)
    assert left - process_keys(left) == COUNTERS
    assert len(process_keys(left)) == 5  # two heartbeats, two counts and the process set
    for client in apps:
        await client.close()
    assert await keys_under(url, prefix) == COUNTERS


async def test_a_process_that_stops_tells_partners_elsewhere_at_once(
    apps: list[TestClient], connect: Connect
) -> None:
    alice, bob = await connect(0), await connect(1)
    await alice.start()
    await bob.start()
    await alice.expect("connected")
    await apps[1].close()
    await alice.expect("stranger_disconnected", timeout=HEARTBEAT)  # no waiting for a reaper


@pytest.fixture
async def brokers(
    redis_server: RedisServer, redis_prefix: str
) -> AsyncIterator[Callable[[int], Awaitable[list[RedisBroker]]]]:
    """Started RedisBrokers on one prefix, as separate processes would have; all closed after."""
    started: list[RedisBroker] = []

    async def start(count: int) -> list[RedisBroker]:
        new = [RedisBroker(redis_server.url, redis_prefix) for _ in range(count)]
        await asyncio.gather(*(broker.start() for broker in new))
        started.extend(new)
        return new

    yield start
    await asyncio.gather(*(broker.close() for broker in started))


async def add(broker: RedisBroker, capacity: int = 8) -> Session:
    session = Session("websocket", capacity, now=0.0)
    await broker.add_session(session)
    return session


async def pair_across(brokers: list[RedisBroker], capacity: int = 8) -> tuple[Session, Session]:
    """A session on the first broker paired with one on the second (whose broker claims)."""
    a, b = await add(brokers[0], capacity), await add(brokers[1])
    await brokers[0].join_pool(a.id, frozenset(), None, None)
    await brokers[1].join_pool(b.id, frozenset(), None, None)
    assert await brokers[1].claim(b.id) is not None
    await until(lambda: a.partner_id == b.id)
    return a, b


async def until(condition: Callable[[], bool], seconds: float = 3.0) -> None:
    """Changes made by another broker reach a session's own broker over its channel."""
    for _ in range(int(seconds / 0.01)):
        if condition():
            return
        await asyncio.sleep(0.01)
    raise AssertionError("the condition did not come true in time")


async def test_concurrent_claims_from_four_brokers_never_share_a_stranger(
    brokers: Callable[[int], Awaitable[list[RedisBroker]]],
    redis_server: RedisServer,
    redis_prefix: str,
) -> None:
    four = await brokers(4)
    sessions = [Session("websocket", 8, now=0.0) for _ in range(200)]
    owners = dict(zip((s.id for s in sessions), itertools.cycle(four), strict=False))
    for session in sessions:
        await owners[session.id].add_session(session)
        await owners[session.id].join_pool(session.id, frozenset(), None, None)
    claims = await asyncio.gather(*(owners[s.id].claim(s.id) for s in sessions))
    matches = [match for match in claims if isinstance(match, Match)]
    paired = [m.seeker.session_id for m in matches] + [m.partner.session_id for m in matches]
    assert sorted(paired) == sorted(s.id for s in sessions)  # everyone, each exactly once
    await until(lambda: all(s.state is State.CHATTING for s in sessions))
    by_id = {s.id: s for s in sessions}
    for session in sessions:
        assert session.partner_id is not None
        assert by_id[session.partner_id].partner_id == session.id
    for broker in four:
        await broker.close()
    assert await keys_under(redis_server.url, redis_prefix) == COUNTERS


async def test_an_event_from_an_ended_chat_never_reaches_the_next_one(
    brokers: Callable[[int], Awaitable[list[RedisBroker]]],
) -> None:
    one, two = await brokers(2)
    x, y = await pair_across([one, two])
    assert await one.deliver(y.id, b'{"type":"message","text":"in the chat"}')
    await until(lambda: len(y.frames_after(0)) == 1)
    assert await two.unpair(y.id) == x.id
    await until(lambda: x.state is State.IDLE)
    await two.join_pool(y.id, frozenset(), None, x.id)  # y searches again
    await one.deliver(y.id, b'{"type":"message","text":"too late"}')
    await asyncio.sleep(0.1)
    assert [b"too late" in frame for frame in y.frames_after(0)] == [False]


async def test_a_remote_event_that_overflows_drops_the_session_and_tells_its_partner(
    brokers: Callable[[int], Awaitable[list[RedisBroker]]],
) -> None:
    one, two = await brokers(2)
    slow, partner = await pair_across([one, two], capacity=2)
    for n in range(3):
        await two.deliver(slow.id, b'{"type":"message","text":"%d"}' % n)
    await until(lambda: one.local_session(slow.id) is None)
    assert (slow.closed, slow.close_code) == (True, POLICY_VIOLATION)
    await until(lambda: partner.state is State.IDLE)
    assert partner.frames_after(0)[-1] == b'{"seq":1,"type":"stranger_disconnected"}'


async def test_a_call_is_answered_by_the_broker_holding_the_session(
    brokers: Callable[[int], Awaitable[list[RedisBroker]]],
) -> None:
    asker, holder = await brokers(2)
    held = await add(holder)

    async def answer(session_id: str, request: bytes) -> bytes | None:
        if request == b"fail":
            raise RuntimeError("the handler broke")
        return None if request == b"gone" else b"%s for %s" % (request, session_id.encode())

    holder.answer_calls(answer)
    request = b'poll\n{"text": "tabs\tand\nlines"}'
    assert await asker.call_owner(held.id, request, 1.0) == request + b" for " + held.id.encode()
    assert await asker.call_owner(held.id, b"gone", 1.0) is None
    with pytest.raises(CallFailed):
        await asker.call_owner(held.id, b"fail", 1.0)


async def test_a_call_the_holder_does_not_answer_in_time_is_lost_not_unanswered(
    brokers: Callable[[int], Awaitable[list[RedisBroker]]],
) -> None:
    asker, holder = await brokers(2)
    held = await add(holder)

    async def stalled(session_id: str, request: bytes) -> bytes | None:
        await asyncio.sleep(2)
        return b"too late"

    holder.answer_calls(stalled)
    loop = asyncio.get_running_loop()
    asked_at = loop.time()
    with pytest.raises(CallLost):  # the session may be alive: never taken for gone
        await asker.call_owner(held.id, b"poll\n0", 0.2)
    assert loop.time() - asked_at < 1


async def test_a_broker_that_cannot_reach_redis_does_not_start(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(redis_broker, "REDIS_TIMEOUT", 0.5)
    broker = RedisBroker(f"redis://127.0.0.1:{free_port()}/0", "unreachable:")
    with pytest.raises(RedisUnavailable):
        await broker.start()


def test_redis_is_chosen_by_url_and_not_even_imported_without_one() -> None:
    check = (
        "import sys; from strangerchat.app import create_app; from strangerchat.settings import"
        " Settings; create_app(Settings()); print('redis' in sys.modules)"
    )
    found = subprocess.run(
        [sys.executable, "-c", check], capture_output=True, text=True, check=True
    )
    assert found.stdout.strip() == "False"
    chosen = create_broker(Settings(redis_url="redis://127.0.0.1:1/0", redis_prefix="x:"))
    assert isinstance(chosen, LocalFirstBroker)
    assert isinstance(chosen.shared, RedisBroker)


@contextlib.asynccontextmanager
async def server_process(settings: Settings, log_path: Path) -> AsyncIterator[str]:
    """`python -m strangerchat` in its own process on a free port; its base URL."""
    port = free_port()
    env = {
        **os.environ,
        "STRANGERCHAT_PORT": str(port),
        "STRANGERCHAT_REDIS_URL": settings.redis_url or "",
        "STRANGERCHAT_REDIS_PREFIX": settings.redis_prefix,
    }
    with log_path.open("wb") as log:
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "strangerchat", env=env, stdout=log, stderr=log
        )
    url = f"http://127.0.0.1:{port}"
    try:
        await _wait_for_health(url, process)
        yield url
    finally:
        process.kill()
        await process.wait()


async def _wait_for_health(url: str, process: asyncio.subprocess.Process) -> None:
    async with aiohttp.ClientSession() as http:
        for _ in range(200):
            assert process.returncode is None, "the server process exited"
            with contextlib.suppress(aiohttp.ClientError):
                async with http.get(url + "/healthz") as response:
                    if response.status == 200:
                        return
            await asyncio.sleep(0.05)
    raise AssertionError("the server process did not start")


@pytest.mark.timeout(30)
async def test_a_dead_process_s_partners_are_told_within_seconds(
    connect: Connect, redis_settings: Settings, tmp_path: Path
) -> None:
    url, prefix = redis_settings.redis_url or "", redis_settings.redis_prefix
    alice = await connect(0)
    async with (
        server_process(redis_settings, tmp_path / "server.log") as base,
        aiohttp.ClientSession() as http,
    ):
        bob = Stranger(await http.ws_connect(base + "/ws", headers={"Origin": base}))
        await bob.start()
        await alice.start()
        await alice.expect("connected")
        await bob.expect("connected")
    # The process is gone (SIGKILL): no goodbye, only its heartbeat stops.
    loop = asyncio.get_running_loop()
    killed_at = loop.time()
    await alice.expect("stranger_disconnected", timeout=ALIVE_FOR + 4 * HEARTBEAT)
    told_after = loop.time() - killed_at
    assert told_after < ALIVE_FOR + 3 * HEARTBEAT
    carol = await connect(1)
    await carol.start()
    await alice.start()
    await alice.expect("connected")
    # The dead process's heartbeat key lives out its expiry even when its partners were told
    # sooner; wait for it rather than race it.
    deadline = loop.time() + ALIVE_FOR + 2 * HEARTBEAT
    left = await keys_under(url, prefix)
    while sum(key.startswith("alive:") for key in left) > 2 and loop.time() < deadline:
        await asyncio.sleep(0.1)
        left = await keys_under(url, prefix)
    assert sum(key.startswith("alive:") for key in left) == 2  # the two processes still here
    assert sum(key.startswith("members:") for key in left) == 2
    assert sum(key.startswith("session:") for key in left) == 2  # bob's is gone


@pytest.mark.timeout(30)
async def test_redis_going_away_and_coming_back(
    aiohttp_client,  # type: ignore[no-untyped-def]
    settings: Settings,
    redis_prefix: str,
    tmp_path: Path,
) -> None:
    redis = RedisServer(tmp_path)
    await asyncio.to_thread(redis.start)
    try:
        settings = dataclasses.replace(settings, redis_url=redis.url, redis_prefix=redis_prefix)
        apps = [await aiohttp_client(create_app(settings)) for _ in range(2)]
        alice, bob = await _pair(apps)
        assert [await _readiness(client) for client in apps] == [200, 200]
        loop = asyncio.get_running_loop()
        gone_at = loop.time()
        redis.kill()
        for one in (alice, bob):
            await one.expect("stranger_disconnected")
            closing = await one.ws.receive(timeout=3)
            assert (closing.type, closing.data) == (WSMsgType.CLOSE, WSCloseCode.GOING_AWAY)
        assert loop.time() - gone_at < 2  # clients are told within 2 seconds
        assert [await _readiness(client) for client in apps] == [503, 503]
        await asyncio.to_thread(redis.start)  # empty, on the same port
        back_at = loop.time()
        for _ in range(100):
            if recovered := await _can_pair(apps):
                break
            await asyncio.sleep(0.05)
        assert recovered
        assert loop.time() - back_at < 5
        assert [await _readiness(client) for client in apps] == [200, 200]
        for client in apps:
            await client.close()
    finally:
        redis.kill()


async def _pair(apps: list[TestClient]) -> tuple[Stranger, Stranger]:
    """A stranger on each app, matched with each other, having said hello."""
    alice, bob = [
        Stranger(await client.ws_connect("/ws", headers={"Origin": _origin(client)}))
        for client in apps
    ]
    await _say_hello(alice, bob)
    return alice, bob


async def _say_hello(alice: Stranger, bob: Stranger) -> None:
    await alice.start()
    await bob.start()
    await alice.expect("connected")
    await bob.expect("connected")
    await alice.send("send", text="hello")
    assert (await bob.expect("message"))["text"] == "hello"


async def _can_pair(apps: list[TestClient]) -> bool:
    """Whether two new strangers, one on each app, can meet and talk (both closed after)."""
    opened: list[Stranger] = []
    try:
        for client in apps:
            ws = await client.ws_connect("/ws", headers={"Origin": _origin(client)})
            opened.append(Stranger(ws))
        await _say_hello(*opened)
    except (AssertionError, aiohttp.ClientError, TimeoutError):
        return False
    finally:
        for one in opened:
            await one.ws.close()
    return True


async def _readiness(client: TestClient) -> int:
    response = await client.get("/readyz")
    return response.status


def _origin(client: TestClient) -> str:
    return f"http://{client.server.host}:{client.server.port}"
