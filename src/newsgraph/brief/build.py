"""Store -> Brief, through the read layer the web UI uses (``query/`` and ``store/*_queries``):
the timeline, event pages, contradictions, framing, quotes and map are the UI's own queries,
filtered and ranked here for one reader.

Selection, stated: the timeline holds the ``max_events`` events carried by the most outlets
(ties: most reports), shown by date; contradictions are those of events in the window (and
quote disputes in its articles); the main actors are the participants of the window's events
weighted by the outlets carrying each event (``--actor`` first); coverage gaps are events
carried by two or more outlets that other outlets active in the window did not carry.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from datetime import UTC, datetime
from typing import Any

from newsgraph.brief.model import Brief, BriefQuery, Citations
from newsgraph.brief.svgmap import layout_map
from newsgraph.calendar import date_range
from newsgraph.query.timeline import event_detail, timeline
from newsgraph.store import (
    actor_queries,
    article_queries,
    canonical_queries,
    outlet_queries,
    search_queries,
)
from newsgraph.store.report_queries import EventFilters, resolve_actor_id

LISTED = 100_000  # events read from the timeline before ranking
QUERY_HITS = 5000  # articles a --query may match
UNKNOWN = "(unknown)"


def build_brief(conn: sqlite3.Connection, q: BriefQuery, *, now: datetime | None = None) -> Brief:
    cites = Citations()
    notes: list[str] = []
    hits: list[str] | None = None
    if q.query:
        found = search_queries.search_articles(conn, q.query, limit=QUERY_HITS)
        hits = [h["id"] for h in found["items"]]
        if len(hits) >= QUERY_HITS:
            notes.append(f"--query matched more than {QUERY_HITS} articles: the best are used")
    counts = article_queries.window_counts(conn, since=q.since, until=q.until, ids=hits)
    in_window = article_queries.article_ids_in_window(conn, since=q.since, until=q.until)
    if hits is not None:
        in_window &= set(hits)
    actor_id = _actor_id(conn, q.actor)
    if q.actor and actor_id is None:
        notes.append(
            f"--actor {q.actor}: no actor has this id or name; the events shown are those "
            "whose participants' text contains it"
        )

    tl = timeline(conn, EventFilters(actor=q.actor, since=q.since, until=q.until), limit=LISTED)
    items: list[dict[str, Any]] = tl["items"]
    if hits is not None:
        if tl["origin"] == "canonical":
            keep = canonical_queries.canonical_ids_of_articles(conn, hits)
            items = [i for i in items if i["id"] in keep]
        else:
            items = [i for i in items if i.get("article_id") in in_window]
    for i in items:
        i["outlets"] = [o or UNKNOWN for o in i.get("outlets") or []]

    ranked = sorted(  # background (historical) events last
        items,
        key=lambda i: (
            bool(i.get("historical")),
            -len(i["outlets"]),
            -(i.get("n_reports") or 0),
            _day(i),
        ),
    )[: q.max_events]
    ranked.sort(key=_day)
    events = [_event(conn, i, cites) for i in ranked]
    events = [e for e in events if e is not None]

    contradictions = _contradictions(conn, items, in_window, actor_id or q.actor, cites)
    outlets = [o["outlet"] for o in counts["outlets"]]
    brief = Brief(
        query=q,
        generated=(now or datetime.now(UTC)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        headline={
            "articles": counts["articles"],
            "outlets": len(outlets),
            "events": len(items),
            "reports": sum(i.get("n_reports") or 0 for i in items),
            "contradictions": len(contradictions),
            "first": counts["first"],
            "last": counts["last"],
        },
        outlets=counts["outlets"],
        timeline=events,
        more_events=max(0, len(items) - len(events)),
        map=layout_map(_points(events)),
        contradictions=contradictions,
        agreements=[e for e in events if e["n_outlets"] >= 2 and not e["contradictions"]],
        actors=_actors(conn, items, actor_id, in_window, q, cites),
        gaps=_gaps(items, outlets, q.max_gaps),
        citations=cites,
        origin=tl["origin"],
        notes=notes,
    )
    cites.fill(article_queries.articles_meta(conn, [c.article_id for c in cites.items]))
    return brief


def _day(i: dict[str, Any]) -> tuple[bool, str]:
    """Sort key: by the first day an event's date can mean (2024-W48 -> 2024-11-25)."""
    d = i.get("date")
    if not d:
        return (True, "")
    start, _ = date_range(str(d))
    return (False, start or str(d))


def _actor_id(conn: sqlite3.Connection, value: str | None) -> str | None:
    if not value:
        return None
    return resolve_actor_id(conn, value)


