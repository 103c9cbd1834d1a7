"""A real nginx in front of two processes on one Redis: round robin with no stickiness, except
that a request naming its session's route goes to that process (deploy/nginx.conf's map)."""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
import shutil
import socket
import subprocess
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from strangerchat.safety.bans import TRIPS_FOR_ADDRESS
from tests.brokers.roundrobin import RoundRobinOmegle, RoundRobinPoller
from tests.redis_server import RedisServer
from tests.server_process import free_port, server_process
from tests.strangers import LongPollClient, Stranger

HOLD = 2  # seconds a poll is held; nginx must wait longer than that for an answer
START_TIMEOUT = 10.0
ROUTES = ("first", "second")  # each process's STRANGERCHAT_ROUTE, as CONFIG's map names them

CONFIG = """
worker_processes 1;
events {{ worker_connections 256; }}
http {{
    log_format upstreams '$request_uri $upstream_addr';
    access_log {tmp}/access.log upstreams;
    client_body_temp_path {tmp}/body;
    proxy_temp_path {tmp}/proxy;
    upstream strangerchat {{
        server 127.0.0.1:{first};
        server 127.0.0.1:{second};
    }}
    upstream first {{
        server 127.0.0.1:{first};
    }}
    upstream second {{
        server 127.0.0.1:{second};
    }}
    map $arg_route $strangerchat_upstream {{
        default strangerchat;
        first   first;
        second  second;
    }}
    map $http_upgrade $connection_upgrade {{
        default upgrade;
        ""      close;
    }}
    server {{
        listen 127.0.0.1:{port};
        location / {{
            proxy_pass http://$strangerchat_upstream;
            proxy_http_version 1.1;
            proxy_set_header Host $http_host;
            proxy_set_header Upgrade $http_upgrade;
            proxy_set_header Connection $connection_upgrade;
            proxy_set_header X-Forwarded-For $remote_addr;
            proxy_read_timeout {read_timeout}s;
            proxy_buffering off;
        }}
    }}
}}
"""


def nginx_binary() -> str:
    found = shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin")
    if found is None:
        pytest.skip("nginx is not installed (scripts/install-system-deps installs nginx-light)")
    return found


@pytest.fixture
def extra_env() -> dict[str, str]:
    """More settings for both processes; a test may parametrize it."""
    return {}


@pytest.fixture
def two_processes(
    redis_server: RedisServer, redis_prefix: str, extra_env: dict[str, str]
) -> Iterator[list[int]]:
    """Two `python -m strangerchat` sharing the test Redis; their ports."""
    env = {
        "STRANGERCHAT_REDIS_URL": redis_server.url,
        "STRANGERCHAT_REDIS_PREFIX": redis_prefix,
        "STRANGERCHAT_POLL_HOLD": str(HOLD),
        "STRANGERCHAT_POLL_SESSION_TIMEOUT": str(HOLD * 5),
        **extra_env,
    }
    with (
        server_process(env={**env, "STRANGERCHAT_ROUTE": ROUTES[0]}) as first,
        server_process(env={**env, "STRANGERCHAT_ROUTE": ROUTES[1]}) as second,
    ):
        yield [first.port, second.port]


