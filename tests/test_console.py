"""The moderator console through a real server, on SQLite and on a real PostgreSQL: off without
accounts, sign-in with its cookie, CSRF and lockout, a real report worked from the queue, a ban
the visitor is told the reason of, an appeal that reaches the console and whose answer reaches
the visitor, and the audit log."""

from __future__ import annotations

import asyncio
import re
from http.cookies import SimpleCookie
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestClient

from strangerchat.appkeys import CHAT
from strangerchat.moderation.passwords import hash_password
from strangerchat.settings import Settings
from strangerchat.storage.signins import MAX_FAILURES
from tests.conftest import CHATTY, suite_settings
from tests.strangers import Stranger
from tests.test_reports import TEXTS, chat_then_report

NAME, PASSWORD = "ada", "correct horse battery"
PASSWORD_HASH = hash_password(PASSWORD)  # once: hashing is slow on purpose


@pytest.fixture
def settings(tmp_path: Path, database_url: str | None) -> Settings:
    """The suite's settings, on SQLite and on a real PostgreSQL: every test here runs on both."""
    return suite_settings(tmp_path, database_url=database_url, **CHATTY)


@pytest.fixture
async def console(client: TestClient, origin: str) -> TestClient:
    """The server with one moderator, signed in."""
    assert await client.app[CHAT].stores.records.accounts.add(NAME, PASSWORD_HASH)
    answer = await sign_in(client, origin, NAME, PASSWORD)
    assert answer.status == 303
    return client


async def sign_in(client: TestClient, origin: str, name: str, password: str) -> Any:
    return await client.post(
        "/admin/sign-in",
        data={"name": name, "password": password},
        headers={"Origin": origin},
        allow_redirects=False,
    )


async def page(client: TestClient, path: str) -> str:
    answer = await client.get(path, allow_redirects=False)
    assert answer.status == 200, (path, answer.status)
    return await answer.text()


async def csrf(client: TestClient, path: str = "/admin") -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', await page(client, path))
    assert found is not None
    return found.group(1)


async def act(client: TestClient, origin: str, path: str, **fields: str) -> Any:
    form = {"csrf": await csrf(client), **fields}
    return await client.post(path, data=form, headers={"Origin": origin}, allow_redirects=False)


async def test_the_console_is_not_there_until_a_moderator_exists(
    client: TestClient, origin: str
) -> None:
    for path in ("/admin", "/admin/sign-in", "/admin/audit"):
        assert (await client.get(path)).status == 404
    assert (await sign_in(client, origin, NAME, PASSWORD)).status == 404


async def test_signing_in_sets_a_strict_cookie_for_the_console_alone(
    client: TestClient, origin: str
) -> None:
    assert await client.app[CHAT].stores.records.accounts.add(NAME, PASSWORD_HASH)
    answer = await client.get("/admin", allow_redirects=False)
    assert (answer.status, answer.headers["Location"]) == (303, "/admin/sign-in")
    assert (await sign_in(client, origin, NAME, "wrong password!")).status == 401
    assert (await sign_in(client, "http://elsewhere.example", NAME, PASSWORD)).status == 403
    answer = await sign_in(client, origin, NAME, PASSWORD)
    assert answer.status == 303
    cookie = SimpleCookie(answer.headers["Set-Cookie"])["console"]
    assert cookie["httponly"] is True
    assert cookie["samesite"] == "Strict"
    assert cookie["path"] == "/admin"
    assert "Signed in as" in await page(client, "/admin")
    actions = [e.action for e in await client.app[CHAT].stores.records.audit_log()]
    assert actions[:2] == ["signed_in", "sign_in_failed"]

    out = await act(client, origin, "/admin/sign-out")
    assert out.status == 303
    assert (await client.get("/admin", allow_redirects=False)).status == 303


async def test_repeated_failures_lock_the_name_even_for_the_right_password(
    client: TestClient, origin: str
) -> None:
    assert await client.app[CHAT].stores.records.accounts.add(NAME, PASSWORD_HASH)
    for _ in range(MAX_FAILURES):
        assert (await sign_in(client, origin, NAME, "not the password")).status == 401
    locked = await sign_in(client, origin, NAME, PASSWORD)
    assert locked.status == 429
    assert "Too many failed sign-ins" in await locked.text()
    # An unknown name is refused the same way, never with a different answer.
    assert (await sign_in(client, origin, "nobody", PASSWORD)).status == 429


