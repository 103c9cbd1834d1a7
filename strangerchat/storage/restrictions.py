"""Restrictions as records: every ban and lockout, automatic or a moderator's, with its reason,
its end and the keys it was put on, so the visitor can be told why and appeal, a moderator can
lift it, and the transparency report can count it. The standing itself (what refuses a Start)
is kept by safety/bans.py; this is the statement of reasons behind it."""

from __future__ import annotations

import logging
import secrets
import time
from collections.abc import Callable

import msgspec

from strangerchat.storage.cases import SYSTEM, audit_statement, stored_text, string_list
from strangerchat.storage.database import Database, DatabaseError, Row

BAN = "ban"
LOCKOUT = "lockout"
FOR_GOOD = 100 * 365 * 86400.0  # how far off a ban "for good" ends: no visitor outlives it

log = logging.getLogger(__name__)

_COLUMNS = "ref, kind, reason, moderator, receipt, keys, at, until, lifted_at"


class RestrictionRecord(msgspec.Struct, frozen=True):
    ref: str  # random: what the restricted visitor's page holds, and quotes in an appeal
    kind: str  # BAN or LOCKOUT
    # a reason code: a report category, "reported", "under_18" (read by the trip-wire's rules),
    # "under_18_classifier" (by its classifier alone)
    reason: str
    moderator: str | None  # None: automatic
    receipt: str | None  # the case behind it, if any
    keys: list[str]
    at: float
    until: float
    lifted_at: float | None


def new_ref() -> str:
    return secrets.token_urlsafe(16)


class Restrictions:
    def __init__(self, database: Database, clock: Callable[[], float] = time.time) -> None:
        self.database = database
        self._clock = clock

    async def add(
        self,
        ref: str,
        kind: str,
        reason: str,
        keys: list[str],
        until: float,
        moderator: str | None = None,
        receipt: str | None = None,
    ) -> RestrictionRecord:
        now = self._clock()
        record = RestrictionRecord(ref, kind, reason, moderator, receipt, keys, now, until, None)
        await self.database.run(
            [
                (
                    f"INSERT INTO restrictions ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL)",
                    (ref, kind, reason, moderator, receipt, _keys(keys), now, until),
                ),
                audit_statement(now, moderator or SYSTEM, f"restricted_{kind}", receipt, reason),
            ]
        )
        return record

    async def find(self, ref: str) -> RestrictionRecord | None:
        rows = await self.database.fetch(
            f"SELECT {_COLUMNS} FROM restrictions WHERE ref = ?", (ref,)
        )
        return _record(rows[0]) if rows else None

    async def for_case(self, receipt: str) -> list[RestrictionRecord]:
        rows = await self.database.fetch(
            f"SELECT {_COLUMNS} FROM restrictions WHERE receipt = ? ORDER BY id", (receipt,)
        )
        return [_record(row) for row in rows]

    async def on_cases(self, receipts: list[str]) -> list[RestrictionRecord]:
        """Every restriction on any of these cases (an address's history), oldest first."""
        if not receipts:
            return []
        marks = ", ".join("?" for _ in receipts)
        rows = await self.database.fetch(
            f"SELECT {_COLUMNS} FROM restrictions WHERE receipt IN ({marks}) ORDER BY id",
            tuple(receipts),
        )
        return [_record(row) for row in rows]

    async def mark_lifted(self, ref: str, actor: str, reason: str) -> bool:
        """Record that `ref` was lifted; False if there is no such restriction or it was."""
        now = self._clock()
        lifted, _ = await self.database.run(
            [
                (
                    "UPDATE restrictions SET lifted_at = ? WHERE ref = ? AND lifted_at IS NULL",
                    (now, ref),
                ),
                (
                    "INSERT INTO audit (at, actor, action, receipt, detail)"
                    " SELECT ?, ?, 'lifted', receipt, ? FROM restrictions"
                    " WHERE ref = ? AND lifted_at = ?",
                    (now, actor, stored_text(reason), ref, now),
                ),
            ]
        )
        return lifted > 0


async def record_automatic(
    restrictions: Restrictions,
    ref: str,
    kind: str,
    reason: str,
    keys: list[str],
    until: float,
    receipt: str | None = None,
) -> None:
    """Record what the rules imposed by themselves; a database that fails costs the record
    (and so the appeal), never the restriction, which is in force already."""
    try:
        await restrictions.add(ref, kind, reason, keys, until, receipt=receipt)
    except DatabaseError as exc:
        log.warning("an automatic %s could not be recorded: %s", kind, exc)


def _keys(keys: list[str]) -> str:
    return msgspec.json.encode(keys).decode()


def _record(row: Row) -> RestrictionRecord:
    ref, kind, reason, moderator, receipt, keys, at, until, lifted_at = row
    return RestrictionRecord(
        ref, kind, reason, moderator, receipt, string_list(keys), at, until, lifted_at
    )
