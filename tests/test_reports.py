"""Reports on a real server: the frame, the receipt, the stored row, the allowance, severity."""

from __future__ import annotations

import asyncio
import dataclasses
import json
import sqlite3
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient

from strangerchat.app import create_app
from strangerchat.appkeys import CHAT
from strangerchat.settings import Settings
from strangerchat.storage.connect import DATABASE_FILE
from strangerchat.storage.reports import Report
from tests.strangers import Stranger

# Emoji, newlines, non-Latin scripts and characters JSON escapes: copied byte-exact.
TEXTS = [
    "héllo 👋🏽 there",
    "line one\nline two\ttabbed",
    "Привет, 你好, مرحبا",
    'quote " and \\ slash',
]


async def stored(client: TestClient) -> list[Report]:
    return await client.app[CHAT].stores.reports.queue()


async def chat_then_report(
    alice: Stranger, bob: Stranger, category: str = "harassment", note: str = ""
) -> str:
    """Alice and Bob exchange TEXTS; Alice reports Bob; the receipt."""
    for n, text in enumerate(TEXTS):
        writer, reader = (alice, bob) if n % 2 else (bob, alice)
        await writer.send("send", text=text)
        assert (await reader.expect("message"))["text"] == text
    await alice.send("report", category=category, note=note)
    await bob.expect("stranger_disconnected")
    await alice.expect("you_disconnected")
    return str((await alice.expect("reported"))["receipt"])


async def test_a_report_ends_the_chat_and_stores_the_transcript_with_hashed_ids(
    client: TestClient, pair: tuple[Stranger, Stranger], settings: Settings
) -> None:
    alice, bob = pair
    session_ids = {s.id for s in client.app[CHAT].broker.local_sessions()}
    receipt = await chat_then_report(alice, bob, note="said nasty things ✋")
    assert len(receipt) >= 20
    assert await bob.quiet(0.2) == []  # the reported side only hears that the stranger left
    (report,) = await stored(client)
    assert report.receipt == receipt
    assert (report.category, report.severity, report.note) == (
        "harassment",
        1,
        "said nasty things ✋",
    )
    assert [(line.by, line.text) for line in report.transcript] == [
        ("reported" if n % 2 == 0 else "reporter", text) for n, text in enumerate(TEXTS)
    ]
    assert report.reporter != report.reported
    assert report.reporter_ip is not None
    assert report.reported_ip == report.reporter_ip  # one host
    data_dir = Path(client.app[CHAT].settings.data_dir)
    raw = await asyncio.to_thread(  # the database file and its write-ahead log
        lambda: b"".join(path.read_bytes() for path in data_dir.glob(f"{DATABASE_FILE}*"))
    )
    assert not any(session_id.encode() in raw for session_id in session_ids)  # tokens never stored
    assert b"127.0.0.1" not in raw  # nor addresses
    assert json.dumps(TEXTS[1]).encode() in raw  # the transcript is there, as a JSON string


async def test_the_last_partner_can_be_reported_for_a_while_after_the_chat(
    aiohttp_client, settings: Settings
) -> None:  # type: ignore[no-untyped-def]
    client = await aiohttp_client(create_app(dataclasses.replace(settings, evidence_retention=0.5)))
    alice, bob = await connect(client), await connect(client)
    await chat(alice, bob)
    await bob.send("send", text="something rude")
    await alice.expect("message")
    await alice.send("disconnect")
    await alice.expect("you_disconnected")
    await alice.send("report", category="spam_or_bot")
    receipt = (await alice.expect("reported"))["receipt"]
    (report,) = await stored(client)
    assert report.receipt == receipt
    assert [line.text for line in report.transcript] == ["something rude"]
    await asyncio.sleep(0.6)  # the evidence is gone: so is the chance to report
    await alice.send("report", category="other")
    assert (await alice.expect("error"))["code"] == "nothing_to_report"


async def test_bad_reports_are_clear_errors(pair: tuple[Stranger, Stranger], stranger) -> None:  # type: ignore[no-untyped-def]
    alice, bob = pair
    for fields in (
        {"category": "rude"},
        {},
        {"category": "other", "note": "x" * 501},
        {"category": "other", "extra": 1},
    ):
        await alice.send("report", **fields)
        assert (await alice.expect("error"))["code"] == "bad_frame"
    assert await bob.quiet(0.2) == []  # none of it reached the partner, the chat goes on
    loner = await stranger()
    await loner.send("report", category="other")
    assert (await loner.expect("error"))["code"] == "nothing_to_report"
    await alice.send("disconnect")  # a chat in which nothing was said leaves nothing to report
    await alice.expect("you_disconnected")
    await alice.send("report", category="other")
    assert (await alice.expect("error"))["code"] == "nothing_to_report"


