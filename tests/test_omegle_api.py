"""The classic Omegle HTTP API through real sockets: every endpoint and compatibility rule."""

from __future__ import annotations

import asyncio
import json
import re
import urllib.robotparser
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient

from strangerchat.app import create_app
from strangerchat.errors import ConfigError
from strangerchat.settings import Settings, load_settings
from tests.strangers import PollingStranger, Stranger

HOLD = 1.0  # the conftest settings' poll_hold
DIGESTS = re.compile(r"[0-9a-f]{32}(,[0-9a-f]{32}){3}")
FORM = "application/x-www-form-urlencoded"
API_PATHS = [
    "/status",
    "/start",
    "/events",
    "/send",
    "/typing",
    "/stoppedtyping",
    "/disconnect",
    "/stoplookingforcommonlikes",
]


class OmegleUser:
    """A raw Omegle-API client: query-string starts, form posts, JSON answers checked."""

    def __init__(self, client: TestClient | aiohttp.ClientSession, client_id: str) -> None:
        self.client = client
        self.id = client_id

    @classmethod
    async def start(
        cls, client: TestClient | aiohttp.ClientSession, topics: list[str] | None = None
    ) -> OmegleUser:
        """Start with firstevents=1, which must answer `waiting` and nothing else."""
        params = {"firstevents": "1", "randid": "ABCD2345", "lang": "en"}
        if topics is not None:
            params["topics"] = json.dumps(topics)
        answer = await json_of(await client.get("/start", params=params))
        assert answer == {"clientID": answer["clientID"], "events": [["waiting"]]}
        return cls(client, answer["clientID"])

    async def events(self) -> Any:
        return await json_of(await self.client.post("/events", data={"id": self.id}))

    async def call(self, path: str, **fields: str) -> tuple[int, str]:
        response = await self.client.post(path, data={"id": self.id, **fields})
        return response.status, await response.text()

    async def send(self, text: str) -> None:
        assert await self.call("/send", msg=text) == (200, "win")

    async def connected(self, likes: list[str]) -> None:
        answer = await self.events()
        assert answer[:2] == [["connected"], ["commonLikes", likes]]
        assert len(answer) == 3
        assert answer[2][0] == "identDigests"
        assert DIGESTS.fullmatch(answer[2][1])


async def json_of(response: Any) -> Any:
    assert response.status == 200, await response.text()
    assert response.content_type == "application/json"
    return json.loads(await response.read())


async def raw_http(client: TestClient, head: str, form: bytes = b"") -> tuple[int, bytes, bytes]:
    """One request with no headers but Host and the form's: no User-Agent, Origin or cookie."""
    reader, writer = await asyncio.open_connection(client.host, client.port)
    writer.write(
        f"{head} HTTP/1.1\r\nHost: {client.host}\r\nConnection: close\r\n".encode()
        + f"Content-Type: {FORM}\r\nContent-Length: {len(form)}\r\n\r\n".encode()
        + form
    )
    data = await reader.read()
    writer.close()
    await writer.wait_closed()
    headers, _, payload = data.partition(b"\r\n\r\n")
    return int(headers.split()[1]), headers, payload


@pytest.fixture
async def pair(client: TestClient) -> tuple[OmegleUser, OmegleUser]:
    alice = await OmegleUser.start(client)
    bob = await OmegleUser.start(client)
    await alice.connected([])
    await bob.connected([])
    return alice, bob


async def test_status_counts_everyone_online_and_names_a_server(client, stranger) -> None:
    await OmegleUser.start(client)
    await OmegleUser.start(client)
    await stranger()
    status = await json_of(await client.get("/status", params={"nocache": "0.1", "randid": "X"}))
    assert status["count"] == 3
    assert status["servers"] == [f"{client.host}:{client.port}"]


@pytest.mark.parametrize("method", ["GET", "POST"])
async def test_start_without_firstevents_answers_the_id_as_a_json_string(client, method) -> None:
    response = await client.request(method, "/start", params={"rcs": "1", "spid": ""})
    client_id = await json_of(response)
    assert isinstance(client_id, str)
    assert len(client_id) >= 16
    # `waiting` then comes as the first answer to /events.
    assert await OmegleUser(client, client_id).events() == [["waiting"]]


