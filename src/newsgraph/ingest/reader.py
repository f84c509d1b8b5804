"""Walk the inputs and hand each file to the reader for its format."""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterator
from pathlib import Path

from newsgraph.ingest.options import IngestOptions
from newsgraph.ingest.text import read_text
from newsgraph.types import RawDoc, Skip


def read_inputs(paths: list[str], options: IngestOptions) -> Iterator[RawDoc | Skip]:
    """Every document under ``paths`` (files, folders recursively, ``-`` for stdin), in order."""
    manifest = _read_manifest(options.manifest) if options.manifest else {}
    for p in paths:
        if p == "-":
            data = sys.stdin.buffer.read()
            yield from read_text(data, "<stdin>", "stdin", options, {})
            continue
        path = Path(p)
        if path.is_dir():
            files = sorted(f for f in path.rglob("*") if f.is_file() and not f.name.startswith("."))
        elif path.exists():
            files = [path]
        else:
            yield Skip(p, "read", "no such file or folder")
            continue
        for f in files:
            if options.manifest and f.resolve() == Path(options.manifest).resolve():
                continue
            try:
                data = f.read_bytes()
            except OSError as exc:
                yield Skip(str(f), "read", f"unreadable: {exc.strerror or exc}")
                continue
            yield from read_text(data, str(f), f.name, options, manifest.get(f.name, {}))


def _read_manifest(path: str) -> dict[str, dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as fh:
        return {row["file"]: {k: v for k, v in row.items() if k != "file" and v}
                for row in csv.DictReader(fh)}
