"""Command line: `strangerchat` or `python -m strangerchat` starts the server;
`strangerchat moderators add|list|remove` manages moderator accounts."""

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
from strangerchat.moderation.accounts import moderators_command
from strangerchat.settings import Settings, load_settings, setting_names
from strangerchat.storage.connect import open_database
from strangerchat.storage.database import DatabaseError
from strangerchat.storage.records import ModerationStore
from strangerchat.storage.startup import start_records

log = logging.getLogger("strangerchat")


def main(argv: Sequence[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv[:1] == ["moderators"]:
        sys.exit(moderators_command(argv[1:]))
    try:
        settings = load_settings(argv)
        app = create_app(settings)
        asyncio.run(_check_database(settings))
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


async def _check_database(settings: Settings) -> None:
    """A server that cannot reach or migrate its moderation database must not start, or every
    report would fail: connect, migrate and import old reports now, and close again."""
    database = open_database(settings.database_url, settings.data_dir, settings.database_timeout)
    try:
        await start_records(ModerationStore(database), settings.data_dir)
    except DatabaseError as exc:
        where = "database_url" if settings.database_url else "data_dir"
        raise ConfigError(f"{setting_names(where)}: {exc}") from None
    await database.close()


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