def _name(p: dict[str, Any]) -> str:
    return str(p.get("name") or p.get("text") or p.get("actor_id") or "?")


def _event(conn: sqlite3.Connection, item: dict[str, Any], cites: Citations) -> dict[str, Any]:
    d = event_detail(conn, item["event_id"]) or {}
    # A lone report's page gathers same-day reports of its type from other outlets too: the
    # brief keeps to the outlets the timeline counted for it.
    columns = [c for c in d.get("outlets", []) if (c["outlet"] or UNKNOWN) in item["outlets"]]
    reports = [r for col in columns for r in col["reports"]]
    sources = []
    for col in columns:
        r = next((x for x in col["reports"] if x.get("sentence")), None)
        if r is None:
            continue
        text = r["sentence"]["text"]
        sources.append(
            {
                "outlet": col["outlet"] or UNKNOWN,
                "text": text,
                "cite": cites.cite(r["article_id"], r.get("sent"), text),
            }
        )
    spread = d.get("date_spread")
    if isinstance(spread, dict) and d.get("origin") == "canonical":
        dates = sorted((str(k), len(v) if isinstance(v, list) else 1) for k, v in spread.items())
    else:
        dates = sorted(Counter(str(r.get("date")) for r in reports if r.get("date")).items())
    lat, lon = d.get("place_lat"), d.get("place_lon")
    if lat is None:
        located = next((r for r in reports if r.get("lat") is not None), None)
        if located:
            lat, lon = located["lat"], located["lon"]
    return {
        "event_id": item["event_id"],
        "date": item.get("date"),
        "type": item.get("type"),
        "trigger": item.get("trigger"),
        "actors": [_name(p) for p in item.get("actors") or []],
        "recipients": [_name(p) for p in item.get("recipients") or []],
        "place": item.get("place_name") or d.get("place_name"),
        "lat": lat,
        "lon": lon,
        "outlets": item["outlets"],
        "n_outlets": len(item["outlets"]),
        "n_reports": item.get("n_reports") or len(reports),
        "date_spread": dates,
        "contradictions": sorted(set(item.get("contradictions") or [])),
        "flags": [
            f
            for f in ("negated", "hypothetical", "future", "historical", "reported")
            if item.get(f)
        ],
        "sources": sources,
    }


