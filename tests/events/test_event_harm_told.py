"""Attacks told by the harm they did in a noun phrase (branch evatk10, `harm_told.py`):
nominalised harm ("resulted in the death of three people"), victimhood ("victims of an air
strike"), a relative clause on the attack noun ("an attack which killed dozens"), and a light
verb carrying counted attacks ("carried out a series of air strikes"). Sentences made up for
these tests (real pipeline)."""

from __future__ import annotations

from typing import Any

import pytest
from test_event_cases import find, run_text

from newsgraph.extract.events.confidence import ANALYSIS_MIN_CONFIDENCE, DEFAULT_MIN_CONFIDENCE


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The shelling resulted in the death of four people in the village.", "shelling"),
        ("The mortar led to the killing of two men and the injury of 30 others.", "mortar"),
        ("The bombing caused the deaths of dozens of people in the market.", "bombing"),
        (
            "The explosion took place near the mosque, resulting in the death of six civilians.",
            "explosion",
        ),
    ],
)
def test_an_attack_that_caused_deaths_is_an_unnamed_attack(
    pipeline: Any, text: str, trigger: str
) -> None:
    evs, _ = run_text(pipeline, text)
    ev = find(evs, "ASSAULT")
    assert ev.trigger.split()[-1] == trigger
    assert not ev.actors
    assert ANALYSIS_MIN_CONFIDENCE <= ev.confidence < DEFAULT_MIN_CONFIDENCE


def test_the_people_killed_are_the_target(pipeline: Any) -> None:
    evs, _ = run_text(pipeline, "The shelling resulted in the death of four people.")
    assert [r.text for r in find(evs, "ASSAULT").recipients] == ["four people"]


def test_a_rocket_that_caused_deaths_is_heavy_weapons(pipeline: Any) -> None:
    evs, _ = run_text(pipeline, "A rocket led to the killing of a woman in the town on Monday.")
    ev = find(evs, "ASSAULT")
    assert (ev.trigger, ev.mode, ev.cameo) == ("rocket", "heavy-weapons", "194")


@pytest.mark.parametrize(
    "text",
    [
        "More than 200 people fell victim to the air strikes on the city.",
        "Dozens of residents have fallen victims of the chemical attack.",
        "Dozens of children became victims of an attack on their school.",
    ],
)
def test_the_victims_of_an_attack_tell_an_attack(pipeline: Any, text: str) -> None:
    evs, _ = run_text(pipeline, text)
    assert find(evs, "ASSAULT").confidence >= ANALYSIS_MIN_CONFIDENCE


@pytest.mark.parametrize(
    "text",
    [
        "Doctors treated the survivors of an attack which killed dozens of people in the town.",
        "Rescuers searched the site of the blast that hit the buses on Saturday.",
        "The car bomb which killed 20 people went off near the market.",
    ],
)
def test_an_attack_whose_relative_clause_harms_is_an_attack(pipeline: Any, text: str) -> None:
    evs, _ = run_text(pipeline, text)
    assert find(evs, "ASSAULT").confidence >= ANALYSIS_MIN_CONFIDENCE


def test_an_owner_named_keeps_its_confidence(pipeline: Any) -> None:
    evs, _ = run_text(
        pipeline, "Victims of the Russian air strikes were taken to hospitals in Idlib."
    )
    ev = find(evs, "ASSAULT")
    assert [a.country for a in ev.actors] == ["RUS"]
    assert ev.confidence >= DEFAULT_MIN_CONFIDENCE


@pytest.mark.parametrize(
    "text",
    [
        "The vote led to the killing of the bill.",
        "The scandal led to the death of the project.",
        "The storm led to the death of three people.",
        "The accident resulted in the deaths of two workers.",
        "Many pensioners fell victim to a scam.",
        "Hundreds of people were victims of the earthquake.",
        "He was the victim of a heart attack.",
        "The strike led to the cancellation of 300 flights.",
        "The attack which was planned for Monday never happened.",
    ],
)
def test_harm_without_an_attack_is_no_attack(pipeline: Any, text: str) -> None:
    evs, _ = run_text(pipeline, text)
    assert not [e for e in evs if e.type == "ASSAULT"], [(e.trigger, e.type) for e in evs]


@pytest.mark.parametrize(
    "text",
    [
        "The army carried out a series of air strikes on rebel positions.",
        "Government forces have carried out a total of 18 airstrikes in the region.",
        "The Syrian government launched a wave of raids on rebel areas.",
    ],
)
def test_a_light_verb_carries_counted_attacks(pipeline: Any, text: str) -> None:
    evs, _ = run_text(pipeline, text)
    ev = find(evs, "ASSAULT")
    assert ev.actors and ev.confidence >= DEFAULT_MIN_CONFIDENCE


