"""A real PostgreSQL server: a throwaway cluster in a temporary directory on a free loopback port.

PostgreSQL refuses to run as root; as root (these machines, CI) the cluster belongs to the
`postgres` user that Debian's package makes, and its commands run through runuser.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path

import psycopg

from tests.redis_server import free_port

START_TIMEOUT = 30  # seconds pg_ctl waits for the server to take connections
SERVER_USER = "postgres"


def find_bin_dir() -> Path:
    """$POSTGRES_BIN, else Debian's newest /usr/lib/postgresql/N/bin, else initdb on PATH."""
    named = os.environ.get("POSTGRES_BIN")
    if named:
        return Path(named)
    debian = sorted(
        Path("/usr/lib/postgresql").glob("*/bin"), key=lambda path: int(path.parent.name)
    )
    if debian:
        return debian[-1]
    found = shutil.which("initdb")
    if not found:
        raise RuntimeError("PostgreSQL not found: install it or set POSTGRES_BIN")
    return Path(found).parent


class PostgresServer:
    def __init__(self) -> None:
        self.bin_dir = find_bin_dir()
        self.port = free_port()
        self._as_root = os.geteuid() == 0
        # As root, somewhere the postgres user can reach: $TMPDIR may be root's alone.
        where = "/tmp" if self._as_root else None
        self.directory = Path(tempfile.mkdtemp(prefix="strangerchat-postgres-", dir=where))

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def start(self) -> None:
        if self._as_root:
            account = pwd.getpwnam(SERVER_USER)
            os.chown(self.directory, account.pw_uid, account.pw_gid)
        data = self.directory / "data"
        self._run("initdb", "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8")
        self._start()

    def restart(self) -> None:
        """Stopped (every connection cut) and started again on the same port, data kept."""
        self._run("pg_ctl", "-D", str(self.directory / "data"), "-m", "fast", "-w", "stop")
        self._start()

    def stop(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):
            self._run("pg_ctl", "-D", str(self.directory / "data"), "-m", "fast", "-w", "stop")
        shutil.rmtree(self.directory, ignore_errors=True)

    def _start(self) -> None:
        data = self.directory / "data"
        options = f"-p {self.port} -k {self.directory} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._run(
            *("pg_ctl", "-D", str(data), "-o", options, "-l", str(self.directory / "log")),
            *("-w", "-t", str(START_TIMEOUT), "start"),
        )

    def new_database(self) -> str:
        """A database no other test uses; its URL."""
        name = f"test_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self.url(), autocommit=True, connect_timeout=5) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def _run(self, command: str, *args: str) -> None:
        prefix = ["runuser", "-u", SERVER_USER, "--"] if self._as_root else []
        subprocess.run(
            [*prefix, str(self.bin_dir / command), *args],
            check=True,
            capture_output=True,
            timeout=START_TIMEOUT + 30,
        )
