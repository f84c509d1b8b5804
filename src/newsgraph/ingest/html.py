"""HTML: the main text and metadata (title, date, site name, URL) via trafilatura.

A page whose main text is missing or shorter than ``IngestOptions.min_words`` words (a
navigation page, a paywall stub, an error page) is a Skip, not an empty article.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from newsgraph.ingest.decode import decode_text, html_declared_charset
from newsgraph.ingest.source import Source
from newsgraph.types import RawDoc, Skip

MAX_DEPTH = 200  # deeper than this, lxml (limit 256) may drop the page's text
_TAG = re.compile(r"<(/?)([A-Za-z][\w:-]*)[^>]*?(/?)>")
_VOID = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ]
)
_CONTAINERS = re.compile(r"</?(?:div|span|section|font|center|table|tbody|tr|td)\b[^>]*>", re.I)
_LANG = re.compile(r"<html[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)?", re.I)


def read_html(data: bytes, src: Source) -> Iterator[RawDoc | Skip]:
    yield html_document(data, src)


def html_document(
    data: bytes,
    src: Source,
    *,
    where: str | None = None,
    source_id: str | None = None,
    declared: str | None = None,
    meta: Mapping[str, str | None] | None = None,
) -> RawDoc | Skip:
    """One HTML page -> a RawDoc with its main text, or a Skip saying why not."""
    if not data.strip():
        return src.skip("empty file", where=where, source_id=source_id)
    decoded = decode_text(data, declared or html_declared_charset(data))
    if decoded is None:
        return src.skip("binary file: not HTML text", where=where, source_id=source_id)
    page = decoded.text
    warnings: tuple[str, ...] = (decoded.warning,) if decoded.warning else ()
    try:
        found = _extract(page, (meta or {}).get("url"))
        text = (getattr(found, "text", None) or "").strip()
        words = len(text.split())
        if words < src.options.min_words and (depth := nesting_depth(page)) > MAX_DEPTH:
            # lxml stops building the tree at 256 levels: what lies deeper is lost. Read the
            # page again without its layout containers (div, span, ...), which hold no text.
            found = _extract(_CONTAINERS.sub(" ", page), (meta or {}).get("url"))
            text = (getattr(found, "text", None) or "").strip()
            words = len(text.split())
            warnings += (f"HTML nested {depth:,} levels deep: read without its div/span tags",)
    except Exception as exc:  # noqa: BLE001 - a page trafilatura cannot read is a Skip
        return src.skip(
            f"unreadable HTML: {type(exc).__name__}: {exc}", where=where, source_id=source_id
        )
    if words < src.options.min_words:
        detail = "none found" if not words else f"only {words} word(s) found"
        return src.skip(
            f"no main text: {detail} (a navigation, paywall or error page?)",
            where=where,
            source_id=source_id,
        )
    lang = _LANG.search(page[:5000])
    found_meta: dict[str, str | None] = {
        "title": getattr(found, "title", None),
        "url": getattr(found, "url", None),
        "outlet": getattr(found, "sitename", None),
        "published": getattr(found, "date", None),
        "language": lang.group(1).lower() if lang else None,
    }
    if found_meta["published"]:
        found_meta["published_source"] = "html"
    for key, value in (meta or {}).items():  # what the container said (WARC) wins
        if value:
            found_meta[key] = value
    return src.doc(
        "html", text, found_meta, where=where, source_id=source_id, html=page, warnings=warnings
    )


def _extract(page: str, url: str | None) -> Any:
    import trafilatura

    return trafilatura.bare_extraction(
        page,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )


def nesting_depth(page: str) -> int:
    """How deep the page's elements nest (open tags not yet closed, at most)."""
    depth = deepest = 0
    for m in _TAG.finditer(page):
        if m.group(3) or m.group(2).lower() in _VOID:
            continue
        depth = max(0, depth - 1) if m.group(1) else depth + 1
        deepest = max(deepest, depth)
    return deepest
