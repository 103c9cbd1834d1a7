"""Reports kept by earlier versions in reports.jsonl, moved into the moderation database once.

Each line is stored under its receipt (a line stored already is skipped), then the file is
renamed to reports.jsonl.imported, so a restart does not read it again and nothing is lost if the
import stops half-way. A line cut short by a crash mid-write is skipped and counted.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from pathlib import Path

import msgspec

from strangerchat.storage.cases import SYSTEM
from strangerchat.storage.records import ModerationStore
from strangerchat.storage.reports import Report

REPORTS_FILE = "reports.jsonl"
IMPORTED_SUFFIX = ".imported"

log = logging.getLogger(__name__)
_decoder = msgspec.json.Decoder(Report)


class Imported(msgspec.Struct, frozen=True):
    stored: int
    already_there: int
    unreadable: int


async def import_report_file(records: ModerationStore, data_dir: str) -> Imported | None:
    """Move reports.jsonl's reports into the database; None when there is no such file."""
    path = Path(data_dir) / REPORTS_FILE
    lines = await asyncio.to_thread(_read, path)
    if lines is None:
        return None
    stored = already = unreadable = 0
    for line in lines:
        if not line.strip():
            continue
        try:
            report = _decoder.decode(line)
        except msgspec.DecodeError:
            unreadable += 1
            continue
        if await records.add_report(report, status=report.status):
            stored += 1
        else:
            already += 1
    with contextlib.suppress(FileNotFoundError):  # another process moved it first
        await asyncio.to_thread(path.rename, path.with_name(REPORTS_FILE + IMPORTED_SUFFIX))
    await records.note(None, SYSTEM, "imported", f"{stored} reports from {REPORTS_FILE}")
    log.info(
        "moved %d reports from %s into the moderation database (%d there already, %d unreadable)",
        stored,
        REPORTS_FILE,
        already,
        unreadable,
    )
    return Imported(stored, already, unreadable)


def _read(path: Path) -> list[bytes] | None:
    try:
        with path.open("rb") as lines:
            return list(lines)
    except FileNotFoundError:
        return None
