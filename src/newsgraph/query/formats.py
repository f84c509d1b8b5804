"""Writing rows as JSON Lines, JSON, CSV or a terminal table."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import Any, TextIO

FORMATS = ("jsonl", "json", "csv")


def write_rows(rows: Iterable[dict[str, Any]], fmt: str, out: TextIO) -> int:
    """Write ``rows`` to ``out``; nested values become JSON strings in CSV. Returns the count."""
    n = 0
    if fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
            n += 1
    elif fmt == "json":
        out.write("[")
        for row in rows:
            out.write(("," if n else "") + "\n" + json.dumps(row, ensure_ascii=False, default=str))
            n += 1
        out.write("\n]\n")
    elif fmt == "csv":
        writer: csv.DictWriter[str] | None = None
        for row in rows:
            flat = {k: flat_cell(v) for k, v in row.items()}
            if writer is None:
                writer = csv.DictWriter(out, fieldnames=list(flat), extrasaction="ignore")
                writer.writeheader()
            writer.writerow(flat)
            n += 1
    else:
        raise ValueError(f"unknown format {fmt!r}; valid: {', '.join(FORMATS)}")
    return n


def flat_cell(v: Any) -> Any:
    """A nested value (list, object) as a JSON string, for flat formats (CSV, Parquet)."""
    if isinstance(v, dict | list | tuple):
        return json.dumps(v, ensure_ascii=False, default=str)
    return v
