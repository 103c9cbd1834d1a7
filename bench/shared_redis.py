"""The redis workload: pairs and churn across two strangerchat processes sharing one Redis.

This is the hook for the Redis broker. Until strangerchat accepts STRANGERCHAT_REDIS_URL the
servers stop at start and the workload is reported as skipped, with the server's own words.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from contextlib import ExitStack
from typing import Any

from bench import workloads
from bench.processes import Layout, ServerFailed, free_port, serving, stop

PROCESSES = 2


def run(layout: Layout, options: workloads.Options) -> dict[str, Any]:
    binary = os.environ.get("REDIS_SERVER") or shutil.which("redis-server")
    if binary is None:
        return {"skipped": "redis-server not found: apt-get install redis-server"}
    port = free_port()
    with tempfile.TemporaryDirectory() as scratch:
        argv = [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", ""]
        argv += ["--appendonly", "no", "--dir", scratch]
        redis = subprocess.Popen(
            layout.pinned(layout.server, argv), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        try:
            _wait_for(port)
            env = {"STRANGERCHAT_REDIS_URL": f"redis://127.0.0.1:{port}/0"}
            with ExitStack() as stack:
                servers = [
                    stack.enter_context(serving("strangerchat", layout, env))
                    for _ in range(PROCESSES)
                ]
                # The generator spreads sockets over both processes: partners meet across them.
                return {
                    "processes": PROCESSES,
                    "pairs": workloads.pairs(layout, servers, options),
                    "churn": workloads.churn(layout, servers, options),
                }
        except ServerFailed as failed:
            return {"skipped": str(failed)}
        except workloads.LoadgenFailed as failed:
            return {"error": str(failed)}
        finally:
            stop(redis)


def _wait_for(port: int) -> None:
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.02)
    raise ServerFailed(f"redis-server did not listen on port {port}")
