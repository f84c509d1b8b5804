"""SQL for the cross-outlet analysis: canonical events, figure links, contradictions."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from newsgraph.calendar import sql_start
from newsgraph.store.actors import STATE_SECTORS
from newsgraph.store.articles import SENTENCE_TEXT
from newsgraph.store.paging import IN_CHUNK, chunks, placeholders
from newsgraph.types import ArticleText, Cluster, Contradiction, FigureView, ReportView

# The first-level region ("SYR:11") a stored place is in: the place hierarchy, one level up.
_REGION_SQL = (
    "SELECT p.country || ':' || p.admin1 FROM places p "
    "WHERE p.admin1 IS NOT NULL AND p.country IS NOT NULL"
)
# A participant stands for its state (``ReportView.countries``) when it is the state, one of
# its organs or an official of it (a state sector, or no sector known): Syria's rebels, a
# Syrian monitor, a British news agency or a Korean UN Secretary-General are not their state.
_STATE_SECTORS_SQL = ", ".join(f"'{s}'" for s in STATE_SECTORS)
_STANDS_FOR_STATE = (
    f"(x.actor_id = x.country OR x.sector IS NULL OR x.sector IN ({_STATE_SECTORS_SQL}))"
)
_REPORT_SQL = (
    "SELECT e.id, e.article_id, coalesce(a.duplicate_of, a.id) AS origin, "
    "coalesce(a.outlet, '(unknown)') AS outlet, e.sent, e.type, e.trigger, e.date, "
    "e.date_precision, e.place_geonames_id, e.place_name, e.place_country, a.published, "
    "e.negated, e.hypothetical, e.future, e.historical, e.confidence, e.date_basis, "
    "e.date_start, e.date_end, "
    "(SELECT st.story_id FROM article_stories st WHERE st.article_id = e.article_id) AS story, "
    "(SELECT json_group_array(coalesce(x.actor_id, '~' || lower(x.text))) FROM event_actors x "
    " WHERE x.event_id = e.id AND x.role = 'actor') AS actor_ids, "
    "(SELECT json_group_array(coalesce(x.actor_id, '~' || lower(x.text))) FROM event_actors x "
    " WHERE x.event_id = e.id AND x.role = 'recipient') AS recipient_ids, "
    "(SELECT json_group_object(x.actor_id, x.country) FROM event_actors x "
    " WHERE x.event_id = e.id AND x.actor_id IS NOT NULL AND x.country IS NOT NULL "
    f" AND {_STANDS_FOR_STATE}) AS countries, "
    "e.place_precision = 'city' AND e.place_lat IS NOT NULL AS own_point, "
    f"({_REGION_SQL} AND p.article_id = e.article_id AND p.start = e.place_start) AS region, "
    "CASE WHEN e.place_precision IN ('city', 'region') AND e.place_lat IS NOT NULL "
    " THEN json_array(e.place_lat, e.place_lon) ELSE "
    " (SELECT json_array(p.lat, p.lon) FROM places p WHERE p.article_id = e.article_id "
    "  AND p.metonym = 0 AND p.precision IN ('city', 'region') AND p.lat IS NOT NULL "
    "  GROUP BY p.name ORDER BY count(*) DESC, min(p.start) LIMIT 1) END AS point "
    "FROM event_reports e JOIN articles a ON a.id = e.article_id "
)


def iter_report_views(
    conn: sqlite3.Connection, *, unassigned_only: bool, min_confidence: float = 0.0
) -> Iterator[ReportView]:
    """Event reports in publication order; ``unassigned_only``: not yet in a canonical event;
    ``min_confidence``: only reports at least this confident."""
    sql = _REPORT_SQL + "WHERE coalesce(e.confidence, 0) >= ? "
    if unassigned_only:
        sql += "AND e.id NOT IN (SELECT report_id FROM canonical_event_reports) "
    sql += "ORDER BY a.published IS NULL, a.published, e.article_id, e.id"
    for r in conn.execute(sql, (min_confidence,)):
        yield _view(r)


def has_unassigned_reports(conn: sqlite3.Connection, min_confidence: float = 0.0) -> bool:
    """Whether some event report at least ``min_confidence`` sure is in no canonical event
    (the less confident ones are left out of the analysis on purpose)."""
    return (
        conn.execute(
            "SELECT 1 FROM event_reports e WHERE coalesce(e.confidence, 0) >= ? AND NOT EXISTS "
            "(SELECT 1 FROM canonical_event_reports c WHERE c.report_id = e.id) LIMIT 1",
            (min_confidence,),
        ).fetchone()
        is not None
    )


def report_views(conn: sqlite3.Connection, ids: Iterable[int]) -> list[ReportView]:
    ids = list(ids)
    out: list[ReportView] = []
    base = _REPORT_SQL
    for chunk in chunks(ids):
        out += [
            _view(r)
            for r in conn.execute(base + f"WHERE e.id IN ({','.join('?' * len(chunk))})", chunk)
        ]
    return out


def _view(r: sqlite3.Row) -> ReportView:
    place = (
        str(r["place_geonames_id"])
        if r["place_geonames_id"] is not None
        else (f"~{r['place_name'].lower()}" if r["place_name"] else None)
    )
    return ReportView(
        id=r["id"],
        article_id=r["article_id"],
        origin=r["origin"],
        outlet=r["outlet"],
        sent=r["sent"],
        type=r["type"],
        actors=frozenset(json.loads(r["actor_ids"])),
        recipients=frozenset(json.loads(r["recipient_ids"])),
        date=r["date"],
        date_precision=r["date_precision"],
        place_id=place,
        place_country=r["place_country"],
        trigger=r["trigger"] or "",
        report_date=r["published"],
        factual=not (r["negated"] or r["hypothetical"] or r["future"]),
        countries=json.loads(r["countries"] or "{}"),
        point=tuple(json.loads(r["point"])) if r["point"] else None,
        own_point=bool(r["own_point"]),
        story=r["story"],
        confidence=r["confidence"] if r["confidence"] is not None else 1.0,
        historical=bool(r["historical"]),
        date_basis=r["date_basis"],
        span=(r["date_start"], r["date_end"]) if r["date_start"] and r["date_end"] else None,
        place_region=r["region"],
    )


def load_clusters(conn: sqlite3.Connection) -> Iterator[Cluster]:
    """The stored canonical events, with their reports (in id order) and the first-level
    regions of their reports' own places, each read in one query for all events."""
    report_ids: dict[int, list[int]] = {}
    for cid, rid in conn.execute(
        "SELECT canonical_id, report_id FROM canonical_event_reports "
        "ORDER BY canonical_id, report_id"
    ):
        report_ids.setdefault(cid, []).append(rid)
    regions: dict[int, set[str]] = {}
    for cid, region in conn.execute(
        "SELECT DISTINCT m.canonical_id, p.country || ':' || p.admin1 "
        "FROM canonical_event_reports m JOIN event_reports e ON e.id = m.report_id "
        "JOIN places p ON p.article_id = e.article_id AND p.start = e.place_start "
        "WHERE p.admin1 IS NOT NULL AND p.country IS NOT NULL"
    ):
        regions.setdefault(cid, set()).add(region)
    for r in conn.execute("SELECT * FROM canonical_events"):
        yield Cluster(
            id=r["id"],
            type=r["type"],
            actor_counts=Counter(json.loads(r["actor_counts"])),
            recipient_counts=Counter(json.loads(r["recipient_counts"])),
            dates={k: set(v) for k, v in json.loads(r["date_spread"]).items()},
            places={k: set(v) for k, v in json.loads(r["place_spread"]).items()},
            countries=set(json.loads(r["countries"])),
            participant_countries=json.loads(r["participant_countries"]),
            point=tuple(json.loads(r["point"])) if r["point"] else None,
            cell=r["cell"],
            factual=None if r["factual"] is None else bool(r["factual"]),
            span=(date.fromisoformat(r["span_start"]), date.fromisoformat(r["span_end"]))
            if r["span_start"] and r["span_end"]
            else None,
            triggers=set(json.loads(r["triggers"])),
            report_ids=report_ids.get(r["id"], []),
            origins=set(json.loads(r["origins"])),
            story=r["story_id"],
            regions=regions.get(r["id"], set()),
        )


