"""The moderation store, on SQLite and on a real PostgreSQL: schema, queue, cases, decisions,
holds, appeals, the audit log and moderator accounts, as a console will use them."""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

from strangerchat.storage.connect import DATABASE_FILE, open_database
from strangerchat.storage.database import DatabaseError
from strangerchat.storage.records import MAX_PAGE, ModerationStore
from strangerchat.storage.schema import MIGRATIONS, current_version, migrate
from tests.postgres_server import PostgresServer
from tests.redis_server import free_port
from tests.storage.records_helpers import NOW, TRICKY, Clock, a_report, opened


async def test_migrations_run_once_and_leave_the_schema_at_the_newest_version(
    database_url: str | None, tmp_path: Path
) -> None:
    async with opened(database_url, str(tmp_path)) as records:
        assert await current_version(records.database) == len(MIGRATIONS)
        assert await migrate(records.database) == len(MIGRATIONS)  # again: nothing to do
        rows = await records.database.fetch("SELECT version FROM schema_version")
        assert sorted(row[0] for row in rows) == list(range(1, len(MIGRATIONS) + 1))


async def test_a_database_from_a_newer_version_is_refused(
    database_url: str | None, tmp_path: Path
) -> None:
    async with opened(database_url, str(tmp_path)) as records:
        await records.database.run([("INSERT INTO schema_version (version) VALUES (?)", (99,))])
        with pytest.raises(DatabaseError, match="newer"):
            await migrate(records.database)


async def test_the_queue_is_open_cases_most_severe_first_then_oldest(
    database_url: str | None, tmp_path: Path
) -> None:
    async with opened(database_url, str(tmp_path)) as records:
        for receipt, severity, at in [
            ("late", 1, NOW + 10),
            ("early", 1, NOW),
            ("severe-late", 2, NOW + 30),
            ("severe", 2, NOW + 20),
            ("decided", 2, NOW - 5),
        ]:
            assert await records.add_report(a_report(receipt, severity, at))
        assert await records.decide("decided", "ada", "dismiss", "not abuse")
        queue = await records.queue()
        assert [case.receipt for case in queue] == ["severe", "severe-late", "early", "late"]
        assert queue[0].signals == ["asks_age"]
        assert [case.receipt for case in await records.queue(limit=2, offset=1)] == [
            "severe-late",
            "early",
        ]


async def test_a_case_opens_with_its_byte_exact_transcript_and_the_view_is_audited(
    database_url: str | None, tmp_path: Path
) -> None:
    async with opened(database_url, str(tmp_path)) as records:
        report = a_report("r1")
        await records.add_report(report)
        assert not await records.add_report(report)  # stored once, whatever a retry does
        case = await records.open_case("r1", "ada")
        assert case is not None
        assert case.report == report
        assert case.report.transcript[0].text == f"r1 said {TRICKY}"
        assert case.status == "open"
        (entry,) = await records.audit_log()
        assert (entry.actor, entry.action, entry.receipt) == ("ada", "viewed", "r1")
        assert await records.open_case("no-such-case", "ada") is None


async def test_a_decision_is_recorded_under_the_moderators_name_and_audited(
    database_url: str | None, tmp_path: Path
) -> None:
    clock = Clock()
    async with opened(database_url, str(tmp_path), clock) as records:
        await records.add_report(a_report("r1"))
        clock.now = NOW + 60
        assert await records.decide("r1", "ada", "ban", "threats\x00 in chat", until=NOW + 3600)
        assert await records.decide("r1", None, "lift_ban", "automatic lift")
        assert not await records.decide("missing", "ada", "dismiss", "")
        with pytest.raises(ValueError, match="unknown action"):
            await records.decide("r1", "ada", "delete everything", "")
        case = await records.open_case("r1", "bob")
        assert case is not None
        assert case.status == "decided"
        assert [(d.action, d.moderator, d.reason, d.until) for d in case.decisions] == [
            ("ban", "ada", "threats\x00 in chat", NOW + 3600),
            ("lift_ban", None, "automatic lift", None),
        ]
        log = [(e.actor, e.action, e.receipt, e.detail) for e in await records.audit_log()]
        assert log == [
            ("bob", "viewed", "r1", ""),
            ("system", "lift_ban", "r1", "automatic lift"),
            ("ada", "ban", "r1", "threats\x00 in chat"),
        ]
        assert await records.queue() == []


