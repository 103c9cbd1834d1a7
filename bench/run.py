"""The one command: the reference and strangerchat, alternating, under the same load.

    .venv/bin/python -m bench.run            # the whole benchmark, about 10 minutes
    .venv/bin/python -m bench.run --smoke    # every workload for about a second

Prints a table of figures and ratios strangerchat / reference, and writes them as JSON.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import functools
import json
import os
import platform
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench import hotpath, matching, report, shared_redis, workloads
from bench.processes import (
    ROOT,
    Layout,
    Server,
    ServerFailed,
    ensure_node_modules,
    raise_open_files_limit,
    serving,
    wait_for_quiet,
)
from bench.workloads import LoadgenFailed, Options

TARGETS = (report.REFERENCE, report.SUBJECT)
# The entry gate asks each browser for a proof of work and a birth date before its first chat; a
# load generator has neither, and the gate's cookie check is not what this benchmark prices.
# Nor are the rate limits: the generator sends as fast as it can, thousands of sockets from one
# address.
BENCH_SETTINGS = {
    "STRANGERCHAT_AGE_GATE": "false",
    "STRANGERCHAT_MESSAGE_RATE": "1000000",
    "STRANGERCHAT_MESSAGE_BURST": "1000000",
    "STRANGERCHAT_TRUSTED_CLIENTS": "127.0.0.0/8",
}
SERVED: dict[str, Callable[[Layout, list[Server], Options], workloads.Figures]] = {
    "pairs": workloads.pairs,
    "churn": workloads.churn,
    "idle": workloads.idle,
    "longpoll": workloads.longpoll,
}
ALL = ("ceiling", *SERVED, "match", "redis")
SMOKE = Options(
    sockets=20,
    seconds=0.5,
    warmup=0.2,
    rate=500,
    users=10,
    levels=(50, 100),
    settle=0.2,
    drain=0.2,
    longpoll_pairs=4,
    timeout=30,
)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    defaults = Options()
    parser = argparse.ArgumentParser(
        prog="python -m bench.run",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--workloads", default=",".join(ALL), help=f"some of {','.join(ALL)}")
    parser.add_argument("--rounds", type=int, default=3, help="runs of each target per workload")
    parser.add_argument("--sockets", type=int, default=defaults.sockets)
    parser.add_argument("--seconds", type=float, default=defaults.seconds, help="each phase")
    parser.add_argument(
        "--window",
        type=float,
        default=defaults.window,
        help="pairs: seconds at the start and end of ping-pong priced apart (at most half)",
    )
    parser.add_argument("--warmup", type=float, default=defaults.warmup)
    parser.add_argument("--rate", type=int, default=defaults.rate, help="msg/s for latency")
    parser.add_argument("--users", type=int, default=defaults.users, help="churn")
    parser.add_argument("--same-socket", action="store_true", help="churn without reconnecting")
    parser.add_argument("--levels", default=",".join(map(str, defaults.levels)), help="idle")
    parser.add_argument("--longpoll-pairs", type=int, default=defaults.longpoll_pairs)
    parser.add_argument("--match-ops", type=int, default=5000)
    parser.add_argument("--server-cpu", type=int, help="core for servers (default: the first)")
    parser.add_argument("--loadgen-cpu", type=int, help="core for the generator (the second)")
    parser.add_argument(
        "--quiet-limit",
        type=float,
        default=0.3,
        help="start each run when other programs take less than this many cores of our two",
    )
    parser.add_argument("--quiet-patience", type=float, default=5, help="seconds; 0: no wait")
    parser.add_argument(
        "--setting",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="a STRANGERCHAT_* setting for strangerchat, e.g. OUTBOX_CAPACITY=512 (repeatable)",
    )
    parser.add_argument("--nice", type=int, default=0, help="niceness of servers and generator")
    parser.add_argument(
        "--subject", type=Path, default=ROOT, help="the strangerchat checkout to measure"
    )
    parser.add_argument("--profile", action="store_true", help="then profile with py-spy")
    parser.add_argument("--py-spy", help="py-spy binary (default: PATH, then beside python)")
    parser.add_argument("--json", type=Path, help="default: bench/results/<date>.json")
    parser.add_argument("--smoke", action="store_true", help="tiny counts, one round")
    parser.add_argument("--report", type=Path, help="measure nothing: redo a saved run's table")
    args = parser.parse_args(argv)
    unknown = set(args.workloads.split(",")) - set(ALL)
    if unknown:
        parser.error(f"unknown workloads: {', '.join(sorted(unknown))}")
    return args


def options_from(args: argparse.Namespace) -> Options:
    if args.smoke:
        return SMOKE
    return Options(
        sockets=args.sockets,
        seconds=args.seconds,
        window=args.window,
        warmup=args.warmup,
        rate=args.rate,
        users=args.users,
        same_socket=args.same_socket,
        levels=tuple(int(n) for n in args.levels.split(",")),
        longpoll_pairs=args.longpoll_pairs,
    )


def say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def machine(layout: Layout, open_files: int) -> dict[str, Any]:
    import aiohttp
    import msgspec
    import uvloop

    model = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    node = subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip()
    return {
        "host": platform.node(),
        "cpu": model,
        "cores": os.cpu_count(),
        "kernel": platform.release(),
        "python": platform.python_version(),
        "node": node,
        "aiohttp": aiohttp.__version__,
        "msgspec": msgspec.__version__,
        "uvloop": uvloop.__version__,
        "open_files_limit": open_files,
        "server_core": layout.server,
        "loadgen_core": layout.loadgen,
        "nice": layout.nice,
        "subject": str(layout.subject),
        "subject_settings": dict(layout.settings),
        "load_average_at_start": os.getloadavg(),
    }


def measure_once(
    target: str, workload: str, layout: Layout, options: Options, args: argparse.Namespace
) -> dict[str, Any]:
    noise = wait_for_quiet(layout, args.quiet_limit, 0 if args.smoke else args.quiet_patience)
    started = time.monotonic()
    try:
        with serving(target, layout) as server:
            figures = SERVED[workload](layout, [server], options)
    except (LoadgenFailed, ServerFailed) as failed:
        figures = {"error": str(failed)}
    figures["wall_seconds"] = round(time.monotonic() - started, 1)
    figures["other_cpu_before"] = noise
    return figures


def ceiling(layout: Layout, options: Options) -> dict[str, Any]:
    """The generator against relay.js, a Node.js relay: at least what the generator can drive."""
    found: dict[str, Any] = {}
    for workload in ("pairs", "churn"):
        try:
            with serving("node-relay", layout) as relay:
                if workload == "pairs":
                    found[workload] = workloads.pairs(layout, [relay], options, rate=False)
                else:
                    found[workload] = workloads.churn(layout, [relay], options)
        except (LoadgenFailed, ServerFailed) as failed:
            found[workload] = {"error": str(failed)}
    return found


def match_scaling(layout: Layout, ops: int, smoke: bool) -> dict[str, Any]:
    """In this process, moved to the server's core for the while."""
    before = os.sched_getaffinity(0)
    if layout.server is not None:
        os.sched_setaffinity(0, {layout.server})
    try:
        return matching.run(sizes=(100, 1000) if smoke else (100, 10_000), ops=ops)
    finally:
        os.sched_setaffinity(0, before)


