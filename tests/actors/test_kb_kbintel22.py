"""Intelligence and security agencies of Europe and the Americas (issue 14, item 1; branch
kbintel22): each state's principal civilian intelligence or security agency and, where news
names them apart, its foreign- and military-intelligence agencies.

Shipped KB and real model; each text is made up to test one agency or rule.
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
    "ESP.CNI": "SPY",
    "ITA.AISE": "SPY",
    "ITA.AISI": "SPY",
    "ITA.SISMI": "SPY",
    "ITA.SISDE": "SPY",
    "NLD.AIVD": "SPY",
    "NLD.MIVD": "SPY",
    "POL.ABW": "SPY",
    "POL.AW": "SPY",
    "SWE.SAPO": "SPY",
    "NOR.PST": "SPY",
    "DNK.PET": "SPY",
    "DNK.FE": "SPY",
    "FIN.SUPO": "SPY",
    "CZE.BIS": "SPY",
    "ROU.SRI": "SPY",
    "ROU.SIE": "SPY",
    "HUN.AH": "SPY",
    "HUN.IH": "SPY",
    "SRB.BIA": "SPY",
    "BGR.DANS": "SPY",
    "MDA.SIS": "SPY",
    "EST.KAPO": "SPY",
    "LTU.VSD": "SPY",
    "LVA.VDD": "SPY",
    "LVA.SAB": "SPY",
    "AUT.DSN": "SPY",
    "AUT.BVT": "SPY",
    "CHE.FIS": "SPY",
    "BEL.VSSE": "SPY",
    "BEL.ADIV": "SPY",
    "GRC.EYP": "SPY",
    "PRT.SIS": "SPY",
    "PRT.SIED": "SPY",
    "MEX.CNI": "SPY",
    "MEX.CISEN": "SPY",
    "COL.DNI": "SPY",
    "COL.DAS": "SPY",
    "BRA.ABIN": "SPY",
    "ARG.SIDE": "SPY",
    "ARG.AFI": "SPY",
    "CHL.ANI": "SPY",
    "PER.DINI": "SPY",
    "ECU.CIES": "SPY",
    "ECU.SENAIN": "SPY",
    "CUB.DI": "SPY",
    "DOM.DNI": "SPY",
    "SLV.OIE": "SPY",
    "HND.DNII": "SPY",
    "SVK.SIS": "SPY",
    "HRV.SOA": "SPY",
    "SVN.SOVA": "SPY",
    "ALB.SHISH": "SPY",
    "MNE.ANB": "SPY",
    "BIH.OSA": "SPY",
    "MKD.ANB": "SPY",
    "MKD.UBK": "SPY",
    "NOR.NIS": "SPY",
    "CYP.KYP": "SPY",
    "URY.SIEE": "SPY",
    "PRY.SNI": "SPY",
    "CRI.DIS": "SPY",
    "TTO.SSA": "SPY",
    "LUX.SRE": "SPY",
    "NIC.DID": "SPY",
    "HTI.ANI": "SPY",
    "GTM.SIE": "SPY",
    "MLT.MSS": "SPY",
}


(
    test_each_body_is_its_states_with_its_sector,
    test_each_name_and_alias_looks_up_to_the_body_alone,
) = each_body_is_its_states(BODIES)


@pytest.mark.parametrize(
    ("name", "actor_id"),
    [
        ("Spain's National Intelligence Centre", "ESP.CNI"),
        ("AISE", "ITA.AISE"),
        ("AISI", "ITA.AISI"),
        ("SISMI", "ITA.SISMI"),
        ("AIVD", "NLD.AIVD"),
        ("Dutch military intelligence", "NLD.MIVD"),
        ("ABW", "POL.ABW"),
        ("Agencja Wywiadu", "POL.AW"),
        ("Säkerhetspolisen", "SWE.SAPO"),
        ("Norwegian Police Security Service", "NOR.PST"),
        ("Politiets Efterretningstjeneste", "DNK.PET"),
        ("Supo", "FIN.SUPO"),
        ("Czech Security Information Service", "CZE.BIS"),
        ("Romanian Intelligence Service", "ROU.SRI"),
        ("Serbian Security Intelligence Agency", "SRB.BIA"),
        ("Bulgaria's State Agency for National Security", "BGR.DANS"),
        ("Kaitsepolitsei", "EST.KAPO"),
        ("VSD", "LTU.VSD"),
        ("BVT", "AUT.BVT"),
        ("Nachrichtendienst des Bundes", "CHE.FIS"),
        ("VSSE", "BEL.VSSE"),
        ("EYP", "GRC.EYP"),
        ("SIED", "PRT.SIED"),
        ("Mexico's National Intelligence Center", "MEX.CNI"),
        ("CISEN", "MEX.CISEN"),
        ("Departamento Administrativo de Seguridad", "COL.DAS"),
        ("ABIN", "BRA.ABIN"),
        ("Agencia Federal de Inteligencia", "ARG.AFI"),
        ("Secretaría de Inteligencia del Estado", "ARG.SIDE"),
        ("Chilean National Intelligence Agency", "CHL.ANI"),
        ("Peru's National Intelligence Directorate", "PER.DINI"),
        ("SENAIN", "ECU.SENAIN"),
        ("Cuban Intelligence Directorate", "CUB.DI"),
        ("Slovak Information Service", "SVK.SIS"),
        ("Croatian Security and Intelligence Agency", "HRV.SOA"),
        ("OSA-OBA", "BIH.OSA"),
        ("UBK", "MKD.UBK"),
        ("Etterretningstjenesten", "NOR.NIS"),
        ("KYP", "CYP.KYP"),
        ("SIEE", "URY.SIEE"),
        ("Strategic Services Agency", "TTO.SSA"),
        ("SREL", "LUX.SRE"),
        ("Agence nationale d'intelligence", "HTI.ANI"),
    ],
)
def test_an_agency_is_named_by_the_press_forms(kb: KnowledgeBase, name: str, actor_id: str) -> None:
    assert alias_ids(kb, name) == {actor_id}


@pytest.mark.parametrize(
    "name",
    [
        "CNI",
        "BIS",
        "PET",
        "PST",
        "SIS",
        "Säpo",
        "National Intelligence Centre",
        "Internal Security Agency",
        "Foreign Intelligence Agency",
        "Military Intelligence and Security Service",
        "Spanish intelligence",
        "Italian intelligence",
        "Dutch intelligence",
        "Polish intelligence",
        "SRI",
        "SIE",
        "BIA",
        "DANS",
        "SANS",
        "KAPO",
        "FIS",
        "NDB",
        "DSN",
        "AH",
        "National Intelligence Service",
        "State Security Service",
        "Federal Intelligence Service",
        "Romanian intelligence",
        "Swiss intelligence",
        "Greek intelligence",
        "DNI",
        "DAS",
        "AFI",
        "SIDE",
        "ANI",
        "DINI",
        "OIE",
        "SOA",
        "SOVA",
        "SHISH",
        "ANB",
        "OSA",
        "National Security Agency",
        "SSA",
        "DIS",
        "SNI",
        "DID",
        "MSS",
        "Security Service",
        "National Intelligence Directorate",
        "Dirección Nacional de Inteligencia",
        "Centro Nacional de Inteligencia",
        "Intelligence Directorate",
        "Security and Intelligence Agency",
        "Cuban intelligence",
        "Dominican intelligence",
    ],
)
def test_a_shared_acronym_a_shared_name_or_a_bare_demonym_names_no_new_agency(
    kb: KnowledgeBase, name: str
) -> None:
    """ "CNI" is Spain's and Mexico's centre, "BIS" the Bank for International Settlements too,
    "PET", "DANS", "SANS" and "AH" words, "PST" a time zone, "Säpo" (compared without accents)
    the South African Post Office's "Sapo", "SRI" Sri Lanka's first word, "SIE" Guatemala's
    secretariat too, "BIA" the US Bureau of Indian Affairs, "KAPO" a camp word, "FIS" the ski
    federation, "NDB" the New Development Bank, "DSN" NASA's network; "Spanish intelligence" is
    Spain with sector SPY (the events stage's rule), since Spain has more than one agency."""
    assert not alias_ids(kb, name) & set(BODIES)


def test_two_states_agencies_resolve_with_their_sector(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The AIVD said on Thursday that the hackers had tried to enter the ministry's "
        "network. Poland's Internal Security Agency arrested two men in Gdansk a day later."
    )
    ms = run(nlp, stage, text, date(2024, 5, 16))
    got = actors_at(ms, text, ("AIVD", "Poland"))
    assert got == {
        "AIVD": [("NLD.AIVD", "SPY")],
        "Poland": [("POL.ABW", "SPY")],
    }


def test_two_american_agencies_resolve_with_their_sector(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    """A Spanish native name and an acronym, each one state's alone."""
    text = (
        "The Brazilian Intelligence Agency warned of the plot in March, weeks after the "
        "Agencia Federal de Inteligencia had been told of the same men in Buenos Aires."
    )
    ms = run(nlp, stage, text, date(2019, 4, 2))
    got = actors_at(ms, text, ("Brazilian", "Agencia"))
    assert got == {
        "Brazilian": [("BRA.ABIN", "SPY")],
        "Agencia": [("ARG.AFI", "SPY")],
    }
