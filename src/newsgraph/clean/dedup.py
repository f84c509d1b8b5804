"""Near duplicates and wire copies, by SimHash over word shingles, banded for lookup in SQL."""

from __future__ import annotations

from newsgraph.config import Settings
from newsgraph.store import Store
from newsgraph.types import Article


class Deduplicator:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def signature(self, article: Article) -> int | None:
        return None

    def link(self, batch: list[Article], store: Store) -> list[Article]:
        return batch
