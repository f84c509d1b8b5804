"""Apex courts and national police of further states (issue 14, item 1; branch kbinst20): the
Americas and Sub-Saharan Africa beyond act15, kbinst16 and kbinst17.

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
    "CUB.SUPREME": "JUD",
    "CUB.POLICE": "COP",
    "CHL.SUPREME": "JUD",
    "CHL.CONST_COURT": "JUD",
    "PER.SUPREME": "JUD",
    "PER.CONST_COURT": "JUD",
    "BOL.SUPREME": "JUD",
    "BOL.CONST_COURT": "JUD",
    "BOL.POLICE": "COP",
    "PRY.SUPREME": "JUD",
    "PRY.POLICE": "COP",
    "URY.SUPREME": "JUD",
    "URY.POLICE": "COP",
    "CRI.SUPREME": "JUD",
    "CRI.POLICE": "COP",
    "PAN.SUPREME": "JUD",
    "PAN.POLICE": "COP",
    "HND.SUPREME": "JUD",
    "HND.POLICE": "COP",
    "SLV.SUPREME": "JUD",
    "SLV.POLICE": "COP",
    "GTM.POLICE": "COP",
    "DOM.SUPREME": "JUD",
    "DOM.POLICE": "COP",
    "HTI.CASSATION": "JUD",
    "JAM.SUPREME": "JUD",
    "TTO.POLICE": "COP",
    "GUY.POLICE": "COP",
    "TZA.APPEAL": "JUD",
    "ZMB.SUPREME": "JUD",
    "ZMB.CONST_COURT": "JUD",
    "ZMB.POLICE": "COP",
    "CMR.CONST_COUNCIL": "JUD",
    "AGO.CONST_COURT": "JUD",
    "AGO.POLICE": "COP",
    "MOZ.CONST_COUNCIL": "JUD",
    "MOZ.POLICE": "COP",
    "MWI.SUPREME": "JUD",
    "MWI.POLICE": "COP",
    "SDN.SUPREME": "JUD",
    "SSD.SUPREME": "JUD",
    "SOM.SUPREME": "JUD",
    "CMR.SUPREME": "JUD",
    "CMR.POLICE": "COP",
    "AGO.SUPREME": "JUD",
    "MOZ.SUPREME": "JUD",
    "CIV.POLICE": "COP",
    "SEN.POLICE": "COP",
    "MLI.POLICE": "COP",
    "NER.POLICE": "COP",
    "BFA.CONST_COUNCIL": "JUD",
    "BFA.POLICE": "COP",
    "TCD.CONST_COUNCIL": "JUD",
    "TCD.POLICE": "COP",
    "RWA.POLICE": "COP",
    "BDI.POLICE": "COP",
    "MDG.POLICE": "COP",
    "GAB.CONST_COURT": "JUD",
    "BEN.CONST_COURT": "JUD",
    "BEN.POLICE": "COP",
    "TGO.CONST_COURT": "JUD",
    "TGO.POLICE": "COP",
    "SLE.SUPREME": "JUD",
    "SLE.POLICE": "COP",
    "LBR.SUPREME": "JUD",
    "LBR.POLICE": "COP",
    "NAM.SUPREME": "JUD",
    "NAM.POLICE": "COP",
    "BWA.APPEAL": "JUD",
    "BWA.POLICE": "COP",
    "LSO.POLICE": "COP",
    "SWZ.POLICE": "COP",
    "MUS.POLICE": "COP",
    "GMB.POLICE": "COP",
    "NIC.SUPREME": "JUD",
    "BHS.POLICE": "COP",
    "BRB.POLICE": "COP",
    "BLZ.POLICE": "COP",
    "LCA.POLICE": "COP",
    "SUR.POLICE": "COP",
    "CAF.CONST_COURT": "JUD",
    "COG.CONST_COURT": "JUD",
    "GNB.SUPREME": "JUD",
    "GMB.SUPREME": "JUD",
    "MUS.SUPREME": "JUD",
    "SYC.POLICE": "COP",
}


(
    test_each_body_is_its_states_with_its_sector,
    test_each_name_and_alias_looks_up_to_the_body_alone,
) = each_body_is_its_states(BODIES)


@pytest.mark.parametrize(
    ("name", "actor_id"),
    [
        ("Chile's Supreme Court", "CHL.SUPREME"),
        ("Peruvian Constitutional Court", "PER.CONST_COURT"),
        ("Haiti's Supreme Court", "HTI.CASSATION"),
        ("Dominican Republic's Supreme Court", "DOM.SUPREME"),
        ("Paraguay's National Police", "PRY.POLICE"),
        ("Tanzania's Court of Appeal", "TZA.APPEAL"),
        ("Mozambique's Constitutional Council", "MOZ.CONST_COUNCIL"),
    ],
)
def test_a_body_is_named_by_the_press_forms(kb: KnowledgeBase, name: str, actor_id: str) -> None:
    assert alias_ids(kb, name) == {actor_id}


@pytest.mark.parametrize(
    "name",
    [
        "Supreme Court",
        "Supreme Court of Justice",
        "Constitutional Court",
        "Constitutional Council",
        "Court of Appeal",
        "Court of Cassation",
        "National Police",
        "National Civil Police",
        "Public Force",
        "Tribunal Supremo de Justicia",
        "Dominican Supreme Court",
        "Dominican National Police",
        "Cuban police",
        "Bolivian police",
        "Zambian police",
        "Malawian police",
        "Congolese National Police",
        "Police nationale",
        "Republican Police",
    ],
)
def test_a_shared_name_an_ambiguous_demonym_or_a_demonym_police_names_no_new_body(
    kb: KnowledgeBase, name: str
) -> None:
    """A shared bare name stays with the bodies that claim it; "Dominican" and "Congolese" are
    also Dominica's and the Republic of the Congo's; a demonym before "police" is the state
    with sector COP (the events stage's rule)."""
    assert not alias_ids(kb, name) & set(BODIES)


def test_courts_of_two_states_resolve_with_their_sector(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Peruvian Constitutional Court struck down the pardon on Tuesday. In Santiago, "
        "Chile's Supreme Court ordered the release of the two detained students."
    )
    ms = run(nlp, stage, text, date(2024, 4, 9))
    got = actors_at(ms, text, ("Peruvian", "Chile"))
    assert got == {
        "Peruvian": [("PER.CONST_COURT", "JUD")],
        "Chile": [("CHL.SUPREME", "JUD")],
    }


def test_a_court_and_a_police_force_resolve_with_their_sector(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Zambia's Constitutional Court heard the election petition on Monday, while the "
        "Malawi Police Service closed the border post after the protest."
    )
    ms = run(nlp, stage, text, date(2021, 8, 30))
    got = actors_at(ms, text, ("Zambia", "Malawi"))
    assert got == {
        "Zambia": [("ZMB.CONST_COURT", "JUD")],
        "Malawi": [("MWI.POLICE", "COP")],
    }


def test_a_state_named_inside_anothers_resolves_to_its_own_court(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    """ "South Sudan's Supreme Court" holds "Sudan's Supreme Court", an alias of Sudan's court:
    the longer name is South Sudan's."""
    text = (
        "South Sudan's Supreme Court adjourned the case in Juba on Monday, a week after "
        "the Sudanese Supreme Court ruled on the appeal in Port Sudan."
    )
    ms = run(nlp, stage, text, date(2024, 6, 3))
    got = actors_at(ms, text, ("South", "Sudanese"))
    assert got == {
        "South": [("SSD.SUPREME", "JUD")],
        "Sudanese": [("SDN.SUPREME", "JUD")],
    }


def test_two_police_forces_resolve_with_their_sector(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Rwanda National Police arrested two suspects in Kigali on Thursday, and the "
        "Sierra Leone Police said it had opened an inquiry into the shooting in Freetown."
    )
    ms = run(nlp, stage, text, date(2023, 2, 9))
    got = actors_at(ms, text, ("Rwanda", "Sierra"))
    assert got == {
        "Rwanda": [("RWA.POLICE", "COP")],
        "Sierra": [("SLE.POLICE", "COP")],
    }
