"""Apex courts and national police of further states (issue 14, item 1; branch kbinst21): the
courts and forces the kbinst18, kbinst19 and kbinst20 passes did not reach or left unchecked.

Shipped KB and real model; each text is made up to test one body or rule.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_body_is_its_states
from tests.actors.resolving import actors_at, run

from newsgraph.resolve.kb import KnowledgeBase
from newsgraph.resolve.mentions import ActorStage

# id -> sector, for every body the pass adds
BODIES: dict[str, str] = {
    "TUN.CASSATION": "JUD",
    "ROU.HCCJ": "JUD",
    "HUN.CURIA": "JUD",
    "TTO.SUPREME": "JUD",
    "GUY.SUPREME": "JUD",
    "BTN.SUPREME": "JUD",
    "BRN.SUPREME": "JUD",
    "LAO.SUPREME": "JUD",
    "TJK.SUPREME": "JUD",
    "TKM.SUPREME": "JUD",
    "CHE.FEDPOL": "COP",
    "TLS.APPEAL": "JUD",
    "PRK.SUPREME": "JUD",
    "VUT.APPEAL": "JUD",
    "MNG.NPA": "COP",
    "CPV.SUPREME": "JUD",
    "SLB.APPEAL": "JUD",
    "LUX.POLICE": "COP",
    "LIE.POLICE": "COP",
}


(
    test_each_body_is_its_states_with_its_sector,
    test_each_name_and_alias_looks_up_to_the_body_alone,
) = each_body_is_its_states(BODIES)


@pytest.mark.parametrize(
    ("name", "actor_id"),
    [
        ("Tunisia's Court of Cassation", "TUN.CASSATION"),
        ("Romanian Supreme Court", "ROU.HCCJ"),
        ("Hungary's Supreme Court", "HUN.CURIA"),
        ("Bhutanese Supreme Court", "BTN.SUPREME"),
        ("Tajik Supreme Court", "TJK.SUPREME"),
        ("fedpol", "CHE.FEDPOL"),
        ("North Korea's Central Court", "PRK.SUPREME"),
        ("East Timor's Court of Appeal", "TLS.APPEAL"),
        ("Cape Verdean Supreme Court", "CPV.SUPREME"),
        ("Police Grand-Ducale", "LUX.POLICE"),
    ],
)
def test_a_body_is_named_by_the_press_forms(kb: KnowledgeBase, name: str, actor_id: str) -> None:
    assert alias_ids(kb, name) == {actor_id}


@pytest.mark.parametrize(
    "name",
    [
        "Supreme Court",
        "Court of Cassation",
        "People's Supreme Court",
        "Supreme Court of Judicature",
        "Curia",
        "Kuria",
        "Swiss police",
        "Switzerland's police",
        "Federal Police",
        "Central Court",
        "Court of Appeal",
        "National Police Agency",
        "National Police",
        "Landespolizei",
        "Mongolian police",
    ],
)
def test_a_shared_name_a_surname_or_a_demonym_before_police_names_no_new_body(
    kb: KnowledgeBase, name: str
) -> None:
    """ "Kúria" is left out: aliases are compared without accents, and "Kuria" is a Kenyan
    surname; "Swiss police" is Switzerland with sector COP (the events stage's rule)."""
    assert not alias_ids(kb, name) & set(BODIES)


def test_courts_of_two_states_resolve_with_their_sector(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Tunisian Court of Cassation upheld the sentence on Tuesday. In Budapest, the "
        "Hungarian Supreme Court rejected the appeal of the two former ministers."
    )
    ms = run(nlp, stage, text, date(2024, 2, 6))
    got = actors_at(ms, text, ("Cassation", "Hungarian"))
    assert got == {
        "Cassation": [("TUN.CASSATION", "JUD")],
        "Hungarian": [("HUN.CURIA", "JUD")],
    }


def test_a_court_and_a_police_office_resolve_with_their_sector(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Federal Office of Police said on Monday that it had frozen the accounts, a week "
        "after the Supreme Court of Tajikistan jailed the former minister."
    )
    ms = run(nlp, stage, text, date(2023, 9, 18))
    got = actors_at(ms, text, ("Office", "Tajikistan"))
    assert got == {
        "Office": [("CHE.FEDPOL", "COP")],
        "Tajikistan": [("TJK.SUPREME", "JUD")],
    }


def test_korea_s_two_supreme_courts_resolve_to_their_own_state(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    """ "North Korea's Supreme Court" is North Korea's court, "South Korea's Supreme Court" the
    South's (act15's KOR.SUPREME)."""
    text = (
        "North Korea's Supreme Court sentenced the man to hard labour. Days later, South "
        "Korea's Supreme Court upheld the verdict against the former official."
    )
    ms = run(nlp, stage, text, date(2023, 6, 12))
    got = actors_at(ms, text, ("North", "South"))
    assert got == {
        "North": [("PRK.SUPREME", "JUD")],
        "South": [("KOR.SUPREME", "JUD")],
    }


def test_a_police_force_and_an_appeal_court_resolve_with_their_sector(
    nlp, stage: ActorStage
) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Grand Ducal Police closed the bridge on Saturday, while in Port Vila the "
        "Vanuatu Court of Appeal heard the challenge to the election."
    )
    ms = run(nlp, stage, text, date(2024, 4, 20))
    got = actors_at(ms, text, ("Ducal", "Vanuatu"))
    assert got == {
        "Ducal": [("LUX.POLICE", "COP")],
        "Vanuatu": [("VUT.APPEAL", "JUD")],
    }
