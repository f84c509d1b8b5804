"""Apex courts and national police of further states (issue 14, item 1; branch kbinst18): the
European states none of act15, kbinst15, kbinst16 and kbinst17 gave a court or a force.

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
    "POL.CONST_TRIBUNAL": "JUD",
    "POL.SUPREME": "JUD",
    "NLD.SUPREME": "JUD",
    "BEL.CONST_COURT": "JUD",
    "BEL.POLICE": "COP",
    "SWE.SUPREME": "JUD",
    "AUT.CONST_COURT": "JUD",
    "CHE.SUPREME": "JUD",
    "CZE.CONST_COURT": "JUD",
    "CZE.POLICE": "COP",
    "ROU.CONST_COURT": "JUD",
    "PRT.CONST_COURT": "JUD",
    "PRT.PSP": "COP",
    "GRC.AREIOS_PAGOS": "JUD",
    "HUN.CONST_COURT": "JUD",
    "DNK.SUPREME": "JUD",
    "FIN.SUPREME": "JUD",
    "NOR.SUPREME": "JUD",
    "NOR.POLICE": "COP",
    "IRL.SUPREME": "JUD",
    "BLR.CONST_COURT": "JUD",
    "SRB.CONST_COURT": "JUD",
    "BGR.CONST_COURT": "JUD",
    "HRV.CONST_COURT": "JUD",
    "SVK.CONST_COURT": "JUD",
    "SVK.POLICE": "COP",
    "EST.SUPREME": "JUD",
    "EST.POLICE": "COP",
    "LVA.CONST_COURT": "JUD",
    "LVA.POLICE": "COP",
    "LTU.CONST_COURT": "JUD",
    "MDA.CONST_COURT": "JUD",
    "MDA.POLICE": "COP",
    "BIH.CONST_COURT": "JUD",
    "ALB.CONST_COURT": "JUD",
    "ALB.POLICE": "COP",
    "MKD.CONST_COURT": "JUD",
    "MNE.CONST_COURT": "JUD",
    "SVN.CONST_COURT": "JUD",
    "CYP.SUPREME": "JUD",
    "MLT.POLICE": "COP",
    "AUT.POLICE": "COP",
    "ISL.SUPREME": "JUD",
    "MLT.CONST_COURT": "JUD",
    "MNE.POLICE": "COP",
}


(
    test_each_body_is_its_states_with_its_sector,
    test_each_name_and_alias_looks_up_to_the_body_alone,
) = each_body_is_its_states(BODIES)


@pytest.mark.parametrize(
    "name",
    [
        "Supreme Court",
        "Constitutional Court",
        "Constitutional Tribunal",
        "Tribunal Constitucional",
        "Bundesgericht",
        "Verfassungsgerichtshof",
        "Högsta domstolen",
        "Gjykata Kushtetuese",
        "Ustavni sud",
        "Curtea Constituțională",
        "Macedonian Constitutional Court",
        "Cypriot Supreme Court",
        "Federal Police",
        "Bundespolizei",
        "Police Directorate",
        "Public Security Police",
        "State Police",
        "Police Corps",
        "General Police Inspectorate",
        "Polish police",
        "Romanian police",
        "Czech police",
        "Norwegian police",
    ],
)
def test_a_shared_name_or_a_demonym_police_names_no_new_body(kb: KnowledgeBase, name: str) -> None:
    assert not alias_ids(kb, name) & set(BODIES)


def test_courts_of_two_states_resolve_with_their_sector(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Poland's Constitutional Tribunal ruled on the abortion law on Thursday, a week after "
        "the Dutch Supreme Court upheld the climate verdict against the government."
    )
    ms = run(nlp, stage, text, date(2020, 10, 22))
    got = actors_at(ms, text, ("Tribunal", "Dutch"))
    assert got == {
        "Tribunal": [("POL.CONST_TRIBUNAL", "JUD")],
        "Dutch": [("NLD.SUPREME", "JUD")],
    }


def test_baltic_and_balkan_bodies_resolve_with_their_sector(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Latvian State Police detained a lorry driver near Riga, and the Constitutional "
        "Court of Montenegro struck down the election law on Friday."
    )
    ms = run(nlp, stage, text, date(2023, 3, 10))
    got = actors_at(ms, text, ("Latvian", "Montenegro"))
    assert got == {
        "Latvian": [("LVA.POLICE", "COP")],
        "Montenegro": [("MNE.CONST_COURT", "JUD")],
    }


def test_a_court_and_a_police_force_resolve_with_their_sector(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Constitutional Court of Romania annulled the first round of the vote, and in "
        "Prague the Police of the Czech Republic detained two men outside the ministry."
    )
    ms = run(nlp, stage, text, date(2024, 12, 6))
    got = actors_at(ms, text, ("Romania", "Czech"))
    assert got == {
        "Romania": [("ROU.CONST_COURT", "JUD")],
        "Czech": [("CZE.POLICE", "COP")],
    }
