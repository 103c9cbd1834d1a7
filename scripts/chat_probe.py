"""Prove a chat works through a running server: two WebSocket strangers match and talk.

    python scripts/chat_probe.py http://127.0.0.1:8080
"""

from __future__ import annotations

import asyncio
import json
import sys
from typing import Any

import aiohttp

TIMEOUT = 10.0


async def next_event(ws: aiohttp.ClientWebSocketResponse, wanted: str) -> dict[str, Any]:
    """The next event of type `wanted`, skipping online counts and the like."""
    while True:
        message = await ws.receive(timeout=TIMEOUT)
        if message.type is not aiohttp.WSMsgType.TEXT:
            raise RuntimeError(f"socket closed while waiting for {wanted}: {message}")
        event: dict[str, Any] = json.loads(message.data)
        if event["type"] == wanted:
            return event


async def probe(base_url: str) -> None:
    headers = {"Origin": base_url.rstrip("/")}
    async with aiohttp.ClientSession() as http:
        alice = await http.ws_connect(f"{base_url}/ws", headers=headers)
        bob = await http.ws_connect(f"{base_url}/ws", headers=headers)
        for ws in (alice, bob):
            await ws.send_str(json.dumps({"type": "start", "interests": ["probe"]}))
        for ws in (alice, bob):
            connected = await next_event(ws, "connected")
            assert connected["interests"] == ["probe"], connected
        await alice.send_str(json.dumps({"type": "send", "text": "hello through the container"}))
        got = await next_event(bob, "message")
        assert got["text"] == "hello through the container", got
        await bob.send_str(json.dumps({"type": "disconnect"}))
        await next_event(alice, "stranger_disconnected")
        for ws in (alice, bob):
            await ws.close()


def main() -> None:
    url = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8080"
    asyncio.run(probe(url))
    print(f"chat probe: two strangers matched and chatted through {url}")


if __name__ == "__main__":
    main()