def measure(args: argparse.Namespace) -> dict[str, Any]:
    options = options_from(args)
    chosen = args.workloads.split(",")
    rounds = 1 if args.smoke else args.rounds
    settings = dict(BENCH_SETTINGS)
    for assignment in args.setting:
        name, _, value = assignment.partition("=")
        settings[name if name.startswith("STRANGERCHAT_") else f"STRANGERCHAT_{name}"] = value
    layout = Layout.pick(
        args.server_cpu, args.loadgen_cpu, nice=args.nice, subject=args.subject, settings=settings
    )
    open_files = raise_open_files_limit()
    ensure_node_modules()
    result: dict[str, Any] = {
        "date": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "machine": machine(layout, open_files),
        "options": dataclasses.asdict(options) | {"rounds": rounds},
    }
    if "ceiling" in chosen:
        say("ceiling: the generator against relay.js")
        wait_for_quiet(layout, args.quiet_limit, 0 if args.smoke else args.quiet_patience)
        result["ceiling"] = ceiling(layout, options)
    runs = result["runs"] = []
    for round_ in range(rounds):
        # Alternate who goes first, so that a drift in the machine's load favours neither.
        order = TARGETS if round_ % 2 == 0 else TARGETS[::-1]
        for workload in (w for w in SERVED if w in chosen):
            for target in order:
                figures = measure_once(target, workload, layout, options, args)
                say(f"round {round_ + 1}/{rounds} {workload:8} {target:12} {_brief(figures)}")
                runs.append(
                    {"round": round_, "workload": workload, "target": target, "figures": figures}
                )
    if "match" in chosen:
        say("match: MemoryBroker.join_pool + claim")
        result["match"] = match_scaling(layout, 200 if args.smoke else args.match_ops, args.smoke)
    if "redis" in chosen:
        say("redis: two strangerchat processes sharing one Redis")
        result["redis"] = shared_redis.run(layout, options)
    if args.profile:
        result["profile"] = profile(args, layout, options)
    result["machine"]["load_average_at_end"] = os.getloadavg()
    return result


