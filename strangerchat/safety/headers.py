"""Security headers on every answer: a strict Content-Security-Policy, nosniff, no referrer."""

from __future__ import annotations

from aiohttp import web
from aiohttp.typedefs import Handler

# No inline script or style anywhere: everything the page runs is a file under /static/, so a
# stranger's text that slipped into the page as markup could still not execute.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
)

SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


@web.middleware
async def security_headers(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Add the headers to answers and to raised HTTP errors alike (a 404 page is HTML too)."""
    try:
        response = await handler(request)
    except web.HTTPException as error:
        _add(error)
        raise
    # A WebSocket handler returns its response after the handshake was sent: too late to add.
    if not response.prepared:
        _add(response)
    return response


def _add(response: web.StreamResponse) -> None:
    """A handler may set a header of its own (the console's Referrer-Policy); else ours."""
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
