"""The sample corpus through the real pipeline: stored places, the CLI and the export."""

from __future__ import annotations

import json
import sqlite3

import pytest
from click.testing import CliRunner

from newsgraph.cli import cli

pytestmark = pytest.mark.model


def _rows(sample_db) -> list[dict]:  # type: ignore[no-untyped-def,type-arg]
    conn = sqlite3.connect(sample_db)
    conn.row_factory = sqlite3.Row
    rows = [
        dict(r)
        for r in conn.execute(
            "SELECT p.*, a.text AS atext FROM places p JOIN articles a ON a.id = p.article_id"
        )
    ]
    conn.close()
    return rows


def test_sample_places_are_stored_with_offsets(sample_db) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(sample_db)
    assert len(rows) > 100
    for r in rows:
        assert r["atext"][r["start"] : r["end"]] == r["text"]
    by_name = {r["name"]: r for r in rows if r["name"]}
    assert by_name["Aleppo"]["geonames_id"] == 170063
    assert by_name["Tel Rifaat"]["geonames_id"] == 163476  # spaCy labels it PERSON
    assert by_name["Hama"]["geonames_id"] == 170017  # spaCy misses it
    assert by_name["Syria"]["precision"] == "country"
    assert all(r["country"] != "USA" for r in rows if r["text"] == "Damascus")
    # no silent centroids: every resolved row has a precision, every unresolved none
    assert all((r["lat"] is None) == (r["precision"] is None) for r in rows)
    said = [r for r in rows if r["text"] == "Tehran" and r["metonym"]]
    assert said, "Tehran as a speaker must be flagged as a metonym"


def test_places_command_lists_counts_and_coordinates(sample_db) -> None:  # type: ignore[no-untyped-def]
    runner = CliRunner()
    res = runner.invoke(cli, ["--db", str(sample_db), "places", "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in res.output.splitlines()]
    aleppo = next(r for r in rows if r["name"] == "Aleppo")
    assert aleppo["mentions"] >= 5 and aleppo["articles"] >= 3
    assert round(aleppo["lat"], 1) == 36.2 and aleppo["precision"] == "city"
    res = runner.invoke(
        cli, ["--db", str(sample_db), "places", "--country", "SYR", "--format", "json"]
    )
    assert res.exit_code == 0 and {r["country"] for r in json.loads(res.output)} == {"SYR"}
    res = runner.invoke(cli, ["--db", str(sample_db), "places", "--unresolved"])
    assert res.exit_code == 0, res.output
    res = runner.invoke(cli, ["--db", str(sample_db), "places"], env={"COLUMNS": "160"})
    assert res.exit_code == 0 and "Aleppo" in res.output and "36.2012, 37.1612" in res.output


def test_export_places_rows_carry_article_and_source(sample_db) -> None:  # type: ignore[no-untyped-def]
    res = CliRunner().invoke(cli, ["--db", str(sample_db), "export", "--what", "places"])
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in res.output.splitlines()]
    assert rows and all(r["article_id"] and r["source_id"].endswith(".txt") for r in rows)
    assert {"lat", "lon", "geonames_id", "precision", "metonym", "candidates", "sentence"} <= set(
        rows[0]
    )
