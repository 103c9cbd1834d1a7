"""Processes of a benchmark run: servers pinned to one core, the generator to the other."""

from __future__ import annotations

import dataclasses
import os
import resource
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
LOADGEN = ROOT / "bench" / "loadgen"
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
READY_TIMEOUT = 20.0


@dataclasses.dataclass(frozen=True)
class Layout:
    """How the benchmark's processes run: the server's core and the generator's (None when there
    are not two cores), their niceness (below 0 they win their cores back from other programs on
    a shared machine), and the strangerchat checkout under test."""

    server: int | None
    loadgen: int | None
    nice: int = 0
    subject: Path = ROOT
    settings: Mapping[str, str] = dataclasses.field(default_factory=dict)  # STRANGERCHAT_*

    @classmethod
    def pick(cls, server: int | None, loadgen: int | None, **how: Any) -> Layout:
        usable = sorted(os.sched_getaffinity(0))
        if len(usable) < 2:
            return cls(None, None, **how)
        server = usable[0] if server is None else server
        return cls(server, usable[1] if loadgen is None else loadgen, **how)

    def pinned(self, core: int | None, argv: Sequence[str]) -> list[str]:
        prefix = ["nice", "-n", str(self.nice)] if self.nice else []
        if core is not None and shutil.which("taskset") is not None:
            prefix += ["taskset", "-c", str(core)]
        return [*prefix, *argv]


@dataclasses.dataclass
class Server:
    name: str
    process: subprocess.Popen[bytes]
    port: int
    log: Path
    # False for a process whose CPU counts with the servers' but that clients do not reach
    # (the redis workload's redis-server).
    serves_clients: bool = True

    @property
    def pid(self) -> int:
        return self.process.pid

    @property
    def ws_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/ws"

    def cpu_seconds(self) -> float:
        return cpu_seconds(self.pid)

    def rss_bytes(self) -> int:
        return rss_bytes(self.pid)


def raise_open_files_limit() -> int:
    """As many open files as this machine lets us have; children inherit the limit."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    for wanted in (1 << 20, hard):
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, wanted))
            return wanted
        except (ValueError, OSError):
            continue
    return soft


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time of a process, from /proc."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def core_busy_seconds(core: int) -> float:
    """Time one core spent on anything but idling, from /proc/stat."""
    with open("/proc/stat") as stat:
        for line in stat:
            if line.startswith(f"cpu{core} "):
                user, nice, system, _idle, _iowait, irq, softirq, steal = map(
                    int, line.split()[1:9]
                )
                return (user + nice + system + irq + softirq + steal) / CLOCK_TICKS
    raise RuntimeError(f"no core {core} in /proc/stat")


def foreign_load(layout: Layout, seconds: float = 0.5) -> float:
    """Cores' worth of CPU that other programs take on our two cores (call it between runs)."""
    ours = [core for core in (layout.server, layout.loadgen) if core is not None]
    if not ours:
        return 0.0
    before = sum(core_busy_seconds(core) for core in ours)
    time.sleep(seconds)
    return round((sum(core_busy_seconds(core) for core in ours) - before) / seconds, 3)


def wait_for_quiet(layout: Layout, limit: float, patience: float) -> float:
    """On a shared machine, start a run in a lull: wait (at most `patience` seconds) until other
    programs take less than `limit` cores' worth of our two; the last load seen."""
    deadline = time.monotonic() + patience
    load = foreign_load(layout, 0.5 if patience > 0 else 0.1)
    while load > limit and time.monotonic() < deadline:
        load = foreign_load(layout)
    return load


def rss_bytes(pid: int) -> int:
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    raise RuntimeError(f"no VmRSS for process {pid}")


def ensure_node_modules() -> None:
    """`npm ci` once: node_modules is not in the repository."""
    if (LOADGEN / "node_modules" / "ws").is_dir():
        return
    npm = shutil.which("npm")
    if npm is None:
        sys.exit("bench: the load generator needs Node.js 18+ and npm")
    subprocess.run(
        [npm, "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=LOADGEN, check=True
    )


def server_command(name: str, port: int) -> list[str]:
    if name == "strangerchat":
        return [sys.executable, "-m", "strangerchat", "--port", str(port)]
    if name == "reference":
        return [sys.executable, "-m", "bench.reference", "--port", str(port)]
    if name == "node-relay":
        return ["node", str(LOADGEN / "relay.js"), "--port", str(port)]
    raise ValueError(f"unknown server {name}")


@contextmanager
def serving(name: str, layout: Layout, env: Mapping[str, str] | None = None) -> Iterator[Server]:
    """A fresh server on a free port, pinned, stopped (SIGTERM, then SIGKILL) on the way out."""
    port = free_port()
    log = Path(tempfile.mkstemp(prefix=f"bench-{name}-", suffix=".log")[1])
    with log.open("wb") as out:
        process = subprocess.Popen(
            layout.pinned(layout.server, server_command(name, port)),
            # `python -m strangerchat` imports the package in its working directory.
            cwd=layout.subject if name == "strangerchat" else ROOT,
            env={
                **os.environ,
                **(layout.settings if name == "strangerchat" else {}),
                **(env or {}),
            },
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    server = Server(name, process, port, log)
    try:
        _wait_ready(server)
        yield server
    finally:
        stop(process)
        log.unlink(missing_ok=True)


def stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


class ServerFailed(RuntimeError):
    """A server stopped on its own or never started listening."""


def _wait_ready(server: Server) -> None:
    deadline = time.monotonic() + READY_TIMEOUT
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            tail = server.log.read_text(errors="replace").strip().splitlines()[-3:]
            raise ServerFailed(f"{server.name} exited at start: {' / '.join(tail)}")
        try:
            socket.create_connection(("127.0.0.1", server.port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.05)
    raise ServerFailed(f"{server.name} did not listen within {READY_TIMEOUT:g} s")
