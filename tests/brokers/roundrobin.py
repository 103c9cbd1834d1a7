"""Clients that send each request to the next server in turn, as a round-robin balancer does."""

from __future__ import annotations

import asyncio
import itertools
import json
from typing import Any

import aiohttp

TIMEOUT = 3.0


class RoundRobin:
    """POSTs to several servers in turn; every request names its server as its Origin."""

    def __init__(self, http: aiohttp.ClientSession, servers: list[str]) -> None:
        self.http = http
        self._servers = itertools.cycle(servers)

    async def post(self, path: str, **kwargs: Any) -> tuple[int, bytes]:
        server = next(self._servers)
        headers = {"Origin": server}
        async with self.http.post(server + path, headers=headers, **kwargs) as response:
            return response.status, await response.read()


class RoundRobinPoller(RoundRobin):
    """A long-poll client; `received` keeps every event every poll returned, repeats included."""

    def __init__(self, http: aiohttp.ClientSession, servers: list[str]) -> None:
        super().__init__(http, servers)
        self.session = ""
        self.last_seq = 0
        self.received: list[dict[str, Any]] = []
        self._unread: list[dict[str, Any]] = []

    async def open(self) -> None:
        status, body = await self.post("/api/session")
        assert status == 200, body
        self.session = json.loads(body)["session"]

    async def send(self, type_: str, **fields: Any) -> int:
        frame = {"type": type_, **fields}
        status, _ = await self.post("/api/frame", json={"session": self.session, "frame": frame})
        return status

    async def start(self) -> None:
        assert await self.send("start") == 204
        await self.expect("waiting")

    async def poll(self) -> list[dict[str, Any]]:
        body = {"session": self.session, "after": self.last_seq}
        status, answer = await self.post("/api/events", json=body)
        assert status == 200, answer
        events: list[dict[str, Any]] = json.loads(answer)["events"]
        self.received.extend(events)
        if events:
            self.last_seq = events[-1]["seq"]
        return events

    async def expect(self, type_: str, timeout: float = TIMEOUT) -> dict[str, Any]:
        """The next event other than a count, which must be of `type_`."""
        async with asyncio.timeout(timeout):
            while True:
                if not self._unread:
                    self._unread = await self.poll()
                    continue
                event = self._unread.pop(0)
                if event["type"] == type_:
                    return event
                assert event["type"] == "count", f"expected {type_}, got {event}"


class RoundRobinOmegle(RoundRobin):
    """A classic Omegle API client: a form post per call, the id in every one."""

    def __init__(self, http: aiohttp.ClientSession, servers: list[str]) -> None:
        super().__init__(http, servers)
        self.id = ""

    async def start(self, topics: str = "[]") -> Any:
        """/start with firstevents=1: the first answer, which must hold the id."""
        status, body = await self.post("/start", params={"firstevents": "1", "topics": topics})
        assert status == 200, body
        answer = json.loads(body)
        self.id = answer["clientID"]
        return answer["events"]

    async def events(self) -> Any:
        status, body = await self.post("/events", data={"id": self.id})
        assert status == 200, body
        return json.loads(body)

    async def call(self, path: str, **fields: str) -> tuple[int, str]:
        status, body = await self.post(path, data={"id": self.id, **fields})
        return status, body.decode()
