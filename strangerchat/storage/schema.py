"""The moderation schema: numbered steps, each run once, in order, at start.

One schema for SQLite and PostgreSQL: the only difference is how a table numbers its rows
(`{id}` below). Times are Unix seconds as DOUBLE PRECISION (REAL affinity in SQLite); free
text (notes, transcript lines, reasons, audit details) is held as a JSON string (records.py).
A new step goes at the end of MIGRATIONS; a step that has run is never edited.
"""

from __future__ import annotations

from strangerchat.storage.database import Database, DatabaseError, Statement

_ID = {
    "sqlite": "INTEGER PRIMARY KEY AUTOINCREMENT",
    "postgresql": "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY",
}

# Step 1: every moderation record. A case is one report, named by its receipt.
_FIRST = """
CREATE TABLE reports (
    receipt TEXT PRIMARY KEY,
    category TEXT NOT NULL,
    severity INTEGER NOT NULL,
    note TEXT NOT NULL,
    at DOUBLE PRECISION NOT NULL,
    reporter TEXT NOT NULL,
    reporter_ip TEXT,
    reported TEXT NOT NULL,
    reported_ip TEXT,
    signals TEXT NOT NULL,
    status TEXT NOT NULL,
    decided_at DOUBLE PRECISION
);
CREATE INDEX reports_queue ON reports (status, severity, at);
CREATE INDEX reports_reported_ip ON reports (reported_ip);
CREATE INDEX reports_decided ON reports (status, decided_at);
CREATE TABLE evidence (
    receipt TEXT NOT NULL,
    position INTEGER NOT NULL,
    writer TEXT NOT NULL,
    text TEXT NOT NULL,
    at DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (receipt, position)
);
CREATE TABLE decisions (
    id {id},
    receipt TEXT NOT NULL,
    action TEXT NOT NULL,
    moderator TEXT,
    reason TEXT NOT NULL,
    at DOUBLE PRECISION NOT NULL,
    until DOUBLE PRECISION
);
CREATE INDEX decisions_receipt ON decisions (receipt);
CREATE TABLE appeals (
    id {id},
    receipt TEXT NOT NULL,
    appeal TEXT NOT NULL UNIQUE,
    text TEXT NOT NULL,
    at DOUBLE PRECISION NOT NULL,
    outcome TEXT,
    decided_by TEXT,
    decided_at DOUBLE PRECISION
);
CREATE INDEX appeals_receipt ON appeals (receipt);
CREATE TABLE holds (
    id {id},
    receipt TEXT NOT NULL,
    reason TEXT NOT NULL,
    placed_by TEXT NOT NULL,
    at DOUBLE PRECISION NOT NULL,
    until DOUBLE PRECISION NOT NULL
);
CREATE INDEX holds_receipt ON holds (receipt);
CREATE TABLE audit (
    id {id},
    at DOUBLE PRECISION NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    receipt TEXT,
    detail TEXT NOT NULL
);
CREATE INDEX audit_receipt ON audit (receipt);
CREATE TABLE moderators (
    name TEXT PRIMARY KEY,
    password_hash TEXT NOT NULL,
    created_at DOUBLE PRECISION NOT NULL
)
"""

# Step 2: the console's sign-ins, and the restrictions a visitor is told about and may appeal.
# A sign-in is kept by the hash of its cookie's token, so the table cannot sign anyone in.
# `restrictions.keys` lists the standing keys (address hashes, session and gate-cookie names)
# a ban was put on, so lifting it finds them again; `moderator` NULL means automatic.
_SECOND = """
CREATE TABLE console_sessions (
    token_hash TEXT PRIMARY KEY,
    moderator TEXT NOT NULL,
    csrf TEXT NOT NULL,
    created_at DOUBLE PRECISION NOT NULL,
    expires_at DOUBLE PRECISION NOT NULL
);
CREATE INDEX console_sessions_expiry ON console_sessions (expires_at);
CREATE TABLE sign_in_failures (
    subject TEXT PRIMARY KEY,
    failures INTEGER NOT NULL,
    first_at DOUBLE PRECISION NOT NULL,
    locked_until DOUBLE PRECISION NOT NULL
);
CREATE TABLE restrictions (
    id {id},
    ref TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    reason TEXT NOT NULL,
    moderator TEXT,
    receipt TEXT,
    keys TEXT NOT NULL,
    at DOUBLE PRECISION NOT NULL,
    until DOUBLE PRECISION NOT NULL,
    lifted_at DOUBLE PRECISION
);
CREATE INDEX restrictions_receipt ON restrictions (receipt);
CREATE INDEX restrictions_at ON restrictions (at);
ALTER TABLE reports ADD COLUMN reported_keys TEXT;
ALTER TABLE appeals ADD COLUMN restriction TEXT;
ALTER TABLE appeals ADD COLUMN answer TEXT;
CREATE INDEX appeals_restriction ON appeals (restriction)
"""

# Step 3: one appeal per restriction, held by the database itself (two appeals sent at once
# would otherwise both pass the check). Appeals against a case only have NULL here.
_THIRD = """
CREATE UNIQUE INDEX appeals_one_per_restriction ON appeals (restriction)
"""

MIGRATIONS: tuple[str, ...] = (_FIRST, _SECOND, _THIRD)

# PostgreSQL runs two processes' `CREATE TABLE IF NOT EXISTS` at once into a duplicate-key
# error, so migrations there take a transaction-scoped lock first. SQLite needs none: a
# transaction that writes (BEGIN IMMEDIATE) already has the file to itself.
_LOCK_KEY = 0x5C4A7  # any number, the same in every strangerchat process
_LOCK: dict[str, list[Statement]] = {
    "postgresql": [("SELECT pg_advisory_xact_lock(?)", (_LOCK_KEY,))],
    "sqlite": [],
}


def _statements(step: str, dialect: str) -> list[Statement]:
    sql = step.replace("{id}", _ID[dialect])
    return [(one.strip(), ()) for one in sql.split(";") if one.strip()]


async def migrate(database: Database) -> int:
    """Run the steps this database has not had; the schema version it is at now.

    Each step and its version row commit together, so a crash mid-step leaves it to run again.
    Two processes starting at once take turns; the second's step fails on the tables the first
    made, and its next look at schema_version shows the step done.
    """
    lock = _LOCK[database.dialect]
    await database.run([*lock, ("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER)", ())])
    version = await current_version(database)
    if version > len(MIGRATIONS):
        raise DatabaseError(
            f"the moderation database is at schema version {version}, newer than this"
            f" strangerchat knows ({len(MIGRATIONS)}): run the newer version"
        )
    for number, step in enumerate(MIGRATIONS[version:], start=version + 1):
        try:
            await database.run(
                [
                    *lock,
                    *_statements(step, database.dialect),
                    ("INSERT INTO schema_version (version) VALUES (?)", (number,)),
                ]
            )
        except DatabaseError:
            if await current_version(database) < number:
                raise
    return len(MIGRATIONS)


async def current_version(database: Database) -> int:
    rows = await database.fetch("SELECT MAX(version) FROM schema_version")
    found = rows[0][0] if rows else None
    return int(found) if found is not None else 0
