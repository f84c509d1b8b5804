"""CSV (or TSV) with a header row, through the documented field mapping (see ``records``)."""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterator
from dataclasses import replace
from typing import IO

from newsgraph.ingest.decode import decode_text
from newsgraph.ingest.detect import csv_delimiter
from newsgraph.ingest.records import missing_hint, record_document
from newsgraph.ingest.source import Source
from newsgraph.types import RawDoc, Skip

_MAX_ERRORS = 20  # consecutive unreadable rows before the rest of a file is given up


def read_csv(fh: IO[bytes], src: Source) -> Iterator[RawDoc | Skip]:
    head = fh.read(65536)
    fh.seek(0)
    if not head.strip():
        yield src.skip("empty file")
        return
    encoding, warning = _encoding(head)
    if encoding is None:
        yield src.skip("binary file: not CSV text")
        return
    csv.field_size_limit(min(sys.maxsize, max(src.options.max_bytes * 4, 131072)))
    stream = io.TextIOWrapper(fh, encoding=encoding, errors="replace", newline="")
    try:
        yield from _rows(stream, src, csv_delimiter(src.name, head), warning)
    finally:
        stream.detach()


def _rows(
    stream: io.TextIOWrapper, src: Source, delimiter: str, warning: str | None
) -> Iterator[RawDoc | Skip]:
    reader = csv.reader(stream, delimiter=delimiter)
    try:
        header = [h.strip().lstrip("\ufeff") for h in next(reader)]
    except StopIteration:
        yield src.skip("empty file")
        return
    except csv.Error as exc:
        yield src.skip(f"malformed CSV header: {exc}")
        return
    missing = [
        (ours, theirs)
        for ours, theirs in [("text", src.options.column("text"))]
        + list(src.options.field_map.items())
        if theirs not in header
    ]
    if missing:
        ours, theirs = missing[0]
        mapped = f" (mapped by --field {ours}={theirs})" if ours in src.options.field_map else ""
        hint = missing_hint(header) if ours == "text" else f"check --field {ours}=..."
        yield src.skip(
            f"missing column: no {theirs!r} column{mapped} (columns: "
            f"{', '.join(header) or 'none'}); {hint}"
        )
        return
    rows = 0
    errors = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            rows += 1
            errors += 1
            yield src.skip(
                f"malformed CSV: {exc}",
                where=f"#row {rows}",
                source_id=f"{src.source_id}#row {rows}",
            )
            if errors >= _MAX_ERRORS:
                yield src.skip(
                    f"malformed CSV: gave up after {errors} unreadable rows in a "
                    f"row; rows after row {rows} were not read"
                )
                return
            continue
        errors = 0
        if not any(cell.strip() for cell in row):
            continue
        rows += 1
        where = f"#row {rows}"
        if len(row) != len(header):
            yield src.skip(
                f"malformed CSV: {len(row)} cells, the header has {len(header)}",
                where=where,
                source_id=f"{src.source_id}{where}",
            )
            continue
        doc = record_document(
            dict(zip(header, row, strict=True)), src, "csv", where, f"{src.source_id}{where}"
        )
        if warning and isinstance(doc, RawDoc):
            doc = replace(doc, warnings=(warning, *doc.warnings))
        yield doc
    if rows == 0:
        yield src.skip("empty file: a header and no rows")


def _encoding(head: bytes) -> tuple[str | None, str | None]:
    try:
        head.decode("utf-8")
        return "utf-8-sig", None
    except UnicodeDecodeError as exc:
        if exc.start > len(head) - 4:  # a character cut at the end of the sample
            return "utf-8-sig", None
    decoded = decode_text(head)
    if decoded is None:
        return None, None
    return decoded.encoding, decoded.warning
