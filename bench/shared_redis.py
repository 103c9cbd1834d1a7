"""The redis workload: pairs and churn across two strangerchat processes sharing one Redis.

The servers' CPU here is both processes' and redis-server's, so that a cost per message or per
match is Redis mode's whole cost, next to one process in memory. After churn it also reads both
processes' /metrics for the share of matches each made on its own process (local_first.py),
with the generator spreading users round robin over the two, as a balancer would.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.request
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from bench import workloads
from bench.processes import Layout, Server, ServerFailed, free_port, serving, stop

PROCESSES = 2
METRICS_TOKEN = "bench-metrics-token-of-32-characters-or-more"
METRICS_DEADLINE = 60.0  # seconds
MATCHES_MADE = re.compile(r'^strangerchat_matches_made_total\{place="(\w+)"\} ([0-9.e+]+)$', re.M)


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
            env = {
                "STRANGERCHAT_REDIS_URL": f"redis://127.0.0.1:{port}/0",
                "STRANGERCHAT_METRICS_TOKEN": METRICS_TOKEN,
            }
            with ExitStack() as stack:
                servers = [
                    stack.enter_context(serving("strangerchat", layout, env))
                    for _ in range(PROCESSES)
                ]
                redis_server = Server("redis", redis, port, Path(scratch), serves_clients=False)
                counted = [*servers, redis_server]  # Redis's CPU is part of the cost
                # The generator spreads sockets over both processes: partners meet across them.
                pairs = workloads.pairs(layout, counted, options)
                before = _matches_made(servers)
                churn = workloads.churn(layout, counted, options)
                after = _matches_made(servers)
                made = {place: after.get(place, 0) - before.get(place, 0) for place in after}
                total = sum(made.values())
                churn["matches_made"] = made
                churn["local_share"] = round(made.get("process", 0) / total, 3) if total else None
                # Overload (a --rate past what they carry) must leave both standing.
                alive = sum(server.process.poll() is None for server in servers)
                return {"processes": PROCESSES, "alive": alive, "pairs": pairs, "churn": churn}
        except ServerFailed as failed:
            return {"skipped": str(failed)}
        except workloads.LoadgenFailed as failed:
            return {"error": str(failed)}
        finally:
            stop(redis)


def _matches_made(servers: list[Server]) -> dict[str, float]:
    """Matches made so far by the processes' claims, summed, by where they were made."""
    made: dict[str, float] = {}
    for server in servers:
        request = urllib.request.Request(
            f"http://127.0.0.1:{server.port}/metrics",
            headers={"Authorization": f"Bearer {METRICS_TOKEN}"},
        )
        # After an overload a process may still be working through what it queued.
        with urllib.request.urlopen(request, timeout=METRICS_DEADLINE) as answer:
            text = answer.read().decode()
        for place, count in MATCHES_MADE.findall(text):
            made[place] = made.get(place, 0) + float(count)
    return made


def _wait_for(port: int) -> None:
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.02)
    raise ServerFailed(f"redis-server did not listen on port {port}")
