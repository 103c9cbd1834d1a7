"""Moderation records: cases (a report and its evidence), decisions, appeals, legal holds, the
audit log and moderator accounts, over either database.

What a console needs: the queue (most severe first, then oldest), one case with everything
about it, a decision under a moderator's name, a hold, and the audit log, written in the same
transaction as the thing it records.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable

import msgspec

from strangerchat.storage.database import Database, Row, Statement
from strangerchat.storage.reports import Report, TranscriptLine

SYSTEM = "system"  # the audit log's actor for what the server does by itself
# What a moderator can decide about a case; every one of them makes the case decided.
ACTIONS = frozenset({"dismiss", "ban", "ban_for_good", "lift_ban", "refer"})
QUEUE_PAGE = 100
_encoder = msgspec.json.Encoder()

_REPORT_COLUMNS = (
    "receipt, category, severity, note, at, reporter, reporter_ip, reported, reported_ip, signals"
)


class CaseSummary(msgspec.Struct, frozen=True):
    """One line of the queue or of an address's history."""

    receipt: str
    category: str
    severity: int
    at: float
    status: str  # "open" or "decided"
    signals: list[str]


class Decision(msgspec.Struct, frozen=True):
    action: str
    moderator: str | None  # None: taken automatically
    reason: str
    at: float
    until: float | None  # a timed ban's end


class Hold(msgspec.Struct, frozen=True):
    reason: str
    placed_by: str
    at: float
    until: float


class Appeal(msgspec.Struct, frozen=True):
    appeal: str  # the appellant's receipt
    text: str
    at: float
    outcome: str | None  # None while open; "upheld" or "reversed"
    decided_by: str | None


class Case(msgspec.Struct, frozen=True):
    report: Report
    status: str
    decisions: list[Decision]
    holds: list[Hold]
    appeals: list[Appeal]


class AuditEntry(msgspec.Struct, frozen=True):
    at: float
    actor: str
    action: str
    receipt: str | None
    detail: str


class PurgeCounts(msgspec.Struct, frozen=True):
    cases: int
    evidence_lines: int
    decisions: int
    appeals: int
    holds: int


def _audit(at: float, actor: str, action: str, receipt: str | None, detail: str) -> Statement:
    return (
        "INSERT INTO audit (at, actor, action, receipt, detail) VALUES (?, ?, ?, ?, ?)",
        (at, actor, action, receipt, _text(detail)),
    )


