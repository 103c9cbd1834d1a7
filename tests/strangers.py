"""Test clients that speak the project's protocol over a real WebSocket or the long-poll API."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from aiohttp import ClientWebSocketResponse, WSMsgType, web
from aiohttp.test_utils import TestClient

from strangerchat.appkeys import GATEWAY
from strangerchat.session import POLLED, RESUMABLE, Session

TIMEOUT = 3.0
EVERY_TRANSPORT = POLLED | RESUMABLE
# Events a test skips unless it asks for them: counts, and a session's resume credential.
QUIET = ("count", "session")


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
            assert event["type"] in QUIET, f"expected one of {types}, got {event}"

    async def start(self, interests: list[str] | None = None, **fields: Any) -> None:
        await self.send("start", interests=interests or [], **fields)
        await self.expect("waiting")

    async def quiet(self, seconds: float = 0.3) -> list[dict[str, Any]]:
        """Everything but counts that arrives within `seconds` (expected: nothing)."""
        got = []
        try:
            while True:
                event = await self.next_event(seconds)
                if event["type"] not in QUIET:
                    got.append(event)
        except TimeoutError:
            return got


class LongPollClient:
    """The long-poll API over any way of posting: frames by POST, held polls that acknowledge by
    seq. `received` keeps every event every poll returned, repeats included."""

    def __init__(self) -> None:
        self.session = ""
        self.last_seq = 0
        self.received: list[dict[str, Any]] = []
        self.pending: list[dict[str, Any]] = []

    async def post(self, path: str, body: dict[str, Any] | None) -> tuple[int, str, bytes]:
        """Status, content type and body of one POST."""
        raise NotImplementedError

    async def open(self) -> None:
        status, _, answer = await self.post("/api/session", None)
        assert status == 200, answer
        self.session = json.loads(answer)["session"]

    async def send(self, type_: str, **fields: Any) -> int:
        frame = {"type": type_, **fields}
        status, _, _ = await self.post("/api/frame", {"session": self.session, "frame": frame})
        return status

    async def start(self, interests: list[str] | None = None) -> None:
        assert await self.send("start", interests=interests or []) == 204
        await self.expect("waiting")

    async def poll(self, after: int | None = None) -> list[dict[str, Any]]:
        after = self.last_seq if after is None else after
        body = {"session": self.session, "after": after}
        status, content_type, answer = await self.post("/api/events", body)
        assert status == 200, answer
        assert content_type == "application/json"
        events: list[dict[str, Any]] = json.loads(answer)["events"]
        self.received.extend(events)
        if events:
            self.last_seq = events[-1]["seq"]
        return events

    async def expect(self, type_: str, timeout: float = TIMEOUT) -> dict[str, Any]:
        """The next event other than a count, which must be of `type_`."""
        async with asyncio.timeout(timeout):
            while True:
                if not self.pending:
                    self.pending = await self.poll()
                    continue
                event = self.pending.pop(0)
                if event["type"] == type_:
                    return event
                assert event["type"] == "count", f"expected {type_}, got {event}"


class PollingStranger(LongPollClient):
    """One long-poll client of a test server."""

    def __init__(self, client: TestClient, origin: str) -> None:
        super().__init__()
        self.client = client
        self.headers = {"Origin": origin}

    @classmethod
    async def connect(cls, client: TestClient, origin: str) -> PollingStranger:
        stranger = cls(client, origin)
        await stranger.open()
        return stranger

    async def post(self, path: str, body: dict[str, Any] | None) -> tuple[int, str, bytes]:
        response = await self.client.post(path, json=body, headers=self.headers)
        return response.status, response.content_type, await response.read()


def base(client: TestClient) -> str:
    """A test server's URL, which is also the Origin it accepts."""
    return f"http://{client.server.host}:{client.server.port}"


async def ws_stranger(client: TestClient) -> Stranger:
    """A WebSocket stranger on that test server."""
    return Stranger(await client.ws_connect("/ws", headers={"Origin": base(client)}))


def held_session(app: web.Application, credential: str) -> Session | None:
    """The session a long-poll or Omegle credential names, if this app holds it."""
    target = app[GATEWAY].resolve(credential, EVERY_TRANSPORT)
    return target if isinstance(target, Session) else None
