"""The sample corpus through the real pipeline: stored quotes, the CLI, the export schema."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner

from newsgraph.cli import cli
from newsgraph.store import open_store
from newsgraph.store.quotes import iter_quotes

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def rows(sample_db: Path) -> list[dict[str, Any]]:
    with open_store(sample_db) as s:
        return list(iter_quotes(s.conn))


def _find(rows: list[dict[str, Any]], words: str) -> dict[str, Any]:
    found = [r for r in rows if words in r["content"]]
    assert found, words
    return found[0]


def test_irna_chain(rows: list[dict[str, Any]]) -> None:
    r = _find(rows, "spread of insecurity")
    assert r["speaker"]["name"] == "Masoud Pezeshkian" and r["via"] == ["IRNA"]
    assert r["kind"] == "direct"
    r = _find(rows, "there is a need for more cooperation")
    assert r["speaker"]["text"] == "Araghchi" and r["via"][0] == "IRNA report"


def test_statement_from_assads_office(rows: list[dict[str, Any]]) -> None:
    r = _find(rows, "terrorist escalation")
    assert r["speaker"]["text"] == "Assad" and "Assad" in r["speaker"]["name"]
    assert r["via"] == ["Assad’s office statement"]
    assert r["cue"] == "quoted him as saying"


def test_readout_and_website(rows: list[dict[str, Any]]) -> None:
    assert "readout" in _find(rows, "emphasized the importance")["via"][0]
    assert "website" in _find(rows, "ready for any cooperation")["via"][0]


def test_anonymous_sources_and_rewritten_reuters_story(rows: list[dict[str, Any]]) -> None:
    r = _find(rows, "Araqchi reassured Assad")
    assert r["speaker"]["text"] == "the official"
    assert r["speaker"]["anonymous"] and r["speaker"]["affiliation"] == "IRN"
    assert r["via"][-1] == "Reuters"
    r = _find(rows, "not Fidan’s exact words")
    assert r["speaker"]["affiliation"] == "TUR foreign ministry"
    (d,) = [d for d in r["disputes"] if d["role"] == "disputes"]
    assert d["claim_by"]["text"] == "Fidan" and d["quote_id"] is not None
    disputed = next(x for x in rows if x["id"] == d["quote_id"])
    assert "reluctance" in disputed["content"]
    rt = _find(rows, "intelligence and satellite imagery")
    assert rt["speaker"]["anonymous"] and rt["via"] == ["Reuters"]


def test_heading_and_pronouns(rows: list[dict[str, Any]]) -> None:
    r = _find(rows, "Under the circumstances")
    assert r["speaker"]["name"] == "Masoud Pezeshkian"  # not al-Sudani, named in between
    r = _find(rows, "But I also don’t think")
    assert r["method"] == "continuation" and r["speaker"]["name"] == "Aron Lund"


def test_export_matches_schema(sample_db: Path) -> None:
    schema = json.loads(
        (resources.files("newsgraph") / "schema" / "quote.schema.json").read_text(encoding="utf-8")
    )
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    out = CliRunner().invoke(cli, ["--db", str(sample_db), "export", "--what", "quotes"])
    assert out.exit_code == 0, out.output
    lines = out.output.splitlines()
    assert len(lines) >= 40
    for line in lines:
        row = json.loads(line)
        errors = [e.message for e in validator.iter_errors(row)]
        assert not errors, (errors, row)
        assert row["article_id"] and row["source_id"]


def test_offsets_point_into_the_article_text(sample_db: Path, rows: list[dict[str, Any]]) -> None:
    with open_store(sample_db) as s:
        texts = dict(s.conn.execute("SELECT id, text FROM articles").fetchall())
    for r in rows:
        t = texts[r["article_id"]]
        assert t[r["content_start"] : r["content_end"]] == r["content"]
        assert t[r["cue_start"] : r["cue_end"]] == r["cue"]
        if r["speaker"]:
            assert t[r["speaker_start"] : r["speaker_end"]] == r["speaker"]["text"]


def test_quotes_command_filters(sample_db: Path) -> None:
    runner = CliRunner()
    out = runner.invoke(
        cli, ["--db", str(sample_db), "quotes", "--via", "Reuters", "--format", "jsonl"]
    )
    assert out.exit_code == 0, out.output
    rows = [json.loads(x) for x in out.output.splitlines()]
    assert rows and all(any("reuters" in v.lower() for v in r["via"]) for r in rows)
    out = runner.invoke(
        cli, ["--db", str(sample_db), "quotes", "--speaker", "Peskov", "--format", "json"]
    )
    assert out.exit_code == 0
    assert {r["speaker"]["name"] for r in json.loads(out.output)} == {"Dmitry Peskov"}
    out = runner.invoke(
        cli, ["--db", str(sample_db), "quotes", "--outlet", "RT", "--format", "csv"]
    )
    assert out.exit_code == 0 and out.output.startswith("id,")
    out = runner.invoke(cli, ["--db", str(sample_db), "quotes", "--outlet", "Nowhere"])
    assert out.exit_code == 0