def save_cluster(conn: sqlite3.Connection, c: Cluster, summary: dict[str, Any]) -> None:
    conn.execute(
        "INSERT INTO canonical_events(id, type, date, date_spread, place_id, place_name, "
        "place_country, place_lat, place_lon, place_spread, actors, recipients, countries, "
        "actor_counts, recipient_counts, participant_countries, point, cell, factual, "
        "span_start, span_end, triggers, origins, n_reports, n_outlets, outlets, "
        "first_reported, last_reported, story_id, n_origins, agreement) "
        f"VALUES ({', '.join('?' * 31)}) "
        "ON CONFLICT(id) DO UPDATE SET type = excluded.type, date = excluded.date, "
        "date_spread = excluded.date_spread, place_id = excluded.place_id, "
        "place_name = excluded.place_name, place_country = excluded.place_country, "
        "place_lat = excluded.place_lat, place_lon = excluded.place_lon, "
        "place_spread = excluded.place_spread, actors = excluded.actors, "
        "recipients = excluded.recipients, countries = excluded.countries, "
        "actor_counts = excluded.actor_counts, recipient_counts = excluded.recipient_counts, "
        "participant_countries = excluded.participant_countries, point = excluded.point, "
        "cell = excluded.cell, factual = excluded.factual, "
        "span_start = excluded.span_start, span_end = excluded.span_end, "
        "triggers = excluded.triggers, origins = excluded.origins, "
        "n_reports = excluded.n_reports, n_outlets = excluded.n_outlets, "
        "outlets = excluded.outlets, first_reported = excluded.first_reported, "
        "last_reported = excluded.last_reported, story_id = excluded.story_id, "
        "n_origins = excluded.n_origins, agreement = excluded.agreement, "
        "updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')",
        (
            c.id,
            c.type,
            summary["date"],
            json.dumps({k: sorted(v) for k, v in c.dates.items()}),
            summary["place_id"],
            summary["place_name"],
            summary["place_country"],
            summary["place_lat"],
            summary["place_lon"],
            json.dumps({k: sorted(v) for k, v in c.places.items()}),
            json.dumps(sorted(c.actors)),
            json.dumps(sorted(c.recipients)),
            json.dumps(sorted(c.countries)),
            json.dumps(c.actor_counts, sort_keys=True),
            json.dumps(c.recipient_counts, sort_keys=True),
            json.dumps(c.participant_countries, sort_keys=True),
            json.dumps(c.point) if c.point else None,
            c.cell,
            c.factual,
            c.span[0].isoformat() if c.span else None,
            c.span[1].isoformat() if c.span else None,
            json.dumps(sorted(c.triggers)),
            json.dumps(sorted(c.origins)),
            len(c.report_ids),
            len(summary["outlets"]),
            json.dumps(summary["outlets"]),
            summary["first_reported"],
            summary["last_reported"],
            c.story,
            len(c.origins),
            json.dumps(summary.get("agreement") or {}, default=str),
        ),
    )
    conn.executemany(
        "INSERT OR REPLACE INTO canonical_event_reports(report_id, canonical_id) VALUES (?, ?)",
        [(rid, c.id) for rid in c.report_ids],
    )


