"""Clients that send each request to the next server in turn, as a round-robin balancer does."""

from __future__ import annotations

import itertools
import json
from typing import Any

import aiohttp

from tests.strangers import LongPollClient

TIMEOUT = 3.0


class RoundRobin:
    """POSTs to several servers in turn; every request names its server as its Origin."""

    def __init__(self, http: aiohttp.ClientSession, servers: list[str]) -> None:
        self.http = http
        self._servers = itertools.cycle(servers)

    async def post(self, path: str, **kwargs: Any) -> tuple[int, bytes]:
        status, _, body = await self.post_typed(path, **kwargs)
        return status, body

    async def post_typed(self, path: str, **kwargs: Any) -> tuple[int, str, bytes]:
        """Status, content type and body."""
        server = next(self._servers)
        headers = {"Origin": server}
        async with self.http.post(server + path, headers=headers, **kwargs) as response:
            return response.status, response.content_type, await response.read()


class RoundRobinPoller(LongPollClient):
    """A long-poll client whose requests go to each server in turn."""

    def __init__(self, http: aiohttp.ClientSession, servers: list[str]) -> None:
        super().__init__()
        self._servers = RoundRobin(http, servers)

    async def post(self, path: str, body: dict[str, Any] | None) -> tuple[int, str, bytes]:
        return await self._servers.post_typed(path, json=body)


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
