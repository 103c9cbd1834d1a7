"""Health and readiness: whether this process runs, and whether to send it new strangers."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any

from aiohttp import web

from strangerchat.appkeys import CHAT, LOOP_LAG

# /readyz answers within this, whatever the broker does: a frozen Redis must not hang the check.
READY_DEADLINE = 2.0


async def healthz(request: web.Request) -> web.Response:
    """200 while the process runs."""
    return web.Response(text="ok")


async def readyz(request: web.Request) -> web.Response:
    """503 while shutting down, while the event loop lags (loop_lag.py) or while the broker
    cannot be reached; 200 otherwise."""
    chat = request.app[CHAT]
    if chat.shutting_down:
        return web.Response(status=503, text="shutting down")
    if request.app[LOOP_LAG].overloaded:
        return web.Response(status=503, text="overloaded")
    if not await _reachable_within(chat.broker.reachable(), READY_DEADLINE):
        return web.Response(status=503, text="broker unreachable")
    return web.Response(text="ready")


async def _reachable_within(check: Coroutine[Any, Any, bool], seconds: float) -> bool:
    """The check's answer, or False at the deadline; the check is cancelled, not awaited, since a
    connection stuck on a frozen peer may not even give way to cancellation promptly."""
    task = asyncio.ensure_future(check)
    done, _ = await asyncio.wait([task], timeout=seconds)
    if not done:
        task.cancel()
        task.add_done_callback(lambda t: t.cancelled() or t.exception())
        return False
    return not task.cancelled() and task.exception() is None and task.result()