@pytest.fixture
def nginx(two_processes: list[int], tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """nginx on a free loopback port in front of both; its URL and its access log."""
    binary = nginx_binary()
    port = free_port()
    first, second = two_processes
    config = tmp_path / "nginx.conf"
    config.write_text(
        CONFIG.format(tmp=tmp_path, first=first, second=second, port=port, read_timeout=HOLD * 5)
    )
    directives = f"daemon off; pid {tmp_path}/nginx.pid;"
    command = [binary, "-p", str(tmp_path), "-e", str(tmp_path / "error.log"), "-c", str(config)]
    with (tmp_path / "nginx.out").open("wb") as out:
        process = subprocess.Popen([*command, "-g", directives], stdout=out, stderr=out)
    try:
        wait_for_port(port, process, tmp_path)
        yield f"http://127.0.0.1:{port}", tmp_path / "access.log"
    finally:
        process.terminate()  # by its PID; SIGTERM is nginx's fast shutdown
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def wait_for_port(port: int, process: subprocess.Popen[bytes], logs: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"nginx exited: {(logs / 'error.log').read_text()}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port)):
            return
        time.sleep(0.02)
    raise AssertionError("nginx did not start listening")


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


async def ws_stranger(http: aiohttp.ClientSession, url: str) -> Stranger:
    return Stranger(await http.ws_connect(url + "/ws", headers={"Origin": url}))


def upstreams_used(access_log: Path, path: str) -> set[str]:
    """The processes nginx sent requests for `path` to."""
    lines = access_log.read_text().splitlines()
    return {line.split()[1] for line in lines if re.match(re.escape(path) + r"\b", line)}


@pytest.mark.timeout(60)
async def test_two_websocket_strangers_chat_through_nginx(
    nginx: tuple[str, Path], http: aiohttp.ClientSession
) -> None:
    url, access_log = nginx
    alice, bob = await ws_stranger(http, url), await ws_stranger(http, url)
    await alice.start()
    await bob.start()
    await alice.expect("connected", timeout=5)
    await bob.expect("connected", timeout=5)
    await alice.send("send", text="hello through nginx")
    assert (await bob.expect("message"))["text"] == "hello through nginx"
    await bob.send("disconnect")
    await alice.expect("stranger_disconnected")
    for one in (alice, bob):
        await one.ws.close()
    for _ in range(100):  # nginx logs a socket once it has closed
        if len(upstreams_used(access_log, "/ws")) == 2:
            break
        await asyncio.sleep(0.02)
    assert len(upstreams_used(access_log, "/ws")) == 2  # one socket on each process


@pytest.mark.timeout(60)
async def test_a_long_poll_stranger_chats_through_nginx_with_its_requests_on_both_processes(
    nginx: tuple[str, Path], http: aiohttp.ClientSession
) -> None:
    url, access_log = nginx
    walker = await ws_stranger(http, url)
    await walker.start()
    poller = RoundRobinPoller(http, [url])
    await poller.open()
    await poller.start()
    await poller.expect("connected", timeout=5)
    await walker.expect("connected", timeout=5)
    for n in range(10):
        await walker.send("send", text=f"w{n}")
        assert await poller.send("send", text=f"note {n}") == 204
    assert [(await poller.expect("message"))["text"] for _ in range(10)] == [
        f"w{n}" for n in range(10)
    ]
    assert [(await walker.expect("message"))["text"] for _ in range(10)] == [
        f"note {n}" for n in range(10)
    ]
    seqs = [event["seq"] for event in poller.received]
    assert seqs == list(range(1, len(seqs) + 1))  # nothing lost or repeated
    # Round robin takes turns over every request, frames and polls together: which kind lands
    # where depends on how they interleave, but together they reach both processes.
    used = upstreams_used(access_log, "/api/frame") | upstreams_used(access_log, "/api/events")
    assert len(used) == 2


@pytest.mark.timeout(60)
async def test_an_omegle_client_chats_through_nginx(
    nginx: tuple[str, Path], http: aiohttp.ClientSession
) -> None:
    url, access_log = nginx
    omegle = RoundRobinOmegle(http, [url])
    assert await omegle.start() == [["waiting"]]
    walker = await ws_stranger(http, url)
    await walker.start()
    assert (await omegle.events())[0] == ["connected"]
    await walker.expect("connected", timeout=5)
    await walker.send("send", text="hi omegle")
    assert await omegle.events() == [["gotMessage", "hi omegle"]]
    assert await omegle.call("/send", msg="hi browser") == (200, "win")
    assert (await walker.expect("message", timeout=5))["text"] == "hi browser"
    assert await omegle.call("/disconnect") == (200, "win")
    await walker.expect("stranger_disconnected")
    assert len(upstreams_used(access_log, "/events") | upstreams_used(access_log, "/send")) == 2


class RoutedPoller(LongPollClient):
    """A long-poll client as the page is: every request after the first names its route."""

    def __init__(self, http: aiohttp.ClientSession, url: str) -> None:
        super().__init__()
        self.http, self.url, self.route = http, url, ""

    async def post(self, path: str, body: dict[str, Any] | None) -> tuple[int, str, bytes]:
        params = {"route": self.route} if self.route else {}
        headers = {"Origin": self.url}
        async with self.http.post(
            self.url + path, json=body, params=params, headers=headers
        ) as response:
            answer = await response.read()
            if path == "/api/session":
                self.route = json.loads(answer)["route"]
            return response.status, response.content_type, answer


@pytest.mark.timeout(60)
async def test_long_polls_naming_their_route_reach_the_holder_through_nginx(
    nginx: tuple[str, Path], two_processes: list[int], http: aiohttp.ClientSession
) -> None:
    url, access_log = nginx
    walker = await ws_stranger(http, url)
    await walker.start()
    poller = RoutedPoller(http, url)
    await poller.open()
    assert poller.route in ROUTES
    assert poller.session.startswith(poller.route + ".")  # the credential names it too
    await poller.start()
    await poller.expect("connected", timeout=5)
    await walker.expect("connected", timeout=5)
    for n in range(6):
        await walker.send("send", text=f"w{n}")
        assert await poller.send("send", text=f"note {n}") == 204
    assert [(await poller.expect("message"))["text"] for _ in range(6)] == [
        f"w{n}" for n in range(6)
    ]
    assert [(await walker.expect("message"))["text"] for _ in range(6)] == [
        f"note {n}" for n in range(6)
    ]
    holder = f"127.0.0.1:{two_processes[ROUTES.index(poller.route)]}"
    # Every frame and poll went to the process holding the session: none was forwarded.
    routed = upstreams_used(access_log, "/api/frame") | upstreams_used(access_log, "/api/events")
    assert routed == {holder}


def test_the_shipped_nginx_routes_by_the_route_parameter() -> None:
    shipped = (Path(__file__).parent.parent / "deploy" / "nginx.conf").read_text()
    assert "map $arg_route $strangerchat_upstream" in shipped
    assert "proxy_pass http://$strangerchat_upstream;" in shipped
    assert "default strangerchat;" in shipped  # no route, or an unknown one: round robin


def test_the_shipped_nginx_logs_no_address_and_no_credential() -> None:
    shipped = (Path(__file__).parent.parent / "deploy" / "nginx.conf").read_text()
    logs = [line.strip() for line in shipped.splitlines() if line.strip().startswith("access_log")]
    assert logs, "with no access_log, nginx logs whole request lines, query strings included"
    assert all(line.endswith(" strangerchat;") for line in logs)
    log_format = shipped[shipped.index("log_format strangerchat") :].split(";")[0]
    for leak in ("$remote_addr", "$request ", '$request"', "$request_uri", "$args", "$query"):
        assert leak not in log_format


def test_the_tests_nginx_passes_on_the_headers_the_shipped_one_does() -> None:
    shipped = Path(__file__).parent.parent / "deploy" / "nginx.conf"
    headers = [line.strip() for line in shipped.read_text().splitlines()]
    wanted = [line for line in headers if line.startswith("proxy_set_header")]
    assert "proxy_set_header X-Forwarded-For $remote_addr;" in wanted
    assert all(line in CONFIG for line in wanted)


@pytest.mark.timeout(60)
@pytest.mark.parametrize(
    "extra_env",
    [{"STRANGERCHAT_TRUSTED_PROXIES": "127.0.0.1", "STRANGERCHAT_TRUSTED_CLIENTS": ""}],
)
async def test_clients_through_nginx_are_told_apart_and_cannot_pick_their_address(
    nginx: tuple[str, Path],
) -> None:
    url, _ = nginx
    async with contextlib.AsyncExitStack() as stack:

        async def from_address(address: str, forwarded_for: str | None = None) -> Stranger:
            connector = aiohttp.TCPConnector(local_addr=(address, 0))
            http = await stack.enter_async_context(aiohttp.ClientSession(connector=connector))
            headers = {"Origin": url}
            if forwarded_for is not None:
                headers["X-Forwarded-For"] = forwarded_for
            return Stranger(await http.ws_connect(url + "/ws", headers=headers))

        # Every request reaches the processes from nginx at 127.0.0.1. Distinct sessions from
        # one address saying they are under 18 lock out that address.
        partner = await from_address("127.0.0.21")
        for _ in range(TRIPS_FOR_ADDRESS):
            minor = await from_address("127.0.0.20")
            for one in (minor, partner):
                await one.start()
            for one in (minor, partner):
                await one.expect("connected", timeout=5)
            await minor.send("send", text="im 15")
            await minor.expect("adults_only", timeout=5)
            await partner.expect("stranger_disconnected", timeout=5)
        # A header of the client's own is replaced by nginx, so the minor is still known.
        disguised = await from_address("127.0.0.20", forwarded_for="203.0.113.9")
        await disguised.send("start")
        assert (await disguised.expect("error", timeout=5))["code"] == "locked_out"
        # Other clients, through the same nginx, are not locked out.
        other = await from_address("127.0.0.22")
        await partner.start()
        await other.start()
        await partner.expect("connected", timeout=5)
        await other.expect("connected", timeout=5)
