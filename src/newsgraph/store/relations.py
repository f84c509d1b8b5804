"""SQL for the relations between actors: one row of evidence per (edge, sentence).

An event report makes an edge actor -> recipient of the kind its PLOVER type gives
(``types.KIND_BY_TYPE``); a backing statement ("Rwandan-backed groups") makes a ``support``
edge. A sentence is one piece of evidence of an edge however often it is coded: this one
rule (``evidence_sql``) is what ``newsgraph relations`` groups into edges
(``analyze.relations``) and what the web graph counts per day (``query.graph``).

Each piece of evidence has the days it is about (``first_day``/``last_day``: the event's date
or window, else its article's publication day), the days on which a person counts as their
state's official (``store.actors.office_spells``, the rule of ``--actor STATE``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from newsgraph.calendar import date_range
from newsgraph.store.actors import (
    EVENT_FIRST_DAY,
    EVENT_LAST_DAY,
    match_actor,
    state_in_office,
)
from newsgraph.store.articles import SENTENCE_TEXT
from newsgraph.types import KIND_BY_TYPE


def _kind_case(expr: str) -> str:
    """SQL for the relation kind of a PLOVER type (NULL: the type makes no relation)."""
    whens = " ".join(f"WHEN '{t}' THEN '{k}'" for t, k in KIND_BY_TYPE.items())
    return f"(CASE {expr} {whens} END)"


def pairs_sql() -> str:
    """Rows (source, target, kind, date, outlet, report_id, backing_id, article_id, sent,
    type, trigger, trigger_start, trigger_end, first_day, last_day): one per piece of evidence
    of a relation; ``first_day``/``last_day``: the days it is about (``EVENT_FIRST_DAY``)."""
    kind = _kind_case("e.type")
    return (
        f"SELECT x.actor_id AS source, y.actor_id AS target, {kind} AS kind, "
        "coalesce(CASE WHEN length(e.date) >= 10 THEN substr(e.date, 1, 10) END, "
        "e.date_start, a.published) AS date, coalesce(a.outlet, '(unknown)') AS outlet, "
        "e.id AS report_id, NULL AS backing_id, e.article_id AS article_id, e.sent AS sent, "
        "e.type AS type, e.trigger AS trigger, e.trigger_start AS trigger_start, "
        f"e.trigger_end AS trigger_end, {EVENT_FIRST_DAY} AS first_day, "
        f"{EVENT_LAST_DAY} AS last_day "
        "FROM event_reports e JOIN articles a ON a.id = e.article_id "
        "JOIN event_actors x ON x.event_id = e.id AND x.role = 'actor' "
        "JOIN event_actors y ON y.event_id = e.id AND y.role = 'recipient' "
        "WHERE x.actor_id IS NOT NULL AND y.actor_id IS NOT NULL "
        "AND x.actor_id != y.actor_id AND e.negated = 0 AND e.hypothetical = 0 "
        f"AND e.future = 0 AND {kind} IS NOT NULL"
        " UNION ALL "
        "SELECT b.supporter_id AS source, b.supported_id AS target, 'support' AS kind, "
        "a.published AS date, coalesce(a.outlet, '(unknown)') AS outlet, "
        "NULL AS report_id, b.id AS backing_id, b.article_id AS article_id, b.sent AS sent, "
        "'BACKING' AS type, b.text AS trigger, b.start AS trigger_start, "
        'b."end" AS trigger_end, a.published AS first_day, a.published AS last_day '
        "FROM backing b JOIN articles a ON a.id = b.article_id "
        "WHERE b.supporter_id IS NOT NULL AND b.supported_id IS NOT NULL "
        "AND b.supporter_id != b.supported_id"
    )


def evidence_sql(where: str = "") -> str:
    """``pairs_sql`` with one row per (edge, article, sentence): a sentence is one piece of
    evidence of an edge however often it is coded (two reports, a report and a backing
    statement), the one rule of ``newsgraph relations`` and the web graph. The row kept is the
    sentence's first event report (lowest id), else its first backing statement. ``where``
    (SQL on source, target, kind, and first_day/last_day for the dated roll-up) filters before
    grouping, so one edge's evidence never groups the whole graph."""
    return (
        "SELECT source, target, kind, date, outlet, report_id, backing_id, article_id, sent, "
        "type, trigger, trigger_start, trigger_end, first_day, last_day "
        "FROM (SELECT p.*, min(CASE WHEN report_id "
        f"IS NOT NULL THEN report_id ELSE 1e15 + backing_id END) AS pick FROM ({pairs_sql()}) p"
        f"{' WHERE ' + where if where else ''} GROUP BY source, target, kind, article_id, sent)"
    )