async def test_five_reports_in_ten_minutes_then_rate_limited(
    client: TestClient, pair: tuple[Stranger, Stranger]
) -> None:
    alice, bob = pair
    for n in range(6):
        if n:
            await alice.start()
            await bob.start()
            await alice.expect("connected")
            await bob.expect("connected")
        await alice.send("report", category="other", note=f"report {n}")
        if n < 5:
            await alice.expect("you_disconnected")
            await alice.expect("reported")
            await bob.expect("stranger_disconnected")
        else:
            await alice.expect("challenge_required")  # a hit asks for a proof of work
            assert (await alice.expect("error"))["code"] == "rate_limited"
    await bob.send("send", text="still chatting")  # the refused report ended nothing
    assert (await alice.expect("message"))["text"] == "still chatting"
    assert len(await stored(client)) == 5


async def test_a_suspected_minor_report_goes_first_and_takes_them_out_of_their_next_chat(
    client: TestClient, pair: tuple[Stranger, Stranger], stranger
) -> None:  # type: ignore[no-untyped-def]
    alice, bob = pair
    await bob.send("send", text="hello")
    await alice.expect("message")
    await alice.send("report", category="spam_or_bot")
    await alice.expect("you_disconnected")
    await alice.expect("reported")
    await bob.expect("stranger_disconnected")
    # Bob finds someone new; Alice, reporting him after the chat, takes him out of it at once.
    carol = await stranger()
    await carol.start()
    await bob.start()
    await bob.expect("connected")
    await carol.expect("connected")
    await alice.send("report", category="suspected_minor")
    await alice.expect("reported")
    await bob.expect("stranger_disconnected")  # neutral
    await carol.expect("stranger_disconnected")
    first, second = await stored(client)
    assert (first.category, first.severity) == ("suspected_minor", 2)
    assert (second.category, second.severity) == ("spam_or_bot", 1)
    await bob.start()  # one report bans nobody
    assert await bob.quiet(0.2) == []


async def test_the_partners_guard_signals_go_into_the_report(
    client: TestClient, pair: tuple[Stranger, Stranger]
) -> None:
    alice, bob = pair
    await bob.send("send", text="how old are you?")
    await alice.expect("message")
    await alice.send("report", category="grooming")
    await alice.expect("you_disconnected")
    await alice.expect("reported")
    (report,) = await stored(client)
    assert report.signals == ["asks_age"]


async def connect(client: TestClient) -> Stranger:
    base = f"http://{client.server.host}:{client.server.port}"
    return Stranger(await client.ws_connect("/ws", headers={"Origin": base}))


async def chat(alice: Stranger, bob: Stranger) -> None:
    await alice.start()
    await bob.start()
    await alice.expect("connected")
    await bob.expect("connected")


@pytest.mark.parametrize("category", ["suspected_minor", "sexual_content", "hate_or_threats"])
async def test_each_category_is_taken(pair: tuple[Stranger, Stranger], category: str) -> None:
    alice, _ = pair
    await alice.send("report", category=category)
    await alice.expect("you_disconnected")
    await alice.expect("reported")


async def test_a_pair_that_meets_again_reports_only_the_new_chat(
    client: TestClient, pair: tuple[Stranger, Stranger]
) -> None:
    alice, bob = pair
    await bob.send("send", text="from the first chat")
    await alice.expect("message")
    await alice.send("disconnect")
    await alice.expect("you_disconnected")
    await bob.expect("stranger_disconnected")
    await chat(alice, bob)  # nobody else is there: they meet again
    await bob.send("send", text="from the second chat")
    await alice.expect("message")
    await alice.send("report", category="other")
    await alice.expect("you_disconnected")
    await alice.expect("reported")
    (report,) = await stored(client)
    assert [line.text for line in report.transcript] == ["from the second chat"]


async def test_a_report_that_cannot_be_stored_fails_clearly_and_the_chat_goes_on(
    aiohttp_client, settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:  # type: ignore[no-untyped-def]
    settings = dataclasses.replace(settings, database_timeout=0.3)
    client = await aiohttp_client(create_app(settings))
    alice, bob = await connect(client), await connect(client)
    await chat(alice, bob)
    await bob.send("send", text="something rude")
    await alice.expect("message")
    # Another process holds the database file past the call's deadline.
    other = sqlite3.connect(Path(settings.data_dir) / DATABASE_FILE, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        await alice.send("report", category="harassment", note="a private note")
        assert (await alice.expect("error", timeout=5))["code"] == "report_failed"
    finally:
        other.execute("ROLLBACK")  # the storage is back: the same chat can be reported
        other.close()
    assert await bob.quiet(0.2) == []  # nothing ended
    await alice.send("send", text="still here")
    assert (await bob.expect("message"))["text"] == "still here"
    assert "a report could not be stored" in caplog.text
    assert "Traceback" not in caplog.text
    assert "something rude" not in caplog.text
    assert "a private note" not in caplog.text
    await alice.send("report", category="harassment")
    await alice.expect("you_disconnected")
    await alice.expect("reported")
    await bob.expect("stranger_disconnected")
