"""Clients of a server running as a process of its own (tests/server_process.py)."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import aiohttp

TIMEOUT = 5.0


class Peer:
    """One WebSocket client; keeps every event it received."""

    def __init__(self, ws: aiohttp.ClientWebSocketResponse) -> None:
        self.ws = ws
        self.events: list[dict[str, Any]] = []

    @classmethod
    async def open(cls, http: aiohttp.ClientSession, url: str) -> Peer:
        return cls(await http.ws_connect(f"{url}/ws", headers={"Origin": url}))

    async def send(self, type_: str, **fields: Any) -> None:
        await self.ws.send_str(json.dumps({"type": type_, **fields}))

    async def until(self, *types: str, timeout: float = TIMEOUT) -> dict[str, Any]:
        """The next event of one of `types`; AssertionError if the socket closes first."""
        async with asyncio.timeout(timeout):
            while True:
                message = await self.ws.receive()
                assert message.type is aiohttp.WSMsgType.TEXT, f"closed waiting for {types}"
                event: dict[str, Any] = json.loads(message.data)
                self.events.append(event)
                if event["type"] in types:
                    return event

    async def drain(self, seconds: float) -> None:
        """Read whatever comes for `seconds` (or until the socket closes)."""
        with_deadline = asyncio.timeout(seconds)
        try:
            async with with_deadline:
                while (message := await self.ws.receive()).type is aiohttp.WSMsgType.TEXT:
                    self.events.append(json.loads(message.data))
        except TimeoutError:
            pass

    def texts(self) -> list[str]:
        return [event["text"] for event in self.events if event["type"] == "message"]


async def pair(http: aiohttp.ClientSession, first: str, second: str) -> tuple[Peer, Peer]:
    """Two WebSocket strangers, on the servers at `first` and `second`, matched to each other."""
    one, two = await Peer.open(http, first), await Peer.open(http, second)
    for peer in (one, two):
        await peer.send("start")
    await asyncio.gather(one.until("connected"), two.until("connected"))
    return one, two


async def chat_once(http: aiohttp.ClientSession, first: str, second: str, text: str) -> bool:
    """Whether a fresh pair matches and one message gets across; both sockets closed after."""
    one: Peer | None = None
    two: Peer | None = None
    try:
        one, two = await pair(http, first, second)
        await one.send("send", text=text)
        return (await two.until("message"))["text"] == text
    except (AssertionError, TimeoutError, aiohttp.ClientError):
        return False
    finally:
        for peer in (one, two):
            if peer is not None:
                await peer.ws.close()
