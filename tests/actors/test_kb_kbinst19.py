"""Apex courts and national police of further states (issue 14, item 1; branch kbinst19): the
Middle East and North Africa, Asia and Oceania, after act15, kbinst15, kbinst16 and kbinst17.

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
    "SAU.SUPREME": "JUD",
    "SYR.SCC": "JUD",
    "ARE.FSC": "JUD",
    "JOR.CONST_COURT": "JUD",
    "LBN.CONST_COUNCIL": "JUD",
    "LBN.CASSATION": "JUD",
    "DZA.CONST_COURT": "JUD",
    "DZA.DGSN": "COP",
    "MAR.CONST_COURT": "JUD",
    "MAR.DGSN": "COP",
    "LBY.SUPREME": "JUD",
    "YEM.SUPREME": "JUD",
    "KWT.CONST_COURT": "JUD",
    "KWT.POLICE": "COP",
    "QAT.CASSATION": "JUD",
    "BHR.CASSATION": "JUD",
    "OMN.SUPREME": "JUD",
    "OMN.ROP": "COP",
    "PSE.SUPREME": "JUD",
    "PSE.POLICE": "COP",
    "MYS.FEDERAL_COURT": "JUD",
    "SGP.COURT_OF_APPEAL": "JUD",
    "SGP.POLICE": "COP",
    "VNM.SPC": "JUD",
    "TWN.CONST_COURT": "JUD",
    "TWN.NPA": "COP",
    "KAZ.SUPREME": "JUD",
    "KAZ.CONST_COURT": "JUD",
    "UZB.SUPREME": "JUD",
    "AZE.CONST_COURT": "JUD",
    "ARM.POLICE": "COP",
    "MMR.SUPREME": "JUD",
    "KHM.SUPREME": "JUD",
    "KHM.POLICE": "COP",
    "NPL.SUPREME": "JUD",
    "NPL.POLICE": "COP",
    "MNG.CONST_COURT": "JUD",
    "KGZ.SUPREME": "JUD",
    "MDV.SUPREME": "JUD",
    "MDV.POLICE": "COP",
    "BTN.POLICE": "COP",
    "BRN.POLICE": "COP",
    "TLS.POLICE": "COP",
    "NZL.SUPREME": "JUD",
    "PNG.SUPREME": "JUD",
    "PNG.RPNGC": "COP",
    "FJI.SUPREME": "JUD",
    "FJI.POLICE": "COP",
    "SLB.RSIPF": "COP",
    "VUT.POLICE": "COP",
    "TON.POLICE": "COP",
    "WSM.POLICE": "COP",
}


(
    test_each_body_is_its_states_with_its_sector,
    test_each_name_and_alias_looks_up_to_the_body_alone,
) = each_body_is_its_states(BODIES)


@pytest.mark.parametrize(
    ("name", "actor_id"),
    [
        ("Saudi Supreme Court", "SAU.SUPREME"),
        ("Lebanon's Constitutional Council", "LBN.CONST_COUNCIL"),
        ("Malaysia's Federal Court", "MYS.FEDERAL_COURT"),
        ("Vietnam's Supreme People's Court", "VNM.SPC"),
        ("Papua New Guinea's Supreme Court", "PNG.SUPREME"),
        ("Royal Oman Police", "OMN.ROP"),
        ("RPNGC", "PNG.RPNGC"),
    ],
)
def test_a_body_is_named_by_the_press_forms(kb: KnowledgeBase, name: str, actor_id: str) -> None:
    assert alias_ids(kb, name) == {actor_id}


@pytest.mark.parametrize(
    "name",
    [
        "Supreme Court",
        "Constitutional Court",
        "Constitutional Council",
        "Court of Cassation",
        "Federal Court",
        "Court of Appeal",
        "National Police Agency",
        "Guinea's Supreme Court",
        "Omani police",
        "Palestinian police",
        "Fijian police",
        "Nepalese police",
        "Singaporean police",
        "Armenian police",
    ],
)
def test_a_shared_name_or_a_demonym_before_police_names_no_new_body(
    kb: KnowledgeBase, name: str
) -> None:
    """A bare court name another state's body also bears stays unclaimed; a demonym before
    "police" is the state, whose sector the events stage makes COP."""
    assert not alias_ids(kb, name) & set(BODIES)


def test_vietnams_court_is_not_chinas(kb: KnowledgeBase) -> None:
    """ "Supreme People's Court" alone stays China's; Vietnam's court is named with its state."""
    assert alias_ids(kb, "Supreme People's Court") == {"CHN.SPC"}


def test_courts_of_two_states_resolve_with_their_sector(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kuwait's Constitutional Court annulled the election on Monday. In Kathmandu, "
        "the Nepali Supreme Court ordered the government to reinstate the dissolved house."
    )
    ms = run(nlp, stage, text, date(2023, 3, 20))
    got = actors_at(ms, text, ("Constitutional", "Nepali"))
    assert got == {
        "Constitutional": [("KWT.CONST_COURT", "JUD")],
        "Nepali": [("NPL.SUPREME", "JUD")],
    }


def test_a_police_force_and_a_court_resolve_with_their_sector(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Royal Solomon Islands Police Force arrested four men after the riot in Honiara, "
        "and the Supreme Court of Fiji heard the appeal of the former prime minister."
    )
    ms = run(nlp, stage, text, date(2022, 5, 10))
    got = actors_at(ms, text, ("Royal", "Supreme"))
    assert got == {
        "Royal": [("SLB.RSIPF", "COP")],
        "Supreme": [("FJI.SUPREME", "JUD")],
    }
