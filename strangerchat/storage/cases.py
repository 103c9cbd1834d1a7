"""The moderation records as the store hands them out, and how free text is kept in a row."""

from __future__ import annotations

import msgspec

from strangerchat.storage.database import Row, Statement
from strangerchat.storage.reports import Report, TranscriptLine

SYSTEM = "system"  # the audit log's actor for what the server does by itself
_encoder = msgspec.json.Encoder()


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
    answer: str | None = None  # the moderator's reason, which the appellant is shown


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
    restrictions: int = 0  # ended lockouts and other restrictions without a case


def audit_statement(
    at: float, actor: str, action: str, receipt: str | None, detail: str
) -> Statement:
    return (
        "INSERT INTO audit (at, actor, action, receipt, detail) VALUES (?, ?, ?, ?, ?)",
        (at, actor, action, receipt, stored_text(detail)),
    )


def summary(row: Row) -> CaseSummary:
    receipt, category, severity, at, status, signals = row
    return CaseSummary(receipt, category, severity, at, status, string_list(signals))


def report_from(row: Row, transcript: list[TranscriptLine]) -> Report:
    """From the report's columns (see records.py) and its status."""
    receipt, category, severity, note, at, reporter, reporter_ip, reported, reported_ip = row[:9]
    return Report(
        *(receipt, category, severity, read_text(note), at),
        *(reporter, reporter_ip, reported, reported_ip),
        transcript=transcript,
        signals=string_list(row[9]),
        reported_keys=string_list(row[10] or "[]"),
        status=str(row[11]),
    )


def stored_text(text: str) -> str:
    """Free text is stored as a JSON string: PostgreSQL's TEXT cannot hold NUL, which a
    stranger can send, and a transcript must come back exactly as it was."""
    return _encoder.encode(text).decode()


def read_text(stored: str) -> str:
    try:
        return msgspec.json.decode(stored, type=str)
    except msgspec.DecodeError:
        return stored


def string_list(raw: str) -> list[str]:
    """A stored JSON list of strings (signals, keys); empty if it is not one."""
    try:
        return msgspec.json.decode(raw, type=list[str])
    except msgspec.DecodeError:
        return []
