"""Appeals against a case's decision: made with a short text, answered by a moderator, and
looked up by the appellant's own receipt; each step is in the audit log."""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable

from strangerchat.storage.cases import Appeal, read_text, stored_text
from strangerchat.storage.database import Database

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

    async def decide(self, appeal: str, moderator: str, outcome: str, reason: str) -> bool:
        """Answer an open appeal; False if there is no such appeal or it was answered."""
        if outcome not in OUTCOMES:
            raise ValueError(f"unknown outcome {outcome!r}")
        now = self._clock()
        decided, _ = await self.database.run(
            [
                (
                    "UPDATE appeals SET outcome = ?, decided_by = ?, decided_at = ?"
                    " WHERE appeal = ? AND outcome IS NULL",
                    (outcome, moderator, now, appeal),
                ),
                (
                    "INSERT INTO audit (at, actor, action, receipt, detail)"
                    " SELECT ?, ?, ?, receipt, ? FROM appeals"
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
            "SELECT appeal, text, at, outcome, decided_by FROM appeals WHERE appeal = ?",
            (appeal,),
        )
        if not rows:
            return None
        found, text, at, outcome, decided_by = rows[0]
        return Appeal(found, read_text(text), at, outcome, decided_by)
