"""Test clients that speak the project's protocol over a real WebSocket or the long-poll API."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from aiohttp import ClientWebSocketResponse, WSMsgType
from aiohttp.test_utils import TestClient

TIMEOUT = 3.0


class Stranger:
    """One WebSocket client; `expect` skips online counts unless asked for them."""

    def __init__(self, ws: ClientWebSocketResponse) -> None:
        self.ws = ws
        self.seen: list[dict[str, Any]] = []

    async def send(self, type_: str, **fields: Any) -> None:
        await self.ws.send_str(json.dumps({"type": type_, **fields}))

    async def next_event(self, timeout: float = TIMEOUT) -> dict[str, Any]:
        message = await self.ws.receive(timeout=timeout)
        assert message.type is WSMsgType.TEXT, f"expected an event, got {message}"
        event: dict[str, Any] = json.loads(message.data)
        self.seen.append(event)
        return event

    async def expect(self, type_: str, timeout: float = TIMEOUT) -> dict[str, Any]:
        return await self.expect_any(type_, timeout=timeout)

    async def expect_any(self, *types: str, timeout: float = TIMEOUT) -> dict[str, Any]:
        """The next event other than a count, which must be one of `types`."""
        while True:
            event = await self.next_event(timeout)
            if event["type"] in types:
                return event
            assert event["type"] == "count", f"expected one of {types}, got {event}"

    async def start(self, interests: list[str] | None = None, **fields: Any) -> None:
        await self.send("start", interests=interests or [], **fields)
        await self.expect("waiting")

    async def quiet(self, seconds: float = 0.3) -> list[dict[str, Any]]:
        """Everything but counts that arrives within `seconds` (expected: nothing)."""
        got = []
        try:
            while True:
                event = await self.next_event(seconds)
                if event["type"] != "count":
                    got.append(event)
        except TimeoutError:
            return got


class PollingStranger:
    """One long-poll client: frames by POST, events by held polls that acknowledge by seq."""

    def __init__(self, client: TestClient, origin: str, session: str) -> None:
        self.client = client
        self.headers = {"Origin": origin}
        self.session = session
        self.last_seq = 0
        self.pending: list[dict[str, Any]] = []

    @classmethod
    async def open(cls, client: TestClient, origin: str) -> PollingStranger:
        response = await client.post("/api/session", headers={"Origin": origin})
        assert response.status == 200
        return cls(client, origin, (await response.json())["session"])

    async def send(self, type_: str, **fields: Any) -> int:
        frame = {"type": type_, **fields}
        response = await self.client.post(
            "/api/frame", json={"session": self.session, "frame": frame}, headers=self.headers
        )
        return response.status

    async def start(self, interests: list[str] | None = None) -> None:
        assert await self.send("start", interests=interests or []) == 204
        await self.expect("waiting")

    async def poll(self, after: int | None = None) -> list[dict[str, Any]]:
        after = self.last_seq if after is None else after
        response = await self.client.post(
            "/api/events", json={"session": self.session, "after": after}, headers=self.headers
        )
        assert response.status == 200, await response.text()
        assert response.content_type == "application/json"
        events: list[dict[str, Any]] = (await response.json())["events"]
        if events:
            self.last_seq = events[-1]["seq"]
        return events

    async def expect(self, type_: str, timeout: float = TIMEOUT) -> dict[str, Any]:
        async with asyncio.timeout(timeout):
            while True:
                if not self.pending:
                    self.pending = await self.poll()
                    continue
                event = self.pending.pop(0)
                if event["type"] == type_:
                    return event
                assert event["type"] == "count", f"expected {type_}, got {event}"