def article_texts(conn: sqlite3.Connection) -> Iterator[ArticleText]:
    """Every article's title and text, with the lead type and region stored for it (if any)."""
    for r in conn.execute(
        "SELECT a.id, a.title, a.text, a.published, a.duplicate_of, s.lead_type, s.region "
        "FROM articles a LEFT JOIN article_stories s ON s.article_id = a.id"
    ):
        yield ArticleText(
            id=r["id"],
            title=r["title"] or "",
            text=r["text"] or "",
            published=r["published"],
            duplicate_of=r["duplicate_of"],
            lead_type=r["lead_type"],
            region=r["region"],
        )


def article_regions(conn: sqlite3.Connection, article_ids: Iterable[str]) -> dict[str, str]:
    """article -> the regions its resolved places (not metonyms: "Damascus said") fall in,
    as ``"SYR:09,SYR:12|SYR"``: up to three first-level regions ("ISO3:admin1"), the most
    often mentioned first (the earliest on a tie), then the country its places are most in
    (country-level names counted too: a story about Syria that mentions the White House is
    still about Syria). ``analyze/stories.py`` compares them through the hierarchy."""
    out: dict[str, str] = {}
    for aid in article_ids:
        regions = [
            f"{r[0]}:{r[1]}"
            for r in conn.execute(
                "SELECT country, admin1 FROM places WHERE article_id = ? AND metonym = 0 "
                "AND precision IN ('city', 'region') AND country IS NOT NULL "
                "AND admin1 IS NOT NULL GROUP BY country, admin1 "
                "ORDER BY count(*) DESC, min(start) LIMIT 3",
                (aid,),
            )
        ]
        country = conn.execute(
            "SELECT country FROM places WHERE article_id = ? AND metonym = 0 "
            "AND country IS NOT NULL GROUP BY country ORDER BY count(*) DESC, min(start) LIMIT 1",
            (aid,),
        ).fetchone()
        if regions or country is not None:
            out[aid] = ",".join(regions) + ("|" + country[0] if country is not None else "")
    return out


