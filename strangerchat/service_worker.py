"""The service worker at /sw.js: served from the root so that its scope is the whole site."""

from __future__ import annotations

from aiohttp import web

from strangerchat.pages import WEB_DIR

SERVICE_WORKER = WEB_DIR / "static" / "sw.js"


async def service_worker(request: web.Request) -> web.FileResponse:
    response = web.FileResponse(SERVICE_WORKER)
    response.content_type = "text/javascript"
    # A browser checks a worker for updates at most once a day anyway; no-cache makes every check
    # ask the server, so a new worker reaches everyone at their next visit.
    response.headers["Cache-Control"] = "no-cache"
    return response


def add_routes(app: web.Application) -> None:
    app.router.add_get("/sw.js", service_worker)
