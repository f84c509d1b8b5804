"""``newsgraph export --what timexes``: one row per time expression, with article_id and
source_id (and outlet, publication date, sentence text)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Any

from newsgraph.query.exports import exporter
from newsgraph.store.timexes import iter_timexes


@exporter("timexes")
def export_timexes(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    yield from iter_timexes(conn)
