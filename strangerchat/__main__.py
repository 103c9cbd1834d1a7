"""Command line: `strangerchat` or `python -m strangerchat` starts the server."""

from __future__ import annotations

import asyncio
import gc
import logging
import sys
from collections.abc import Sequence

from aiohttp import web

from strangerchat.app import create_app
from strangerchat.errors import ConfigError
from strangerchat.logs import configure_logging
from strangerchat.settings import load_settings

log = logging.getLogger("strangerchat")


def main(argv: Sequence[str] | None = None) -> None:
    try:
        settings = load_settings(argv)
        app = create_app(settings)
    except ConfigError as exc:
        sys.exit(f"strangerchat: {exc}")
    configure_logging(settings)
    _tune_garbage_collector()
    web.run_app(
        app,
        host=settings.host,
        port=settings.port,
        print=lambda _: log.info("listening on http://%s:%d", settings.host, settings.port),
        access_log=None,  # request lines carry long-poll session ids; keep them out of logs
        shutdown_timeout=settings.shutdown_timeout,
        loop=_new_event_loop(),
    )
    log.info("stopped")


def _tune_garbage_collector() -> None:
    """Collect rarely, and never again over what start-up made: a chat server's objects are
    short-lived (frames, events) and cycles are rare, so frequent collections only cost time."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(20_000, 50, 100)


def _new_event_loop() -> asyncio.AbstractEventLoop:
    """uvloop when it is installed (the `fast` extra), the standard loop otherwise."""
    try:
        import uvloop
    except ImportError:
        return asyncio.new_event_loop()
    return uvloop.new_event_loop()


if __name__ == "__main__":
    main()
