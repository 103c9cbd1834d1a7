"""Where reports, evidence and standings live: across restarts, across processes, and nowhere else.

Reports are in the moderation database (SQLite in the data directory here, or PostgreSQL), in
either chat mode; evidence and standings are in memory or in Redis.

The canary tests send a unique text in a chat nobody reports and look for it everywhere the server
writes: captured logs, every key and value in the test Redis, every file in the data directory.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
import uuid
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import aiohttp
import pytest
from aiohttp.test_utils import TestClient
from redis.asyncio import Redis

from strangerchat.app import create_app
from strangerchat.appkeys import CHAT
from strangerchat.safety.bans import TRIPS_FOR_ADDRESS
from strangerchat.safety.evidence import MemoryEvidence
from strangerchat.safety.keys import KEY_FILE
from strangerchat.settings import Settings
from strangerchat.storage.connect import DATABASE_FILE
from tests.redis_server import RedisServer
from tests.server_process import server_process
from tests.storage.records_helpers import opened
from tests.strangers import Stranger, base

RETENTION = 0.3
# Byte-exact through JSON, Redis and files: emoji, newlines, non-Latin, escapes.
GREEK = "\u039a\u03b1\u03bb\u03b7\u03bc\u03ad\u03c1\u03b1"  # escaped: a linter flags Greek letters
TRICKY = f'🙂 canary\n{GREEK} — こんにちは "quoted" \\ back\u200bslash'


async def receipt_of(reporter: Stranger) -> str:
    """A report during a chat ends it first, then the receipt comes."""
    await reporter.expect("you_disconnected")
    return str((await reporter.expect("reported"))["receipt"])


async def ws(client: TestClient) -> Stranger:
    return Stranger(await client.ws_connect("/ws", headers={"Origin": base(client)}))


async def chat(one: Stranger, other: Stranger) -> None:
    await one.start()
    await other.start()
    await one.expect("connected")
    await other.expect("connected")


async def say(writer: Stranger, reader: Stranger, text: str) -> str:
    """What the reader received."""
    await writer.send("send", text=text)
    return str((await reader.expect("message"))["text"])


@pytest.fixture
def redis_settings(settings: Settings, redis_server: RedisServer, redis_prefix: str) -> Settings:
    return dataclasses.replace(
        settings,
        redis_url=redis_server.url,
        redis_prefix=redis_prefix,
        evidence_retention=RETENTION,
    )


async def everything_in_redis(url: str) -> bytes:
    """Every key and every value in the whole test Redis, as one blob to search."""
    found = []
    async with Redis.from_url(url) as redis:
        async for key in redis.scan_iter(count=1000):
            found.append(key)
            kind = (await redis.type(key)).decode()
            if kind == "string":
                found.append(await redis.get(key) or b"")
            elif kind == "list":
                found.extend(await redis.lrange(key, 0, -1))
            elif kind == "hash":
                for field, value in (await redis.hgetall(key)).items():
                    found.extend((field, value))
            elif kind == "set":
                found.extend(await redis.smembers(key))
            elif kind == "zset":
                found.extend(await redis.zrange(key, 0, -1))
            else:
                found.append(await redis.dump(key) or b"")
    return b"\n".join(found)


def everything_on_disk(directory: Path) -> bytes:
    return b"\n".join(path.read_bytes() for path in directory.rglob("*") if path.is_file())


def needles(text: str) -> list[bytes]:
    """The text's unique ASCII token: found however the text around it was escaped."""
    return [text.split(" ", 1)[0].encode()]


async def unreported_and_reported_chats(client: TestClient) -> tuple[str, str, str]:
    """An unreported chat with a canary, then a reported one; (canary, reported text, receipt).

    Waits out the evidence's retention, and the housekeeping that forgets it in memory.
    """
    canary = f"canary-{uuid.uuid4().hex} {TRICKY}"
    alice, bob = await ws(client), await ws(client)
    await chat(alice, bob)
    assert await say(alice, bob, canary) == canary
    assert await say(bob, alice, canary + " back") == canary + " back"
    await bob.ws.close()  # the chat ends with Bob's session: its evidence expires all the same
    await alice.expect("stranger_disconnected")
    carol = await ws(client)
    await chat(alice, carol)
    reported_text = f"evidence-{uuid.uuid4().hex} {TRICKY}"
    delivered = await say(carol, alice, reported_text)
    await alice.send("report", category="sexual_content", note="note " + TRICKY)
    receipt = await receipt_of(alice)
    await asyncio.sleep(RETENTION + 0.3)
    client.app[CHAT].forget_closed()
    return canary, delivered, receipt


