"""The clean stage: one RawDoc in, one Article (or a Skip) out."""

from __future__ import annotations

import hashlib
from datetime import date

from newsgraph.config import Settings
from newsgraph.registry import register_stage
from newsgraph.types import Article, RawDoc, Skip


def article_id(raw_text: str) -> str:
    """The stable id: a hash of the whitespace-normalised raw text."""
    norm = " ".join(raw_text.split())
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:16]


@register_stage("clean", kind="raw")
class CleanStage:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def __call__(self, batch: list[RawDoc]) -> list[Article | Skip]:
        return [self.clean_one(r) for r in batch]

    def clean_one(self, raw: RawDoc) -> Article | Skip:
        text = raw.text.strip()
        if not text:
            return Skip(raw.origin, "clean", "no text", source_id=raw.source_id)
        published = raw.meta.get("published")
        pub = date.fromisoformat(published[:10]) if published else None
        return Article(
            id=article_id(raw.text), source_id=raw.source_id, origin=raw.origin,
            format=raw.format, raw_text=raw.text, text=text,
            title=raw.meta.get("title"), url=raw.meta.get("url"), outlet=raw.meta.get("outlet"),
            published=pub, published_source="metadata" if pub else None,
            language=raw.meta.get("language"),
            warnings=() if pub else ("no publication date",),
        )
