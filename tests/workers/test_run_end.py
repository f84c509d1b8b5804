"""The end of a run on Dask: the last batches go out as smaller tasks, and their results
are put back in the order one task for the whole batch gives (no cluster needed)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsgraph.config import Settings
from newsgraph.distributed import engine
from newsgraph.ingest import IngestOptions, read_inputs
from newsgraph.pipeline import clean_batch
from newsgraph.types import Article


def test_the_run_knows_its_end_a_partition_per_worker_ahead(settings: Settings) -> None:
    run = engine._Run(None, None, settings, None, None, None, 2)  # type: ignore[arg-type]
    parts = iter([engine.Partition(raws=(i,)) for i in range(5)])  # type: ignore[arg-type]
    got = []
    for _ in range(6):
        part = run._next_part(parts)
        got.append((part.raws[0] if part else None, run.ending))
    # the last partition is listed when the third is handed out: two (one per worker) remain
    assert got == [(0, False), (1, False), (2, True), (3, True), (4, True), (None, True)]


def test_the_last_tasks_shrink_to_single_articles() -> None:
    assert engine.end_pieces(16, 80, 2) == [16]  # far from the end: the whole batch
    assert engine.end_pieces(16, 48, 2) == [12, 4]
    last = engine.end_pieces(16, 16, 2)  # the last batch
    assert sum(last) == 16 and last == sorted(last, reverse=True) and last[-4:] == [1] * 4
    assert engine.end_pieces(3, 3, 8) == [1, 1, 1]


@pytest.mark.model
def test_per_article_results_merge_into_the_whole_batch_order(
    pipeline: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bench.corpus import write_corpus
    from tests.workers.poison import RAISE_MARKER, raise_on_marker

    corpus = write_corpus(tmp_path / "corpus", 10)
    for name in ("gen_00002.txt", "gen_00007.txt"):  # a doc stage fails on these two
        (corpus / name).write_text((corpus / name).read_text() + f" {RAISE_MARKER}.\n")
    docs = list(read_inputs([str(corpus)], IngestOptions()))
    batch = [a for a in clean_batch(docs, pipeline.clean) if isinstance(a, Article)]
    # Skips of a step before the doc stages: texts over max_chars (only flagged in this test,
    # the parse stage keeps its own setting)
    lengths = sorted(len(a.text) for a in batch)
    settings = pipeline.settings.with_overrides(max_chars=lengths[len(lengths) // 2])
    monkeypatch.setattr(pipeline, "settings", settings)
    stages = [*pipeline.doc_stages, ("raise_on_marker", raise_on_marker)]
    monkeypatch.setattr(pipeline, "doc_stages", stages)

    whole = pipeline.process(batch)
    assert {"parse:text", "raise_on_marker"} <= {s.stage for s in whole[1]}
    steps = ("parse:text", "parse", *(name for name, _ in stages))
    longest = sorted(batch, key=lambda a: -len(a.text))
    assert longest != batch
    # one task per article; tasks of 4, 3, 2, 1; one task of them all, longest first
    for sizes in ([1] * len(batch), [4, 3, 2, 1], [len(batch)]):
        starts = [sum(sizes[:i]) for i in range(len(sizes))]
        apart = [
            pipeline.process(longest[at : at + n]) for at, n in zip(starts, sizes, strict=True)
        ]
        parsed, skips = engine._in_batch_order(batch, apart, steps)
        assert [(p.article.id, p.facts) for p in parsed] == [
            (p.article.id, p.facts) for p in whole[0]
        ]
        assert skips == whole[1]
