"""Kill -9 an ingest in the middle, rerun it: nothing duplicated, nothing missing, db sound."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from bench.corpus import write_corpus

N = 100
NEWSGRAPH = [str(Path(sys.executable).with_name("newsgraph"))]


def _count(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0  # not created or not migrated yet


@pytest.mark.slow
def test_kill_during_ingest_then_rerun(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus", N, seed=11)
    db = tmp_path / "crash.db"
    cmd = [*NEWSGRAPH, "ingest", "--db", str(db), "--batch-size", "4", "-q", str(corpus)]
    # Only the sentence stage: what is tested is the batch transaction, not the extractors,
    # and the test stays fast.
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "NEWSGRAPH_DOC_STAGES": "sentences"}
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    deadline = time.monotonic() + 120
    at_kill = 0
    while time.monotonic() < deadline and proc.poll() is None:
        at_kill = _count(db)
        if at_kill >= 12:  # at least three batches committed
            break
        time.sleep(0.02)
    assert proc.poll() is None, f"ingest ended before it could be killed: {proc.communicate()}"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    after_kill = _count(db)
    assert 12 <= after_kill < N, after_kill
    assert after_kill % 4 == 0  # whole batches of 4 (no duplicates, no skips in this corpus)

    conn = sqlite3.connect(db)
    # Whatever was committed is whole: each stored article has its stage rows and sentences.
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    half = conn.execute(
        "SELECT count(*) FROM articles a WHERE NOT EXISTS "
        "(SELECT 1 FROM sentences s WHERE s.article_id = a.id)"
    ).fetchone()[0]
    assert half == 0
    conn.close()

    rerun = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert f"ingested {N - after_kill}, already stored {after_kill}," in rerun.stderr
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    ids = [r[0] for r in conn.execute("SELECT source_id FROM articles ORDER BY source_id")]
    assert ids == sorted(f.name for f in corpus.iterdir())  # none missing, none twice
    # No input was skipped; doc stages may skip sentences, but nothing is recorded twice.
    assert (
        conn.execute(
            "SELECT count(*) FROM skips WHERE stage IN ('read', 'clean', 'dedup')"
        ).fetchone()[0]
        == 0
    )
    assert (
        conn.execute(
            "SELECT origin, stage, reason FROM skips GROUP BY origin, stage, reason "
            "HAVING count(*) > 1"
        ).fetchall()
        == []
    )
    orphans = conn.execute(
        "SELECT count(*) FROM sentences WHERE article_id NOT IN (SELECT id FROM articles)"
    ).fetchone()[0]
    assert orphans == 0
    statuses = dict(
        conn.execute(
            "SELECT stage || ' ' || status, count(*) FROM stage_status "
            "WHERE stage IN ('clean', 'parse') GROUP BY stage, status"
        ).fetchall()
    )
    assert statuses == {"clean ok": N, "parse ok": N}
