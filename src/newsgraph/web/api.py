"""The JSON API under ``/api/``: one endpoint behind every page, all read-only.

Lists are paginated with ``limit``/``offset`` and answer ``{items, total, limit, offset}``.
Filters are those of the CLI (``--actor``, ``--recipient``, ``--type``, ``--outlet``,
``--since``, ``--until``, ``--min-confidence``, factuality exclusions).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request

from newsgraph.analyze.contradictions import DEFAULT_MIN_CONFIDENCE as CONTRADICTION_CONFIDENCE
from newsgraph.extract.events.confidence import DEFAULT_MIN_CONFIDENCE
from newsgraph.query.graph import Graph, build_graph
from newsgraph.query.main_events import main_event_of
from newsgraph.query.map import build_map
from newsgraph.query.timeline import event_detail, plover_types, timeline
from newsgraph.store import (
    actor_queries,
    article_queries,
    outlet_queries,
    relations,
    report_queries,
    search_queries,
)
from newsgraph.store.actors import ActorMatch, match_actor
from newsgraph.web.cache import StoreCache
from newsgraph.web.db import ReadOnlyPool

Limit = Annotated[int, Query(ge=1, le=500, description="Page size.")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Rows to skip.")]
DateQ = Annotated[
    str | None,
    Query(
        pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$", description="ISO date (YYYY, YYYY-MM or YYYY-MM-DD)."
    ),
]
Text = Annotated[str | None, Query(max_length=200)]
MinConfidence = Annotated[
    float,
    Query(
        ge=0.0,
        le=1.0,
        description="Only contradictions at least this confident (0: all that are stored).",
    ),
]
Exact = Annotated[
    bool, Query(description="A state's id matches only the state, not its government/officials")
]


Group = Annotated[
    bool,
    Query(
        description="A state stands for its government, forces, institutions and officials "
        "(one node); false: each is its own node"
    ),
]


def _graph(cache: StoreCache, conn: sqlite3.Connection, group: bool) -> Graph:
    return cache.get("graph-grouped" if group else "graph", lambda: build_graph(conn, group=group))


def get_cache(request: Request) -> StoreCache:
    cache: StoreCache = request.app.state.cache
    return cache


Cache = Annotated[StoreCache, Depends(get_cache)]


def get_conn(request: Request) -> Iterator[sqlite3.Connection]:
    """One read-only connection from the app's pool for the length of a request."""
    pool: ReadOnlyPool = request.app.state.pool
    with pool.connection() as conn:
        yield conn


Conn = Annotated[sqlite3.Connection, Depends(get_conn)]


