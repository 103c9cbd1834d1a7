"""The report: medians over rounds, ratios strangerchat / reference, targets, and the table."""

from __future__ import annotations

import dataclasses
import statistics
from typing import Any

REFERENCE = "reference"
SUBJECT = "strangerchat"


CAPACITY = "throughput at saturation: reference's CPU µs per {unit} / strangerchat's"
QUIET_LIMIT = 0.1  # cores' worth of other programs' load in a run still called quiet
QUIET = "quiet rounds"  # see _quiet_runs
# Latencies move most with other programs' load: each target's run with the least of it.
QUIET_FIGURES = {
    "pairs": ("rate_other_cpu", ("latency_p50_ms", "latency_p99_ms")),
    "churn": ("other_cpu", ("time_to_match_p99_ms",)),
}


@dataclasses.dataclass(frozen=True)
class Row:
    workload: str
    key: str
    label: str
    # A target: ("ratio", ">=", 0.85) on strangerchat / reference, or ("value", "<", 2.0).
    target: tuple[str, str, float] | None = None


def rows(
    levels: tuple[int, ...], rate: int, users: int, sockets: int, pairs: int, window: float = 10.0
) -> list[Row]:
    idle = [
        Row("idle", f"kib_per_session_{n}", f"KiB per idle session, {n:,} open", ("value", "<", 20))
        for n in levels
    ]
    return [
        Row("pairs", "messages_per_s", f"messages/s, {sockets:,} sockets, ping-pong"),
        Row("pairs", "cpu_us_per_message", "server CPU µs per message, ping-pong"),
        Row(
            "pairs",
            "cpu_us_per_message_early",
            f"server CPU µs per message, first {window:g} s of ping-pong",
        ),
        Row(
            "pairs",
            "cpu_us_per_message_late",
            f"server CPU µs per message, last {window:g} s of ping-pong",
        ),
        Row("pairs", "capacity", CAPACITY.format(unit="message"), ("ratio", ">=", 0.85)),
        Row("pairs", "server_cpu", "server CPU share, ping-pong"),
        Row("pairs", "loadgen_cpu", "generator CPU share, ping-pong"),
        Row("pairs", "other_cpu", "other programs' CPU on our cores, ping-pong"),
        Row("pairs", "latency_p50_ms", f"latency p50 at {rate:,} msg/s, ms"),
        Row("pairs", "latency_p99_ms", f"latency p99 at {rate:,} msg/s, ms"),
        Row("pairs", "rate_other_cpu", f"other programs' CPU on our cores at {rate:,} msg/s"),
        Row("pairs", "latency_p50_ms_quiet", f"latency p50 at {rate:,} msg/s, {QUIET}, ms"),
        Row(
            "pairs",
            "latency_p99_ms_quiet",
            f"latency p99 at {rate:,} msg/s, {QUIET}, ms",
            ("value", "<", 2),
        ),
        Row("pairs", "quiet_rounds", f"{QUIET} (other programs' CPU <= {QUIET_LIMIT:g})"),
        Row("churn", "matches_per_s", f"matches/s, {users} users"),
        Row("churn", "cpu_us_per_match", "server CPU µs per match"),
        Row("churn", "capacity", CAPACITY.format(unit="match"), ("ratio", ">=", 0.85)),
        Row("churn", "time_to_match_p50_ms", "time to match p50, ms"),
        Row("churn", "time_to_match_p99_ms", "time to match p99, ms"),
        Row(
            "churn",
            "time_to_match_p99_ms_quiet",
            f"time to match p99, {QUIET}, ms",
            ("value", "<", 100),
        ),
        Row("churn", "quiet_rounds", f"{QUIET} (other programs' CPU <= {QUIET_LIMIT:g})"),
        Row("churn", "time_to_connect_p50_ms", "WebSocket handshake p50, ms"),
        Row("churn", "server_cpu", "server CPU share, churn"),
        Row("churn", "loadgen_cpu", "generator CPU share, churn"),
        Row("churn", "other_cpu", "other programs' CPU on our cores, churn"),
        *idle,
        Row("longpoll", "events_per_s", f"events/s, {pairs} pairs"),
        Row("longpoll", "cpu_us_per_event", "server CPU µs per event"),
        Row("longpoll", "capacity", CAPACITY.format(unit="event")),
        Row("longpoll", "latency_p50_ms", "latency p50, ms"),
        Row("longpoll", "latency_p99_ms", "latency p99, ms"),
        Row("longpoll", "server_cpu", "server CPU share, long-poll"),
        Row("longpoll", "other_cpu", "other programs' CPU on our cores, long-poll"),
    ]


