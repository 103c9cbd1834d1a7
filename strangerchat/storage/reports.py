"""Reports, stored durably in the moderation database (records.py keeps them there).

A report holds no raw address and no session token: only their hashes, the transcript copied
from the evidence buffer, and the guard's signals about the reported side.
"""

from __future__ import annotations

import abc

import msgspec


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
    # Where the reported visitor's restrictions are kept (address hashes, the session's and the
    # gate cookie's one-way names): what a moderator's ban is put on. Empty in older reports.
    reported_keys: list[str] = []


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
