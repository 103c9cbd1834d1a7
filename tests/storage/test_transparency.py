"""The transparency figures, on SQLite and on a real PostgreSQL, with a clock the test moves:
counts per month, automatic and moderators' decisions, ban lengths, appeals and the median."""

from __future__ import annotations

import datetime
from pathlib import Path

import msgspec

from strangerchat.storage.restrictions import BAN, FOR_GOOD, LOCKOUT, new_ref
from strangerchat.storage.transparency import (
    MONTHS,
    Month,
    Split,
    Transparency,
    month_bounds,
)
from tests.storage.records_helpers import DAY, NOW, Clock, a_report, opened

HOUR = 3600.0
BOUNDS = month_bounds(NOW, MONTHS)  # NOW is in January 2027
THIS_MONTH = BOUNDS[-2]  # 2027-01-01
LAST_MONTH = BOUNDS[-3]  # 2026-12-01


def by_month(months: list[Month]) -> dict[str, Month]:
    return {month.month: month for month in months}


async def test_reports_and_decisions_are_counted_in_their_month(
    database_url: str | None, tmp_path: Path
) -> None:
    clock = Clock()
    async with opened(database_url, str(tmp_path), clock) as records:
        transparency = Transparency(records.database, 90 * DAY, clock)
        clock.now = LAST_MONTH + DAY
        assert await records.add_report(a_report("dec-1", severity=2, at=clock.now))
        assert await records.add_report(a_report("dec-2", at=clock.now))
        clock.now += HOUR
        assert await records.decide("dec-1", "ada", "ban", "minor", until=clock.now + DAY)
        assert await records.decide("dec-2", None, "dismiss", "no abuse found")
        clock.now = THIS_MONTH + 2 * DAY
        for receipt in ("jan-1", "jan-2", "jan-3"):
            assert await records.add_report(a_report(receipt, at=clock.now))
        assert await records.decide("jan-1", None, "ban", "reported", until=clock.now + HOUR)
        assert await records.decide("jan-2", "bo", "ban_for_good", "threats")
        assert await records.decide("jan-3", "bo", "ban", "spam", until=clock.now + 30 * DAY)
        # Before the window: counted nowhere.
        assert await records.add_report(a_report("old", at=BOUNDS[0] - DAY))
        clock.now = NOW
        figures = await transparency.figures()

    assert [month.month for month in figures.months][:3] == ["2027-01", "2026-12", "2026-11"]
    assert len(figures.months) == MONTHS
    months = by_month(figures.months)
    january, december = months["2027-01"], months["2026-12"]
    assert january.reports["harassment"] == 3
    assert december.reports == {**december.reports, "suspected_minor": 1, "harassment": 1}
    assert sum(sum(month.reports.values()) for month in figures.months) == 5  # not "old"
    assert december.decisions["ban"].moderator == 1
    assert december.decisions["dismiss"].automatic == 1
    assert (january.decisions["ban"].automatic, january.decisions["ban"].moderator) == (1, 1)
    assert january.decisions["ban_for_good"].moderator == 1
    # Bans are counted from the restrictions table (below), not from decisions.
    assert january.bans == dict.fromkeys(january.bans, 0)
    assert months["2026-11"].reports == dict.fromkeys(months["2026-11"].reports, 0)


async def test_appeals_are_counted_when_made_and_when_answered(
    database_url: str | None, tmp_path: Path
) -> None:
    clock = Clock()
    async with opened(database_url, str(tmp_path), clock) as records:
        clock.now = LAST_MONTH + DAY
        appeals = []
        for receipt in ("a", "b", "c"):
            assert await records.add_report(a_report(receipt, at=clock.now))
            assert await records.decide(receipt, "ada", "ban", "spam", until=clock.now + DAY)
            found = await records.appeals.add(receipt, "it was not me")
            assert found is not None
            appeals.append(found)
        assert await records.appeals.decide(appeals[0], "bo", "upheld", "it was")
        clock.now = THIS_MONTH + DAY
        assert await records.appeals.decide(appeals[1], "bo", "reversed", "a mistake")
        assert await records.appeals.decide(appeals[2], "bo", "upheld", "it was")
        clock.now = NOW
        figures = await Transparency(records.database, 90 * DAY, clock).figures()

    months = by_month(figures.months)
    december, january = months["2026-12"].appeals, months["2027-01"].appeals
    assert (december.received, december.upheld, december.reversed) == (3, 1, 0)
    assert (january.received, january.upheld, january.reversed) == (0, 1, 1)