class ModerationStore:
    def __init__(self, database: Database, clock: Callable[[], float] = time.time) -> None:
        self.database = database
        self._clock = clock

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
        return [_report(row, lines.get(row[0], [])) for row in rows]

    async def queue(self, limit: int = QUEUE_PAGE, offset: int = 0) -> list[CaseSummary]:
        """Open cases, most severe first, then oldest first."""
        rows = await self.database.fetch(
            "SELECT receipt, category, severity, at, status, signals FROM reports"
            " WHERE status = 'open' ORDER BY severity DESC, at, receipt LIMIT ? OFFSET ?",
            (max(0, limit), max(0, offset)),
        )
        return [_summary(row) for row in rows]

    async def history(self, reported_ip: str) -> list[CaseSummary]:
        """Every case against an address hash, oldest first: what a moderator weighs."""
        rows = await self.database.fetch(
            "SELECT receipt, category, severity, at, status, signals FROM reports"
            " WHERE reported_ip = ? ORDER BY at, receipt",
            (reported_ip,),
        )
        return [_summary(row) for row in rows]

    async def open_case(self, receipt: str, moderator: str) -> Case | None:
        """One case in full; the view is in the audit log under the moderator's name."""
        found = await self.database.fetch(
            f"SELECT {_REPORT_COLUMNS}, status FROM reports WHERE receipt = ?", (receipt,)
        )
        if not found:
            return None
        await self.database.run([_audit(self._clock(), moderator, "viewed", receipt, "")])
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
            "SELECT appeal, text, at, outcome, decided_by FROM appeals WHERE receipt = ?"
            " ORDER BY id",
            (receipt,),
        )
        return Case(
            report=_report(found[0], lines.get(receipt, [])),
            status=str(found[0][10]),
            decisions=[Decision(a, by, _untext(why), at, end) for a, by, why, at, end in decisions],
            holds=[Hold(_untext(why), by, at, until) for why, by, at, until in holds],
            appeals=[Appeal(a, _untext(text), at, out, by) for a, text, at, out, by in appeals],
        )

    async def decide(
        self,
        receipt: str,
        moderator: str | None,
        action: str,
        reason: str,
        until: float | None = None,
    ) -> bool:
        """Record a decision (moderator None: automatic); False if there is no such case."""
        if action not in ACTIONS:
            raise ValueError(f"unknown action {action!r}")
        now = self._clock()
        decided, *_ = await self.database.run(
            [
                (
                    "UPDATE reports SET status = 'decided', decided_at = ? WHERE receipt = ?",
                    (now, receipt),
                ),
                (
                    "INSERT INTO decisions (receipt, action, moderator, reason, at, until)"
                    " SELECT receipt, ?, ?, ?, ?, ? FROM reports WHERE receipt = ?",
                    (action, moderator, _text(reason), now, until, receipt),
                ),
                (
                    "INSERT INTO audit (at, actor, action, receipt, detail)"
                    " SELECT ?, ?, ?, receipt, ? FROM reports WHERE receipt = ?",
                    (now, moderator or SYSTEM, action, _text(reason), receipt),
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
                    (_text(reason), placed_by, now, until, receipt),
                ),
                (
                    "INSERT INTO audit (at, actor, action, receipt, detail)"
                    " SELECT ?, ?, 'hold', receipt, ? FROM reports WHERE receipt = ?",
                    (now, placed_by, _text(reason), receipt),
                ),
            ]
        )
        return placed > 0

    async def add_appeal(self, receipt: str, text: str) -> str | None:
        """An appeal against a case's decision; its own receipt, or None if no such case."""
        appeal = secrets.token_urlsafe(16)
        now = self._clock()
        added, _ = await self.database.run(
            [
                (
                    "INSERT INTO appeals (receipt, appeal, text, at)"
                    " SELECT receipt, ?, ?, ? FROM reports WHERE receipt = ?",
                    (appeal, _text(text), now, receipt),
                ),
                (
                    "INSERT INTO audit (at, actor, action, receipt, detail)"
                    " SELECT ?, 'appellant', 'appealed', receipt, '' FROM reports"
                    " WHERE receipt = ?",
                    (now, receipt),
                ),
            ]
        )
        return appeal if added else None

    async def note(self, receipt: str | None, actor: str, action: str, detail: str) -> None:
        """Append to the audit log (a moderator's note, a sign-in, an export)."""
        await self.database.run([_audit(self._clock(), actor, action, receipt, detail)])

    async def audit_log(self, limit: int = QUEUE_PAGE) -> list[AuditEntry]:
        """The newest entries first."""
        rows = await self.database.fetch(
            "SELECT at, actor, action, receipt, detail FROM audit ORDER BY id DESC LIMIT ?",
            (max(0, limit),),
        )
        return [
            AuditEntry(at, actor, action, receipt, _untext(detail))
            for at, actor, action, receipt, detail in rows
        ]

    async def purge(self, retention: float) -> PurgeCounts:
        """Delete cases decided more than `retention` seconds ago and not under a hold that
        is still running; the counts go to the audit log (nothing of the content)."""
        now = self._clock()
        _, lines, decisions, appeals, holds, cases = await self.database.run(_purge(now, retention))
        counts = PurgeCounts(cases, lines, decisions, appeals, holds)
        if cases:
            detail = msgspec.json.encode(counts).decode()
            await self.database.run([_audit(now, SYSTEM, "purged", None, detail)])
        return counts

    async def add_moderator(self, name: str, password_hash: str) -> bool:
        """False if the name is taken."""
        now = self._clock()
        added, _ = await self.database.run(
            [
                (
                    "INSERT INTO moderators (name, password_hash, created_at) VALUES (?, ?, ?)"
                    " ON CONFLICT (name) DO NOTHING",
                    (name, password_hash, now),
                ),
                _audit(now, SYSTEM, "moderator_added", None, name),
            ]
        )
        return added > 0

    async def remove_moderator(self, name: str) -> bool:
        removed, _ = await self.database.run(
            [
                ("DELETE FROM moderators WHERE name = ?", (name,)),
                _audit(self._clock(), SYSTEM, "moderator_removed", None, name),
            ]
        )
        return removed > 0

    async def moderators(self) -> list[str]:
        rows = await self.database.fetch("SELECT name FROM moderators ORDER BY name")
        return [str(row[0]) for row in rows]

    async def password_hash(self, name: str) -> str | None:
        rows = await self.database.fetch(
            "SELECT password_hash FROM moderators WHERE name = ?", (name,)
        )
        return str(rows[0][0]) if rows else None

    async def _transcripts(self, receipt: str | None = None) -> dict[str, list[TranscriptLine]]:
        where, params = ("WHERE receipt = ?", (receipt,)) if receipt else ("", ())
        rows = await self.database.fetch(
            f"SELECT receipt, writer, text, at FROM evidence {where} ORDER BY receipt, position",
            params,
        )
        lines: dict[str, list[TranscriptLine]] = {}
        for found, writer, text, at in rows:
            lines.setdefault(found, []).append(TranscriptLine(writer, _untext(text), at))
        return lines