def build_api() -> APIRouter:
    api = APIRouter(tags=["api"])

    @api.get("/overview", summary="Counts, outlets, date range, skipped inputs and why")
    def overview(conn: Conn, cache: Cache) -> dict[str, Any]:
        return cache.get("overview", lambda: article_queries.overview(conn))

    @api.get("/outlets", summary="Outlet names")
    def outlets(conn: Conn) -> list[str]:
        return article_queries.outlets(conn)

    @api.get("/articles", summary="Articles (paginated), filter by outlet and date")
    def articles(
        conn: Conn,
        outlet: Text = None,
        since: DateQ = None,
        until: DateQ = None,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        return article_queries.list_articles(
            conn, outlet=outlet, since=since, until=until, limit=limit, offset=offset
        )

    @api.get(
        "/articles/{article_id}",
        summary="One article: text, sentences, highlighted facts, removed spans, main event",
    )
    def article(conn: Conn, article_id: Annotated[str, Path(max_length=128)]) -> dict[str, Any]:
        a = article_queries.article_detail(conn, article_id)
        if a is None:
            raise HTTPException(404, "no such article")
        a["main_event"] = main_event_of(conn, article_id)
        return a

    @api.get("/search", summary="Full-text search over articles or quotes (FTS5)")
    def search(
        conn: Conn,
        q: Annotated[str, Query(min_length=1, max_length=200)],
        kind: Annotated[str, Query(pattern="^(articles|quotes)$")] = "articles",
        outlet: Text = None,
        limit: Limit = 20,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        fn = search_queries.search_articles if kind == "articles" else search_queries.search_quotes
        return fn(conn, q, outlet=outlet, limit=limit, offset=offset)

    @api.get("/event-types", summary="PLOVER event types present, with counts")
    def event_types(conn: Conn, cache: Cache) -> list[dict[str, Any]]:
        return cache.get("event-types", lambda: report_queries.event_types(conn))

    @api.get(
        "/timeline", summary="Events by date: canonical events when present, else event reports"
    )
    def timeline_(
        conn: Conn,
        actor: Text = None,
        recipient: Text = None,
        type: Text = None,
        outlet: Text = None,
        since: DateQ = None,
        until: DateQ = None,
        exclude: Annotated[
            list[str] | None,
            Query(
                description="Factuality classes to leave out: " + ", ".join(report_queries.FLAGS)
            ),
        ] = None,
        min_confidence: Annotated[
            float, Query(ge=0, le=1, description="0: every report; the rest stay stored")
        ] = DEFAULT_MIN_CONFIDENCE,
        since_ingested: Annotated[
            str | None,
            Query(
                pattern=r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?Z?)?$",
                description="Only events reported by articles stored since this UTC date or "
                "time (what `newsgraph watch` added), e.g. 2024-12-05T08:00:00Z.",
            ),
        ] = None,
        limit: Limit = 100,
        offset: Offset = 0,
        exact: Exact = False,
    ) -> dict[str, Any]:
        if type and type.upper() not in plover_types():
            raise HTTPException(
                422, f"unknown event type {type!r}; valid: " + ", ".join(plover_types())
            )
        bad = [x for x in exclude or [] if x not in report_queries.FLAGS]
        if bad:
            raise HTTPException(
                422,
                f"unknown factuality class {bad[0]!r}; valid: " + ", ".join(report_queries.FLAGS),
            )
        f = report_queries.EventFilters(
            actor=actor,
            recipient=recipient,
            type=type,
            outlet=outlet,
            since=since,
            until=until,
            exclude=tuple(dict.fromkeys(exclude or ())),  # a class repeated counts once
            min_confidence=min_confidence,
            ingested_since=since_ingested,
            exact=exact,
        )
        return timeline(conn, f, limit=limit, offset=offset)

    @api.get(
        "/events/{event_id}",
        summary="One event: its reports side by side per outlet, sentences, contradictions",
    )
    def event(conn: Conn, event_id: Annotated[str, Path(max_length=128)]) -> dict[str, Any]:
        d = event_detail(conn, event_id)
        if d is None:
            raise HTTPException(404, "no such event")
        return d

    @api.get("/network", summary="Actor graph as of a date: nodes and edges by kind")
    def network(
        conn: Conn,
        as_of: DateQ = None,
        since: DateQ = None,
        kind: Text = None,
        actor: Text = None,
        limit: Annotated[int, Query(ge=1, le=2000)] = 300,
        exact: Exact = False,
        group: Group = True,
        *,
        cache: Cache,
    ) -> dict[str, Any]:
        graph = _graph(cache, conn, group)
        # --actor STATE's match: a person counts as the state on the days of a role spell
        m = (match_actor(conn, actor, exact=exact) or ActorMatch((actor,))) if actor else None
        return graph.query(as_of=as_of, since=since, kind=kind, actor=m, limit=limit)

    @api.get("/network/evidence", summary="The event reports and sentences behind one edge")
    def evidence(
        conn: Conn,
        source: Annotated[str, Query(max_length=200)],
        target: Annotated[str, Query(max_length=200)],
        kind: Text = None,
        as_of: DateQ = None,
        limit: Limit = 50,
        group: Group = True,
        *,
        cache: Cache,
    ) -> dict[str, Any]:
        graph = _graph(cache, conn, group)
        items, total = relations.edge_evidence(
            conn,
            source,
            target,
            kind,
            groups=graph.static if graph.grouped else None,
            as_of=as_of,
            limit=limit,
        )
        return {"items": items, "total": total, "limit": limit}

    @api.get("/actors", summary="Actors with mention counts (paginated, q filters by name)")
    def actors(conn: Conn, q: Text = None, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
        return actor_queries.list_actors(conn, q=q, limit=limit, offset=offset)

    @api.get(
        "/actors/{actor_id}",
        summary="One actor: aliases, roles over time, mentions per outlet, relations",
    )
    def actor(
        conn: Conn, cache: Cache, actor_id: Annotated[str, Path(max_length=200)]
    ) -> dict[str, Any]:
        d = actor_queries.actor_detail(conn, actor_id)
        if d is None:
            raise HTTPException(404, "no such actor")
        graph = cache.get("graph", lambda: build_graph(conn))
        d["relations"] = graph.query(actor=actor_id, limit=200)["edges"]
        return d

    @api.get("/actors/{actor_id}/mentions", summary="An actor's mentions (paginated)")
    def actor_mentions(
        conn: Conn,
        actor_id: Annotated[str, Path(max_length=200)],
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        return actor_queries.actor_mentions(conn, actor_id, limit=limit, offset=offset)

    @api.get(
        "/quotes",
        summary="Quotes, filter by speaker (actor id or text; speaker_id: "
        "exactly that actor), via, outlet",
    )
    def quotes(
        conn: Conn,
        speaker: Text = None,
        speaker_id: Text = None,
        via: Text = None,
        outlet: Text = None,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        return actor_queries.list_quotes(
            conn,
            speaker=speaker,
            speaker_id=speaker_id,
            via=via,
            outlet=outlet,
            limit=limit,
            offset=offset,
        )

    @api.get("/map", summary="Places and located events, aggregated per location")
    def map_(
        conn: Conn,
        cache: Cache,
        since: DateQ = None,
        until: DateQ = None,
        type: Text = None,
        outlet: Text = None,
    ) -> dict[str, Any]:
        index = cache.get("map", lambda: build_map(conn))
        return index.query(since=since, until=until, type=type, outlet=outlet)

    @api.get("/compare", summary="For one actor: each outlet's labels, coverage, quotes")
    def compare(
        conn: Conn, actor: Annotated[str, Query(min_length=1, max_length=200)]
    ) -> dict[str, Any]:
        return {
            "actor": actor,
            "framing": outlet_queries.framing(conn, actor),
            "coverage": outlet_queries.coverage(conn, actor),
            "quotes": outlet_queries.quotes_by_outlet(conn, actor),
            "contradictions": outlet_queries.list_contradictions(
                conn, actor_id=actor, min_confidence=CONTRADICTION_CONFIDENCE, limit=50
            ),
        }

    @api.get("/contradictions", summary="Contradictions between reports (paginated)")
    def contradictions(
        conn: Conn,
        kind: Text = None,
        actor: Text = None,
        min_confidence: MinConfidence = CONTRADICTION_CONFIDENCE,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        return outlet_queries.list_contradictions(
            conn,
            kind=kind,
            actor_id=actor,
            min_confidence=min_confidence,
            limit=limit,
            offset=offset,
        )

    return api
