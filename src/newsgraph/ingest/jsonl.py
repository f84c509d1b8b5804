"""JSON Lines (one object per line), and ``.json`` files holding one object or an array."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from typing import IO, Any

from newsgraph.ingest.decode import decode_text
from newsgraph.ingest.records import record_document, too_large
from newsgraph.ingest.source import Source
from newsgraph.types import RawDoc, Skip


def read_jsonl(fh: IO[bytes], src: Source) -> Iterator[RawDoc | Skip]:
    """Each line is a record; a malformed line is a Skip naming it, the rest goes on."""
    limit = src.options.max_bytes
    n = 0
    records = 0
    while True:
        line = fh.readline(limit + 1)
        if not line:
            break
        n += 1
        where = f":line {n}"
        if len(line) > limit and not line.endswith(b"\n"):
            size = len(line) + _discard_line(fh)
            records += 1
            yield src.skip(too_large(size, limit), where=where, source_id=_line_id(src, n))
            continue
        if not line.strip():
            continue
        records += 1
        yield _line_document(line, n, src)
    if records == 0:
        yield src.skip("empty file" if n == 0 else "empty file: no JSON records")


def read_json(fh: IO[bytes], src: Source) -> Iterator[RawDoc | Skip]:
    """A ``.json`` file: one object, an array of objects, or (really) JSON Lines."""
    data = fh.read(src.options.max_bytes + 1)
    if len(data) > src.options.max_bytes:
        yield src.skip(
            too_large(len(data), src.options.max_bytes, exact=False) + "; for big collections "
            "use JSON Lines (one object per line), which is read as a stream"
        )
        return
    if not data.strip():
        yield src.skip("empty file")
        return
    decoded = decode_text(data)
    if decoded is None:
        yield src.skip("binary file: not JSON text")
        return
    try:
        value = json.loads(decoded.text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":  # several objects: JSON Lines under a .json name
            yield from read_jsonl(io.BytesIO(data), src)
        else:
            yield src.skip(f"malformed JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})")
        return
    except (RecursionError, ValueError) as exc:
        yield src.skip(f"malformed JSON: {json_limit(exc)}")
        return
    items = value if isinstance(value, list) else [value]
    for i, item in enumerate(items, 1):
        where = f"[{i - 1}]" if isinstance(value, list) else None
        fallback = f"{src.source_id}[{i - 1}]" if isinstance(value, list) else src.source_id
        if not isinstance(item, dict):
            yield src.skip(
                f"not a JSON object: {type(item).__name__}", where=where, source_id=fallback
            )
            continue
        yield record_document(item, src, "jsonl", where or "", fallback)


def _line_document(line: bytes, n: int, src: Source) -> RawDoc | Skip:
    where = f":line {n}"
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError:
        decoded = decode_text(line)
        if decoded is None:
            return src.skip("binary data: not a JSON line", where=where, source_id=_line_id(src, n))
        text = decoded.text
    try:
        record: Any = json.loads(text)
    except json.JSONDecodeError as exc:
        return src.skip(
            f"malformed JSON: {exc.msg} (column {exc.colno})",
            where=where,
            source_id=_line_id(src, n),
        )
    except (RecursionError, ValueError) as exc:  # nested too deeply; a number too long
        return src.skip(
            f"malformed JSON: {json_limit(exc)}", where=where, source_id=_line_id(src, n)
        )
    if not isinstance(record, dict):
        return src.skip(
            f"not a JSON object: a JSON {type(record).__name__}",
            where=where,
            source_id=_line_id(src, n),
        )
    return record_document(record, src, "jsonl", where, _line_id(src, n))


def json_limit(exc: BaseException) -> str:
    """What a JSON text that Python's parser refuses (not a syntax error) went over."""
    if isinstance(exc, RecursionError):
        return "nested too deeply (arrays or objects inside each other beyond Python's limit)"
    text = str(exc)
    if "digits" in text:
        return "a number with too many digits (over Python's limit of 4,300)"
    return text[:160]


def _line_id(src: Source, n: int) -> str:
    return f"{src.source_id}:line {n}"


def _discard_line(fh: IO[bytes]) -> int:
    """Skip to the end of an over-long line; the number of bytes skipped."""
    skipped = 0
    while True:
        chunk = fh.readline(1 << 20)
        skipped += len(chunk)
        if not chunk or chunk.endswith(b"\n"):
            return skipped
