"""Bring the cross-outlet analysis up to date with the stored event reports.

Incremental: only reports not yet in a canonical event are clustered, against the events
already stored; only the events they touch are summarised and checked again.
``rebuild=True`` starts from scratch.
"""

from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from newsgraph.analyze.clusters import Clusterer, ClusterSettings
from newsgraph.analyze.contradictions import (
    ContradictionSettings,
    EventContext,
    FigureView,
    find_attribution_contradictions,
    find_date_contradictions,
    find_disputes,
    find_number_contradictions,
)
from newsgraph.analyze.explain import cohesion, describe_event
from newsgraph.analyze.stories import (
    StoryIndex,
    StorySettings,
    article_terms,
    document_frequencies,
)
from newsgraph.faults import kill_point
from newsgraph.store import Store
from newsgraph.store import analysis as sql
from newsgraph.store.main_events import main_event_types
from newsgraph.store.quotes import quotes_with_disputes
from newsgraph.types import Cluster, ReportView


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
    story_settings: StorySettings | None = None,
) -> AnalysisReport:
    report = AnalysisReport()
    csettings = contradiction_settings or ContradictionSettings()
    with store.transaction() as conn:
        if rebuild:
            sql.clear_analysis(conn)
        settings = cluster_settings or ClusterSettings()
        stored = list(sql.load_clusters(conn))
        # Stories first: the views read after them have their article's story.
        assign_stories(conn, story_settings)
        new = list(
            sql.iter_report_views(
                conn, unassigned_only=True, min_confidence=settings.min_confidence
            )
        )
        # The sides of the actors in conflict (an attack and the other side's reply are two
        # events), read once for the stored events and the new reports.
        actors = {a for c in stored for a in c.participants}
        actors |= {a for r in new for a in r.actors | r.recipients}
        clusterer = Clusterer(settings, sides=sql.actor_sides(conn, actors))
        for c in stored:
            clusterer.load(c)
        report.new_reports = len(new)
        clusterer.learn_allies(new)
        touched = {clusterer.add(r) for r in new}
        loaded = {r.id: r for r in new}
        views_of: dict[int, list[ReportView]] = {}
        places_of: dict[int, dict[str, dict[str, Any]]] = {}
        for cid in touched:
            cluster = clusterer.clusters[cid]
            views = views_of[cid] = _views(conn, cluster.report_ids, loaded)
            places = places_of[cid] = sql.place_details(conn, cluster.report_ids)
            sql.save_cluster(conn, cluster, summarise(cluster, views, places))
        touched |= sql.link_figures(conn, {r.article_id for r in new})
        events: dict[int, tuple[Cluster, list[ReportView], list[FigureView]]] = {}
        for cid in touched:
            cluster = clusterer.clusters[cid]
            views = views_of.get(cid) or sql.report_views(conn, cluster.report_ids)
            events[cid] = (cluster, views, sql.figure_views(conn, cid))
        facts = context_facts(conn, events.values())
        found = []
        for cid, (cluster, views, figures) in events.items():
            context = event_context(conn, cluster, views, figures, facts, places_of.get(cid))
            found += find_date_contradictions(cid, views, csettings, context)
            found += find_attribution_contradictions(cid, views, context)
            found += find_number_contradictions(cid, figures, csettings, context)
        sql.replace_contradictions(conn, touched, found)
        disputes = find_disputes(quotes(store) if quotes else quotes_with_disputes(conn))
        sql.delete_contradictions(conn, "dispute")
        sql.insert_contradictions(conn, disputes)
        report.events_touched = len(touched)
        report.events_total = len(clusterer.clusters)
        report.contradictions.update(c.kind for c in found + disputes)
        kill_point("analysis")
    return report


@dataclass(frozen=True)
class ContextFacts:
    """What the contexts of the events an update touched read from the store, read once for
    all of them, in batches: actors' names and countries, articles' publication dates and
    story similarities, and the sentences of their reports and figures."""

    names: dict[str, tuple[str, str | None]]
    sides: dict[str, str]  # actor id -> its side in a conflict (``store.analysis.actor_sides``)
    published: dict[str, str | None]
    similarity: dict[str, float]
    sentences: dict[tuple[str, int], str]


def context_facts(
    conn: sqlite3.Connection,
    events: Iterable[tuple[Cluster, list[ReportView], list[FigureView]]],
) -> ContextFacts:
    """The store facts ``event_context`` needs for ``events`` (event, its views, figures)."""
    actors: set[str] = set()
    refs: set[tuple[str, int]] = set()
    for cluster, views, figures in events:
        actors |= _context_actors(cluster, views)
        refs |= _refs(views, figures)
    articles = {a for a, _ in refs}
    return ContextFacts(
        names=sql.actor_names(conn, actors),
        sides=sql.actor_sides(conn, actors),
        published=sql.published_dates(conn, articles),
        similarity=sql.story_similarities(conn, articles),
        sentences=sql.sentence_texts(conn, refs),
    )


