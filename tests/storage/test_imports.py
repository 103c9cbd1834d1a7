"""Reports that earlier versions kept in reports.jsonl move into the database at first start."""

from __future__ import annotations

from pathlib import Path

import msgspec

from strangerchat.storage.imports import IMPORTED_SUFFIX, REPORTS_FILE
from tests.storage.records_helpers import NOW, a_report, opened


async def test_reports_jsonl_is_imported_once_and_set_aside(
    database_url: str | None, tmp_path: Path
) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    old = [a_report("older", at=NOW), a_report("severe", severity=2, at=NOW + 1)]
    lines = b"".join(msgspec.json.encode(report) + b"\n" for report in old)
    (data_dir / REPORTS_FILE).write_bytes(lines + b'{"receipt": "cut short')  # a crash mid-write
    async with opened(database_url, str(data_dir)) as records:
        assert await records.reports() == [old[1], old[0]]
        (entry,) = await records.audit_log()
        assert (entry.action, entry.detail) == ("imported", f"2 reports from {REPORTS_FILE}")
    assert not (data_dir / REPORTS_FILE).exists()
    assert (data_dir / (REPORTS_FILE + IMPORTED_SUFFIX)).read_bytes().startswith(lines)
    # A copy put back (a restore from backup, say) adds nothing twice.
    (data_dir / REPORTS_FILE).write_bytes(lines)
    async with opened(database_url, str(data_dir)) as records:
        assert [report.receipt for report in await records.reports()] == ["severe", "older"]
        assert len(await records.database.fetch("SELECT * FROM evidence")) == 4
