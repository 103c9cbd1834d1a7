"""Health and readiness: whether this process runs, and whether to send it new strangers."""

from __future__ import annotations

from aiohttp import web

from strangerchat.appkeys import CHAT


async def healthz(request: web.Request) -> web.Response:
    """200 while the process runs."""
    return web.Response(text="ok")


async def readyz(request: web.Request) -> web.Response:
    """503 while shutting down or while the broker cannot be reached; 200 otherwise."""
    chat = request.app[CHAT]
    if chat.shutting_down:
        return web.Response(status=503, text="shutting down")
    if not await chat.broker.reachable():
        return web.Response(status=503, text="broker unreachable")
    return web.Response(text="ready")