async def test_the_median_is_from_report_to_first_decision_in_the_month_of_that_decision(
    database_url: str | None, tmp_path: Path
) -> None:
    clock = Clock()
    async with opened(database_url, str(tmp_path), clock) as records:
        for receipt, delay in [("one", 1), ("two", 2), ("ten", 10)]:
            clock.now = THIS_MONTH + DAY
            assert await records.add_report(a_report(receipt, at=clock.now))
            clock.now += delay * HOUR
            assert await records.decide(receipt, "ada", "dismiss", "no abuse")
        clock.now += 5 * DAY  # a later decision does not move the first one
        assert await records.decide("one", "bo", "refer", "police")
        # Reported in December, first decided in January after 40 hours.
        clock.now = THIS_MONTH - 16 * HOUR
        assert await records.add_report(a_report("late", at=clock.now))
        clock.now += 40 * HOUR
        assert await records.decide("late", None, "dismiss", "no abuse")
        assert await records.add_report(a_report("open", at=clock.now))  # no decision yet
        clock.now = NOW
        figures = await Transparency(records.database, 90 * DAY, clock).figures()

    months = by_month(figures.months)
    assert months["2027-01"].decided == 4
    assert months["2027-01"].median_hours_to_decision == 6.0  # of 1, 2, 10 and 40
    assert months["2026-12"].decided == 0
    assert months["2026-12"].median_hours_to_decision is None
    assert months["2027-01"].decisions["refer"].moderator == 1


async def test_months_that_may_have_lost_cases_to_the_purge_say_so_and_no_receipt_is_given(
    database_url: str | None, tmp_path: Path
) -> None:
    clock = Clock()
    async with opened(database_url, str(tmp_path), clock) as records:
        assert await records.add_report(a_report("receipt-secret-123", at=NOW - DAY))
        assert await records.decide("receipt-secret-123", "moderator-name", "dismiss", "reason")
        figures = await Transparency(records.database, 90 * DAY, clock).figures()

    # 90 days before 15 January 2027 is 17 October 2026: October and before may be short.
    complete = {month.month: month.complete for month in figures.months}
    assert [month for month, whole in complete.items() if whole] == [
        "2027-01",
        "2026-12",
        "2026-11",
    ]
    encoded = msgspec.json.encode(figures).decode()
    for secret in ("receipt-secret-123", "moderator-name", "reason", "ip-a", "reporter-hash"):
        assert secret not in encoded


def test_months_are_utc_calendar_months_across_a_new_year() -> None:
    december = datetime.datetime(2026, 12, 31, 23, 59, tzinfo=datetime.UTC).timestamp()
    bounds = month_bounds(december, 3)
    starts = [datetime.datetime.fromtimestamp(b, datetime.UTC).date() for b in bounds]
    assert [day.isoformat() for day in starts] == [
        "2026-10-01",
        "2026-11-01",
        "2026-12-01",
        "2027-01-01",
    ]


async def test_restrictions_are_counted_by_kind_and_give_the_ban_lengths(
    database_url: str | None, tmp_path: Path
) -> None:
    clock = Clock()
    async with opened(database_url, str(tmp_path), clock) as records:
        restrictions = records.restrictions

        async def impose(kind: str, moderator: str | None, length: float) -> None:
            clock.now += 1
            await restrictions.add(
                new_ref(), kind, "reported", ["ip-a"], clock.now + length, moderator
            )

        clock.now = THIS_MONTH + DAY
        await impose(BAN, None, HOUR)
        await impose(BAN, None, DAY)
        await impose(BAN, "ada", 7 * DAY)
        await impose(BAN, "ada", 30 * DAY)
        await impose(BAN, "ada", FOR_GOOD)
        await impose(LOCKOUT, None, DAY)
        # A moderator's ban on a case is a decision and a restriction: its length counts once.
        assert await records.add_report(a_report("case", at=clock.now))
        assert await records.decide("case", "ada", "ban", "spam", until=clock.now + HOUR)
        await impose(BAN, "ada", HOUR)
        clock.now = LAST_MONTH + DAY
        await impose(BAN, None, HOUR)
        clock.now = NOW
        figures = await Transparency(records.database, 90 * DAY, clock).figures()

    months = by_month(figures.months)
    january, december = months["2027-01"], months["2026-12"]
    assert january.restrictions["ban"] == Split(automatic=2, moderator=4)
    assert january.restrictions["lockout"] == Split(automatic=1, moderator=0)
    assert january.bans == {"1h": 2, "24h": 1, "168h": 1, "longer": 1, "for_good": 1}
    assert january.decisions["ban"] == Split(automatic=0, moderator=1)
    assert december.restrictions["ban"] == Split(automatic=1, moderator=0)
    assert december.bans["1h"] == 1
