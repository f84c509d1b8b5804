"""Parliaments, apex courts and national police of further states (issue 14, item 1; kbinst15).

Shipped KB and real model; each text is made up to test one body or rule.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids
from tests.actors.resolving import actors_at, run

from newsgraph.resolve.kb import KnowledgeBase
from newsgraph.resolve.mentions import ActorStage

# Each new body: its official name and every alias, as in the KB block headed "kbinst15".
BODIES: dict[str, list[str]] = {
    "ESP.CORTES": [
        "Cortes Generales",
        "Spanish parliament",
        "Spain's parliament",
        "Spanish Cortes",
    ],
    "ESP.CONST_COURT": [
        "Constitutional Court of Spain",
        "Spanish Constitutional Court",
        "Spain's Constitutional Court",
    ],
    "ESP.GUARDIA_CIVIL": ["Guardia Civil", "Spanish Civil Guard", "Spain's Civil Guard"],
    "NLD.STATES_GENERAL": [
        "States General of the Netherlands",
        "Dutch parliament",
        "Netherlands parliament",
        "Staten-Generaal",
        "Tweede Kamer",
    ],
    "NLD.POLICE": [
        "National Police Corps of the Netherlands",
        "Dutch National Police",
        "Korps Nationale Politie",
    ],
    "BEL.PARLIAMENT": ["Belgian Federal Parliament", "Belgian parliament", "Belgium's parliament"],
    "SWE.RIKSDAG": [
        "Riksdag of Sweden",
        "Swedish parliament",
        "Sweden's parliament",
        "Swedish Riksdag",
    ],
    "SWE.POLICE": ["Swedish Police Authority", "Polismyndigheten"],
    "NOR.STORTING": [
        "Storting",
        "Stortinget",
        "Parliament of Norway",
        "Norwegian parliament",
        "Norway's parliament",
    ],
    "DNK.FOLKETING": [
        "Folketing",
        "Folketinget",
        "Parliament of Denmark",
        "Danish parliament",
        "Denmark's parliament",
    ],
    "FIN.EDUSKUNTA": [
        "Parliament of Finland",
        "Eduskunta",
        "Finnish parliament",
        "Finland's parliament",
    ],
    "AUT.PARLIAMENT": ["Parliament of Austria", "Austrian parliament", "Austria's parliament"],
    "CHE.ASSEMBLY": [
        "Federal Assembly of Switzerland",
        "Swiss parliament",
        "Switzerland's parliament",
        "Swiss Federal Assembly",
    ],
    "GRC.PARLIAMENT": ["Hellenic Parliament", "Greek parliament", "Greece's parliament"],
    "GRC.POLICE": ["Hellenic Police"],
    "PRT.ASSEMBLY": [
        "Assembly of the Republic of Portugal",
        "Portuguese parliament",
        "Portugal's parliament",
    ],
    "CZE.PARLIAMENT": [
        "Parliament of the Czech Republic",
        "Czech parliament",
        "Czech Republic's parliament",
        "Czechia's parliament",
    ],
    "ROU.PARLIAMENT": ["Parliament of Romania", "Romanian parliament", "Romania's parliament"],
    "BGR.ASSEMBLY": [
        "National Assembly of Bulgaria",
        "Bulgarian parliament",
        "Bulgaria's parliament",
    ],
    "SRB.ASSEMBLY": ["National Assembly of Serbia", "Serbian parliament", "Serbia's parliament"],
    "HRV.SABOR": ["Croatian Parliament", "Croatia's parliament"],
    "IRL.OIREACHTAS": [
        "Oireachtas",
        "Irish parliament",
        "Ireland's parliament",
        "Dáil Éireann",
        "Dáil",
        "Dail",
    ],
    "IRL.GARDA": [
        "Garda Síochána",
        "An Garda Síochána",
        "Garda Siochana",
        "Gardaí",
        "Gardai",
    ],
    "SVK.COUNCIL": [
        "National Council of the Slovak Republic",
        "Slovak parliament",
        "Slovakia's parliament",
    ],
    "EST.RIIGIKOGU": ["Riigikogu", "Estonian parliament", "Estonia's parliament"],
    "LVA.SAEIMA": ["Saeima", "Latvian parliament", "Latvia's parliament"],
    "LTU.SEIMAS": ["Seimas", "Lithuanian parliament", "Lithuania's parliament"],
    "MDA.PARLIAMENT": ["Parliament of Moldova", "Moldovan parliament", "Moldova's parliament"],
    "ALB.PARLIAMENT": ["Parliament of Albania", "Albanian parliament", "Albania's parliament"],
    "MKD.ASSEMBLY": [
        "Assembly of North Macedonia",
        "North Macedonian parliament",
        "North Macedonia's parliament",
    ],
    "PHL.CONGRESS": [
        "Congress of the Philippines",
        "Philippine Congress",
        "Philippine Senate",
        "Philippine House of Representatives",
    ],
    "PHL.SUPREME": ["Supreme Court of the Philippines", "Philippine Supreme Court"],
    "PHL.PNP": ["Philippine National Police"],
    "THA.ASSEMBLY": ["National Assembly of Thailand", "Thai parliament", "Thailand's parliament"],
    "THA.CONST_COURT": [
        "Constitutional Court of Thailand",
        "Thai Constitutional Court",
        "Thailand's Constitutional Court",
    ],
    "THA.POLICE": ["Royal Thai Police"],
    "VNM.ASSEMBLY": [
        "National Assembly of Vietnam",
        "Vietnamese parliament",
        "Vietnam's parliament",
        "Vietnamese National Assembly",
        "Vietnam's National Assembly",
    ],
    "MYS.PARLIAMENT": [
        "Parliament of Malaysia",
        "Malaysian parliament",
        "Malaysia's parliament",
        "Dewan Rakyat",
    ],
    "MYS.POLICE": [
        "Royal Malaysia Police",
        "Royal Malaysian Police",
        "Polis Diraja Malaysia",
    ],
    "SGP.PARLIAMENT": [
        "Parliament of Singapore",
        "Singapore's parliament",
        "Singaporean parliament",
    ],
    "NPL.PARLIAMENT": [
        "Federal Parliament of Nepal",
        "Nepali parliament",
        "Nepalese parliament",
        "Nepal's parliament",
    ],
    "KAZ.PARLIAMENT": ["Parliament of Kazakhstan", "Kazakh parliament", "Kazakhstan's parliament"],
    "UZB.OLIY_MAJLIS": ["Oliy Majlis", "Uzbek parliament", "Uzbekistan's parliament"],
    "KGZ.JOGORKU_KENESH": [
        "Supreme Council of Kyrgyzstan",
        "Jogorku Kenesh",
        "Kyrgyz parliament",
        "Kyrgyzstan's parliament",
    ],
    "KHM.PARLIAMENT": ["Parliament of Cambodia", "Cambodian parliament", "Cambodia's parliament"],
    "MNG.KHURAL": [
        "State Great Khural",
        "State Great Hural",
        "Mongolian parliament",
        "Mongolia's parliament",
    ],
    "KWT.ASSEMBLY": [
        "National Assembly of Kuwait",
        "Kuwaiti parliament",
        "Kuwait's parliament",
        "Kuwaiti National Assembly",
    ],
    "QAT.SHURA": [
        "Consultative Assembly of Qatar",
        "Qatari Shura Council",
        "Qatar's Shura Council",
        "Shura Council of Qatar",
    ],
    "BHR.ASSEMBLY": ["National Assembly of Bahrain", "Bahraini parliament", "Bahrain's parliament"],
    "OMN.COUNCIL": ["Council of Oman", "Majlis Oman", "Omani parliament", "Oman's parliament"],
    "ARE.FNC": [
        "Federal National Council",
        "UAE Federal National Council",
        "UAE's Federal National Council",
        "Emirati parliament",
        "UAE parliament",
    ],
    "TUN.ARP": [
        "Assembly of the Representatives of the People",
        "Tunisian parliament",
        "Tunisia's parliament",
    ],
    "DZA.PARLIAMENT": ["Parliament of Algeria", "Algerian parliament", "Algeria's parliament"],
    "MAR.PARLIAMENT": ["Parliament of Morocco", "Moroccan parliament", "Morocco's parliament"],
}


@pytest.mark.parametrize(
    ("name", "actor_id"),
    [(name, actor_id) for actor_id, names in BODIES.items() for name in names],
)
def test_each_name_of_a_new_body_is_its_alone(kb: KnowledgeBase, name: str, actor_id: str) -> None:
    assert alias_ids(kb, name) == {actor_id}


def test_each_new_body_has_its_state_and_sector(kb: KnowledgeBase) -> None:
    sectors = {}
    for actor_id in BODIES:
        actor = kb.get(actor_id)
        assert actor is not None, actor_id
        assert actor.type == "institution" and actor.country == actor_id.split(".")[0]
        sectors[actor_id] = actor.sector
    assert sectors["ESP.GUARDIA_CIVIL"] == "COP" and sectors["THA.CONST_COURT"] == "JUD"
    assert sum(s == "LEG" for s in sectors.values()) == 43


@pytest.mark.parametrize(
    "name",
    ["Riksdag", "Sabor", "Sobranie", "Kuvendi", "National Assembly", "Federal Assembly", "PNP"],
)
def test_a_name_two_states_bodies_bear_is_no_new_alias(kb: KnowledgeBase, name: str) -> None:
    """Finland's parliament is also the "Riksdag" in Swedish; "Sabor", "Sobranie" and "Kuvendi"
    name other South Slavic and Albanian-speaking assemblies; "PNP" is also a party's."""
    assert not alias_ids(kb, name) & set(BODIES)


