"""Bringing the moderation database up at start: connect, migrate, import old reports."""

from __future__ import annotations

from typing import TYPE_CHECKING

from strangerchat.storage.imports import import_redis_reports, import_report_file
from strangerchat.storage.records import ModerationStore
from strangerchat.storage.schema import migrate

if TYPE_CHECKING:
    from redis.asyncio import Redis


async def start_records(
    records: ModerationStore, data_dir: str, redis: Redis | None = None, prefix: str = ""
) -> None:
    """DatabaseError if the database cannot be reached or migrated; closed again then.

    With `redis`, reports an earlier version kept there are moved too (a Redis that does not
    answer leaves them for the next start).
    """
    await records.database.open()
    try:
        await migrate(records.database)
        await import_report_file(records, data_dir)
        if redis is not None:
            await import_redis_reports(records, redis, prefix)
    except BaseException:
        await records.database.close()
        raise
