"""A TCP relay between a client and a test server whose connections a test can cut.

Cutting aborts every connection through it (a reset, no WebSocket close frame: what a phone
losing its network looks like to the server) and, for a while, refuses new ones. It can also
refuse WebSocket upgrades while it passes plain HTTP, as some proxies and captive networks do.
"""

from __future__ import annotations

import asyncio
import contextlib
import re

# What a proxy that will not pass an upgrade answers one.
REFUSAL = b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
WEBSOCKET_UPGRADE = re.compile(rb"^upgrade:[ \t]*websocket[ \t]*\r?$", re.IGNORECASE | re.MULTILINE)


class Cutter:
    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.port = 0
        self._server: asyncio.Server | None = None
        self._open: set[asyncio.StreamWriter] = set()
        self._down = False
        self._refusing_websockets = False

    async def __aenter__(self) -> Cutter:
        self._server = await asyncio.start_server(self._relay, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        self._abort_all()
        assert self._server is not None
        self._server.close()
        await self._server.wait_closed()

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def cut(self) -> None:
        """Reset every connection and refuse new ones until `mend`."""
        self._down = True
        self._abort_all()

    def mend(self) -> None:
        self._down = False

    def refuse_websockets(self) -> None:
        """Answer new WebSocket upgrades 403 and pass everything else, until `pass_websockets`.

        Only a connection's first request is looked at: a browser opens every WebSocket on a
        connection of its own, never on one that carried plain HTTP.
        """
        self._refusing_websockets = True

    def pass_websockets(self) -> None:
        self._refusing_websockets = False

    def _abort_all(self) -> None:
        for writer in list(self._open):
            writer.transport.abort()
        self._open.clear()

    async def _relay(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        if self._down:
            writer.transport.abort()
            return
        self._open.add(writer)
        head = b""
        if self._refusing_websockets:
            try:
                head = await reader.readuntil(b"\r\n\r\n")
            except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
                writer.transport.abort()
                return
            if WEBSOCKET_UPGRADE.search(head):
                with contextlib.suppress(OSError):
                    writer.write(REFUSAL)
                    await writer.drain()
                writer.close()
                return
        try:
            up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.target_port)
        except OSError:
            writer.transport.abort()
            return
        self._open.add(up_writer)
        up_writer.write(head)
        await asyncio.gather(_pipe(reader, up_writer), _pipe(up_reader, writer))


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    with contextlib.suppress(OSError, asyncio.IncompleteReadError):
        while data := await reader.read(65536):
            writer.write(data)
            await writer.drain()
    writer.transport.abort()
