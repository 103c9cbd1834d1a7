"""The entry gate through real sockets: a minor is refused on the page, the WebSocket and the
long-poll API, and stays refused; an adult gets in; changed, expired and unsigned cookies count
for nothing; the classic Omegle API asks for nothing."""

from __future__ import annotations

import datetime
import re
import ssl
import stat
import time
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, make_mocked_request

from strangerchat.app import create_app
from strangerchat.errors import ConfigError
from strangerchat.safety.gate import COOKIE, LIFETIME, Gate, Verdict, age_on, today
from strangerchat.safety.keys import KEY_FILE
from strangerchat.settings import Settings, load_settings
from tests.strangers import PollingStranger, Stranger
from tests.test_omegle_api import OmegleUser
from tests.test_pow import SECRET, solved

PROXIED = "https://chat.example.org"  # a page on https, served through a proxy that ends TLS


@pytest.fixture
def settings() -> Settings:
    return Settings(interest_wait=0.4, count_interval=0.2, secret_key=SECRET, pow_difficulty=4)


def born_years_ago(years: int, days_later: int = 0) -> datetime.date:
    """A birthday `years` ago today (28 February for 29 February), moved by `days_later`."""
    now = today()
    try:
        born = now.replace(year=now.year - years)
    except ValueError:
        born = now.replace(year=now.year - years, day=28)
    return born + datetime.timedelta(days=days_later)


async def declare(client: TestClient, origin: str, born: datetime.date) -> aiohttp.ClientResponse:
    body = {"day": born.day, "month": born.month, "year": born.year, "accept": True}
    body["pow"] = await solved(client)
    return await client.post("/gate", json=body, headers={"Origin": origin})


async def verdict_of(response: aiohttp.ClientResponse) -> str:
    assert response.status == 200, await response.text()
    answer: dict[str, str] = await response.json()
    return answer["verdict"]


async def page_state(client: TestClient) -> str:
    """What the page shows first, as the server rendered it."""
    html = await (await client.get("/")).text()
    found = re.search(r'data-gate="(\w+)"', html)
    assert found is not None
    return found.group(1)


async def websocket_status(client: TestClient, origin: str) -> int:
    """101 if the handshake was accepted, else the status it was refused with."""
    try:
        ws = await client.ws_connect("/ws", headers={"Origin": origin})
    except aiohttp.WSServerHandshakeError as refused:
        return refused.status
    await ws.close()
    return 101


async def session_answer(client: TestClient, origin: str) -> tuple[int, Any]:
    response = await client.post("/api/session", headers={"Origin": origin})
    return response.status, await response.json()


async def expect_refused_everywhere(client: TestClient, origin: str) -> None:
    assert await websocket_status(client, origin) == 403
    status, error = await session_answer(client, origin)
    assert status == 403
    assert error["type"] == "error"
    assert error["code"] == "gate_required"


def set_cookie(client: TestClient, value: str) -> None:
    client.session.cookie_jar.clear()
    client.session.cookie_jar.update_cookies({COOKIE: value}, client.make_url("/"))


async def test_the_page_asks_first_without_saying_which_age_it_wants(client: TestClient) -> None:
    html = await (await client.get("/")).text()
    gate_form = html[html.index('<form id="gate-form"') : html.index("</form>")]
    assert "hidden" not in gate_form.split(">")[0]
    assert re.search(r'<form id="start-form"[^>]* hidden', html)
    inputs = re.findall(r"<input[^>]*>", gate_form)
    assert len(inputs) == 4  # day, month, year, and the rules' checkbox
    for attribute in ("value=", "placeholder", "min=", "max=", "checked"):
        assert not any(attribute in one for one in inputs)  # no default year, nothing ticked
    assert "18" not in re.sub(r"<[^>]*>", " ", gate_form)  # in no word the form shows
    assert re.search(r'<li id="rule-adults"[^>]* hidden', html)  # the rule that names it waits


