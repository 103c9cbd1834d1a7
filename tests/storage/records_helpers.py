"""Helpers for the moderation-store tests: a clock the test moves, reports to store, a store."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator

from strangerchat.storage.connect import open_database
from strangerchat.storage.records import ModerationStore
from strangerchat.storage.reports import Report, TranscriptLine
from strangerchat.storage.startup import start_records

NOW = 1_800_000_000.0
DAY = 86400.0
GREEK = "\u039a\u03b1\u03bb\u03b7\u03bc\u03ad\u03c1\u03b1"  # escaped: a linter flags Greek letters
TRICKY = f'🙂 line\n{GREEK} — こんにちは "quoted" \\ back\u200bslash\x00nul'


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> float:
        return self.now


def a_report(
    receipt: str, severity: int = 1, at: float = NOW, reported_ip: str | None = "ip-a"
) -> Report:
    return Report(
        receipt=receipt,
        category="suspected_minor" if severity > 1 else "harassment",
        severity=severity,
        note=f"note of {receipt}",
        at=at,
        reporter="reporter-hash",
        reporter_ip="ip-r",
        reported="reported-hash",
        reported_ip=reported_ip,
        transcript=[
            TranscriptLine(by="reported", text=f"{receipt} said {TRICKY}", at=at - 2),
            TranscriptLine(by="reporter", text="go away", at=at - 1),
        ],
        signals=["asks_age"],
    )


@contextlib.asynccontextmanager
async def opened(
    database_url: str | None, data_dir: str, clock: Clock | None = None, timeout: float = 5.0
) -> AsyncIterator[ModerationStore]:
    records = ModerationStore(open_database(database_url, data_dir, timeout), clock or Clock())
    await start_records(records, data_dir)
    try:
        yield records
    finally:
        await records.database.close()
