"""One JSON Lines record or CSV row -> a RawDoc, through the documented field mapping.

Fields: ``id, text, title, url, outlet, published, language``. ``--field text=body`` maps our
field to another column (for JSON, a dotted path such as ``source.name`` reaches into objects).
The record's ``source_id`` is its ``id`` field, else ``FILE:line N`` (JSONL) / ``FILE#row N`` (CSV).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from newsgraph.ingest.options import FIELDS
from newsgraph.ingest.source import Source
from newsgraph.types import RawDoc, Skip

# Column names people commonly use for the text, offered in the hint of a "missing column" skip.
TEXT_LIKE = (
    "body",
    "content",
    "maintext",
    "article",
    "full_text",
    "fulltext",
    "story",
    "text_body",
)


def record_document(
    record: Mapping[str, Any], src: Source, fmt: str, where: str, fallback_id: str
) -> RawDoc | Skip:
    opts = src.options
    values = {name: _value(record, opts.column(name)) for name in FIELDS}
    sid = values["id"] or fallback_id
    text = values["text"]
    if text is None:
        col = opts.column("text")
        return src.skip(
            f"missing field: no {col!r} in this record ({_fields(record)}); "
            f"{missing_hint(record.keys(), record)}",
            where=where,
            source_id=sid,
        )
    if not text.strip():
        return src.skip("empty text", where=where, source_id=sid)
    if len(text.encode("utf-8", "replace")) > opts.max_bytes:
        return src.skip(
            too_large(len(text.encode("utf-8", "replace")), opts.max_bytes),
            where=where,
            source_id=sid,
        )
    meta = {k: values[k] for k in ("title", "url", "outlet", "published", "language")}
    return src.doc(fmt, text, meta, where=where, source_id=sid)


def missing_hint(columns: Iterable[str], record: Mapping[str, Any] | None = None) -> str:
    cols = [str(c) for c in columns]
    guess = next((c for c in cols if c.lower() in TEXT_LIKE), None)
    if guess is None and record:  # the field with the longest string value
        strings = [(len(v), str(k)) for k, v in record.items() if isinstance(v, str)]
        guess = max(strings)[1] if strings else None
    example = guess or (cols[0] if cols else "COLUMN")
    return f"map one with --field text={example}"


def too_large(size: int, limit: int) -> str:
    return (
        f"too large: {size:,} bytes for one document (limit {limit:,}; raise it with --max-bytes)"
    )


def _value(record: Mapping[str, Any], column: str) -> str | None:
    value: Any = record.get(column)
    if value is None and "." in column:
        value = record
        for part in column.split("."):
            value = value.get(part) if isinstance(value, Mapping) else None
    if value is None:
        return None
    if isinstance(value, list):  # e.g. a list of paragraphs
        return "\n\n".join(str(v) for v in value if v is not None)
    return str(value)


def _fields(record: Mapping[str, Any]) -> str:
    keys = list(record.keys())
    shown = ", ".join(str(k) for k in keys[:12]) + (", ..." if len(keys) > 12 else "")
    return f"fields: {shown}" if keys else "no fields"
