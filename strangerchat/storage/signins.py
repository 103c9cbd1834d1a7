"""Console sign-ins and failed sign-in attempts, in the moderation database so that every
process behind the same address honours them.

A sign-in is kept by the SHA-256 of its cookie's token: a copy of the table signs nobody in.
Attempts are counted per subject (the name tried, and the address hash it came from) before
the password is checked; the attempt after MAX_FAILURES within FAILURE_WINDOW locks the subject
for LOCK_SECONDS. Counts older than the window are deleted as attempts come.
"""

from __future__ import annotations

import hashlib
import secrets
import time
from collections.abc import Callable

import msgspec

from strangerchat.storage.cases import SYSTEM, audit_statement
from strangerchat.storage.database import Database, Statement

SIGN_IN_LIFETIME = 8 * 3600.0  # one working shift; then sign in again
MAX_FAILURES = 5
FAILURE_WINDOW = 15 * 60.0
LOCK_SECONDS = 15 * 60.0


class SignIn(msgspec.Struct, frozen=True):
    moderator: str
    csrf: str  # the token every form of this sign-in carries


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class SignIns:
    def __init__(self, database: Database, clock: Callable[[], float] = time.time) -> None:
        self.database = database
        self._clock = clock

    async def start(self, moderator: str) -> tuple[str, SignIn]:
        """A new sign-in: the cookie's token (given out once) and what it stands for."""
        token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
        now = self._clock()
        await self.database.run(
            [
                ("DELETE FROM console_sessions WHERE expires_at <= ?", (now,)),
                (
                    "INSERT INTO console_sessions (token_hash, moderator, csrf, created_at,"
                    " expires_at) VALUES (?, ?, ?, ?, ?)",
                    (_token_hash(token), moderator, csrf, now, now + SIGN_IN_LIFETIME),
                ),
                audit_statement(now, moderator, "signed_in", None, ""),
            ]
        )
        return token, SignIn(moderator, csrf)

    async def find(self, token: str) -> SignIn | None:
        """The sign-in a cookie holds, while it lasts and its moderator still exists."""
        rows = await self.database.fetch(
            "SELECT s.moderator, s.csrf FROM console_sessions s JOIN moderators m"
            " ON m.name = s.moderator WHERE s.token_hash = ? AND s.expires_at > ?",
            (_token_hash(token), self._clock()),
        )
        return SignIn(str(rows[0][0]), str(rows[0][1])) if rows else None

    async def end(self, token: str, moderator: str) -> None:
        await self.database.run(
            [
                ("DELETE FROM console_sessions WHERE token_hash = ?", (_token_hash(token),)),
                audit_statement(self._clock(), moderator, "signed_out", None, ""),
            ]
        )

    async def attempt(self, subjects: list[str]) -> float | None:
        """Count a sign-in attempt against each subject before its password is checked, so
        that attempts sent in parallel cannot all pass one check; None if it may go ahead,
        else when the lock on one of them ends. The attempt after MAX_FAILURES within
        FAILURE_WINDOW locks the subject; a success clears the count (`succeeded`)."""
        now = self._clock()
        statements: list[Statement] = [
            (
                "DELETE FROM sign_in_failures WHERE first_at <= ? AND locked_until <= ?",
                (now - FAILURE_WINDOW, now),
            )
        ]
        for subject in subjects:
            statements += [
                (
                    "INSERT INTO sign_in_failures (subject, failures, first_at, locked_until)"
                    " VALUES (?, 1, ?, 0) ON CONFLICT (subject) DO UPDATE SET"
                    " failures = sign_in_failures.failures + 1",
                    (subject, now),
                ),
                (
                    "UPDATE sign_in_failures SET locked_until = ?, failures = 0, first_at = ?"
                    " WHERE subject = ? AND failures > ?",
                    (now + LOCK_SECONDS, now, subject, MAX_FAILURES),
                ),
            ]
        await self.database.run(statements)
        marks = ", ".join("?" for _ in subjects)
        rows = await self.database.fetch(
            f"SELECT MAX(locked_until) FROM sign_in_failures WHERE subject IN ({marks})",
            tuple(subjects),
        )
        until = rows[0][0] if rows else None
        return float(until) if until is not None and until > now else None

    async def failed(self, name: str) -> None:
        """An attempt whose password did not match (it was counted by `attempt`)."""
        await self.database.run(
            [audit_statement(self._clock(), SYSTEM, "sign_in_failed", None, f"as {name}")]
        )

    async def succeeded(self, subjects: list[str]) -> None:
        marks = ", ".join("?" for _ in subjects)
        await self.database.run(
            [(f"DELETE FROM sign_in_failures WHERE subject IN ({marks})", tuple(subjects))]
        )
