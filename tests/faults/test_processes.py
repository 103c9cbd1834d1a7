"""Faults with real processes: Redis killed, restarted and frozen under two strangerchat
processes; one of the two killed; SIGTERM with live chats on every transport.

Each case says in its docstring the promise it checks. Every process is the test's own, found
and ended by its PID.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
import time
from collections.abc import Iterator

import aiohttp

from tests.faults.clients import Peer, chat_once, pair
from tests.faults.summary import case_held
from tests.redis_server import RedisServer
from tests.server_process import ServerProcess, server_process

REAPING_TIME = 12.0  # docs/operations.md: a dead process's sessions are reaped within this
TRACEBACK = "Traceback (most recent call last)"


@contextlib.contextmanager
def two_processes(
    redis: RedisServer, **extra: str
) -> Iterator[tuple[ServerProcess, ServerProcess]]:
    env = {"STRANGERCHAT_REDIS_URL": redis.url, "STRANGERCHAT_SECRET_KEY": "k" * 40, **extra}
    with server_process(env=env) as first, server_process(env=env) as second:
        yield first, second


def output_of(server: ServerProcess) -> str:
    """Stop the server (SIGTERM, as an operator would) and return what it printed."""
    server.process.send_signal(signal.SIGTERM)
    server.process.wait(timeout=15)
    return server.output()


def assert_clean_exit(*servers: ServerProcess) -> None:
    """Both processes lived through the fault, logged no traceback and exit 0 on SIGTERM."""
    for server in servers:
        assert server.process.poll() is None, "the process died"
        printed = output_of(server)
        assert TRACEBACK not in printed, printed[-3000:]
        assert server.process.returncode == 0


async def chats_all_succeed(http: aiohttp.ClientSession, urls: list[str], count: int) -> int:
    """How many of `count` fresh chats (spread over both processes) failed."""
    failed = 0
    for turn in range(count):
        first, second = urls[turn % 2], urls[(turn + 1) % 2]
        failed += not await chat_once(http, first, second, f"hello {turn}")
    return failed


async def test_redis_killed_and_restarted_mid_chat(own_redis: RedisServer) -> None:
    """Promise: when Redis is killed mid-chat, both strangers of a chat across processes are
    told it ended (no silent hang), two strangers matched on one process chat on, neither
    process dies or logs a traceback, and every chat started from 2 s after Redis is back
    works, on both processes (no stale pooled connection fails it)."""
    with two_processes(own_redis) as (first, second):
        urls = [first.url, second.url]
        async with aiohttp.ClientSession() as http:
            one, two = await pair(http, first.url, second.url)
            near, nearer = await pair(http, second.url, second.url)
            own_redis.kill()
            for peer in (one, two):
                ended = await peer.until("stranger_disconnected", "server_restarting", timeout=5)
                assert ended["type"]
            await near.send("send", text="no Redis needed")
            assert (await nearer.until("message"))["text"] == "no Redis needed"
            own_redis.start()
            await asyncio.sleep(2.0)
            await nearer.send("send", text="still here")
            assert (await near.until("message"))["text"] == "still here"
            assert await chats_all_succeed(http, urls, 10) == 0
            assert await longpoll_sessions_failed(http, urls, 10) == 0
        assert_clean_exit(first, second)
    case_held()


async def test_redis_frozen_for_ten_seconds(own_redis: RedisServer) -> None:
    """Promise: while Redis is frozen (SIGSTOP, 10 s) /readyz answers 503 within its deadline on
    both processes instead of hanging; once it thaws, neither process has reaped the other and
    new chats across them work; no traceback."""
    with two_processes(own_redis) as (first, second):
        urls = [first.url, second.url]
        async with aiohttp.ClientSession() as http:
            assert own_redis.process is not None
            own_redis.process.send_signal(signal.SIGSTOP)
            frozen_at = time.monotonic()
            try:
                await asyncio.sleep(1.0)
                for url in urls:
                    # The client's timeout only guards the test against a hang.
                    timeout = aiohttp.ClientTimeout(total=8)
                    async with http.get(f"{url}/readyz", timeout=timeout) as answer:
                        assert answer.status == 503
                await asyncio.sleep(max(0.0, 10.0 - (time.monotonic() - frozen_at)))
            finally:
                own_redis.process.send_signal(signal.SIGCONT)
            await asyncio.sleep(3.0)
            for url in urls:
                async with http.get(f"{url}/readyz") as answer:
                    assert answer.status == 200
            assert await chats_all_succeed(http, urls, 6) == 0
        assert_clean_exit(first, second)
    case_held()


async def test_one_of_two_processes_killed(own_redis: RedisServer) -> None:
    """Promise: when the process holding one side of a chat is SIGKILLed, the stranger on the
    other process is told within the reaping time, the dead process's keys are gone from Redis
    by then, and the survivor goes on matching and relaying."""
    with two_processes(own_redis) as (doomed, survivor):
        async with aiohttp.ClientSession() as http:
            orphan, left = await pair(http, doomed.url, survivor.url)
            orphan_id = session_id_of(orphan)
            assert await session_key_exists(own_redis, orphan_id)
            doomed.process.kill()
            killed_at = time.monotonic()
            await left.until("stranger_disconnected", timeout=REAPING_TIME + 3)
            # The reaping's deadline is the promise; how long it took is not asserted.
            while await session_key_exists(own_redis, orphan_id):
                assert time.monotonic() - killed_at < REAPING_TIME + 3, "the key outlived it"
                await asyncio.sleep(0.2)
            assert await chats_all_succeed(http, [survivor.url, survivor.url], 4) == 0
        assert_clean_exit(survivor)
    case_held()


async def longpoll_sessions_failed(http: aiohttp.ClientSession, urls: list[str], count: int) -> int:
    """How many of `count` long-poll sessions (opened, started, polled) failed on each process."""
    failed = 0
    for url in urls:
        for _ in range(count):
            headers = {"Origin": url}
            async with http.post(f"{url}/api/session", headers=headers) as answer:
                if answer.status != 200:
                    failed += 1
                    continue
                session = (await answer.json())["session"]
            frame = {"session": session, "frame": {"type": "start"}}
            async with http.post(f"{url}/api/frame", json=frame, headers=headers) as answer:
                failed += answer.status >= 300
            stop = {"session": session, "frame": {"type": "disconnect"}}
            async with http.post(f"{url}/api/frame", json=stop, headers=headers) as answer:
                failed += answer.status >= 300
    return failed


def session_id_of(peer: Peer) -> str:
    """The id inside the session's resume credential (`id.signature`, its first event)."""
    info = next(event for event in peer.events if event["type"] == "session")
    token: str = info["resume"]
    return token.split(".")[0]