def medians(runs: list[dict[str, Any]]) -> dict[str, dict[str, dict[str, Any]]]:
    """workload -> target -> figure -> median over the rounds that produced it."""
    collected: dict[str, dict[str, dict[str, list[float]]]] = {}
    for run in runs:
        figures = collected.setdefault(run["workload"], {}).setdefault(run["target"], {})
        for key, value in run["figures"].items():
            if isinstance(value, int | float) and not isinstance(value, bool):
                figures.setdefault(key, []).append(value)
    summary = {
        workload: {
            target: {key: round(statistics.median(values), 3) for key, values in figures.items()}
            for target, figures in by_target.items()
        }
        for workload, by_target in collected.items()
    }
    for (workload, target), quiet in _quiet_runs(runs).items():
        noise, keys = QUIET_FIGURES[workload]
        figures = summary[workload][target]
        for key in (noise, *keys):
            values = [run["figures"][key] for run in quiet if run["figures"].get(key) is not None]
            figures[f"{key}_quiet"] = round(statistics.median(values), 3) if values else None
        figures["quiet_rounds"] = len(quiet)
    return summary


def _quiet_runs(runs: list[dict[str, Any]]) -> dict[tuple[str, str], list[dict[str, Any]]]:
    """For each workload in QUIET_FIGURES and each target: its runs during which other programs took
    at most QUIET_LIMIT of our cores, or else the one run in which they took least."""
    by_target: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for run in runs:
        if run["workload"] in QUIET_FIGURES and "error" not in run["figures"]:
            by_target.setdefault((run["workload"], run["target"]), []).append(run)
    chosen = {}
    for (workload, target), candidates in by_target.items():
        noise = QUIET_FIGURES[workload][0]
        quiet = [run for run in candidates if run["figures"][noise] <= QUIET_LIMIT]
        chosen[(workload, target)] = quiet or [min(candidates, key=lambda r: r["figures"][noise])]
    return chosen


def paired_ratios(runs: list[dict[str, Any]]) -> dict[str, float]:
    """ "workload:figure" -> median over rounds of strangerchat / reference, each round's pair run
    back to back: a drift in the machine's load mostly cancels out within a pair."""
    by_round: dict[tuple[str, int], dict[str, dict[str, Any]]] = {}
    for run in runs:
        by_round.setdefault((run["workload"], run["round"]), {})[run["target"]] = run["figures"]
    collected: dict[str, list[float]] = {}
    for (workload, _), pair in by_round.items():
        subject, reference = pair.get(SUBJECT, {}), pair.get(REFERENCE, {})
        for key, value in subject.items():
            base = reference.get(key)
            if isinstance(value, int | float) and isinstance(base, int | float) and base:
                collected.setdefault(f"{workload}:{key}", []).append(value / base)
                if key.startswith("cpu_us_per_") and value:
                    collected.setdefault(f"{workload}:capacity", []).append(base / value)
    return {key: round(statistics.median(values), 3) for key, values in collected.items()}


def judge(target: tuple[str, str, float], value: float | None, ratio_: float | None) -> bool | None:
    kind, op, limit = target
    measured = ratio_ if kind == "ratio" else value
    if measured is None:
        return None
    return {"<": measured < limit, "<=": measured <= limit, ">=": measured >= limit}[op]


def evaluate(report: dict[str, Any], table_rows: list[Row]) -> list[dict[str, Any]]:
    """Each target: what was measured, the limit, and whether it was met."""
    summary = report["summary"]
    verdicts = []
    for row in table_rows:
        if row.target is None:
            continue
        value = summary.get(row.workload, {}).get(SUBJECT, {}).get(row.key)
        ratio_ = report["ratios"].get(f"{row.workload}:{row.key}")
        kind, _, limit = row.target
        verdicts.append(
            {
                "target": f"{row.workload}: {row.label} {_target_text(row.target)}",
                "measured": ratio_ if kind == "ratio" else value,
                "limit": limit,
                "met": judge(row.target, value, ratio_),
            }
        )
    match = report.get("match")
    if match:
        verdicts.append(
            {
                "target": "match: cost per newcomer, 10,000 waiting / 100 waiting <= 2",
                "measured": match["interests"]["ratio"],
                "limit": 2,
                "met": match["interests"]["ratio"] <= 2,
            }
        )
    return verdicts


def _target_text(target: tuple[str, str, float]) -> str:
    kind, op, limit = target
    return f"{'ratio ' if kind == 'ratio' else ''}{op} {limit:g}"


def _number(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, str):
        return value
    if abs(value) >= 100:
        return f"{value:,.0f}"
    return f"{value:.3g}" if abs(value) < 10 else f"{value:.1f}"


def table(report: dict[str, Any], table_rows: list[Row]) -> str:
    """A Markdown table: it reads the same in a terminal and in bench/README.md."""
    summary = report["summary"]
    lines = [
        "| workload | figure | reference | strangerchat | ratio | target | met |",
        "|---|---|---:|---:|---:|---|---|",
    ]
    for row in table_rows:
        if row.workload not in summary:
            continue
        value = summary[row.workload].get(SUBJECT, {}).get(row.key)
        reference = summary[row.workload].get(REFERENCE, {}).get(row.key)
        ratio_ = report["ratios"].get(f"{row.workload}:{row.key}")
        if "other_cpu" in row.key or row.key == "quiet_rounds":
            ratio_ = None  # the machine's load, not the servers': a ratio means nothing
        target, met = "", ""
        if row.target is not None:
            target = _target_text(row.target)
            verdict = judge(row.target, value, ratio_)
            met = "—" if verdict is None else ("yes" if verdict else "**no**")
        lines.append(
            f"| {row.workload} | {row.label} | {_number(reference)} | {_number(value)} "
            f"| {_number(ratio_)} | {target} | {met} |"
        )
    lines += _match_lines(report.get("match"))
    lines += _other_lines(report)
    return "\n".join(lines)


