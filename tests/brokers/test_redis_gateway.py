"""The gateway over Redis: a credential's route finds its holder without asking Redis, Redis
never holds a client's credential, and a lost reply is never taken for an ended session."""

from __future__ import annotations

import aiohttp
import pytest
from aiohttp.test_utils import TestClient
from redis.asyncio import Redis

from strangerchat.appkeys import CHAT, GATEWAY
from strangerchat.brokers import calls
from strangerchat.brokers.redis import RedisBroker
from strangerchat.gateway import Elsewhere
from strangerchat.session import LONGPOLLED
from strangerchat.settings import Settings
from tests.brokers.roundrobin import RoundRobinOmegle, RoundRobinPoller
from tests.strangers import base, ws_stranger


async def everything_in(redis: Redis, prefix: str) -> bytes:
    """Every key under `prefix` and every value it holds, as one blob to search."""
    found: list[bytes] = []
    async for key in redis.scan_iter(match=f"{prefix}*"):
        found.append(key)
        kind = (await redis.type(key)).decode()
        if kind == "string":
            found.append(await redis.get(key) or b"")
        elif kind == "hash":
            for field, value in (await redis.hgetall(key)).items():
                found += [field, value]
        elif kind == "set":
            found += list(await redis.smembers(key))
        elif kind == "zset":
            found += list(await redis.zrange(key, 0, -1))
        elif kind == "list":
            found += list(await redis.lrange(key, 0, -1))
    return b"\n".join(found)


async def test_redis_holds_no_client_credential_during_a_live_chat(
    apps: list[TestClient], http: aiohttp.ClientSession, redis_settings: Settings
) -> None:
    poller = RoundRobinPoller(http, [base(client) for client in apps])
    await poller.open()
    omegle = RoundRobinOmegle(http, [base(apps[1]), base(apps[2])])
    await omegle.start()
    await poller.start()
    await poller.expect("connected")
    assert (await omegle.events())[0] == ["connected"]
    assert await poller.send("send", text="hello") == 204
    assert await omegle.events() == [["gotMessage", "hello"]]
    redis = Redis.from_url(redis_settings.redis_url or "")
    try:
        stored = await everything_in(redis, redis_settings.redis_prefix)
    finally:
        await redis.aclose()
    for credential in (poller.session, omegle.id):
        _, session_id, mac = credential.split(".")
        assert session_id.encode() in stored  # the scan did see the session
        assert credential.encode() not in stored
        assert mac.encode() not in stored


async def test_a_credential_of_another_process_is_called_there_without_asking_redis(
    apps: list[TestClient], http: aiohttp.ClientSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    poller = RoundRobinPoller(http, [base(apps[0])])
    await poller.open()
    target = apps[1].app[GATEWAY].resolve(poller.session, LONGPOLLED)
    assert target == Elsewhere(poller.session.split(".")[1], apps[0].app[CHAT].broker.route)

    async def no_lookup(*args: object) -> bytes | None:
        raise AssertionError("the owner was looked up in Redis")

    monkeypatch.setattr(RedisBroker, "call_owner", no_lookup)
    walker = await ws_stranger(apps[0])
    await walker.start()
    elsewhere = RoundRobinPoller(http, [base(apps[1]), base(apps[2])])
    elsewhere.session = poller.session
    assert await elsewhere.send("start") == 204  # carried to apps[0] by the route alone
    await elsewhere.expect("waiting")
    await elsewhere.expect("connected")
    await walker.send("send", text="by route")
    assert (await elsewhere.expect("message"))["text"] == "by route"


async def test_a_lost_reply_is_a_retryable_503_not_unknown_session(
    apps: list[TestClient], http: aiohttp.ClientSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    poller = RoundRobinPoller(http, [base(apps[0])])
    await poller.open()
    never: list[bytes] = []
    monkeypatch.setattr(calls.Calls, "replied", lambda self, kind, rest: never.append(rest))
    monkeypatch.setattr(apps[1].app[CHAT].remote, "_wait", 0.3)
    elsewhere = RoundRobinPoller(http, [base(apps[1])])
    elsewhere.session = poller.session
    status, _, body = await elsewhere.post(
        "/api/frame", {"session": poller.session, "frame": {"type": "start"}}
    )
    assert never  # the holder did reply; the reply was lost on the way
    assert status == 503
    assert b'"store_unavailable"' in body
