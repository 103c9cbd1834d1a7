"""The edge: raw bytes a browser would never send get a clean answer, headers and no address logged.

Requests go over a raw socket, since aiohttp's client refuses to send non-UTF-8 header bytes.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from pathlib import Path

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient

from strangerchat.app import create_app
from strangerchat.safety.headers import SECURITY_HEADERS
from tests.conftest import suite_settings

TOKEN = "m" * 40


@pytest.fixture
async def gated(aiohttp_client, tmp_path: Path) -> TestClient:  # type: ignore[no-untyped-def]
    """A server with the entry gate on, a metrics token, and one route that fails unexpectedly."""
    app = create_app(
        dataclasses.replace(suite_settings(tmp_path, metrics_token=TOKEN), age_gate=True)
    )

    async def boom(request: web.Request) -> web.Response:
        raise ZeroDivisionError("a bug, not the client's fault")

    app.router.add_get("/boom", boom)
    return await aiohttp_client(app)


async def raw(client: TestClient, request: bytes) -> tuple[int, dict[str, str]]:
    """Send raw bytes; the status and headers of the answer."""
    reader, writer = await asyncio.open_connection(client.server.host, client.server.port)
    writer.write(request)
    await writer.drain()
    head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 5)
    writer.close()
    status_line, *lines = head.decode("latin-1").split("\r\n")
    headers = dict(line.split(": ", 1) for line in lines if ": " in line)
    return int(status_line.split()[1]), headers


def request(method: str, path: str, header: bytes) -> bytes:
    return (
        f"{method} {path} HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n".encode()
        + header
        + b"\r\nConnection: close\r\n\r\n"
    )


def assert_clean(caplog: pytest.LogCaptureFixture) -> None:
    # The test server keeps aiohttp's access log on; `python -m strangerchat` turns it off.
    for record in (r for r in caplog.records if r.name != "aiohttp.access"):
        assert record.exc_info is None, record.getMessage()
        assert "127.0.0.1" not in record.getMessage()


@pytest.mark.parametrize(
    ("method", "path"), [("GET", "/"), ("GET", "/gate"), ("POST", "/api/session")]
)
async def test_a_gate_cookie_of_undecodable_bytes_is_no_cookie(
    gated: TestClient, caplog: pytest.LogCaptureFixture, method: str, path: str
) -> None:
    """Promise: a forged gate cookie is refused like a missing one, never a 500 or a traceback."""
    status, _ = await raw(gated, request(method, path, b"Cookie: gate=\xff\xfe.1.x"))
    assert status < 500
    assert_clean(caplog)


async def test_an_undecodable_metrics_token_is_unauthorised(
    gated: TestClient, caplog: pytest.LogCaptureFixture
) -> None:
    """Promise: /metrics answers 401 to any wrong token, undecodable bytes included."""
    status, _ = await raw(gated, request("GET", "/metrics", b"Authorization: Bearer \xff\xfe"))
    assert status == 401
    assert_clean(caplog)


async def test_an_unexpected_error_is_a_clean_500_without_the_address(
    gated: TestClient, caplog: pytest.LogCaptureFixture
) -> None:
    """Promise: a bug in a handler answers a JSON 500 with the security headers, logs no address."""
    caplog.set_level(logging.DEBUG)
    response = await gated.get("/boom")
    assert response.status == 500
    assert (await response.json())["code"] == "server_error"
    for name, value in SECURITY_HEADERS.items():
        assert response.headers[name] == value
    assert "aiohttp" not in response.headers.get("Server", "")
    assert_clean(caplog)
    assert any("ZeroDivisionError" in record.getMessage() for record in caplog.records)


async def test_no_answer_names_python_or_aiohttp(gated: TestClient) -> None:
    """Promise: the Server header does not give away the versions we run."""
    for path in ("/", "/healthz", "/no-such-page"):
        response = await gated.get(path)
        assert "aiohttp" not in response.headers.get("Server", ""), path
        assert "Python" not in response.headers.get("Server", ""), path


async def test_a_bad_request_line_logs_no_address(
    gated: TestClient, caplog: pytest.LogCaptureFixture
) -> None:
    """Promise: aiohttp's own 400 for a malformed request does not put the address in the log."""
    caplog.set_level(logging.DEBUG)
    status, headers = await raw(gated, b"GET /\x00 HTTP/1.1\r\nHost: x\r\n\r\n")
    assert status == 400
    assert headers.get("Server") == "strangerchat"  # not aiohttp's name and version
    for name, value in SECURITY_HEADERS.items():
        assert headers.get(name) == value, name
    await asyncio.sleep(0.05)
    assert_clean(caplog)


@pytest.mark.parametrize("path", ["/api/session", "/api/frame", "/api/events", "/api/resume"])
async def test_a_string_of_invalid_utf8_is_a_bad_frame(
    gated: TestClient, caplog: pytest.LogCaptureFixture, path: str
) -> None:
    """Promise: JSON whose string is not valid UTF-8 is answered 400 bad_frame, not a 500."""
    origin = f"http://{gated.server.host}:{gated.server.port}"
    body = b'{"session": "\xed\xa0\x80", "token": "\xff", "after": 0}'
    response = await gated.post(path, data=body, headers={"Origin": origin})
    assert response.status < 500
    assert_clean(caplog)
