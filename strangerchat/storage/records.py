"""Moderation records: cases (a report and its evidence), decisions, appeals, legal holds and
the audit log, over either database; appeals are `appeals` (appeals.py) and moderator
accounts `accounts` (moderators.py).

What a console needs: the queue (most severe first, then oldest), one case with everything
about it, a decision under a moderator's name, a hold, and the audit log, written in the same
transaction as the thing it records.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import msgspec

from strangerchat.storage.appeals import Appeals
from strangerchat.storage.cases import (
    SYSTEM,
    Appeal,
    AuditEntry,
    Case,
    CaseSummary,
    Decision,
    Hold,
    PurgeCounts,
    audit_statement,
    read_text,
    report_from,
    stored_text,
    summary,
)
from strangerchat.storage.database import Database, Statement
from strangerchat.storage.moderators import ModeratorAccounts
from strangerchat.storage.reports import Report, ReportStore, TranscriptLine
from strangerchat.storage.restrictions import Restrictions
from strangerchat.storage.signins import SignIns

# What a moderator can decide about a case; every one of them makes the case decided.
ACTIONS = frozenset({"dismiss", "ban", "ban_for_good", "lift_ban", "refer"})
QUEUE_PAGE = 100
MAX_PAGE = 1000  # the most rows one page of the queue or the audit log reads

_REPORT_COLUMNS = (
    "receipt, category, severity, note, at, reporter, reporter_ip, reported, reported_ip, signals,"
    " reported_keys"
)


class ModerationStore:
    def __init__(self, database: Database, clock: Callable[[], float] = time.time) -> None:
        self.database = database
        self._clock = clock
        self.accounts = ModeratorAccounts(database, clock)
        self.appeals = Appeals(database, clock)
        self.restrictions = Restrictions(database, clock)
        self.sign_ins = SignIns(database, clock)

    async def add_report(self, report: Report, status: str = "open") -> bool:
        """Store a report and its transcript; False if its receipt was stored already."""
        added, *_ = await self.database.run(_insert_report(report, status))
        return added > 0

    async def reports(self) -> list[Report]:
        """Every case's report, open or decided, in the queue's order."""
        rows = await self.database.fetch(
            f"SELECT {_REPORT_COLUMNS}, status FROM reports ORDER BY severity DESC, at, receipt"
        )
        lines = await self._transcripts()
        return [report_from(row, lines.get(row[0], [])) for row in rows]

    async def queue(self, limit: int = QUEUE_PAGE, offset: int = 0) -> list[CaseSummary]:
        """Open cases, most severe first, then oldest first."""
        rows = await self.database.fetch(
            "SELECT receipt, category, severity, at, status, signals FROM reports"
            " WHERE status = 'open' ORDER BY severity DESC, at, receipt LIMIT ? OFFSET ?",
            (_page(limit), max(0, offset)),
        )
        return [summary(row) for row in rows]

    async def open_count(self) -> int:
        """How many cases are open (the queue shows the first QUEUE_PAGE of them)."""
        rows = await self.database.fetch("SELECT COUNT(*) FROM reports WHERE status = 'open'")
        return int(rows[0][0])

    async def history(self, reported_ip: str) -> list[CaseSummary]:
        """Every case against an address hash, oldest first: what a moderator weighs."""
        rows = await self.database.fetch(
            "SELECT receipt, category, severity, at, status, signals FROM reports"
            " WHERE reported_ip = ? ORDER BY at, receipt",
            (reported_ip,),
        )
        return [summary(row) for row in rows]

    async def open_case(self, receipt: str, moderator: str) -> Case | None:
        """One case in full; the view is in the audit log under the moderator's name."""
        found = await self.database.fetch(
            f"SELECT {_REPORT_COLUMNS}, status FROM reports WHERE receipt = ?", (receipt,)
        )
        if not found:
            return None
        await self.database.run([audit_statement(self._clock(), moderator, "viewed", receipt, "")])
        lines = await self._transcripts(receipt)
        decisions = await self.database.fetch(
            "SELECT action, moderator, reason, at, until FROM decisions WHERE receipt = ?"
            " ORDER BY id",
            (receipt,),
        )
        holds = await self.database.fetch(
            "SELECT reason, placed_by, at, until FROM holds WHERE receipt = ? ORDER BY id",
            (receipt,),
        )
        appeals = await self.database.fetch(
            "SELECT appeal, text, at, outcome, decided_by, answer FROM appeals WHERE receipt = ?"
            " ORDER BY id",
            (receipt,),
        )
        return Case(
            report=report_from(found[0], lines.get(receipt, [])),
            status=str(found[0][11]),
            decisions=[
                Decision(a, by, read_text(why), at, end) for a, by, why, at, end in decisions
            ],
            holds=[Hold(read_text(why), by, at, until) for why, by, at, until in holds],
            appeals=[
                Appeal(a, read_text(text), at, out, by, None if why is None else read_text(why))
                for a, text, at, out, by, why in appeals
            ],
        )

    async def decide(
        self,
        receipt: str,
        moderator: str | None,
        action: str,
        reason: str,
        until: float | None = None,
        close: bool = True,
    ) -> bool:
        """Record a decision (moderator None: automatic); False if there is no such case.
        `close` False leaves an open case open (and the retention clock where it was)."""
        if action not in ACTIONS:
            raise ValueError(f"unknown action {action!r}")
        now = self._clock()
        status = "'decided'" if close else "status"
        decided_at = "?" if close else "COALESCE(decided_at, ?)"
        decided, *_ = await self.database.run(
            [
                (
                    f"UPDATE reports SET status = {status}, decided_at = {decided_at}"
                    " WHERE receipt = ?",
                    (now, receipt),
                ),
                (
                    "INSERT INTO decisions (receipt, action, moderator, reason, at, until)"
                    " SELECT receipt, ?, ?, ?, ?, ? FROM reports WHERE receipt = ?",
                    (action, moderator, stored_text(reason), now, until, receipt),
                ),
                (
                    "INSERT INTO audit (at, actor, action, receipt, detail)"
                    " SELECT ?, ?, ?, receipt, ? FROM reports WHERE receipt = ?",
                    (now, moderator or SYSTEM, action, stored_text(reason), receipt),
                ),
            ]
        )
        return decided > 0

    async def place_hold(self, receipt: str, placed_by: str, reason: str, until: float) -> bool:
        """Keep a case from the purge until `until`; False if there is no such case."""
        now = self._clock()
        placed, _ = await self.database.run(
            [
                (
                    "INSERT INTO holds (receipt, reason, placed_by, at, until)"
                    " SELECT receipt, ?, ?, ?, ? FROM reports WHERE receipt = ?",
                    (stored_text(reason), placed_by, now, until, receipt),
                ),
                (
                    "INSERT INTO audit (at, actor, action, receipt, detail)"
                    " SELECT ?, ?, 'hold', receipt, ? FROM reports WHERE receipt = ?",
                    (now, placed_by, stored_text(reason), receipt),
                ),
            ]
        )
        return placed > 0

    async def note(self, receipt: str | None, actor: str, action: str, detail: str) -> None:
        """Append to the audit log (a moderator's note, a sign-in, an export)."""
        await self.database.run([audit_statement(self._clock(), actor, action, receipt, detail)])

    async def audit_log(self, limit: int = QUEUE_PAGE, offset: int = 0) -> list[AuditEntry]:
        """The newest entries first."""
        rows = await self.database.fetch(
            "SELECT at, actor, action, receipt, detail FROM audit ORDER BY id DESC"
            " LIMIT ? OFFSET ?",
            (_page(limit), max(0, offset)),
        )
        return [
            AuditEntry(at, actor, action, receipt, read_text(detail))
            for at, actor, action, receipt, detail in rows
        ]

    async def purge(self, retention: float) -> PurgeCounts:
        """Delete cases decided more than `retention` seconds ago and not under a hold that
        is still running; the counts go to the audit log (nothing of the content)."""
        now = self._clock()
        purged = await self.database.run(_purge(now, retention))
        _, lines, decisions, appeals, holds, restrictions, cases, gone, gone_appeals = purged
        counts = PurgeCounts(
            cases, lines, decisions, appeals + gone_appeals, holds, restrictions + gone
        )
        if any(msgspec.structs.astuple(counts)):
            detail = msgspec.json.encode(counts).decode()
            await self.database.run([audit_statement(now, SYSTEM, "purged", None, detail)])
        return counts

    async def _transcripts(self, receipt: str | None = None) -> dict[str, list[TranscriptLine]]:
        where, params = ("WHERE receipt = ?", (receipt,)) if receipt else ("", ())
        rows = await self.database.fetch(
            f"SELECT receipt, writer, text, at FROM evidence {where} ORDER BY receipt, position",
            params,
        )
        lines: dict[str, list[TranscriptLine]] = {}
        for found, writer, text, at in rows:
            lines.setdefault(found, []).append(TranscriptLine(writer, read_text(text), at))
        return lines


