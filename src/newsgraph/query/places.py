"""``newsgraph export --what places``: one row per place mention, with article_id and source_id."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Any

from newsgraph.query.exports import exporter
from newsgraph.store.places import iter_places


@exporter("places")
def export_places(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    yield from iter_places(conn)
