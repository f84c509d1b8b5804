"""Re-ingesting the same inputs adds nothing, costs little, and says "already stored"."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from bench.corpus import write_corpus
from click.testing import CliRunner

from newsgraph.cli import cli
from newsgraph.config import Settings
from newsgraph.pipeline import Pipeline, ingest
from newsgraph.store import open_store

FORMATS = Path(__file__).resolve().parents[1] / "data" / "formats"


def test_second_run_adds_nothing_and_is_fast(
    tmp_path: Path, pipeline: Pipeline, settings: Settings
) -> None:
    corpus = write_corpus(tmp_path / "corpus", 20)
    shutil.copy(FORMATS / "aleppo.html", corpus / "aleppo.html")
    shutil.copy(FORMATS / "wire.jsonl", corpus / "wire.jsonl")
    # The same text under another name: stored once, the copy recorded as a duplicate.
    shutil.copy(corpus / "gen_00003.txt", corpus / "copy_of_3.txt")
    (corpus / "empty.txt").write_text("")
    db = tmp_path / "n.db"

    with open_store(db) as store:
        t = time.perf_counter()
        first = ingest([corpus], store, settings=settings, pipeline=pipeline)
        first_s = time.perf_counter() - t
        counts = store.table_counts()
        t = time.perf_counter()
        second = ingest([corpus], store, settings=settings, pipeline=pipeline)
        second_s = time.perf_counter() - t
        assert store.table_counts() == counts  # not one row more, skips included

    assert (first.read, first.ingested, first.exact_duplicates, first.unchanged) == (26, 24, 1, 0)
    assert dict(first.skipped) == {"empty file": 1}
    assert (second.read, second.ingested, second.exact_duplicates, second.unchanged) == (
        26,
        0,
        0,
        25,
    )
    assert dict(second.skipped) == {"empty file": 1}  # still bad, still said, not re-recorded
    assert counts["articles"] == 24
    assert second_s < first_s / 3, (first_s, second_s)  # nothing is parsed again

    result = CliRunner().invoke(cli, ["ingest", "--db", str(db), str(corpus)])
    assert "read 26, ingested 0, already stored 25," in result.output
    assert result.exit_code == 1  # the empty file is still skipped


def test_changed_file_is_a_new_article(
    tmp_path: Path, pipeline: Pipeline, settings: Settings
) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Iran said on Monday it would support Syria against the rebels.")
    db = tmp_path / "c.db"
    assert ingest([path], db, settings=settings, pipeline=pipeline).ingested == 1
    path.write_text("Iran said on Tuesday it would support Syria against the rebels.")
    report = ingest([path], db, settings=settings, pipeline=pipeline)
    assert (report.ingested, report.unchanged) == (1, 0)
    with open_store(db) as store:
        assert store.stats()["articles"] == 2
