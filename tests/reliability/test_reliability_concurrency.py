"""Two ingests of the same corpus into one store at once: both finish, each article stored once."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
from bench.corpus import write_corpus
from tests.reliability.conftest import NEWSGRAPH, cli_env, query, unanalysed

from newsgraph.pipeline import ingest
from newsgraph.store import open_store

N = 6


@pytest.mark.slow
def test_two_ingest_processes_of_the_same_corpus_at_once(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus", N, seed=8)
    db = tmp_path / "c.db"  # new: both processes also create and migrate it at once
    cmd = [NEWSGRAPH, "ingest", "--db", str(db), "--batch-size", "2", "-q", str(corpus)]
    env = cli_env(NEWSGRAPH_DOC_STAGES="sentences,actors,timexes,places,events")
    procs = [
        subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        for _ in range(2)
    ]
    outs = [p.communicate(timeout=180) for p in procs]
    for p, (_, err) in zip(procs, outs, strict=True):
        assert p.returncode == 0, err
    ingested = 0
    for _, err in outs:
        m = re.search(r"read (\d+), ingested (\d+), already stored (\d+),", err)
        assert m, err
        assert int(m.group(1)) == N
        assert int(m.group(2)) + int(m.group(3)) == N  # each saw every article as its own
        ingested += int(m.group(2))
    assert ingested == N
    ids = [r[0] for r in query(db, "SELECT source_id FROM articles ORDER BY source_id")]
    assert ids == sorted(p.name for p in corpus.iterdir())
    assert query(db, "PRAGMA integrity_check") == [("ok",)]
    assert query(db, "SELECT count(*) FROM skips") == [(0,)]
    assert unanalysed(db) == 0


@pytest.mark.model
def test_articles_stored_by_another_ingest_while_a_batch_is_parsed(
    tmp_path: Path, pipeline: Any, settings: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The race made certain: the other ingest stores the whole corpus between this batch's
    check and its write. Without the check in the write transaction: UNIQUE constraint."""
    corpus = write_corpus(tmp_path / "corpus", 4, seed=9)
    db = tmp_path / "r.db"
    process = pipeline.process
    raced: list[int] = []

    def parse_while_the_other_ingest_runs(articles: list[Any]) -> Any:
        out = process(articles)
        if not raced:
            raced.append(len(articles))
            with open_store(db) as other:  # its own connection, as another process has
                ingest([corpus], other, settings=settings, pipeline=pipeline, analyze=False)
        return out

    monkeypatch.setattr(pipeline, "process", parse_while_the_other_ingest_runs)
    with open_store(db) as store:
        report = ingest([corpus], store, settings=settings, pipeline=pipeline)
    assert raced  # the other ingest ran between the check and the write
    assert report.ingested == 0 and report.unchanged == 4, report.as_dict()
    assert query(db, "SELECT count(*), count(DISTINCT source_id) FROM articles") == [(4, 4)]
    assert query(db, "SELECT count(*) FROM skips") == [(0,)]