async def test_under_18_is_refused_on_the_page_the_websocket_and_the_long_poll_api(
    client: TestClient, origin: str
) -> None:
    response = await declare(client, origin, born_years_ago(17))
    assert await verdict_of(response) == "refused"
    cookie = response.cookies[COOKIE]
    assert cookie.value.startswith("refused.")
    assert (cookie["httponly"], cookie["samesite"], cookie["path"]) == (True, "Strict", "/")
    assert cookie["max-age"] == str(LIFETIME)
    assert not cookie["secure"]  # plain http here; see the https case below
    assert await page_state(client) == "refused"
    await expect_refused_everywhere(client, origin)


async def test_18_today_gets_in_and_chats(client: TestClient, origin: str) -> None:
    response = await declare(client, origin, born_years_ago(18))
    assert await verdict_of(response) == "adult"
    assert await page_state(client) == "adult"
    alice = Stranger(await client.ws_connect("/ws", headers={"Origin": origin}))
    bob = await PollingStranger.connect(client, origin)
    await alice.start()
    await bob.start()
    await alice.expect("connected")
    await bob.expect("connected")
    await alice.send("send", text="hello from past the gate")
    assert (await bob.expect("message"))["text"] == "hello from past the gate"
    await alice.ws.close()


async def test_18_tomorrow_is_still_refused(client: TestClient, origin: str) -> None:
    response = await declare(client, origin, born_years_ago(18, days_later=1))
    assert await verdict_of(response) == "refused"
    await expect_refused_everywhere(client, origin)


async def test_the_same_cookie_with_a_new_adult_date_is_still_refused(
    client: TestClient, origin: str
) -> None:
    first = await declare(client, origin, born_years_ago(15))
    assert await verdict_of(first) == "refused"
    again = await declare(client, origin, born_years_ago(30))
    assert await verdict_of(again) == "refused"
    assert COOKIE not in again.cookies  # the refusal keeps its own 24 hours
    assert await page_state(client) == "refused"
    await expect_refused_everywhere(client, origin)


async def test_an_adult_who_then_gives_a_minor_s_date_is_refused(
    client: TestClient, origin: str
) -> None:
    assert await verdict_of(await declare(client, origin, born_years_ago(40))) == "adult"
    assert await verdict_of(await declare(client, origin, born_years_ago(16))) == "refused"
    await expect_refused_everywhere(client, origin)


async def test_without_a_cookie_nothing_can_start(client: TestClient, origin: str) -> None:
    assert await page_state(client) == "ask"
    await expect_refused_everywhere(client, origin)


async def test_get_gate_tells_the_page_what_its_cookie_holds(
    client: TestClient, origin: str
) -> None:
    async def held() -> Any:
        response = await client.get("/gate")
        assert response.headers["Cache-Control"] == "no-store"
        return (await response.json())["verdict"]

    assert await held() is None
    assert await verdict_of(await declare(client, origin, born_years_ago(30))) == "adult"
    assert await held() == "adult"
    assert await verdict_of(await declare(client, origin, born_years_ago(12))) == "refused"
    assert await held() == "refused"


async def test_a_changed_cookie_counts_as_none(client: TestClient, origin: str) -> None:
    response = await declare(client, origin, born_years_ago(17))
    _, expires, identity, signature = response.cookies[COOKIE].value.split(".")
    for forged in (
        f"adult.{expires}.{identity}.{signature}",  # the verdict changed
        f"refused.{int(expires) + 10**6}.{identity}.{signature}",  # the expiry moved
        f"refused.{expires}.someone-else.{signature}",  # the identity changed
        f"adult.{expires}.{identity}.{signature[:-2]}AA",  # a signature made up
        f"adult.{expires}.{identity}",  # no signature
        "adult",
        "adult.x.y.z",
    ):
        set_cookie(client, forged)
        assert await page_state(client) == "ask", forged
        await expect_refused_everywhere(client, origin)


