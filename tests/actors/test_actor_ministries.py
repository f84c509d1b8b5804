"""A state's ministry named by its portfolio, and a state body's chief (issue 14, item 3).

"the Interior Ministry" is every state's: with the state the text gives it, that state's
government (its armed forces for a defence ministry); without one, unresolved and no corpus
actor. "the Indian army chief" is the army's head, not India's. Shipped KB and real model;
each text is made up to test one rule.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.resolving import actors_at, covering, run

from newsgraph.resolve.discovered import clean_name, discovered_id
from newsgraph.resolve.kb import KnowledgeBase
from newsgraph.resolve.mentions import ActorStage
from newsgraph.resolve.ministries import ministry_sector

DAY = date(2023, 5, 2)


@pytest.mark.parametrize(
    ("name", "sector"),
    [
        ("Interior Ministry", "GOV"),
        ("Ministry of Foreign Affairs", "GOV"),
        ("Ministry of the Interior", "GOV"),
        ("Department of State", "GOV"),
        ("Justice Department", "GOV"),
        ("Defence Ministry", "MIL"),
        ("Ministry of Defense", "MIL"),
        ("Ministry of Sound", None),
        ("Ministry", None),
        ("Foreign Affairs", None),
        ("National Security Council", None),
        ("Department of Homeland Security and the Office", None),
        ("Treasury", "GOV"),
        ("Treasury Department", "GOV"),
        ("Treasury Board Secretariat Office", None),
    ],
)
def test_a_ministry_is_its_head_and_portfolios_only(name: str, sector: str | None) -> None:
    assert ministry_sector(name.split()) == sector


@pytest.mark.parametrize(
    ("text", "word", "actor_id"),
    [
        ("Iraq's Interior Ministry said 12 people were killed.", "Interior", "IRQ.GOV"),
        ("The Egyptian Interior Ministry said five suspects were held.", "Interior", "EGY.GOV"),
        ("The Foreign Ministry in Beijing summoned the envoy.", "Foreign", "CHN.GOV"),
        ("Russia's Defence Ministry said its jets struck depots.", "Defence", "RUS.MIL"),
        ("The Ministry of Foreign Affairs of Ukraine condemned it.", "Ministry", "UKR.GOV"),
        ("The Saudi Arabian Foreign Ministry welcomed the deal.", "Foreign", "SAU.GOV"),
        ("The Pakistani Foreign Office rejected the remarks.", "Foreign", "PAK.GOV"),
        ("The Foreign Office said it was aware of the reports.", "Foreign", "GBR.GOV"),
        ("The Home Office refused to comment on the case.", "Home", "GBR.GOV"),
        ("The Homeland Security Department issued a warning.", "Homeland", "USA.GOV"),
        ("Britain's Treasury said the deficit would fall.", "Treasury", "GBR.GOV"),
    ],
)
def test_a_ministry_with_its_state_is_that_states(
    nlp,  # type: ignore[no-untyped-def]
    stage: ActorStage,
    text: str,
    word: str,
    actor_id: str,
) -> None:
    assert actors_at(run(nlp, stage, text, DAY), text, (word,), sectors=False)[word] == [actor_id]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The Interior Ministry said 20 fighters were killed overnight.", "Interior"),
        ("The Justice Department said it would appeal the ruling.", "Justice"),
        ("The Ministry of Defence said a soldier had been wounded.", "Ministry"),
        ("The Treasury said it would impose sanctions on three firms.", "Treasury"),
    ],
)
def test_a_ministry_of_no_state_said_is_no_actor(
    nlp,  # type: ignore[no-untyped-def]
    stage: ActorStage,
    text: str,
    word: str,
) -> None:
    """Unresolved, and no corpus actor ("interior-ministry" would be every state's)."""
    found = actors_at(run(nlp, stage, text, DAY), text, (word,), sectors=False)[word]
    assert found in ([], [None])


def test_an_organisation_keeps_its_honorific_like_first_word(kb: KnowledgeBase) -> None:
    """ "General" or "Justice" opens a person's name as a title, an organisation's as a word
    of its name: "General Motors" is not "Motors"."""
    assert clean_name("Gen. John Allen") == "John Allen"
    assert clean_name("General Motors", person=False) == "General Motors"
    assert discovered_id("General Motors", "ORG", kb) == "general-motors"
    assert discovered_id("Mr Sergej Skripal", "ORG", kb) == "sergej-skripal"  # NER's label
    assert discovered_id("Gen. John Allenby", "PERSON", kb) == "john-allenby"  # a rank


@pytest.mark.parametrize(
    ("text", "word", "day", "actor_id"),
    [
        # the army's commander of the day, not the state's head
        (
            "The Lebanese army chief met the president in Beirut.",
            "Lebanese",
            date(2020, 6, 1),
            "joseph-aoun",
        ),
        ("The CIA chief flew to Cairo for talks.", "CIA", date(2021, 6, 1), "william-burns"),
        # no commander of India's army in the KB: unresolved, not the president
        ("The Indian army chief said troops would stay.", "Indian", DAY, None),
        # a government body's spokesman is still the state's office
        ("The Kremlin spokesman said the talks were over.", "Kremlin", DAY, "dmitry-peskov"),
        # an armed group's chief is its leader
        ("Hezbollah's chief said the group would respond.", "Hezbollah", DAY, "hassan-nasrallah"),
        # national security advisers, ambassadors to the UN, attorneys general (the KB's
        # kbsenior35 and kbsenior36 spells): the holder of the day, as a minister's title is
        (
            "The US national security adviser arrived in Seoul.",
            "national",
            date(2018, 6, 1),
            "john-bolton",
        ),
        (
            "Britain's UN ambassador said the council would meet.",
            "UN",
            date(2019, 3, 1),
            "karen-pierce",
        ),
        ("The US ambassador to the UN walked out.", "ambassador", date(2018, 3, 1), "nikki-haley"),
        (
            "The US attorney general announced charges.",
            "attorney",
            date(2017, 6, 1),
            "jeff-sessions",
        ),
        (
            "Russia's UN ambassador vetoed the resolution.",
            "UN",
            date(2018, 4, 1),
            "vassily-nebenzia",
        ),
    ],
)
def test_a_title_is_its_holder_of_the_day(
    nlp,  # type: ignore[no-untyped-def]
    stage: ActorStage,
    text: str,
    word: str,
    day: date,
    actor_id: str | None,
) -> None:
    """A body's "chief" is its head (its leader, commander, director or chief of staff), not
    the state's; the offices beyond ministers are titles too."""
    ms = run(nlp, stage, text, day)
    assert [m.actor_id for m in covering(ms, text, word) if m.label == "TITLE"] == [actor_id]


def test_a_states_attorney_general_is_no_states_office(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    """ "the attorney general of Texas" names no state of the KB: no title mention."""
    text = "The attorney general of Texas sued the administration."
    assert [m for m in run(nlp, stage, text, date(2017, 6, 1)) if m.label == "TITLE"] == []
