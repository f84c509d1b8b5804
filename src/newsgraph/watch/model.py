"""The value types of a watch: a source, an entry a feed gives, and what a round did."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class WatchSource:
    """One thing to watch: a folder, or a feed (an http(s) URL or a local RSS/Atom file)."""

    spec: str  # absolute folder path, feed URL, or absolute feed file path
    kind: str  # folder | feed


@dataclass(frozen=True)
class FeedEntry:
    """One feed item, with the metadata the feed gives for it."""

    key: str  # guid, else link
    link: str
    title: str | None = None
    published: str | None = None  # ISO date, or None when the item has none
    version: str = ""  # the item's updated date: a new version is fetched again

    def as_item(self, outlet: str | None) -> dict[str, Any]:
        return {
            "key": self.key,
            "version": self.version,
            "link": self.link,
            "title": self.title,
            "published": self.published,
            "outlet": outlet,
        }


@dataclass
class SourceReport:
    """What one round did with one source."""

    source: str
    kind: str
    status: str = "ok"  # ok | failed | waiting (backing off) | unchanged (HTTP 304)
    new_items: int = 0  # items first seen (or changed) this round
    ingested: int = 0  # new articles stored
    unchanged: int = 0  # already stored
    skipped: int = 0  # items given up on or skipped by the pipeline, each with a reason
    retrying: int = 0  # items left pending after a transient failure
    error: str | None = None
    messages: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items()}


@dataclass
class RoundReport:
    started: str
    sources: list[SourceReport] = field(default_factory=list)
    analysis: Any = None

    @property
    def ingested(self) -> int:
        return sum(s.ingested for s in self.sources)

    @property
    def failed_sources(self) -> int:
        return sum(1 for s in self.sources if s.status == "failed")

    def as_dict(self) -> dict[str, Any]:
        return {
            "started": self.started,
            "ingested": self.ingested,
            "failed_sources": self.failed_sources,
            "sources": [s.as_dict() for s in self.sources],
        }