def _match_lines(match: dict[str, Any] | None) -> list[str]:
    if not match:
        return []
    lines = []
    for label, kind in (("5 interests each", "interests"), ("everyone open to anyone", "open")):
        figures = match[kind]
        small, large = figures["small"], figures["large"]
        met = ("yes" if figures["ratio"] <= 2 else "**no**") if kind == "interests" else ""
        target = "<= 2" if kind == "interests" else ""
        lines.append(
            f"| match | µs per newcomer, {label}: {small['waiting']:,} → {large['waiting']:,} "
            f"waiting | — | {small['median_us']:.2f} → {large['median_us']:.2f} "
            f"| {figures['ratio']:.2f} (large / small) | {target} | {met} |"
        )
    return lines


def _other_lines(report: dict[str, Any]) -> list[str]:
    lines = []
    ceiling = report.get("ceiling", {})
    units = (("pairs", "messages_per_s", "msg/s"), ("churn", "matches_per_s", "matches/s"))
    for workload, key, unit in units:
        found = ceiling.get(workload)
        if not found:
            continue
        if "error" in found:
            figure = f"failed: {found['error']}"
        else:
            # What the generator drove, scaled to a whole core of its own.
            full = found[key] / max(found["loadgen_cpu"], 0.01)
            figure = (
                f"{found[key]:,} {unit} against relay.js at generator CPU "
                f"{found['loadgen_cpu']:.2f}: about {full:,.0f} {unit} at a full core"
            )
            reference = report["summary"].get(workload, {}).get(REFERENCE, {}).get(key)
            if reference:
                figure += f", {full / reference:.1f}x the reference's"
        lines.append(f"| loadgen | its own ceiling, {workload} | {figure} | | | | |")
    return lines + _redis_lines(report)


def _redis_lines(report: dict[str, Any]) -> list[str]:
    """Two strangerchat processes sharing one Redis, against the one-process reference."""
    redis = report.get("redis")
    if not redis:
        return []
    if "skipped" in redis or "error" in redis:
        why = redis.get("skipped") or f"failed: {redis['error']}"
        return [f"| redis | two processes, one Redis | {why} | | | | |"]
    lines = []
    for workload, key, label in (
        ("pairs", "messages_per_s", "messages/s"),
        ("pairs", "latency_p99_ms", "latency p99, ms"),
        ("churn", "matches_per_s", "matches/s"),
        ("churn", "time_to_match_p99_ms", "time to match p99, ms"),
    ):
        value = redis.get(workload, {}).get(key)
        reference = report["summary"].get(workload, {}).get(REFERENCE, {}).get(key)
        ratio_ = round(value / reference, 3) if value is not None and reference else None
        lines.append(
            f"| redis | {workload} {label}, {redis['processes']} processes + Redis "
            f"| {_number(reference)} | {_number(value)} | {_number(ratio_)} | | |"
        )
    # Redis mode's whole cost (both processes and Redis) next to one process in memory.
    for workload, key, label, target in (
        ("pairs", "cpu_us_per_message", "CPU µs per message", 1.3),
        ("churn", "cpu_us_per_match", "CPU µs per match", 1.5),
    ):
        value = redis.get(workload, {}).get(key)
        memory = report["summary"].get(workload, {}).get(SUBJECT, {}).get(key)
        ratio_ = round(value / memory, 2) if value is not None and memory else None
        met = "" if ratio_ is None else ("yes" if ratio_ <= target else "**no**")
        lines.append(
            f"| redis | {workload} {label}, {redis['processes']} processes + Redis (its CPU "
            f"too), against strangerchat in memory | {_number(memory)} | {_number(value)} "
            f"| {_number(ratio_)} | ratio <= {target} | {met} |"
        )
    pairs = redis.get("pairs", {})
    if "rate_offered_per_s" in pairs:
        lines.append(
            f"| redis | pairs at {pairs['rate_offered_per_s']:,.0f} msg/s offered: processes "
            f"alive after, sockets the servers closed, messages lost | | "
            f"{redis.get('alive', '?')} of {redis['processes']}, {pairs.get('closed_early', '?')}"
            f", {pairs.get('rate_lost', '?')} | | | |"
        )
    share = redis.get("churn", {}).get("local_share")
    if share is not None:
        lines.append(
            f"| redis | churn: share of matches made on one process, users round robin over "
            f"{redis['processes']} | | {share:.1%} | | | |"
        )
    return lines
