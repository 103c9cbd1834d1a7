"""Moderator accounts: a name and a password hash (see moderation/passwords.py), in the
moderation database; adding and removing one is in the audit log."""

from __future__ import annotations

import time
from collections.abc import Callable

from strangerchat.storage.cases import SYSTEM, audit_statement
from strangerchat.storage.database import Database


class ModeratorAccounts:
    def __init__(self, database: Database, clock: Callable[[], float] = time.time) -> None:
        self.database = database
        self._clock = clock

    async def add(self, name: str, password_hash: str) -> bool:
        """False if the name is taken."""
        now = self._clock()
        added, _ = await self.database.run(
            [
                (
                    "INSERT INTO moderators (name, password_hash, created_at) VALUES (?, ?, ?)"
                    " ON CONFLICT (name) DO NOTHING",
                    (name, password_hash, now),
                ),
                audit_statement(now, SYSTEM, "moderator_added", None, name),
            ]
        )
        return added > 0

    async def remove(self, name: str) -> bool:
        removed, _ = await self.database.run(
            [
                ("DELETE FROM moderators WHERE name = ?", (name,)),
                audit_statement(self._clock(), SYSTEM, "moderator_removed", None, name),
            ]
        )
        return removed > 0

    async def names(self) -> list[str]:
        rows = await self.database.fetch("SELECT name FROM moderators ORDER BY name")
        return [str(row[0]) for row in rows]

    async def password_hash(self, name: str) -> str | None:
        rows = await self.database.fetch(
            "SELECT password_hash FROM moderators WHERE name = ?", (name,)
        )
        return str(rows[0][0]) if rows else None
