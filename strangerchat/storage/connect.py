"""Choosing the moderation database: PostgreSQL for a postgresql:// URL, otherwise SQLite in the
data directory. Only the backend chosen is imported (psycopg only with PostgreSQL)."""

from __future__ import annotations

from pathlib import Path

from strangerchat.storage.database import Database

DATABASE_FILE = "moderation.sqlite3"
POSTGRES_SCHEMES = ("postgresql://", "postgres://")


def open_database(url: str | None, data_dir: str, timeout: float) -> Database:
    """PostgreSQL for a postgresql:// URL, otherwise SQLite in the data directory."""
    if url is not None and url.startswith(POSTGRES_SCHEMES):
        from strangerchat.storage.postgres import PostgresDatabase  # only then loads psycopg

        return PostgresDatabase(url, timeout)
    from strangerchat.storage.sqlite import SqliteDatabase

    return SqliteDatabase(Path(data_dir) / DATABASE_FILE, timeout)
