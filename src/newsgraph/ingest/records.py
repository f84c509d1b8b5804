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
    values: dict[str, str | None] = {}
    wrong: list[str] = []
    for name in FIELDS:
        try:
            values[name] = _value(record, opts.column(name), name)
        except WrongType as exc:
            values[name] = None
            wrong.append(str(exc))
    sid = values["id"] or fallback_id
    if wrong:
        return src.skip(f"wrong type: {'; '.join(wrong)}", where=where, source_id=sid)
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


def too_large(size: int, limit: int, *, exact: bool = True) -> str:
    """``exact=False``: the input was read only to ``size`` bytes (a stream), it holds more."""
    amount = f"{size:,} bytes" if exact else f"more than {limit:,} bytes"
    return f"too large: {amount} for one document (limit {limit:,}; raise it with --max-bytes)"


class WrongType(ValueError):
    """A field whose JSON value is of a type the field cannot hold."""


# What each field may hold besides a string. Numbers: an ``id`` and a ``published`` (Unix
# seconds) are written in decimal; a ``text`` may be a list of strings (paragraphs).
_NUMBER_FIELDS = ("id", "published")


def _value(record: Mapping[str, Any], column: str, name: str = "text") -> str | None:
    value: Any = record.get(column)
    if value is None and "." in column:
        value = record
        for part in column.split("."):
            value = value.get(part) if isinstance(value, Mapping) else None
    if value is None or isinstance(value, str):
        return value
    if name == "text" and isinstance(value, list):  # a list of paragraphs
        if all(isinstance(v, str) or v is None for v in value):
            return "\n\n".join(v for v in value if v is not None)
        raise WrongType(f"{column!r} is a list holding {_kinds(value)}; expected strings")
    if name in _NUMBER_FIELDS and isinstance(value, int | float) and not isinstance(value, bool):
        if isinstance(value, float) and not value.is_integer():
            return repr(value) if name == "published" else _refuse(column, value, name)
        return str(int(value))
    return _refuse(column, value, name)


def _refuse(column: str, value: Any, name: str) -> str:
    expected = "a string" + (" or a number" if name in _NUMBER_FIELDS else "")
    if name == "text":
        expected += " (or a list of strings)"
    raise WrongType(f"{column!r} is {_kind(value)}; expected {expected}")


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return f"a {type(value).__name__}"


def _kinds(values: list[Any]) -> str:
    return ", ".join(sorted({_kind(v) for v in values if not isinstance(v, str)}))


def _fields(record: Mapping[str, Any]) -> str:
    keys = list(record.keys())
    shown = ", ".join(str(k) for k in keys[:12]) + (", ..." if len(keys) > 12 else "")
    return f"fields: {shown}" if keys else "no fields"
