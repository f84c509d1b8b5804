"""Aggregates computed once per state of the store file, reused by every request.

The server never writes; an ingest by another process changes the database (or its WAL)
file, which changes the fingerprint and drops the cached aggregates. Aggregates are small
summaries (edges per day, points per place and day) that requests filter in Python.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")


class StoreCache:
    def __init__(self, db_path: str | Path) -> None:
        self.path = Path(db_path)
        self._lock = threading.Lock()
        self._building: dict[str, threading.Lock] = {}
        self._values: dict[str, tuple[tuple[Any, ...], Any]] = {}  # key -> (fingerprint, value)

    def fingerprint(self) -> tuple[Any, ...]:
        out: list[Any] = []
        for suffix in ("", "-wal"):
            try:
                st = os.stat(f"{self.path}{suffix}")
                out += [st.st_mtime_ns, st.st_size]
            except OSError:
                out += [None, None]
        return tuple(out)

    def get(self, key: str, build: Callable[[], T]) -> T:
        """The cached value for ``key``, built (once, even under concurrency) when stale."""
        fp = self.fingerprint()
        hit = self._values.get(key)
        if hit is not None and hit[0] == fp:
            return hit[1]
        with self._lock:
            lock = self._building.setdefault(key, threading.Lock())
        with lock:
            hit = self._values.get(key)
            if hit is not None and hit[0] == fp:
                return hit[1]
            value = build()
            self._values[key] = (fp, value)
            return value
