"""What `stats` and `demo` print for a reader: skipped parts name their article; the demo's
summary is in words, one line per finding, whatever the output's width."""

from __future__ import annotations

import io
from pathlib import Path

from rich.console import Console

from newsgraph.cli.demo import print_found
from newsgraph.cli.stats import print_stats
from newsgraph.store import open_store
from newsgraph.types import Skip


def test_a_sentence_passed_over_names_its_article(db_path: Path) -> None:
    with open_store(db_path) as store:
        store.record_skip(
            Skip(
                origin="in/wire.jsonl",
                stage="events:sentence",
                reason="sentence 4: looks like a flattened list or table",
                article_id="0123456789abcdef",
                source_id="wire-17",
            )
        )
        stats = store.stats()
    out = io.StringIO()
    print_stats(stats, Console(file=out, width=40, soft_wrap=True))
    line = next(x for x in out.getvalue().splitlines() if "flattened" in x)
    assert "wire-17" in line and "sentence 4" in line


def test_demo_summary_is_words_not_a_row_dump() -> None:
    counts = {"event_reports": 76, "canonical_events": 62, "quotes": 61, "mentions": 345}
    out = io.StringIO()
    print_found(counts, "demo.db", Console(file=out, width=40, soft_wrap=True))
    text = out.getvalue()
    assert "rows:" not in text and "345" not in text
    lines = text.splitlines()
    assert any(x.split()[:3] == ["76", "event", "reports"] for x in lines)
    assert any(x.rstrip().endswith("newsgraph --db demo.db events --canonical") for x in lines)
