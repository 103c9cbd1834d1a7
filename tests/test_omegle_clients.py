"""Third-party Omegle clients from PyPI (python-omegle, pyomegle) against a running server.

They run in their own process and virtual environment: they are written for omegle.com, patch
`requests` for the whole process (python-omegle), print to stdout and use deprecated threading
calls (pyomegle). A small driver script calls their methods on request, each call in a thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import subprocess
import sys
from asyncio.subprocess import PIPE
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestClient

from strangerchat.settings import Settings
from tests.strangers import Stranger

# The clients and everything they pull in, pinned: the scratch environment is rebuilt on change.
CLIENT_PINS = (
    "python-omegle==1.1.6",
    "pyomegle==1.7",
    "requests==2.34.2",
    "urllib3==2.8.0",
    "idna==3.20",
    "certifi==2026.10.18",
    "charset-normalizer==3.5.2",
    "mechanize==0.4.10",
    "html5lib==1.1",
    "six==1.17.0",
    "webencodings==0.6.1",
)
KINDS = ("python-omegle", "pyomegle")
TIMEOUT = 10.0

# The installation happens once, in the first test's setup.
pytestmark = pytest.mark.timeout(300)

DRIVER = r"""
import json, queue, sys, threading

import pyomegle
from python_omegle import InterestsChat, RandomChat

SERVER = sys.argv[1]  # host:port
answers, sys.stdout = sys.stdout, sys.stderr  # the clients print: keep stdout for answers
lock = threading.Lock()
clients = {}


class PythonOmegle:
    def __init__(self, interests):
        self.chat = InterestsChat(interests) if interests else RandomChat()
        self.chat._server_url = "http://" + SERVER

    def start(self): self.chat.start()
    def send(self, text): self.chat.send(text)
    def typing(self): self.chat.start_typing()
    def stopped_typing(self): self.chat.stop_typing()
    def disconnect(self): self.chat.disconnect()

    def next_event(self):
        event, argument = self.chat.get_event()
        return [event.name, argument]


class Handler(pyomegle.OmegleHandler):
    def __init__(self):
        super().__init__()
        self.events = queue.Queue()

    def waiting(self): self.events.put(["waiting", None])
    def connected(self): self.events.put(["connected", None])
    def common_likes(self, likes): self.events.put(["commonLikes", likes])
    def ident_digest(self, digests): self.events.put(["identDigests", digests])
    def typing(self): self.events.put(["typing", None])
    def stopped_typing(self): self.events.put(["stoppedTyping", None])
    def message(self, message): self.events.put(["gotMessage", message])
    def disconnected(self): self.events.put(["strangerDisconnected", None])
    def server_message(self, message): self.events.put(["serverMessage", message])


class PyOmegle:
    def __init__(self, interests):
        self.handler = Handler()
        self.client = pyomegle.OmegleClient(self.handler, topics=interests, event_delay=0.05)
        self.client.server = SERVER

    def start(self): self.client.start()
    def send(self, text): self.client.send(text)
    def typing(self): self.client.typing()
    def stopped_typing(self): self.client.stopped_typing()
    def disconnect(self): self.client.disconnect()
    def next_event(self): return self.handler.events.get(timeout=60)


KINDS = {"python-omegle": PythonOmegle, "pyomegle": PyOmegle}


def run(call):
    try:
        if call["method"] == "open":
            kind, interests = call["args"]
            clients[call["name"]] = KINDS[kind](interests)
            result = None
        else:
            result = getattr(clients[call["name"]], call["method"])(*call["args"])
        answer = {"id": call["id"], "result": result}
    except Exception as exc:
        answer = {"id": call["id"], "error": repr(exc)}
    with lock:
        answers.write(json.dumps(answer) + "\n")
        answers.flush()


for line in sys.stdin:
    threading.Thread(target=run, args=(json.loads(line),), daemon=True).start()