def event_context(
    conn: sqlite3.Connection,
    cluster: Cluster,
    views: list[ReportView],
    figures: list[FigureView],
    facts: ContextFacts | None = None,
    places: dict[str, dict[str, Any]] | None = None,
) -> EventContext:
    """What a contradiction of this event needs to explain itself: the event in words, why
    its reports are one event, how sure that is, and the sentences on every side. ``facts``
    (``context_facts``) and ``places`` (``store.analysis.place_details`` of its reports):
    read already; else read here."""
    refs = _refs(views, figures)
    facts = facts or context_facts(conn, [(cluster, views, figures)])
    names = {i: facts.names[i] for i in _context_actors(cluster, views)}
    if places is None:
        places = sql.place_details(conn, cluster.report_ids)
    place_id = _consensus(cluster.places)
    place = places.get(place_id or "", {})
    place_words = (
        f"{place.get('name')} ({place.get('country')})"
        if place.get("country")
        else place.get("name")
    )
    articles = {a for a, _ in refs}
    similarity = {a: facts.similarity[a] for a in articles if a in facts.similarity}
    score, why = cohesion(cluster, views, similarity)
    return EventContext(
        description=describe_event(cluster, names, place_words, _consensus(cluster.dates)),
        why_same=tuple(why),
        cohesion=score,
        sentences={ref: facts.sentences[ref] for ref in refs if ref in facts.sentences},
        published={a: facts.published.get(a) for a in articles},
        sides_of={a: facts.sides[a] for a in names if a in facts.sides},
        names={a: n for a, (n, _) in names.items()},
    )


def _context_actors(cluster: Cluster, views: list[ReportView]) -> set[str]:
    """The actors an event's context names: its participants and its reports' actors."""
    participants = set(cluster.actor_counts) | set(cluster.recipient_counts)
    return participants | {a for v in views for a in v.actors}


def _refs(views: list[ReportView], figures: list[FigureView]) -> set[tuple[str, int]]:
    """The sentences (article, index) of an event's reports and figures."""
    return {(v.article_id, v.sent) for v in views} | {(f.article_id, f.sent) for f in figures}


def assign_stories(
    conn: sqlite3.Connection, settings: StorySettings | None = None
) -> dict[str, int]:
    """Give every article not yet in a story one (see ``analyze/stories.py``), store it, and
    return article -> story for all articles. Each new article's lead is its main event, as
    the events stage chose it (``store.main_events``)."""
    index = StoryIndex(settings or StorySettings())
    index.story_of.update(sql.stored_stories(conn))
    index.next_id = max(index.story_of.values(), default=0) + 1
    articles = list(sql.article_texts(conn))
    fresh = [a.id for a in articles if a.id not in index.story_of]
    if not fresh:
        return index.story_of
    leads = main_event_types(conn, fresh)
    regions = sql.article_regions(conn, fresh)
    articles = [
        a
        if a.id in index.story_of
        else replace(
            a,
            lead_type=leads.get(a.id),
            region=regions.get(a.id),
        )
        for a in articles
    ]
    terms = {a.id: article_terms(a.title, a.text, index.settings.text_chars) for a in articles}
    index.assign(articles, document_frequencies(terms.values()), len(articles), terms)
    sql.save_stories(
        conn,
        [
            (
                a.id,
                index.story_of[a.id],
                index.similarity_of.get(a.id, 1.0),
                index.joined.get(a.id),
                a.lead_type,
                a.region,
            )
            for a in articles
            if a.id in fresh
        ],
    )
    return index.story_of


def analysis_pending(store: Store, settings: ClusterSettings | None = None) -> bool:
    """Whether a stored event report the analysis takes is in no canonical event yet: the
    analysis has not seen it (an ingest was killed before or during its analysis, or ran with
    ``analyze=False``)."""
    min_confidence = (settings or ClusterSettings()).min_confidence
    return sql.has_unassigned_reports(store.conn, min_confidence)


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
        "agreement": agreement(cluster, views, place.get("name")),
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


def agreement(
    cluster: Cluster, views: list[ReportView], place_name: str | None = None
) -> dict[str, Any]:
    """What the original articles agree on (copies count once, under their original): the
    date and place most of them give, and the participants two or more of them name, each
    with how many originals and which outlets stand behind it. Shown beside the
    contradictions, so agreement and disagreement are seen together."""
    outlet_of = {v.origin: v.outlet for v in views if v.article_id == v.origin}
    for v in views:
        outlet_of.setdefault(v.origin, v.outlet)
    out: dict[str, Any] = {"originals": len(cluster.origins), "outlets": _distinct_outlets(views)}
    for key, spread in (("date", cluster.dates), ("place", cluster.places)):
        value = _consensus(spread)
        if value is not None and len(spread[value]) >= 2:
            out[key] = {
                "value": place_name or value if key == "place" else value,
                "originals": len(spread[value]),
                "outlets": sorted({outlet_of.get(o, "(unknown)") for o in spread[value]}),
                "of": len({o for os in spread.values() for o in os}),
            }
    named: dict[str, set[str]] = defaultdict(set)
    for v in views:
        for p in v.actors | v.recipients:
            if not p.startswith("~"):
                named[p].add(v.origin)
    out["participants"] = [
        {
            "id": p,
            "originals": len(os),
            "outlets": sorted({outlet_of.get(o, "(unknown)") for o in os}),
        }
        for p, os in sorted(named.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        if len(os) >= 2
    ]
    return out


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