async def test_sign_ins_sent_at_once_are_counted_before_their_passwords_are_checked(
    client: TestClient, origin: str
) -> None:
    assert await client.app[CHAT].stores.records.accounts.add(NAME, PASSWORD_HASH)
    answers = await asyncio.gather(
        *(sign_in(client, origin, NAME, "not the password") for _ in range(3 * MAX_FAILURES))
    )
    statuses = sorted(answer.status for answer in answers)
    assert statuses.count(401) <= MAX_FAILURES  # the rest never reached a password check
    assert statuses.count(429) >= 2 * MAX_FAILURES


async def test_a_post_without_the_sign_ins_token_or_from_another_site_is_refused(
    console: TestClient, origin: str
) -> None:
    token = await csrf(console)
    for form, sent_from in [
        ({"csrf": "forged"}, origin),
        ({"csrf": "é"}, origin),  # not ASCII: still a plain refusal
        ({}, origin),
        ({"csrf": token}, "http://elsewhere.example"),
    ]:
        answer = await console.post(
            "/admin/sign-out", data=form, headers={"Origin": sent_from}, allow_redirects=False
        )
        assert answer.status == 403
    assert "Signed in as" in await page(console, "/admin")  # still signed in


async def test_a_reported_chat_is_in_the_queue_with_its_exact_transcript(
    console: TestClient, pair: tuple[Stranger, Stranger]
) -> None:
    alice, bob = pair
    receipt = await chat_then_report(alice, bob, note="nasty")
    queue = await page(console, "/admin")
    assert f"/admin/cases/{receipt}" in queue
    assert "1 open, most severe first" in queue
    case = await page(console, f"/admin/cases/{receipt}")
    for text in TEXTS:
        html_text = text.replace("&", "&amp;").replace('"', "&#34;").replace("<", "&lt;")
        assert html_text in case
    assert "harassment" in case
    [viewed, *_] = await console.app[CHAT].stores.records.audit_log()
    assert (viewed.actor, viewed.action, viewed.receipt) == (NAME, "viewed", receipt)


async def test_a_ban_from_the_console_tells_the_visitor_why_and_takes_an_appeal(
    console: TestClient, origin: str, pair: tuple[Stranger, Stranger], stranger: Any
) -> None:
    alice, bob = pair
    receipt = await chat_then_report(alice, bob)
    no_reason = await act(console, origin, f"/admin/cases/{receipt}", action="ban", length="24h")
    assert no_reason.status == 400  # a ban needs a reason
    banned = await act(
        console,
        origin,
        f"/admin/cases/{receipt}",
        action="ban",
        length="24h",
        reason="insults after being asked to stop",
    )
    assert banned.status == 303

    await bob.send("start", interests=[])
    refusal = await bob.expect("banned")
    assert refusal["reason"] == "harassment"
    assert refusal["automatic"] is False
    assert len(refusal["appeal"]) >= 20

    made = await console.post(
        "/api/appeals",
        json={"appeal": refusal["appeal"], "text": "It was a misunderstanding"},
        headers={"Origin": origin},
    )
    assert made.status == 201
    appeal_receipt = (await made.json())["receipt"]
    again = await console.post(
        "/api/appeals",
        json={"appeal": refusal["appeal"], "text": "again"},
        headers={"Origin": origin},
    )
    assert again.status == 404
    status = await console.get(f"/api/appeals/{appeal_receipt}")
    assert (await status.json()) == {"status": "open", "answer": None}

    appeals = await page(console, "/admin/appeals")
    assert "It was a misunderstanding" in appeals
    answer = await act(
        console,
        origin,
        f"/admin/appeals/{appeal_receipt}",
        outcome="reversed",
        reason="The stranger was quoting a film.",
    )
    assert answer.status == 303
    status = await console.get(f"/api/appeals/{appeal_receipt}")
    assert (await status.json()) == {
        "status": "reversed",
        "answer": "The stranger was quoting a film.",
    }
    await bob.start()  # the ban was lifted with the reversed appeal: bob is waiting again

    steps = [(e.actor, e.action) for e in await console.app[CHAT].stores.records.audit_log()]
    for step in [
        (NAME, "ban"),
        (NAME, "restricted_ban"),
        ("appellant", "appealed"),
        (NAME, "appeal_reversed"),
        (NAME, "lifted"),
        (NAME, "lift_ban"),
    ]:
        assert step in steps


