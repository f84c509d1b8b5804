"""The reliability suite: every test runs under a time limit (no hang passes as a slow test)."""

from __future__ import annotations

import os
import signal
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

LIMIT_S = 240  # per test; the subprocesses inside have tighter limits of their own
NEWSGRAPH = str(Path(sys.executable).with_name("newsgraph"))


@pytest.fixture(autouse=True)
def time_limit() -> Iterator[None]:
    if not hasattr(signal, "SIGALRM"):
        yield
        return

    def expire(_sig: int, _frame: object) -> None:
        raise TimeoutError(f"test ran past its limit of {LIMIT_S} s (a hang?)")

    old = signal.signal(signal.SIGALRM, expire)
    signal.alarm(LIMIT_S)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def cli_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSGRAPH_")}
    return {**env, "PYTHONUNBUFFERED": "1", **extra}


def query(db: Path, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db)
    try:
        return [tuple(r) for r in conn.execute(sql, params).fetchall()]
    finally:
        conn.close()


# Every event report the analysis takes (at least ANALYSIS_MIN_CONFIDENCE; the rest stay stored
# and are left out on purpose) that is in no canonical event.
UNANALYSED = (
    "SELECT count(*) FROM event_reports WHERE confidence >= ? AND id NOT IN "
    "(SELECT report_id FROM canonical_event_reports)"
)


def unanalysed(db: Path) -> int:
    from newsgraph.extract.events.confidence import ANALYSIS_MIN_CONFIDENCE

    return int(query(db, UNANALYSED, (ANALYSIS_MIN_CONFIDENCE,))[0][0])  # type: ignore[arg-type]
