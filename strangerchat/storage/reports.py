"""Reports, stored durably: JSON lines in the data directory, or in Redis.

A report holds no raw address and no session token: only their hashes, the transcript copied
from the evidence buffer, and the guard's signals about the reported side.
"""

from __future__ import annotations

import abc
import asyncio
import os
from pathlib import Path
from typing import TYPE_CHECKING

import msgspec

if TYPE_CHECKING:
    from redis.asyncio import Redis

REPORTS_FILE = "reports.jsonl"


class TranscriptLine(msgspec.Struct, frozen=True):
    by: str  # "reporter" or "reported"
    text: str  # exactly as the partner received it
    at: float  # Unix seconds


class Report(msgspec.Struct, frozen=True):
    receipt: str  # what the reporter was given; unguessable
    category: str
    severity: int  # higher first in the moderators' queue
    note: str
    at: float  # Unix seconds
    reporter: str  # session-id hash
    reporter_ip: str | None  # address hash
    reported: str
    reported_ip: str | None
    transcript: list[TranscriptLine]
    signals: list[str]  # the guard's grooming-risk signals about the reported side
    status: str = "open"


def queue_order(report: Report) -> tuple[int, float]:
    """The moderators' order: most severe first, then oldest first."""
    return (-report.severity, report.at)


class ReportStore(abc.ABC):
    @abc.abstractmethod
    async def add(self, report: Report) -> None:
        """Store a report durably before returning."""

    @abc.abstractmethod
    async def queue(self) -> list[Report]:
        """Every stored report, in the moderators' order."""


_decoder = msgspec.json.Decoder(Report)


class FileReportStore(ReportStore):
    """One JSON line per report, appended and synced to disk before the reporter hears back."""

    def __init__(self, data_dir: str) -> None:
        self.path = Path(data_dir) / REPORTS_FILE
        self._lock = asyncio.Lock()

    async def add(self, report: Report) -> None:
        line = msgspec.json.encode(report) + b"\n"
        async with self._lock:  # one writer at a time, so lines never interleave
            await asyncio.to_thread(self._append, line)

    def check_writable(self) -> None:
        """Make the directory and the file now: OSError at start-up, not at the first report."""
        os.close(self._open())

    def _open(self) -> int:
        self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        return os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)

    def _append(self, line: bytes) -> None:
        fd = self._open()
        try:
            os.write(fd, line)
            os.fsync(fd)
        finally:
            os.close(fd)

    async def queue(self) -> list[Report]:
        return sorted(await asyncio.to_thread(self._read), key=queue_order)

    def _read(self) -> list[Report]:
        if not self.path.exists():
            return []
        with self.path.open("rb") as lines:
            # A line cut short by a crash mid-write is skipped, not fatal.
            return [report for line in lines if (report := _decode(line)) is not None]


def _decode(line: bytes) -> Report | None:
    try:
        return _decoder.decode(line)
    except msgspec.DecodeError:
        return None


class RedisReportStore(ReportStore):
    """A hash of reports by receipt and a sorted set in the moderators' order."""

    def __init__(self, redis: Redis, prefix: str) -> None:
        self._redis = redis
        self._reports = f"{prefix}reports"
        self._queue = f"{prefix}reports-queue"

    async def add(self, report: Report) -> None:
        # Severity counts for more than any age: 1e10 seconds is over 300 years.
        score = -report.severity * 1e10 + report.at
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.hset(self._reports, report.receipt, msgspec.json.encode(report))
            pipe.zadd(self._queue, {report.receipt: score})
            await pipe.execute()

    async def queue(self) -> list[Report]:
        found_receipts = await self._redis.zrange(self._queue, 0, -1)
        receipts = [one.decode() if isinstance(one, bytes) else str(one) for one in found_receipts]
        if not receipts:
            return []
        found = await self._redis.hmget(self._reports, receipts)
        return [_decoder.decode(raw) for raw in found if raw is not None]
