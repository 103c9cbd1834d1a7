"""Redis operations per chat event, counted with MONITOR while a scripted chat runs.

    .venv/bin/python -m bench.redis_ops

Starts a redis-server of its own on a free loopback port and two strangerchat apps sharing it
(as two processes would, in this one process), then runs each step of a chat many times and
prints, per event: round trips to Redis (a script call, a command or a MULTI/EXEC block each
count once), commands run inside scripts, and PUBLISHes (inside scripts or not), and, from a
second run without MONITOR, Redis's own CPU per event. Heartbeats are counted apart, per
process and second. Last, redis-benchmark measures how many round trips of
each kind this machine's Redis serves per second. docs/operations.md turns these into a
capacity model.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import json
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any

import aiohttp
from aiohttp import web
from redis.asyncio import Redis

from strangerchat.app import create_app
from strangerchat.brokers.redis import HEARTBEAT, RedisBroker
from strangerchat.settings import Settings

REPEAT = 50  # each step runs this often; the figures are averages per event
IDLE_SECONDS = 10.0  # heartbeats are counted over this long, with nobody online
PREFIX = "bench:"
IDLE = "idle, per process and second"
IDLE_BASELINE = 3.0  # seconds of Redis's idle CPU measured before the CPU run


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


# What an average strangerchat script does (claim does more, widen less): ten hash and sorted-set
# commands and one PUBLISH, on keys of its own (ARGV[1] is random).
REFERENCE_SCRIPT = (
    "local k = 'ref:' .. ARGV[1]"
    " redis.call('HSET', k, 'state', 'waiting', 'order', ARGV[1])"
    " redis.call('HINCRBY', k, 'gen', 1)"
    " redis.call('ZADD', 'ref:open', ARGV[1], ARGV[1])"
    " for i = 1, 6 do redis.call('HMGET', k, 'state', 'partner', 'proc') end"
    " redis.call('ZREM', 'ref:open', ARGV[1])"
    " redis.call('PUBLISH', 'ref:events', 'S\\t1\\nline')"
    " return 1"
)
BENCHMARK_REQUESTS = "100000"
BENCHMARK_CLIENTS = "50"  # connections, as many processes' pools would open


@contextlib.contextmanager
def redis_server() -> Iterator[str]:
    """A throwaway redis-server on a free port; its URL. Stopped by its PID."""
    port = free_port()
    with tempfile.TemporaryDirectory() as scratch:
        binary = shutil.which("redis-server") or "redis-server"
        argv = [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", ""]
        process = subprocess.Popen(
            [*argv, "--appendonly", "no", "--dir", scratch],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            for _ in range(500):
                with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port)):
                    break
                time.sleep(0.01)
            yield f"redis://127.0.0.1:{port}/0"
        finally:
            process.kill()
            process.wait()


@contextlib.asynccontextmanager
async def servers(url: str, count: int) -> AsyncIterator[list[str]]:
    """`count` strangerchat apps on one Redis, each on a free loopback port; their base URLs."""
    settings = Settings(
        redis_url=url,
        redis_prefix=PREFIX,
        age_gate=False,
        poll_hold=5,
        message_rate=1_000_000,  # the rate limits are not what this counts
        message_burst=1_000_000,
        trusted_clients=("127.0.0.0/8",),  # more than 20 sessions come from this one address
    )
    runners, bases = [], []
    for _ in range(count):
        runner = web.AppRunner(create_app(settings), access_log=None)
        await runner.setup()
        port = free_port()
        await web.TCPSite(runner, "127.0.0.1", port).start()
        runners.append(runner)
        bases.append(f"http://127.0.0.1:{port}")
    try:
        yield bases
    finally:
        for runner in runners:
            await runner.cleanup()


class Monitor:
    """Every command Redis runs, from MONITOR; ECHO marks where each step starts and ends."""

    def __init__(self, url: str) -> None:
        self._url = url
        self.lines: list[tuple[str, str]] = []  # (client, command): client is "lua" in scripts
        self._task: asyncio.Task[None] | None = None
        self._marker = Redis.from_url(url)

    async def __aenter__(self) -> Monitor:
        ready = asyncio.Event()
        self._task = asyncio.create_task(self._follow(ready))
        await ready.wait()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.mark("the end")
        await asyncio.sleep(0.2)
        assert self._task is not None
        self._task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self._task
        await self._marker.aclose()

    async def mark(self, name: str, events: int = 0) -> None:
        """Start a step of `events` events; a step of none is not reported."""
        # Writes sent behind (evidence lines) may trail the step that caused them a little.
        await asyncio.sleep(0.05)
        await self._marker.echo(f"step:{events}:{name}")

    async def _follow(self, ready: asyncio.Event) -> None:
        async with Redis.from_url(self._url) as client, client.monitor() as monitor:
            ready.set()
            while True:
                info = await monitor.next_command()
                self.lines.append(
                    (f"{info['client_address']}:{info['client_port']}", info["command"])
                )


def count_steps(
    lines: list[tuple[str, str]], heartbeat_shas: set[str] | None = None
) -> dict[str, Counter]:
    """Per step, what Redis ran and `events`; with `heartbeat_shas`, heartbeats are left out."""
    steps: dict[str, Counter] = {}
    step: Counter | None = None
    in_heartbeat = False
    open_multi: set[str] = set()
    for client, command in lines:
        name, _, args = command.partition(" ")
        name = name.upper()
        if name == "ECHO" and args.startswith("step:"):
            events, _, title = args[5:].partition(":")
            step = steps.setdefault(title, collections.Counter())
            step["events"] += int(events)
            continue
        if client != "lua:" and heartbeat_shas is not None:
            in_heartbeat = is_heartbeat(name, args, heartbeat_shas)
        if step is None or in_heartbeat:
            continue
        tally(step, client, name, open_multi)
    return steps


Counter = collections.Counter[str]


def is_heartbeat(name: str, args: str, heartbeat_shas: set[str]) -> bool:
    if name == "EVALSHA":
        return args.split(" ", 1)[0] in heartbeat_shas
    return name == "SET" and args.startswith(PREFIX + "alive:")


def tally(step: Counter, client: str, name: str, open_multi: set[str]) -> None:
    if client == "lua:":
        step["inside scripts"] += 1
    elif name == "MULTI":
        open_multi.add(client)
        step["round trips"] += 1
    elif name == "EXEC":
        open_multi.discard(client)
    elif client not in open_multi:
        step["round trips"] += 1
    if name == "PUBLISH":
        step["publishes"] += 1
    if name not in ("MULTI", "EXEC"):
        step[name] += 1


class CpuMeter:
    """Redis's own CPU per step (its main thread's, from INFO cpu at each mark), measured in a
    run of its own: MONITOR makes Redis do much more for each command. What Redis spends with
    nobody online (its timers, the heartbeats), measured first for IDLE_BASELINE seconds, is
    taken off each step for as long as it lasted: a step that waits (a search's local wait)
    would otherwise be charged for Redis's idle time."""

    def __init__(self, url: str) -> None:
        self._client = Redis.from_url(url)
        self.used: dict[str, tuple[float, int]] = {}  # step: (CPU seconds, events)
        self._step = ""
        self._events = 0
        self._since = 0.0
        self._started = 0.0
        self._idle_per_second = 0.0

    async def __aenter__(self) -> CpuMeter:
        before = await self._cpu()
        await asyncio.sleep(IDLE_BASELINE)
        self._since = await self._cpu()
        self._idle_per_second = (self._since - before) / IDLE_BASELINE
        self._started = time.monotonic()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.mark("the end")
        await self._client.aclose()

    async def mark(self, name: str, events: int = 0) -> None:
        await asyncio.sleep(0.05)  # as Monitor: writes sent behind trail their step a little
        now, at = await self._cpu(), time.monotonic()
        if self._events:
            spent = now - self._since - self._idle_per_second * (at - self._started)
            seconds, counted = self.used.get(self._step, (0.0, 0))
            self.used[self._step] = (seconds + max(spent, 0.0), counted + self._events)
        self._step, self._events, self._since, self._started = name, events, now, at

    def per_event_us(self) -> dict[str, float]:
        return {step: round(cpu * 1e6 / n, 1) for step, (cpu, n) in self.used.items()}

    async def _cpu(self) -> float:
        info = await self._client.info("cpu")
        return float(info["used_cpu_sys_main_thread"]) + float(info["used_cpu_user_main_thread"])


Marker = Monitor | CpuMeter


async def ws(http: aiohttp.ClientSession, base: str) -> aiohttp.ClientWebSocketResponse:
    socket_ = await http.ws_connect(base + "/ws", headers={"Origin": base})
    await until(socket_, "count")
    return socket_


async def until(socket_: aiohttp.ClientWebSocketResponse, kind: str) -> dict[str, Any]:
    while True:
        event: dict[str, Any] = json.loads((await socket_.receive(timeout=10)).data)
        if event["type"] == kind:
            return event


async def send(socket_: aiohttp.ClientWebSocketResponse, kind: str, **fields: Any) -> None:
    await socket_.send_str(json.dumps({"type": kind, **fields}))


async def pair(a: aiohttp.ClientWebSocketResponse, b: aiohttp.ClientWebSocketResponse) -> None:
    await send(a, "start")
    await until(a, "waiting")
    await send(b, "start")
    await until(a, "connected")
    await until(b, "connected")


async def messages(
    a: aiohttp.ClientWebSocketResponse, b: aiohttp.ClientWebSocketResponse, kind: str
) -> None:
    for n in range(REPEAT):
        await send(a, kind, **({"text": f"note {n}"} if kind == "send" else {}))
        await until(b, "message" if kind == "send" else "typing")


async def websocket_steps(http: aiohttp.ClientSession, bases: list[str], monitor: Marker) -> None:
    await monitor.mark("open a WebSocket session", 2 * REPEAT)
    near = [await ws(http, bases[0]) for _ in range(REPEAT)]
    far = [await ws(http, bases[1]) for _ in range(REPEAT)]
    await monitor.mark("setup")
    here = [await ws(http, bases[0]) for _ in range(2 * REPEAT)]
    await monitor.mark("start and match, partners on two processes (per match)", REPEAT)
    for a, b in zip(near, far, strict=True):
        await pair(a, b)
    await monitor.mark("start and match, partners on one process (per match)", REPEAT)
    for a, b in zip(here[::2], here[1::2], strict=True):
        await pair(a, b)
    same = here[:2]
    await monitor.mark("message, partner on another process", REPEAT)
    await messages(near[0], far[0], "send")
    await monitor.mark("typing, partner on another process", REPEAT)
    await messages(near[0], far[0], "typing")
    await monitor.mark("message, partner on the same process", REPEAT)
    await messages(same[0], same[1], "send")
    await monitor.mark("leave a chat, partner on another process", REPEAT)
    for a, b in zip(near, far, strict=True):
        await send(a, "disconnect")
        await until(b, "stranger_disconnected")
    await monitor.mark("close a WebSocket session", 2 * REPEAT)
    for one in near + far:
        await one.close()
    await asyncio.sleep(0.5)  # the close finishes after the socket's
    await monitor.mark("setup")
    for one in here:
        await one.close()


async def post(http: aiohttp.ClientSession, base: str, path: str, body: Any) -> Any:
    async with http.post(base + path, json=body, headers={"Origin": base}) as response:
        return await response.json() if response.status == 200 else None


async def longpoll_steps(http: aiohttp.ClientSession, bases: list[str], monitor: Marker) -> None:
    await monitor.mark("setup")
    session = (await post(http, bases[0], "/api/session", None))["session"]
    walker = await ws(http, bases[1])
    await send(walker, "start")
    await until(walker, "waiting")
    await post(http, bases[0], "/api/frame", {"session": session, "frame": {"type": "start"}})
    await until(walker, "connected")
    await monitor.mark("long-poll message, sent to a process without the session", REPEAT)
    for n in range(REPEAT):
        frame = {"type": "send", "text": f"note {n}"}
        await post(http, bases[1], "/api/frame", {"session": session, "frame": frame})
        await until(walker, "message")
    await monitor.mark("long-poll poll, sent to a process without the session", REPEAT)
    for _ in range(REPEAT):
        await post(http, bases[1], "/api/events", {"session": session, "after": 0})
    await monitor.mark("setup")
    await walker.close()


async def idle_heartbeats(url: str) -> Counter:
    """Commands of two idle processes over IDLE_SECONDS (heartbeats, reaping, counting)."""
    async with servers(url, 2), Monitor(url) as monitor:
        await monitor.mark(IDLE, int(2 * IDLE_SECONDS))
        await asyncio.sleep(IDLE_SECONDS)
    return count_steps(monitor.lines)[IDLE]


async def chat_steps(url: str) -> dict[str, Counter]:
    unlimited = aiohttp.TCPConnector(limit=0)  # every WebSocket holds a connection
    async with servers(url, 2) as bases, aiohttp.ClientSession(connector=unlimited) as http:
        # Past the first heartbeat, which loads its scripts (a round trip no step should get).
        await asyncio.sleep(HEARTBEAT + 0.3)
        broker = RedisBroker(url, PREFIX)
        shas = {broker._scripts._scripts[name].sha for name in ("reap", "count")}
        async with Monitor(url) as monitor:
            await websocket_steps(http, bases, monitor)
            await longpoll_steps(http, bases, monitor)
    return count_steps(monitor.lines, shas)


async def chat_cpu(url: str) -> dict[str, float]:
    """Redis's CPU µs per event of each step, on fresh servers, without MONITOR."""
    unlimited = aiohttp.TCPConnector(limit=0)
    async with servers(url, 2) as bases, aiohttp.ClientSession(connector=unlimited) as http:
        await asyncio.sleep(HEARTBEAT + 0.3)
        async with CpuMeter(url) as meter:
            await websocket_steps(http, bases, meter)
            await longpoll_steps(http, bases, meter)
    return meter.per_event_us()


def per_event(name: str, counts: Counter) -> dict[str, Any]:
    """A step's figures divided by its number of events."""
    events = counts.pop("events")
    shown = ("round trips", "publishes", "inside scripts")
    figures: dict[str, Any] = {"step": name}
    figures |= {key: round(counts[key] / events, 2) for key in shown}
    others = {key: round(n / events, 2) for key, n in counts.most_common() if key not in shown}
    return figures | {"by command": others}


def benchmark(port: str, *command: str) -> dict[str, float]:
    """redis-benchmark's requests per second for one command (no pipelining), and the CPU
    time Redis's main thread spent per request: on a shared machine, the steadier figure."""
    argv = ["redis-benchmark", "-p", port, "-n", BENCHMARK_REQUESTS, "-c", BENCHMARK_CLIENTS]
    argv += ["-r", "1000000", "--csv", *command]
    cpu_before = redis_cpu(port)
    found = subprocess.run(argv, capture_output=True, text=True, check=True).stdout
    cpu_us = (redis_cpu(port) - cpu_before) * 1e6 / int(BENCHMARK_REQUESTS)
    rate = float(found.strip().splitlines()[-1].split(",")[1].strip('"'))
    return {"per second": rate, "redis cpu µs each": round(cpu_us, 2)}


def redis_cpu(port: str) -> float:
    """Seconds of CPU Redis's main thread has used."""
    info = subprocess.run(
        ["redis-cli", "-p", port, "info", "cpu"], capture_output=True, text=True, check=True
    ).stdout
    fields = dict(line.split(":", 1) for line in info.splitlines() if ":" in line)
    return float(fields["used_cpu_sys_main_thread"]) + float(fields["used_cpu_user_main_thread"])


def reference_rates(url: str) -> dict[str, dict[str, float]]:
    """Round trips per second this machine's Redis serves: bare, PUBLISH and a script like ours."""
    port = url.rsplit(":", 1)[1].split("/")[0]
    listener = subprocess.Popen(  # a PUBLISH that reaches a subscriber, as ours do
        ["redis-cli", "-p", port, "subscribe", "ref:events"], stdout=subprocess.DEVNULL
    )
    try:
        load = ["redis-cli", "-p", port, "script", "load", REFERENCE_SCRIPT]
        sha = subprocess.run(load, capture_output=True, text=True, check=True).stdout.strip()
        return {
            "PING": benchmark(port, "PING"),
            "PUBLISH to a followed channel": benchmark(port, "PUBLISH", "ref:events", "x" * 60),
            "EVALSHA, 11 commands": benchmark(port, "EVALSHA", sha, "0", "__rand_int__"),
        }
    finally:
        listener.kill()
        listener.wait()


async def main() -> None:
    with redis_server() as url:
        idle = await idle_heartbeats(url)
        steps = await chat_steps(url)
        cpu = await chat_cpu(url)
        rates = reference_rates(url)
    print(f"# Redis operations per event, two processes, each step run {REPEAT} times")
    for name, counts in [*steps.items(), (IDLE, idle)]:
        if counts["events"]:
            figures = per_event(name, counts)
            if name in cpu:
                figures["redis cpu µs"] = cpu[name]  # from a run without MONITOR
            print(json.dumps(figures, ensure_ascii=False))
    print(f"# redis-benchmark, {BENCHMARK_CLIENTS} connections, requests per second")
    for name, figures in rates.items():
        print(json.dumps({"command": name} | figures, ensure_ascii=False))


if __name__ == "__main__":
    asyncio.run(main())
