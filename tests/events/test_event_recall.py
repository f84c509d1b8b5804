"""Constructions of news English that carry an event and its parties (issue 13, recall):
denials, troop deployments, people detained or questioned, appeals ("want X to"), "under
attack from", "it" through the document. Sentences made up for these tests (real pipeline)."""

from __future__ import annotations

from typing import Any

import pytest
from test_event_cases import find, run_text


def _ids(refs: Any) -> list[str | None]:
    return [r.actor_id or r.country for r in refs]


def test_a_denial_is_a_rejection(pipeline: Any) -> None:
    evs, _ = run_text(pipeline, "Iran denied any involvement in the tanker attacks on Friday.")
    ev = find(evs, "REJECT")
    assert _ids(ev.actors) == ["IRN"]


def test_sending_troops_is_mobilising(pipeline: Any) -> None:
    evs, _ = run_text(pipeline, "Russia sent troops to the border region on Tuesday.")
    ev = find(evs, "MOBILIZE")
    assert ev.mode == "troops"
    assert not [e for e in evs if e.type == "AID"]


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("The two activists were detained by Egyptian police in Cairo.", "COERCE"),
        ("The pair have been questioned by Turkish intelligence officers.", "ACCUSE"),
    ],
)
def test_people_named_by_what_they_are_can_be_detained_or_questioned(
    pipeline: Any, text: str, plover: str
) -> None:
    evs, _ = run_text(pipeline, text)
    ev = find(evs, plover)
    assert ev.actors and ev.actors[0].country in ("EGY", "TUR")


def test_questioning_a_claim_is_no_investigation(pipeline: Any) -> None:
    evs, _ = run_text(pipeline, "Analysts questioned the figures in the annual report.")
    assert not [e for e in evs if e.type == "ACCUSE"]


def test_struggling_to_cope_is_no_fight(pipeline: Any) -> None:
    evs, _ = run_text(pipeline, "Local authorities are struggling to cope with the floods.")
    assert not [e for e in evs if e.type == "ASSAULT"]


def test_under_attack_from_gives_both_parties(pipeline: Any) -> None:
    evs, _ = run_text(pipeline, "Kurdish fighters in the north came under attack from Turkey.")
    ev = find(evs, "ASSAULT")
    assert _ids(ev.actors) == ["TUR"]
    assert ev.recipients


def test_it_takes_the_subject_named_before(pipeline: Any) -> None:
    evs, _ = run_text(
        pipeline,
        "Hezbollah has rebuilt its arsenal since 2006. It fired rockets at Israel on Monday.",
    )
    ev = find(evs, "ASSAULT")
    assert ev.actors[0].text == "It"
    assert ev.actors[0].actor_id is not None


def test_it_without_a_subject_antecedent_is_no_party(pipeline: Any) -> None:
    evs, _ = run_text(pipeline, "It was a cold morning. It attacked nobody, the report said.")
    assert evs == []


def test_objecting_is_disapproval(pipeline: Any) -> None:
    evs, _ = run_text(pipeline, "Greece objected to the Turkish drilling plans on Monday.")
    ev = find(evs, "ACCUSE")
    assert _ids(ev.actors) == ["GRC"]


def test_strikes_aimed_at_a_place_are_attacks_a_labour_strike_is_not(pipeline: Any) -> None:
    evs, _ = run_text(pipeline, "Russian strikes on Idlib killed nine civilians on Sunday.")
    ev = find(evs, "ASSAULT")
    assert _ids(ev.actors) == ["RUS"]
    evs, _ = run_text(pipeline, "Nurses in Kenya went on strike on Monday over unpaid wages.")
    assert not [e for e in evs if e.type == "ASSAULT"]


def test_a_passive_agent_is_no_object_of_the_verb_pattern(pipeline: Any) -> None:
    # "ATTACK GOVERNMENT" (criticism) is written for the object; here the government attacks.
    evs, _ = run_text(pipeline, "The rebels were attacked by government troops near Homs.")
    find(evs, "ASSAULT")
    assert not [e for e in evs if e.type == "ACCUSE"]


def test_an_arrest_is_coercion_whoever_is_arrested(pipeline: Any) -> None:
    evs, _ = run_text(pipeline, "Turkish police arrested two journalists in Ankara on Friday.")
    ev = find(evs, "COERCE")
    assert ev.mode == "arrest"


def test_the_conjoined_passive_keeps_who_was_acted_on(pipeline: Any) -> None:
    evs, _ = run_text(
        pipeline,
        "The pair had tried to cross the border and were later detained by Iraqi police.",
    )
    ev = find(evs, "COERCE")
    assert [r.text for r in ev.recipients] == ["The pair"]


def test_a_wish_told_in_the_past_is_no_appeal(pipeline: Any) -> None:
    evs, _ = run_text(pipeline, "Analysts said Turkey never wanted the rebels to advance so far.")
    assert not [e for e in evs if e.type == "REQUEST"]
