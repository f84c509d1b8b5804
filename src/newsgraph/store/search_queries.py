"""Full-text search (SQLite FTS5) over articles and quotes.

The user's words are never passed to FTS5 as syntax: each word becomes a quoted term (all
must match; a trailing ``*`` keeps prefix search), so a stray quote or ``NEAR(`` is no error.
Snippets mark hits with the control characters STX/ETX; the client turns them into <mark>.
"""

from __future__ import annotations

import re
import sqlite3

from newsgraph.store.paging import Page, page

HIT_START, HIT_END = "\x02", "\x03"
MAX_COUNT = 1000  # totals are counted up to this ("1000+")
_WORD = re.compile(r"[\w][\w'’-]*\*?", re.UNICODE)


def fts_query(text: str) -> str | None:
    """The user's text as a safe FTS5 query, or None when it has no words."""
    terms = []
    for w in _WORD.findall(text)[:20]:
        prefix = w.endswith("*")
        w = w.rstrip("*").replace('"', "")
        if w:
            terms.append(f'"{w}"' + ("*" if prefix else ""))
    return " ".join(terms) or None


def _fts_page(
    conn: sqlite3.Connection,
    text: str,
    *,
    select: str,
    source: str,
    fts_table: str,
    outlet: str | None,
    limit: int,
    offset: int,
) -> Page:
    """One page of ``source`` rows whose FTS table matches ``text``, best first, with the
    total counted up to MAX_COUNT. ``source`` joins ``fts_table`` to its rows and to
    ``articles a`` (for the outlet filter)."""
    q = fts_query(text)
    if q is None:
        return page([], 0, limit, offset)
    where, params = f"{fts_table} MATCH ?", [q]
    if outlet:
        where += " AND a.outlet = ?"
        params.append(outlet)
    try:
        total = conn.execute(
            f"SELECT count(*) FROM (SELECT 1 FROM {source} WHERE {where} LIMIT {MAX_COUNT})",
            params,
        ).fetchone()[0]
        rows = conn.execute(
            f"SELECT {select} FROM {source} WHERE {where} ORDER BY rank LIMIT ? OFFSET ?",
            [*params, limit, offset],
        ).fetchall()
    except sqlite3.OperationalError:  # an FTS table missing from an old store
        return page([], 0, limit, offset)
    return page([dict(r) for r in rows], total, limit, offset)


def search_articles(
    conn: sqlite3.Connection,
    text: str,
    *,
    outlet: str | None = None,
    limit: int = 20,
    offset: int = 0,
) -> Page:
    """Articles whose title or text matches (FTS5 over ``articles_fts``)."""
    return _fts_page(
        conn,
        text,
        select="a.id, a.title, a.outlet, a.published, a.url, "
        f"snippet(articles_fts, 1, '{HIT_START}', '{HIT_END}', '…', 16) AS snippet",
        source="articles_fts JOIN articles a ON a.rowid = articles_fts.rowid",
        fts_table="articles_fts",
        outlet=outlet,
        limit=limit,
        offset=offset,
    )


def search_quotes(
    conn: sqlite3.Connection,
    text: str,
    *,
    outlet: str | None = None,
    limit: int = 20,
    offset: int = 0,
) -> Page:
    """Quotes whose content matches (FTS5 over ``quotes_fts``). The speaker as the CLI shows
    it: the resolved name, else the words of the text."""
    return _fts_page(
        conn,
        text,
        select="q.rowid AS rowid, q.article_id, q.sent, q.content AS content, "
        "coalesce(q.speaker_name, q.speaker_text) AS speaker, q.speaker_actor_id AS speaker_id, "
        "a.title, a.outlet, a.published, "
        f"snippet(quotes_fts, 0, '{HIT_START}', '{HIT_END}', '…', 24) AS snippet",
        source="quotes_fts JOIN quotes q ON q.rowid = quotes_fts.rowid "
        "JOIN articles a ON a.id = q.article_id",
        fts_table="quotes_fts",
        outlet=outlet,
        limit=limit,
        offset=offset,
    )
