"""The real CLI (CliRunner; the in-process ``main`` for exit codes) and the Python API, on real
SQLite files."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner
from tests.cli_run import outcome

import newsgraph
from newsgraph.cli import cli, main
from newsgraph.config import Settings
from newsgraph.pipeline import Pipeline

FORMATS = Path(__file__).resolve().parents[1] / "data" / "formats"


def exit_code(*args: str) -> int:
    with pytest.raises(SystemExit) as exc:
        main(list(args))
    return int(exc.value.code or 0)


def test_help_documents_formats_and_exit_codes() -> None:
    code, out = outcome("--help")
    assert code == 0 and "Exit codes: 0 ok; 1 the run completed but some inputs" in out
    code, out = outcome("ingest", "--help")
    assert code == 0
    for word in (
        "JSON Lines",
        "CSV",
        "WARC",
        "HTML",
        "--field",
        "--max-bytes",
        "--manifest",
        "Exit codes",
        "130 interrupted",
    ):
        assert word in out, word


def test_ingest_formats_then_read_side(tmp_path: Path) -> None:
    db = str(tmp_path / "f.db")
    code, out = outcome(
        "ingest",
        "--db",
        db,
        str(FORMATS / "aleppo.html"),
        str(FORMATS / "hama.txt"),
        str(FORMATS / "wire.jsonl"),
    )
    assert code == 0, out
    assert "read 5, ingested 5, already stored 0" in out
    # CSV with other column names, mapped with --field; metadata the input lacks from options.
    code, out = outcome(
        "ingest",
        "--db",
        db,
        "--field",
        "text=body",
        "--field",
        "id=story_id",
        "--field",
        "title=headline",
        "--language",
        "en",
        str(FORMATS / "briefs.csv"),
    )
    assert code == 0 and "ingested 2" in out, out

    code, out = outcome("articles", "list", "--db", db)
    assert code == 0
    assert "b-1" in out and "Levant Daily" in out and "2024-11-30" in out
    code, out = outcome(
        "articles", "list", "--db", db, "--format", "jsonl", "--outlet", "Example Wire"
    )
    rows = [json.loads(line) for line in out.splitlines()]
    assert {r["source_id"] for r in rows} == {"wire-001", "wire-002"}
    code, out = outcome("articles", "show", "--db", db, "b-2")
    assert (
        code == 0
        and "Lebanese troops reinforced positions" in out
        and "Beirut Ledger" not in (out.split("source_id")[0])
    )
    code, out = outcome("articles", "show", "--db", db, "no-such-article")
    assert code == 2 and "no article 'no-such-article'" in out

    code, out = outcome("stats", "--db", db, "--json")
    stats = json.loads(out)
    assert stats["articles"] == 7 and stats["by_outlet"]["Example Wire"] == 2


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "json"])
def test_export_articles(sample_db: Path, tmp_path: Path, fmt: str) -> None:
    out_file = tmp_path / f"a.{fmt}"
    code, out = outcome(
        "export", "--db", str(sample_db), "--what", "articles", "--format", fmt, "-o", str(out_file)
    )
    assert code == 0 and f"wrote 5 articles rows to {out_file}" in out
    text = out_file.read_text(encoding="utf-8")
    if fmt == "jsonl":
        rows = [json.loads(line) for line in text.splitlines()]
    elif fmt == "json":
        rows = json.loads(text)
    else:
        rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == 5
    assert all(r["article_id"] and r["source_id"].endswith(".txt") for r in rows)
    assert {r["outlet"] for r in rows} >= {"Tehran Times", "RT", "Defence Talks"}
    code, stdout = outcome("export", "--db", str(sample_db), "--format", fmt)
    assert code == 0 and stdout.strip() == text.strip()


def test_exit_codes(tmp_path: Path) -> None:
    db = str(tmp_path / "e.db")
    assert exit_code("ingest", "--db", db, "--published", "yesterday", str(FORMATS)) == 2
    assert exit_code("ingest", "--db", db, "--field", "body", str(FORMATS)) == 2
    assert exit_code("articles", "list", "--db", str(tmp_path / "none.db")) == 5
    assert exit_code("stats", "--db", str(tmp_path / "none.db")) == 5
    assert not (tmp_path / "none.db").exists()
    (tmp_path / "junk.db").write_bytes(b"this is not sqlite" * 100)
    assert exit_code("stats", "--db", str(tmp_path / "junk.db")) == 5
    assert exit_code("export", "--db", db, "--what", "nothing") == 2
    assert (
        exit_code("--model", "no_such_spacy_model", "ingest", "--db", db, str(FORMATS / "hama.txt"))
        == 4
    )


def test_stdin_is_detected_by_content(tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    runner = CliRunner()
    text = (FORMATS / "hama.txt").read_bytes()
    result = runner.invoke(cli, ["ingest", "--db", db, "-"], input=text)
    assert result.exit_code == 0, result.output
    jsonl = (FORMATS / "wire.jsonl").read_bytes()
    result = runner.invoke(cli, ["ingest", "--db", db, "--outlet", "Piped", "-"], input=jsonl)
    assert result.exit_code == 0, result.output
    assert "read 3, ingested 3" in result.output
    conn = sqlite3.connect(db)
    rows = dict(conn.execute("SELECT source_id, outlet FROM articles").fetchall())
    assert rows == {
        "stdin": "Gulf Monitor",
        "wire-001": "Example Wire",
        "wire-002": "Example Wire",
        "stdin:line 3": "Piped",
    }


def test_python_api(tmp_path: Path, pipeline: Pipeline, settings: Settings) -> None:
    with newsgraph.open_store(tmp_path / "api.db") as store:
        report = newsgraph.ingest(
            [FORMATS / "wire.jsonl", tmp_path / "missing.txt"],
            store=store,
            settings=settings,
            pipeline=pipeline,
            options=newsgraph.IngestOptions(outlet="Fallback"),
        )
        assert report.as_dict()["ingested"] == 3
        assert dict(report.skipped) == {"no such file or folder": 1}
        assert report.messages == [f"{tmp_path / 'missing.txt'}: no such file or folder"]
        assert store.stats()["by_outlet"] == {"Example Wire": 2, "Fallback": 1}
    # A path works as the store too (opened and closed by ingest).
    report = newsgraph.ingest(
        [FORMATS / "hama.txt"], store=tmp_path / "api.db", settings=settings, pipeline=pipeline
    )
    assert report.ingested == 1


def test_the_database_inside_the_folder_is_not_read(
    tmp_path: Path, pipeline: Pipeline, settings: Settings
) -> None:
    (tmp_path / "hama.txt").write_bytes((FORMATS / "hama.txt").read_bytes())
    for _ in range(2):  # the second run finds news.db and its WAL in the folder
        report = newsgraph.ingest(
            [tmp_path], store=tmp_path / "news.db", settings=settings, pipeline=pipeline
        )
        assert report.failed == 0 and report.read == 1, report.messages