async def test_an_expired_or_foreign_cookie_counts_as_none(client: TestClient, origin: str) -> None:
    ours, theirs = Gate(SECRET), Gate("somebody else's key, long enough to sign with")
    set_cookie(client, ours.sign(Verdict.ADULT, int(time.time()) - 1))
    assert await page_state(client) == "ask"
    await expect_refused_everywhere(client, origin)
    set_cookie(client, theirs.sign(Verdict.ADULT, int(time.time()) + 3600))
    await expect_refused_everywhere(client, origin)
    set_cookie(client, ours.sign(Verdict.ADULT, int(time.time()) + 3600))  # the control
    assert await websocket_status(client, origin) == 101
    assert (await session_answer(client, origin))[0] == 200


async def test_a_form_post_works_as_json_does(client: TestClient, origin: str) -> None:
    born = born_years_ago(25)
    form = {"day": str(born.day), "month": str(born.month), "year": str(born.year)}
    form |= {"accept": "on", "pow": await solved(client)}
    response = await client.post("/gate", data=form, headers={"Origin": origin})
    assert await verdict_of(response) == "adult"
    assert await websocket_status(client, origin) == 101


@pytest.mark.parametrize(
    ("fields", "code"),
    [
        ({"day": 30, "month": 2, "year": 1990}, "bad_date"),
        ({"day": 1, "month": 1, "year": today().year + 1}, "bad_date"),
        ({"day": 1, "month": 13, "year": 1990}, "bad_request"),
        ({"day": 1, "month": 1, "year": 1850}, "bad_request"),
        ({"day": 1, "month": 1, "year": 1990, "accept": False}, "rules_not_accepted"),
        ({"day": "1", "month": 1, "year": 1990}, "bad_request"),
        ({"day": 1, "month": 1, "year": 1990, "extra": 1}, "bad_request"),
    ],
)
async def test_a_bad_form_is_refused_and_does_not_spend_the_proof(
    client: TestClient, origin: str, fields: dict[str, Any], code: str
) -> None:
    payload = await solved(client)
    body = {"accept": True, **fields, "pow": payload}
    response = await client.post("/gate", json=body, headers={"Origin": origin})
    assert response.status == 400
    assert (await response.json())["code"] == code
    good = {"day": 1, "month": 1, "year": 1990, "accept": True, "pow": payload}
    response = await client.post("/gate", json=good, headers={"Origin": origin})
    assert await verdict_of(response) == "adult"


@pytest.mark.parametrize("sent", [{"Origin": "https://elsewhere.example"}, {"Origin": "null"}, {}])
async def test_the_gate_takes_posts_from_our_own_page_only(
    client: TestClient, sent: dict[str, str]
) -> None:
    body = {"day": 1, "month": 1, "year": 1990, "accept": True, "pow": await solved(client)}
    response = await client.post("/gate", json=body, headers=sent)
    assert response.status == 403
    assert COOKIE not in response.cookies


async def test_the_omegle_api_asks_for_no_gate(client: TestClient, origin: str) -> None:
    await expect_refused_everywhere(client, origin)  # the browser's doors are shut...
    alice = await OmegleUser.start(client)  # ...but old clients cannot pass the gate
    bob = await OmegleUser.start(client)
    await alice.connected([])
    await bob.connected([])
    await alice.send("hello, old client")
    assert await bob.events() == [["gotMessage", "hello, old client"]]


@pytest.mark.parametrize("settings", [Settings(age_gate=False)])
async def test_with_the_gate_off_there_is_no_gate_anywhere(client: TestClient, origin: str) -> None:
    assert await page_state(client) == "off"
    assert "gate-form" not in await (await client.get("/")).text()
    assert await websocket_status(client, origin) == 101
    assert (await session_answer(client, origin))[0] == 200
    response = await client.post("/gate", json={}, headers={"Origin": origin})
    assert response.status == 404


