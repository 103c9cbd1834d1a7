"""The workloads: each drives one server with the Node.js load generator and returns figures."""

from __future__ import annotations

import dataclasses
import json
import math
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.processes import LOADGEN, Layout, Server, core_busy_seconds, cpu_seconds
from bench.texts import write_texts

Figures = dict[str, Any]


@dataclasses.dataclass(frozen=True)
class Options:
    """Counts and durations, from the runner's flags."""

    sockets: int = 1000
    seconds: float = 5.0
    window: float = 10.0  # pairs: CPU per message over the first and last this many seconds
    warmup: float = 1.0
    rate: int = 10_000
    users: int = 200
    same_socket: bool = False
    levels: tuple[int, ...] = (1000, 5000, 10_000, 18_000)
    settle: float = 1.0  # seconds between reaching an idle level and reading memory
    drain: float = 0.5  # seconds between the pairs phases
    longpoll_pairs: int = 50
    timeout: float = 120.0


class LoadgenFailed(RuntimeError):
    """The load generator stopped without a result."""


def drive(
    layout: Layout,
    servers: list[Server],
    workload: str,
    args: dict[str, Any],
    on_level: Callable[[dict[str, Any]], None] | None = None,
    timeout: float = 120.0,
) -> Figures:
    """Run loadgen.js once; each phase it marks gets the servers' and the generator's CPU share."""
    with tempfile.TemporaryDirectory(prefix="bench-texts-") as scratch:
        texts = write_texts(Path(scratch) / "texts.json")
        return _drive(layout, servers, workload, args | {"texts": texts}, on_level, timeout)


