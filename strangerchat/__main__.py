"""Command line: `strangerchat` or `python -m strangerchat` starts the server."""

from __future__ import annotations

import asyncio
import gc
import logging
import sys
from collections.abc import Sequence

from aiohttp import web

from strangerchat.app import create_app
from strangerchat.appkeys import CHAT
from strangerchat.errors import ConfigError
from strangerchat.logs import configure_logging
from strangerchat.settings import load_settings, setting_names
from strangerchat.storage.reports import FileReportStore

log = logging.getLogger("strangerchat")


def main(argv: Sequence[str] | None = None) -> None:
    try:
        settings = load_settings(argv)
        app = create_app(settings)
        _check_reports_writable(app)
    except ConfigError as exc:
        sys.exit(f"strangerchat: {exc}")
    configure_logging(settings)
    _tune_garbage_collector()
    web.run_app(
        app,
        host=settings.host,
        port=settings.port,
        backlog=settings.listen_backlog,
        print=lambda _: log.info("listening on http://%s:%d", settings.host, settings.port),
        access_log=None,  # request lines carry long-poll session ids; keep them out of logs
        shutdown_timeout=settings.shutdown_timeout,
        loop=_new_event_loop(),
    )
    log.info("stopped")


def _check_reports_writable(app: web.Application) -> None:
    """Without Redis, reports are files in the data directory: a server that could not write
    them must not start, or every report would fail."""
    store = app[CHAT].stores.reports
    if isinstance(store, FileReportStore):
        try:
            store.check_writable()
        except OSError as exc:
            problem = f"cannot write reports to {str(store.path)!r}: {exc.strerror or exc}"
            raise ConfigError(f"{setting_names('data_dir')}: {problem}") from None


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
