"""Plain text. Leading metadata such as `` date 2025-03-14`` is read as metadata, not text.

Recognised at the very top of a file, one after another:

- ``date 2025-03-14`` / ``published: 2025-03-14T10:00Z`` (an ISO date must follow; the rest of
  the line, if any, is text: scrapers often glue the date to the first sentence);
- ``url: https://...`` (the URL must follow);
- ``title: ...``, ``outlet: ...``, ``source: ...``, ``language: en``, ``author: ...`` (a colon
  or ``=`` is required, and the value is the whole line);
- a YAML-style front-matter block between ``---`` lines holding ``key: value`` lines.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsgraph.ingest.decode import decode_text
from newsgraph.ingest.source import Source
from newsgraph.types import RawDoc, Skip

_DATE_HEAD = re.compile(
    r"^[ \t]*(?:date|published|pubdate|publication[ _]date)[ \t]*[:=]?[ \t]*"
    r"(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)"
    r"(?![\d-])[ \t]*",
    re.I,
)
_URL_HEAD = re.compile(r"^[ \t]*url[ \t]*[:=]?[ \t]*(https?://\S+)[ \t]*", re.I)
_KEY_HEAD = re.compile(
    r"^[ \t]*(title|headline|outlet|source|publisher|language|lang|author|byline)[ \t]*[:=]"
    r"[ \t]*(\S[^\n]*?)[ \t]*(?:\n|$)",
    re.I,
)
_FRONT = re.compile(r"^---[ \t]*\n((?:[A-Za-z_][\w ]*:[^\n]*\n){1,40})---[ \t]*(?:\n|$)")
_KEYS = {
    "date": "published",
    "published": "published",
    "pubdate": "published",
    "publication date": "published",
    "publication_date": "published",
    "headline": "title",
    "title": "title",
    "outlet": "outlet",
    "source": "outlet",
    "publisher": "outlet",
    "language": "language",
    "lang": "language",
    "url": "url",
    "author": "author",
    "byline": "author",
}


def read_text(data: bytes, src: Source) -> Iterator[RawDoc | Skip]:
    if not data.strip():
        yield src.skip("empty file" if not data else "empty file: only whitespace")
        return
    decoded = decode_text(data)
    if decoded is None:
        yield src.skip("binary file: not text in any encoding charset detection knows")
        return
    yield from text_document(
        decoded.text, src, "text", warnings=(decoded.warning,) if decoded.warning else ()
    )


def text_document(
    text: str, src: Source, fmt: str, *, warnings: tuple[str, ...] = ()
) -> Iterator[RawDoc | Skip]:
    meta, body = split_header(text)
    if not body.strip():
        yield src.skip("empty file: no text after the metadata lines" if meta else "empty file")
        return
    yield src.doc(fmt, body, meta, warnings=warnings)


def split_header(text: str) -> tuple[dict[str, str | None], str]:
    """(metadata, the text after it) for a text that may begin with metadata lines."""
    meta: dict[str, str | None] = {}
    rest = text.lstrip("\ufeff")
    m = _FRONT.match(rest)
    if m:
        for line in m.group(1).splitlines():
            key, _, value = line.partition(":")
            name = _KEYS.get(key.strip().lower())
            if name and value.strip():
                meta.setdefault(name, value.strip().strip("\"'"))
        rest = rest[m.end() :]
    while True:
        stripped = rest.lstrip("\n")
        m = _DATE_HEAD.match(stripped)
        if m and "published" not in meta:
            meta["published"] = m.group(1)
            rest = stripped[m.end() :]
            continue
        m = _URL_HEAD.match(stripped)
        if m and "url" not in meta:
            meta["url"] = m.group(1)
            rest = stripped[m.end() :]
            continue
        m = _KEY_HEAD.match(stripped)
        if m:
            name = _KEYS[m.group(1).lower()]
            if name not in meta:
                meta[name] = m.group(2)
                rest = stripped[m.end() :]
                continue
        break
    return meta, (rest.lstrip("\n") if meta else rest)