def test_a_counted_nominal_of_no_attack_is_not_carried(pipeline: Any) -> None:
    evs, _ = run_text(pipeline, "The army carried out a series of tests on the new rifles.")
    assert not [e for e in evs if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("At least 10 civilians were killed in US-led coalitions strikes west of the city.", "USA"),
        ("Nine people were killed in the Syrian armys bombardment of the suburbs.", "SYR"),
    ],
)
def test_an_owner_whose_apostrophe_was_lost_owns_the_attack(
    pipeline: Any, text: str, country: str
) -> None:
    evs, _ = run_text(pipeline, text)
    ev = find(evs, "ASSAULT")
    assert [a.country for a in ev.actors] == [country]
    assert ev.confidence >= DEFAULT_MIN_CONFIDENCE


# evatk11: a copular victim sentence, and a plane its party owns.


@pytest.mark.parametrize(
    "text",
    [
        "The children were victims of an attack on their school.",
        "Dozens of civilians were victims of the air strikes on the town.",
    ],
)
def test_victims_of_an_attack_with_only_the_copula_tell_an_attack(pipeline: Any, text: str) -> None:
    evs, _ = run_text(pipeline, text)
    ev = find(evs, "ASSAULT")
    assert not ev.actors and ev.confidence >= ANALYSIS_MIN_CONFIDENCE


@pytest.mark.parametrize(
    "text",
    [
        "The villagers were victims of the earthquake.",
        "The workers were victims of a heart attack.",
        "Victims of the attack.",  # a caption: no clause
    ],
)
def test_copular_victims_of_no_attack_or_no_clause_give_nothing(pipeline: Any, text: str) -> None:
    evs, _ = run_text(pipeline, text)
    assert not [e for e in evs if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Regime planes carried out the airstrike on the market.",
        "Regime planes bombed the market.",
        "Russian planes bombed the town.",
        "Coalition planes dropped bombs on the village.",
    ],
)
def test_a_plane_its_party_owns_is_the_attacker(pipeline: Any, text: str) -> None:
    evs, _ = run_text(pipeline, text)
    ev = find(evs, "ASSAULT")
    assert ev.actors and all(a.sector == "MIL" for a in ev.actors)
    assert ev.confidence >= DEFAULT_MIN_CONFIDENCE


@pytest.mark.parametrize(
    ("text", "military"),
    [
        ("Regime planes bombed the market.", True),
        ("Russian planes bombed the town.", True),
        ("War planes flew over the city.", True),
        ("A passenger plane carried 150 people.", False),
        ("A Russian passenger plane landed in Beirut.", False),
        ("The plane landed in Beirut.", False),
        # one craft named by its state alone is as often an airliner
        ("Iran shot down a Ukrainian plane near Tehran.", False),
        ("An Ethiopian Airlines plane crashed after take-off.", False),
        ("Russian jets bombed the town.", False),  # a jet is MIL by the lexicon, not this rule
    ],
)
def test_military_craft(nlp: Any, text: str, military: bool) -> None:
    from newsgraph.extract.docview import DocView
    from newsgraph.extract.events.arguments import military_craft
    from newsgraph.extract.events.lexicon import load_lexicon

    doc = nlp(text)
    v = DocView(doc)
    lex = load_lexicon()
    heads = [t.i for t in doc if t.lemma_.lower() in ("plane", "jet")]
    assert any(military_craft(h, lex, v) for h in heads) is military


@pytest.mark.parametrize(
    "text",
    [
        "Syrian forces have been carrying out an offensive south of the city.",
        "The army launched an offensive north of Hama on Monday.",
    ],
)
def test_an_offensive_read_as_an_adjective_before_a_direction_is_carried(
    pipeline: Any, text: str
) -> None:
    evs, _ = run_text(pipeline, text)
    ev = find(evs, "ASSAULT")
    assert ev.actors and ev.confidence >= DEFAULT_MIN_CONFIDENCE


@pytest.mark.parametrize(
    "text",
    [
        "He made offensive remarks about the rebels south of the border.",
        "The company opened a large office south of the city.",
    ],
)
def test_an_adjective_before_a_direction_is_no_act(pipeline: Any, text: str) -> None:
    evs, _ = run_text(pipeline, text)
    assert not [e for e in evs if e.type == "ASSAULT"]
