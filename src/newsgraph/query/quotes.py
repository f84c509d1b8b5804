"""``newsgraph export --what quotes``: one row per quote (schema: schema/quote.schema.json)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Any

from newsgraph.query.exports import exporter
from newsgraph.store.quotes import iter_quotes


@exporter("quotes")
def export_quotes(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    yield from iter_quotes(conn)
