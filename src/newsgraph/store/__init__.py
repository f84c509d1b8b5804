"""The store: one SQLite file (WAL). The only package that speaks SQL.

``Store`` owns the connection; the functions in this package's modules take a connection,
so read-side code (``query/``) and the web app can use them directly.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any

from newsgraph.registry import load_builtins
from newsgraph.store import actors, articles
from newsgraph.store.connection import connect, schema_version
from newsgraph.store.facts import FACT_WRITERS
from newsgraph.types import Article, Parsed, Skip

# Importing the fact modules registers their writers.
load_builtins("facts")

__all__ = ["Store", "open_store"]


class Store:
    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self.conn: sqlite3.Connection = connect(self.path, read_only=read_only)

    # -- lifecycle
    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One batch, one transaction: all of it is written, or none of it."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.rollback()
            raise
        else:
            self.conn.commit()

    @property
    def version(self) -> int:
        return schema_version(self.conn)

    # -- write side (call inside ``transaction()``)
    def existing_ids(self, ids: list[str]) -> set[str]:
        return articles.existing_ids(self.conn, ids)

    def input_known(self, article_id: str, source_id: str, origin: str) -> bool:
        return articles.input_known(self.conn, article_id, source_id, origin)

    def insert_article(self, article: Article, simhash: int | None = None) -> None:
        articles.insert_article(self.conn, article, simhash)

    def record_skip(self, skip: Skip) -> None:
        articles.record_skip(self.conn, skip)
        if skip.article_id and self.existing_ids([skip.article_id]):
            articles.set_status(self.conn, skip.article_id, skip.stage, skip.status, skip.reason)

    def set_status(
        self, article_id: str, stage: str, status: str, reason: str | None = None
    ) -> None:
        articles.set_status(self.conn, article_id, stage, status, reason)

    def set_statuses(self, rows: Iterable[tuple[str, str, str, str | None]]) -> None:
        """(article id, stage, status, reason) rows, in one statement."""
        articles.set_statuses(self.conn, rows)

    def write_facts(self, parsed: Parsed) -> None:
        """Write an article's facts; its corpus people whose names are variants of one stored
        before ("J. Smith" after "John Smith") take that person's id in every fact."""
        facts = parsed.facts
        ids = actors.variant_renames(self.conn, facts.get("actors", ()))
        if ids:
            facts = {name: actors.renamed(items, ids) for name, items in facts.items()}
        for name, items in facts.items():
            writer = FACT_WRITERS.get(name)
            if writer is not None:
                writer(self.conn, parsed.article.id, items)

    # -- read side
    def stats(self) -> dict[str, Any]:
        return articles.stats(self.conn)

    def table_counts(self) -> dict[str, int]:
        names = [
            r[0]
            for r in self.conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "AND name NOT LIKE '%_fts%' ORDER BY name"
            )
        ]
        return {n: self.conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def open_store(path: str | Path = "newsgraph.db", *, read_only: bool = False) -> Store:
    """Open (creating and migrating if needed) the newsgraph database at ``path``."""
    return Store(path, read_only=read_only)