async def test_holds_appeals_notes_and_an_addresss_history(
    database_url: str | None, tmp_path: Path
) -> None:
    async with opened(database_url, str(tmp_path)) as records:
        await records.add_report(a_report("first", at=NOW))
        await records.add_report(a_report("second", at=NOW + 5))
        await records.add_report(a_report("elsewhere", reported_ip="ip-b"))
        assert await records.place_hold("first", "ada", "referred to NCMEC", NOW + 365 * 86400)
        assert not await records.place_hold("missing", "ada", "", NOW)
        appeal = await records.appeals.add("first", "I was only joking " + TRICKY)
        assert appeal is not None
        assert len(appeal) >= 20
        assert await records.appeals.add("missing", "text") is None
        await records.note("first", "ada", "note", "asked a colleague")
        case = await records.open_case("first", "ada")
        assert case is not None
        assert [(h.reason, h.placed_by) for h in case.holds] == [("referred to NCMEC", "ada")]
        assert [(a.appeal, a.text, a.outcome) for a in case.appeals] == [
            (appeal, "I was only joking " + TRICKY, None)
        ]
        history = await records.history("ip-a")
        assert [one.receipt for one in history] == ["first", "second"]
        actions = [entry.action for entry in await records.audit_log()]
        assert actions == ["viewed", "note", "appealed", "hold"]


async def test_moderator_accounts(database_url: str | None, tmp_path: Path) -> None:
    async with opened(database_url, str(tmp_path)) as records:
        assert await records.accounts.names() == []
        assert await records.accounts.add("grace", "hash-g")
        assert await records.accounts.add("ada", "hash-a")
        assert not await records.accounts.add("ada", "another")
        assert await records.accounts.names() == ["ada", "grace"]
        assert await records.accounts.password_hash("ada") == "hash-a"
        assert await records.accounts.remove("ada")
        assert not await records.accounts.remove("ada")
        assert await records.accounts.password_hash("ada") is None
        assert await records.accounts.names() == ["grace"]


async def test_the_sqlite_file_is_the_operators_alone(tmp_path: Path) -> None:
    data_dir = tmp_path / "not" / "made" / "yet"
    async with opened(None, str(data_dir)):
        pass
    assert oct((data_dir / DATABASE_FILE).stat().st_mode & 0o777) == "0o600"


async def test_a_call_past_its_deadline_fails_cleanly_on_sqlite(tmp_path: Path) -> None:
    async with opened(None, str(tmp_path), timeout=0.2) as records:
        other = sqlite3.connect(tmp_path / DATABASE_FILE, isolation_level=None)
        try:
            other.execute("BEGIN EXCLUSIVE")  # another process holds the file
            with pytest.raises(DatabaseError):
                await records.add_report(a_report("r1"))
            other.execute("ROLLBACK")
            assert await records.add_report(a_report("r1"))  # and the next call works
        finally:
            other.close()


