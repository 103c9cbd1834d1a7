"""Where the safety features keep what outlives a message: this process, or Redis for them all.

The default mode keeps evidence, standings and the day's address-hash key in memory. With
STRANGERCHAT_REDIS_URL they are in Redis, shared by every process. Reports are moderation
records, in the moderation database in either mode (SQLite in the data directory, or PostgreSQL
with STRANGERCHAT_DATABASE_URL).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from strangerchat.brokers.base import Broker
from strangerchat.safety.bans import MemoryStandings, Standings
from strangerchat.safety.evidence import (
    EvidenceBuffer,
    MemoryEvidence,
    RedisEvidence,
    SplitEvidence,
)
from strangerchat.safety.iphash import SharedDayKeys
from strangerchat.settings import Settings
from strangerchat.storage.connect import open_database
from strangerchat.storage.records import DatabaseReportStore, ModerationStore
from strangerchat.storage.reports import ReportStore

STORES_CONNECTIONS = 32  # per process, beside the broker's 64 (docs/operations.md)


@dataclasses.dataclass(slots=True)
class SafetyStores:
    evidence: EvidenceBuffer
    standings: Standings
    reports: ReportStore
    records: ModerationStore  # opened at start (see storage/startup.py), closed with the rest
    day_keys: SharedDayKeys | None = None
    redis: Any = None  # the client the Redis stores share, closed with them

    async def close(self) -> None:
        try:
            await self.records.database.close()
        finally:
            if self.redis is not None:
                await self.redis.aclose()


def create_stores(settings: Settings, broker: Broker) -> SafetyStores:
    """The stores for the mode `settings` choose; in Redis mode the evidence buffer writes
    through the broker's write-behind queue, so a line goes before its message, and keeps a
    chat of two strangers on this process in its memory."""
    retention = settings.evidence_retention
    database = open_database(settings.database_url, settings.data_dir, settings.database_timeout)
    records = ModerationStore(database)
    reports = DatabaseReportStore(records)
    if settings.redis_url is None:
        return SafetyStores(MemoryEvidence(retention), MemoryStandings(), reports, records)
    # Only a Redis deployment loads redis-py.
    from strangerchat.brokers.deadlines import open_client
    from strangerchat.brokers.local_first import LocalFirstBroker
    from strangerchat.brokers.redis import RedisBroker
    from strangerchat.safety.shared_standings import RedisStandings

    redis = open_client(settings.redis_url, STORES_CONNECTIONS)
    prefix = settings.redis_prefix
    shared = broker.shared if isinstance(broker, LocalFirstBroker) else broker
    news = shared if isinstance(shared, RedisBroker) else None  # of standings changed anywhere
    write_behind = None
    if isinstance(shared, RedisBroker):
        write_behind = shared.write_behind
        shared.reset_with_channel(redis)
    shared_evidence = RedisEvidence(redis, prefix, retention, write_behind=write_behind)
    evidence: EvidenceBuffer = shared_evidence
    if isinstance(broker, LocalFirstBroker):

        def held_here(session_id: str) -> bool:
            return broker.local_session(session_id) is not None

        evidence = SplitEvidence(MemoryEvidence(retention), shared_evidence, held_here)
    return SafetyStores(
        evidence,
        RedisStandings(redis, prefix, news=news),
        reports,
        records,
        SharedDayKeys(redis, prefix),
        redis,
    )
