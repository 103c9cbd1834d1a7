"""The fuzzer: over 10,000 generated frames and requests over all three transports, beside
honest pairs whose every received message is checked.

Promise: nothing a client sends reaches anyone but its partner, no request is answered with a
5xx, honest chats go on untouched, and the server logs no traceback.
"""

from __future__ import annotations

import asyncio
import json
import random
import signal
import urllib.parse
from typing import Any

import aiohttp
import pytest

from tests.faults import fuzz
from tests.faults.clients import Peer, pair
from tests.faults.summary import TALLY, case_held
from tests.server_process import server_process

SEED = 20261203
WEBSOCKET_FRAMES = 6000
LONGPOLL_REQUESTS = 2500
OMEGLE_REQUESTS = 2000
HONEST_MESSAGES = 30
REPLY = {"one": "ok?", "two": "yes!"}  # how each side of an honest pair ends its lines


CLOSED = (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED, aiohttp.WSMsgType.ERROR)
FORM = {"Content-Type": "application/x-www-form-urlencoded"}


def clean(text: str) -> str:
    """A query string cannot carry a lone surrogate at all."""
    return text.encode("utf-8", "replace").decode()


def encoded(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")  # a lone surrogate makes invalid UTF-8


class Fuzzer:
    def __init__(self, http: aiohttp.ClientSession, url: str) -> None:
        self.http = http
        self.url = url
        self.headers = {"Origin": url}
        self.frames = 0
        self.server_errors: list[str] = []

    def answered(self, where: str, status: int) -> None:
        self.frames += 1
        if status >= 500:
            self.server_errors.append(f"{where} {status}")

    async def websocket(self, rng: random.Random, count: int) -> None:
        sent = 0
        while sent < count:
            ws = await self.http.ws_connect(f"{self.url}/ws", headers=self.headers)
            reader = asyncio.create_task(self._read_until_closed(ws))
            while sent < count and not reader.done():
                data = encoded(fuzz.raw_frame(rng))
                kind = aiohttp.WSMsgType.BINARY if rng.random() < 0.02 else aiohttp.WSMsgType.TEXT
                try:
                    await ws.send_frame(data, kind)
                except aiohttp.ClientConnectionResetError:
                    break  # the server closed it (1007, 1009, 1003): open another
                sent += 1
                self.frames += 1
                if sent % 50 == 0:
                    await asyncio.sleep(0.001)  # let the reader see a close
            await ws.close()
            await reader
            if ws.close_code is not None and ws.close_code >= 1011:
                self.server_errors.append(f"websocket closed {ws.close_code}")

    @staticmethod
    async def _read_until_closed(ws: aiohttp.ClientWebSocketResponse) -> None:
        while (await ws.receive()).type not in CLOSED:
            pass

    async def longpoll(self, rng: random.Random, count: int) -> None:
        ids = []
        for _ in range(count):
            path = rng.choice(["/api/session", "/api/frame", "/api/events", "/api/resume"])
            body: Any = {"session": rng.choice([*ids, "x"]) if ids else "x"}
            if path == "/api/frame":
                body["frame"] = fuzz.frame(rng)
            if path in ("/api/events", "/api/resume"):
                body["after"] = fuzz.wild_value(rng)
            raw = json.dumps(body) if rng.random() < 0.7 else fuzz.raw_frame(rng)
            async with self.http.post(
                f"{self.url}{path}", data=encoded(raw), headers=self.headers
            ) as answer:
                self.answered(path, answer.status)
                if path == "/api/session" and answer.status == 200:
                    ids.append((await answer.json())["session"])

    async def omegle(self, rng: random.Random, count: int) -> None:
        ids: list[str] = []
        for _ in range(count):
            path = rng.choice(["/start", "/send", "/typing", "/events", "/disconnect", "/status"])
            form = fuzz.omegle_form(rng, ids)
            if path == "/start":
                query = {k: clean(v) for k, v in form.items() if k != "id"}
                async with self.http.post(f"{self.url}/start", params=query) as answer:
                    self.answered(path, answer.status)
                    if answer.status == 200 and answer.content_type == "application/json":
                        found = await answer.json()
                        if isinstance(found, str):
                            ids.append(found)
                continue
            if path == "/events" and rng.random() < 0.8:
                continue  # a held /events waits a whole hold; a few are enough
            body = urllib.parse.urlencode(form, errors="surrogatepass")
            async with self.http.post(f"{self.url}{path}", data=body, headers=FORM) as answer:
                self.answered(path, answer.status)


async def honest_chat(one: Peer, two: Peer, name: str) -> None:
    for turn in range(HONEST_MESSAGES):
        await one.send("send", text=f"{name} from one, turn {turn}: ok?")
        await two.send("send", text=f"{name} from two, turn {turn}: yes!")
        await asyncio.sleep(0.05)


@pytest.mark.timeout(180)
async def test_fuzzed_frames_never_reach_another_session_nor_break_a_chat() -> None:
    """See the module's docstring."""
    rng = random.Random(SEED)
    with server_process("--shutdown-timeout", "3", "--poll-hold", "0.5") as server:
        async with aiohttp.ClientSession() as http:
            pairs = [await pair(http, server.url, server.url) for _ in range(3)]
            fuzzer = Fuzzer(http, server.url)
            await asyncio.gather(
                *(honest_chat(one, two, f"pair {n}") for n, (one, two) in enumerate(pairs)),
                fuzzer.websocket(random.Random(rng.random()), WEBSOCKET_FRAMES),
                fuzzer.longpoll(random.Random(rng.random()), LONGPOLL_REQUESTS),
                fuzzer.omegle(random.Random(rng.random()), OMEGLE_REQUESTS),
            )
            strays = 0
            for n, (one, two) in enumerate(pairs):
                await asyncio.gather(one.drain(1.0), two.drain(1.0))
                for peer, partner in ((one, "two"), (two, "one")):
                    got = peer.texts()
                    ending = REPLY[partner]
                    want = [
                        f"pair {n} from {partner}, turn {turn}: {ending}"
                        for turn in range(HONEST_MESSAGES)
                    ]
                    strays += len([text for text in got if text not in want])
                    assert got == want, f"pair {n}: {got[:3]}…"
                    assert not peer.ws.closed
        server.process.send_signal(signal.SIGTERM)
        assert server.process.wait(timeout=10) == 0
        printed = server.output()
        TALLY["frames fuzzed"] += fuzzer.frames
        TALLY["cross-session deliveries"] += strays
        assert fuzzer.frames >= 10_000
        assert fuzzer.server_errors == [], [
            line for line in printed.splitlines() if "ERROR" in line
        ]
        assert strays == 0
        assert "Traceback" not in printed, printed[-3000:]
    case_held()
