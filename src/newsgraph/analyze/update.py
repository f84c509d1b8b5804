"""Bring the cross-outlet analysis up to date with the stored event reports.

Incremental: only reports not yet in a canonical event are clustered, against the events
already stored; only the events they touch are summarised and checked again.
``rebuild=True`` starts from scratch.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from newsgraph.analyze.clusters import Clusterer, ClusterSettings
from newsgraph.analyze.contradictions import (
    ContradictionSettings,
    find_attribution_contradictions,
    find_date_contradictions,
    find_disputes,
    find_number_contradictions,
)
from newsgraph.analyze.model import Cluster, ReportView
from newsgraph.faults import kill_point
from newsgraph.store import Store
from newsgraph.store import analysis as sql
from newsgraph.store.connection import table_names


@dataclass
class AnalysisReport:
    new_reports: int = 0
    events_touched: int = 0
    events_total: int = 0
    contradictions: Counter[str] = field(default_factory=Counter)


def update_analysis(
    store: Store,
    *,
    rebuild: bool = False,
    cluster_settings: ClusterSettings | None = None,
    contradiction_settings: ContradictionSettings | None = None,
    quotes: Callable[[Store], list[dict[str, Any]]] | None = None,
) -> AnalysisReport:
    report = AnalysisReport()
    if not _has_tables(store):
        return report
    csettings = contradiction_settings or ContradictionSettings()
    with store.transaction() as conn:
        if rebuild:
            sql.clear_analysis(conn)
        clusterer = Clusterer(cluster_settings)
        for c in sql.load_clusters(conn):
            clusterer.load(c)
        new = list(sql.iter_report_views(conn, unassigned_only=True))
        report.new_reports = len(new)
        touched = {clusterer.add(r) for r in new}
        loaded = {r.id: r for r in new}
        views_of: dict[int, list[ReportView]] = {}
        for cid in touched:
            cluster = clusterer.clusters[cid]
            views = views_of[cid] = _views(conn, cluster.report_ids, loaded)
            sql.save_cluster(
                conn,
                cluster,
                summarise(cluster, views, sql.place_details(conn, cluster.report_ids)),
            )
        touched |= sql.link_figures(conn, {r.article_id for r in new})
        found = []
        for cid in touched:
            views = views_of.get(cid) or sql.report_views(conn, clusterer.clusters[cid].report_ids)
            found += find_date_contradictions(cid, views, csettings)
            found += find_attribution_contradictions(cid, views)
            found += find_number_contradictions(cid, sql.figure_views(conn, cid), csettings)
        sql.replace_contradictions(conn, touched, found)
        disputes = find_disputes(quotes(store) if quotes else _stored_quotes(store))
        conn.execute("DELETE FROM contradictions WHERE kind = 'dispute'")
        sql.insert_contradictions(conn, disputes)
        report.events_touched = len(touched)
        report.events_total = len(clusterer.clusters)
        report.contradictions.update(c.kind for c in found + disputes)
        kill_point("analysis")
    return report


def analysis_pending(store: Store) -> bool:
    """Whether a stored event report is in no canonical event yet: the analysis has not seen
    it (an ingest was killed before or during its analysis, or ran with ``analyze=False``)."""
    return _has_tables(store) and sql.has_unassigned_reports(store.conn)


def _views(
    conn: sqlite3.Connection, ids: list[int], loaded: dict[int, ReportView]
) -> list[ReportView]:
    """The views of reports ``ids``, in id order: those in ``loaded``, and the rest from SQL."""
    views = [loaded[i] for i in ids if i in loaded]
    views += sql.report_views(conn, [i for i in ids if i not in loaded])
    return sorted(views, key=lambda v: v.id)


def summarise(
    cluster: Cluster, views: list[ReportView], places: dict[str, dict[str, Any]]
) -> dict[str, Any]:
    """Consensus date and place (the value most original articles give), outlets, span."""
    date = _consensus(cluster.dates)
    place_id = _consensus(cluster.places)
    place = places.get(place_id or "", {})
    reported = sorted(v.report_date for v in views if v.report_date)
    return {
        "date": date,
        "place_id": place_id,
        "place_name": place.get("name"),
        "place_country": place.get("country"),
        "place_lat": place.get("lat"),
        "place_lon": place.get("lon"),
        "outlets": _distinct_outlets(views),
        "first_reported": reported[0] if reported else None,
        "last_reported": reported[-1] if reported else None,
    }


def _distinct_outlets(views: list[ReportView]) -> list[str]:
    """Outlets that carry the event in an original article (wire copies count once: under
    the outlet of their original)."""
    by_origin: dict[str, str] = {}
    for v in views:
        if v.article_id == v.origin:
            by_origin[v.origin] = v.outlet
    for v in views:
        by_origin.setdefault(v.origin, v.outlet)
    return sorted(set(by_origin.values()))


def _consensus(spread: dict[str, set[str]]) -> str | None:
    if not spread:
        return None
    # Most origins first; ties go to the more precise (longer) value, then the earlier.
    return sorted(spread.items(), key=lambda kv: (-len(kv[1]), -len(kv[0]), kv[0]))[0][0]


def _has_tables(store: Store) -> bool:
    names = table_names(store.conn)
    return {"event_reports", "canonical_events", "figures"} <= names


def _stored_quotes(store: Store) -> list[dict[str, Any]]:
    """Quotes with disputes, if the quote stage has stored any."""
    names = table_names(store.conn)
    if "quotes" not in names:
        return []
    cols = {r[1] for r in store.conn.execute("PRAGMA table_info(quotes)")}
    if "disputes" not in cols:
        return []
    out = []
    for r in store.conn.execute(
        "SELECT * FROM quotes WHERE disputes IS NOT NULL AND disputes NOT IN ('', '[]')"
    ):
        d = dict(r)
        d["disputes"] = json.loads(d["disputes"])
        d["speaker"] = {
            "text": d.get("speaker_text"),
            "name": d.get("speaker_name"),
            "actor_id": d.get("speaker_actor_id"),
        }
        out.append(d)
    return out