"""


@pytest.fixture
def settings() -> Settings:
    """Holds longer than any step here takes: a restated event would be a surprise to assert.

    The gate is off for the WebSocket user here; the Omegle API never asks for it anyway.
    """
    return Settings(
        interest_wait=0.4,
        count_interval=0.2,
        poll_hold=10,
        poll_session_timeout=30,
        age_gate=False,
    )


@pytest.fixture(scope="session")
def clients_python(request: pytest.FixtureRequest) -> Path:
    """A scratch virtual environment with the clients, kept in pytest's cache until pins change."""
    venv = request.config.cache.mkdir("omegle-clients-venv")
    python, stamp, pins = venv / "bin" / "python", venv / "pins.txt", "\n".join(CLIENT_PINS)
    if python.exists() and stamp.exists() and stamp.read_text() == pins:
        return python
    subprocess.run([sys.executable, "-m", "venv", "--clear", str(venv)], check=True)
    install = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    done = subprocess.run([*install, *CLIENT_PINS], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.fail(f"could not install the Omegle clients from PyPI:\n{done.stderr[-3000:]}")
    stamp.write_text(pins)
    return python


# python-omegle reports events by its own names; pyomegle's handler here uses Omegle's.
NAMES = {
    "python-omegle": {
        "waiting": "CHAT_WAITING",
        "gotMessage": "GOT_MESSAGE",
        "typing": "PARTNER_STARTED_TYPING",
        "stoppedTyping": "PARTNER_STOPPED_TYPING",
        "strangerDisconnected": "CHAT_ENDED",
    },
    "pyomegle": {},
}


class Driver:
    """The driver process: each call is answered on its own line, matched by id."""

    def __init__(self, process: asyncio.subprocess.Process) -> None:
        self.process = process
        self.ids = itertools.count()
        self.pending: dict[int, asyncio.Future[Any]] = {}
        self.reader = asyncio.create_task(self._read())

    async def call(self, name: str, method: str, *args: Any, timeout: float = TIMEOUT) -> Any:
        call_id = next(self.ids)
        self.pending[call_id] = asyncio.get_running_loop().create_future()
        line = {"id": call_id, "name": name, "method": method, "args": args}
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps(line).encode() + b"\n")
        await self.process.stdin.drain()
        return await asyncio.wait_for(self.pending[call_id], timeout)

    async def _read(self) -> None:
        assert self.process.stdout is not None
        async for line in self.process.stdout:
            answer = json.loads(line)
            future = self.pending.pop(answer["id"])
            if "error" in answer:
                future.set_exception(AssertionError(f"the client raised {answer['error']}"))
            else:
                future.set_result(answer["result"])


class OmegleClient:
    """One third-party client inside the driver, with the events it reports, by their names."""

    def __init__(self, driver: Driver, kind: str, name: str, interests: list[str]) -> None:
        self.driver, self.kind, self.name, self.interests = driver, kind, name, interests

    async def do(self, method: str, *args: Any) -> Any:
        return await self.driver.call(self.name, method, *args)

    async def next_event(self) -> list[Any]:
        event: list[Any] = await self.do("next_event")
        return event

    async def expect(self, omegle_event: str, argument: Any = None) -> None:
        names = NAMES[self.kind]
        assert await self.next_event() == [names.get(omegle_event, omegle_event), argument]

    async def expect_connected(self, likes: list[str]) -> None:
        if self.kind == "python-omegle":  # one event; a random chat ignores commonLikes
            assert await self.next_event() == ["CHAT_READY", likes if self.interests else None]
            return
        assert await self.next_event() == ["connected", None]
        assert await self.next_event() == ["commonLikes", likes]
        name, digests = await self.next_event()
        assert (name, digests.count(",")) == ("identDigests", 3)


OpenClient = Callable[..., Awaitable[OmegleClient]]


@pytest.fixture
async def driver(clients_python: Path, client: TestClient, tmp_path: Path) -> AsyncIterator[Driver]:
    """The driver process, pointed at the test's server; its stderr is shown on failure."""
    server = f"{client.host}:{client.port}"
    with (tmp_path / "driver.log").open("wb") as log:
        process = await asyncio.create_subprocess_exec(
            str(clients_python), "-c", DRIVER, server, stdin=PIPE, stdout=PIPE, stderr=log
        )
        driver = Driver(process)
        yield driver
        process.kill()
        await process.wait()
        driver.reader.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await driver.reader
    sys.stderr.write((tmp_path / "driver.log").read_text(errors="replace")[-3000:])