def test_bodies_of_a_state_resolve_with_their_sector(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Thai parliament debated the budget on Monday. Thailand's Constitutional Court "
        "later suspended the prime minister, and the Royal Thai Police guarded the court."
    )
    ms = run(nlp, stage, text, date(2024, 8, 14))
    got = actors_at(ms, text, ("parliament", "Constitutional", "Royal"))
    assert got == {
        "parliament": [("THA.ASSEMBLY", "LEG")],
        "Constitutional": [("THA.CONST_COURT", "JUD")],
        "Royal": [("THA.POLICE", "COP")],
    }


def test_a_european_parliament_and_police_in_one_story(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Storting approved the fund's new rules, while in Dublin the Garda Síochána "
        "questioned two men and the Dutch parliament voted on asylum."
    )
    ms = run(nlp, stage, text, date(2023, 5, 10))
    got = actors_at(ms, text, ("Storting", "Garda", "Dutch"))
    assert got == {
        "Storting": [("NOR.STORTING", "LEG")],
        "Garda": [("IRL.GARDA", "COP")],
        "Dutch": [("NLD.STATES_GENERAL", "LEG")],
    }


def test_national_police_forces_by_their_names(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    """A police body by its own name; a demonym before "police" is the state (its sector COP
    comes from the events stage)."""
    text = (
        "The Hellenic Police detained a smuggler on Lesbos, the Swedish Police Authority raised "
        "the threat level, and Malaysian police seized a shipment in Penang."
    )
    ms = run(nlp, stage, text, date(2023, 8, 17))
    got = actors_at(ms, text, ("Hellenic", "Swedish", "Malaysian"), sectors=False)
    assert got == {
        "Hellenic": ["GRC.POLICE"],
        "Swedish": ["SWE.POLICE"],
        "Malaysian": ["MYS"],
    }
