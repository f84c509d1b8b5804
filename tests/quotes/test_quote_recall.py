"""Attributions the extractor used to miss (recall on news in general), and their negatives.

Made-up sentences, parsed by the real model."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.types import Quote

pytestmark = pytest.mark.model


def _by_cue(qs: list[Quote], speaker: str) -> Quote:
    found = [q for q in qs if q.speaker is not None and q.speaker.text == speaker]
    assert found, [(q.speaker and q.speaker.text, q.cue, q.content) for q in qs]
    return found[0]


# -- a quote in the paragraph before, hung on the cue by the parser ---------------------------


def test_clause_of_the_paragraph_before_is_not_the_content(quotes: Any) -> None:
    """The parser makes the quotation that ends the paragraph before a second complement of
    "said": the content is the clause after the cue, and the quotation is not the ministry's."""
    qs = quotes(
        "“Why should anyone be surprised?”\n\n"
        "The ministry said it was doing its best to follow the rules parliament set."
    )
    q = _by_cue(qs, "The ministry")
    assert q.content == "it was doing its best to follow the rules parliament set"
    assert q.kind == "indirect"
    assert all(q.content != "Why should anyone be surprised?" or q.speaker is None for q in qs)


def test_opening_phrase_is_not_the_content_when_a_clause_follows(quotes: Any) -> None:
    qs = quotes(
        "“That was lunch at the embassy with the ambassador.”\n\n"
        "Like an old colleague, Moreno said it is sometimes hard for him to watch the attacks "
        "on his friend."
    )
    q = _by_cue(qs, "Moreno")
    assert q.content == "it is sometimes hard for him to watch the attacks on his friend"


# -- a verb of saying with a plain object: what was said, in summary ---------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The ministry announced the closure of the border crossing on Monday.",
            "The ministry",
            "the closure of the border crossing",
        ),
        (
            "The senator denied the allegations against her chief of staff.",
            "The senator",
            "the allegations against her chief of staff",
        ),
        (
            "Ortega cited rising fuel costs for the delay.",
            "Ortega",
            "rising fuel costs for the delay",
        ),
    ],
)
def test_object_of_a_verb_of_saying_is_what_was_said(
    quotes: Any, text: str, speaker: str, content: str
) -> None:
    q = _by_cue(quotes(text), speaker)
    assert q.content == content and q.kind == "indirect" and q.method == "dependency"


@pytest.mark.parametrize(
    "text",
    [
        "The minister told reporters.",  # the object is the listener
        "She denied it.",  # a pronoun: nothing to read
        "He wrote a book about the war.",  # writing is not saying
        "The latest poll shows a narrow lead for the governor.",  # polls "show": not speech
        "The closure of the crossing was announced on Monday.",  # passive: no speaker
        "The government denied the opposition party the victory.",  # two objects: not speech
        # verbs that dispute a claim only when their object is one: else they refuse, grant,
        # fire or go against something
        "Israel denied entry to the activists on Monday.",
        "The court denied bail to the suspect.",
        "The minister rejected the proposal.",
        "The president dismissed the minister.",
        "The decision contradicted the advice of his generals.",
    ],
)
def test_objects_that_are_not_what_was_said(quotes: Any, text: str) -> None:
    assert quotes(text) == []


def test_a_quotation_beside_the_cue_wins_over_its_object(quotes: Any) -> None:
    qs = quotes("The minister announced the plan on Monday: “We will build it within a year.”")
    q = _by_cue(qs, "The minister")
    assert q.content == "We will build it within a year." and q.kind == "direct"
    assert len(qs) == 1


# -- verbs of saying and of condemning that were missing ----------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        (
            "The mayor decried the closure of the clinic.",
            "The mayor",
            "decried",
            "the closure of the clinic",
        ),
        (
            "The opposition leader assailed the minister for the delays.",
            "The opposition leader",
            "assailed",
            "the minister for the delays",
        ),
        (
            "The union leader bragged that the strike had shut every port.",
            "The union leader",
            "bragged",
            "that the strike had shut every port",
        ),
        (  # "call on someone to do something" is urging them: who was urged is in the content
            "The senator called on the government to release the prisoners.",
            "The senator",
            "called",
            "the government to release the prisoners",
        ),
    ],
)
def test_more_verbs_of_saying(quotes: Any, text: str, speaker: str, cue: str, content: str) -> None:
    q = _by_cue(quotes(text), speaker)
    assert (q.cue, q.content) == (cue, content)


@pytest.mark.parametrize(
    "text",
    [
        "She called on her neighbour at home.",  # a visit: nothing to do
        "He pleaded guilty to fraud.",
    ],
)
def test_the_same_verbs_with_nothing_said(quotes: Any, text: str) -> None:
    assert quotes(text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Moscow denied involvement in the attack.", "Moscow", "involvement in the attack"),
        ("The group denied any role in the killing.", "The group", "any role"),
        ("The senator rejected the accusations.", "The senator", "the accusations"),
        (
            "Two ministers contradicted the president's assessment of the war.",
            "Two ministers",
            "the president's assessment of the war",
        ),
    ],
)
def test_a_claim_or_a_deniable_part_is_what_a_denial_verb_disputes(
    quotes: Any, text: str, speaker: str, content: str
) -> None:
    q = _by_cue(quotes(text), speaker)
    assert q.content.startswith(content)  # the parser may hang a last phrase on the verb
