"""SIGTERM with live chats: every client is told, sockets close with 1001, the process exits 0."""

from __future__ import annotations

import asyncio
import json
import signal

import aiohttp

from strangerchat.appkeys import CHAT
from tests.server_process import server_process

SHUTDOWN_TIMEOUT = 5.0


async def websocket_pair(
    http: aiohttp.ClientSession, url: str
) -> list[aiohttp.ClientWebSocketResponse]:
    sockets = [await http.ws_connect(f"{url}/ws", headers={"Origin": url}) for _ in range(2)]
    for ws in sockets:
        await ws.send_str(json.dumps({"type": "start"}))
    for ws in sockets:
        while json.loads((await ws.receive(timeout=5)).data)["type"] != "connected":
            pass
    return sockets


async def polling_pair(http: aiohttp.ClientSession, url: str) -> list[str]:
    headers = {"Origin": url}
    ids = []
    for _ in range(2):
        async with http.post(f"{url}/api/session", headers=headers) as response:
            ids.append((await response.json())["session"])
        frame = {"session": ids[-1], "frame": {"type": "start"}}
        async with http.post(f"{url}/api/frame", json=frame, headers=headers) as response:
            assert response.status == 204
    return ids


async def events_until_closed(ws: aiohttp.ClientWebSocketResponse) -> list[str]:
    types = []
    while (message := await ws.receive(timeout=10)).type is aiohttp.WSMsgType.TEXT:
        types.append(json.loads(message.data)["type"])
    return types


async def held_poll(http: aiohttp.ClientSession, url: str, session: str) -> list[str]:
    """Poll from after everything seen so far, so the answer holds only what comes next."""
    headers = {"Origin": url}
    body = {"session": session, "after": 0}
    async with http.post(f"{url}/api/events", json=body, headers=headers) as response:
        seen = (await response.json())["events"]
    body["after"] = seen[-1]["seq"]
    async with http.post(f"{url}/api/events", json=body, headers=headers) as response:
        return [event["type"] for event in (await response.json())["events"]]


async def test_sigterm_tells_every_client_and_exits_cleanly() -> None:
    args = ("--shutdown-timeout", str(SHUTDOWN_TIMEOUT), "--age-gate", "off")
    with server_process(*args) as server:
        async with aiohttp.ClientSession() as http:
            sockets = await websocket_pair(http, server.url)
            pollers = await polling_pair(http, server.url)
            await asyncio.sleep(0.3)  # let the pollers match
            polls = [asyncio.create_task(held_poll(http, server.url, p)) for p in pollers]
            closing = [asyncio.create_task(events_until_closed(ws)) for ws in sockets]
            await asyncio.sleep(0.3)
            server.process.send_signal(signal.SIGTERM)
            for events in await asyncio.gather(*closing):
                assert "server_restarting" in events
                # Neither hears that the other left before it hears of the restart.
                before = events[: events.index("server_restarting")]
                assert "stranger_disconnected" not in before
            assert [ws.close_code for ws in sockets] == [1001, 1001]
            for events in await asyncio.gather(*polls):
                assert "server_restarting" in events
        # The wait's timeout guards the test only: how long the exit took is not asserted.
        assert server.process.wait(timeout=SHUTDOWN_TIMEOUT + 5) == 0


async def test_no_session_opens_once_shutdown_has_begun(client, origin) -> None:
    await client.app[CHAT].shut_down()
    headers = {"Origin": origin}
    for answer in (
        await client.post("/api/session", headers=headers),
        await client.get("/ws", headers=headers),
        await client.get("/start"),
    ):
        assert answer.status == 503
        assert (await answer.json())["code"] == "server_restarting"


async def test_partners_hear_of_the_restart_before_anyone_leaves(client, origin) -> None:
    url = f"http://{client.server.host}:{client.server.port}"
    async with aiohttp.ClientSession() as http:
        sockets = await websocket_pair(http, url)
        closing = [asyncio.create_task(events_until_closed(ws)) for ws in sockets]
        await asyncio.sleep(0.1)
        await client.app[CHAT].shut_down()
        for events in await asyncio.gather(*closing):
            assert events[0] == "server_restarting", events
