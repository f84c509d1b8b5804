"""RSS and Atom through feedparser: the feed's title (its outlet) and its entries' metadata.

feedparser is lenient: it reads what it can of broken XML and flags it (``bozo``). A document
with no feed version and no entry with a link is "not a feed" (an HTML page, an error page,
broken XML); broken XML that still gives entries is read, with a warning kept on the source.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

import feedparser

from newsgraph.watch.model import FeedEntry

_HARMLESS = (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)


class FeedError(Exception):
    """The document is not a readable feed."""


@dataclass(frozen=True)
class Feed:
    title: str | None
    entries: tuple[FeedEntry, ...]
    warning: str | None = None  # e.g. "malformed XML: ..." when entries were still read
    no_link: int = 0  # entries passed over: no link to an article page


def parse_feed(data: bytes, base_url: str, content_type: str | None = None) -> Feed:
    """``content_type``: as the server sent it (None for a local file: read as XML)."""
    headers = {"content-location": base_url, "content-type": content_type or "application/xml"}
    parsed: Any = feedparser.parse(data, response_headers=headers)
    entries: list[FeedEntry] = []
    no_link = 0
    for e in parsed.entries:
        link = (e.get("link") or "").strip()
        if link.startswith("file://") and not link.startswith("file:///"):
            link = "file:///" + link[7:]  # feedparser drops a file: URI's empty authority
        if link:
            link = urljoin(base_url, link)
        if not link or urlsplit(link).scheme not in ("http", "https", "file", ""):
            no_link += 1
            continue
        key = (e.get("id") or "").strip() or link
        entries.append(
            FeedEntry(
                key=key,
                link=link,
                title=(e.get("title") or "").strip() or None,
                published=_iso(_get(e, "published_parsed") or _get(e, "updated_parsed")),
                version=_stamp(_get(e, "updated_parsed") or _get(e, "published_parsed")),
            )
        )
    problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if isinstance(problem, _HARMLESS):  # a charset or content type that was overridden
        problem = None
    if not parsed.get("version") and not entries:
        why = f": {_short(problem)}" if problem else ""
        what = f" (content type {content_type})" if content_type else ""
        raise FeedError(f"not an RSS or Atom feed{what}{why}")
    if problem is not None and not entries:
        raise FeedError(f"malformed feed XML, no entries read: {_short(problem)}")
    warning = f"malformed feed XML ({_short(problem)}); read what it could" if problem else None
    title = (parsed.feed.get("title") or "").strip() or None
    return Feed(title, tuple(entries), warning, no_link)


def _get(entry: Any, key: str) -> Any:
    """A field as the feed gave it (feedparser's own ``get`` maps ``updated_parsed`` to
    ``published_parsed`` with a deprecation warning)."""
    return dict.get(entry, key)


def _iso(t: time.struct_time | None) -> str | None:
    if not t:
        return None
    try:
        return time.strftime("%Y-%m-%d", t)
    except (TypeError, ValueError):
        return None


def _stamp(t: time.struct_time | None) -> str:
    if not t:
        return ""
    try:
        return time.strftime("%Y-%m-%dT%H:%M:%S", t)
    except (TypeError, ValueError):
        return ""


def _short(exc: object) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:200]
