"""Fixtures of the quote tests: the quote extractor on one made-up text, parsed by the real
model."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.extract.quotes import extract_quotes
from newsgraph.extract.quotes.sources import Demonyms
from newsgraph.types import Mention, Quote


@pytest.fixture(scope="module")
def demonyms() -> Demonyms:
    return Demonyms()


@pytest.fixture
def quotes(nlp: Any, demonyms: Demonyms) -> Any:
    def run(
        text: str, mentions: tuple[Mention, ...] = (), outlet: str | None = None
    ) -> list[Quote]:
        return extract_quotes(nlp(text), "a1", mentions, demonyms, outlet)

    return run
