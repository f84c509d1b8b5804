"""What ``newsgraph export --what NAME`` can export: a registry of row generators.

Every row of every export carries ``article_id`` and ``source_id`` where it comes from an
article, so users can join results back to their own records.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from typing import Any, TextIO

from newsgraph.registry import load_builtins
from newsgraph.store import articles

Exporter = Callable[[sqlite3.Connection], Iterator[dict[str, Any]]]

EXPORTS: dict[str, Exporter] = {}

# Formats an exporter offers beyond jsonl/json/csv: export name -> format -> writer.
# A writer is ``(rows, out) -> count``, e.g. ``plover-json`` for event reports.
FormatWriter = Callable[[Iterator[dict[str, Any]], TextIO], int]
EXTRA_FORMATS: dict[str, dict[str, FormatWriter]] = {}


def exporter(
    name: str, *, formats: dict[str, FormatWriter] | None = None
) -> Callable[[Exporter], Exporter]:
    def wrap(fn: Exporter) -> Exporter:
        EXPORTS[name] = fn
        if formats:
            EXTRA_FORMATS[name] = dict(formats)
        return fn

    return wrap


@exporter("articles")
def export_articles(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    from newsgraph.query.main_events import main_events_of  # registers an exporter: no cycle

    mains = main_events_of(conn)
    for a in articles.iter_articles(conn):
        a["removed"] = articles.get_article(conn, a["id"])["removed"]  # type: ignore[index]
        a.pop("raw_text", None)
        a["main_event"] = mains.get(a["id"])
        a["article_id"] = a.pop("id")
        yield a


@exporter("skips")
def export_skips(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    yield from articles.iter_skips(conn)


def load_exporters() -> dict[str, Exporter]:
    load_builtins("exports")
    return EXPORTS
