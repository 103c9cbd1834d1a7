"""Fixtures shared by the whole suite: settings with short waits, a served app, a real Redis."""

from __future__ import annotations

import signal
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestClient

from strangerchat.app import create_app
from strangerchat.settings import Settings
from tests.faults import summary as fault_summary
from tests.postgres_server import PostgresServer
from tests.redis_server import RedisServer
from tests.strangers import Stranger

# Tests that send many messages or open many connections quickly measure other things than the
# rate limits; test_ratelimit.py tests those with their defaults.
CHATTY: dict[str, Any] = {
    "message_rate": 10_000.0,
    "message_burst": 10_000,
    "trusted_clients": ("127.0.0.0/8",),
}


@pytest.fixture(autouse=True, scope="session")
def no_gate_in_server_processes(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Servers started as processes (`python -m strangerchat`, the benchmark's) skip the gate too.

    They read STRANGERCHAT_* from the environment they inherit; Settings built in a test do not.
    """
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("STRANGERCHAT_AGE_GATE", "off")
        patch.setenv("STRANGERCHAT_DATA_DIR", str(tmp_path_factory.mktemp("data")))
        for name, value in CHATTY.items():
            text = ",".join(value) if isinstance(value, tuple) else str(value)
            patch.setenv(f"STRANGERCHAT_{name.upper()}", text)
        yield


def suite_settings(tmp_path: Path, **changes: Any) -> Settings:
    """Short waits so that fallbacks, counts and expiry happen within a test's time, the entry
    gate off (these clients chat without its cookie; test_gate.py tests the gate), reports in
    `tmp_path`; `changes` on top."""
    return Settings(
        interest_wait=0.4,
        count_interval=0.2,
        poll_hold=1.0,
        poll_session_timeout=2.0,
        age_gate=False,
        data_dir=str(tmp_path / "data"),
        **changes,
    )


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """The suite's settings. Messages may come as fast as tests send them; test_ratelimit.py
    tests the real limits."""
    return suite_settings(tmp_path, **CHATTY)


@pytest.fixture
async def client(aiohttp_client, settings: Settings) -> TestClient:  # type: ignore[no-untyped-def]
    """A real server on a loopback port, with a client that knows its address."""
    return await aiohttp_client(create_app(settings))


@pytest.fixture
def origin(client: TestClient) -> str:
    """The Origin header a browser on our own page sends."""
    return f"http://{client.server.host}:{client.server.port}"


@pytest.fixture
async def stranger(client: TestClient, origin: str):  # type: ignore[no-untyped-def]
    """A factory of connected WebSocket strangers, all closed at the end."""
    opened: list[Stranger] = []

    async def connect() -> Stranger:
        ws = await client.ws_connect("/ws", headers={"Origin": origin})
        opened.append(Stranger(ws))
        return opened[-1]

    yield connect
    for one in opened:
        await one.ws.close()


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisServer]:
    """One real redis-server for the whole run; tests keep apart by key prefix."""
    server = RedisServer(tmp_path_factory.mktemp("redis"))
    server.start()
    yield server
    server.kill()


@pytest.fixture
def own_redis(tmp_path: Path) -> Iterator[RedisServer]:
    """A redis-server this test alone may stop and kill (woken first, so that it can be killed)."""
    server = RedisServer(tmp_path)
    server.start()
    yield server
    if server.process is not None:
        server.process.send_signal(signal.SIGCONT)
    server.kill()


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """One real PostgreSQL cluster for the whole run; tests keep apart by database."""
    server = PostgresServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest) -> str | None:
    """Each moderation-store test runs twice: SQLite in the data directory (None), and a fresh
    database on the real PostgreSQL server."""
    if request.param == "sqlite":
        return None
    server: PostgresServer = request.getfixturevalue("postgres_server")
    return server.new_database()


@pytest.fixture
def redis_prefix() -> str:
    """A key prefix no other test uses."""
    return f"test-{uuid.uuid4().hex[:12]}:"


@pytest.fixture
async def pair(stranger) -> tuple[Stranger, Stranger]:  # type: ignore[no-untyped-def]
    """Two WebSocket strangers already chatting with each other."""
    alice, bob = await stranger(), await stranger()
    await alice.start()
    await bob.start()
    await alice.expect("connected")
    await bob.expect("connected")
    return alice, bob


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """The fault suite's one-line summary: cases held, frames fuzzed, cross-session deliveries."""
    summary = fault_summary.line()
    if summary is not None:
        terminalreporter.write_line(summary)
