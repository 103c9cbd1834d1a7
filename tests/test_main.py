"""The command line starts a real server process that serves the page and the health check."""

from __future__ import annotations

from tests.server_process import fetch, server_process


def test_the_server_starts_and_answers() -> None:
    with server_process() as server:
        assert fetch(f"{server.url}/healthz") == "ok"
        assert "strangerchat" in fetch(f"{server.url}/")
