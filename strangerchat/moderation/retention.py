"""Retention: decided cases are deleted `report_retention` seconds after their last decision,
unless a legal hold on them is still running; the purge runs at start and then every hour."""

from __future__ import annotations

import asyncio
import logging

from strangerchat.storage.database import DatabaseError
from strangerchat.storage.records import ModerationStore

PURGE_INTERVAL = 3600.0

log = logging.getLogger(__name__)


async def purge_once(records: ModerationStore, retention: float) -> None:
    """One purge; a database that fails is logged, and the next purge tries again."""
    try:
        counts = await records.purge(retention)
    except DatabaseError as exc:
        log.warning("retention purge failed: %s", exc)
        return
    if counts.cases:
        log.info("retention purge deleted %d decided cases", counts.cases)


async def run(records: ModerationStore, retention: float) -> None:
    """Purge until cancelled."""
    while True:
        await purge_once(records, retention)
        await asyncio.sleep(PURGE_INTERVAL)
