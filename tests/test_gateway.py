"""The gateway: a session credential resolves to the session here, or to the process of its
route; a forged or altered one is refused exactly like an unknown one."""

from __future__ import annotations

import json
from typing import Any

import pytest
from aiohttp.test_utils import TestClient

from strangerchat.appkeys import CHAT, GATEWAY
from strangerchat.credentials import Credentials
from strangerchat.errors import ConfigError
from strangerchat.gateway import Elsewhere
from strangerchat.session import LONGPOLLED, ONLY_OMEGLE
from strangerchat.settings import Settings
from tests.strangers import PollingStranger


def altered(credential: str) -> list[str]:
    """The credential with its route, its id or its MAC changed."""
    route, session_id, mac = credential.split(".")
    flip = {"A": "B"}.get(mac[0], "A")
    return [
        f"other.{session_id}.{mac}",
        f"{route}.{session_id[:-1]}{'x' if session_id[-1] != 'x' else 'y'}.{mac}",
        f"{route}.{session_id}.{flip}{mac[1:]}",
        f"{route}.{session_id}",  # no MAC at all
        session_id,  # the bare id, as Redis knows it
    ]


async def test_a_credential_resolves_to_the_session_held_here(
    client: TestClient, origin: str
) -> None:
    alice = await PollingStranger.connect(client, origin)
    gateway = client.app[GATEWAY]
    route, session_id, _ = alice.session.split(".")
    assert route == gateway.route == client.app[CHAT].broker.route
    session = gateway.resolve(alice.session, LONGPOLLED)
    assert session is client.app[CHAT].find_session(session_id)
    assert gateway.resolve(alice.session, ONLY_OMEGLE) is None  # bound to its transport


async def test_a_credential_of_another_route_resolves_to_that_process(
    client: TestClient,
) -> None:
    chat = client.app[CHAT]
    credential = Credentials(chat.secret).issue("elsewhere", "some-session-id")
    target = client.app[GATEWAY].resolve(credential, LONGPOLLED)
    assert target == Elsewhere("some-session-id", "elsewhere")
    # Signed with another key, the same words name nothing.
    forged = Credentials("another secret, at least 32 characters").issue("elsewhere", "x")
    assert client.app[GATEWAY].resolve(forged, LONGPOLLED) is None


async def test_an_altered_credential_is_refused_like_an_unknown_one(
    client: TestClient, origin: str
) -> None:
    alice = await PollingStranger.connect(client, origin)
    headers = {"Origin": origin}

    async def answers(credential: str) -> list[tuple[int, Any]]:
        got = []
        for path, body in (
            ("/api/frame", {"session": credential, "frame": {"type": "start"}}),
            ("/api/events", {"session": credential, "after": 0}),
        ):
            response = await client.post(path, json=body, headers=headers)
            got.append((response.status, json.loads(await response.read())))
        return got

    unknown = await answers("local.neverexisted0000000000.AAAAAAAAAAAAAAAAAAAAAAAA")
    assert [status for status, _ in unknown] == [404, 404]
    assert all(body["code"] == "unknown_session" for _, body in unknown)
    for credential in altered(alice.session):
        assert await answers(credential) == unknown
    # The session itself is untouched: its own credential still works.
    assert await alice.send("start") == 204


async def test_an_altered_omegle_id_is_refused_like_an_unknown_one(client: TestClient) -> None:
    response = await client.post("/start", params={"firstevents": "1"})
    credential = (await response.json())["clientID"]
    for forged in [*altered(credential), "never-was"]:
        response = await client.post("/send", data={"id": forged, "msg": "hi"})
        assert (response.status, await response.text()) == (
            404,
            "fail: no such chat: it ended or never existed",
        )
        response = await client.post("/events", data={"id": forged})
        assert await response.json() is None
    response = await client.post("/events", data={"id": credential})
    assert await response.json() == [["waiting"]]  # the real id was not spent by the forgeries


@pytest.mark.parametrize("route", ["", "a.b", "x" * 33, "naïve", "a b"])
def test_a_route_that_would_not_fit_in_a_credential_stops_the_start(route: str) -> None:
    with pytest.raises(ConfigError, match="STRANGERCHAT_ROUTE"):
        Settings(route=route)
    assert Settings(route="chat-1_a").route == "chat-1_a"
