"""The transparency report's figures: per UTC calendar month, counts of reports, decisions,
restrictions, bans by length and appeals, and the median time from report to first decision.

Only counts leave this module, never a receipt, a name or a text. Each month is a bucket that
SQL itself picks (`CASE WHEN at < ? ...` over the months' bounds, computed here), so both
dialects group the same way and a count is one row per bucket, however many records there are.
The one exception is the median, which needs each decided case's delay (one number per case).
"""

from __future__ import annotations

import datetime
import statistics
import time
from collections.abc import Callable, Iterable
from typing import get_args

import msgspec

from strangerchat.protocol import ReportCategory
from strangerchat.storage.database import Database, Params, Row
from strangerchat.storage.restrictions import BAN, FOR_GOOD, LOCKOUT

MONTHS = 12  # the current month and the eleven before it; never more, so a page stays cheap
HOUR = 3600.0
DAY = 24 * HOUR
# A ban's length goes in the first bucket it fits; longer than a week is "longer", and one
# that ends about FOR_GOOD after it began (restrictions.py) is "for good".
BAN_LENGTHS: tuple[tuple[str, float], ...] = (("1h", HOUR), ("24h", DAY), ("168h", 7 * DAY))
FOR_GOOD_AFTER = FOR_GOOD / 2
BAN_BUCKETS = (*(name for name, _ in BAN_LENGTHS), "longer", "for_good")
CATEGORIES: tuple[str, ...] = get_args(ReportCategory)
# What a moderator can decide about a case (records.ACTIONS), in the report's order.
DECISIONS = ("dismiss", "ban", "ban_for_good", "lift_ban", "refer")
RESTRICTIONS = (BAN, LOCKOUT)
OTHER = "other"  # where a value this version does not know is counted, so nothing goes missing


class Split(msgspec.Struct):
    """How many were automatic and how many a moderator's."""

    automatic: int = 0
    moderator: int = 0


class AppealCounts(msgspec.Struct):
    received: int = 0  # made in the month
    upheld: int = 0  # answered in the month: the decision stands
    reversed: int = 0  # answered in the month: the decision was undone


class Month(msgspec.Struct):
    month: str  # "2027-03"
    # False when decided cases from this month may already have been purged, so that its
    # counts of reports, decisions and appeals are lower than what happened.
    complete: bool
    reports: dict[str, int]  # by category, made in the month
    decisions: dict[str, Split]  # on reports, by action, taken in the month
    restrictions: dict[str, Split]  # bans and lockouts imposed in the month, by kind
    bans: dict[str, int]  # bans imposed in the month, by length
    appeals: AppealCounts
    decided: int  # reports whose first decision came in the month
    median_hours_to_decision: float | None  # of those; None when there were none


class Figures(msgspec.Struct):
    generated_at: float
    months: list[Month]  # newest first


class Transparency:
    """The figures for the last MONTHS months from one database."""

    def __init__(
        self, database: Database, retention: float, clock: Callable[[], float] = time.time
    ) -> None:
        self.database = database
        self._retention = retention  # decided cases are purged this long after (records.purge)
        self._clock = clock

    async def figures(self) -> Figures:
        now = self._clock()
        bounds = month_bounds(now, MONTHS)
        months = [_empty(start, start >= now - self._retention) for start in bounds[:-1]]
        counting = _Counting(self.database, bounds)
        for index, category, count in await counting.grouped("reports", "at", "category"):
            _add(months[index].reports, category, count)
        for index, action, automatic, count in await counting.grouped(
            "decisions", "at", "action", _AUTOMATIC
        ):
            _split(months[index].decisions, action, automatic, count)
        await self._count_restrictions(counting, months)
        await self._count_appeals(counting, months)
        await self._median(counting, months)
        return Figures(now, months[::-1])

    async def _count_restrictions(self, counting: _Counting, months: list[Month]) -> None:
        """Ban lengths come from here, not from the decisions: every ban imposed, automatic
        or a moderator's, on a case or not, is one row of the restrictions table."""
        for index, kind, automatic, count in await counting.grouped(
            "restrictions", "at", "kind", _AUTOMATIC
        ):
            _split(months[index].restrictions, kind, automatic, count)
        for index, length, count in await counting.grouped(
            "restrictions", "at", _BAN_LENGTH, where=f"kind = '{BAN}'", params=_LENGTHS
        ):
            _add(months[index].bans, length, count)

    async def _count_appeals(self, counting: _Counting, months: list[Month]) -> None:
        for index, count in await counting.grouped("appeals", "at"):
            months[index].appeals.received += count
        for index, outcome, count in await counting.grouped(
            "appeals", "decided_at", "outcome", where="outcome IS NOT NULL"
        ):
            if outcome == "upheld":
                months[index].appeals.upheld += count
            elif outcome == "reversed":
                months[index].appeals.reversed += count

    async def _median(self, counting: _Counting, months: list[Month]) -> None:
        """Each case's delay, in the month of its first decision: a month's figure is then
        final once the month is over, where a report's own month would still change."""
        delays: list[list[float]] = [[] for _ in months]
        for index, delay in await counting.first_decisions():
            delays[index].append(float(delay))
        for month, found in zip(months, delays, strict=True):
            month.decided = len(found)
            if found:
                month.median_hours_to_decision = round(statistics.median(found) / HOUR, 2)


