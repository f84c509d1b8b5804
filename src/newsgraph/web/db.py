"""A small pool of read-only SQLite connections, one borrowed per request."""

from __future__ import annotations

import queue
import sqlite3
import threading
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
        self._lock = threading.Lock()
        self._borrowed: set[sqlite3.Connection] = set()
        self.closing = False
        for s in self._stores:
            s.conn.execute("PRAGMA query_only = ON")
            self._free.put(s.conn)

    @contextmanager
    def connection(self) -> Iterator[sqlite3.Connection]:
        conn = self._free.get(timeout=30)
        with self._lock:
            self._borrowed.add(conn)
        try:
            yield conn
        finally:
            with self._lock:
                self._borrowed.discard(conn)
            if conn.in_transaction:
                conn.rollback()
            self._free.put(conn)

    def close(self, timeout: float = 30.0) -> None:
        """Close every connection once it is back in the pool, never one a thread is using
        (closing a connection under a running query crashes SQLite): queries still running
        (the background cache warm-up) are interrupted first."""
        with self._lock:
            self.closing = True
            for conn in self._borrowed:
                conn.interrupt()  # thread-safe: the query stops with "interrupted"
        closed = 0
        while closed < len(self._stores):
            try:
                conn = self._free.get(timeout=timeout)
            except queue.Empty:
                break  # a connection never came back: leave it open rather than crash
            conn.close()
            closed += 1
