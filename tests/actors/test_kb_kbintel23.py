"""Intelligence and security agencies of the Middle East and North Africa, Asia and Oceania
(issue 14, item 1; branch kbintel23): each state's principal civilian intelligence or
state-security agency, and its foreign and military intelligence agencies where news names
them apart.

Shipped KB and real model; each text is made up to test one body or rule.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_body_is_its_states
from tests.actors.resolving import actors_at, run

from newsgraph.resolve.kb import KnowledgeBase
from newsgraph.resolve.mentions import ActorStage

# id -> sector, for every agency the pass adds
BODIES: dict[str, str] = {
    # Middle East and North Africa
    "SYR.GID": "SPY",
    "SYR.AFID": "SPY",
    "SYR.MID": "SPY",
    "SYR.PSD": "SPY",
    "SYR.GIS": "SPY",
    "LBN.GDGS": "SPY",
    "LBN.STATE_SECURITY": "SPY",
    "LBN.INFO_BRANCH": "SPY",
    "DZA.DRS": "SPY",
    "DZA.DGSI": "SPY",
    "DZA.DGDSE": "SPY",
    "MAR.DGED": "SPY",
    "MAR.DGST": "SPY",
    "LBY.GIS": "SPY",
    "YEM.PSO": "SPY",
    "YEM.NSB": "SPY",
    "ARE.SSA": "SPY",
    "QAT.QSS": "SPY",
    "KWT.KSS": "SPY",
    "BHR.NSA": "SPY",
    "OMN.ISS": "SPY",
    "PSE.GIS": "SPY",
    "IRQ.MUKHABARAT": "SPY",
    "IRN.IRGC_IO": "SPY",
    # Asia
    "AFG.GDI": "SPY",
    "JPN.PSIA": "SPY",
    "JPN.CIRO": "SPY",
    "IDN.BIN": "SPY",
    "PHL.NICA": "SPY",
    "MYS.SB": "SPY",
    "THA.NIA": "SPY",
    "MMR.OCMSA": "SPY",
    "BGD.DGFI": "SPY",
    "BGD.NSI": "SPY",
    "LKA.SIS": "SPY",
    "NPL.NID": "SPY",
    "KAZ.KNB": "SPY",
    "UZB.SGB": "SPY",
    "KGZ.GKNB": "SPY",
    "TJK.GKNB": "SPY",
    "TKM.MNB": "SPY",
    "AZE.DTX": "SPY",
    "AZE.XKX": "SPY",
    "AZE.MNS": "SPY",
    "ARM.NSS": "SPY",
    "GEO.SSG": "SPY",
    "MNG.GIA": "SPY",
    "VNM.GDDI": "SPY",
    "TWN.NSB": "SPY",
    "SGP.ISD": "SPY",
    "BRN.ISD": "SPY",
    # Oceania
    "NZL.NZSIS": "SPY",
    "NZL.GCSB": "SPY",
    "AUS.ASIS": "SPY",
    "AUS.ASD": "SPY",
    "PNG.NIO": "SPY",
}


(
    test_each_body_is_its_states_with_its_sector,
    test_each_name_and_alias_looks_up_to_the_body_alone,
) = each_body_is_its_states(BODIES)


@pytest.mark.parametrize(
    ("name", "actor_id"),
    [
        ("Syrian Air Force Intelligence", "SYR.AFID"),
        ("Syrian military intelligence", "SYR.MID"),
        ("Lebanese General Security", "LBN.GDGS"),
        ("Lebanese State Security", "LBN.STATE_SECURITY"),
        ("DGED", "MAR.DGED"),
        ("DGST", "MAR.DGST"),
        ("Département du Renseignement et de la Sécurité", "DZA.DRS"),
        ("Yemeni Political Security Organization", "YEM.PSO"),
        ("Qatari State Security", "QAT.QSS"),
        ("Palestinian General Intelligence", "PSE.GIS"),
        ("IRGC Intelligence Organisation", "IRN.IRGC_IO"),
        ("Taliban's General Directorate of Intelligence", "AFG.GDI"),
        ("PSIA", "JPN.PSIA"),
        ("Naicho", "JPN.CIRO"),
        ("Badan Intelijen Negara", "IDN.BIN"),
        ("Malaysian Special Branch", "MYS.SB"),
        ("Myanmar military intelligence", "MMR.OCMSA"),
        ("DGFI", "BGD.DGFI"),
        ("KNB", "KAZ.KNB"),
        ("Uzbek National Security Service", "UZB.SGB"),
        ("Tajik State Committee for National Security", "TJK.GKNB"),
        ("Dövlət Təhlükəsizlik Xidməti", "AZE.DTX"),
        ("XKX", "AZE.XKX"),
        ("Georgian State Security Service", "GEO.SSG"),
        ("Taiwan's National Security Bureau", "TWN.NSB"),
        ("NZSIS", "NZL.NZSIS"),
        ("GCSB", "NZL.GCSB"),
        ("ASIS", "AUS.ASIS"),
        ("Defence Signals Directorate", "AUS.ASD"),
    ],
)
def test_an_agency_is_named_by_the_press_forms(kb: KnowledgeBase, name: str, actor_id: str) -> None:
    assert alias_ids(kb, name) == {actor_id}


@pytest.mark.parametrize(
    "name",
    [
        "General Intelligence Directorate",
        "General Intelligence Service",
        "General Security",
        "State Security",
        "Information Branch",
        "National Security Bureau",
        "National Security Agency",
        "Internal Security Service",
        "DGSI",
        "DRS",
        "DST",
        "PSO",
        "NSB",
        "ISS",
        "KSS",
        "Syrian intelligence",
        "Lebanese intelligence",
        "Algerian intelligence",
        "Moroccan intelligence",
        "Emirati intelligence",
        "Palestinian intelligence",
        "BIN",
        "NICA",
        "Nica",
        "CIRO",
        "Ciro",
        "NIA",
        "NSI",
        "SIS",
        "NID",
        "GKNB",
        "SGB",
        "SNB",
        "MNB",
        "NSS",
        "SSG",
        "GIA",
        "ISD",
        "ASD",
        "Special Branch",
        "Mukhabarat",
        "Iraqi Intelligence Service",
        "Iraqi intelligence",
        "General Directorate of Intelligence",
        "State Intelligence Agency",
        "National Intelligence Agency",
        "State Security Service",
        "National Security Service",
        "National Security Committee",
        "State Committee for National Security",
        "Internal Security Department",
        "Jabatan Keselamatan Dalam Negeri",
        "National Intelligence Organisation",
        "NIO",
        "General Intelligence Agency",
        "National Security Intelligence",
        "Japanese intelligence",
        "Indonesian intelligence",
        "Taiwanese intelligence",
        "Australian intelligence",
    ],
)
def test_a_shared_name_an_acronym_or_a_demonym_names_no_new_agency(
    kb: KnowledgeBase, name: str
) -> None:
    """ "DGSI" is France's; "DST" was France's too; "NSB" is Taiwan's as well as Yemen's;
    "GKNB" is Kyrgyzstan's and Tajikistan's; "Nica" and "Ciro" are names (Romania's Dan
    Nica), "BIN" and "ASD" common words or acronyms (autism spectrum disorder), "SNB" the
    Swiss National Bank, "GIA" Algeria's Armed Islamic Group; "Syrian intelligence" is Syria
    with sector SPY (the events stage's rule), since Syria had several agencies of one
    standing."""
    assert not alias_ids(kb, name) & set(BODIES)


def test_syrian_and_lebanese_agencies_resolve_with_their_sector(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Officers of Syrian Air Force Intelligence detained the two men in 2012, a lawyer "
        "said, and Lebanese General Security later refused them entry at the border."
    )
    ms = run(nlp, stage, text, date(2019, 3, 12))
    got = actors_at(ms, text, ("Air Force", "Lebanese"))
    assert got == {
        "Air Force": [("SYR.AFID", "SPY")],
        "Lebanese": [("LBN.GDGS", "SPY")],
    }


def test_two_moroccan_agencies_resolve_with_their_sector(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The DGST said on Friday that it had dismantled a cell of four men in Tangier, with "
        "information shared by the DGED."
    )
    ms = run(nlp, stage, text, date(2023, 5, 19))
    got = actors_at(ms, text, ("DGST", "DGED"))
    assert got == {
        "DGST": [("MAR.DGST", "SPY")],
        "DGED": [("MAR.DGED", "SPY")],
    }


def test_agencies_of_asia_and_oceania_resolve_with_their_sector(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The NZSIS and the GCSB briefed the minister on Monday, and the Kazakh National "
        "Security Committee said it had detained two officials in Almaty."
    )
    ms = run(nlp, stage, text, date(2022, 1, 10))
    got = actors_at(ms, text, ("NZSIS", "GCSB", "Kazakh"))
    assert got == {
        "NZSIS": [("NZL.NZSIS", "SPY")],
        "GCSB": [("NZL.GCSB", "SPY")],
        "Kazakh": [("KAZ.KNB", "SPY")],
    }