def _drive(
    layout: Layout,
    servers: list[Server],
    workload: str,
    args: dict[str, Any],
    on_level: Callable[[dict[str, Any]], None] | None,
    timeout: float,
) -> Figures:
    argv = ["node", str(LOADGEN / "loadgen.js"), workload]
    urls = [server.ws_url for server in servers if server.serves_clients]
    argv += ["--urls", ",".join(urls)]
    for key, value in args.items():
        argv += [f"--{key}", str(value)]
    process = subprocess.Popen(
        layout.pinned(layout.loadgen, argv),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    # The generator stops by itself; this only catches a hang.
    watchdog = threading.Timer(timeout, process.kill)
    watchdog.start()
    marks: dict[str, Sample] = {}
    result: Figures | None = None
    failure = "no result"
    try:
        assert process.stdout is not None
        assert process.stdin is not None
        for line in process.stdout:
            record = json.loads(line)
            event = record.pop("event")
            if event == "mark":
                marks[record["name"]] = Sample.take(layout, servers, process.pid)
            elif event == "level" and on_level is not None:
                on_level(record)
                process.stdin.write("go\n")
                process.stdin.flush()
            elif event == "result":
                result = record
            elif event == "failed":
                failure = record["error"]
        process.wait()
    finally:
        watchdog.cancel()
        if process.poll() is None:
            process.kill()
            process.wait()
    if result is None:
        raise LoadgenFailed(f"{workload} on {servers[0].name}: {failure}")
    result["server_cpu"], result["other_cpu"] = _phases(marks)
    return result


@dataclasses.dataclass(frozen=True)
class Sample:
    """CPU seconds so far: the servers, the generator, and all of each of our two cores."""

    time: float
    servers: float
    loadgen: float
    cores: float

    @classmethod
    def take(cls, layout: Layout, servers: list[Server], loadgen_pid: int) -> Sample:
        ours = [core for core in (layout.server, layout.loadgen) if core is not None]
        return cls(
            time.monotonic(),
            sum(server.cpu_seconds() for server in servers),
            cpu_seconds(loadgen_pid),
            sum(core_busy_seconds(core) for core in ours) if ours else math.nan,
        )


def _phases(marks: dict[str, Sample]) -> tuple[dict[str, float], dict[str, float]]:
    """For each marked phase: the servers' CPU share (1.0 = a core fully busy), and how much
    of our two cores other programs on the machine took meanwhile (noise)."""
    servers, others = {}, {}
    for name, start in marks.items():
        if name.endswith(":start") and (end := marks.get(name.replace(":start", ":end"))):
            phase = name.removesuffix(":start")
            elapsed = end.time - start.time
            servers[phase] = round((end.servers - start.servers) / elapsed, 3)
            ours = end.servers - start.servers + end.loadgen - start.loadgen
            others[phase] = round(max(end.cores - start.cores - ours, 0) / elapsed, 3)
    return servers, others


def pairs(layout: Layout, servers: list[Server], options: Options, rate: bool = True) -> Figures:
    raw = drive(
        layout,
        servers,
        "pairs",
        {
            "sockets": options.sockets,
            "seconds": options.seconds,
            "window": options.window,
            "warmup": options.warmup,
            "rate": options.rate if rate else 0,
            "rate-seconds": options.seconds,
            "drain": options.drain,
        },
        timeout=options.timeout,
    )
    throughput = raw["throughput"]
    early, late = (
        _cost(raw["server_cpu"].get(phase), throughput[phase]["messages_per_s"])
        for phase in ("early", "late")
    )
    figures = {
        "messages_per_s": throughput["messages_per_s"],
        "cpu_us_per_message": _cost(
            raw["server_cpu"].get("pingpong"), throughput["messages_per_s"]
        ),
        # The same, at the start of the load and after it went on (`window` seconds of each).
        "cpu_us_per_message_early": early,
        "cpu_us_per_message_late": late,
        "cpu_late_over_early": round(late / early, 3) if early and late else None,
        "window_seconds": throughput["window"],
        "server_cpu": raw["server_cpu"].get("pingpong"),
        "other_cpu": raw["other_cpu"].get("pingpong"),
        "loadgen_cpu": raw["throughput"]["loadgen_cpu"],
    }
    if rate:
        figures |= {
            "rate_offered_per_s": raw["rate"]["offered_per_s"],
            "rate_lost": raw["rate"]["sent"] - raw["rate"]["received"],
            "rate_unread_probes": raw["rate"]["unread_probes"],
            "latency_p50_ms": raw["rate"]["p50_ms"],
            "latency_p99_ms": raw["rate"]["p99_ms"],
            "latency_max_ms": raw["rate"]["max_ms"],
            "rate_server_cpu": raw["server_cpu"].get("rate"),
            "rate_other_cpu": raw["other_cpu"].get("rate"),
        }
    return figures | _health(raw)


def churn(layout: Layout, servers: list[Server], options: Options) -> Figures:
    raw = drive(
        layout,
        servers,
        "churn",
        {
            "users": options.users,
            "seconds": options.seconds,
            "warmup": options.warmup,
            "same-socket": int(options.same_socket),
        },
        timeout=options.timeout,
    )
    return {
        "matches_per_s": raw["matches_per_s"],
        "cpu_us_per_match": _cost(raw["server_cpu"].get("churn"), raw["matches_per_s"]),
        "time_to_match_p50_ms": raw["time_to_match"]["p50_ms"],
        "time_to_match_p99_ms": raw["time_to_match"]["p99_ms"],
        "time_to_connect_p50_ms": raw["time_to_connect"]["p50_ms"],
        "server_cpu": raw["server_cpu"].get("churn"),
        "other_cpu": raw["other_cpu"].get("churn"),
        "loadgen_cpu": raw["loadgen_cpu"],
    } | _health(raw)


def idle(layout: Layout, servers: list[Server], options: Options) -> Figures:
    """Server RSS after each level of idle sessions, against a baseline of a few warm ones."""
    server = servers[0]
    readings: list[tuple[int, int, int]] = []  # (level asked for, sessions open, RSS)
    opening: dict[str, float] = {}

    def read_memory(level: dict[str, Any]) -> None:
        time.sleep(options.settle)
        readings.append((level["target"], level["n"], server.rss_bytes()))
        opening[f"open_seconds_{level['target']}"] = round(level["seconds"], 2)

    raw = drive(
        layout,
        servers,
        "idle",
        {"levels": ",".join(map(str, options.levels)), "concurrency": 100},
        on_level=read_memory,
        timeout=options.timeout,
    )
    (_, base_n, base_rss), *levels = readings
    figures: Figures = {
        "baseline_rss_mib": round(base_rss / 2**20, 1),
        "reached": raw["reached"],
        "failure": raw["failure"],
    }
    for target, n, rss in levels:
        figures[f"open_{target}"] = n
        figures[f"kib_per_session_{target}"] = round(
            (rss - base_rss) / max(n - base_n, 1) / 1024, 2
        )
    return figures | opening | _health(raw)


def longpoll(layout: Layout, servers: list[Server], options: Options) -> Figures:
    raw = drive(
        layout,
        servers,
        "longpoll",
        {"pairs": options.longpoll_pairs, "seconds": options.seconds, "warmup": options.warmup},
        timeout=options.timeout,
    )
    return {
        "events_per_s": raw["events_per_s"],
        "cpu_us_per_event": _cost(raw["server_cpu"].get("longpoll"), raw["events_per_s"]),
        "latency_p50_ms": raw["latency"]["p50_ms"],
        "latency_p99_ms": raw["latency"]["p99_ms"],
        "server_cpu": raw["server_cpu"].get("longpoll"),
        "other_cpu": raw["other_cpu"].get("longpoll"),
        "loadgen_cpu": raw["loadgen_cpu"],
    } | _health(raw)


def _health(raw: Figures) -> Figures:
    return {"errors": raw["errors"], "closed_early": raw["closed_early"]}


def _cost(cpu_share: float | None, per_second: float) -> float | None:
    """Server CPU microseconds per unit of work: steadier than a rate on a busy machine, since
    time the server waits for a core is not counted."""
    if cpu_share is None or not per_second:
        return None
    return round(cpu_share * 1e6 / per_second, 2)
