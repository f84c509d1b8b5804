"""Attacks told by their weapon, with no attacker named (issue 19: the reports that let
outlets' accounts of one attack cluster): coded as ASSAULT with the actor left empty or the
weapon's owner, at a confidence the analysis takes and the default listing does not show.
Sentences made up for these tests (real pipeline)."""

from __future__ import annotations

from typing import Any

import pytest
from test_event_cases import find, run_text

from newsgraph.extract.events.confidence import ANALYSIS_MIN_CONFIDENCE, DEFAULT_MIN_CONFIDENCE


@pytest.mark.parametrize(
    "text",
    [
        "An air strike killed 15 civilians in Idlib on Tuesday.",
        "Shelling hit a market in Douma on Monday.",
        "Eleven people were killed in a car bomb in Azaz on Sunday.",
        "At least 30 civilians were killed in air strikes on the town of Saraqeb.",
        "A car bomb exploded in the town of Azaz on Saturday, killing at least 60 people.",
        "The death toll from an air strike on a market in Idlib rose to 30 on Monday.",
    ],
)
def test_an_attack_told_by_its_weapon_is_coded_without_an_actor(pipeline: Any, text: str) -> None:
    evs, _ = run_text(pipeline, text)
    ev = find(evs, "ASSAULT")
    assert not ev.actors
    assert ANALYSIS_MIN_CONFIDENCE <= ev.confidence < DEFAULT_MIN_CONFIDENCE


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("A Russian air strike killed 20 civilians in Aleppo on Friday.", "RUS"),
        ("Sixty-two rebels were killed in a Syrian army ambush near Adra on Wednesday.", "SYR"),
    ],
)
def test_the_weapons_owner_is_the_actor(pipeline: Any, text: str, country: str) -> None:
    evs, _ = run_text(pipeline, text)
    ev = find(evs, "ASSAULT")
    assert [(a.country, a.sector) for a in ev.actors] == [(country, "MIL")]


@pytest.mark.parametrize(
    "text",
    [
        "The storm killed three people in Florida on Tuesday.",
        "The company's shares were hit hard by the news.",
        "Two people were killed in a car crash on the motorway.",
    ],
)
def test_harm_without_a_weapon_is_no_attack(pipeline: Any, text: str) -> None:
    evs, _ = run_text(pipeline, text)
    assert not [e for e in evs if e.type == "ASSAULT"]


def test_a_named_attacker_keeps_its_confidence(pipeline: Any) -> None:
    evs, _ = run_text(pipeline, "Syrian government forces shelled the town of Ariha on Monday.")
    ev = find(evs, "ASSAULT")
    assert ev.actors and ev.confidence >= DEFAULT_MIN_CONFIDENCE


def test_a_party_noun_modifying_the_weapon_is_its_owner(pipeline: Any) -> None:
    evs, _ = run_text(
        pipeline, "At least 11 civilians were killed on Thursday in regime barrel bomb attacks."
    )
    ev = find(evs, "ASSAULT")
    assert [a.text.lower() for a in ev.actors] == ["regime"]


def test_the_state_leading_a_coalition_owns_its_strikes(pipeline: Any) -> None:
    evs, _ = run_text(
        pipeline, "US-led air strikes killed at least 20 Islamic State fighters on Friday."
    )
    ev = find(evs, "ASSAULT")
    assert [a.country for a in ev.actors] == ["USA"]


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # the owner is a named state or organisation: who did it, shown as any attack
        ("A French air strike killed 12 fighters near the town on Monday.", True),
        ("A US-led coalition air strike killed nine civilians in the north on Friday.", True),
        # no owner, or only a weapon word before the noun: told without its attacker
        ("An air strike killed 12 fighters near the town on Monday.", False),
        ("Artillery fire killed two people in the old quarter on Monday.", False),
    ],
)
def test_an_attack_whose_owner_is_a_named_party_is_shown(
    pipeline: Any, text: str, shown: bool
) -> None:
    evs, _ = run_text(pipeline, text)
    ev = find(evs, "ASSAULT")
    assert (ev.confidence >= DEFAULT_MIN_CONFIDENCE) == shown, (ev.actors, ev.confidence)
    assert bool([a for a in ev.actors if a.actor_id or a.country]) == shown


@pytest.mark.parametrize(
    ("text", "attack"),
    [
        # weapons fire: a weapon word before "fire"
        ("Two soldiers were killed by sniper fire near the border on Monday.", True),
        ("Tank fire killed two people in the town on Monday.", True),
        # a fire that is no weapon's
        ("Three children were killed in a house fire in the city on Monday.", False),
    ],
)
def test_weapons_fire_is_an_attack(pipeline: Any, text: str, attack: bool) -> None:
    evs, _ = run_text(pipeline, text)
    assert bool([e for e in evs if e.type == "ASSAULT"]) == attack, [
        (e.type, e.trigger) for e in evs
    ]


def test_an_owner_the_parser_split_from_its_shelling_owns_it(pipeline: Any) -> None:
    # "shelling" read as a verb and its owner as the object of "in"
    evs, _ = run_text(pipeline, "Five civilians were killed in government shelling of the town.")
    ev = find(evs, "ASSAULT")
    assert [a.text for a in ev.actors] == ["government"]
    evs, _ = run_text(pipeline, "Three people were killed in shelling of the town on Monday.")
    assert not find(evs, "ASSAULT").actors


