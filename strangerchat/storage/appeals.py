"""Appeals against a case's decision or against a restriction (a ban, a lockout): made with a
short text, answered by a moderator with a reason the appellant sees, and looked up by the
appellant's own receipt; each step is in the audit log."""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable

import msgspec

from strangerchat.storage.cases import Appeal, read_text, stored_text
from strangerchat.storage.database import Database


class OpenAppeal(msgspec.Struct, frozen=True):
    appeal: str
    restriction: str | None
    receipt: str | None
    text: str
    at: float


# "upheld": the decision stands; "reversed": it is undone (the console lifts what it imposed).
OUTCOMES = frozenset({"upheld", "reversed"})
APPELLANT = "appellant"  # the audit log's actor for the restricted visitor


class Appeals:
    def __init__(self, database: Database, clock: Callable[[], float] = time.time) -> None:
        self.database = database
        self._clock = clock

    async def add(self, receipt: str, text: str) -> str | None:
        """An appeal against the case `receipt`; its own receipt, or None if no such case."""
        appeal = secrets.token_urlsafe(16)
        now = self._clock()
        added, _ = await self.database.run(
            [
                (
                    "INSERT INTO appeals (receipt, appeal, text, at)"
                    " SELECT receipt, ?, ?, ? FROM reports WHERE receipt = ?",
                    (appeal, stored_text(text), now, receipt),
                ),
                (
                    "INSERT INTO audit (at, actor, action, receipt, detail)"
                    " SELECT ?, ?, 'appealed', receipt, ? FROM reports WHERE receipt = ?",
                    (now, APPELLANT, stored_text(""), receipt),
                ),
            ]
        )
        return appeal if added else None

    async def add_against(self, ref: str, text: str) -> str | None:
        """An appeal against the restriction `ref` (a ban or a lockout, with or without a case);
        its receipt, or None if there is no such restriction or it has an appeal already."""
        appeal = secrets.token_urlsafe(16)
        now = self._clock()
        added, _ = await self.database.run(
            [
                (
                    "INSERT INTO appeals (receipt, appeal, text, at, restriction)"
                    " SELECT COALESCE(receipt, ''), ?, ?, ?, ref FROM restrictions"
                    " WHERE ref = ? AND NOT EXISTS"
                    " (SELECT 1 FROM appeals WHERE appeals.restriction = restrictions.ref)"
                    " ON CONFLICT DO NOTHING",
                    (appeal, stored_text(text), now, ref),
                ),
                (
                    "INSERT INTO audit (at, actor, action, receipt, detail)"
                    " SELECT ?, ?, 'appealed', NULLIF(receipt, ''), ? FROM appeals"
                    " WHERE appeal = ?",
                    (now, APPELLANT, stored_text(""), appeal),
                ),
            ]
        )
        return appeal if added else None

    async def appealed(self, ref: str) -> bool:
        """Whether the restriction `ref` has had its appeal (open or answered)."""
        rows = await self.database.fetch(
            "SELECT 1 FROM appeals WHERE restriction = ? LIMIT 1", (ref,)
        )
        return bool(rows)

    async def waiting(self) -> int:
        """How many appeals wait for an answer."""
        rows = await self.database.fetch("SELECT COUNT(*) FROM appeals WHERE outcome IS NULL")
        return int(rows[0][0])

    async def open_appeals(self, limit: int = 100) -> list[OpenAppeal]:
        """Appeals waiting for a moderator, oldest first."""
        rows = await self.database.fetch(
            "SELECT appeal, restriction, NULLIF(receipt, ''), text, at FROM appeals"
            " WHERE outcome IS NULL ORDER BY at, id LIMIT ?",
            (limit,),
        )
        return [
            OpenAppeal(appeal, restriction, receipt, read_text(text), at)
            for appeal, restriction, receipt, text, at in rows
        ]

    async def restriction_of(self, appeal: str) -> str | None:
        """The restriction an appeal is against (None: against a case's decision only)."""
        rows = await self.database.fetch(
            "SELECT restriction FROM appeals WHERE appeal = ?", (appeal,)
        )
        return rows[0][0] if rows else None

    async def decide(self, appeal: str, moderator: str, outcome: str, reason: str) -> bool:
        """Answer an open appeal; False if there is no such appeal or it was answered."""
        if outcome not in OUTCOMES:
            raise ValueError(f"unknown outcome {outcome!r}")
        now = self._clock()
        decided, _ = await self.database.run(
            [
                (
                    "UPDATE appeals SET outcome = ?, decided_by = ?, decided_at = ?, answer = ?"
                    " WHERE appeal = ? AND outcome IS NULL",
                    (outcome, moderator, now, stored_text(reason), appeal),
                ),
                (
                    "INSERT INTO audit (at, actor, action, receipt, detail)"
                    " SELECT ?, ?, ?, NULLIF(receipt, ''), ? FROM appeals"
                    " WHERE appeal = ? AND decided_at = ? AND decided_by = ?",
                    (
                        now,
                        moderator,
                        f"appeal_{outcome}",
                        stored_text(reason),
                        appeal,
                        now,
                        moderator,
                    ),
                ),
            ]
        )
        return decided > 0

    async def find(self, appeal: str) -> Appeal | None:
        """What the appellant may see of their appeal: its text, and the outcome once given."""
        rows = await self.database.fetch(
            "SELECT appeal, text, at, outcome, decided_by, answer FROM appeals WHERE appeal = ?",
            (appeal,),
        )
        if not rows:
            return None
        found, text, at, outcome, decided_by, answer = rows[0]
        answer = None if answer is None else read_text(answer)
        return Appeal(found, read_text(text), at, outcome, decided_by, answer)