async def test_memory_mode_keeps_an_unreported_chat_nowhere_and_a_reported_one_exactly(
    aiohttp_client, settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:  # type: ignore[no-untyped-def]
    caplog.set_level(logging.DEBUG)
    settings = dataclasses.replace(settings, evidence_retention=RETENTION)
    client = await aiohttp_client(create_app(settings))
    canary, delivered, receipt = await unreported_and_reported_chats(client)
    chat_ = client.app[CHAT]
    evidence = chat_.stores.evidence
    assert isinstance(evidence, MemoryEvidence)
    assert len(evidence) == 0  # forgotten, not only hidden
    disk = everything_on_disk(Path(settings.data_dir))
    for needle in needles(canary):
        assert needle not in disk
        assert needle.decode() not in caplog.text
    assert needles(delivered)[0] in disk  # the search does find what was reported
    (report,) = await chat_.stores.reports.queue()
    assert report.receipt == receipt
    assert [line.text for line in report.transcript] == [delivered]
    assert delivered == f"{delivered.split(' ', 1)[0]} {TRICKY}"  # nothing masked or changed
    assert report.note == "note " + TRICKY


async def test_redis_mode_keeps_an_unreported_chat_nowhere_and_a_reported_one_exactly(
    aiohttp_client, redis_settings: Settings, redis_server: RedisServer, caplog
) -> None:  # type: ignore[no-untyped-def]
    caplog.set_level(logging.DEBUG)
    client = await aiohttp_client(create_app(redis_settings))
    canary, delivered, receipt = await unreported_and_reported_chats(client)
    blob = await everything_in_redis(redis_server.url)
    for needle in needles(canary):
        assert needle not in blob
        assert needle.decode() not in caplog.text
    assert needles(delivered)[0] not in blob  # the report is in the database, not in Redis
    kept = await asyncio.to_thread(lambda: sorted(Path(redis_settings.data_dir).glob("*")))
    # The server's key and the moderation database, which holds the report and no canary.
    assert {path.name for path in kept} - {KEY_FILE} <= {
        DATABASE_FILE,
        f"{DATABASE_FILE}-wal",
        f"{DATABASE_FILE}-shm",
    }
    disk = everything_on_disk(Path(redis_settings.data_dir))
    for needle in needles(canary):
        assert needle not in disk
    assert needles(delivered)[0] in disk  # the search does find what was reported
    (report,) = await client.app[CHAT].stores.reports.queue()
    assert report.receipt == receipt
    assert [line.text for line in report.transcript] == [delivered]


async def test_reports_in_postgresql_survive_a_restart_of_the_app(
    aiohttp_client, redis_settings: Settings, postgres_server
) -> None:  # type: ignore[no-untyped-def]
    url = postgres_server.new_database()
    redis_settings = dataclasses.replace(redis_settings, database_url=url)
    first = await aiohttp_client(create_app(redis_settings))
    alice, bob = await ws(first), await ws(first)
    await chat(alice, bob)
    await say(bob, alice, TRICKY)
    await alice.send("report", category="spam_or_bot")
    receipt = await receipt_of(alice)
    await first.close()
    second = await aiohttp_client(create_app(redis_settings))
    (report,) = await second.app[CHAT].stores.reports.queue()
    assert (report.receipt, report.transcript[0].text) == (receipt, TRICKY)
    async with opened(url, redis_settings.data_dir) as records:  # as another process sees it
        assert [one.receipt for one in await records.reports()] == [receipt]
    in_sqlite = await asyncio.to_thread(
        lambda: list(Path(redis_settings.data_dir).glob(f"{DATABASE_FILE}*"))
    )
    assert in_sqlite == []


async def test_reports_on_disk_survive_a_restart_of_the_server_process(tmp_path: Path) -> None:
    data_dir = tmp_path / "not" / "yet" / "made"
    env = {"STRANGERCHAT_DATA_DIR": str(data_dir)}
    receipts = []
    outputs = []
    for _ in range(2):
        with server_process(env=env) as server:
            async with aiohttp.ClientSession(server.url) as http:
                alice, bob = [
                    Stranger(await http.ws_connect("/ws", headers={"Origin": server.url}))
                    for _ in range(2)
                ]
                await chat(alice, bob)
                await say(bob, alice, TRICKY)
                await alice.send("report", category="other")
                receipts.append(await receipt_of(alice))
            server.process.kill()  # no clean shutdown: the report was on disk already
            server.process.wait(timeout=10)
            outputs.append(server.output())
    async with opened(None, str(data_dir)) as records:
        stored = await records.reports()
    assert [report.receipt for report in stored] == receipts  # the first outlived its server
    assert all(report.transcript[0].text == TRICKY for report in stored)
    assert all(output and "canary" not in output for output in outputs)  # no text in logs


@pytest.fixture
async def processes(aiohttp_client, redis_settings: Settings) -> list[TestClient]:  # type: ignore[no-untyped-def]
    """Two servers sharing one Redis, as two processes would; no address is trusted."""
    untrusted = dataclasses.replace(redis_settings, trusted_clients=())
    return [await aiohttp_client(create_app(untrusted)) for _ in range(2)]


@pytest.fixture
async def from_address() -> AsyncIterator[Callable[[TestClient, str], Stranger]]:
    async with contextlib.AsyncExitStack() as stack:

        async def connect(client: TestClient, address: str) -> Stranger:
            connector = aiohttp.TCPConnector(local_addr=(address, 0))
            http = await stack.enter_async_context(aiohttp.ClientSession(connector=connector))
            socket = await http.ws_connect(f"{base(client)}/ws", headers={"Origin": base(client)})
            return Stranger(socket)

        yield connect  # type: ignore[misc]


async def test_bans_lockouts_and_address_hashes_are_shared_by_every_process(
    processes: list[TestClient], from_address
) -> None:  # type: ignore[no-untyped-def]
    here, there = processes
    villain = await from_address(there, "127.0.0.50")
    for n in range(3):
        reporter = await from_address(here, f"127.0.0.{60 + n}")
        await chat(reporter, villain)
        await say(villain, reporter, "rude words")
        await villain.send("send", text="how old are you?")
        await reporter.expect("message")
        await reporter.send("report", category="harassment")
        await receipt_of(reporter)
        await villain.expect("stranger_disconnected")
    reports = await here.app[CHAT].stores.reports.queue()
    assert len(reports) == 3
    assert len({report.reported_ip for report in reports}) == 1  # hashed alike on both
    assert reports[0].signals == ["asks_age"]  # from the process holding the villain
    assert [line.text for line in reports[0].transcript] == ["rude words", "how old are you?"]
    for process in processes:  # a new session from the villain's address, on either process
        fresh = await from_address(process, "127.0.0.50")
        await fresh.send("start")
        assert (await fresh.expect("banned"))["reason"] == "reported"
    partner = await from_address(there, "127.0.0.71")
    for n in range(TRIPS_FOR_ADDRESS):  # distinct sessions, on either process, at one address
        if n:  # one hit or two lock out the writers, not the address
            bystander = await from_address(here, "127.0.0.72")
            await chat(await from_address(processes[n % 2], "127.0.0.70"), bystander)
        minor = await from_address(processes[n % 2], "127.0.0.70")
        await chat(minor, partner)
        await minor.send("send", text="i am 15")
        await minor.expect("adults_only")
        await partner.expect("stranger_disconnected")
    fresh = await from_address(there, "127.0.0.70")
    await fresh.send("start")
    assert (await fresh.expect("error"))["code"] == "locked_out"
