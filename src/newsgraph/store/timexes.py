"""SQL for time expressions: the writer and the export rows."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Any

from newsgraph.store.facts import fact_writer
from newsgraph.types import Timex

_COLUMNS = (
    'article_id, sent, start, "end", text, type, value, anchor, anchor_kind, precision, '
    "mod, tense, note"
)


@fact_writer("timexes")
def write_timexes(conn: sqlite3.Connection, article_id: str, items: tuple[Any, ...]) -> None:
    conn.execute("DELETE FROM timexes WHERE article_id = ?", (article_id,))
    conn.executemany(
        f"INSERT INTO timexes({_COLUMNS}) VALUES ({', '.join('?' * 13)})",
        [
            (
                article_id,
                t.sent,
                t.start,
                t.end,
                t.text,
                t.type,
                t.value,
                t.anchor,
                t.anchor_kind,
                t.precision,
                t.mod,
                t.tense,
                t.note,
            )
            for t in items
            if isinstance(t, Timex)
        ],
    )


def iter_timexes(
    conn: sqlite3.Connection, article_id: str | None = None
) -> Iterator[dict[str, Any]]:
    """Every time expression with its article's source id, outlet, date and sentence."""
    sql = (
        'SELECT t.article_id, a.source_id, a.outlet, a.published, t.sent, t.start, t."end", '
        "t.text, t.type, t.value, t.anchor, t.anchor_kind, t.precision, t.mod, t.tense, t.note, "
        'substr(a.text, s.start + 1, s."end" - s.start) AS sentence '
        "FROM timexes t JOIN articles a ON a.id = t.article_id "
        "LEFT JOIN sentences s ON s.article_id = t.article_id AND s.idx = t.sent "
    )
    params: list[Any] = []
    if article_id is not None:
        sql += "WHERE t.article_id = ? "
        params.append(article_id)
    sql += "ORDER BY a.published, t.article_id, t.start"
    for row in conn.execute(sql, params):
        yield dict(row)
