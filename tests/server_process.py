"""A strangerchat server in a process of its own, for tests that need real signals."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=2) as response:
        body: str = response.read().decode()
        return body


@contextmanager
def server_process(*args: str, env: dict[str, str] | None = None) -> Iterator[ServerProcess]:
    """Start `python -m strangerchat` on a free port; stop it (by its PID) when done."""
    server = ServerProcess(free_port(), args, env or {})
    try:
        server.wait_ready()
        yield server
    finally:
        server.stop()


class ServerProcess:
    def __init__(self, port: int, args: tuple[str, ...], env: dict[str, str]) -> None:
        self.port = port
        self.url = f"http://127.0.0.1:{port}"
        self.process = subprocess.Popen(
            [sys.executable, "-m", "strangerchat", "--port", str(port), *args],
            env={**os.environ, **env},
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )

    def wait_ready(self, seconds: float = 15) -> None:
        deadline = time.monotonic() + seconds
        while True:
            try:
                fetch(f"{self.url}/healthz")
                return
            except OSError:
                if time.monotonic() > deadline or self.process.poll() is not None:
                    raise
                time.sleep(0.1)

    def output(self) -> str:
        """Everything the server printed; only after it has exited."""
        assert self.process.stdout is not None
        return self.process.stdout.read()

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=10)
        assert self.process.stdout is not None
        self.process.stdout.close()
