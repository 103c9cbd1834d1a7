"""One place that turns any unexpected exception into a clean 500, and keeps addresses out of logs.

aiohttp logs "Error handling request from <address>" for every error it handles itself; the
filter here drops the address from that line, since log lines never hold addresses.
"""

from __future__ import annotations

import logging

from aiohttp import web, web_response
from aiohttp.typedefs import Handler
from aiohttp.web_protocol import RequestHandler

from strangerchat.errors import Code, Rejected, store_unavailable, store_unavailable_rejection
from strangerchat.protocol import error_body
from strangerchat.safety.headers import SECURITY_HEADERS

log = logging.getLogger(__name__)

# The Server header would tell an attacker the exact Python and aiohttp versions.
SERVER_NAME = "strangerchat"


@web.middleware
async def clean_errors(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Any exception a handler did not expect becomes a plain 500; HTTP answers pass through."""
    try:
        response = await handler(request)
    except web.HTTPException as answer:
        answer.headers["Server"] = SERVER_NAME
        raise
    except Exception as exc:  # the one place every unexpected error ends up
        response = _answer_for(request, exc)
    if not response.prepared:
        response.headers["Server"] = SERVER_NAME
    return response


def _answer_for(request: web.Request, exc: Exception) -> web.Response:
    """503 when Redis is down or frozen (the client should come back soon), else a 500."""
    if store_unavailable(exc):
        log.warning("store unavailable answering %s: %s", request.method, type(exc).__name__)
        rejected = store_unavailable_rejection()
    else:
        resource = request.match_info.route.resource
        where = resource.canonical if resource is not None else "?"
        log.error("unexpected %s answering %s %s", type(exc).__name__, request.method, where)
        rejected = Rejected(Code.SERVER_ERROR, "something went wrong; try again")
    return web.Response(
        status=rejected.status, body=error_body(rejected), content_type="application/json"
    )


class NoAddresses(logging.Filter):
    """aiohttp's own "Error handling request from %s": keep the line, drop the address."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str) and record.msg.startswith("Error handling request from"):
            record.msg = "Error handling a request"
            record.args = ()
            record.exc_info = None  # its traceback is about the client's bytes, not about us
            record.exc_text = None
        return True


def keep_addresses_out_of_aiohttp_logs() -> None:
    """Install the filter on aiohttp's server logger (idempotent)."""
    server_log = logging.getLogger("aiohttp.server")
    if not any(isinstance(f, NoAddresses) for f in server_log.filters):
        server_log.addFilter(NoAddresses())


def dress_aiohttp_answers() -> None:
    """Our Server header and the security headers on the answers aiohttp makes itself.

    aiohttp answers a malformed request line below every middleware (RequestHandler
    .handle_error), with its default Server header ("Python/3.11 aiohttp/…", a module constant
    read as each answer is sent). Both are set here once, at start (idempotent).
    """
    web_response.SERVER_SOFTWARE = SERVER_NAME  # type: ignore[attr-defined]
    if getattr(RequestHandler.handle_error, "dressed", False):
        return
    plain = RequestHandler.handle_error

    def handle_error(
        self: RequestHandler,
        request: web.BaseRequest,
        status: int = 500,
        exc: BaseException | None = None,
        message: str | None = None,
    ) -> web.StreamResponse:
        response = plain(self, request, status, exc, message)
        response.headers.update(SECURITY_HEADERS)
        return response

    handle_error.dressed = True  # type: ignore[attr-defined]
    RequestHandler.handle_error = handle_error  # type: ignore[method-assign]


def error_response(
    rejected: Rejected, status: int | None = None, headers: dict[str, str] | None = None
) -> web.Response:
    """A refusal answered directly to an HTTP request: its code's status unless `status`."""
    return web.Response(
        status=status or rejected.status,
        body=error_body(rejected),
        content_type="application/json",
        headers=headers,
    )