def _points(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    points: dict[tuple[float, float], dict[str, Any]] = {}
    for e in events:
        if e["lat"] is None or e["lon"] is None:
            continue
        key = (round(float(e["lat"]), 2), round(float(e["lon"]), 2))
        p = points.setdefault(
            key, {"name": e["place"], "lat": key[0], "lon": key[1], "events": 0, "types": Counter()}
        )
        p["events"] += 1
        p["types"][e["type"]] += 1
    return [{**p, "types": dict(p["types"])} for p in points.values()]


def _contradictions(
    conn: sqlite3.Connection,
    items: list[dict[str, Any]],
    in_window: set[str],
    actor_id: str | None,
    cites: Citations,
) -> list[dict[str, Any]]:
    """Contradictions of the window's events, and quote disputes in its articles."""
    events = {i["id"]: i for i in items if i.get("contradictions")}
    found: list[dict[str, Any]] = []
    for cid in events:
        found += canonical_queries.contradictions_of(conn, cid, [])
    disputes = outlet_queries.list_contradictions(
        conn, kind="dispute", actor_id=actor_id, limit=500
    )
    for c in disputes["items"]:
        if c.get("canonical_id") is None and any(
            isinstance(s, dict) and s.get("article_id") in in_window for s in c.get("sides") or []
        ):
            found.append(c)
    keys = [
        (r["article_id"], r["sent"])
        for c in found
        for s in c.get("sides") or []
        if isinstance(s, dict)
        for r in (s.get("reports") or [])[:2]
        if r.get("article_id") and r.get("sent") is not None
    ]
    sents = article_queries.sentences_text(conn, keys)
    out = []
    for c in found:
        event = events.get(c.get("canonical_id"))
        sides = []
        for s in c.get("sides") or []:
            if not isinstance(s, dict):
                continue
            quoted = []
            for r in (s.get("reports") or [])[:2]:
                text = (sents.get((r.get("article_id"), r.get("sent"))) or {}).get("text")
                if text:
                    quoted.append(
                        {
                            "outlet": r.get("outlet") or UNKNOWN,
                            "text": text,
                            "cite": cites.cite(r["article_id"], r["sent"], text),
                        }
                    )
            if not quoted and s.get("article_id"):  # a quote dispute: the quote itself
                text = s.get("content") or s.get("claim")
                quoted.append(
                    {
                        "outlet": None,
                        "text": text,
                        "cite": cites.cite(s["article_id"], None, text),
                    }
                )
            by: dict[str, Any] = s["by"] if isinstance(s.get("by"), dict) else {}
            sides.append(
                {
                    "value": s.get("value") or s.get("role"),
                    "outlets": s.get("outlets") or [],
                    "by": by.get("name") or by.get("text"),
                    "quoted": quoted,
                }
            )
        out.append(
            {
                "kind": c.get("kind"),
                "summary": c.get("summary"),
                "event": f"{event.get('type')} {event.get('date') or ''}".strip()
                if event
                else None,
                "sides": sides,
            }
        )
    return out


def _actors(
    conn: sqlite3.Connection,
    items: list[dict[str, Any]],
    actor_id: str | None,
    in_window: set[str],
    q: BriefQuery,
    cites: Citations,
) -> list[dict[str, Any]]:
    weight: Counter[str] = Counter()
    for i in items:
        for p in (i.get("actors") or []) + (i.get("recipients") or []):
            if p.get("actor_id"):
                weight[p["actor_id"]] += len(i["outlets"])
    ids = [a for a, _ in weight.most_common()]
    if actor_id:
        ids = [actor_id] + [a for a in ids if a != actor_id]
    ids = ids[: q.max_actors]
    names = actor_queries.actor_names(conn, ids)
    out = []
    for aid in ids:
        labels: dict[str, list[dict[str, Any]]] = {}
        framing = outlet_queries.framing(conn, aid)
        for r in framing["rows"]:
            row = labels.setdefault(r.get("outlet") or UNKNOWN, [])
            if len(row) < 4:
                cite = None
                if r.get("example") and r.get("example_article_id"):
                    cite = cites.cite(r["example_article_id"], None, r["example"])
                row.append({"label": r.get("label"), "n": r.get("n"), "cite": cite})
        quotes = [
            x
            for x in actor_queries.list_quotes(conn, speaker_id=aid, limit=500)["items"]
            if x.get("article_id") in in_window
        ]
        picked: list[dict[str, Any]] = []
        seen: set[str | None] = set()
        for pass_ in (0, 1):  # one per outlet first, then the rest
            for x in quotes:
                if len(picked) >= q.max_quotes:
                    break
                if x in picked or (pass_ == 0 and x.get("outlet") in seen):
                    continue
                seen.add(x.get("outlet"))
                picked.append(x)
        sents = article_queries.sentences_text(
            conn, [(x["article_id"], x["sent"]) for x in picked if x.get("sent") is not None]
        )
        key_quotes = []
        for x in picked:
            sent = sents.get((x["article_id"], x["sent"])) if x.get("sent") is not None else None
            via = x.get("via") or []
            key_quotes.append(
                {
                    "content": x.get("content"),
                    "kind": x.get("kind"),
                    "cue": x.get("cue"),
                    "speaker": _speaker(x),
                    "via": [v if isinstance(v, str) else _name(v) for v in via],
                    "outlet": x.get("outlet") or UNKNOWN,
                    "published": x.get("published"),
                    "cite": cites.cite(
                        x["article_id"], x.get("sent"), (sent or {}).get("text") or x["content"]
                    ),
                }
            )
        meta = names.get(aid, {})
        out.append(
            {
                "id": aid,
                "name": meta.get("name") or aid,
                "type": meta.get("type"),
                "country": meta.get("country"),
                "events": weight.get(aid, 0),
                "framing": labels,
                "framing_origin": framing.get("origin"),  # labels | mentions (names only)
                "quotes": key_quotes,
                "n_quotes": len(quotes),
            }
        )
    return out


def _speaker(x: dict[str, Any]) -> str | None:
    """The speaker as the text gave it, with the resolved name when the text does not
    show it ("He (William Ruto)")."""
    text, name = x.get("speaker_text"), x.get("speaker_name")
    if text and name and text.lower() not in name.lower():
        return f"{text} ({name})"
    return text or name


def _gaps(items: list[dict[str, Any]], outlets: list[str], limit: int) -> list[dict[str, Any]]:
    active = set(outlets)
    gaps = []
    for i in items:
        carried = set(i["outlets"])
        missing = sorted(active - carried)
        if len(carried) >= 2 and missing:
            gaps.append(
                {
                    "event_id": i["event_id"],
                    "date": i.get("date"),
                    "type": i.get("type"),
                    "trigger": i.get("trigger"),
                    "actors": [_name(p) for p in i.get("actors") or []],
                    "recipients": [_name(p) for p in i.get("recipients") or []],
                    "carried": sorted(carried),
                    "missing": missing,
                }
            )
    gaps.sort(key=lambda g: (-len(g["carried"]), _day(g)))
    return gaps[:limit]
