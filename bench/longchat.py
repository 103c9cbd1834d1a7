"""The long chat: what a writer's 5,000th message costs next to their 10th.

    .venv/bin/python -m bench.longchat            # about a minute
    .venv/bin/python -m bench.longchat --smoke    # a few seconds, tiny counts

Two measurements, each reported as a ratio of two figures taken in the same run:

- the MessageGuard in process: each message's `check` timed on its own, for a window of
  messages starting at the writer's 10th and at their 5,000th;
- a real `python -m strangerchat` relaying one writer's messages to their partner over two
  WebSockets, one message in flight at a time: the server's CPU time over the same windows.

Every message is different, as in a real chat (bench/texts.py): lines of chat in several
languages with digits, times, prices, links and contact details, the same the load generator
sends.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import time
from collections.abc import Sequence
from pathlib import Path

import aiohttp

from bench.processes import Layout, Server, serving
from bench.run import BENCH_SETTINGS
from bench.texts import chat_lines
from strangerchat.safety.messages import MessageGuard


def guard_costs(marks: Sequence[int], window: int, repeats: int) -> dict[int, float]:
    """µs per `MessageGuard.check` over messages mark..mark+window-1 of one writer, per mark.

    Each mark has its own guard, filled with other messages first, so that every mark is
    measured on the same texts; the fastest of `repeats` runs is the least disturbed.
    """
    probes = chat_lines(window, seed=1)
    history = [text for text in chat_lines(max(marks) + window) if text not in probes]
    costs = dict.fromkeys(marks, float("inf"))
    for _ in range(repeats):
        for mark in marks:  # marks take turns: a change in the machine's load hits both
            guard = MessageGuard()
            for text in history[: mark - 1]:
                guard.check("writer", "partner", text)
            spent = 0
            for text in probes:
                start = time.perf_counter_ns()
                guard.check("writer", "partner", text)
                spent += time.perf_counter_ns() - start
            costs[mark] = min(costs[mark], spent / window / 1000)
    return costs


def cpu_ns(pid: int) -> int:
    """CPU time of every thread of a process, in nanoseconds (/proc/PID/task/*/schedstat)."""
    total = 0
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            total += int((task / "schedstat").read_text().split()[0])
        except (OSError, ValueError):
            continue  # the thread ended meanwhile
    return total


async def one_writer(server: Server, marks: Sequence[int], window: int) -> dict[int, float]:
    """Server CPU µs per message over each window of one writer's messages to their partner."""
    texts = chat_lines(max(marks) + window, seed=random.randrange(1 << 30))
    costs: dict[int, float] = {}
    timeout = aiohttp.ClientTimeout(total=600)
    origin = {"Origin": f"http://127.0.0.1:{server.port}"}
    async with (
        aiohttp.ClientSession(timeout=timeout) as http,
        http.ws_connect(server.ws_url, headers=origin) as writer,
        http.ws_connect(server.ws_url, headers=origin) as partner,
    ):
        for ws in (writer, partner):
            await ws.send_json({"type": "start", "interests": []})
        await asyncio.gather(next_event(writer, "connected"), next_event(partner, "connected"))
        started = 0
        for number, text in enumerate(texts, 1):
            if number in marks:
                started = cpu_ns(server.pid)
            await writer.send_json({"type": "send", "text": text})
            await next_event(partner, "message")
            for mark in marks:
                if number == mark + window - 1:
                    costs[mark] = (cpu_ns(server.pid) - started) / window / 1000
    return costs


async def next_event(ws: aiohttp.ClientWebSocketResponse, kind: str) -> None:
    while json.loads(await ws.receive_str(timeout=10))["type"] != kind:
        pass  # counts and the session's resume credential


def server_costs(marks: Sequence[int], window: int, writers: int) -> dict[int, float]:
    """The median over `writers` writers, one after another, each on a fresh server."""
    layout = Layout.pick(None, None, settings=BENCH_SETTINGS)
    if layout.loadgen is not None:
        os.sched_setaffinity(0, {layout.loadgen})  # the clients off the server's core
    runs = []
    for _ in range(writers):
        with serving("strangerchat", layout) as server:
            runs.append(asyncio.run(one_writer(server, marks, window)))
    return {mark: statistics.median(run[mark] for run in runs) for mark in marks}


def report(name: str, costs: dict[int, float]) -> None:
    first, last = sorted(costs)
    print(
        f"{name}: µs per message at message {first:,}: {costs[first]:.1f}, "
        f"at message {last:,}: {costs[last]:.1f}; ratio {costs[last] / costs[first]:.2f}"
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.longchat", description=__doc__)
    parser.add_argument("--smoke", action="store_true", help="tiny counts: does it run?")
    parser.add_argument("--last", type=int, default=5000, help="the late message to price")
    parser.add_argument("--writers", type=int, default=5, help="long chats on the server")
    args = parser.parse_args(argv)
    marks = (10, 200) if args.smoke else (10, args.last)
    report("guard (in process)", guard_costs(marks, window=50, repeats=1 if args.smoke else 5))
    report(
        "server CPU",
        server_costs(
            marks, window=20 if args.smoke else 500, writers=1 if args.smoke else args.writers
        ),
    )


if __name__ == "__main__":
    main()
