"""`strangerchat moderators add|list|remove`: moderator accounts, made from the command line.

The password is asked for twice on a terminal, or read as one line from standard input when that
is not a terminal (`printf '%s\\n' "$PASSWORD" | strangerchat moderators add ada`).
"""

from __future__ import annotations

import argparse
import asyncio
import getpass
import re
import sys
from collections.abc import Awaitable, Callable, Sequence
from typing import TextIO, TypeVar

from strangerchat.errors import ConfigError
from strangerchat.moderation.passwords import hash_password, password_problem
from strangerchat.settings import Settings, load_settings
from strangerchat.storage.connect import open_database
from strangerchat.storage.database import DatabaseError
from strangerchat.storage.records import ModerationStore
from strangerchat.storage.startup import start_records

T = TypeVar("T")
NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")


class CommandError(Exception):
    """What the command tells the person running it before it exits with 1."""


def moderators_command(
    argv: Sequence[str], stdin: TextIO | None = None, out: TextIO | None = None
) -> int:
    """Run one `moderators` command; the exit status."""
    stdin = stdin or sys.stdin
    out = out or sys.stdout
    parser = argparse.ArgumentParser(
        prog="strangerchat moderators",
        description="Manage moderator accounts; server flags such as --data-dir may follow.",
    )
    parser.add_argument("action", choices=("add", "list", "remove"))
    parser.add_argument("name", nargs="?")
    known, rest = parser.parse_known_args(argv)
    try:
        settings = load_settings(rest)
        if known.action == "list":
            names = asyncio.run(_with_records(settings, lambda records: records.accounts.names()))
            out.write("".join(f"{name}\n" for name in names))
            return 0
        name = _name(known.name)
        if known.action == "add":
            password_hash = hash_password(_password(stdin))
            added = asyncio.run(
                _with_records(settings, lambda records: records.accounts.add(name, password_hash))
            )
            if not added:
                raise CommandError(f"a moderator named {name!r} exists already")
            out.write(f"added moderator {name}\n")
        else:
            if not asyncio.run(
                _with_records(settings, lambda records: records.accounts.remove(name))
            ):
                raise CommandError(f"there is no moderator named {name!r}")
            out.write(f"removed moderator {name}\n")
        return 0
    except (CommandError, ConfigError, DatabaseError) as exc:
        print(f"strangerchat moderators: {exc}", file=sys.stderr)
        return 1


def _name(name: str | None) -> str:
    if name is None or not NAME.fullmatch(name):
        raise CommandError(
            "a moderator's name is 1 to 64 letters, digits, dots, dashes or underscores,"
            " starting with a letter or digit"
        )
    return name


def _password(stdin: TextIO) -> str:
    if stdin.isatty():
        password = getpass.getpass("Password: ")
        if getpass.getpass("Same password again: ") != password:
            raise CommandError("the two passwords differ")
    else:
        password = stdin.readline().removesuffix("\n").removesuffix("\r")
    problem = password_problem(password)
    if problem:
        raise CommandError(problem)
    return password


async def _with_records(settings: Settings, job: Callable[[ModerationStore], Awaitable[T]]) -> T:
    database = open_database(settings.database_url, settings.data_dir, settings.database_timeout)
    records = ModerationStore(database)
    await start_records(records, settings.data_dir)
    try:
        return await job(records)
    finally:
        await database.close()
