"""Prove a chat works through a running server: two WebSocket strangers pass the entry gate (as
a browser does: a solved proof of work and an adult's date of birth), match and talk.

    python scripts/chat_probe.py http://127.0.0.1:8080
"""

from __future__ import annotations

import asyncio
import json
import sys
from typing import Any

import aiohttp
import altcha

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


async def pass_gate(http: aiohttp.ClientSession, base_url: str, headers: dict[str, str]) -> None:
    """Solve a challenge and declare an adult; the gate's cookie then rides on every request."""
    async with http.get(f"{base_url}/challenge") as response:
        challenge = altcha.Challenge.from_dict(await response.json())
    solution = await asyncio.to_thread(altcha.solve_challenge, challenge)
    if solution is None:
        raise RuntimeError("could not solve the proof of work in time")
    answer: dict[str, object] = {"day": 1, "month": 1, "year": 1990, "accept": True}
    answer["pow"] = altcha.Payload(challenge, solution).to_base64()
    async with http.post(f"{base_url}/gate", json=answer, headers=headers) as response:
        if response.status == 404:
            return  # the server runs with the gate off
        verdict = await response.json()
        assert verdict == {"verdict": "adult"}, verdict


async def probe(base_url: str) -> None:
    headers = {"Origin": base_url.rstrip("/")}
    # unsafe=True: keep cookies from a bare IP address too, as the container's URL is.
    async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as http:
        await pass_gate(http, base_url, headers)
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
