"""Readiness: whether this process should be sent new strangers right now."""

from __future__ import annotations

from aiohttp import web

from strangerchat.appkeys import CHAT


async def readyz(request: web.Request) -> web.Response:
    """503 while shutting down or while the broker cannot be reached; 200 otherwise."""
    chat = request.app[CHAT]
    if chat.shutting_down:
        return web.Response(status=503, text="shutting down")
    if not await chat.broker.reachable():
        return web.Response(status=503, text="broker unreachable")
    return web.Response(text="ready")
