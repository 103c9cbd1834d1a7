"""The command line starts a real server process that serves the page and the health check."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request

import pytest


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=2) as response:
        body: str = response.read().decode()
        return body


@pytest.fixture
def server_port() -> int:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "strangerchat", "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            try:
                fetch(f"http://127.0.0.1:{port}/healthz")
                break
            except OSError:
                time.sleep(0.1)
        yield port
    finally:
        process.terminate()
        process.wait(timeout=10)
        assert process.stdout is not None
        process.stdout.close()


def test_the_server_starts_and_answers(server_port: int) -> None:
    assert fetch(f"http://127.0.0.1:{server_port}/healthz") == "ok"
    assert "strangerchat" in fetch(f"http://127.0.0.1:{server_port}/")
