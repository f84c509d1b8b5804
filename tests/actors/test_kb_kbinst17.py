"""Parliaments and national police of further states (issue 14, item 1; branch kbinst17): the
sovereign states none of act15, kbinst15 and kbinst16 covered.

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
    "NZL.PARLIAMENT": "LEG",
    "CYP.HOUSE": "LEG",
    "MLT.PARLIAMENT": "LEG",
    "SVN.ASSEMBLY": "LEG",
    "MNE.PARLIAMENT": "LEG",
    "BIH.ASSEMBLY": "LEG",
    "ISL.ALTHING": "LEG",
    "LUX.CHAMBER": "LEG",
    "TJK.MAJLISI_OLI": "LEG",
    "TKM.MEJLIS": "LEG",
    "LAO.ASSEMBLY": "LEG",
    "BTN.PARLIAMENT": "LEG",
    "BRN.LEGCO": "LEG",
    "MDV.MAJLIS": "LEG",
    "TLS.PARLIAMENT": "LEG",
    "PNG.PARLIAMENT": "LEG",
    "FJI.PARLIAMENT": "LEG",
    "SLB.PARLIAMENT": "LEG",
    "VUT.PARLIAMENT": "LEG",
    "WSM.ASSEMBLY": "LEG",
    "TON.ASSEMBLY": "LEG",
    "LBR.LEGISLATURE": "LEG",
    "SLE.PARLIAMENT": "LEG",
    "GNB.ASSEMBLY": "LEG",
    "GMB.ASSEMBLY": "LEG",
    "MRT.ASSEMBLY": "LEG",
    "NAM.PARLIAMENT": "LEG",
    "BWA.PARLIAMENT": "LEG",
    "LSO.PARLIAMENT": "LEG",
    "SWZ.PARLIAMENT": "LEG",
    "MUS.ASSEMBLY": "LEG",
    "CAF.ASSEMBLY": "LEG",
    "COG.PARLIAMENT": "LEG",
    "GNQ.PARLIAMENT": "LEG",
    "DJI.ASSEMBLY": "LEG",
    "COM.ASSEMBLY": "LEG",
    "CPV.ASSEMBLY": "LEG",
    "STP.ASSEMBLY": "LEG",
    "SYC.ASSEMBLY": "LEG",
    "GUY.ASSEMBLY": "LEG",
    "SUR.ASSEMBLY": "LEG",
    "TTO.PARLIAMENT": "LEG",
    "BHS.PARLIAMENT": "LEG",
    "BRB.PARLIAMENT": "LEG",
    "BLZ.ASSEMBLY": "LEG",
    "ATG.PARLIAMENT": "LEG",
    "DMA.HOUSE": "LEG",
    "GRD.PARLIAMENT": "LEG",
    "KNA.ASSEMBLY": "LEG",
    "LCA.PARLIAMENT": "LEG",
    "VCT.HOUSE": "LEG",
    "AND.COUNCIL": "LEG",
    "LIE.LANDTAG": "LEG",
    "MCO.COUNCIL": "LEG",
    "SMR.COUNCIL": "LEG",
    "KIR.ASSEMBLY": "LEG",
    "NRU.PARLIAMENT": "LEG",
    "TUV.PARLIAMENT": "LEG",
    "FSM.CONGRESS": "LEG",
    "MHL.NITIJELA": "LEG",
    "PLW.OEK": "LEG",
    "NZL.POLICE": "COP",
}


(
    test_each_body_is_its_states_with_its_sector,
    test_each_name_and_alias_looks_up_to_the_body_alone,
) = each_body_is_its_states(BODIES)


@pytest.mark.parametrize(
    "name",
    [
        "Guinean parliament",
        "Guinea's parliament",
        "Congolese parliament",
        "Congo's parliament",
        "Dominican parliament",
        "Central African parliament",
        "National Assembly",
        "Legislative Council",
        "Mejlis",
        "Fono",
        "Landtag",
        "General Council",
        "National Council",
        "Chamber of Deputies",
        "House of Representatives",
    ],
)
def test_a_shared_name_or_an_ambiguous_demonym_names_no_new_body(
    kb: KnowledgeBase, name: str
) -> None:
    assert not alias_ids(kb, name) & set(BODIES)


def test_parliaments_of_two_states_resolve_with_their_sector(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Maltese parliament approved the budget on Tuesday. In Suva, the Fijian "
        "parliament adjourned after a long debate on land rights."
    )
    ms = run(nlp, stage, text, date(2023, 11, 14))
    got = actors_at(ms, text, ("Maltese", "Fijian"))
    assert got == {
        "Maltese": [("MLT.PARLIAMENT", "LEG")],
        "Fijian": [("FJI.PARLIAMENT", "LEG")],
    }


def test_a_parliament_and_a_police_force_resolve_with_their_sector(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Althing passed the bill on Friday, and in Wellington the New Zealand Police "
        "arrested two men after the protest outside Parliament."
    )
    ms = run(nlp, stage, text, date(2024, 3, 1))
    got = actors_at(ms, text, ("Althing", "Police"))
    assert got == {
        "Althing": [("ISL.ALTHING", "LEG")],
        "Police": [("NZL.POLICE", "COP")],
    }


def test_a_state_named_inside_anothers_resolves_to_its_own_body(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    """ "Equatorial Guinea's parliament" is Equatorial Guinea's, not Guinea's (which the KB
    leaves out); "Congo-Brazzaville's parliament" is the Republic of the Congo's."""
    text = (
        "Equatorial Guinea's parliament met in Malabo on Monday, a week after "
        "Congo-Brazzaville's parliament approved the oil law."
    )
    ms = run(nlp, stage, text, date(2023, 5, 8))
    got = actors_at(ms, text, ("Equatorial", "Brazzaville"))
    assert got == {
        "Equatorial": [("GNQ.PARLIAMENT", "LEG")],
        "Brazzaville": [("COG.PARLIAMENT", "LEG")],
    }
