"""The Origin rule: browsers say which site a request comes from; only ours may open a chat."""

from __future__ import annotations

from aiohttp import web

from strangerchat.settings import Settings


def origin_allowed(request: web.Request, settings: Settings) -> bool:
    """Exact match against allowed_origins, or, when that is empty, against this server's origin.

    A missing or "null" Origin is refused too: another site's page (or a sandboxed frame) must
    not be able to act with a visitor's session.
    """
    origin = request.headers.get("Origin")
    if not origin or origin == "null":
        return False
    if settings.allowed_origins:
        return origin in settings.allowed_origins
    return origin == f"{request.scheme}://{request.host}"


def require_origin(request: web.Request, settings: Settings) -> None:
    if not origin_allowed(request, settings):
        raise web.HTTPForbidden(text="This origin may not use the chat.")