async def test_a_lift_reaches_a_copy_of_the_ban_carried_to_a_new_days_address_hash(
    console: TestClient,
    origin: str,
    pair: tuple[Stranger, Stranger],
    stranger: Any,
    monkeypatch: Any,
) -> None:
    alice, bob = pair
    chat = console.app[CHAT]
    # Everyone here writes from one address, whose hash is "day-1" today.
    monkeypatch.setattr(chat, "restriction_keys", lambda session: ("day-1",))
    receipt = await chat_then_report(alice, bob)
    banned = await act(
        console, origin, f"/admin/cases/{receipt}", action="ban", length="7d", reason="threats"
    )
    assert banned.status == 303
    [record] = await chat.stores.records.restrictions.for_case(receipt)
    assert record.keys[0] == "day-1"

    # Midnight: the address hashes to "day-2" now, "day-1" second. The visitor comes back in a
    # new page (a new session): the ban is found under "day-1" and carried to "day-2".
    monkeypatch.setattr(chat, "restriction_keys", lambda session: ("day-2", "day-1"))
    again = await stranger()
    await again.send("start", interests=[])
    refusal = await again.expect("banned")
    assert await chat.bans.standings.get("day-2") is not None

    lifted = await act(
        console, origin, f"/admin/restrictions/{refusal['appeal']}/lift", reason="mistake"
    )
    assert lifted.status == 303
    await again.start()  # waiting: the copy on "day-2" was lifted when it was found
    twice = await act(
        console, origin, f"/admin/restrictions/{refusal['appeal']}/lift", reason="twice"
    )
    assert twice.status == 400  # lifted already


async def test_referral_holds_the_case_a_year_and_the_export_has_the_transcript(
    console: TestClient, origin: str, pair: tuple[Stranger, Stranger]
) -> None:
    alice, bob = pair
    receipt = await chat_then_report(alice, bob, category="grooming")
    referred = await act(
        console, origin, f"/admin/cases/{receipt}", action="refer", reason="enticement"
    )
    assert referred.status == 303
    case = await console.app[CHAT].stores.records.open_case(receipt, NAME)
    assert case is not None
    [hold] = case.holds
    assert hold.until - hold.at == pytest.approx(365 * 86400, abs=5)
    exported = await console.get(f"/admin/cases/{receipt}/export.json")
    assert exported.status == 200
    assert "attachment" in exported.headers["Content-Disposition"]
    body = await exported.json()
    assert [line["text"] for line in body["transcript"]] == TEXTS
    assert body["category"] == "grooming"
    assert "reported" not in body  # no session hash leaves with an export
    printable = await page(console, f"/admin/cases/{receipt}/export")
    assert "Case export" in printable
    actions = [e.action for e in await console.app[CHAT].stores.records.audit_log()]
    assert actions.count("exported") == 2


async def test_an_automatic_lockout_can_be_appealed_and_reversed(
    console: TestClient, origin: str, pair: tuple[Stranger, Stranger]
) -> None:
    _, bob = pair
    await bob.send("send", text="im 15 btw")
    notice = await bob.expect("adults_only")
    await bob.send("start", interests=[])
    refused = await bob.expect("error")
    assert refused["code"] == "locked_out"
    assert (refused["until"], refused["appeal"]) == (notice["until"], notice["appeal"])
    made = await console.post(
        "/api/appeals",
        json={"appeal": notice["appeal"], "text": "I meant 15 minutes"},
        headers={"Origin": origin},
    )
    receipt = (await made.json())["receipt"]
    appeals = await page(console, "/admin/appeals")
    assert "lockout" in appeals
    assert "the rules (automatic)" in appeals
    await bob.send("start", interests=[])
    refused = await bob.expect("error")
    assert refused["code"] == "locked_out"
    assert "appeal" not in refused  # appealed already: one appeal each
    early = await console.post(f"/api/appeals/{receipt}/restore", headers={"Origin": origin})
    assert early.status == 409  # nothing to restore before it is reversed
    await act(console, origin, f"/admin/appeals/{receipt}", outcome="reversed", reason="ok")
    restored = await console.post(f"/api/appeals/{receipt}/restore", headers={"Origin": origin})
    assert restored.status == 204
    assert 'gate=""' in restored.headers["Set-Cookie"]
    await bob.start()  # waiting again: the lockout is lifted


async def test_bad_appeals_get_clear_errors(console: TestClient, origin: str) -> None:
    for body, code in [
        (b"{", "bad_request"),
        (b'{"appeal": "../x", "text": "hi"}', "bad_request"),
        (b'{"appeal": "abc", "text": "   "}', "appeal_empty"),
        (b'{"appeal": "abc", "text": "' + b"x" * 1001 + b'"}', "appeal_too_long"),
        (b'{"appeal": "abc", "text": "hi"}', "no_such_restriction"),
    ]:
        answer = await console.post("/api/appeals", data=body, headers={"Origin": origin})
        assert answer.status in (400, 404)
        assert (await answer.json())["code"] == code
    refused = await console.post("/api/appeals", json={"appeal": "abc", "text": "hi"})
    assert refused.status == 403  # no Origin: not from our page
    assert (await console.get("/api/appeals/" + "x" * 80)).status == 404
