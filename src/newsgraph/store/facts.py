"""Writers for the facts extract stages produce, keyed by fact name (``Parsed.facts`` keys).

Each writer replaces an article's rows for its fact: ``write(conn, article_id, items)``.
Modules in this package register theirs with ``@fact_writer("name")``.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Sequence
from typing import Any

Writer = Callable[[sqlite3.Connection, str, tuple[Any, ...]], None]

FACT_WRITERS: dict[str, Writer] = {}


def json_list(items: Sequence[Any], **dumps: Any) -> str:
    """``json.dumps(list(items), **dumps)``; an empty list without the encoder (most are)."""
    return json.dumps(list(items), **dumps) if items else "[]"


def fact_writer(name: str) -> Callable[[Writer], Writer]:
    def wrap(fn: Writer) -> Writer:
        FACT_WRITERS[name] = fn
        return fn

    return wrap


@fact_writer("sentences")
def write_sentences(conn: sqlite3.Connection, article_id: str, items: tuple[Any, ...]) -> None:
    conn.execute("DELETE FROM sentences WHERE article_id = ?", (article_id,))
    conn.executemany(
        'INSERT INTO sentences(article_id, idx, start, "end") VALUES (?, ?, ?, ?)',
        [(article_id, i, s, e) for i, (s, e) in enumerate(items)],
    )
