"""SQL for figures."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Any

from newsgraph.store.articles import SENTENCE_TEXT
from newsgraph.store.facts import fact_writer
from newsgraph.types import Figure


@fact_writer("figures")
def write_figures(conn: sqlite3.Connection, article_id: str, items: tuple[Any, ...]) -> None:
    conn.execute("DELETE FROM figures WHERE article_id = ?", (article_id,))
    rows = [
        (
            f.article_id,
            f.sent,
            f.start,
            f.end,
            f.text,
            f.count,
            f.low,
            f.high,
            f.qualifier,
            f.category,
            f.group,
            f.number_text,
            f.scope,
            f.clause_start,
            f.clause_end,
        )
        for f in items
        if isinstance(f, Figure)
    ]
    conn.executemany(
        'INSERT INTO figures(article_id, sent, start, "end", text, count, low, high, qualifier, '
        "category, grp, number_text, scope, clause_start, clause_end) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )


def iter_figures(
    conn: sqlite3.Connection,
    *,
    category: str | None = None,
    group: str | None = None,
    outlet: str | None = None,
) -> Iterator[dict[str, Any]]:
    where, params = ["1 = 1"], []
    for col, val in (("f.category", category), ("f.grp", group), ("a.outlet", outlet)):
        if val:
            where.append(f"{col} = ?")
            params.append(val)
    sql = (
        "SELECT f.id, f.article_id, a.source_id, a.outlet, a.published, f.sent, f.start, "
        'f."end", f.text, f.count, f.low, f.high, f.qualifier, f.category, f.grp AS "group", '
        f"f.number_text, f.scope, {SENTENCE_TEXT} AS sentence "
        "FROM figures f JOIN articles a ON a.id = f.article_id "
        "LEFT JOIN sentences s ON s.article_id = f.article_id AND s.idx = f.sent "
        f"WHERE {' AND '.join(where)} ORDER BY a.published, f.article_id, f.start"
    )
    for row in conn.execute(sql, params):
        yield dict(row)