def stored_stories(conn: sqlite3.Connection) -> dict[str, int]:
    return {r[0]: r[1] for r in conn.execute("SELECT article_id, story_id FROM article_stories")}


def save_stories(conn: sqlite3.Connection, rows: Iterable[tuple[Any, ...]]) -> None:
    """(article id, story id, similarity, joined, lead type, region) per article."""
    conn.executemany(
        "INSERT OR REPLACE INTO article_stories(article_id, story_id, similarity, joined, "
        "lead_type, region) VALUES (?, ?, ?, ?, ?, ?)",
        rows,
    )


def place_details(conn: sqlite3.Connection, report_ids: list[int]) -> dict[str, dict[str, Any]]:
    """place id -> {name, country, lat, lon} from the reports that give it."""
    out: dict[str, dict[str, Any]] = {}
    for chunk in chunks(report_ids):
        for r in conn.execute(
            "SELECT place_geonames_id, place_name, place_country, place_lat, place_lon "
            f"FROM event_reports WHERE id IN ({','.join('?' * len(chunk))}) "
            "AND place_name IS NOT NULL",
            chunk,
        ):
            key = str(r[0]) if r[0] is not None else f"~{r[1].lower()}"
            out.setdefault(key, {"name": r[1], "country": r[2], "lat": r[3], "lon": r[4]})
    return out


def link_figures(conn: sqlite3.Connection, article_ids: Iterable[str]) -> set[int]:
    """Link the figures of these articles to canonical events; returns the events touched.

    A figure belongs to the event reported in its own sentence (of two attacks in one
    sentence, the one reported in the figure's own clause: "a strike on X killed 5, and
    shelling of Y killed 12"; else the sentence's first); failing that, to the
    nearest conflict event reported earlier in the same article, or, for a toll told before
    any (a headline or lead: "An air strike killed 15 civilians", with no party named), the
    first one after it. A running total ("since 2011", scope ``cumulative``) belongs to no
    one event and is never linked, nor is a toll the text says was superseded ("its earlier
    toll of 15", scope ``earlier``) or another event's told as background ("a convoy bombing
    last week that killed 126", scope ``background``): only figures of scope ``event`` are.
    """
    touched: set[int] = set()
    for article_id in article_ids:
        reports = conn.execute(
            "SELECT e.sent, e.type, e.trigger_start, c.canonical_id FROM event_reports e "
            "JOIN canonical_event_reports c ON c.report_id = e.id WHERE e.article_id = ? "
            "ORDER BY e.sent, e.id",
            (article_id,),
        ).fetchall()
        if not reports:
            continue
        for fid, sent, clause_start, clause_end in conn.execute(
            "SELECT id, sent, clause_start, clause_end FROM figures WHERE article_id = ? "
            "AND coalesce(scope, 'event') = 'event'",
            (article_id,),
        ).fetchall():
            same = [r for r in reports if r["sent"] == sent]
            conflict = [r for r in same if r["type"] in ("ASSAULT", "COERCE")] or same
            if clause_start is not None:
                own = [r for r in conflict if clause_start <= r["trigger_start"] < clause_end]
                conflict = own or conflict
            method = "sentence"
            if not conflict:
                conflicts = [r for r in reports if r["type"] in ("ASSAULT", "COERCE")]
                before = [r for r in conflicts if r["sent"] <= sent]
                conflict, method = before[-1:] or conflicts[:1], "article"
            if conflict:
                cid = conflict[0]["canonical_id"]
                conn.execute(
                    "INSERT OR REPLACE INTO figure_events(figure_id, canonical_id, "
                    "method) VALUES (?, ?, ?)",
                    (fid, cid, method),
                )
                touched.add(cid)
    return touched