async def test_waiting_comes_first_even_when_a_partner_is_ready(client) -> None:
    first = await json_of(await client.get("/start"))
    second = await OmegleUser.start(client)  # a partner is waiting: the match is immediate
    await asyncio.sleep(0.1)  # `connected` is queued for both by now
    alice = OmegleUser(client, first)
    assert await alice.events() == [["waiting"]]
    await alice.connected([])
    await second.connected([])


@pytest.mark.parametrize(
    "query",
    [
        "topics=%5B%22Music%22%2C%22chess%22%5D",  # URL-encoded
        'topics=["Music","chess"]',  # not URL-encoded at all
        "topics=[%22Music%22,%20%22chess%22]",  # partly, as `requests` sends it
        "topics=%255B%2522Music%2522%255D",  # encoded twice
    ],
    ids=["encoded", "raw", "partly", "twice"],
)
async def test_topics_are_read_url_encoded_or_not(client, query: str) -> None:
    status, _, body = await raw_http(client, f"GET /start?firstevents=1&{query}")
    assert status == 200, body
    alice = OmegleUser(client, json.loads(body)["clientID"])
    bob = await OmegleUser.start(client, ["music", "go"])
    await alice.connected(["music"])
    await bob.connected(["music"])


async def test_common_likes_is_empty_when_an_interest_search_fell_back(client) -> None:
    alice = await OmegleUser.start(client, ["knitting"])
    bob = await OmegleUser.start(client)
    await alice.connected([])  # after interest_wait, anyone will do
    await bob.connected([])


@pytest.mark.parametrize("settings", [Settings(interest_wait=60)])
async def test_stop_looking_for_common_likes_widens_the_search_now(client) -> None:
    alice = await OmegleUser.start(client, ["knitting"])
    bob = await OmegleUser.start(client)
    waited = asyncio.create_task(alice.events())
    await asyncio.sleep(0.2)
    assert not waited.done()  # nobody shares knitting, and interest_wait is long
    assert await alice.call("/stoplookingforcommonlikes") == (200, "win")
    answer = await waited
    assert answer[:2] == [["connected"], ["commonLikes", []]]
    await bob.connected([])


async def test_one_event_per_answer_and_nothing_lost_between_polls(pair) -> None:
    alice, bob = pair
    sent = [f"message {n}" for n in range(30)]
    assert await bob.call("/typing") == (200, "win")
    for text in sent:
        await bob.send(text)
    assert await bob.call("/stoppedtyping") == (200, "win")
    # alice polls only now: every event waited in the outbox, and comes alone.
    assert await alice.events() == [["typing"]]
    for text in sent:
        assert await alice.events() == [["gotMessage", text]]
    assert await alice.events() == [["stoppedTyping"]]


async def test_a_held_poll_answers_as_soon_as_an_event_arrives(pair) -> None:
    alice, bob = pair
    loop = asyncio.get_running_loop()
    began = loop.time()
    held = asyncio.create_task(alice.events())
    await asyncio.sleep(0.2)
    assert not held.done()
    await bob.send("hi")
    assert await held == [["gotMessage", "hi"]]
    assert loop.time() - began < HOLD


async def test_a_hold_with_nothing_new_restates_waiting_never_an_empty_array(
    client, stranger
) -> None:
    alice = await OmegleUser.start(client)
    loop = asyncio.get_running_loop()
    began = loop.time()
    held = asyncio.create_task(alice.events())
    await asyncio.sleep(0.3)
    await stranger()  # the online count changes: counts are not answers
    assert await held == [["waiting"]]
    assert loop.time() - began >= HOLD * 0.9


async def test_a_quiet_chat_restates_stopped_typing_never_an_empty_array(pair) -> None:
    alice, _ = pair
    assert await alice.events() == [["stoppedTyping"]]


async def test_a_newer_poll_takes_over_and_the_older_takes_nothing(pair) -> None:
    alice, bob = pair
    older = asyncio.create_task(alice.events())
    await asyncio.sleep(0.1)
    newer = asyncio.create_task(alice.events())
    assert await asyncio.wait_for(older, HOLD / 2) == [["stoppedTyping"]]
    await bob.send("for the newer one")
    assert await newer == [["gotMessage", "for the newer one"]]


