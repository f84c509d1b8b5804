"""The read-only pool closes under a running query without crashing SQLite: the query is
interrupted and its connection closed once it is back (the server stopping while the cache
warm-up still reads used to close the connection under it: a segmentation fault)."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

from newsgraph.web.db import ReadOnlyPool

ENDLESS = (
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000000000) "
    "SELECT count(*) FROM n"
)


def test_close_interrupts_a_running_query_then_closes(sample_db: Path) -> None:
    pool = ReadOnlyPool(sample_db, size=2)
    started, outcome = threading.Event(), []

    def read() -> None:
        with pool.connection() as conn:
            started.set()
            try:
                conn.execute(ENDLESS).fetchone()
                outcome.append("finished")
            except sqlite3.OperationalError as exc:
                outcome.append(str(exc))

    t = threading.Thread(target=read)
    t.start()
    assert started.wait(10)
    time.sleep(0.2)  # the query is running
    t0 = time.monotonic()
    pool.close(timeout=10)
    t.join(10)
    assert not t.is_alive() and outcome == ["interrupted"]
    assert time.monotonic() - t0 < 5
    assert pool.closing
