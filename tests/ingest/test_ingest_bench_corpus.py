"""The generated corpus the crash test and `make bench` use: distinct, deterministic, real-sized."""

from __future__ import annotations

from bench.corpus import generate_articles

from newsgraph.ingest.text import split_header


def test_generated_articles_are_distinct_and_deterministic() -> None:
    first = list(generate_articles(300, seed=3))
    assert first == list(generate_articles(300, seed=3))
    assert len({text for _, text in first}) == 300
    assert len({name for name, _ in first}) == 300
    sizes = sorted(len(text) for _, text in first)
    assert 500 < sizes[150] < 5000
    meta, body = split_header(first[0][1])
    assert set(meta) == {"outlet", "published"} and not body.startswith(" date")