@pytest.fixture
async def served(settings: Settings):  # type: ignore[no-untyped-def]
    """The app served as `strangerchat` serves it: a handler goes on when its client leaves."""
    runner = web.AppRunner(create_app(settings), handler_cancellation=False)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    async with aiohttp.ClientSession(base_url=f"http://127.0.0.1:{port}") as session:
        yield session, port
    await runner.cleanup()


async def test_an_abandoned_poll_takes_nothing(served) -> None:
    session, port = served
    alice, bob = await OmegleUser.start(session), await OmegleUser.start(session)
    await alice.connected([])
    await bob.connected([])
    _, writer = await asyncio.open_connection("127.0.0.1", port)
    form = f"id={alice.id}".encode()
    writer.write(
        f"POST /events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: {FORM}\r\n".encode()
        + f"Content-Length: {len(form)}\r\n\r\n".encode()
        + form
    )
    await writer.drain()
    await asyncio.sleep(0.2)  # the poll is held now; its client gives up on it
    writer.close()
    await writer.wait_closed()
    await asyncio.sleep(0.1)
    await bob.send("kept for the next poll")
    assert await alice.events() == [["gotMessage", "kept for the next poll"]]


async def test_text_is_delivered_byte_exact(client, pair) -> None:
    alice, bob = pair
    texts = [
        "<b>not html</b> &amp; 'single' \"double\" \\ back",
        "line one\nline two\r\n\r\n  indented\ttab",
        "😀👍🏽 日本語 Ωμέγα русский עברית العربية \u200b",
        "+%20&id=not-a-field= ?#",
        "x😀ü" * 666 + "xy",  # 2,000 characters
    ]
    for text in texts:
        await alice.send(text)
    for text in texts:
        response = await client.post("/events", data={"id": bob.id})
        body = await response.read()
        assert json.loads(body) == [["gotMessage", text]]
    assert len(texts[-1]) == 2000


async def test_html_is_not_escaped_in_the_answer_bytes(client, pair) -> None:
    alice, bob = pair
    await alice.send("<i>hi</i> & 😀")
    response = await client.post("/events", data={"id": bob.id})
    assert await response.read() == '[["gotMessage","<i>hi</i> & 😀"]]'.encode()


async def test_write_calls_answer_win_and_reach_the_partner_alone(pair) -> None:
    alice, bob = pair
    assert await alice.call("/typing") == (200, "win")
    assert await alice.call("/send", msg="hello") == (200, "win")
    assert await alice.call("/stoppedtyping") == (200, "win")
    assert await bob.events() == [["typing"]]
    assert await bob.events() == [["gotMessage", "hello"]]
    assert await bob.events() == [["stoppedTyping"]]
    assert await alice.events() == [["stoppedTyping"]]  # the restated quiet, nothing of her own


async def test_disconnect_tells_the_stranger_and_finishes_both_ids(pair) -> None:
    alice, bob = pair
    assert await alice.call("/disconnect") == (200, "win")
    assert await alice.call("/disconnect") == (200, "win")  # repeating it is harmless
    assert await bob.events() == [["strangerDisconnected"]]
    assert await bob.events() is None
    assert await alice.events() is None
    assert (await bob.call("/send", msg="anyone?"))[0] == 404
    assert await bob.call("/disconnect") == (200, "win")


async def test_disconnect_releases_the_callers_own_held_poll_with_null(client) -> None:
    alice = await OmegleUser.start(client)
    held = asyncio.create_task(alice.events())
    await asyncio.sleep(0.2)
    assert await alice.call("/disconnect") == (200, "win")
    assert await asyncio.wait_for(held, HOLD / 2) is None


async def test_a_server_shutdown_ends_held_polls_with_connection_died(client) -> None:
    alice = await OmegleUser.start(client)
    held = asyncio.create_task(alice.events())
    await asyncio.sleep(0.2)
    await client.server.app.shutdown()
    assert await asyncio.wait_for(held, HOLD / 2) == [["connectionDied"]]
    assert await alice.events() is None


async def test_unknown_ids_get_null_from_events_and_win_from_disconnect(client) -> None:
    nobody = OmegleUser(client, "no-such-id")
    assert await nobody.events() is None
    assert await nobody.call("/disconnect") == (200, "win")


