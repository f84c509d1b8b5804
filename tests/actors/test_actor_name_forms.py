"""Names beyond the KB's spelling (branch act13): a full name whose first name is another form
of the KB person's ("Charles Schumer" for the KB's "Chuck Schumer"), and the spans and rules
that decide which unresolved names become corpus actors.

Real model and shipped KB; each text is made up to test one rule (no corpus sentences).
"""

from __future__ import annotations

from datetime import date

from tests.actors.resolving import covering, run

from newsgraph.names import given_name_forms, same_given_name
from newsgraph.resolve.mentions import ActorStage, resolve_doc


def test_given_name_forms() -> None:
    assert same_given_name("Chuck", "Charles")
    assert same_given_name("bill", "William")
    assert same_given_name("Jimmy", "Jim")
    assert not same_given_name("Jack", "John")
    assert not same_given_name("Kevin", "Kamala")
    assert given_name_forms("Charles") == {"charlie", "chuck"}
    assert "william" in given_name_forms("Bill")
    assert given_name_forms("Kevin") == set()


def test_a_short_form_of_the_first_name_is_the_kb_person(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    """ "Charles Schumer" is the KB's "Chuck Schumer" named in full, not a corpus actor of
    his own (the first name used to contradict the KB's)."""
    text = "The budget plan was attacked on Monday by Charles Schumer, who called it cruel."
    ms = run(nlp, stage, text, date(2022, 5, 3))
    hits = covering(ms, text, "Charles")
    assert [m.actor_id for m in hits] == ["chuck-schumer"]
    assert hits[0].text == "Charles Schumer"


def test_a_short_form_picks_one_of_a_shared_surname(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    """ "William Clinton": of the two KB Clintons, the one whose first name it is a form of."""
    text = "The committee heard from William Clinton about the trade deal on Friday."
    ms = run(nlp, stage, text, date(2009, 6, 12))
    assert [m.actor_id for m in covering(ms, text, "William")] == ["bill-clinton"]


def test_a_full_name_by_another_form_of_the_first_name(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    """A full name the NER gives whole, whose KB spelling has another form of the first name
    ("Thomas Ridge" for the KB's "Tom Ridge"): that person (it used to be a corpus actor)."""
    text = "Energy officials met Thomas Ridge on Monday to discuss the pipeline."
    ms = run(nlp, stage, text, date(2004, 3, 1))
    assert [m.actor_id for m in covering(ms, text, "Thomas")] == ["tom-ridge"]


def test_another_first_name_still_contradicts(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    """A first name that is no form of the KB person's is someone else ("Kevin Schumer")."""
    text = "The budget plan was attacked on Monday by Kevin Schumer, who called it cruel."
    ms = run(nlp, stage, text, date(2022, 5, 3))
    assert all(m.actor_id != "chuck-schumer" for m in covering(ms, text, "Kevin"))


def test_a_near_person_needs_a_near_first_name(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    """A full name whose surname is close to a KB person's but whose first name is another
    name ("Aida" is not "Emma": one first letter is not enough) is no candidate of that
    person: it becomes a corpus actor (it used to stay unresolved with Emma Bonino as its
    candidate, which never makes a corpus actor)."""
    text = "Outside the court, Aida Bonnin said the crowd would stay."
    ms = run(nlp, stage, text, date(2020, 3, 1))
    hits = covering(ms, text, "Aida")
    assert [m.actor_id for m in hits] == ["aida-bonnin"]
    assert hits[0].candidates == ()


def test_a_candidate_organisation_has_a_similar_length(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    """ "The New Yorker" is not close to "New IRA" (keys of very different lengths): a corpus
    organisation, not a mention left with the IRA as candidate."""
    text = "In The New Yorker's profile, doctors spoke about him."
    ms = run(nlp, stage, text, date(2016, 9, 15))
    assert [m.actor_id for m in covering(ms, text, "New Yorker")] == ["new-yorker"]


def test_a_lone_person_name_of_an_organisation(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    """The NER tags a company's one-word name PERSON in one sentence and ORG in another: the
    lone PERSON name is the organisation the article names in the same words."""
    text = (
        "The cereal maker Pemberton reported lower earnings. A Pemberton officer said the "
        "plant was delayed. Pemberton indicated that it has room to grow."
    )
    ms = run(nlp, stage, text, date(1990, 4, 3))
    assert {m.actor_id for m in ms if m.text == "Pemberton"} == {"pemberton"}


def test_a_lone_person_name_stays_a_person_without_the_organisation(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    text = "The cereal maker reported lower earnings. Pemberton indicated that it has room to grow."
    ms = run(nlp, stage, text, date(1990, 4, 3))
    assert all(m.actor_id is None for m in covering(ms, text, "Pemberton"))


def test_a_verb_opening_a_quotation_is_no_first_name(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    """ "Observe Trump ..." opening a quoted tweet: the capitalised word before the KB
    surname is no given name the KB knows, so the span is no corpus actor (unresolved, the
    KB person its candidate); a known first name there still makes one ("Kevin Trump")."""
    text = (
        "Donald Trump spoke at the rally. Howard tweeted, “Observe Trump sneezing again. "
        "Allergic?” “Kevin Trump is a cousin,” she said."
    )
    ms = run(nlp, stage, text, date(2016, 9, 28))
    observe = covering(ms, text, "Observe")
    assert observe and all(m.actor_id is None for m in observe)
    assert observe[0].candidates == ("donald-trump",)
    assert [m.actor_id for m in covering(ms, text, "Kevin")] == ["kevin-trump"]


def test_a_name_before_an_institution_is_not_glued_to_it(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    """A person's name right before a KB institution whose words are not all capitalised
    ("... Markeshkov Russian military intelligence", a text that lost its comma) is not one
    longer person's name ("Lewis Hamilton"-like): the institution stays the institution."""
    from spacy.tokens import Span

    text = (
        "Teodor Markeshkov spoke on Monday. According to Markeshkov Russian military "
        "intelligence had tracked the convoy."
    )
    doc = nlp(text)
    words = [t.text for t in doc]
    first, second = words.index("Markeshkov"), words.index("Markeshkov", 2)
    russian = words.index("Russian")
    doc.ents = [
        Span(doc, first - 1, first + 1, label="PERSON"),
        Span(doc, second, second + 1, label="PERSON"),
        Span(doc, russian, russian + 3, label="ORG", span_id="RUS.GRU"),
    ]
    ms = resolve_doc(doc, "t", date(2017, 11, 20), stage.kb, stage.fuzzy, 88.0)
    start = text.index("Russian")
    assert [m.actor_id for m in ms if m.start <= start < m.end] == ["RUS.GRU"]
