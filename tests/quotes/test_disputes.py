"""Denials must take the claim as their object (issue 19): cues that are not asserted, or whose
object is not a claim, are not disputes."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.extract.quotes import extract_quotes
from newsgraph.extract.quotes.sources import Demonyms

pytestmark = pytest.mark.model


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
        # the object is a demand; the words after the colon are the next clause's
        "The president angrily rejected the demands, but the message from the capital was "
        "crystal clear: don't mess with us.",
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


def test_a_counter_claim_is_not_read_as_the_claim_it_answers(nlp: Any, demonyms: Demonyms) -> None:
    """ "countered that ... a statement by the opposition ..." is the envoy's own claim: the
    opposition is not the one whose claim he disputes."""
    text = (
        "The envoy countered that apart from one mistaken statement by the opposition at the "
        "talks, it had not set preconditions for the negotiations."
    )
    found = _disputes(nlp, demonyms, text)
    assert all(not (d.get("claim_by") or {}).get("text") for d in found), found
