"""Bare surnames and one-word names resolved only in context; local aliases ("the Senate").

Real model and shipped KB; each text is written to test one rule (no corpus sentences).
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from tests.actors.resolving import run

from newsgraph.config import Settings
from newsgraph.errors import KnowledgeBaseError
from newsgraph.resolve.actors import load_kb
from newsgraph.resolve.context import pick_local, plausible_first_name
from newsgraph.resolve.fuzzy import same_person
from newsgraph.resolve.kb import translit_key
from newsgraph.resolve.mentions import ActorStage, resolve_doc
from newsgraph.resolve.surnames import known_spells, surname_in_context
from newsgraph.types import Mention


def one(ms: list[Mention], text: str) -> Mention:
    hits = [m for m in ms if m.text == text]
    assert hits, [m.text for m in ms]
    return hits[0]


def test_surnames_are_their_own_alias_kind(stage: ActorStage) -> None:
    hits = stage.kb.lookup("Mattis")
    assert [(h.actor_id, h.kind) for h in hits] == [("jim-mattis", "surname")]


def test_a_generational_suffix_is_not_the_surname(stage: ActorStage) -> None:
    """ "Surangel Whipps Jr.": the surname alias is "Whipps", and "Whipps" is no given name."""
    assert [(h.actor_id, h.kind) for h in stage.kb.lookup("Whipps")] == [
        ("surangel-whipps", "surname")
    ]
    assert not stage.kb.lookup("Jr")


def test_a_bare_surname_without_context_stays_a_candidate(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    m = one(
        run(nlp, stage, "Mattis said on Monday that the plan would work.", date(2017, 6, 1)),
        "Mattis",
    )
    assert m.actor_id is None and m.candidates == ("jim-mattis",)


def test_a_bare_surname_resolves_with_its_state_named(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    text = "The Pentagon confirmed the strike. Mattis said on Monday that the plan would work."
    assert one(run(nlp, stage, text, date(2017, 6, 1)), "Mattis").actor_id == "jim-mattis"
    # ... but not when the person held no office that day (a defence secretary is no leader)
    assert one(run(nlp, stage, text, date(2021, 6, 1)), "Mattis").actor_id is None


def test_title_and_surname_are_distinctive(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    ms = run(nlp, stage, "Defense Secretary Mattis said the plan would work.", date(2020, 6, 1))
    assert one(ms, "Mattis").actor_id == "jim-mattis"


def test_a_full_name_earlier_in_the_article_resolves_the_surname(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    text = "Jim Mattis spoke to reporters. Later, Mattis said the plan would work."
    ms = run(nlp, stage, text, date(2021, 6, 1))
    assert [m.actor_id for m in ms if "Mattis" in m.text] == ["jim-mattis", "jim-mattis"]


def test_leaders_stay_known_by_surname(stage: ActorStage) -> None:
    obama = stage.kb.get("barack-obama")
    assert obama is not None
    assert known_spells(obama, date(2019, 1, 1))  # a former president
    assert surname_in_context(obama, date(2019, 1, 1), None, {"USA"})
    assert not surname_in_context(obama, date(2019, 1, 1), None, {"FRA"})
    mattis = stage.kb.get("jim-mattis")
    assert mattis is not None and not known_spells(mattis, date(2021, 1, 1))


def test_one_word_person_names_need_an_identical_key(stage: ActorStage) -> None:
    assert stage.fuzzy.match("Patriot", "PERSON", 88.0) is None  # not Antonio Patriota
    assert stage.fuzzy.match("Londoner", "PERSON", 88.0) is None
    assert stage.fuzzy.match("Sana'a", "ORG", 88.0) is None  # the city, not SANA


def test_fuzzy_people_need_close_surnames_and_given_names() -> None:
    def key(x: str) -> str:
        return translit_key(x)

    assert same_person(key("James Matthis"), key("James Mattis"))
    assert not same_person(key("John Cantlie"), key("John Kelly"))
    assert not same_person(key("Abu Ahmed"), key("Abiy Ahmed"))  # a kunya is no given name
    assert not same_person(key("Mohammad al-Momani"), key("Mohamed al-Menfi"))


def test_a_surname_followed_by_a_name_is_someone_elses_first_name(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    ms = run(
        nlp,
        stage,
        "Iraq's parliament met. Salih Omar, a farmer, said the vote was fair.",
        date(2019, 2, 1),
    )
    assert "barham-salih" not in {m.actor_id for m in ms}


def test_local_aliases_follow_the_article_state(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    us = run(
        nlp,
        stage,
        "Donald Trump spoke in Ohio. The Senate will vote on Tuesday, and Republicans said "
        "the plan was wrong. A Democrat disagreed.",
        date(2016, 9, 20),
    )
    assert one(us, "Senate").actor_id == "USA.SENATE"
    assert one(us, "Republicans").actor_id == "usa-republican-party"
    assert one(us, "Democrat").actor_id == "usa-democratic-party"
    other = run(nlp, stage, "The Senate voted on Tuesday in Rome.", date(2016, 9, 20))
    assert "USA.SENATE" not in {m.actor_id for m in other}


def test_pick_local_prefers_the_most_named_state_and_refuses_ties(stage: ActorStage) -> None:
    ids = stage.kb.local("Supreme Court")
    assert {"USA.SCOTUS", "GBR.SUPREME"} <= set(ids)
    assert pick_local(ids, Counter({"GBR": 3, "USA": 1}), stage.kb) == "GBR.SUPREME"
    assert pick_local(ids, Counter({"GBR": 2, "USA": 2}), stage.kb) is None
    assert pick_local(ids, Counter(), stage.kb) is None


def test_a_local_alias_of_a_named_owner_is_only_that_states(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    ms = run(
        nlp,
        stage,
        "Samoa's Supreme Court annulled the vote in Apia, a ruling that Israel's envoy "
        "praised. Samoa's parliament met on Friday.",
        date(2021, 7, 1),
    )
    court = one(ms, "Supreme Court")
    assert court.actor_id is None  # not Israel's court: the KB has no Samoan one
    assert "supreme-court" not in {m.actor_id for m in ms}
    ms = run(nlp, stage, "In Lahore, Pakistan's Supreme Court ruled on Monday.", date(2017, 9, 1))
    assert "PAK.SUPREME" in {m.actor_id for m in ms}
    ids = stage.kb.local("Supreme Court")
    assert pick_local(ids, Counter({"ISR": 3}), stage.kb, owner="KEN") is None
    assert pick_local(ids, Counter({"ISR": 3}), stage.kb, owner="GBR") == "GBR.SUPREME"


def test_a_local_alias_needs_a_country(tmp_path: Path) -> None:
    f = tmp_path / "kb.yaml"
    f.write_text(
        "actors:\n  - id: senate-x\n    type: institution\n    name: Senate X\n"
        "    local_aliases: [Senate]\n",
        encoding="utf-8",
    )
    with pytest.raises(KnowledgeBaseError, match=r"E319 .*kb.yaml:2"):
        load_kb(Settings(kb_paths=(str(f),)))


def test_the_duma_after_the_state_duma_is_the_russian_parliament(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    ms = run(
        nlp,
        stage,
        "The State Duma passed the law on Tuesday. The Duma's speaker welcomed the vote.",
        date(2018, 4, 20),
    )
    assert [m.actor_id for m in ms if "Duma" in m.text] == ["RUS.DUMA", "RUS.DUMA"]
    # ... while "the Kremlin ... Kremlin spokesman" adds no second mention
    ms = run(
        nlp,
        stage,
        "The Kremlin said so. Kremlin spokesman Dmitry Peskov agreed.",
        date(2018, 4, 20),
    )
    assert [m.text for m in ms if m.actor_id == "RUS.GOV"] == ["The Kremlin"]


def test_a_stated_role_needs_an_office(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    found: dict = {}
    resolve_doc(
        nlp("Aron Lund, a Syria analyst, said the war was far from over."),
        "t",
        date(2017, 8, 10),
        stage.kb,
        stage.fuzzy,
        88.0,
        discovered=found,
    )
    assert found["aron-lund"].country is None and found["aron-lund"].role is None
    found = {}
    resolve_doc(
        nlp("The US envoy Joseph Yun met officials in Tokyo."),
        "t",
        date(2017, 8, 10),
        stage.kb,
        stage.fuzzy,
        88.0,
        discovered=found,
    )
    assert (found["joseph-yun"].country, found["joseph-yun"].role) == ("USA", "USA envoy")


def test_a_family_name_written_first_and_its_earlier_full_name(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    """A Chinese name is written family name first: a bare "Xi" in an article on China is Xi
    Jinping, but "Hu" after "Hu Xijin" in the same article is Hu Xijin, not Hu Jintao."""
    text = (
        "Chinese officials said on Monday that China would respond. Xi told the congress that "
        "China would not back down. Hu Xijin, a newspaper editor, wrote that the talks had "
        "failed. Hu added that Beijing was ready."
    )
    ms = run(nlp, stage, text, date(2020, 6, 1))
    assert one(ms, "Xi").actor_id == "xi-jinping"
    hu = one(ms, "Hu")
    assert hu.actor_id == one(ms, "Hu Xijin").actor_id != "hu-jintao"


def test_a_shared_family_name_follows_the_full_name(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    """ "Kim" is the family name of many KB people (Kim Jong Un, Kim Yo Jong, Kim Dae-jung):
    after "Kim Jong Un" in full it is he, as "Xi" after "Xi Jinping" (the shared-surname
    coreference reads the first word of a family-name-first name too)."""
    text = "Kim Jong Un and Donald Trump met in Singapore. Kim pledged to work towards peace."
    ms = run(nlp, stage, text, date(2018, 6, 12))
    assert one(ms, "Kim").actor_id == "kim-jong-un"


def test_a_surname_before_another_persons_full_name_is_that_person(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    """A headline's bare surname with no context for the KB person of that surname, which the
    article then names in full, is that person (here a corpus person)."""
    text = (
        "Mattis wins chess title. Peter Mattis, 34, won the national chess championship in "
        "Lyon on Sunday."
    )
    ms = run(nlp, stage, text, date(2017, 6, 4))
    first = ms[0]
    assert first.text == "Mattis" and first.actor_id == "peter-mattis"
    assert first.method == "coreference"


def test_a_shared_surname_before_one_of_them_in_full_is_that_one(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    """ "Clinton" (Bill and Hillary) in a headline: the one the article names in full after it;
    with both named in full, neither."""
    one_named = (
        "Sanders: Clinton needs to get aggressive. Senator Bernie Sanders said on Friday that "
        "Hillary Clinton must do more to win over young voters."
    )
    ms = run(nlp, stage, one_named, date(2016, 9, 16))
    assert ms[0].text == "Clinton" and ms[0].actor_id == "hillary-clinton"
    both = one_named + " Bill Clinton campaigned in Ohio."
    ms = run(nlp, stage, both, date(2016, 9, 16))
    assert ms[0].text == "Clinton" and ms[0].actor_id is None
    assert set(ms[0].candidates) == {"bill-clinton", "hillary-clinton"}


def test_a_kb_person_named_in_full_later_is_the_surname(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    """ "Mattis" in 2021 (no office, no US cue) is unresolved alone; named in full after it, he
    is the KB's Jim Mattis. A surname read as a KB person in context is not moved to a
    relative named in full ("President Obama ... Michelle Obama")."""
    text = "Mattis speaks. Jim Mattis gave a lecture at a university on Monday."
    ms = run(nlp, stage, text, date(2021, 3, 1))
    assert ms[0].text == "Mattis" and ms[0].actor_id == "jim-mattis"
    text = (
        "The White House said Obama would travel to Chicago on Friday. Michelle Obama will "
        "stay in Washington."
    )
    ms = run(nlp, stage, text, date(2015, 12, 15))
    assert [m.actor_id for m in ms if m.text == "Obama"] == ["barack-obama"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Beyond Trump's finances lies his business empire.", False),
        ("Though Trump was not willing to say so, he agreed.", False),
        ("Despite Clinton's lead, the race tightened.", False),
        ("Kevin Trump was not willing to say so.", True),
        ("Will Smith said so.", True),
    ],
)
def test_a_function_word_opening_a_sentence_is_no_first_name(nlp, text: str, name: bool) -> None:  # type: ignore[no-untyped-def]
    """ "Beyond Trump's finances": the NER may take "Beyond Trump" for a person (it does in
    PolNeAR's texts); no other Trump, so a later "Trump" still follows the full name before
    it. The given names among English function words stay names ("Will")."""
    doc = nlp(text)
    assert plausible_first_name(doc[0], set()) is name


def test_a_shared_surname_after_both_named_in_full_is_the_most_named(
    nlp, stage: ActorStage
) -> None:  # type: ignore[no-untyped-def]
    """Two people of one surname named in full before it: the bare surname is the one the
    article has named most, not the one named last ("Bill Clinton's behavior" brought in
    once does not take the next "Clinton"); the nearest where it is in the same sentence."""
    text = (
        "Hillary Clinton debated Bernie Sanders in Charleston. Clinton attacked his record on "
        "guns. Sanders said he would not discuss Bill Clinton's personal behavior. At that, "
        "Clinton nodded and smiled."
    )
    ms = run(nlp, stage, text, date(2016, 1, 18))
    clintons = [m.actor_id for m in ms if m.text == "Clinton"]
    assert clintons == ["hillary-clinton", "hillary-clinton"], clintons
    same = "Bill Clinton spoke in Iowa, and Clinton said his wife would win."
    ms = run(nlp, stage, text + " " + same, date(2016, 1, 18))
    assert [m.actor_id for m in ms if m.text == "Clinton"][-1] == "bill-clinton"


def test_an_honorific_of_the_other_gender_names_the_other_person(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    """In an article on Bill Clinton that calls him "Mr. Clinton", "Mrs. Clinton" is Hillary,
    named in full before; and "Mrs. Clinton" is no antecedent of "he"."""
    text = (
        "Bill Clinton campaigned in Iowa on Wednesday. Mr. Clinton spoke for an hour. "
        "Mr. Clinton praised Hillary Clinton at length. Mr. Clinton looked tired. "
        "He was not a shouter, as Mrs. Clinton can be. "
        "Mr. Clinton said that Mrs. Clinton would win."
    )
    ms = run(nlp, stage, text, date(2016, 1, 29))
    mrs = [m.actor_id for m in ms if m.text == "Clinton" and text[m.start - 5 : m.start] == "Mrs. "]
    mr = [m.actor_id for m in ms if m.text == "Clinton" and text[m.start - 4 : m.start] == "Mr. "]
    assert mrs == ["hillary-clinton", "hillary-clinton"], mrs
    assert set(mr) == {"bill-clinton"}, mr


def test_an_honorific_does_not_move_a_surname_to_someone_named_later(
    nlp, stage: ActorStage
) -> None:  # type: ignore[no-untyped-def]
    """ "Ms. Khan" is not the son "Humayun Khan" the article names only after it."""
    text = (
        "The parents, Khizr and Ghazala Khan, spoke on Sunday. Mr. Khan said he was angry. "
        "Mr. Khan appeared on television. Ms. Khan said she could not speak about her son, "
        "Humayun Khan."
    )
    ms = run(nlp, stage, text, date(2016, 8, 1))
    ms_khan = [m for m in ms if m.text == "Khan" and text[m.start - 4 : m.start] == "Ms. "]
    assert ms_khan and all(m.actor_id != "humayun-khan" for m in ms_khan)


def test_two_people_told_of_at_length_keep_the_nearest(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    """A surname is moved from the nearest full name to the most-named person only where that
    one is named at least twice as often: a father and son told of at length keep the
    nearest ("Masoud Barzani spoke ... Barzani said" is Masoud)."""
    text = (
        "Masoud Barzani led the referendum. Mustafa Barzani founded the party in 1946. "
        "Mustafa Barzani fought Baghdad for decades. Mustafa Barzani died in 1979. "
        "Masoud Barzani spoke on Monday. Barzani said the vote would go ahead."
    )
    ms = run(nlp, stage, text, date(2017, 10, 3))
    assert [m.actor_id for m in ms if m.text == "Barzani"] == ["masoud-barzani"]


def test_a_surname_moved_by_its_honorific_refers_to_the_new_person(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    """The mention's antecedent is the full name of the person it now names."""
    text = (
        "Bill Clinton campaigned in Iowa on Wednesday. Mr. Clinton spoke for an hour. "
        "Mr. Clinton praised Hillary Clinton at length. Mr. Clinton looked tired. "
        "He said that Mrs. Clinton would win."
    )
    ms = run(nlp, stage, text, date(2016, 1, 29))
    mrs = [m for m in ms if m.text == "Clinton" and text[m.start - 5 : m.start] == "Mrs. "]
    assert [m.actor_id for m in mrs] == ["hillary-clinton"]
    assert mrs[0].antecedent == text.index("Hillary Clinton")
