"""The value types of a brief: what was asked, the sources it cites, and what it holds."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any


@dataclass(frozen=True)
class BriefQuery:
    since: str | None = None  # ISO dates (inclusive), of events and of articles' publication
    until: str | None = None
    actor: str | None = None  # actor id or name: only events it takes part in
    query: str | None = None  # full-text search: only events reported by matching articles
    max_events: int = 40  # the timeline's events (most outlets first, shown by date)
    max_actors: int = 4  # actors with framing and quotes
    max_quotes: int = 4  # key quotes per actor
    max_gaps: int = 15


@dataclass(frozen=True)
class Citation:
    """One source sentence the brief cites, numbered in order of first use."""

    n: int
    article_id: str
    sent: int | None
    outlet: str | None
    title: str | None
    published: str | None
    url: str | None
    text: str | None  # the sentence (or the quote), as stored


@dataclass
class Citations:
    """The brief's numbered sources: ``cite`` returns the number of a sentence, adding it."""

    items: list[Citation] = field(default_factory=list)
    _index: dict[tuple[str, int | None, str | None], int] = field(default_factory=dict)

    def cite(self, article_id: str | None, sent: int | None, text: str | None) -> int | None:
        if not article_id:
            return None
        key = (article_id, sent, text if sent is None else None)  # no index: one per text
        if key in self._index:
            return self._index[key]
        n = len(self.items) + 1
        self.items.append(Citation(n, article_id, sent, None, None, None, None, text))
        self._index[key] = n
        return n

    def fill(self, meta: dict[str, dict[str, Any]]) -> None:
        """Outlet, title, date and URL of each cited article."""
        self.items = [
            replace(
                c,
                outlet=m.get("outlet"),
                title=m.get("title"),
                published=m.get("published"),
                url=m.get("url"),
            )
            if (m := meta.get(c.article_id))
            else c
            for c in self.items
        ]


@dataclass
class Brief:
    """Everything a rendering needs; plain values only (no connection, no markup)."""

    query: BriefQuery
    generated: str  # ISO UTC time
    headline: dict[str, Any]  # articles, outlets, events, reports, contradictions, first, last
    outlets: list[dict[str, Any]]  # {outlet, articles}
    timeline: list[dict[str, Any]]
    more_events: int  # events in the window left out of the timeline
    map: dict[str, Any]  # {points, width, height, grid} (see brief/svgmap.py)
    contradictions: list[dict[str, Any]]
    agreements: list[dict[str, Any]]
    actors: list[dict[str, Any]]
    gaps: list[dict[str, Any]]
    citations: Citations
    origin: str = "canonical"  # canonical (events clustered across outlets) | reports
    notes: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.headline.get("articles")
