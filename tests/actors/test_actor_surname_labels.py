"""A surname after a full name whatever label the NER gives it, a surname two people of the
article share, and he/she links that disagree with what the article says of the person
(branch act14).

Real model and shipped KB; each text is made up to test one rule (no corpus sentences). Where
a rule turns on the NER's label, the label is set by hand, so the test does not depend on what
the model happens to tag.
"""

from __future__ import annotations

from datetime import date

from tests.actors.resolving import covering

from newsgraph.resolve.mentions import ActorStage, resolve_doc
from newsgraph.types import Mention

DAY = date(2019, 2, 20)


def _with_labels(  # type: ignore[no-untyped-def]
    nlp, stage: ActorStage, text: str, labels: list[tuple[str, int, str]]
) -> list[Mention]:
    """``text`` resolved with these entities only: (words, which occurrence, label)."""
    doc = nlp(text)
    spans = []
    for words, nth, label in labels:
        start = -1
        for _ in range(nth + 1):
            start = text.index(words, start + 1)
        span = doc.char_span(start, start + len(words), label=label)
        assert span is not None
        spans.append(span)
    doc.ents = sorted(spans, key=lambda s: s.start)
    return resolve_doc(doc, "t", DAY, stage.kb, stage.fuzzy, 88.0)


def _at(ms: list[Mention], text: str, words: str, nth: int) -> list[Mention]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return [m for m in ms if m.start <= start < m.end]


TEXT = (
    "Tamsin Okoro, a nurse from Leeds, was detained at the border last week. "
    "The charges against Okoro were dropped on Monday."
)


def test_a_surname_the_ner_tags_as_a_place_is_the_person(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    """ "Okoro" tagged GPE (or ORG) after "Tamsin Okoro": her, not a place left unresolved."""
    for label in ("GPE", "ORG"):
        ms = _with_labels(nlp, stage, TEXT, [("Tamsin Okoro", 0, "PERSON"), ("Okoro", 1, label)])
        full = _at(ms, TEXT, "Tamsin Okoro", 0)
        short = _at(ms, TEXT, "Okoro", 1)
        assert full and full[0].actor_id == "tamsin-okoro"
        assert [m.actor_id for m in short] == ["tamsin-okoro"], label


def test_a_place_named_like_the_person_stays_a_place(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    """ "in Okoro": a place, whoever of that name the article named."""
    text = "Tamsin Okoro, a nurse, was detained last week. Soldiers arrived in Okoro on Monday."
    ms = _with_labels(nlp, stage, text, [("Tamsin Okoro", 0, "PERSON"), ("Okoro", 1, "GPE")])
    assert all(m.actor_id != "tamsin-okoro" for m in _at(ms, text, "Okoro", 1))


def test_a_surname_two_people_share_is_neither(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    """ "Tamsin Okoro ... her father, Daniel Okoro ... Okoro": which one is not ours to say,
    whatever the NER's label."""
    text = (
        "Tamsin Okoro, a nurse, was detained last week. Her father, Daniel Okoro, flew to "
        "the capital. The charges against Okoro were dropped on Monday."
    )
    for label in ("PERSON", "GPE"):
        ms = _with_labels(
            nlp,
            stage,
            text,
            [("Tamsin Okoro", 0, "PERSON"), ("Daniel Okoro", 0, "PERSON"), ("Okoro", 2, label)],
        )
        assert all(m.actor_id is None for m in _at(ms, text, "Okoro", 2)), label


def test_a_pronoun_of_the_other_gender_is_not_the_person(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    """ "Ms Okoro" and "She" say the person is a woman: the "He" after her (her husband, in
    the reader's eyes) is not linked to her."""
    text = (
        "Tamsin Okoro said the clinic would close. She said it had run out of money. "
        "Ms Okoro stayed at the clinic overnight. He said the roof was leaking."
    )
    ms = _with_labels(nlp, stage, text, [("Tamsin Okoro", 0, "PERSON"), ("Okoro", 1, "PERSON")])
    she = covering(ms, text, "She")
    assert [m.actor_id for m in she] == ["tamsin-okoro"]
    assert covering(ms, text, "He said") == []


def test_a_pronoun_of_the_same_gender_stays(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Tamsin Okoro said the clinic would close. Ms Okoro stayed at the clinic overnight. "
        "She said the roof was leaking."
    )
    ms = _with_labels(nlp, stage, text, [("Tamsin Okoro", 0, "PERSON"), ("Okoro", 1, "PERSON")])
    assert [m.actor_id for m in covering(ms, text, "She")] == ["tamsin-okoro"]


def test_a_pronoun_inside_a_quotation_is_left_alone(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    """ "“He told me he was kept alone”": the speaker's he, not the last subject's."""
    text = (
        "Tamsin Okoro visited the prison on Tuesday. “He told me he was kept alone,” said a "
        "lawyer. Okoro left the town. He said the roads were closed."
    )
    ms = _with_labels(nlp, stage, text, [("Tamsin Okoro", 0, "PERSON"), ("Okoro", 1, "PERSON")])
    assert covering(ms, text, "He told") == []
    assert [m.actor_id for m in covering(ms, text, "He said")] == ["tamsin-okoro"]


def test_one_person_by_two_forms_of_the_first_name(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    """ "Oliver Okoro ... Ollie Okoro ... Okoro": one person named two ways, not two people
    sharing a surname (the nearer name's actor; the store joins the two forms by
    ``person_name_variants``)."""
    text = (
        "Oliver Okoro, a builder, was detained last week. Friends said Ollie Okoro had gone "
        "to help. The charges against Okoro were dropped on Monday."
    )
    ms = _with_labels(
        nlp,
        stage,
        text,
        [("Oliver Okoro", 0, "PERSON"), ("Ollie Okoro", 0, "PERSON"), ("Okoro", 2, "GPE")],
    )
    assert [m.actor_id for m in _at(ms, text, "Okoro", 2)] == ["ollie-okoro"]
