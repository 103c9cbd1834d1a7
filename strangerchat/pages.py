"""HTML pages and the health check."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import aiohttp_jinja2
from aiohttp import web

WEB_DIR = Path(__file__).resolve().parent.parent / "web"


@aiohttp_jinja2.template("index.html")
async def index(request: web.Request) -> dict[str, Any]:
    return {}


async def healthz(request: web.Request) -> web.Response:
    return web.Response(text="ok")
