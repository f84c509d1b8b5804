"""`export --format parquet` for every --what: the same rows as JSON Lines, read back by pyarrow."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from newsgraph.cli import cli
from newsgraph.query.exports import load_exporters

pytestmark = pytest.mark.model


def _export(db: Path, *args: str) -> str:
    result = CliRunner().invoke(cli, ["--db", str(db), "export", *args])
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize("what", sorted(load_exporters()))
def test_every_export_as_parquet_has_the_jsonl_rows(
    sample_db: Path, tmp_path: Path, what: str
) -> None:
    out = tmp_path / f"{what}.parquet"
    _export(sample_db, "--what", what, "--format", "parquet", "-o", str(out))
    lines = _export(sample_db, "--what", what, "--format", "jsonl").splitlines()
    table = pq.read_table(out)
    assert table.num_rows == len(lines)
    if lines:
        first = json.loads(lines[0])
        assert table.column_names == list(first)
        row = table.slice(0, 1).to_pylist()[0]
        for key, value in first.items():  # nested values are JSON text, scalars themselves
            got = json.loads(row[key]) if isinstance(value, list | dict) else row[key]
            assert got == value or str(got) == str(value), key


def test_a_large_export_is_a_folder_of_parts(sample_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.parquet"
    n = len(_export(sample_db, "--what", "event-reports", "--format", "jsonl").splitlines())
    assert n > 5
    _export(
        sample_db,
        "--what",
        "event-reports",
        "--format",
        "parquet",
        "-o",
        str(out),
        "--rows-per-file",
        "2",
    )
    parts = sorted(out.iterdir())
    assert len(parts) == (n + 1) // 2 and parts[0].name == "part-00000.parquet"
    assert pq.read_table(out).num_rows == n  # pyarrow (like DuckDB, Spark) reads the folder
    # exporting again replaces the earlier export, file or folder
    _export(sample_db, "--what", "event-reports", "--format", "parquet", "-o", str(out))
    assert out.is_file() and pq.read_table(out).num_rows == n


def test_parquet_never_replaces_a_folder_of_other_files(sample_db: Path, tmp_path: Path) -> None:
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("keep me")
    result = CliRunner().invoke(
        cli, ["--db", str(sample_db), "export", "--format", "parquet", "-o", str(tmp_path / "mine")]
    )
    assert result.exit_code == 2 and "other files" in result.output
    assert (tmp_path / "mine" / "notes.txt").read_text() == "keep me"
    result = CliRunner().invoke(cli, ["--db", str(sample_db), "export", "--format", "parquet"])
    assert result.exit_code == 2 and "-o FILE" in result.output
