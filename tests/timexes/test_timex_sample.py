"""The sample corpus through the real pipeline: stored timexes, the export, and what they say."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from click.testing import CliRunner

from newsgraph.cli import cli


def _rows(sample_db: Path) -> list[dict[str, object]]:
    conn = sqlite3.connect(f"{sample_db.resolve().as_uri()}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        return [
            dict(r)
            for r in conn.execute(
                "SELECT a.source_id, a.published, t.* FROM timexes t "
                "JOIN articles a ON a.id = t.article_id ORDER BY a.source_id, t.start"
            )
        ]
    finally:
        conn.close()


def _value(rows: list[dict[str, object]], source: str, text: str) -> object:
    hits = [
        r["value"] for r in rows if str(r["source_id"]).startswith(source) and r["text"] == text
    ]
    assert hits, [(r["source_id"], r["text"]) for r in rows]
    return hits[0]


def test_sample_corpus_dates_resolve_against_each_articles_date(sample_db: Path) -> None:
    rows = _rows(sample_db)
    assert len(rows) >= 40
    assert _value(rows, "000", "Sunday") == "2024-12-01"  # published Tuesday 2024-12-03
    assert _value(rows, "000", "Tuesday") == "2024-12-03"
    assert _value(rows, "001", "Wednesday 27 November") == "2024-11-27"
    assert _value(rows, "001", "the past 14 months") == "P14M"
    assert _value(rows, "001", "weekly") == "P1W"
    assert _value(rows, "002", "last Wednesday") == "2024-11-27"
    assert _value(rows, "002", "last week") == "2024-W48"
    assert _value(rows, "003", "Earlier this week") == "2024-W49"  # published 2024-12-07
    assert _value(rows, "003", "Friday") == "2024-12-06"
    assert _value(rows, "004", "December 2") == "2024-12-02"  # published 2024-12-13
    assert _value(rows, "004", "The following day") == "2024-12-03"
    assert _value(rows, "004", "Sunday") == "2024-12-08"
    conn = sqlite3.connect(sample_db)
    try:
        for r in rows:  # every span points at its text, in its sentence
            text, s0, s1 = conn.execute(
                'SELECT a.text, s.start, s."end" FROM articles a JOIN sentences s ON '
                "s.article_id = a.id AND s.idx = ? WHERE a.id = ?",
                (r["sent"], r["article_id"]),
            ).fetchone()
            assert text[r["start"] : r["end"]] == r["text"]
            assert s0 <= r["start"] < s1
    finally:
        conn.close()


def test_export_timexes_carries_article_and_source_ids(sample_db: Path) -> None:
    result = CliRunner().invoke(
        cli, ["--db", str(sample_db), "export", "--what", "timexes", "--format", "jsonl"]
    )
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines() if line.strip()]
    assert rows and all(r["article_id"] and r["source_id"] for r in rows)
    assert {"value", "type", "anchor", "anchor_kind", "precision", "sentence"} <= set(rows[0])
