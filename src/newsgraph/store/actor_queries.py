"""Read queries for actor pages: actors, aliases, roles, mentions, quotes."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from newsgraph.store.paging import Page, chunks, page

# The columns of ``quotes`` a quote is shown with: (name, column).
QUOTE_COLUMNS = (
    ("content", "content"),
    ("kind", "kind"),
    ("cue", "cue"),
    ("speaker_text", "speaker_text"),
    ("speaker_name", "speaker_name"),
    ("speaker_id", "speaker_actor_id"),
    ("via", "via"),
    ("sent", "sent"),
    ("content_start", "content_start"),
    ("content_end", "content_end"),
    ("anonymous", "anonymous"),
    ("affiliation", "affiliation"),
)


def list_actors(
    conn: sqlite3.Connection, *, q: str | None = None, limit: int = 50, offset: int = 0
) -> Page:
    """The actors the articles mention (as `newsgraph actors` counts them: the table also
    holds knowledge-base entries no article names), with their mention counts."""
    conds = ["EXISTS (SELECT 1 FROM mentions m WHERE m.actor_id = x.id)"]
    params = []
    if q:
        conds.append("(x.name LIKE ? OR x.id LIKE ?)")
        params = [f"%{q}%", f"%{q}%"]
    where = " WHERE " + " AND ".join(conds)
    total = conn.execute(f"SELECT count(*) FROM actors x{where}", params).fetchone()[0]
    rows = conn.execute(
        'SELECT x.id AS id, x.name AS name, x.type AS "type", x.country AS "country", '
        'x.sector AS "sector", (SELECT count(*) FROM mentions m WHERE m.actor_id = x.id) '
        f"AS mentions FROM actors x{where} ORDER BY mentions DESC, name LIMIT ? OFFSET ?",
        [*params, limit, offset],
    ).fetchall()
    return page([dict(r) for r in rows], total, limit, offset)


def actor_names(conn: sqlite3.Connection, ids: list[str]) -> dict[str, dict[str, Any]]:
    """id -> {name, country, sector} for the ids known to the ``actors`` table."""
    if not ids:
        return {}
    out: dict[str, dict[str, Any]] = {}
    ids = list(dict.fromkeys(ids))
    for chunk in chunks(ids):
        for r in conn.execute(
            'SELECT id, name, "country", "sector", "type" FROM actors WHERE id IN '
            f"({','.join('?' * len(chunk))})",
            chunk,
        ):
            d = dict(r)
            out[d.pop("id")] = d
    return out


def actor_detail(conn: sqlite3.Connection, actor_id: str) -> dict[str, Any] | None:
    """One actor: its KB record, aliases, roles over time, mention counts per outlet."""
    out: dict[str, Any] = {"id": actor_id, "name": None, "aliases": [], "roles": []}
    found = False
    row = conn.execute("SELECT * FROM actors WHERE id = ?", (actor_id,)).fetchone()
    if row is not None:
        found = True
        rec = dict(row)
        out.update({k: v for k, v in rec.items() if k != "id"})
        out["name"] = rec.get("name")
    out["aliases"] = [
        r[0]
        for r in conn.execute(
            "SELECT DISTINCT alias FROM actor_aliases WHERE actor_id = ? ORDER BY 1 LIMIT 500",
            (actor_id,),
        )
    ]
    out["roles"] = [
        dict(r)
        for r in conn.execute(
            'SELECT * FROM actor_roles WHERE actor_id = ? ORDER BY "start"', (actor_id,)
        )
    ]
    by_outlet = [
        dict(r)
        for r in conn.execute(
            "SELECT coalesce(a.outlet, '(unknown)') AS outlet, sum(m.n) AS n, "
            "count(*) AS articles FROM (SELECT article_id, count(*) AS n FROM mentions "
            "WHERE actor_id = ? GROUP BY article_id) m JOIN articles a ON a.id = m.article_id "
            "GROUP BY a.outlet ORDER BY n DESC",
            (actor_id,),
        )
    ]
    out["mentions_by_outlet"] = by_outlet
    if by_outlet:
        found = True
        if out["name"] is None:
            row = conn.execute(
                "SELECT text, count(*) FROM mentions WHERE actor_id = ? "
                "GROUP BY text ORDER BY 2 DESC LIMIT 1",
                (actor_id,),
            ).fetchone()
            out["name"] = row[0] if row else actor_id
        if not out["aliases"]:
            out["aliases"] = [
                r[0]
                for r in conn.execute(
                    "SELECT DISTINCT text FROM mentions WHERE actor_id = ? ORDER BY 1 LIMIT 100",
                    (actor_id,),
                )
            ]
    return out if found else None


def actor_mentions(
    conn: sqlite3.Connection, actor_id: str, *, limit: int = 50, offset: int = 0
) -> Page:
    total = conn.execute(
        "SELECT count(*) FROM mentions WHERE actor_id = ?", (actor_id,)
    ).fetchone()[0]
    rows = conn.execute(
        'SELECT m.article_id, m.sent, m.start, m."end", m.text, m."label" AS "label", '
        'm."method" AS "method", m."confidence" AS "confidence", m."role" AS "role", '
        "a.outlet, a.title, a.published FROM mentions m JOIN articles a ON a.id = m.article_id "
        "WHERE m.actor_id = ? ORDER BY a.published, m.article_id, m.start LIMIT ? OFFSET ?",
        (actor_id, limit, offset),
    ).fetchall()
    return page([dict(r) for r in rows], total, limit, offset)


def list_quotes(
    conn: sqlite3.Connection,
    *,
    speaker: str | None = None,
    outlet: str | None = None,
    via: str | None = None,
    speaker_id: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> Page:
    """Quotes with their speaker and outlet; ``speaker`` is an actor id or a text match."""
    sel = ", ".join(f'q."{c}" AS "{k}"' for k, c in QUOTE_COLUMNS)
    where, params = [], []
    by_id = bool(
        speaker
        and conn.execute(
            "SELECT 1 FROM quotes WHERE speaker_actor_id = ? LIMIT 1", (speaker,)
        ).fetchone()
    )
    if speaker_id is not None:
        where.append("q.speaker_actor_id = ?")
        params.append(speaker_id)
    if speaker and by_id:  # an actor id: use the speaker index only
        where.append("q.speaker_actor_id = ?")
        params.append(speaker)
    elif speaker:
        where.append("(q.speaker_text LIKE ?)")
        params.append(f"%{speaker}%")
    if via:
        where.append("q.via LIKE ?")
        params.append(f"%{via}%")
    if outlet:
        where.append("a.outlet = ?")
        params.append(outlet)
    w = (" WHERE " + " AND ".join(where)) if where else ""
    src = "quotes q JOIN articles a ON a.id = q.article_id"
    total = conn.execute(f"SELECT count(*) FROM {src}{w}", params).fetchone()[0]
    rows = conn.execute(
        f"SELECT q.rowid AS id, q.article_id, {sel}, a.outlet, a.title, a.published "
        f"FROM {src}{w} ORDER BY a.published, q.article_id, q.rowid LIMIT ? OFFSET ?",
        [*params, limit, offset],
    ).fetchall()
    items = []
    for r in rows:
        d = dict(r)
        if isinstance(d.get("via"), str):
            try:
                d["via"] = json.loads(d["via"])
            except ValueError:
                d["via"] = [d["via"]]
        items.append(d)
    return page(items, total, limit, offset)