def profile(args: argparse.Namespace, layout: Layout, options: Options) -> dict[str, Any]:
    """Both servers under pairs and churn again, sampled by py-spy (these runs are not scored)."""
    py_spy = hotpath.find_py_spy(args.py_spy)
    if py_spy is None:
        return {"error": "py-spy not found: pip install py-spy"}
    profiles = {}
    for name in ("pairs", "churn"):
        for target in TARGETS:
            say(f"profile: {target} under {name}, sampled by py-spy")
            run = functools.partial(SERVED[name], options=options)
            profiles[f"{name}:{target}"] = hotpath.profile(py_spy, layout, run, target)
    return profiles


def _brief(figures: dict[str, Any]) -> str:
    shown = ("messages_per_s", "latency_p99_ms", "matches_per_s", "time_to_match_p99_ms")
    shown += ("events_per_s", "error")
    parts = [f"{key}={value}" for key, value in figures.items() if key in shown]
    parts += [f"{k}={v}" for k, v in figures.items() if k.startswith("kib_per_session")]
    return " ".join(parts)


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    if args.report:
        result = json.loads(args.report.read_text())
        path = args.report
    else:
        # Stopped from outside, still stop every server and generator this run started.
        signal.signal(signal.SIGTERM, lambda *_: sys.exit("bench: stopped"))
        result = measure(args)
        path = args.json or ROOT / "bench" / "results" / f"{result['date'].replace(':', '')}.json"
    summarise(result)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(result, indent=2) + "\n")
    print(f"\n{result['date']}, {result['machine']['cpu']}, {result['machine']['cores']} cores\n")
    print(result["table"])
    if "profile" in result:
        print(_profile_text(result["profile"]))
    print(f"\nJSON: {path}")


def summarise(result: dict[str, Any]) -> None:
    """Medians, ratios, verdicts and the table, from the runs (again, for a saved report)."""
    options = result["options"]
    table_rows = report.rows(
        tuple(options["levels"]),
        options["rate"],
        options["users"],
        options["sockets"],
        options["longpoll_pairs"],
        min(options.get("window", 10.0), options["seconds"] / 2),
    )
    result["summary"] = report.medians(result["runs"])
    result["ratios"] = report.paired_ratios(result["runs"])
    result["targets"] = report.evaluate(result, table_rows)
    result["table"] = report.table(result, table_rows)


def _profile_text(profiles: dict[str, Any]) -> str:
    if "error" in profiles:
        return f"\nprofile: {profiles['error']}"
    lines = []
    for name, found in profiles.items():
        if "breakdown" not in found:
            lines.append(f"\nprofile {name}: {found.get('error', 'no samples')}")
            continue
        lines.append(f"\nprofile {name} ({found['samples']} samples): where the time went")
        lines += [f"  {share:5.1f}%  {owner}" for owner, share in found["breakdown"]]
        lines.append("  busiest functions, self time:")
        lines += [f"  {share:5.1f}%  {frame}" for frame, share in found["self"][:8]]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
