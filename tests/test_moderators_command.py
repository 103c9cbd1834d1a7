"""`strangerchat moderators add|list|remove`: accounts in the moderation database, passwords
read from standard input when it is not a terminal and stored only as scrypt hashes."""

from __future__ import annotations

import asyncio
import io
import os
import pty
import select
import subprocess
import sys
from pathlib import Path

import pytest

from strangerchat.moderation.accounts import moderators_command
from strangerchat.moderation.passwords import hash_password, verify_password
from tests.storage.records_helpers import opened

PASSWORD = "correct horse battery staple"


def run(args: list[str], stdin: str = "") -> tuple[int, str]:
    out = io.StringIO()
    return moderators_command(args, stdin=io.StringIO(stdin), out=out), out.getvalue()


@pytest.fixture
def where(database_url: str | None, tmp_path: Path) -> list[str]:
    """The flags that point the command at the test's database."""
    flags = ["--data-dir", str(tmp_path / "data")]
    return flags + (["--database-url", database_url] if database_url else [])


def stored_hash(where: list[str], database_url: str | None, name: str) -> str | None:
    async def read() -> str | None:
        async with opened(database_url, where[1]) as records:
            return await records.accounts.password_hash(name)

    return asyncio.run(read())


def test_add_list_and_remove(
    where: list[str], database_url: str | None, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["add", "ada", *where], PASSWORD + "\n") == (0, "added moderator ada\n")
    assert run(["add", "grace.h", *where], PASSWORD + "\r\n")[0] == 0
    assert run(["list", *where]) == (0, "ada\ngrace.h\n")
    found = stored_hash(where, database_url, "ada")
    assert found is not None
    assert PASSWORD not in found
    assert verify_password(PASSWORD, found)
    assert not verify_password(PASSWORD + "x", found)
    assert run(["add", "ada", *where], PASSWORD)[0] == 1
    assert "exists already" in capsys.readouterr().err
    assert run(["remove", "ada", *where]) == (0, "removed moderator ada\n")
    assert run(["remove", "ada", *where])[0] == 1
    assert "no moderator named 'ada'" in capsys.readouterr().err
    assert run(["list", *where]) == (0, "grace.h\n")


@pytest.mark.parametrize(
    ("args", "stdin", "complaint"),
    [
        (["add", "ada"], "short\n", "at least 12 characters"),
        (["add", "ada"], "", "at least 12 characters"),
        (["add", "ada"], "x" * 2000, "at most 1024"),
        (["add", ".hidden"], PASSWORD, "name"),
        (["add", "a b"], PASSWORD, "name"),
        (["add", "x" * 65], PASSWORD, "name"),
        (["add"], PASSWORD, "name"),
        (["remove", "../etc"], "", "name"),
    ],
)
def test_bad_input_is_refused_with_a_reason(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    stdin: str,
    complaint: str,
) -> None:
    status, out = run([*args, "--data-dir", str(tmp_path)], stdin)
    assert (status, out) == (1, "")
    assert complaint in capsys.readouterr().err
    assert run(["list", "--data-dir", str(tmp_path)]) == (0, "")


def test_a_database_it_cannot_reach_is_a_clean_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    assert run(["list", "--data-dir", str(blocker)])[0] == 1
    err = capsys.readouterr().err
    assert err.startswith("strangerchat moderators: ")
    assert "Traceback" not in err


def test_the_real_command_line_reads_the_password_from_a_pipe(tmp_path: Path) -> None:
    env = {**os.environ, "STRANGERCHAT_DATA_DIR": str(tmp_path / "data")}
    command = [sys.executable, "-m", "strangerchat", "moderators"]
    added = subprocess.run(
        [*command, "add", "ada"],
        input=PASSWORD + "\n",
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (added.returncode, added.stdout) == (0, "added moderator ada\n"), added.stderr
    listed = subprocess.run([*command, "list"], env=env, capture_output=True, text=True, timeout=60)
    assert listed.stdout == "ada\n"
    refused = subprocess.run(
        [*command, "frobnicate"], env=env, capture_output=True, text=True, timeout=60
    )
    assert refused.returncode == 2
    assert "invalid choice" in refused.stderr
    assert "Traceback" not in refused.stderr


def test_a_hash_is_salted_and_a_malformed_one_never_matches() -> None:
    first, second = hash_password(PASSWORD), hash_password(PASSWORD)
    assert first != second
    assert first.startswith("scrypt$32768$8$3$")
    for broken in (
        "",
        "scrypt",
        "bcrypt$1$2$3$AA==$AA==",
        "scrypt$x$8$1$AA==$AA==",
        "scrypt$3$8$1$AA==$AA==",
        first[:-8],
    ):
        assert not verify_password(PASSWORD, broken)


def read_until(fd: int, wanted: bytes, seconds: float = 30) -> bytes:
    """What the terminal shows, up to `wanted` (or until the child closes it)."""
    seen = b""
    while wanted not in seen:
        ready, _, _ = select.select([fd], [], [], seconds)
        if not ready:
            break
        try:
            chunk = os.read(fd, 1024)
        except OSError:  # the child ended and closed the terminal
            break
        if not chunk:
            break
        seen += chunk
    return seen


@pytest.mark.parametrize(
    ("again", "says"), [(PASSWORD, b"added moderator ada"), ("typo", b"differ")]
)
def test_on_a_terminal_the_password_is_asked_for_twice_and_not_echoed(
    tmp_path: Path, again: str, says: bytes
) -> None:
    command = [sys.executable, "-m", "strangerchat", "moderators", "add", "ada"]
    env = {**os.environ, "STRANGERCHAT_DATA_DIR": str(tmp_path / "data")}
    pid, terminal = pty.fork()
    if pid == 0:  # the child, on the new terminal
        os.execve(sys.executable, command, env)
    try:
        assert b"Password: " in read_until(terminal, b"Password: ")
        os.write(terminal, PASSWORD.encode() + b"\n")
        assert b"Same password again: " in read_until(terminal, b"again: ")
        os.write(terminal, again.encode() + b"\n")
        shown = read_until(terminal, b"never shown: read until the command ends")
        assert says in shown
        assert PASSWORD.encode() not in shown  # typed without an echo
    finally:
        _, status = os.waitpid(pid, 0)
        os.close(terminal)
    assert os.waitstatus_to_exitcode(status) == (0 if again == PASSWORD else 1)