def _insert_report(report: Report, status: str) -> list[Statement]:
    signals = msgspec.json.encode(report.signals).decode()
    statements: list[Statement] = [
        (
            f"INSERT INTO reports ({_REPORT_COLUMNS}, status)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (receipt) DO NOTHING",
            (
                *(report.receipt, report.category, report.severity, _text(report.note)),
                report.at,
                *(report.reporter, report.reporter_ip, report.reported, report.reported_ip),
                signals,
                status,
            ),
        )
    ]
    for position, line in enumerate(report.transcript):
        statements.append(
            (
                "INSERT INTO evidence (receipt, position, writer, text, at)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (receipt, position) DO NOTHING",
                (report.receipt, position, line.by, _text(line.text), line.at),
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
            " WHERE holds.receipt = reports.receipt AND holds.until > ?)",
            (now - retention, now),
        ),
        (f"DELETE FROM evidence WHERE receipt IN ({purging})", ()),
        (f"DELETE FROM decisions WHERE receipt IN ({purging})", ()),
        (f"DELETE FROM appeals WHERE receipt IN ({purging})", ()),
        (f"DELETE FROM holds WHERE receipt IN ({purging})", ()),
        ("DELETE FROM reports WHERE status = 'purging'", ()),
    ]


def _summary(row: Row) -> CaseSummary:
    receipt, category, severity, at, status, signals = row
    return CaseSummary(receipt, category, severity, at, status, _signals(signals))


def _report(row: Row, transcript: list[TranscriptLine]) -> Report:
    """From the report's columns and its status."""
    receipt, category, severity, note, at, reporter, reporter_ip, reported, reported_ip = row[:9]
    return Report(
        *(receipt, category, severity, _untext(note), at),
        *(reporter, reporter_ip, reported, reported_ip),
        transcript=transcript,
        signals=_signals(row[9]),
        status=str(row[10]),
    )


def _text(text: str) -> str:
    """Free text is stored as a JSON string: PostgreSQL's TEXT cannot hold NUL, which a
    stranger can send, and a transcript must come back exactly as it was."""
    return _encoder.encode(text).decode()


def _untext(stored: str) -> str:
    try:
        return msgspec.json.decode(stored, type=str)
    except msgspec.DecodeError:
        return stored


def _signals(raw: str) -> list[str]:
    try:
        return msgspec.json.decode(raw, type=list[str])
    except msgspec.DecodeError:
        return []
