"""Command line: `strangerchat` or `python -m strangerchat` starts the server."""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Sequence

from aiohttp import web

from strangerchat.app import create_app
from strangerchat.errors import ConfigError
from strangerchat.settings import load_settings


def main(argv: Sequence[str] | None = None) -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    try:
        settings = load_settings(argv)
        app = create_app(settings)
    except ConfigError as exc:
        sys.exit(f"strangerchat: {exc}")
    web.run_app(
        app,
        host=settings.host,
        port=settings.port,
        print=lambda _: print(
            f"strangerchat on http://{settings.host}:{settings.port}", flush=True
        ),
        access_log=None,  # request lines carry long-poll session ids; keep them out of logs
        loop=_new_event_loop(),
    )


def _new_event_loop() -> asyncio.AbstractEventLoop:
    """uvloop when it is installed (the `fast` extra), the standard loop otherwise."""
    try:
        import uvloop
    except ImportError:
        return asyncio.new_event_loop()
    return uvloop.new_event_loop()


if __name__ == "__main__":
    main()
