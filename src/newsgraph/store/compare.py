"""Two stores compared table by table, ids included: is a store the same whatever built it?

Every table (full-text indexes and SQLite's own tables aside) is read in primary-key order and
compared row by row. Columns named ``*_at`` are wall-clock stamps (``ingested_at``,
``updated_at``) and are left out: they differ between any two runs.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

MAX_SHOWN = 5  # differing rows named per table


def table_rows(conn: sqlite3.Connection) -> dict[str, list[tuple[object, ...]]]:
    """Every table's rows, timestamps left out, in rowid order (or all columns' order)."""
    out: dict[str, list[tuple[object, ...]]] = {}
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE '%_fts%' AND name != 'schema_migrations' ORDER BY name"
        )
    ]
    for name in names:
        info = conn.execute(f'PRAGMA table_info("{name}")').fetchall()
        cols = [r[1] for r in info if not r[1].endswith("_at")]
        keys = [r[1] for r in sorted(info, key=lambda r: r[5]) if r[5]] or cols
        sql = f'SELECT {_names(cols)} FROM "{name}" ORDER BY {_names(keys)}'
        out[name] = [tuple(r) for r in conn.execute(sql)]
    return out


def _names(cols: list[str]) -> str:
    return ", ".join(f'"{c}"' for c in cols)


def store_differences(a: str | Path, b: str | Path) -> list[str]:
    """What differs between the stores at ``a`` and ``b``; an empty list when identical."""
    ca = sqlite3.connect(f"file:{a}?mode=ro", uri=True)
    cb = sqlite3.connect(f"file:{b}?mode=ro", uri=True)
    try:
        ta, tb = table_rows(ca), table_rows(cb)
    finally:
        ca.close()
        cb.close()
    out = [f"table {n} only in {a}" for n in sorted(set(ta) - set(tb))]
    out += [f"table {n} only in {b}" for n in sorted(set(tb) - set(ta))]
    for name in sorted(set(ta) & set(tb)):
        ra, rb = ta[name], tb[name]
        if ra == rb:
            continue
        diff = [f"{x!r} != {y!r}" for x, y in zip(ra, rb, strict=False) if x != y][:MAX_SHOWN]
        out.append(f"{name}: {len(ra)} vs {len(rb)} rows; " + "; ".join(diff))
    return out