@pytest.fixture
def open_client(driver: Driver) -> OpenClient:
    names = itertools.count()

    async def open_(kind: str, interests: list[str] | None = None) -> OmegleClient:
        name = f"client{next(names)}"
        await driver.call(name, "open", kind, interests or [])
        return OmegleClient(driver, kind, name, interests or [])

    return open_


async def start_pair(
    open_client: OpenClient, kind: str, a: list[str], b: list[str], likes: list[str]
) -> tuple[OmegleClient, OmegleClient]:
    alice, bob = await open_client(kind, a), await open_client(kind, b)
    for one in (alice, bob):
        await one.do("start")
        await one.expect("waiting")
    await alice.expect_connected(likes)
    await bob.expect_connected(likes)
    return alice, bob


@pytest.mark.parametrize("kind", KINDS)
async def test_two_clients_match_without_interests(open_client, kind: str) -> None:
    await start_pair(open_client, kind, [], [], [])


@pytest.mark.parametrize("kind", KINDS)
async def test_two_clients_match_on_a_shared_interest(open_client, kind: str) -> None:
    await start_pair(open_client, kind, ["chess", "music"], ["Music", "go"], ["music"])


TEXTS = [
    "hello 😀👍🏽",
    "日本語 Ωμέγα русский עברית العربية",
    "line one\nline two\n\n  indented\r\nand CRLF",
    "<b>not html</b> &amp; 'single' \"double\" \\ + %20 &id=x",
    "x😀ü" * 666 + "xy",  # 2,000 characters
]


@pytest.mark.parametrize("kind", KINDS)
async def test_messages_arrive_exact_and_in_order_both_ways(open_client, kind: str) -> None:
    alice, bob = await start_pair(open_client, kind, [], [], [])
    for text in TEXTS:
        await alice.do("send", text)
    for text in TEXTS:
        await bob.expect("gotMessage", text)
    for text in reversed(TEXTS):
        await bob.do("send", text)
    for text in reversed(TEXTS):
        await alice.expect("gotMessage", text)
    assert len(TEXTS[-1]) == 2000


@pytest.mark.parametrize("kind", KINDS)
async def test_typing_and_stopped_typing_reach_the_stranger(open_client, kind: str) -> None:
    alice, bob = await start_pair(open_client, kind, [], [], [])
    await alice.do("typing")
    await bob.expect("typing")
    await alice.do("stopped_typing")
    await bob.expect("stoppedTyping")
    await bob.do("typing")
    await alice.expect("typing")


@pytest.mark.parametrize("kind", KINDS)
async def test_disconnect_tells_the_stranger(open_client, kind: str) -> None:
    alice, bob = await start_pair(open_client, kind, [], [], [])
    await alice.do("disconnect")
    await bob.expect("strangerDisconnected")


async def test_python_omegle_and_pyomegle_chat_with_each_other(open_client) -> None:
    alice, bob = (
        await open_client("python-omegle", ["films"]),
        await open_client("pyomegle", ["films"]),
    )
    for one in (alice, bob):
        await one.do("start")
        await one.expect("waiting")
    await alice.expect_connected(["films"])
    await bob.expect_connected(["films"])
    await alice.do("send", TEXTS[0])
    await bob.expect("gotMessage", TEXTS[0])
    await bob.do("send", TEXTS[1])
    await alice.expect("gotMessage", TEXTS[1])


async def test_a_third_party_client_and_a_websocket_user_chat(open_client, stranger) -> None:
    browser: Stranger = await stranger()
    await browser.start(["music"])
    omegle = await open_client("python-omegle", ["music", "go"])
    await omegle.do("start")
    await omegle.expect("waiting")
    await omegle.expect_connected(["music"])
    assert (await browser.expect("connected"))["interests"] == ["music"]
    await browser.send("send", text=TEXTS[2])
    await omegle.expect("gotMessage", TEXTS[2])
    await omegle.do("send", TEXTS[0])
    assert (await browser.expect("message"))["text"] == TEXTS[0]
    await omegle.do("disconnect")
    await browser.expect("stranger_disconnected")