async def test_no_cookie_user_agent_origin_or_token_is_needed(client) -> None:
    status, headers, body = await raw_http(client, "GET /start?firstevents=1")
    assert status == 200
    assert b"set-cookie" not in headers.lower()
    client_id = json.loads(body)["clientID"]
    form = f"id={client_id}".encode()
    status, headers, body = await raw_http(client, "POST /events", form)
    assert (status, body) == (200, b'[["waiting"]]')
    status, _, body = await raw_http(client, "POST /disconnect", form)
    assert (status, body) == (200, b"win")


async def test_parameters_may_come_in_the_url_of_a_post(pair) -> None:
    alice, bob = pair
    response = await alice.client.post("/send", params={"id": alice.id, "msg": "in the url"})
    assert (response.status, await response.text()) == (200, "win")
    assert await bob.events() == [["gotMessage", "in the url"]]


async def test_robots_txt_disallows_none_of_the_api(client) -> None:
    response = await client.get("/robots.txt")
    assert response.status == 200
    robots = urllib.robotparser.RobotFileParser()
    robots.parse((await response.text()).splitlines())
    base = f"http://{client.host}:{client.port}"
    for agent in ("*", "Python-urllib/3.11", "mechanize"):
        for path in API_PATHS:
            assert robots.can_fetch(agent, base + path), (agent, path)


async def test_a_websocket_user_and_an_omegle_client_chat_both_ways(client, stranger) -> None:
    browser: Stranger = await stranger()
    await browser.start(["Music", "films"])
    omegle = await OmegleUser.start(client, ["music", "go"])
    connected = await browser.expect("connected")
    assert (connected["interests"], connected["fell_back"]) == (["music"], False)
    await omegle.connected(["music"])
    await browser.send("typing")
    await browser.send("send", text="hi from the page 😀\nsecond line")
    assert await omegle.events() == [["typing"]]
    assert await omegle.events() == [["gotMessage", "hi from the page 😀\nsecond line"]]
    assert await omegle.call("/typing") == (200, "win")
    await omegle.send("hi from an old client ✓")
    await browser.expect("typing")
    assert (await browser.expect("message"))["text"] == "hi from an old client ✓"
    assert await omegle.call("/disconnect") == (200, "win")
    await browser.expect("stranger_disconnected")


async def test_an_omegle_client_hears_a_websocket_user_leave(client, stranger) -> None:
    browser: Stranger = await stranger()
    await browser.start()
    omegle = await OmegleUser.start(client)
    await browser.expect("connected")
    await omegle.connected([])
    await browser.send("disconnect")
    assert await omegle.events() == [["strangerDisconnected"]]
    assert await omegle.events() is None


BAD_REQUESTS = {
    "send without id": ("/send", {"msg": "hi"}, 400),
    "send to an unknown id": ("/send", {"id": "nope", "msg": "hi"}, 404),
    "send an empty message": ("/send", {"id": "ALICE", "msg": ""}, 400),
    "send without msg": ("/send", {"id": "ALICE"}, 400),
    "send too long": ("/send", {"id": "ALICE", "msg": "x" * 2001}, 400),
    "typing without id": ("/typing", {}, 400),
    "events without id": ("/events", {}, 400),
    "disconnect without id": ("/disconnect", {}, 400),
    "stop looking while chatting": ("/stoplookingforcommonlikes", {"id": "ALICE"}, 409),
}


@pytest.mark.parametrize(
    ("path", "fields", "status"), BAD_REQUESTS.values(), ids=BAD_REQUESTS.keys()
)
async def test_bad_write_calls_get_a_clear_failure(client, pair, path, fields, status) -> None:
    alice, bob = pair
    fields = {name: alice.id if value == "ALICE" else value for name, value in fields.items()}
    response = await client.post(path, data=fields)
    assert response.status == status
    assert (await response.text()).startswith("fail: ")
    await alice.send("still here")
    assert await bob.events() == [["gotMessage", "still here"]]  # and nothing before it


async def test_write_calls_out_of_their_state_are_conflicts(client) -> None:
    alice = await OmegleUser.start(client)
    for path, fields in (("/send", {"msg": "hi"}), ("/typing", {}), ("/stoppedtyping", {})):
        status, text = await alice.call(path, **fields)
        assert status == 409
        assert text.startswith("fail: ")


