"""create_app: the aiohttp application with its routes, templates and background tasks."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator

from aiohttp import web

from strangerchat import entry, housekeeping, info_pages, service_worker, transparency_page
from strangerchat.appkeys import CHAT, GATEWAY, LOOP_LAG, METRICS_REGISTRY
from strangerchat.appsettings import SETTINGS
from strangerchat.brokers import create_broker
from strangerchat.brokers.base import Broker
from strangerchat.chat import Chat
from strangerchat.edge.errors import (
    clean_errors,
    dress_aiohttp_answers,
    keep_addresses_out_of_aiohttp_logs,
)
from strangerchat.gateway import Gateway
from strangerchat.health import healthz, readyz
from strangerchat.loop_lag import LoopLag
from strangerchat.metrics import make_registry, metrics_handler
from strangerchat.moderation import appeal_api, console, retention
from strangerchat.pages import WEB_DIR, index, online, setup_templates
from strangerchat.safety.headers import security_headers
from strangerchat.safety.keys import stored_secret
from strangerchat.services import create_services
from strangerchat.settings import Settings
from strangerchat.storage.startup import start_records
from strangerchat.transports import longpoll, omegle, websocket

log = logging.getLogger(__name__)

# Long-poll bodies are one frame: the longest message, JSON-escaped, fits well within this.
MAX_REQUEST_BYTES = 256 * 1024


def create_app(settings: Settings, broker: Broker | None = None) -> web.Application:
    app = web.Application(
        client_max_size=MAX_REQUEST_BYTES, middlewares=[security_headers, clean_errors]
    )
    keep_addresses_out_of_aiohttp_logs()
    dress_aiohttp_answers()
    app[SETTINGS] = settings
    secret = settings.secret_key or stored_secret(settings.data_dir)
    services = create_services(settings, broker or create_broker(settings), secret)
    app[CHAT] = Chat(services)
    app[GATEWAY] = Gateway(app[CHAT])
    app[LOOP_LAG] = LoopLag()
    setup_templates(app)
    app.router.add_get("/", index)
    app.router.add_get("/api/online", online)
    app.router.add_get("/privacy", info_pages.privacy)
    app.router.add_get("/terms", info_pages.terms)
    app.router.add_get("/about", info_pages.about)
    app.router.add_get("/healthz", healthz)
    app.router.add_get("/readyz", readyz)
    app.router.add_get("/metrics", metrics_handler)
    app[METRICS_REGISTRY] = make_registry(app[CHAT])
    app.router.add_get("/ws", websocket.websocket_handler)
    app.router.add_post("/api/session", longpoll.open_session)
    app.router.add_post("/api/frame", longpoll.post_frame)
    app.router.add_post("/api/events", longpoll.get_events)
    app.router.add_post("/api/resume", longpoll.resume_session)
    app.router.add_static("/static/", WEB_DIR / "static")
    service_worker.add_routes(app)
    entry.setup(app, settings)
    console.add_routes(app)
    appeal_api.add_routes(app)
    transparency_page.add_routes(app)
    if settings.omegle_api:
        omegle.add_routes(app)
    app.cleanup_ctx.append(_background_tasks)
    app.on_shutdown.append(_close_sessions)
    return app


async def _background_tasks(app: web.Application) -> AsyncIterator[None]:
    """The moderation database, the broker, the matchmaker, housekeeping and the retention
    purge live exactly as long as the app."""
    chat = app[CHAT]
    records = chat.stores.records
    await start_records(
        records, chat.settings.data_dir, chat.stores.redis, chat.settings.redis_prefix
    )
    await chat.broker.start()
    tasks = [
        asyncio.create_task(chat.matchmaker.run(), name="matchmaker"),
        asyncio.create_task(housekeeping.run(chat), name="housekeeping"),
        asyncio.create_task(app[LOOP_LAG].run(), name="loop lag"),
        asyncio.create_task(
            retention.run(records, chat.settings.report_retention), name="retention"
        ),
    ]
    yield
    for task in tasks:
        task.cancel()
    for task in tasks:
        with contextlib.suppress(asyncio.CancelledError):
            await task
    await chat.finish_closing()
    await chat.broker.close()
    await chat.stores.close()


async def _close_sessions(app: web.Application) -> None:
    """Runs on SIGTERM, after the listener stopped: every client hears the server is restarting."""
    log.info("shutting down: telling every session")
    await app[CHAT].shut_down()