async def session_key_exists(redis: RedisServer, session_id: str) -> bool:
    from redis.asyncio import Redis

    client = Redis.from_url(redis.url)
    try:
        return bool(await client.exists(f"strangerchat:session:{session_id}"))
    finally:
        await client.aclose()


async def omegle_pair(http: aiohttp.ClientSession, url: str) -> list[str]:
    ids = []
    for _ in range(2):
        async with http.post(f"{url}/start", params={"firstevents": "0"}) as answer:
            ids.append(await answer.json())
    return ids


async def omegle_events(http: aiohttp.ClientSession, url: str, id_: str) -> list[str]:
    """Every Omegle event name until the id is over (`null`) or the connection died."""
    names: list[str] = []
    async with asyncio.timeout(15):
        while True:
            async with http.post(f"{url}/events", data={"id": id_}) as answer:
                events = await answer.json()
            if events is None:
                return names
            names += [event[0] for event in events]
            if "connectionDied" in names:
                return names


async def test_sigterm_with_live_chats_on_every_transport() -> None:
    """Promise: SIGTERM tells every live session on all three transports that the server is
    restarting before anyone hears the stranger left, and the process exits 0 in time."""
    with server_process("--shutdown-timeout", "5") as server:
        url = server.url
        async with aiohttp.ClientSession() as http:
            sockets = await pair(http, url, url)
            omegle = await omegle_pair(http, url)
            await asyncio.sleep(0.5)  # the Omegle pair matches
            watchers = [asyncio.create_task(omegle_events(http, url, id_)) for id_ in omegle]
            waits = [peer.until("server_restarting", timeout=10) for peer in sockets]
            await asyncio.sleep(0.3)
            server.process.send_signal(signal.SIGTERM)
            await asyncio.gather(*waits)
            for peer in sockets:
                assert not any(e["type"] == "stranger_disconnected" for e in peer.events)
            for names in await asyncio.gather(*watchers):
                assert "connectionDied" in names
                assert "strangerDisconnected" not in names[: names.index("connectionDied")]
        assert server.process.wait(timeout=10) == 0
        assert TRACEBACK not in server.output()
    case_held()


