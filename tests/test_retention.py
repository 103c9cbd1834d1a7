"""Retention: logs and Redis keep no message text, no raw address and no session id.

The evidence kept for reports (a chat's last messages, held while it lasts plus a few minutes)
is given a short retention here and waited out; tests/test_report_storage.py scans for it in
depth.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import signal
from typing import Any

import aiohttp
from redis.asyncio import Redis

from strangerchat.app import create_app
from strangerchat.settings import Settings
from tests.redis_server import RedisServer
from tests.server_process import server_process

CANARY = "quokkacanaryzebra"  # letters only: no text rule changes it
ADDRESS = "127.0.0.9"  # the clients' own: the server listens on 127.0.0.1


async def chat_with_canary(http: aiohttp.ClientSession, url: str) -> str:
    """A WebSocket stranger and a long-poll stranger swap the canary and part; the poller's id."""
    headers = {"Origin": url}
    ws = await http.ws_connect(f"{url}/ws", headers=headers)
    async with http.post(f"{url}/api/session", headers=headers) as response:
        poller = (await response.json())["session"]

    async def frame(body: dict[str, Any]) -> None:
        payload = {"session": poller, "frame": body}
        async with http.post(f"{url}/api/frame", json=payload, headers=headers) as response:
            assert response.status in (204, 400), await response.text()

    await ws.send_str(json.dumps({"type": "start"}))
    await frame({"type": "start"})
    while json.loads((await ws.receive(timeout=5)).data)["type"] != "connected":
        pass
    await frame({"type": "send", "text": f"hello {CANARY}"})
    await ws.send_str(json.dumps({"type": "send", "text": f"{CANARY} back"}))
    await frame({"type": "bogus", "text": CANARY})  # a refused frame is not logged either
    while json.loads((await ws.receive(timeout=5)).data)["type"] != "message":
        pass
    await ws.send_str(json.dumps({"type": "block"}))
    await ws.close()
    return str(poller)


def _connector() -> aiohttp.TCPConnector:
    return aiohttp.TCPConnector(local_addr=(ADDRESS, 0))


async def test_the_log_holds_no_message_text_address_or_session_id() -> None:
    with server_process("--age-gate", "off", "--log-format", "json") as server:
        async with aiohttp.ClientSession(connector=_connector()) as http:
            poller = await chat_with_canary(http, server.url)
        server.process.send_signal(signal.SIGTERM)
        assert server.process.wait(timeout=15) == 0
        output = server.output()
    assert '"listening on' in output  # the log was there to read
    for secret in (CANARY, ADDRESS, poller):
        assert secret not in output


async def test_redis_holds_no_message_text_or_raw_address(
    aiohttp_client,  # type: ignore[no-untyped-def]
    settings: Settings,
    redis_server: RedisServer,
    redis_prefix: str,
) -> None:
    shared = dataclasses.replace(
        settings, redis_url=redis_server.url, redis_prefix=redis_prefix, evidence_retention=0.2
    )
    client = await aiohttp_client(create_app(shared))
    url = f"http://{client.server.host}:{client.server.port}"
    async with aiohttp.ClientSession(connector=_connector()) as http:
        poller = await chat_with_canary(http, url)
    await asyncio.sleep(0.5)  # past the evidence's retention
    async with Redis.from_url(redis_server.url) as redis:
        stored = [key async for key in redis.scan_iter(match=redis_prefix + "*")]
        blocks = [key for key in stored if b"blocks:" in key]
        assert blocks  # the block is there, by hashes: it outlives the sessions by a day
        dump = b"".join([key + await _contents(redis, key) for key in stored])
        blocks_dump = b"".join([key + await _contents(redis, key) for key in blocks])
    assert CANARY.encode() not in dump
    assert ADDRESS.encode() not in dump
    assert poller.encode() not in blocks_dump


async def _contents(redis: Redis, key: bytes) -> bytes:
    """Everything a key holds, as plain bytes (DUMP would compress long values)."""
    kind = await redis.type(key)
    if kind == b"hash":
        return b" ".join(b"%s=%s" % pair for pair in (await redis.hgetall(key)).items())
    if kind == b"zset":
        return b" ".join(await redis.zrange(key, 0, -1))
    if kind == b"list":
        return b" ".join(await redis.lrange(key, 0, -1))
    if kind == b"set":
        return b" ".join(await redis.smembers(key))
    if kind == b"string":
        return bytes(await redis.get(key) or b"")
    raise AssertionError(f"a key of an unexpected type: {key!r} {kind!r}")
