"""Read queries for articles: overview, article list, one article with its annotations."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from newsgraph.store import articles as article_sql
from newsgraph.store.paging import Page, page
from newsgraph.store.report_queries import ordered_ids

# The spans an article page highlights: (kind, table, start column, end column, the columns
# shown with it). Every table has ``article_id`` and ``sent``.
_ANNOTATIONS: tuple[tuple[str, str, str, str, tuple[str, ...]], ...] = (
    ("mention", "mentions", "start", "end", ("actor_id", "label", "method", "role", "confidence")),
    ("timex", "timexes", "start", "end", ("type", "value", "anchor", "note")),
    ("place", "places", "start", "end", ("name", "country", "precision", "lat", "lon")),
    (
        "quote",
        "quotes",
        "content_start",
        "content_end",
        (
            "kind",
            "speaker_text",
            "speaker_name",
            "speaker_actor_id",
            "cue",
            "via",
            "anonymous",
            "affiliation",
            "speaker_role",
            "disputes",
        ),
    ),
    (
        "speaker",
        "quotes",
        "speaker_start",
        "speaker_end",
        ("speaker_text", "speaker_name", "speaker_actor_id", "speaker_method"),
    ),
    ("cue", "quotes", "cue_start", "cue_end", ("cue",)),
    (
        "event",
        "event_reports",
        "trigger_start",
        "trigger_end",
        ("id", "type", "mode", "cameo", "date", "confidence"),
    ),
    ("label", "labels", "start", "end", ("actor_id", "label", "kind", "method")),
    ("figure", "figures", "start", "end", ("category", "grp", "count", "qualifier")),
)


def overview(conn: sqlite3.Connection) -> dict[str, Any]:
    """Counts, outlets with their date ranges, skips grouped by stage and reason.

    Only columns stored before the article text are read (or indexes), so the scan never
    walks the text's overflow pages.
    """
    one = conn.execute(
        "SELECT count(*) AS articles, count(DISTINCT outlet) AS outlets, min(published) AS "
        "first, max(published) AS last, sum(published IS NULL) AS undated FROM articles"
    ).fetchone()
    out: dict[str, Any] = dict(one)
    out["undated"] = out["undated"] or 0
    dups = dict(
        conn.execute(
            "SELECT coalesce(outlet, '(unknown)'), count(*) FROM articles "
            "WHERE duplicate_of IS NOT NULL GROUP BY 1"
        ).fetchall()
    )
    out["duplicates"] = sum(dups.values())
    out["outlets_detail"] = [
        {**dict(r), "duplicates": dups.get(r["outlet"], 0)}
        for r in conn.execute(
            "SELECT coalesce(outlet, '(unknown)') AS outlet, count(*) AS articles, "
            "min(published) AS first, max(published) AS last FROM articles "
            "GROUP BY outlet ORDER BY count(*) DESC, outlet"
        )
    ]
    out["skipped"] = [
        dict(r)
        for r in conn.execute(
            "SELECT stage, status, reason, count(*) AS n, min(origin) AS example FROM skips "
            "GROUP BY stage, status, reason ORDER BY count(*) DESC LIMIT 200"
        )
    ]
    out["stages"] = {
        f"{r[0]} {r[1]}": r[2]
        for r in conn.execute(
            "SELECT stage, status, count(*) FROM stage_status GROUP BY stage, status"
        )
    }
    out["facts"] = fact_counts(conn)
    out["actors_mentioned"] = (
        conn.execute(
            "SELECT count(DISTINCT actor_id) FROM mentions WHERE actor_id IS NOT NULL"
        ).fetchone()[0]
        if "mentions" in out["facts"]
        else 0
    )
    return out


def fact_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Rows per table, as `newsgraph stats` lists them (``Store.table_counts``): the
    ``actors`` table counts knowledge-base entries too, mentioned or not."""
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE '%_fts%' AND name NOT IN ('schema_migrations') ORDER BY name"
        )
    ]
    return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def list_articles(
    conn: sqlite3.Connection,
    *,
    outlet: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> Page:
    where, params = _article_filters(outlet, since, until)
    total = conn.execute(f"SELECT count(*) FROM articles a {where}", params).fetchone()[0]
    # Page the rowids first along the published index, then read that page's rows only.
    ids = ordered_ids(conn, "articles a", where, params, "a.published", "a.rowid", limit, offset)
    rows = (
        conn.execute(
            "SELECT a.rowid AS rid, a.id, a.source_id, a.outlet, a.title, a.url, a.published, "
            "a.duplicate_of, a.duplicate_kind, length(a.text) AS chars FROM articles a "
            f"WHERE a.rowid IN ({','.join('?' * len(ids))})",
            ids,
        ).fetchall()
        if ids
        else []
    )
    by_id = {}
    for r in rows:
        d = dict(r)
        by_id[d.pop("rid")] = d
    return page([by_id[i] for i in ids], total, limit, offset)


def _article_filters(
    outlet: str | None, since: str | None, until: str | None
) -> tuple[str, list[Any]]:
    where, params = [], []
    if outlet:
        where.append("a.outlet = ?")
        params.append(outlet)
    if since:
        where.append("a.published >= ?")
        params.append(since)
    if until:
        where.append("a.published <= ?")
        params.append(until)
    return (" WHERE " + " AND ".join(where) if where else ""), params


def outlets(conn: sqlite3.Connection) -> list[str]:
    return [
        r[0]
        for r in conn.execute(
            "SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL ORDER BY outlet"
        )
    ]


def article_detail(conn: sqlite3.Connection, article_id: str) -> dict[str, Any] | None:
    """One article: metadata, cleaned text, sentences, annotations, removed boilerplate."""
    row = conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
    if row is None:
        return None
    a = article_sql.get_article(conn, article_id)
    assert a is not None
    a.pop("raw_text", None)
    a["sentences"] = [
        {"idx": i, "start": s, "end": e}
        for i, (s, e) in enumerate(article_sql.article_sentences(conn, article_id))
    ]
    a["annotations"] = article_annotations(conn, article_id)
    return a


def article_annotations(conn: sqlite3.Connection, article_id: str) -> list[dict[str, Any]]:
    """Every highlighted span of one article, from the fact tables."""
    out: list[dict[str, Any]] = []
    for kind, table, s, e, shown in _ANNOTATIONS:
        sel = ", ".join([f'"{s}" AS start', f'"{e}" AS "end"', *(f'"{c}"' for c in shown)])
        for r in conn.execute(
            f'SELECT {sel}, "sent" FROM "{table}" WHERE article_id = ? ORDER BY "{s}"',
            (article_id,),
        ):
            d = dict(r)
            if d["start"] is None or d["end"] is None:
                continue
            if "kind" in d:
                d["subkind"] = d.pop("kind")
            for key in ("via", "disputes"):
                if isinstance(d.get(key), str):
                    d[key] = _json_list(d[key])
            d["kind"] = kind
            out.append(d)
    out.sort(key=lambda d: (d["start"], -d["end"]))
    return out


def sentences_text(
    conn: sqlite3.Connection, keys: list[tuple[str, int]]
) -> dict[tuple[str, int], dict[str, Any]]:
    """(article_id, sent) -> {start, end, text} for many sentences at once."""
    out: dict[tuple[str, int], dict[str, Any]] = {}
    keys = sorted(set(keys))
    if not keys:
        return out
    for i in range(0, len(keys), 200):
        chunk = keys[i : i + 200]
        cond = " OR ".join("(s.article_id = ? AND s.idx = ?)" for _ in chunk)
        flat = [v for k in chunk for v in k]
        for r in conn.execute(
            'SELECT s.article_id, s.idx, s.start, s."end", '
            'substr(a.text, s.start + 1, s."end" - s.start) AS text FROM sentences s '
            f"JOIN articles a ON a.id = s.article_id WHERE {cond}",
            flat,
        ):
            out[(r[0], r[1])] = {"start": r[2], "end": r[3], "text": r[4]}
    return out


def _json_list(value: str) -> list[Any]:
    try:
        out = json.loads(value)
    except ValueError:
        return [value]
    return out if isinstance(out, list) else [out]


def window_counts(
    conn: sqlite3.Connection,
    *,
    since: str | None = None,
    until: str | None = None,
    ids: list[str] | None = None,
) -> dict[str, Any]:
    """Articles published in a window (and among ``ids`` when given): {articles, first, last,
    outlets: [{outlet, articles}]}. With a window, undated articles are outside it."""
    where, params = _article_filters(None, since, until[:10] + "\uffff" if until else None)
    if ids is not None:
        where += (" AND " if where else " WHERE ") + (
            f"a.id IN ({','.join('?' * len(ids))})" if ids else "0"
        )
        params += list(ids)
    one = conn.execute(
        f"SELECT count(*) AS articles, min(a.published) AS first, max(a.published) AS last "
        f"FROM articles a{where}",
        params,
    ).fetchone()
    out: dict[str, Any] = dict(one)
    out["outlets"] = [
        dict(r)
        for r in conn.execute(
            f"SELECT coalesce(a.outlet, '(unknown)') AS outlet, count(*) AS articles "
            f"FROM articles a{where} GROUP BY 1 ORDER BY 2 DESC, 1",
            params,
        )
    ]
    return out


def article_ids_in_window(
    conn: sqlite3.Connection, *, since: str | None = None, until: str | None = None
) -> set[str]:
    """Ids of the articles published in a window (all articles without one)."""
    where, params = _article_filters(None, since, until[:10] + "\uffff" if until else None)
    return {r[0] for r in conn.execute(f"SELECT a.id FROM articles a{where}", params)}


def articles_meta(conn: sqlite3.Connection, ids: list[str]) -> dict[str, dict[str, Any]]:
    """id -> {outlet, title, published, url, source_id} for many articles (no text read)."""
    out: dict[str, dict[str, Any]] = {}
    ids = sorted(set(ids))
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        for r in conn.execute(
            "SELECT id, outlet, title, published, url, source_id FROM articles "
            f"WHERE id IN ({','.join('?' * len(chunk))})",
            chunk,
        ):
            out[r["id"]] = dict(r)
    return out