BAD_STARTS = {
    "topics not json": "topics=music",
    "topics not an array": "topics=%7B%22a%22%3A1%7D",
    "topics not strings": "topics=%5B1%5D",
    "too many topics": "topics=" + json.dumps([f"t{n}" for n in range(11)]),
    "topic too long": "topics=" + json.dumps(["x" * 41]),
    "blank topic": "topics=%5B%22%20%22%5D",
    "bad lang": "lang=english!",
}


@pytest.mark.parametrize("query", BAD_STARTS.values(), ids=BAD_STARTS.keys())
async def test_bad_starts_get_a_clear_failure_and_open_nothing(client, query: str) -> None:
    response = await client.get(f"/start?firstevents=1&{query}")
    assert response.status == 400
    assert (await response.text()).startswith("fail: ")
    status = await json_of(await client.get("/status"))
    assert status["count"] == 0


async def test_unreadable_bodies_get_a_clear_failure_and_the_server_goes_on(client) -> None:
    for body, content_type in (
        (b"id=\xff\xfe", FORM),
        (b'{"id": "x"}', "application/json"),
        (b"\x00\x01garbage", "multipart/form-data; boundary=zz"),
    ):
        response = await client.post("/events", data=body, headers={"Content-Type": content_type})
        assert response.status == 400, body
        assert (await response.text()).startswith("fail: ")
    response = await client.post("/send", data={"id": "x", "msg": "x" * 300_000})
    assert response.status == 413
    assert (await client.get("/status")).status == 200


async def test_only_the_documented_methods_are_served(client) -> None:
    assert (await client.get("/events")).status == 405
    assert (await client.get("/send")).status == 405


async def test_the_api_is_not_served_when_the_setting_is_off(aiohttp_client) -> None:
    off = await aiohttp_client(create_app(Settings(omegle_api=False)))
    for path in API_PATHS:
        assert (await off.post(path, data={"id": "x"})).status == 404
        assert (await off.get(path)).status == 404


@pytest.mark.parametrize(
    ("text", "value"),
    [
        *[("1", True), ("on", True), ("Yes", True), ("TRUE", True)],
        *[("0", False), ("off", False), ("no", False), (" False ", False)],
    ],
)
def test_the_setting_reads_yes_and_no_spellings(text: str, value: bool) -> None:
    assert load_settings([], {"STRANGERCHAT_OMEGLE_API": text}).omegle_api is value
    assert load_settings(["--omegle-api", text], {}).omegle_api is value


def test_the_setting_refuses_anything_else_by_name() -> None:
    with pytest.raises(ConfigError, match=r"STRANGERCHAT_OMEGLE_API.*'maybe'"):
        load_settings([], {"STRANGERCHAT_OMEGLE_API": "maybe"})
    assert Settings().omegle_api is True


async def test_deeply_nested_topics_are_refused_not_crashed_on(client) -> None:
    nested = "[" * 1000 + "]" * 1000
    response = await client.get("/start", params={"topics": nested})
    assert response.status == 400
    assert (await response.text()).startswith("fail:")


async def test_session_ids_are_bound_to_their_transport(client, origin) -> None:
    """Promise: the Omegle API refuses a long-poll id and /api/frame an Omegle id, as unknown;
    otherwise whoever held a long-poll id could sidestep the browser API's Origin check."""
    browser = await PollingStranger.connect(client, origin)
    omegle = await OmegleUser.start(client)
    posing = OmegleUser(client, browser.session)
    assert (await posing.call("/send", msg="hi"))[0] == 404
    assert (await posing.call("/typing"))[0] == 404
    assert await posing.events() is None
    await posing.call("/disconnect")
    assert await browser.send("stop_looking") != 404  # still open: the Omegle call did nothing
    status, _, body = await browser.post(
        "/api/frame", {"session": omegle.id, "frame": {"type": "typing"}}
    )
    assert (status, json.loads(body)["code"]) == (404, "unknown_session")
    status, _, body = await browser.post("/api/events", {"session": omegle.id})
    assert (status, json.loads(body)["code"]) == (404, "unknown_session")
