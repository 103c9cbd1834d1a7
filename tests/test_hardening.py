"""Transport hardening from SAFETY.md's "Security and reliability", over real sockets."""

from __future__ import annotations

import dataclasses
import json

from aiohttp import WSMsgType
from aiohttp.test_utils import TestClient

from strangerchat.app import MAX_REQUEST_BYTES, create_app
from strangerchat.settings import Settings
from tests.strangers import PollingStranger


async def test_the_websocket_refuses_compression(client: TestClient, origin: str) -> None:
    """No permessage-deflate: a small frame could otherwise inflate into a huge one."""
    ws = await client.ws_connect("/ws", headers={"Origin": origin}, compress=15)
    assert ws.compress == 0
    await ws.close()
    response = await client.get(
        "/ws",
        headers={
            "Origin": origin,
            "Connection": "Upgrade",
            "Upgrade": "websocket",
            "Sec-WebSocket-Version": "13",
            "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ==",
            "Sec-WebSocket-Extensions": "permessage-deflate; client_max_window_bits",
        },
    )
    assert response.status == 101
    assert "Sec-WebSocket-Extensions" not in response.headers
    response.close()


async def test_the_server_pings_every_heartbeat(aiohttp_client, settings: Settings) -> None:
    quick = dataclasses.replace(settings, ws_heartbeat=0.2)
    client: TestClient = await aiohttp_client(create_app(quick))
    origin = f"http://{client.server.host}:{client.server.port}"
    ws = await client.ws_connect("/ws", headers={"Origin": origin}, autoping=False)
    kinds = set()
    while WSMsgType.PING not in kinds:
        kinds.add((await ws.receive(timeout=1.0)).type)
    await ws.close()


async def test_a_request_body_over_the_limit_is_refused(client: TestClient, origin: str) -> None:
    poller = await PollingStranger.connect(client, origin)
    frame = {"type": "send", "text": "x" * MAX_REQUEST_BYTES}
    body = json.dumps({"session": poller.session, "frame": frame})
    response = await client.post(
        "/api/frame",
        data=body,
        headers={"Origin": origin, "Content-Type": "application/json"},
    )
    assert response.status == 413


async def test_the_partner_never_sees_a_session_id(
    client: TestClient, origin: str, stranger
) -> None:
    web_user = await stranger()
    poller = await PollingStranger.connect(client, origin)
    await poller.start()
    await web_user.start()
    await web_user.expect("connected")
    await poller.expect("connected")
    await poller.send("send", text="hello")
    await web_user.expect("message")
    await poller.send("typing")
    await web_user.expect("typing")
    await poller.send("disconnect")
    await web_user.expect("stranger_disconnected")
    seen = json.dumps(web_user.seen)
    assert len(poller.session) >= 22  # 128 random bits (test_session.py)
    assert poller.session not in seen
    assert poller.session not in json.dumps(poller.received)  # nor its own, in events
