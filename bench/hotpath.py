"""A profile of strangerchat's hot path: py-spy samples the server while a workload runs.

It is a run of its own, after the measured ones: sampling costs the server a little.
"""

from __future__ import annotations

import collections
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.processes import Layout, Server, serving

TOP = 15


def find_py_spy(explicit: str | None) -> str | None:
    beside_python = Path(sys.executable).with_name("py-spy")
    for candidate in (explicit, shutil.which("py-spy"), str(beside_python)):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return None


def profile(
    py_spy: str,
    layout: Layout,
    workload: Callable[[Layout, list[Server]], Any],
    target: str = "strangerchat",
) -> dict[str, Any]:
    """Run `workload` on a fresh server while py-spy records it; the top frames.

    Native frames are sampled too, so time spent in C (uvloop, aiohttp's parsers, msgspec, the
    kernel's socket calls) is named rather than charged to the Python frame that called it.
    """
    with tempfile.TemporaryDirectory() as scratch, serving(target, layout) as server:
        output = Path(scratch) / "stacks.txt"
        argv = [py_spy, "record", "--pid", str(server.pid), "--format", "raw"]
        argv += ["--output", str(output), "--rate", "200", "--native"]
        # On the generator's core: the sampler must not take the server's time.
        spy = subprocess.Popen(
            layout.pinned(layout.loadgen, argv),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(1.0)
        figures = workload(layout, [server])
        spy.send_signal(signal.SIGINT)
        spy.wait(timeout=30)
        summary = summarise(output.read_text()) if output.exists() else {"error": "no samples"}
    return {"figures": figures, **summary}


# Who a sample's time belongs to: the innermost frame that names an owner. Frames of the
# interpreter itself (ceval.c, object.h) name none, so they count for the caller.
OWNERS = (
    ("strangerchat/", "strangerchat"),
    ("bench/", "reference relay"),
    ("aiohttp/", "aiohttp"),
    ("reader_c.c", "aiohttp"),
    ("_http_parser.c", "aiohttp"),
    ("msgspec", "msgspec"),
    ("_core.c", "msgspec"),
    ("loop.c", "uvloop"),
    ("uvloop", "uvloop"),
    ("asyncio/", "asyncio"),
    ("_asynciomodule.c", "asyncio"),
)


# A thread blocked on a lock is sampled too, though it spends no CPU.
IDLE = "PyThread_acquire_lock_timed"


def summarise(stacks: str) -> dict[str, Any]:
    """From py-spy's collapsed stacks: where the time went (garbage collection, system calls,
    then by library), and the busiest functions by self and inclusive time."""
    own: collections.Counter[str] = collections.Counter()
    inclusive: collections.Counter[str] = collections.Counter()
    owners: collections.Counter[str] = collections.Counter()
    total = 0
    for line in stacks.splitlines():
        stack, _, count_text = line.rpartition(" ")
        if not stack:
            continue
        count = int(count_text)
        frames = stack.split(";")[1:]  # the first is the thread's start
        if any(frame.startswith(IDLE) for frame in frames):
            continue  # a thread waiting for work (aiohttp's executor): no CPU spent
        total += count
        if frames:
            own[_function(frames[-1])] += count
            owners[_owner(frames)] += count
        for frame in {_function(frame) for frame in frames}:
            inclusive[frame] += count
    counters = {"breakdown": owners, "self": own, "inclusive": inclusive}
    return {"samples": total} | {
        name: [(frame, round(100 * n / max(total, 1), 1)) for frame, n in counter.most_common(TOP)]
        for name, counter in counters.items()
    }


def _owner(frames: list[str]) -> str:
    if any(frame.startswith("gc_collect") for frame in frames):
        return "garbage collector"
    if "(libc.so" in frames[-1]:
        return "system calls (socket reads, writes, polls)"
    for frame in reversed(frames):
        for marker, owner in OWNERS:
            if marker in frame:
                return owner
    return "interpreter, other"


def _function(frame: str) -> str:
    """`f (/x/site-packages/aiohttp/web_ws.py:12)` -> `f (aiohttp/web_ws.py)`: by function."""
    name, _, place = frame.partition(" (")
    path = place.rstrip(")").rsplit(":", 1)[0]
    for marker in ("site-packages/", "/main/", "lib/python3"):
        if marker in path:
            path = path.split(marker, 1)[1]
    return f"{name} ({path})"
