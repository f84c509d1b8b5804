"""SQL for labels (how articles name actors) and backing statements."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Any

from newsgraph.store.actors import ActorMatch, match_actor
from newsgraph.store.articles import SENTENCE_TEXT
from newsgraph.store.facts import fact_writer
from newsgraph.types import Backing, Label


@fact_writer("labels")
def write_labels(conn: sqlite3.Connection, article_id: str, items: tuple[Any, ...]) -> None:
    conn.execute("DELETE FROM labels WHERE article_id = ?", (article_id,))
    conn.executemany(
        'INSERT INTO labels(article_id, sent, start, "end", actor_id, label, kind, method, '
        "confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                x.article_id,
                x.sent,
                x.start,
                x.end,
                x.actor_id,
                x.label,
                x.kind,
                x.method,
                x.confidence,
            )
            for x in items
            if isinstance(x, Label)
        ],
    )


@fact_writer("backing")
def write_backing(conn: sqlite3.Connection, article_id: str, items: tuple[Any, ...]) -> None:
    conn.execute("DELETE FROM backing WHERE article_id = ?", (article_id,))
    conn.executemany(
        'INSERT INTO backing(article_id, sent, start, "end", text, supporter_id, supporter_text, '
        "supported_id, supported_text, pattern) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                b.article_id,
                b.sent,
                b.start,
                b.end,
                b.text,
                b.supporter.actor_id,
                b.supporter.text,
                b.supported.actor_id,
                b.supported.text,
                b.pattern,
            )
            for b in items
            if isinstance(b, Backing)
        ],
    )


def label_counts(
    conn: sqlite3.Connection,
    *,
    actor: str | None = None,
    outlet: str | None = None,
    min_confidence: float = 0.0,
    exact: bool = False,
) -> Iterator[dict[str, Any]]:
    """(actor, outlet, label) with counts and one example sentence, originals only.
    ``actor``: see ``store.actors.match_actor`` (a state rolls up unless ``exact``; its
    officials on the article's day)."""
    where: list[str] = ["l.actor_id IS NOT NULL", "l.confidence >= ?"]
    params: list[Any] = [min_confidence]
    if actor:
        m = match_actor(conn, actor, exact=exact) or ActorMatch((actor,))
        cond, p = m.condition("l.actor_id", "a.published", "a.published")  # the article's day
        where.append(cond)
        params += p
    if outlet:
        where.append("a.outlet = ?")
        params.append(outlet)
    sql = (
        "SELECT l.actor_id, coalesce(a.outlet, '(unknown)') AS outlet, l.label, "
        "count(*) AS n, count(DISTINCT l.article_id) AS articles, group_concat(DISTINCT l.kind) "
        "AS kinds, max(l.confidence) AS confidence, min(l.article_id || ':' || l.sent) AS example "
        "FROM labels l JOIN articles a ON a.id = l.article_id "
        f"WHERE a.duplicate_of IS NULL AND {' AND '.join(where)} "
        "GROUP BY l.actor_id, a.outlet, l.label ORDER BY l.actor_id, a.outlet, n DESC, l.label"
    )
    for row in conn.execute(sql, params):
        d = dict(row)
        article_id, _, sent = d.pop("example").rpartition(":")
        d["example"] = sentence_text(conn, article_id, int(sent))
        d["example_article_id"] = article_id
        yield d


def iter_backing(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    sql = (
        "SELECT b.*, a.source_id, a.outlet, a.published FROM backing b "
        "JOIN articles a ON a.id = b.article_id ORDER BY a.published, b.article_id, b.start"
    )
    for row in conn.execute(sql):
        yield dict(row)


def sentence_text(conn: sqlite3.Connection, article_id: str, sent: int) -> str | None:
    row = conn.execute(
        f"SELECT {SENTENCE_TEXT} FROM sentences s "
        "JOIN articles a ON a.id = s.article_id WHERE s.article_id = ? AND s.idx = ?",
        (article_id, sent),
    ).fetchone()
    return row[0] if row else None