async def test_a_call_past_its_deadline_fails_cleanly_on_postgresql(
    postgres_server, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    url = postgres_server.new_database()
    async with opened(url, str(tmp_path), timeout=0.3) as records:
        async with await psycopg.AsyncConnection.connect(url) as other:
            await other.execute("LOCK TABLE reports IN ACCESS EXCLUSIVE MODE")
            with pytest.raises(DatabaseError):
                await records.queue()
            await other.rollback()
        assert await records.queue() == []


async def test_an_unreachable_postgresql_is_a_clean_error(tmp_path: Path) -> None:
    url = f"postgresql://postgres@127.0.0.1:{free_port()}/postgres"
    records = ModerationStore(open_database(url, str(tmp_path), 1.0))
    with pytest.raises(DatabaseError, match="cannot connect"):
        await records.database.open()
    with pytest.raises(DatabaseError):
        await records.queue()


def test_postgresql_is_not_even_imported_without_a_database_url(tmp_path: Path) -> None:
    check = (
        "import sys; from strangerchat.app import create_app; from strangerchat.settings import"
        f" Settings; create_app(Settings(data_dir={str(tmp_path)!r}));"
        " print('psycopg' in sys.modules)"
    )
    found = subprocess.run(
        [sys.executable, "-c", check], capture_output=True, text=True, check=True, timeout=60
    )
    assert found.stdout.strip() == "False"


async def test_a_page_of_the_queue_is_bounded(tmp_path: Path) -> None:
    async with opened(None, str(tmp_path)) as records:
        await records.database.run(
            [
                (
                    "INSERT INTO reports VALUES (?, 'spam_or_bot', 1, '\"\"', ?, 'r', NULL,"
                    " 'd', NULL, '[]', 'open', NULL, NULL)",
                    (f"r{n:05}", NOW + n),
                )
                for n in range(MAX_PAGE + 5)
            ]
        )
        assert len(await records.queue(limit=10**9, offset=-1)) == MAX_PAGE
        assert (await records.queue(limit=10**9, offset=MAX_PAGE))[0].receipt == f"r{MAX_PAGE:05}"
        assert await records.queue(limit=-5) == []


async def test_the_store_carries_on_after_postgresql_restarts(tmp_path: Path) -> None:
    server = PostgresServer()  # its own: the restart cuts every connection to it
    await asyncio.to_thread(server.start)
    try:
        url = await asyncio.to_thread(server.new_database)
        async with opened(url, str(tmp_path)) as records:
            assert await records.add_report(a_report("before"))
            await asyncio.to_thread(server.restart)
            assert await records.add_report(a_report("after"))  # no failed call first
            assert [one.receipt for one in await records.reports()] == ["after", "before"]
    finally:
        await asyncio.to_thread(server.stop)


async def test_a_value_the_database_cannot_take_is_a_clean_error(
    database_url: str | None, tmp_path: Path
) -> None:
    async with opened(database_url, str(tmp_path)) as records:
        with pytest.raises(DatabaseError):
            await records.add_report(a_report("huge", severity=2**70))
        assert await records.reports() == []  # nothing half-stored


async def test_an_appeal_is_answered_once_and_its_outcome_found_by_its_receipt(
    database_url: str | None, tmp_path: Path
) -> None:
    clock = Clock()
    async with opened(database_url, str(tmp_path), clock) as records:
        await records.add_report(a_report("r1"))
        await records.decide("r1", "ada", "ban", "threats", until=NOW + 86400)
        appeal = await records.appeals.add("r1", "it was a quote")
        assert appeal is not None
        found = await records.appeals.find(appeal)
        assert found is not None
        assert (found.text, found.outcome, found.decided_by) == ("it was a quote", None, None)
        clock.now = NOW + 60
        assert await records.appeals.decide(appeal, "grace", "reversed", "it was a quote")
        assert not await records.appeals.decide(appeal, "ada", "upheld", "second answer")
        assert not await records.appeals.decide("no-such-appeal", "ada", "upheld", "")
        with pytest.raises(ValueError, match="unknown outcome"):
            await records.appeals.decide(appeal, "ada", "maybe", "")
        found = await records.appeals.find(appeal)
        assert found is not None
        assert (found.outcome, found.decided_by) == ("reversed", "grace")
        assert await records.appeals.find("no-such-appeal") is None
        log = [(e.actor, e.action, e.receipt) for e in await records.audit_log()]
        assert log[:2] == [("grace", "appeal_reversed", "r1"), ("appellant", "appealed", "r1")]


async def test_processes_starting_at_once_migrate_the_schema_once(
    database_url: str | None, tmp_path: Path
) -> None:
    async with contextlib.AsyncExitStack() as stack:
        entering = [stack.enter_async_context(opened(database_url, str(tmp_path))) for _ in "abcd"]
        stores = await asyncio.gather(*entering)
        rows = await stores[0].database.fetch("SELECT version FROM schema_version")
        assert sorted(row[0] for row in rows) == list(range(1, len(MIGRATIONS) + 1))
        assert [await one.queue() for one in stores] == [[], [], [], []]
