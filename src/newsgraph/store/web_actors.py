"""Read queries for the web app's actor pages: actors, aliases, roles, mentions, quotes."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from newsgraph.store.web_schema import (
    Page,
    columns,
    empty_page,
    first_table,
    page,
    pick,
    table_exists,
)

ALIAS_TABLES = ("actor_aliases", "aliases")
ROLE_TABLES = ("actor_roles", "roles", "role_spells")


def list_actors(
    conn: sqlite3.Connection, *, q: str | None = None, limit: int = 50, offset: int = 0
) -> Page:
    """Actors with mention counts: from ``actors`` when it exists, else from mentions."""
    has_mentions = table_exists(conn, "mentions") and "actor_id" in columns(conn, "mentions")
    if table_exists(conn, "actors"):
        cols = columns(conn, "actors")
        idc, name = pick(cols, "id", "actor_id") or "id", pick(cols, "name", "label") or "id"
        extra = ", ".join(f'x."{c}" AS "{c}"' for c in ("type", "country", "sector") if c in cols)
        # the actors the articles mention, as `newsgraph actors` counts them (the table also
        # holds knowledge-base entries no article names)
        conds = (
            [f'EXISTS (SELECT 1 FROM mentions m WHERE m.actor_id = x."{idc}")']
            if (has_mentions)
            else []
        )
        params = []
        if q:
            conds.append(f'(x."{name}" LIKE ? OR x."{idc}" LIKE ?)')
            params = [f"%{q}%", f"%{q}%"]
        where = (" WHERE " + " AND ".join(conds)) if conds else ""
        total = conn.execute(f"SELECT count(*) FROM actors x{where}", params).fetchone()[0]
        mcount = (
            f'(SELECT count(*) FROM mentions m WHERE m.actor_id = x."{idc}")'
            if has_mentions
            else "0"
        )
        rows = conn.execute(
            f'SELECT x."{idc}" AS id, x."{name}" AS name{", " + extra if extra else ""}, '
            f"{mcount} AS mentions FROM actors x{where} "
            "ORDER BY mentions DESC, name LIMIT ? OFFSET ?",
            [*params, limit, offset],
        ).fetchall()
        return page([dict(r) for r in rows], total, limit, offset)
    if not has_mentions:
        return empty_page(limit, offset)
    where, params = " WHERE actor_id IS NOT NULL", []
    if q:
        where += " AND (actor_id LIKE ? OR text LIKE ?)"
        params = [f"%{q}%", f"%{q}%"]
    total = conn.execute(
        f"SELECT count(DISTINCT actor_id) FROM mentions{where}", params
    ).fetchone()[0]
    rows = conn.execute(
        f"SELECT actor_id AS id, max(text) AS name, count(*) AS mentions FROM mentions{where} "
        "GROUP BY actor_id ORDER BY mentions DESC LIMIT ? OFFSET ?",
        [*params, limit, offset],
    ).fetchall()
    return page([dict(r) for r in rows], total, limit, offset)


def actor_names(conn: sqlite3.Connection, ids: list[str]) -> dict[str, dict[str, Any]]:
    """id -> {name, country, sector} for the ids known to the ``actors`` table."""
    if not ids or not table_exists(conn, "actors"):
        return {}
    cols = columns(conn, "actors")
    idc, name = pick(cols, "id", "actor_id") or "id", pick(cols, "name", "label") or "id"
    extra = "".join(f', "{c}"' for c in ("country", "sector", "type") if c in cols)
    out: dict[str, dict[str, Any]] = {}
    ids = list(dict.fromkeys(ids))
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        for r in conn.execute(
            f'SELECT "{idc}" AS id, "{name}" AS name{extra} FROM actors WHERE "{idc}" IN '
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
    if table_exists(conn, "actors"):
        cols = columns(conn, "actors")
        idc = pick(cols, "id", "actor_id") or "id"
        row = conn.execute(f'SELECT * FROM actors WHERE "{idc}" = ?', (actor_id,)).fetchone()
        if row is not None:
            found = True
            rec = dict(row)
            out.update({k: v for k, v in rec.items() if k != idc})
            out["name"] = rec.get("name") or rec.get("label")
    alias_table = first_table(conn, *ALIAS_TABLES)
    if alias_table:
        ac = columns(conn, alias_table)
        alias = pick(ac, "alias", "text", "name")
        if alias and "actor_id" in ac:
            out["aliases"] = [
                r[0]
                for r in conn.execute(
                    f'SELECT DISTINCT "{alias}" FROM "{alias_table}" WHERE actor_id = ? '
                    f"ORDER BY 1 LIMIT 500",
                    (actor_id,),
                )
            ]
    role_table = first_table(conn, *ROLE_TABLES)
    if role_table and "actor_id" in columns(conn, role_table):
        rc = columns(conn, role_table)
        start = pick(rc, "start", "valid_from", "from_date", "since")
        order = f'"{start}"' if start else "rowid"
        out["roles"] = [
            dict(r)
            for r in conn.execute(
                f'SELECT * FROM "{role_table}" WHERE actor_id = ? ORDER BY {order}', (actor_id,)
            )
        ]
    if table_exists(conn, "mentions") and "actor_id" in columns(conn, "mentions"):
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
                        "SELECT DISTINCT text FROM mentions WHERE actor_id = ? "
                        "ORDER BY 1 LIMIT 100",
                        (actor_id,),
                    )
                ]
    else:
        out["mentions_by_outlet"] = []
    return out if found else None


def actor_mentions(
    conn: sqlite3.Connection, actor_id: str, *, limit: int = 50, offset: int = 0
) -> Page:
    if not table_exists(conn, "mentions") or "actor_id" not in columns(conn, "mentions"):
        return empty_page(limit, offset)
    cols = columns(conn, "mentions")
    extra = "".join(
        f', m."{c}" AS "{c}"' for c in ("label", "method", "confidence", "role") if c in cols
    )
    total = conn.execute(
        "SELECT count(*) FROM mentions WHERE actor_id = ?", (actor_id,)
    ).fetchone()[0]
    rows = conn.execute(
        f'SELECT m.article_id, m.sent, m.start, m."end", m.text{extra}, a.outlet, a.title, '
        "a.published FROM mentions m JOIN articles a ON a.id = m.article_id "
        "WHERE m.actor_id = ? ORDER BY a.published, m.article_id, m.start LIMIT ? OFFSET ?",
        (actor_id, limit, offset),
    ).fetchall()
    return page([dict(r) for r in rows], total, limit, offset)


def quote_columns(conn: sqlite3.Connection) -> dict[str, str | None] | None:
    if not table_exists(conn, "quotes"):
        return None
    c = columns(conn, "quotes")
    return {
        "content": pick(c, "content"),
        "kind": pick(c, "kind"),
        "cue": pick(c, "cue"),
        "speaker_text": pick(c, "speaker_text", "speaker"),
        "speaker_name": pick(c, "speaker_name"),
        "speaker_id": pick(c, "speaker_actor_id", "speaker_id", "actor_id"),
        "via": pick(c, "via", "via_json"),
        "sent": pick(c, "sent"),
        "content_start": pick(c, "content_start", "start"),
        "content_end": pick(c, "content_end", "end"),
        "anonymous": pick(c, "anonymous"),
        "affiliation": pick(c, "affiliation"),
    }


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
    qc = quote_columns(conn)
    if qc is None or qc["content"] is None:
        return empty_page(limit, offset)
    sel = ", ".join(f'q."{v}" AS "{k}"' if v else f'NULL AS "{k}"' for k, v in qc.items())
    where, params = [], []
    by_id = bool(
        speaker
        and qc["speaker_id"]
        and conn.execute(
            f'SELECT 1 FROM quotes WHERE "{qc["speaker_id"]}" = ? LIMIT 1', (speaker,)
        ).fetchone()
    )
    if speaker_id is not None:
        if not qc["speaker_id"]:
            return empty_page(limit, offset)
        where.append(f'q."{qc["speaker_id"]}" = ?')
        params.append(speaker_id)
    if speaker and by_id:  # an actor id: use the speaker index only
        where.append(f'q."{qc["speaker_id"]}" = ?')
        params.append(speaker)
    elif speaker:
        tests = []
        if qc["speaker_text"]:
            tests.append(f'q."{qc["speaker_text"]}" LIKE ?')
            params.append(f"%{speaker}%")
        where.append("(" + (" OR ".join(tests) or "0") + ")")
    if via and qc["via"]:
        where.append(f'q."{qc["via"]}" LIKE ?')
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
