"""Bringing the moderation database up at start: connect, migrate, import old reports."""

from __future__ import annotations

from strangerchat.storage.imports import import_report_file
from strangerchat.storage.records import ModerationStore
from strangerchat.storage.schema import migrate


async def start_records(records: ModerationStore, data_dir: str) -> None:
    """DatabaseError if the database cannot be reached or migrated; closed again then."""
    await records.database.open()
    try:
        await migrate(records.database)
        await import_report_file(records, data_dir)
    except BaseException:
        await records.database.close()
        raise