def test_an_attack_listed_under_the_fighting_is_the_instrument(pipeline: Any) -> None:
    evs, _ = run_text(
        pipeline,
        "Twenty opposition fighters were killed in the fighting including a Hezbollah ambush.",
    )
    ev = find(evs, "ASSAULT")
    assert [a.actor_id for a in ev.actors] == ["hezbollah"]
    assert ev.confidence >= DEFAULT_MIN_CONFIDENCE
    evs, _ = run_text(pipeline, "Two students were killed in a protest including a march.")
    assert not [e for e in evs if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Eight civilians were killed in US-led coalition's strikes near the town on Monday.",
        "Eight civilians were killed in the US-led coalition's air strikes on Monday.",
    ],
)
def test_the_state_leading_a_coalition_owns_its_possessed_strikes(pipeline: Any, text: str) -> None:
    # the possessive owner is "the coalition the US leads", as in "US-led coalition strikes"
    evs, _ = run_text(pipeline, text)
    ev = find(evs, "ASSAULT")
    assert [a.country for a in ev.actors] == ["USA"]
    assert ev.confidence >= DEFAULT_MIN_CONFIDENCE


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Six people died in government shelling of the town on Monday.", "government"),
        ("Five people died in regime shelling on the town on Monday.", "regime"),
        ("Four children died in Russian air strikes on the village on Friday.", "Russian"),
        ("Nine civilians died in air strikes on the village on Friday.", None),
    ],
)
def test_people_who_died_in_an_attack_were_its_victims(
    pipeline: Any, text: str, owner: str | None
) -> None:
    # "died in" an attack is its harm, as "were killed in" is; the victims are not its actor
    evs, _ = run_text(pipeline, text)
    ev = find(evs, "ASSAULT")
    assert [a.text for a in ev.actors] == ([owner] if owner else [])
    assert "people" not in " ".join(a.text for a in ev.actors)


@pytest.mark.parametrize(
    "text",
    [
        "Three people died in a car crash on the motorway on Monday.",
        "The singer died in hospital on Monday.",
        "Two men died in a fire at a factory on Monday.",
    ],
)
def test_dying_without_a_weapon_is_no_attack(pipeline: Any, text: str) -> None:
    evs, _ = run_text(pipeline, text)
    assert not [e for e in evs if e.type == "ASSAULT"], [(e.type, e.trigger) for e in evs]


def test_people_beheaded_were_attacked_by_someone_unnamed(pipeline: Any) -> None:
    evs, _ = run_text(pipeline, "Two men were beheaded in the town square on Monday.")
    ev = find(evs, "ASSAULT")
    assert not ev.actors
    assert ANALYSIS_MIN_CONFIDENCE <= ev.confidence < DEFAULT_MIN_CONFIDENCE


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Two people were killed after militants shelled the centre of the town on Monday.",
            "militants",
        ),
        ("At least 18 people were killed on Thursday when jihadists attacked a town.", "jihadists"),
        (
            "Three soldiers died when rebels ambushed their convoy near the town on Monday.",
            "rebels",
        ),
    ],
)
def test_the_attack_a_clause_tells_is_what_killed_them(
    pipeline: Any, text: str, actor: str
) -> None:
    # "were killed when X attacked": the killing is the attack's outcome, told by its clause
    evs, _ = run_text(pipeline, text)
    ev = find(evs, "ASSAULT")
    assert [a.text for a in ev.actors] == [actor]
    assert ev.confidence >= DEFAULT_MIN_CONFIDENCE


@pytest.mark.parametrize(
    "text",
    [
        # a named killer: the clause is background to the killing, as before
        "Eleven civilians were killed by government forces after rebels attacked the town.",
        # no attack in the clause
        "Two people were killed when a bus overturned on the highway on Monday.",
    ],
)
def test_a_clause_is_no_attack_when_the_killing_has_its_own_actor_or_none(
    pipeline: Any, text: str
) -> None:
    evs, _ = run_text(pipeline, text)
    assert [a.text for e in evs if e.type == "ASSAULT" for a in e.actors] in (
        [],
        ["government forces"],
    )
    assert len([e for e in evs if e.type == "ASSAULT"]) <= 1


@pytest.mark.parametrize(
    ("text", "owner", "shown"),
    [
        # a role noun owns the attack: who did it, though no state is named
        (
            "Four civilians were killed by rebel rocket fire on the district on Monday.",
            "rebel",
            True,
        ),
        ("Seven children were killed in regime shelling of the area on Tuesday.", "regime", True),
        # a weapon word before the noun is no owner
        ("Artillery fire killed two people in the old quarter on Monday.", None, False),
        ("Three people were killed in a car bomb in the town on Monday.", None, False),
    ],
)
def test_an_attack_owned_by_a_role_noun_is_shown(
    pipeline: Any, text: str, owner: str | None, shown: bool
) -> None:
    evs, _ = run_text(pipeline, text)
    ev = find(evs, "ASSAULT")
    assert (ev.confidence >= DEFAULT_MIN_CONFIDENCE) == shown, (ev.actors, ev.confidence)
    if owner:
        assert [a.text for a in ev.actors] == [owner]


def test_a_date_before_the_attack_noun_is_not_its_owner(pipeline: Any) -> None:
    """A scraped lead with its date glued on ("4 Apr 2017 An alleged chemical attack"): the
    month is no party; a person named like a month still is ("Theresa May's government")."""
    evs, _ = run_text(pipeline, "4 Apr 2017 An alleged chemical attack on the town killed dozens.")
    assert not find(evs, "ASSAULT").actors
    evs, _ = run_text(pipeline, "Theresa May's government expelled 23 Russian diplomats.")
    assert [a.text for a in find(evs, "SANCTION").actors] == ["Theresa May"]