def _page(limit: int) -> int:
    return min(max(0, limit), MAX_PAGE)


def _insert_report(report: Report, status: str) -> list[Statement]:
    signals = msgspec.json.encode(report.signals).decode()
    keys = msgspec.json.encode(report.reported_keys).decode()
    statements: list[Statement] = [
        (
            f"INSERT INTO reports ({_REPORT_COLUMNS}, status)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (receipt) DO NOTHING",
            (
                *(report.receipt, report.category, report.severity, stored_text(report.note)),
                report.at,
                *(report.reporter, report.reporter_ip, report.reported, report.reported_ip),
                signals,
                keys,
                status,
            ),
        )
    ]
    for position, line in enumerate(report.transcript):
        statements.append(
            (
                "INSERT INTO evidence (receipt, position, writer, text, at)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (receipt, position) DO NOTHING",
                (report.receipt, position, line.by, stored_text(line.text), line.at),
            )
        )
    return statements


def _purge(now: float, retention: float) -> list[Statement]:
    """Marked first, so every delete takes the same cases, whatever is added meanwhile."""
    purging = "SELECT receipt FROM reports WHERE status = 'purging'"
    return [
        (
            "UPDATE reports SET status = 'purging' WHERE status = 'decided'"
            " AND decided_at <= ? AND NOT EXISTS (SELECT 1 FROM holds"
            " WHERE holds.receipt = reports.receipt AND holds.until > ?)"
            # A ban still in force keeps its case: the visitor may still appeal it; and an
            # appeal still waiting keeps the case it is about.
            " AND NOT EXISTS (SELECT 1 FROM restrictions WHERE restrictions.receipt ="
            " reports.receipt AND restrictions.until > ? AND restrictions.lifted_at IS NULL)"
            " AND NOT EXISTS (SELECT 1 FROM appeals WHERE appeals.receipt = reports.receipt"
            " AND appeals.outcome IS NULL)",
            (now - retention, now, now),
        ),
        (f"DELETE FROM evidence WHERE receipt IN ({purging})", ()),
        (f"DELETE FROM decisions WHERE receipt IN ({purging})", ()),
        (f"DELETE FROM appeals WHERE receipt IN ({purging})", ()),
        (f"DELETE FROM holds WHERE receipt IN ({purging})", ()),
        (f"DELETE FROM restrictions WHERE receipt IN ({purging})", ()),
        ("DELETE FROM reports WHERE status = 'purging'", ()),
        # A restriction without a case (a lockout) goes `retention` after it ended, and its
        # appeals with it; a restriction with a case goes with the case.
        (
            "DELETE FROM restrictions WHERE receipt IS NULL AND until <= ?"
            " AND NOT EXISTS (SELECT 1 FROM appeals WHERE appeals.restriction = restrictions.ref"
            " AND appeals.outcome IS NULL)",
            (now - retention,),
        ),
        (
            "DELETE FROM appeals WHERE receipt = '' AND NOT EXISTS"
            " (SELECT 1 FROM restrictions WHERE restrictions.ref = appeals.restriction)",
            (),
        ),
    ]


class DatabaseReportStore(ReportStore):
    """Reports as cases in the moderation database, which every process may share."""

    def __init__(self, records: ModerationStore) -> None:
        self.records = records

    async def add(self, report: Report) -> None:
        await self.records.add_report(report)

    async def queue(self) -> list[Report]:
        return await self.records.reports()
