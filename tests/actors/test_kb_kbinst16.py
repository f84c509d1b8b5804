"""Parliaments, apex courts and national police of further states (issue 14, item 1; branch
kbinst16): the Americas and Africa beyond act15's 58 focus states.

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
    "CHL.CONGRESS": "LEG",
    "PER.CONGRESS": "LEG",
    "ECU.ASSEMBLY": "LEG",
    "BOL.ASSEMBLY": "LEG",
    "PRY.CONGRESS": "LEG",
    "URY.ASSEMBLY": "LEG",
    "CUB.ANPP": "LEG",
    "GTM.CONGRESS": "LEG",
    "HND.CONGRESS": "LEG",
    "SLV.ASSEMBLY": "LEG",
    "NIC.ASSEMBLY": "LEG",
    "PAN.ASSEMBLY": "LEG",
    "CRI.ASSEMBLY": "LEG",
    "DOM.CONGRESS": "LEG",
    "JAM.PARLIAMENT": "LEG",
    "GHA.PARLIAMENT": "LEG",
    "SEN.ASSEMBLY": "LEG",
    "CIV.PARLIAMENT": "LEG",
    "CMR.PARLIAMENT": "LEG",
    "TZA.ASSEMBLY": "LEG",
    "ZMB.ASSEMBLY": "LEG",
    "ZWE.PARLIAMENT": "LEG",
    "MOZ.ASSEMBLY": "LEG",
    "AGO.ASSEMBLY": "LEG",
    "MWI.ASSEMBLY": "LEG",
    "MDG.PARLIAMENT": "LEG",
    "GAB.PARLIAMENT": "LEG",
    "TGO.ASSEMBLY": "LEG",
    "BEN.ASSEMBLY": "LEG",
    "CHL.CARABINEROS": "COP",
    "PER.PNP": "COP",
    "GTM.CONST_COURT": "JUD",
    "JAM.JCF": "COP",
    "GHA.SUPREME": "JUD",
    "GHA.POLICE": "COP",
    "SEN.CONST_COUNCIL": "JUD",
    "ZWE.CONST_COURT": "JUD",
    "ZWE.ZRP": "COP",
    "NIC.POLICE": "COP",
    "ECU.POLICE": "COP",
    "ECU.CONST_COURT": "JUD",
    "MDG.HCC": "JUD",
    "CIV.CONST_COUNCIL": "JUD",
    "TZA.POLICE": "COP",
}


(
    test_each_body_is_its_states_with_its_sector,
    test_each_name_and_alias_looks_up_to_the_body_alone,
) = each_body_is_its_states(BODIES)


@pytest.mark.parametrize(
    ("name", "actor_id"),
    [
        ("Peru's Congress", "PER.CONGRESS"),
        ("Ghanaian parliament", "GHA.PARLIAMENT"),
        ("Asamblea Nacional del Poder Popular", "CUB.ANPP"),
        ("Dominican Republic's Congress", "DOM.CONGRESS"),
        ("Ivory Coast's parliament", "CIV.PARLIAMENT"),
        ("Carabineros de Chile", "CHL.CARABINEROS"),
        ("Zimbabwe's Constitutional Court", "ZWE.CONST_COURT"),
    ],
)
def test_a_body_is_named_by_the_press_forms(kb: KnowledgeBase, name: str, actor_id: str) -> None:
    assert alias_ids(kb, name) == {actor_id}


@pytest.mark.parametrize(
    "name",
    [
        "Dominican parliament",
        "Guinean parliament",
        "Guinea's parliament",
        "Tanzanian police",
        "Chilean police",
    ],
)
def test_an_ambiguous_demonym_or_a_name_inside_anothers_names_no_body(
    kb: KnowledgeBase, name: str
) -> None:
    """A demonym before "police" is left to the state, whose sector the events stage makes COP
    (a judged TimeBank mention: "Tanzanian" is TZA): a police body is named by its own name."""
    assert alias_ids(kb, name) == set()


def test_bodies_of_two_states_resolve_with_their_sector(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Peruvian Congress voted to remove the president on Thursday. In Accra, the "
        "Ghanaian parliament rejected the budget after a long debate."
    )
    ms = run(nlp, stage, text, date(2022, 12, 8))
    got = actors_at(ms, text, ("Congress", "parliament"))
    assert got == {
        "Congress": [("PER.CONGRESS", "LEG")],
        "parliament": [("GHA.PARLIAMENT", "LEG")],
    }


def test_a_court_and_a_police_force_resolve_with_their_sector(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Zimbabwe's Constitutional Court dismissed the opposition's challenge on Friday, "
        "and the Zimbabwe Republic Police dispersed the crowd outside the court in Harare."
    )
    ms = run(nlp, stage, text, date(2023, 9, 1))
    got = actors_at(ms, text, ("Constitutional", "Republic"))
    assert got == {
        "Constitutional": [("ZWE.CONST_COURT", "JUD")],
        "Republic": [("ZWE.ZRP", "COP")],
    }
