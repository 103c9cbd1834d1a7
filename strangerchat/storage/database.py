"""The moderation database: a small interface over SQLite or PostgreSQL (see connect.py).

Statements are written once, with `?` placeholders and portable SQL; each backend translates the
placeholders. Every call has a deadline and raises DatabaseError, never a driver's own error.
"""

from __future__ import annotations

import abc
from collections.abc import Sequence
from typing import Any

from strangerchat.errors import StrangerChatError

Params = Sequence[Any]
Row = tuple[Any, ...]
Statement = tuple[str, Params]


class DatabaseError(StrangerChatError):
    """The moderation database refused a call or did not answer within its deadline."""


class Database(abc.ABC):
    """One SQL dialect's connection(s); `dialect` names it for the schema's few differences."""

    dialect: str

    @abc.abstractmethod
    async def open(self) -> None:
        """Connect (or check the file can be opened); DatabaseError if it cannot."""

    @abc.abstractmethod
    async def close(self) -> None:
        """Release every connection."""

    @abc.abstractmethod
    async def fetch(self, sql: str, params: Params = ()) -> list[Row]:
        """The rows one statement returns."""

    @abc.abstractmethod
    async def run(self, statements: Sequence[Statement]) -> list[int]:
        """Run statements in one transaction; how many rows each touched."""
