"""The fuzzy index remembers its answers: the same as computed afresh, and bounded."""

from __future__ import annotations

import pytest

from newsgraph.config import Settings
from newsgraph.resolve import fuzzy as fuzzy_mod
from newsgraph.resolve.actors import load_kb
from newsgraph.resolve.fuzzy import FuzzyIndex

NAMES = [
    ("Abbas Araghchy", "PERSON"),
    ("Recep Tayip Erdogan", "PERSON"),
    ("Hayat Tahrir al Sham", "ORG"),
    ("Hizbollah", "ORG"),
    ("Sana'a", "ORG"),
    ("Maria Kowalczyk", "PERSON"),
    ("Iran", "GPE"),
]


@pytest.fixture(scope="module")
def index() -> FuzzyIndex:
    return FuzzyIndex(load_kb(Settings()))


def test_remembered_answers_are_the_computed_ones(index: FuzzyIndex) -> None:
    for text, label in NAMES:
        for _ in range(2):  # computed, then remembered
            assert index.match(text, label, 85.0) == index._match(text, label, 85.0)
            assert index.near(text, label) == index._near(text, label, fuzzy_mod.NEAR_SCORE)
    # the threshold is part of the question
    assert index.match("Hizbollah", "ORG", 100.0) == index._match("Hizbollah", "ORG", 100.0)


def test_memo_is_bounded(index: FuzzyIndex, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fuzzy_mod, "MEMO_SIZE", 3)
    index._memo.clear()
    for text, label in NAMES:
        index.match(text, label, 85.0)
        assert len(index._memo) <= 3
