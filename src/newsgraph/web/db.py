"""A small pool of read-only SQLite connections, one borrowed per request."""

from __future__ import annotations

import queue
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from newsgraph.store import Store, open_store


class ReadOnlyPool:
    """``size`` read-only connections to one store, opened (and checked) once."""

    def __init__(self, path: str | Path, size: int = 4) -> None:
        self.path = Path(path)
        self._stores: list[Store] = [open_store(self.path, read_only=True) for _ in range(size)]
        self._free: queue.Queue[sqlite3.Connection] = queue.Queue()
        for s in self._stores:
            s.conn.execute("PRAGMA query_only = ON")
            self._free.put(s.conn)

    @contextmanager
    def connection(self) -> Iterator[sqlite3.Connection]:
        conn = self._free.get(timeout=30)
        try:
            yield conn
        finally:
            if conn.in_transaction:
                conn.rollback()
            self._free.put(conn)

    def close(self) -> None:
        for s in self._stores:
            s.close()
