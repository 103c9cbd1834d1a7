"""create_app: the aiohttp application with its routes, templates and background tasks."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator

import aiohttp_jinja2
import jinja2
from aiohttp import web

from strangerchat import housekeeping
from strangerchat.appkeys import CHAT
from strangerchat.brokers import create_broker
from strangerchat.brokers.base import Broker
from strangerchat.chat import Chat
from strangerchat.pages import WEB_DIR, healthz, index
from strangerchat.session import GOING_AWAY
from strangerchat.settings import Settings
from strangerchat.transports import longpoll, websocket

# Long-poll bodies are one frame: the longest message, JSON-escaped, fits well within this.
MAX_REQUEST_BYTES = 256 * 1024


def create_app(settings: Settings, broker: Broker | None = None) -> web.Application:
    app = web.Application(client_max_size=MAX_REQUEST_BYTES)
    app[CHAT] = Chat(settings, broker or create_broker(settings))
    aiohttp_jinja2.setup(
        app, loader=jinja2.FileSystemLoader(WEB_DIR / "templates"), autoescape=True
    )
    app.router.add_get("/", index)
    app.router.add_get("/healthz", healthz)
    app.router.add_get("/ws", websocket.websocket_handler)
    app.router.add_post("/api/session", longpoll.open_session)
    app.router.add_post("/api/frame", longpoll.post_frame)
    app.router.add_post("/api/events", longpoll.get_events)
    app.router.add_static("/static/", WEB_DIR / "static")
    app.cleanup_ctx.append(_background_tasks)
    app.on_shutdown.append(_close_sessions)
    return app


async def _background_tasks(app: web.Application) -> AsyncIterator[None]:
    """The broker, the matchmaker and housekeeping live exactly as long as the app."""
    chat = app[CHAT]
    await chat.broker.start()
    tasks = [
        asyncio.create_task(chat.matchmaker.run(), name="matchmaker"),
        asyncio.create_task(housekeeping.run(chat), name="housekeeping"),
    ]
    yield
    for task in tasks:
        task.cancel()
    for task in tasks:
        with contextlib.suppress(asyncio.CancelledError):
            await task
    await chat.broker.close()


async def _close_sessions(app: web.Application) -> None:
    """Wake every transport so sockets close with 1001 and held polls answer."""
    for session in list(app[CHAT].broker.local_sessions()):
        session.close(GOING_AWAY)
