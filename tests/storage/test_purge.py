"""Retention on both databases, with a clock the test moves: decided cases go after the retention
period, a case under a legal hold stays until the hold ends, open cases stay, and the audit log
says how many went (and nothing of what they held)."""

from __future__ import annotations

import asyncio
import dataclasses
import time
from pathlib import Path

import msgspec
import pytest

from strangerchat.app import create_app
from strangerchat.appkeys import CHAT
from strangerchat.moderation.retention import purge_once
from strangerchat.settings import REPORT_RETENTION, Settings
from tests.storage.records_helpers import DAY, NOW, TRICKY, Clock, a_report, opened

YEAR = 365 * DAY


async def receipts(records) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(report.receipt for report in await records.reports())


async def test_the_purge_deletes_decided_cases_and_keeps_held_and_open_ones(
    database_url: str | None, tmp_path: Path
) -> None:
    clock = Clock()
    async with opened(database_url, str(tmp_path), clock) as records:
        for receipt in ("decided", "held", "open"):
            await records.add_report(a_report(receipt))
        await records.decide("decided", "ada", "dismiss", "no abuse")
        await records.decide("held", "ada", "refer", "grooming")
        assert await records.place_hold("held", "ada", "referred", until=NOW + YEAR)
        appeal = await records.appeals.add("decided", "please")
        assert appeal is not None
        # Answered: a waiting appeal would keep its case (test_restrictions.py).
        assert await records.appeals.decide(appeal, "ada", "upheld", "it stands")

        clock.now = NOW + REPORT_RETENTION - 1  # not yet
        counts = await records.purge(REPORT_RETENTION)
        assert counts.cases == 0
        assert await receipts(records) == ["decided", "held", "open"]

        clock.now = NOW + REPORT_RETENTION
        counts = await records.purge(REPORT_RETENTION)
        assert (counts.cases, counts.evidence_lines, counts.decisions, counts.appeals) == (
            1,
            2,
            1,
            1,
        )
        assert await receipts(records) == ["held", "open"]
        assert await records.open_case("decided", "ada") is None

        clock.now = NOW + YEAR - 1  # the hold still runs
        assert (await records.purge(REPORT_RETENTION)).cases == 0
        clock.now = NOW + YEAR  # the hold has ended
        counts = await records.purge(REPORT_RETENTION)
        assert (counts.cases, counts.holds) == (1, 1)
        assert await receipts(records) == ["open"]  # never decided: never purged

        clock.now = NOW + 10 * YEAR
        assert (await records.purge(REPORT_RETENTION)).cases == 0
        assert await receipts(records) == ["open"]
        purged = [entry for entry in await records.audit_log() if entry.action == "purged"]
        assert [entry.at for entry in purged] == [NOW + YEAR, NOW + REPORT_RETENTION]
        assert msgspec.json.decode(purged[1].detail) == {
            "cases": 1,
            "evidence_lines": 2,
            "decisions": 1,
            "appeals": 1,
            "holds": 0,
            "restrictions": 0,
        }
        everything = " ".join(f"{entry.detail} {entry.receipt}" for entry in purged)
        assert TRICKY not in everything
        assert "please" not in everything
        assert all(entry.actor == "system" and entry.receipt is None for entry in purged)
        rows = await records.database.fetch("SELECT COUNT(*) FROM evidence")
        assert rows[0][0] == 2  # the open case's lines, and no one else's


async def test_a_decision_restarts_the_retention_period(
    database_url: str | None, tmp_path: Path
) -> None:
    clock = Clock()
    async with opened(database_url, str(tmp_path), clock) as records:
        await records.add_report(a_report("r1"))
        await records.decide("r1", "ada", "ban", "first")
        clock.now = NOW + 30 * DAY
        await records.decide("r1", "grace", "lift_ban", "appeal upheld")
        clock.now = NOW + REPORT_RETENTION + DAY
        assert (await records.purge(REPORT_RETENTION)).cases == 0
        clock.now = NOW + 30 * DAY + REPORT_RETENTION
        assert (await records.purge(REPORT_RETENTION)).cases == 1


async def test_a_failed_purge_is_logged_and_raises_nothing(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    async with opened(None, str(tmp_path)) as records:
        pass  # closed: every call now fails
    await purge_once(records, REPORT_RETENTION)
    assert "retention purge failed" in caplog.text
    assert "Traceback" not in caplog.text


async def test_the_server_purges_at_start(
    aiohttp_client, settings: Settings, database_url: str | None
) -> None:  # type: ignore[no-untyped-def]
    settings = dataclasses.replace(settings, database_url=database_url)
    clock = Clock()
    clock.now = time.time() - REPORT_RETENTION - DAY  # decided 91 days ago
    async with opened(database_url, settings.data_dir, clock) as records:
        for receipt in ("old", "held"):
            await records.add_report(a_report(receipt, at=clock.now))
            await records.decide(receipt, "ada", "dismiss", "no abuse")
        await records.place_hold("held", "ada", "referred", until=time.time() + YEAR)
    client = await aiohttp_client(create_app(settings))
    records = client.app[CHAT].stores.records
    for _ in range(500):  # the purge runs as a task: wait for it, up to a bound
        if any(entry.action == "purged" for entry in await records.audit_log()):
            break
        await asyncio.sleep(0.01)
    assert [report.receipt for report in await records.reports()] == ["held"]
