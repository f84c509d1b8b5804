"""SQL for articles, removed spans, skips and stage status."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from typing import Any

from newsgraph.store import duplicates
from newsgraph.store.paging import chunks
from newsgraph.types import Article, Skip

# The text of sentence ``s`` (a row of ``sentences``) of article ``a``, trimmed: for SELECTs
# that join both.
SENTENCE_TEXT = 'trim(substr(a.text, s.start + 1, s."end" - s.start), char(10, 13, 32))'

_ARTICLE_COLUMNS = (
    "id, source_id, origin, format, outlet, title, url, published, published_source, language, "
    "raw_text, text, warnings, duplicate_of, duplicate_kind, similarity, simhash, "
    "band0, band1, band2, band3"
)


def insert_article(conn: sqlite3.Connection, a: Article, simhash: int | None = None) -> None:
    bands: list[int | None] = [None] * 4
    signed: int | None = None
    if simhash is not None:
        bands = [(simhash >> (16 * i)) & 0xFFFF for i in range(4)]
        signed = simhash - (1 << 64) if simhash >= (1 << 63) else simhash
    conn.execute(
        f"INSERT INTO articles({_ARTICLE_COLUMNS}) VALUES ({', '.join('?' * 21)})",
        (
            a.id,
            a.source_id,
            a.origin,
            a.format,
            a.outlet,
            a.title,
            a.url,
            a.published.isoformat() if a.published else None,
            a.published_source,
            a.language,
            a.raw_text,
            a.text,
            json.dumps(list(a.warnings)),
            a.duplicate_of,
            a.duplicate_kind,
            a.similarity,
            signed,
            *bands,
        ),
    )
    conn.executemany(
        'INSERT INTO removed_spans(article_id, start, "end", kind, text) VALUES (?, ?, ?, ?, ?)',
        [(a.id, r.start, r.end, r.kind, r.text) for r in a.removed],
    )
    duplicates.write_article_extras(conn, a)


def existing_ids(conn: sqlite3.Connection, ids: Iterable[str]) -> set[str]:
    return set(source_ids(conn, ids))


def simhash_candidates(conn: sqlite3.Connection, simhash: int) -> list[tuple[str, int, str | None]]:
    """(id, simhash, published) of stored articles sharing at least one 16-bit band."""
    bands = [(simhash >> (16 * i)) & 0xFFFF for i in range(4)]
    rows = conn.execute(
        "SELECT id, simhash, published FROM articles WHERE band0 = ? OR band1 = ? OR band2 = ? "
        "OR band3 = ?",
        bands,
    ).fetchall()
    return [(r[0], r[1] % (1 << 64), r[2]) for r in rows]


def record_skip(conn: sqlite3.Connection, s: Skip) -> bool:
    """Record a skip once: the same input skipped again for the same reason adds no row."""
    if conn.execute(
        "SELECT 1 FROM skips WHERE origin = ? AND stage = ? AND status = ? AND reason = ? LIMIT 1",
        (s.origin, s.stage, s.status, s.reason),
    ).fetchone():
        return False
    conn.execute(
        "INSERT INTO skips(origin, source_id, article_id, stage, status, reason) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (s.origin, s.source_id, s.article_id, s.stage, s.status, s.reason),
    )
    return True


def input_known(conn: sqlite3.Connection, article_id: str, source_id: str, origin: str) -> bool:
    """Whether this input (article content + source id) was ingested before: stored as the
    article itself, or recorded as an exact duplicate of it."""
    return bool(
        conn.execute(
            "SELECT 1 FROM articles WHERE id = ? AND source_id = ? UNION ALL "
            "SELECT 1 FROM skips WHERE origin = ? AND article_id = ? AND status = 'duplicate' "
            "LIMIT 1",
            (article_id, source_id, origin, article_id),
        ).fetchone()
    )


_SET_STATUS = (
    "INSERT INTO stage_status(article_id, stage, status, reason) VALUES (?, ?, ?, ?) "
    "ON CONFLICT(article_id, stage) DO UPDATE SET status = excluded.status, "
    "reason = excluded.reason, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"
)


def set_status(
    conn: sqlite3.Connection, article_id: str, stage: str, status: str, reason: str | None = None
) -> None:
    conn.execute(_SET_STATUS, (article_id, stage, status, reason))


def set_statuses(
    conn: sqlite3.Connection, rows: Iterable[tuple[str, str, str, str | None]]
) -> None:
    """Many (article id, stage, status, reason) at once."""
    conn.executemany(_SET_STATUS, rows)


def iter_articles(
    conn: sqlite3.Connection,
    *,
    outlet: str | None = None,
    include_duplicates: bool = True,
    limit: int | None = None,
    offset: int = 0,
    with_text: bool = True,
) -> Iterator[dict[str, Any]]:
    cols = (
        "a.*"
        if with_text
        else (
            "a.id, a.source_id, a.origin, a.format, a.outlet, a.title, a.url, a.published, "
            "a.published_source, a.language, a.warnings, a.duplicate_of, a.duplicate_kind, "
            "a.similarity, a.ingested_at, length(a.text) AS chars"
        )
    )
    where: list[str] = []
    params: list[Any] = []
    if outlet:
        where.append("a.outlet = ?")
        params.append(outlet)
    if not include_duplicates:
        where.append("a.duplicate_of IS NULL")
    sql = f"SELECT {cols} FROM articles a"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY a.published IS NULL, a.published, a.ingested_at, a.id"
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [limit, offset]
    for row in conn.execute(sql, params):
        yield _article_row(row)


def get_article(conn: sqlite3.Connection, ref: str) -> dict[str, Any] | None:
    """An article by newsgraph id, id prefix or source id, with its removed spans."""
    row = conn.execute("SELECT * FROM articles WHERE id = ?", (ref,)).fetchone()
    if row is None:
        rows = conn.execute(
            "SELECT * FROM articles WHERE id LIKE ? OR source_id = ? LIMIT 2", (ref + "%", ref)
        ).fetchall()
        row = rows[0] if len(rows) == 1 else None
    if row is None:
        return None
    out = _article_row(row)
    out["removed"] = [
        dict(r)
        for r in conn.execute(
            'SELECT start, "end", kind, text FROM removed_spans WHERE article_id = ? '
            "ORDER BY start",
            (out["id"],),
        )
    ]
    out["stages"] = {
        r["stage"]: {"status": r["status"], "reason": r["reason"]}
        for r in conn.execute("SELECT * FROM stage_status WHERE article_id = ?", (out["id"],))
    }
    return out


def source_ids(conn: sqlite3.Connection, ids: Iterable[str]) -> dict[str, str]:
    """article id -> the id the article had in its input, for the given ids."""
    wanted = list(dict.fromkeys(ids))
    out: dict[str, str] = {}
    for chunk in chunks(wanted):
        marks = ",".join("?" * len(chunk))
        out.update(
            (r[0], r[1])
            for r in conn.execute(
                f"SELECT id, source_id FROM articles WHERE id IN ({marks})", chunk
            )
        )
    return out


def article_sentences(conn: sqlite3.Connection, article_id: str) -> list[tuple[int, int]]:
    return [
        (r[0], r[1])
        for r in conn.execute(
            'SELECT start, "end" FROM sentences WHERE article_id = ? ORDER BY idx', (article_id,)
        )
    ]


def iter_skips(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    for row in conn.execute("SELECT * FROM skips ORDER BY id"):
        yield dict(row)


def stats(conn: sqlite3.Connection) -> dict[str, Any]:
    one = conn.execute(
        "SELECT count(*) AS articles, sum(duplicate_of IS NOT NULL) AS duplicates, "
        "count(DISTINCT outlet) AS outlets, min(published) AS first, max(published) AS last, "
        "sum(published IS NULL) AS undated FROM articles"
    ).fetchone()
    out: dict[str, Any] = dict(one)
    out["duplicates"] = out["duplicates"] or 0
    out["undated"] = out["undated"] or 0
    out["by_outlet"] = {
        (r[0] or "(unknown)"): r[1]
        for r in conn.execute(
            "SELECT outlet, count(*) FROM articles GROUP BY outlet ORDER BY count(*) DESC"
        )
    }
    # Whole inputs or articles a stage skipped or failed, and, apart, parts of articles a
    # stage passed over (stage "events:sentence": a sentence the event coder would not code).
    out["skips"] = {
        f"{r[0]}: {r[1]}": r[2]
        for r in conn.execute(
            "SELECT status, reason, count(*) FROM skips WHERE stage NOT LIKE '%:%' "
            "GROUP BY status, reason ORDER BY count(*) DESC"
        )
    }
    # Each names its article (the source id the user gave) beside the part passed over.
    out["partial_skips"] = {
        f"{r[0]}: {r[1] or r[2]}, {r[3]}": r[4]
        for r in conn.execute(
            "SELECT stage, source_id, article_id, reason, count(*) FROM skips "
            "WHERE stage LIKE '%:%' GROUP BY stage, source_id, article_id, reason "
            "ORDER BY count(*) DESC, source_id, reason"
        )
    }
    out["stages"] = {
        f"{r[0]} {r[1]}": r[2]
        for r in conn.execute(
            "SELECT stage, status, count(*) FROM stage_status GROUP BY stage, status"
        )
    }
    return out


def _article_row(row: sqlite3.Row) -> dict[str, Any]:
    d = dict(row)
    for drop in ("simhash", "band0", "band1", "band2", "band3", "offset_map"):
        d.pop(drop, None)
    if "warnings" in d:
        d["warnings"] = json.loads(d["warnings"] or "[]")
    return d