@pytest.mark.parametrize(
    "settings", [Settings(secret_key=SECRET, pow_difficulty=4, allowed_origins=(PROXIED,))]
)
async def test_the_cookie_is_secure_when_the_page_is_on_https_behind_a_proxy(
    client: TestClient,
) -> None:
    response = await declare(client, PROXIED, born_years_ago(30))
    assert await verdict_of(response) == "adult"
    assert response.cookies[COOKIE]["secure"]


@pytest.mark.parametrize(("tls", "secure"), [(False, False), (True, True)])
def test_the_cookie_is_secure_when_the_request_came_over_https(tls: bool, secure: bool) -> None:
    request = make_mocked_request(
        "POST", "/gate", sslcontext=ssl.create_default_context() if tls else None
    )
    response = web.Response()
    Gate(SECRET).give(response, request, Verdict.ADULT)
    header = response.cookies[COOKIE].OutputString()
    assert ("Secure" in header) is secure
    assert "HttpOnly" in header
    assert "SameSite=Strict" in header


@pytest.mark.parametrize(
    ("born", "on", "age"),
    [
        ((2000, 5, 10), (2018, 5, 9), 17),
        ((2000, 5, 10), (2018, 5, 10), 18),
        ((2000, 2, 29), (2018, 2, 28), 17),
        ((2000, 2, 29), (2018, 3, 1), 18),
        ((2000, 12, 31), (2019, 1, 1), 18),
    ],
)
def test_age_counts_whole_years(
    born: tuple[int, int, int], on: tuple[int, int, int], age: int
) -> None:
    assert age_on(datetime.date(*born), datetime.date(*on)) == age


def test_the_settings_read_and_check_the_gate_switches() -> None:
    assert Settings().age_gate is True
    assert Settings().secret_key is None
    assert load_settings([], {"STRANGERCHAT_AGE_GATE": "off"}).age_gate is False
    assert load_settings(["--pow-difficulty", "50"], {}).pow_difficulty == 50
    with pytest.raises(ConfigError, match="STRANGERCHAT_SECRET_KEY"):
        load_settings([], {"STRANGERCHAT_SECRET_KEY": "too short"})
    with pytest.raises(ConfigError, match="STRANGERCHAT_POW_DIFFICULTY"):
        load_settings(["--pow-difficulty", "0"], {})


async def test_a_configured_key_outlives_a_restart(aiohttp_client: Any, tmp_path: Path) -> None:
    settings = Settings(secret_key=SECRET, pow_difficulty=4)
    first = await aiohttp_client(create_app(settings))
    first_origin = f"http://{first.server.host}:{first.server.port}"
    response = await declare(first, first_origin, born_years_ago(30))
    cookie = response.cookies[COOKIE].value
    second = await aiohttp_client(create_app(settings))  # as after a restart, or another process
    set_cookie(second, cookie)
    assert await page_state(second) == "adult"
    other = tmp_path / "other"
    unkeyed = await aiohttp_client(create_app(Settings(pow_difficulty=4, data_dir=str(other))))
    set_cookie(unkeyed, cookie)  # signed with another key: asked again
    assert await page_state(unkeyed) == "ask"


async def test_with_no_configured_key_the_kept_key_outlives_a_restart(
    aiohttp_client: Any, tmp_path: Path
) -> None:
    settings = Settings(pow_difficulty=4, data_dir=str(tmp_path / "data"))
    first = await aiohttp_client(create_app(settings))
    first_origin = f"http://{first.server.host}:{first.server.port}"
    cookie = (await declare(first, first_origin, born_years_ago(30))).cookies[COOKIE].value
    key_file = tmp_path / "data" / KEY_FILE
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    second = await aiohttp_client(create_app(settings))  # as after a restart
    set_cookie(second, cookie)
    assert await page_state(second) == "adult"
    key_file.unlink()  # a new key: the old cookie no longer passes
    third = await aiohttp_client(create_app(settings))
    set_cookie(third, cookie)
    assert await page_state(third) == "ask"


def test_a_data_directory_that_cannot_keep_the_key_stops_the_start(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(ConfigError, match="secret key"):
        create_app(Settings(data_dir=str(blocker / "data")))
