"""The app factory: pages, the JSON API, static assets, security headers."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException
from fastapi.middleware.trustedhost import TrustedHostMiddleware
from fastapi.responses import Response

from newsgraph import __version__
from newsgraph.query.graph import build_graph
from newsgraph.query.map import build_map
from newsgraph.store import article_queries, report_queries
from newsgraph.web.api import build_api
from newsgraph.web.cache import StoreCache
from newsgraph.web.db import ReadOnlyPool
from newsgraph.web.pages import build_pages
from newsgraph.web.security import add_security_headers, bad_number, load_assets, store_refused

LOOPBACK_HOSTS = ["127.0.0.1", "localhost", "[::1]", "::1", "testserver"]


def warm_cache(pool: ReadOnlyPool, cache: StoreCache, done: threading.Event) -> None:
    """Build the aggregates the pages need first, so no user waits for them."""
    try:
        with pool.connection() as conn:
            cache.get("overview", lambda: article_queries.overview(conn))
            cache.get("graph-grouped", lambda: build_graph(conn, group=True))  # /network
            cache.get("graph", lambda: build_graph(conn))
            cache.get("map", lambda: build_map(conn))
            cache.get("event-types", lambda: report_queries.event_types(conn))
    except sqlite3.OperationalError:
        if not pool.closing:  # the server stopping interrupts the warm-up: nothing to report
            raise
    finally:
        done.set()


def create_app(
    db_path: str | Path,
    *,
    pool_size: int = 4,
    allowed_hosts: list[str] | None = None,
    warm: bool = True,
) -> FastAPI:
    """The web app over the store at ``db_path``, opened read-only.

    ``allowed_hosts`` guards against DNS rebinding; by default only loopback names.
    ``warm`` builds the cached aggregates (graph, map, overview) in the background at startup.
    """
    pool = ReadOnlyPool(db_path, size=pool_size)
    cache = StoreCache(db_path)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        if warm:
            threading.Thread(
                target=warm_cache,
                args=(pool, cache, app.state.warmed),
                daemon=True,
                name="newsgraph-warm",
            ).start()
        else:
            app.state.warmed.set()
        yield
        pool.close()

    app = FastAPI(
        title="newsgraph",
        version=__version__,
        description="Read-only JSON API over a newsgraph store: articles, events, actors, "
        "quotes, places, relations and outlet comparisons. Every list is paginated "
        "(limit/offset) and returns {items, total, limit, offset}.",
        docs_url=None,
        redoc_url=None,
        openapi_url="/api/openapi.json",
        lifespan=lifespan,
    )
    app.state.pool = pool
    app.state.cache = cache
    app.state.warmed = threading.Event()
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts or LOOPBACK_HOSTS)
    app.middleware("http")(add_security_headers)
    app.add_exception_handler(OverflowError, bad_number)
    app.add_exception_handler(sqlite3.OperationalError, store_refused)
    assets = load_assets()

    @app.get("/static/{name:path}", include_in_schema=False)
    def static(name: str) -> Response:
        asset = assets.get(name)
        if asset is None:
            raise HTTPException(404, "not found")
        return Response(
            asset.body,
            media_type=asset.media_type,
            headers={"Cache-Control": "public, max-age=3600"},
        )

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return static("favicon.svg")

    @app.get("/openapi.json", include_in_schema=False)
    def openapi_alias() -> dict[str, Any]:
        return app.openapi()

    app.include_router(build_api(), prefix="/api")
    app.include_router(build_pages())
    return app