def month_bounds(now: float, count: int) -> list[float]:
    """The starts of the last `count` UTC calendar months, oldest first, and the next one's."""
    today = datetime.datetime.fromtimestamp(now, datetime.UTC)
    # The bound after the current month: January of the next year after a December.
    year, month = (today.year, today.month + 1) if today.month < 12 else (today.year + 1, 1)
    starts = []
    for _ in range(count + 1):
        starts.append(datetime.datetime(year, month, 1, tzinfo=datetime.UTC).timestamp())
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return starts[::-1]


_AUTOMATIC = "CASE WHEN moderator IS NULL THEN 1 ELSE 0 END"
_BAN_BUCKET_WHENS = " ".join(f"WHEN until - at <= ? THEN '{name}'" for name, _ in BAN_LENGTHS)
_BAN_LENGTH = f"CASE WHEN until - at >= ? THEN 'for_good' {_BAN_BUCKET_WHENS} ELSE 'longer' END"
_LENGTHS: Params = (FOR_GOOD_AFTER, *(length for _, length in BAN_LENGTHS))


class _Counting:
    """Statements over one range of months; every row starts with its month's index."""

    def __init__(self, database: Database, bounds: list[float]) -> None:
        self._database = database
        self._bounds = bounds

    def _month(self, column: str) -> tuple[str, Params]:
        inner = self._bounds[1:-1]
        whens = " ".join(f"WHEN {column} < ? THEN {index}" for index in range(len(inner)))
        return f"CASE {whens} ELSE {len(inner)} END", inner

    async def grouped(
        self, table: str, at: str, *columns: str, where: str = "1 = 1", params: Params = ()
    ) -> list[Row]:
        """COUNT(*) by month of `at` and by `columns`; `params` are those in `columns`."""
        month, month_params = self._month(at)
        keys = ", ".join(str(n) for n in range(1, len(columns) + 2))
        selected = ", ".join((month, *columns, "COUNT(*)"))
        return await self._database.fetch(
            f"SELECT {selected} FROM {table}"
            f" WHERE {at} >= ? AND {at} < ? AND {where} GROUP BY {keys}",
            (*month_params, *params, self._bounds[0], self._bounds[-1]),
        )

    async def first_decisions(self) -> list[Row]:
        """(month of the first decision, seconds from the report to it), one row per case."""
        month, month_params = self._month("MIN(d.at)")
        return await self._database.fetch(
            f"SELECT {month}, MIN(d.at) - r.at FROM reports r JOIN decisions d"
            " ON d.receipt = r.receipt GROUP BY r.receipt, r.at"
            " HAVING MIN(d.at) >= ? AND MIN(d.at) < ?",
            (*month_params, self._bounds[0], self._bounds[-1]),
        )


def _empty(start: float, complete: bool) -> Month:
    return Month(
        month=datetime.datetime.fromtimestamp(start, datetime.UTC).strftime("%Y-%m"),
        complete=complete,
        reports=dict.fromkeys(CATEGORIES, 0),
        decisions={action: Split() for action in (*DECISIONS, OTHER)},
        restrictions={kind: Split() for kind in (*RESTRICTIONS, OTHER)},
        bans=dict.fromkeys(BAN_BUCKETS, 0),
        appeals=AppealCounts(),
        decided=0,
        median_hours_to_decision=None,
    )


def _key(known: Iterable[str], value: str) -> str:
    return value if value in known else OTHER


def _add(counts: dict[str, int], key: str, count: int) -> None:
    counts[_key(counts, key)] += int(count)


def _split(counts: dict[str, Split], key: str, automatic: int, count: int) -> None:
    split = counts[_key(counts, key)]
    if automatic:
        split.automatic += int(count)
    else:
        split.moderator += int(count)