def iter_evidence(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    """Every piece of evidence of every edge (``evidence_sql``), with its article's source id
    and publication date, the date as the report wrote it and the sentence's text; in the
    order of the reports, then of the backing statements."""
    sql = (
        "SELECT p.source, p.target, p.kind, p.date, p.outlet, p.report_id, p.backing_id, "
        "p.article_id, p.sent, p.trigger, a.source_id, a.published, "
        "CASE WHEN p.report_id IS NOT NULL THEN e.date ELSE a.published END AS date_value, "
        f"{SENTENCE_TEXT} AS sentence "
        f"FROM ({evidence_sql()}) p JOIN articles a ON a.id = p.article_id "
        "LEFT JOIN event_reports e ON e.id = p.report_id "
        "LEFT JOIN sentences s ON s.article_id = p.article_id AND s.idx = p.sent "
        "ORDER BY p.report_id IS NULL, p.report_id, p.backing_id, p.source, p.target, p.kind"
    )
    for r in conn.execute(sql):
        yield dict(r)


def edge_days(conn: sqlite3.Connection) -> list[tuple[Any, ...]]:
    """The whole relation graph per day: (source, target, kind, date, n, outlets csv,
    source state, target state); ``n`` counts sentences (see ``evidence_sql``); the states
    are those whose office each end holds on the evidence's days by a KB role spell
    (``store.actors.state_in_office``; None: none), the dated roll-up of the grouped graph."""
    src, p_src = state_in_office("source", "first_day", "last_day")
    tgt, p_tgt = state_in_office("target", "first_day", "last_day")
    return [
        tuple(r)
        for r in conn.execute(
            f"SELECT source, target, kind, substr(date, 1, 10), count(*), "
            f"group_concat(DISTINCT outlet), {src}, {tgt} FROM ({evidence_sql()}) "
            "GROUP BY 1, 2, 3, 4, 7, 8",
            [*p_src, *p_tgt],
        )
    ]


def _window(
    as_of: str | None, since: str | None, kind: str | None, actor: str | None = None
) -> tuple[str, list[Any]]:
    where, params = [], []
    if as_of:
        where.append("date <= ?")
        params.append(as_of)
    if since:
        where.append("date >= ?")
        params.append(since)
    if kind:
        where.append("kind = ?")
        params.append(kind)
    if actor:
        where.append("(source = ? OR target = ?)")
        params += [actor, actor]
    return (" WHERE " + " AND ".join(where)) if where else "", params


def edge_evidence(
    conn: sqlite3.Connection,
    source: str,
    target: str,
    kind: str | None = None,
    *,
    groups: Mapping[str, Sequence[str]] | None = None,
    as_of: str | None = None,
    limit: int = 50,
) -> tuple[list[dict[str, Any]], int]:
    """The reports and backing statements behind one edge (one per sentence, each with its
    sentence), and their number. ``groups`` (the grouped graph: state -> its members whatever
    the date, ``state_groups``): each end is the node the graph makes of it (``grouped_node``:
    a person with a KB role spell is their state on its days and themselves on others)."""
    if groups is None:
        cond_s, p_s = "source = ?", [source]
        cond_t, p_t = "target = ?", [target]
    else:
        cond_s, p_s = grouped_node("source", groups.get(source, [source]), source)
        cond_t, p_t = grouped_node("target", groups.get(target, [target]), target)
    edge = f"{cond_s} AND {cond_t}" + (" AND kind = ?" if kind else "")
    evidence = evidence_sql(edge)
    where, params = _window(as_of, None, None)
    params = [*p_s, *p_t, *([kind] if kind else []), *params]
    total = conn.execute(f"SELECT count(*) FROM ({evidence}) p{where}", params).fetchone()[0]
    rows = conn.execute(
        f'SELECT p.*, substr(a.text, s.start + 1, s."end" - s.start) AS sentence_text, '
        f's.start AS sentence_start, s."end" AS sentence_end, a.title '
        f"FROM ({evidence}) p JOIN articles a ON a.id = p.article_id "
        f"LEFT JOIN sentences s ON s.article_id = p.article_id AND s.idx = p.sent{where} "
        "ORDER BY date, article_id LIMIT ?",
        [*params, limit],
    ).fetchall()
    out = []
    for r in rows:
        d = dict(r)
        d["sentence"] = (
            {
                "text": d.pop("sentence_text"),
                "start": d.pop("sentence_start"),
                "end": d.pop("sentence_end"),
            }
            if d.get("sentence_text") is not None
            else None
        )
        out.append(d)
    return out, int(total)


def grouped_node(col: str, ids: Sequence[str], node: str) -> tuple[str, list[Any]]:
    """SQL condition on a piece of evidence (``evidence_sql``'s columns) that its end ``col``
    is the node ``node`` of the grouped graph: the state whose office it holds on the
    evidence's days by a KB role spell (``store.actors.state_in_office``), else ``node`` when
    it is one of ``ids`` (the node and, for a state, its members whatever the date)."""
    office, params = state_in_office(col, "first_day", "last_day")
    return (
        f"coalesce({office}, CASE WHEN {col} IN ({','.join('?' * len(ids))}) THEN ? END) = ?",
        [*params, *ids, node, node],
    )


def date_span(conn: sqlite3.Connection) -> dict[str, str | None]:
    """The first and last day the event reports' dates cover (a week, month or year value is
    bounded by its own first and last day, not compared as text), else the publication dates."""
    days = [
        d
        for (v,) in conn.execute("SELECT DISTINCT date FROM event_reports")
        for d in date_range(str(v)[:10] if v and len(str(v)) > 10 else v)
        if d
    ]
    if days:
        return {"first": min(days), "last": max(days)}
    row = conn.execute("SELECT min(published), max(published) FROM articles").fetchone()
    return {"first": row[0], "last": row[1]}


KEEP_TYPES = ("person", "institution")  # grouped under their state; other types stay apart


def state_groups(conn: sqlite3.Connection, ids: list[str]) -> dict[str, str]:
    """Actor id -> the state it belongs to whatever the date (its government, forces,
    institutions, and officials without dated roles), for the ids among ``ids`` that belong
    to one; as ``--actor STATE`` rolls them up (``store.actors.match_actor``). People with KB
    role spells belong to a state only on the days of a spell: ``edge_days`` gives it per day."""
    if not ids:
        return {}
    # the states these ids may belong to: "IRN" of "IRN.GOV", the ids that are states, and
    # the countries the KB gives them (one roll-up query per state, not per id)
    candidates = {i.split(".", 1)[0] for i in ids if "." in i}
    for i in range(0, len(ids), 400):
        chunk = ids[i : i + 400]
        marks = ",".join("?" * len(chunk))
        sql = (
            f"SELECT id FROM actors WHERE type = 'state' AND id IN ({marks}) UNION "
            f"SELECT country FROM actors WHERE country IS NOT NULL AND id IN ({marks})"
        )
        candidates |= {r[0] for r in conn.execute(sql, chunk * 2)}
    matches = (match_actor(conn, c) for c in sorted(candidates))
    rolled = [m.ids for m in matches if m is not None and m.state is not None and len(m.ids) > 1]
    states = {m[0] for m in rolled}
    wanted = set(ids) - states
    types = dict(
        conn.execute(
            f"SELECT id, type FROM actors WHERE id IN ({','.join('?' * len(wanted))})",
            sorted(wanted),
        ).fetchall()
    )
    groups: dict[str, str] = {}
    for members in rolled:
        for m in members[1:]:
            # an armed group, party or company that holds a state's government for a while
            # (the Taliban in Kabul) stays its own node: its relations with that state are the story
            if m in wanted and (m.startswith(members[0] + ".") or types.get(m) in KEEP_TYPES):
                groups.setdefault(m, members[0])
    return groups


def actor_names(conn: sqlite3.Connection, ids: Iterable[str] | None = None) -> dict[str, str]:
    """Actor id -> display name (its id when it has none), of ``ids`` or of every actor."""
    if ids is None:
        return {r[0]: r[1] or r[0] for r in conn.execute("SELECT id, name FROM actors")}
    out: dict[str, str] = {}
    wanted = list(dict.fromkeys(ids))
    for i in range(0, len(wanted), 500):
        chunk = wanted[i : i + 500]
        marks = ",".join("?" * len(chunk))
        for r in conn.execute(f"SELECT id, name FROM actors WHERE id IN ({marks})", chunk):
            out[r[0]] = r[1] or r[0]
    return out