async def test_a_slow_reader_is_cut_off_and_its_partner_told() -> None:
    """Promise: a client that stops reading is disconnected by its outbox's bound (the named
    policy: close 1008) instead of growing the server's memory, and its partner is told."""
    with server_process("--outbox-capacity", "64") as server:
        async with aiohttp.ClientSession() as http:
            writer, reader = await pair(http, server.url, server.url)
            # The reader never reads again from here on; the writer reads all the while.
            told = asyncio.create_task(writer.until("stranger_disconnected", timeout=30))
            turn = 0
            while not told.done() and turn < 20_000:
                await writer.send("send", text=f"{turn} " + "x" * 1500)
                turn += 1
                if turn % 50 == 0:
                    await asyncio.sleep(0.001)
            await told
            await reader.drain(5)
            # 1008 when the close frame gets through; a socket still too full for it is aborted.
            assert reader.ws.close_code in (1008, 1006)
        assert_clean_exit(server)
    case_held()


async def test_a_process_cut_off_from_redis_fences_itself_and_rejoins(
    own_redis: RedisServer,
) -> None:
    """Promise: Redis frozen (SIGSTOP) under two processes: within 3 s both answer 503 on
    /readyz and have let their chats across processes go (the strangers are told), while a
    chat of two strangers on one process goes on; once Redis answers again both rejoin by
    themselves: /readyz 200 and new chats across them work."""
    with two_processes(own_redis) as (first, second):
        urls = [first.url, second.url]
        async with aiohttp.ClientSession() as http:
            one, two = await pair(http, first.url, second.url)
            near, nearer = await pair(http, first.url, first.url)  # met on their process
            assert own_redis.process is not None
            own_redis.process.send_signal(signal.SIGSTOP)
            frozen_at = time.monotonic()
            try:
                for peer in (one, two):
                    await peer.until("stranger_disconnected", "server_restarting", timeout=3.0)
                fenced_after = time.monotonic() - frozen_at
                assert fenced_after < 3.0
                for url in urls:
                    timeout = aiohttp.ClientTimeout(total=3)
                    async with http.get(f"{url}/readyz", timeout=timeout) as answer:
                        assert answer.status == 503
                await near.send("send", text="still here")
                assert (await nearer.until("message"))["text"] == "still here"
                ended = {"stranger_disconnected", "server_restarting"}
                assert not [e for e in near.events + nearer.events if e["type"] in ended]
            finally:
                own_redis.process.send_signal(signal.SIGCONT)
            deadline = time.monotonic() + 5
            for url in urls:
                while True:
                    async with http.get(f"{url}/readyz") as answer:
                        if answer.status == 200:
                            break
                    assert time.monotonic() < deadline, "did not rejoin"
                    await asyncio.sleep(0.1)
            assert await chats_all_succeed(http, urls, 6) == 0
        assert_clean_exit(first, second)
    case_held()


async def test_a_burst_of_connects_waits_for_redis_connections(own_redis: RedisServer) -> None:
    """Promise: 400 WebSocket handshakes at once over two processes (far more than either
    pool holds) are each answered without a 5xx: a burst waits for a pooled connection."""
    trusted = {"STRANGERCHAT_TRUSTED_CLIENTS": "127.0.0.0/8"}  # no per-address caps
    with two_processes(own_redis, **trusted) as (first, second):
        urls = [first.url, second.url]
        async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as http:

            async def connect(turn: int) -> int:
                url = urls[turn % 2]
                try:
                    ws = await http.ws_connect(f"{url}/ws", headers={"Origin": url})
                except aiohttp.WSServerHandshakeError as refused:
                    return refused.status
                await ws.close()
                return 101

            async with asyncio.timeout(30):
                answers = await asyncio.gather(*(connect(turn) for turn in range(400)))
        assert not [status for status in answers if status >= 500]
        assert answers.count(101) == len(answers)
        for server in (first, second):
            assert "Too many connections" not in output_of(server)
    case_held()
