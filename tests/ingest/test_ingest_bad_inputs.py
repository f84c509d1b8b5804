"""Bad input: a clear per-input message naming the file (and line/record), the run goes on,
and every input is accounted for in the store. Never a traceback."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.cli import cli
from newsgraph.ingest import IngestOptions, read_inputs
from newsgraph.types import RawDoc, Skip

BAD = Path(__file__).resolve().parents[1] / "data" / "bad"

# origin (relative to tests/data/bad) -> the reason it must be skipped with (a prefix), or
# "ingested" plus a warning the document must carry.
EXPECTED: dict[str, str] = {
    "binary.bin": "binary file: binary data (contains NUL bytes)",
    "photo.txt": "binary file: a PNG image",
    "report.pdf": "binary file: a PDF document",
    "empty.txt": "empty file",
    "blank.txt": "empty file: only whitespace",
    "only_date.txt": "empty file: no text after the metadata lines",
    "broken.json": "malformed JSON: Expecting ',' delimiter (line 2, column 1)",
    "malformed.jsonl:line 2": "malformed JSON: Invalid control character",
    "malformed.jsonl:line 3": "not a JSON object: a JSON list",
    "malformed.jsonl:line 4": "missing field: no 'text' in this record (fields: id, body, "
    "title); map one with --field text=body",
    "malformed.jsonl:line 5": "empty text",
    "missing_column.csv": "missing column: no 'text' column (columns: id, headline, body); "
    "map one with --field text=body",
    "ragged.csv#row 2": "malformed CSV: 2 cells, the header has 3",
    "ragged.csv#row 3": "malformed CSV: 4 cells, the header has 3",
    "nomain.html": "no main text: only 5 word(s) found",
    "data.xyz": "unknown format: extension '.xyz' is not one of",
    "fake.warc": "not a WARC file: it does not begin with 'WARC/'",
}
INGESTED: dict[str, str | None] = {
    "latin1.txt": "not UTF-8: decoded as cp1252",
    "bad_utf8.txt": "invalid UTF-8: 1 byte sequence(s) replaced with U+FFFD",
    "utf16.txt": None,
    "notes.article": "unknown extension '.article': read as plain text",
    "malformed.jsonl:line 1": None,
    "malformed.jsonl:line 7": None,
    "ragged.csv#row 1": None,
}


def _rel(origin: str) -> str:
    return origin[len(str(BAD)) + 1 :] if origin.startswith(str(BAD)) else origin


def test_every_bad_input_has_its_reason() -> None:
    items = list(read_inputs([str(BAD)], IngestOptions()))
    skips = {_rel(i.origin): i.reason for i in items if isinstance(i, Skip)}
    docs = {_rel(i.origin): i for i in items if isinstance(i, RawDoc)}
    assert set(skips) == set(EXPECTED)
    for origin, reason in EXPECTED.items():
        assert skips[origin].startswith(reason), (origin, skips[origin])
    assert set(docs) == set(INGESTED)
    for origin, warning in INGESTED.items():
        if warning:
            assert any(w.startswith(warning) for w in docs[origin].warnings), docs[origin]
        else:
            assert docs[origin].warnings == ()
    # Decoded, not mangled: the accented letters and curly quotes survive.
    assert "Affaires étrangères" in docs["latin1.txt"].text
    assert "l’agence" in docs["latin1.txt"].text
    assert "“constructive”" in docs["bad_utf8.txt"].text
    assert docs["utf16.txt"].text.startswith("Turkish Foreign Minister Hakan Fidan")


def test_fifty_megabyte_document_is_skipped_fast(tmp_path: Path) -> None:
    big = tmp_path / "huge.txt"
    with open(big, "wb") as fh:
        fh.write(b"Iran said. " * (50 * 1024 * 1024 // 11 + 1))
    (skip,) = read_inputs([str(big)], IngestOptions())
    assert isinstance(skip, Skip) and skip.origin == str(big)
    assert skip.reason.startswith("too large: 52,428,")
    assert "limit 10,485,760; raise it with --max-bytes" in skip.reason
    # The limit is an option; under it, the same kind of file is read.
    small = tmp_path / "ok.txt"
    small.write_bytes(b"Iran said. " * 1000)
    (doc,) = read_inputs([str(small)], IngestOptions(max_bytes=20_000))
    assert isinstance(doc, RawDoc)


def test_oversized_jsonl_line_is_skipped_and_the_rest_read(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text(
        '{"id": "a", "text": "' + "word " * 5000 + '"}\n'
        '{"id": "b", "text": "Iran said it would help Syria."}\n'
    )
    first, second = read_inputs([str(path)], IngestOptions(max_bytes=10_000))
    assert isinstance(first, Skip) and first.origin == f"{path}:line 1"
    assert first.reason.startswith("too large: 25,0")
    assert isinstance(second, RawDoc) and second.source_id == "b"


def test_paths_that_do_not_exist_or_cannot_be_read(tmp_path: Path) -> None:
    (tmp_path / "dangling").symlink_to(tmp_path / "gone.txt")
    items = list(
        read_inputs([str(tmp_path / "nope.txt"), str(tmp_path / "dangling")], IngestOptions())
    )
    assert [(i.origin, i.reason) for i in items if isinstance(i, Skip)] == [
        (str(tmp_path / "nope.txt"), "no such file or folder"),
        (str(tmp_path / "dangling"), "no such file: a broken symbolic link"),
    ]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_permission_denied(tmp_path: Path) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text("Iran said.")
    locked.chmod(0)
    try:
        (skip,) = read_inputs([str(locked)], IngestOptions())
    finally:
        locked.chmod(0o600)
    assert isinstance(skip, Skip) and skip.reason == "unreadable: permission denied"


def test_cli_accounts_for_every_bad_input(tmp_path: Path) -> None:
    db = tmp_path / "bad.db"
    result = CliRunner().invoke(
        cli, ["ingest", "--db", str(db), str(BAD), str(tmp_path / "missing.txt")]
    )
    assert result.exit_code == 1, result.output  # completed, some inputs skipped
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    for origin, reason in EXPECTED.items():
        assert f"{BAD / origin}: {reason}" in result.output
    assert f"{tmp_path / 'missing.txt'}: no such file or folder" in result.output
    (summary,) = [line for line in result.output.splitlines() if line.startswith("read ")]
    assert summary.startswith(
        f"read {len(EXPECTED) + len(INGESTED) + 1}, ingested {len(INGESTED)}, already stored 0, "
    )
    assert summary.endswith(f", skipped {len(EXPECTED) + 1}")
    conn = sqlite3.connect(db)
    stored = {_rel(r[0]) for r in conn.execute("SELECT origin FROM articles")}
    skipped = {_rel(r[0]): r[1] for r in conn.execute("SELECT origin, reason FROM skips")}
    assert stored == set(INGESTED)
    assert set(skipped) == set(EXPECTED) | {str(tmp_path / "missing.txt")}
    # Every file in the folder is accounted for (as an article or a skip).
    for f in BAD.iterdir():
        assert any(
            o == f.name or o.startswith(f.name + ":") or o.startswith(f.name + "#")
            for o in stored | set(skipped)
        ), f
    warnings = dict(conn.execute("SELECT source_id, warnings FROM articles"))
    assert "cp1252" in warnings["latin1.txt"]
