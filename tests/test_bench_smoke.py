"""The benchmark still runs: every workload for about a second, with tiny counts.

Its figures mean nothing at this size; this only checks that the harness works end to end and
writes the JSON that bench/README.md describes.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SERVED = ("pairs", "churn", "idle", "longpoll")
TARGETS = ("reference", "strangerchat")

pytestmark = pytest.mark.skipif(
    shutil.which("node") is None or shutil.which("npm") is None,
    reason="the load generator needs Node.js and npm",
)


@pytest.fixture(scope="module")
def smoke_report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One smoke run of `python -m bench.run`; its JSON report."""
    output = tmp_path_factory.mktemp("bench") / "smoke.json"
    done = subprocess.run(
        [sys.executable, "-m", "bench.run", "--smoke", "--json", str(output)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=100,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "| workload | figure |" in done.stdout
    report: dict[str, Any] = json.loads(output.read_text())
    return report


@pytest.mark.timeout(120)
def test_every_served_workload_ran_on_both_targets(smoke_report: dict[str, Any]) -> None:
    runs = {(run["workload"], run["target"]): run["figures"] for run in smoke_report["runs"]}
    for workload in SERVED:
        for target in TARGETS:
            figures = runs[(workload, target)]
            assert "error" not in figures, f"{workload} on {target}: {figures['error']}"
            assert figures["errors"] == 0, f"{workload} on {target}"


@pytest.mark.timeout(120)
def test_the_report_has_its_figures(smoke_report: dict[str, Any]) -> None:
    summary = smoke_report["summary"]
    wanted = {
        "pairs": ("messages_per_s", "latency_p50_ms", "latency_p99_ms", "server_cpu"),
        "churn": ("matches_per_s", "time_to_match_p50_ms", "time_to_match_p99_ms"),
        "idle": ("kib_per_session_50", "kib_per_session_100"),
        "longpoll": ("events_per_s", "latency_p50_ms", "latency_p99_ms"),
    }
    for workload, keys in wanted.items():
        for target in TARGETS:
            for key in keys:
                assert summary[workload][target][key] is not None, (workload, target, key)
    assert smoke_report["ratios"]["pairs:messages_per_s"] > 0
    assert smoke_report["ceiling"]["pairs"]["messages_per_s"] > 0
    assert smoke_report["ceiling"]["churn"]["matches_per_s"] > 0
    assert smoke_report["match"]["interests"]["ratio"] > 0
    assert "skipped" in smoke_report["redis"] or "pairs" in smoke_report["redis"]
    assert smoke_report["machine"]["cores"] >= 1
    assert {"target", "measured", "limit", "met"} <= set(smoke_report["targets"][0])
    assert len(smoke_report["targets"]) == 7
