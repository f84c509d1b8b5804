"""kill -9 during parse, commit and analysis; the plain rerun of the same command finishes the job.

The kill comes from a kill point (``NEWSGRAPH_KILL_AT``, ``newsgraph/faults.py``): the process
sends itself SIGKILL at an exact place, so each test kills where it says it does.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from bench.corpus import write_corpus
from tests.reliability.conftest import NEWSGRAPH, cli_env, query, unanalysed

N = 6  # articles; batches of 2


def _ingest(corpus: Path, db: Path, **env: str) -> subprocess.CompletedProcess[str]:
    cmd = [NEWSGRAPH, "ingest", "--db", str(db), "--batch-size", "2", "-q", str(corpus)]
    # The stages events need, not figures, quotes and framing: the test stays cheap.
    env = {"NEWSGRAPH_DOC_STAGES": "sentences,actors,timexes,places,events", **env}
    return subprocess.run(cmd, capture_output=True, text=True, env=cli_env(**env), timeout=180)


def _assert_sound(db: Path) -> None:
    assert query(db, "PRAGMA integrity_check") == [("ok",)]
    assert query(db, "PRAGMA foreign_key_check") == []
    # Whatever was committed is whole: every stored article has its sentences.
    assert query(
        db,
        "SELECT count(*) FROM articles a WHERE NOT EXISTS "
        "(SELECT 1 FROM sentences s WHERE s.article_id = a.id)",
    ) == [(0,)]


def _assert_complete(db: Path, corpus: Path) -> None:
    _assert_sound(db)
    ids = [r[0] for r in query(db, "SELECT source_id FROM articles ORDER BY source_id")]
    assert ids == sorted(p.name for p in corpus.iterdir())  # every article, once
    assert query(db, "SELECT count(*) FROM skips WHERE stage IN ('read', 'clean', 'dedup')") == [
        (0,)
    ]
    statuses = query(
        db,
        "SELECT stage, status, count(*) FROM stage_status WHERE stage IN ('clean', 'parse') "
        "GROUP BY stage, status",
    )
    assert sorted(statuses) == [("clean", "ok", N), ("parse", "ok", N)]
    # The analysis is done: reports exist, and every one the analysis takes is in a canonical event.
    ((reports,),) = query(db, "SELECT count(*) FROM event_reports")
    assert reports > 0
    assert unanalysed(db) == 0

    assert query(db, "SELECT count(*) > 0 FROM canonical_events") == [(1,)]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("kill_at", "stored_at_kill"),
    [("parse:2", 2), ("commit:2", 2), ("analysis:1", N)],
    ids=["parse", "commit", "analysis"],
)
def test_kill_then_plain_rerun_finishes(tmp_path: Path, kill_at: str, stored_at_kill: int) -> None:
    corpus = write_corpus(tmp_path / "corpus", N, seed=5)
    db = tmp_path / "k.db"
    killed = _ingest(corpus, db, NEWSGRAPH_KILL_AT=kill_at)
    assert killed.returncode == -9, killed.stderr  # killed, not finished
    _assert_sound(db)
    assert query(db, "SELECT count(*) FROM articles") == [(stored_at_kill,)]
    if kill_at.startswith("analysis"):  # the analysis's transaction was rolled back
        assert query(db, "SELECT count(*) FROM canonical_event_reports") == [(0,)]

    rerun = _ingest(corpus, db)
    assert rerun.returncode == 0, rerun.stderr
    assert f"ingested {N - stored_at_kill}, already stored {stored_at_kill}," in rerun.stderr, (
        rerun.stderr
    )
    _assert_complete(db, corpus)
