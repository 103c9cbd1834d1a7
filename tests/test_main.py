"""The command line starts a real server process that serves the page and the health check."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.server_process import fetch, server_process


def test_the_server_starts_and_answers() -> None:
    with server_process() as server:
        assert fetch(f"{server.url}/healthz") == "ok"
        assert "strangerchat" in fetch(f"{server.url}/")


def _listen_backlog(port: int) -> int:
    """The backlog of the socket listening on `port`, as the kernel has it: `ss` shows it as a
    listening socket's Send-Q."""
    listing = subprocess.run(
        ["ss", "-ltnH", f"sport = :{port}"], capture_output=True, text=True, timeout=10, check=True
    ).stdout.split()
    return int(listing[2])  # State Recv-Q Send-Q ...


@pytest.mark.skipif(shutil.which("ss") is None, reason="needs ss (iproute2) to read the backlog")
@pytest.mark.parametrize("wanted", [None, 1000])
def test_the_listen_backlog_reaches_the_listening_socket(wanted: int | None) -> None:
    env = {} if wanted is None else {"STRANGERCHAT_LISTEN_BACKLOG": str(wanted)}
    with server_process(env=env) as server:
        # The kernel caps a backlog at net.core.somaxconn.
        cap = int(Path("/proc/sys/net/core/somaxconn").read_text())
        assert _listen_backlog(server.port) == min(wanted or 4096, cap)