def figure_views(conn: sqlite3.Connection, canonical_id: int) -> list[FigureView]:
    rows = conn.execute(
        "SELECT f.id, f.article_id, coalesce(a.duplicate_of, a.id) AS origin, "
        "coalesce(a.outlet, '(unknown)') AS outlet, f.sent, f.category, f.grp, f.count, f.low, "
        "f.high, f.text, fe.method FROM figure_events fe JOIN figures f ON f.id = fe.figure_id "
        "JOIN articles a ON a.id = f.article_id WHERE fe.canonical_id = ?",
        (canonical_id,),
    )
    return [FigureView(*r) for r in rows]


def replace_contradictions(
    conn: sqlite3.Connection,
    canonical_ids: Iterable[int],
    items: Iterable[Contradiction],
    *,
    kinds: tuple[str, ...] = ("date", "number", "attribution"),
) -> None:
    ids = list(canonical_ids)
    for chunk in chunks(ids):
        conn.execute(
            f"DELETE FROM contradictions WHERE canonical_id IN ({','.join('?' * len(chunk))}) "
            f"AND kind IN ({','.join('?' * len(kinds))})",
            [*chunk, *kinds],
        )
    insert_contradictions(conn, items)


def delete_contradictions(conn: sqlite3.Connection, kind: str) -> None:
    """Delete every stored contradiction of ``kind`` (disputes are found anew each run)."""
    conn.execute("DELETE FROM contradictions WHERE kind = ?", (kind,))


def insert_contradictions(conn: sqlite3.Connection, items: Iterable[Contradiction]) -> None:
    conn.executemany(
        "INSERT INTO contradictions(kind, canonical_id, summary, sides, confidence, "
        "explanation, scope) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (
                c.kind,
                c.canonical_id,
                c.summary,
                json.dumps(list(c.sides), default=str),
                c.confidence,
                json.dumps(c.explanation, default=str),
                c.scope,
            )
            for c in items
        ],
    )


