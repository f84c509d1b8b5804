"""Denials must take the claim as their object (issue 19): cues that are not asserted, or whose
object is not a claim, are not disputes."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.extract.quotes import extract_quotes
from newsgraph.extract.quotes.sources import Demonyms

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def demonyms() -> Demonyms:
    return Demonyms()


def _disputes(nlp: Any, demonyms: Demonyms, text: str) -> list[dict[str, Any]]:
    doc = nlp(text)
    return [d for q in extract_quotes(doc, "a1", (), demonyms) for d in q.disputes]


@pytest.mark.parametrize(
    "text",
    [
        "There's no denying that the ceasefire has saved lives, the minister said.",
        "The ministry did not deny that its forces had entered the town.",
        "The minister has insisted that the talks will go ahead despite the report.",
        "The council rejected the proposal to extend the mandate, a diplomat said.",
    ],
)
def test_not_a_dispute(nlp: Any, demonyms: Demonyms, text: str) -> None:
    assert _disputes(nlp, demonyms, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Turkish foreign ministry denied that Ankara had backed the rebels.",
        "The army rejected claims that its jets had struck the hospital.",
        "Moscow dismissed reports that Russian aircraft had bombed the market.",
    ],
)
def test_a_dispute(nlp: Any, demonyms: Demonyms, text: str) -> None:
    assert _disputes(nlp, demonyms, text), text
