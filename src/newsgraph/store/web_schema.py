"""Schema introspection for the read side: which tables and columns exist right now.

The web app reads tables that other capabilities add by migration (mentions, event reports,
quotes, canonical events, relations ...). A store made before a capability landed lacks its
tables, so every read goes through these helpers and answers "nothing" instead of failing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

Page = dict[str, Any]  # {"items": [...], "total": n, "limit": l, "offset": o}


def table_exists(conn: sqlite3.Connection, name: str) -> bool:
    row = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type IN ('table', 'view') AND name = ?", (name,)
    ).fetchone()
    return row is not None


def first_table(conn: sqlite3.Connection, *names: str) -> str | None:
    """The first of ``names`` that exists (capabilities may name a table either way)."""
    for n in names:
        if table_exists(conn, n):
            return n
    return None


def columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')}


def pick(cols: set[str], *candidates: str) -> str | None:
    """The first candidate column present in ``cols``."""
    for c in candidates:
        if c in cols:
            return c
    return None


def col_expr(alias: str, cols: set[str], name: str, *candidates: str) -> str:
    """``alias."col" AS name`` for the first candidate present, else ``NULL AS name``."""
    c = pick(cols, *(candidates or (name,)))
    return f'{alias}."{c}" AS "{name}"' if c else f'NULL AS "{name}"'


def empty_page(limit: int, offset: int) -> Page:
    return {"items": [], "total": 0, "limit": limit, "offset": offset}


def page(items: list[dict[str, Any]], total: int, limit: int, offset: int) -> Page:
    return {"items": items, "total": total, "limit": limit, "offset": offset}


def placeholders(values: Sequence[Any]) -> str:
    return ",".join("?" * len(values))
