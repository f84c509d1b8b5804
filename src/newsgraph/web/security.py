"""Security headers on every response, and static assets served from memory.

Static files are read from the package once, when the app is built, into a dict keyed by
their relative path; a request can only select one of those keys, so no request path ever
reaches the file system.
"""

from __future__ import annotations

import logging
import mimetypes
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

log = logging.getLogger(__name__)

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'"
)
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "geolocation=(), camera=(), microphone=()",
}
_TYPES = {
    ".js": "text/javascript",
    ".css": "text/css",
    ".json": "application/json",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".md": "text/plain",
    "": "text/plain",
}


async def add_security_headers(
    request: Request, call_next: Callable[[Request], Awaitable[Response]]
) -> Response:
    """The headers on every response: an error the app did not handle becomes a JSON 500
    here, with them (Starlette's own 500 is plain text, outside this middleware)."""
    try:
        response = await call_next(request)
    except Exception:  # noqa: BLE001 - logged with its traceback; the client gets no detail
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        response = JSONResponse({"detail": "internal error"}, status_code=500)
    for k, v in HEADERS.items():
        response.headers.setdefault(k, v)
    if request.url.path.startswith("/api/"):
        response.headers.setdefault("Cache-Control", "no-store")
    return response


@dataclass(frozen=True)
class Asset:
    body: bytes
    media_type: str


def load_assets() -> dict[str, Asset]:
    """Every file under ``web/static`` by its relative path ("js/app.js")."""
    root = resources.files("newsgraph.web") / "static"
    out: dict[str, Asset] = {}

    def walk(node: Traversable, prefix: str) -> None:
        for entry in node.iterdir():
            name = f"{prefix}{entry.name}"
            if entry.is_dir():
                walk(entry, name + "/")
            elif not entry.name.startswith("."):
                ext = "." + entry.name.rsplit(".", 1)[-1] if "." in entry.name else ""
                media = _TYPES.get(ext) or mimetypes.guess_type(entry.name)[0] or "text/plain"
                out[name] = Asset(entry.read_bytes(), media)

    walk(root, "")
    return out


# SQLite refusing a query for its size (too many terms, too deep an expression): the request
# asked for too much, a 4xx, not a server fault.
_TOO_MUCH = ("too many", "too large", "too deep", "too complex", "parser stack overflow")


async def bad_number(_request: Request, exc: Exception) -> Response:
    """A number in a parameter or path beyond what the store can hold (OverflowError)."""
    return JSONResponse({"detail": f"a number is out of range: {exc}"}, status_code=400)


async def store_refused(_request: Request, exc: Exception) -> Response:
    """SQLite refused the query: 400 when it was too big, else a 500 (logged)."""
    text = str(exc)
    if any(t in text.lower() for t in _TOO_MUCH):
        return JSONResponse({"detail": f"the request is too large: {text}"}, status_code=400)
    log.error("store error: %s", text, exc_info=exc)
    return JSONResponse({"detail": "internal error"}, status_code=500)