def sentence_texts(
    conn: sqlite3.Connection, refs: Iterable[tuple[str, int]]
) -> dict[tuple[str, int], str]:
    """(article id, sentence index) -> the sentence's text (read in batches)."""
    wanted = list(set(refs))
    found: dict[tuple[str, int], str] = {}
    for chunk in chunks(wanted, IN_CHUNK // 2):
        for article_id, idx, text in conn.execute(
            # the wanted pairs first, each looked up by the key (an IN on row values scans)
            f"SELECT s.article_id, s.idx, {SENTENCE_TEXT} FROM "
            f"(VALUES {','.join(['(?, ?)'] * len(chunk))}) v CROSS JOIN sentences s "
            "ON s.article_id = v.column1 AND s.idx = v.column2 JOIN articles a "
            "ON a.id = s.article_id",
            [x for ref in chunk for x in ref],
        ):
            found[(article_id, idx)] = text
    return {ref: found[ref] for ref in wanted if ref in found}


def actor_names(conn: sqlite3.Connection, ids: Iterable[str]) -> dict[str, tuple[str, str | None]]:
    """actor id -> (name, ISO3 country) from the actor knowledge base; unresolved "~text"
    participants keep their text, and an id the base lacks is its own name."""
    wanted = list(set(ids))
    resolved = [i for i in wanted if not i.startswith("~")]
    found = _by_id(conn, "SELECT id, name, country FROM actors WHERE id IN ", resolved)
    return {i: (i[1:], None) if i.startswith("~") else found.get(i, (i, None)) for i in wanted}


def armed_side(country: str) -> str:
    """The side of a country's armed groups, as ``actor_sides`` gives it ("SYR armed_group"):
    for an unnamed one ("rebels") in that country."""
    return f"{country} armed_group"


def actor_sides(conn: sqlite3.Connection, ids: Iterable[str]) -> dict[str, str]:
    """actor id -> its side in a conflict, from the knowledge base: the state it stands for
    (ISO3: the state, an organ of it, a person of a state sector or of none known); for an
    actor of a country that is not its state, the country and the kind of actor ("SYR
    armed_group": Syria's rebels are one side, not Syria's). Actors of no country: none."""
    wanted = [i for i in set(ids) if not i.startswith("~")]
    found = _by_id(
        conn,
        "SELECT id, CASE WHEN id = country OR (type IN ('state', 'institution', 'person') "
        f"AND (sector IS NULL OR sector IN ({_STATE_SECTORS_SQL}))) THEN country "
        "ELSE country || ' ' || type END FROM actors WHERE country IS NOT NULL AND id IN ",
        wanted,
    )
    return {i: row[0] for i, row in found.items()}


def published_dates(conn: sqlite3.Connection, article_ids: Iterable[str]) -> dict[str, str | None]:
    wanted = list(set(article_ids))
    found = _by_id(conn, "SELECT id, published FROM articles WHERE id IN ", wanted)
    return {aid: found[aid][0] if aid in found else None for aid in wanted}


def story_similarities(conn: sqlite3.Connection, article_ids: Iterable[str]) -> dict[str, float]:
    wanted = list(set(article_ids))
    found = _by_id(
        conn, "SELECT article_id, similarity FROM article_stories WHERE article_id IN ", wanted
    )
    return {aid: found[aid][0] for aid in wanted if aid in found}


def _by_id(conn: sqlite3.Connection, sql: str, ids: list[str]) -> dict[str, tuple[Any, ...]]:
    """id -> the rest of its row, for a query ``sql`` ending in ``IN `` on a unique key."""
    out: dict[str, tuple[Any, ...]] = {}
    for chunk in chunks(ids, IN_CHUNK):
        for row in conn.execute(sql + f"({placeholders(chunk)})", chunk):
            out[row[0]] = tuple(row[1:])
    return out


def clear_analysis(conn: sqlite3.Connection) -> None:
    for table in (
        "contradictions",
        "figure_events",
        "canonical_event_reports",
        "canonical_events",
        "article_stories",
    ):
        conn.execute(f"DELETE FROM {table}")


def sql_canonical_window(id_col: str, edge: str = "start") -> str:
    """An SQL expression for the window a canonical event's reports give when none of them
    has a date (``date_basis`` 'window': the days a past act is bounded by): its first day
    (``edge`` "start") or last day ("end"). NULL when no report is windowed."""
    agg, col = ("min", "date_start") if edge == "start" else ("max", "date_end")
    return (
        f"(SELECT {agg}(r.{col}) FROM canonical_event_reports m JOIN event_reports r "
        f"ON r.id = m.report_id WHERE m.canonical_id = {id_col} AND r.date_basis = 'window')"
    )


def sql_canonical_start(date_col: str, id_col: str) -> str:
    """The first day a canonical event is known by, to sort and filter with: its date's
    (``calendar.sql_start``: a week by its Monday), else its reports' window's; NULL only for an
    event no report dates or bounds (truly undated)."""
    return f"coalesce({sql_start(date_col)}, {sql_canonical_window(id_col)})"


def iter_canonical_events(
    conn: sqlite3.Connection,
    *,
    type_: str | None = None,
    actor: str | None = None,
    since: str | None = None,
    until: str | None = None,
    outlet: str | None = None,
    min_outlets: int = 1,
    limit: int | None = None,
    offset: int = 0,
) -> Iterator[dict[str, Any]]:
    where: list[str] = ["n_outlets >= ?"]
    params: list[Any] = [min_outlets]
    if type_:
        where.append("type = ?")
        params.append(type_.upper())
    if actor:
        where.append(
            "(EXISTS (SELECT 1 FROM json_each(actors) WHERE value = ?) OR "
            "EXISTS (SELECT 1 FROM json_each(recipients) WHERE value = ?))"
        )
        params += [actor, actor]
    start = sql_canonical_start("date", "canonical_events.id")
    if since:
        where.append(f"{start} >= ?")
        params.append(since)
    if until:
        where.append(f"{start} <= ?")
        params.append(until)
    if outlet:
        where.append("EXISTS (SELECT 1 FROM json_each(outlets) WHERE value = ?)")
        params.append(outlet)
    window = ", ".join(
        f"{sql_canonical_window('canonical_events.id', e)} AS window_{e}" for e in ("start", "end")
    )
    sql = (
        f"SELECT *, {start} AS start_day, {window} FROM canonical_events "
        f"WHERE {' AND '.join(where)} ORDER BY start_day IS NULL, start_day, id"
    )
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [limit, offset]
    for r in conn.execute(sql, params):
        reports = canonical_reports(conn, r["id"])
        yield {
            "event_id": r["id"],
            "type": r["type"],
            "date": r["date"],
            # Known by a window only (no report dated): its reports' window, shown as one.
            "date_basis": None if r["date"] else "window" if r["window_start"] else None,
            "date_start": r["window_start"] if not r["date"] else None,
            "date_end": r["window_end"] if not r["date"] else None,
            "date_spread": json.loads(r["date_spread"]),
            "place": {
                "id": r["place_id"],
                "name": r["place_name"],
                "country": r["place_country"],
                "lat": r["place_lat"],
                "lon": r["place_lon"],
            }
            if r["place_id"]
            else None,
            "place_spread": json.loads(r["place_spread"]),
            "actors": json.loads(r["actors"]),
            "recipients": json.loads(r["recipients"]),
            "triggers": json.loads(r["triggers"]),
            "n_reports": r["n_reports"],
            "n_outlets": r["n_outlets"],
            "outlets": json.loads(r["outlets"]),
            "origins": json.loads(r["origins"]),
            # Wire copies and near duplicates, each with the original it was counted under.
            "copies": [
                {
                    "article_id": x["article_id"],
                    "outlet": x["outlet"],
                    "duplicate_of": x["duplicate_of"],
                }
                for x in reports
                if x["duplicate_of"]
            ],
            "first_reported": r["first_reported"],
            "last_reported": r["last_reported"],
            "story_id": r["story_id"],
            # What the original articles agree on (copies counted once): the corroboration
            # beside the contradictions.
            "corroboration": r["n_origins"],
            "agreement": json.loads(r["agreement"] or "{}"),
            "reports": reports,
        }


def canonical_reports(conn: sqlite3.Connection, canonical_id: int) -> list[dict[str, Any]]:
    rows = conn.execute(
        "SELECT e.id AS report_id, e.article_id, a.source_id, a.outlet, a.duplicate_of, e.sent, "
        "e.trigger, e.trigger_start, e.trigger_end, e.date, e.date_text, e.place_name, "
        f"{SENTENCE_TEXT} AS sentence, s.start AS sentence_start "
        "FROM canonical_event_reports c JOIN event_reports e ON e.id = c.report_id "
        "JOIN articles a ON a.id = e.article_id "
        "LEFT JOIN sentences s ON s.article_id = e.article_id AND s.idx = e.sent "
        "WHERE c.canonical_id = ? ORDER BY a.published, a.outlet, e.id",
        (canonical_id,),
    )
    return [dict(r) for r in rows]


def iter_contradictions(
    conn: sqlite3.Connection, kind: str | None = None, min_confidence: float = 0.0
) -> Iterator[dict[str, Any]]:
    """Stored contradictions, with their confidence, scope and explanation (parsed)."""
    sql = "SELECT * FROM contradictions WHERE confidence >= ?"
    params: list[Any] = [min_confidence]
    if kind:
        sql += " AND kind = ?"
        params.append(kind)
    for r in conn.execute(sql + " ORDER BY kind, canonical_id, id", params):
        d = dict(r)
        d["sides"] = json.loads(d["sides"])
        d["explanation"] = json.loads(d.get("explanation") or "{}")
        yield d


def coverage_rows(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Per outlet: canonical events carried, exclusive, and missed (carried by 2+ others)."""
    events = [
        (r[0], set(json.loads(r[1])))
        for r in conn.execute("SELECT id, outlets FROM canonical_events")
    ]
    outlets = sorted(
        {o for _, os in events for o in os}
        | {r[0] or "(unknown)" for r in conn.execute("SELECT DISTINCT outlet FROM articles")}
    )
    quotes: dict[str, tuple[int, int]] = {}
    for r in conn.execute(
        "SELECT coalesce(a.outlet, '(unknown)'), count(*), count(DISTINCT q.speaker_actor_id) "
        "FROM quotes q JOIN articles a ON a.id = q.article_id GROUP BY a.outlet"
    ):
        quotes[r[0]] = (r[1], r[2])
    rows = []
    for o in outlets:
        carried = [eid for eid, os in events if o in os]
        rows.append(
            {
                "outlet": o,
                "events": len(carried),
                "exclusive": sum(1 for eid, os in events if os == {o}),
                "shared": sum(1 for eid, os in events if o in os and len(os) > 1),
                "missed": [eid for eid, os in events if o not in os and len(os) >= 2],
                "quotes": quotes.get(o, (0, 0))[0],
                "speakers": quotes.get(o, (0, 0))[1],
            }
        )
    return rows
