"""CSV (or TSV) with a header row, through the documented field mapping (see ``records``)."""

from __future__ import annotations

import csv
import io
import re
import sys
from collections.abc import Iterator
from dataclasses import replace
from typing import IO

from newsgraph.ingest.decode import decode_text
from newsgraph.ingest.detect import csv_delimiter
from newsgraph.ingest.records import missing_hint, record_document, too_large
from newsgraph.ingest.source import Source
from newsgraph.types import RawDoc, Skip


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
    # Records are cut from the text first (``_records``, bounded by --max-bytes), so the csv
    # module never sees more than one record and needs no field limit of its own.
    csv.field_size_limit(min(sys.maxsize, max(src.options.max_bytes * 4, 131072)))
    stream = io.TextIOWrapper(fh, encoding=encoding, errors="replace", newline="")
    try:
        yield from _rows(stream, src, csv_delimiter(src.name, head), warning)
    finally:
        stream.detach()


class _TooLarge:
    """A record over the size limit, read past and not kept."""

    def __init__(self, chars: int) -> None:
        self.chars = chars


def _records(stream: IO[str], delimiter: str, limit: int) -> Iterator[str | _TooLarge]:
    """The file's records, each the text of one row (a quoted cell may hold line breaks).

    A record ends where a line ends outside a quoted cell, by the CSV quoting rules (a quote
    opens a quoted cell only at the start of a cell; ``""`` inside one is a quote). A record
    longer than ``limit`` characters is read to its end and comes out as one ``_TooLarge``:
    one skipped row, never one row per line of it.
    """
    marks = re.compile('["' + re.escape(delimiter) + "]")
    parts: list[str] = []
    size = 0
    quoted = False  # inside a quoted cell at the end of what was read
    at_start = True  # the next character starts a cell
    while True:
        line = stream.readline(1 << 20)
        if not line:
            break
        ended = line.endswith(("\n", "\r"))  # else a piece of a line over 1 MiB
        if quoted or '"' in line:
            quoted, at_start = _scan(line, marks, delimiter, quoted, at_start)
        else:
            at_start = line.endswith(delimiter)
        size += len(line)
        if size <= limit:
            parts.append(line)
        else:
            parts = []  # over the limit: read on to the record's end, keep nothing
        if quoted or not ended:
            continue
        yield "".join(parts) if size <= limit else _TooLarge(size)
        parts, size, at_start = [], 0, True
    if size:
        yield "".join(parts) if size <= limit else _TooLarge(size)


def _scan(
    line: str, marks: re.Pattern[str], delimiter: str, quoted: bool, at_start: bool
) -> tuple[bool, bool]:
    """(inside a quoted cell, at the start of a cell) after ``line``, given the state before."""
    cell = 0 if at_start else -1  # where the current cell starts, if it starts in this line
    escaped = -1  # the second quote of a ``""`` pair inside a quoted cell
    for m in marks.finditer(line):
        i = m.start()
        if i == escaped:
            continue
        if quoted:
            if line[i] == '"':
                if line.startswith('"', i + 1):
                    escaped = i + 1
                else:
                    quoted = False
        elif line[i] == delimiter:
            cell = i + 1
        elif i == cell:  # a quote at the start of a cell opens a quoted cell
            quoted = True
    at_start = not quoted and cell == len(line)
    return quoted, at_start


def _rows(
    stream: io.TextIOWrapper, src: Source, delimiter: str, warning: str | None
) -> Iterator[RawDoc | Skip]:
    records = _records(stream, delimiter, src.options.max_bytes)
    first = next(records, None)
    if first is None:
        yield src.skip("empty file")
        return
    if isinstance(first, _TooLarge):
        yield src.skip(f"malformed CSV header: {too_large(first.chars, src.options.max_bytes)}")
        return
    try:
        header = [h.strip().lstrip("\ufeff") for h in _parse(first, delimiter)]
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
    for record in records:
        if isinstance(record, _TooLarge):
            rows += 1
            where = f"#row {rows}"
            yield src.skip(
                too_large(record.chars, src.options.max_bytes) + " (a row)",
                where=where,
                source_id=f"{src.source_id}{where}",
            )
            continue
        try:
            row = _parse(record, delimiter)
        except csv.Error as exc:
            rows += 1
            yield src.skip(
                f"malformed CSV: {exc}",
                where=f"#row {rows}",
                source_id=f"{src.source_id}#row {rows}",
            )
            continue
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


def _parse(record: str, delimiter: str) -> list[str]:
    """The cells of one record (the csv module's rules); [] for a blank line."""
    rows = list(csv.reader(io.StringIO(record, newline=""), delimiter=delimiter))
    if len(rows) > 1:  # cannot happen for a record cut by ``_records``; kept whole if it does
        return [cell for row in rows for cell in row]
    return rows[0] if rows else []


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
