"""Intelligence and security agencies of Sub-Saharan Africa (issue 14, item 1; branch
kbintel24): each state's principal civilian intelligence or state-security agency, and its
foreign or military intelligence where news names them apart.

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
    "KEN.NIS": "SPY",
    "ZAF.SSA": "SPY",
    "ZAF.NIA": "SPY",
    "SDN.GIS": "SPY",
    "SDN.NISS": "SPY",
    "SSD.NSS": "SPY",
    "SOM.NISA": "SPY",
    "UGA.ISO": "SPY",
    "UGA.ESO": "SPY",
    "UGA.CMI": "SPY",
    "RWA.NISS": "SPY",
    "BDI.SNR": "SPY",
    "COD.ANR": "SPY",
    "TZA.TISS": "SPY",
    "ZWE.CIO": "SPY",
    "MOZ.SISE": "SPY",
    "AGO.SINSE": "SPY",
    "ZMB.ZSIS": "SPY",
    "MWI.NIS": "SPY",
    "GHA.BNI": "SPY",
    "GHA.NIB": "SPY",
    "SEN.DGRN": "SPY",
    "MLI.ANSE": "SPY",
    "BFA.ANR": "SPY",
    "NER.DGDSE": "SPY",
    "TCD.ANS": "SPY",
    "CMR.DGRE": "SPY",
    "ERI.NSO": "SPY",
    "DJI.SDS": "SPY",
    "BWA.DIS": "SPY",
    "NAM.NCIS": "SPY",
    "GMB.NIA": "SPY",
    "GMB.SIS": "SPY",
    "LBR.NSA": "SPY",
    "TGO.ANR": "SPY",
    "SLE.CISU": "SPY",
    "COG.CID": "SPY",
    "LSO.NSS": "SPY",
    "MDG.CIS": "SPY",
    "MUS.NSS": "SPY",
}


(
    test_each_body_is_its_states_with_its_sector,
    test_each_name_and_alias_looks_up_to_the_body_alone,
) = each_body_is_its_states(BODIES)


@pytest.mark.parametrize(
    ("name", "actor_id"),
    [
        ("Kenya's National Intelligence Service", "KEN.NIS"),
        ("Kenyan National Intelligence Service", "KEN.NIS"),
        ("South Africa's State Security Agency", "ZAF.SSA"),
        ("Sudan's General Intelligence Service", "SDN.GIS"),
        ("Sudanese National Intelligence and Security Service", "SDN.NISS"),
        ("South Sudan's National Security Service", "SSD.NSS"),
        ("Somalia's National Intelligence and Security Agency", "SOM.NISA"),
        ("Internal Security Organisation", "UGA.ISO"),
        ("Chieftaincy of Military Intelligence", "UGA.CMI"),
        ("Rwandan National Intelligence and Security Service", "RWA.NISS"),
        ("Burundian National Intelligence Service", "BDI.SNR"),
        ("DR Congo's National Intelligence Agency", "COD.ANR"),
        ("Tanzania Intelligence and Security Service", "TZA.TISS"),
        ("Zimbabwe's Central Intelligence Organisation", "ZWE.CIO"),
        ("Serviço de Informação e Segurança do Estado", "MOZ.SISE"),
        ("SINSE", "AGO.SINSE"),
        ("ZSIS", "ZMB.ZSIS"),
        ("Bureau of National Investigations", "GHA.BNI"),
        ("Ghana's National Intelligence Bureau", "GHA.NIB"),
        ("Direction générale de la recherche extérieure", "CMR.DGRE"),
        ("Eritrean National Security Office", "ERI.NSO"),
        ("Botswana's Directorate of Intelligence and Security", "BWA.DIS"),
        ("Namibian Central Intelligence Service", "NAM.NCIS"),
        ("Gambian National Intelligence Agency", "GMB.NIA"),
        ("Gambia's State Intelligence Services", "GMB.SIS"),
        ("Liberian National Security Agency", "LBR.NSA"),
        ("Centrale d'intelligence et de documentation", "COG.CID"),
        ("Malagasy Central Intelligence Service", "MDG.CIS"),
        ("Mauritian National Security Service", "MUS.NSS"),
    ],
)
def test_an_agency_is_named_by_the_press_forms(kb: KnowledgeBase, name: str, actor_id: str) -> None:
    assert alias_ids(kb, name) == {actor_id}


@pytest.mark.parametrize(
    "name",
    [
        "National Intelligence Service",
        "National Security Service",
        "National Intelligence and Security Service",
        "National Intelligence and Security Agency",
        "General Intelligence Service",
        "State Security Agency",
        "National Intelligence Agency",
        "NIS",
        "NSS",
        "NISS",
        "NISA",
        "ISO",
        "ESO",
        "CMI",
        "SSA",
        "National Intelligence Bureau",
        "National Security Office",
        "Agence nationale de renseignements",
        "Agence nationale de renseignement",
        "Agence nationale de sécurité",
        "Agence nationale de la sécurité d'État",
        "Service de documentation et de sécurité",
        "Délégation générale au renseignement national",
        "Direction générale de la documentation et de la sécurité extérieure",
        "Central Intelligence Service",
        "Directorate of Intelligence and Security",
        "State Intelligence Services",
        "National Intelligence Agency",
        "Central Intelligence and Security Unit",
        "Agence nationale des renseignements",
        "Direction générale de la surveillance du territoire",
        "SNR",
        "ANR",
        "TISS",
        "CIO",
        "SISE",
        "BNI",
        "NIB",
        "NSO",
        "NCIS",
        "DIS",
        "SIS",
        "CISU",
        "CID",
        "CIS",
        "ANS",
        "ANSE",
        "DGRE",
        "DGDSE",
        "SDS",
        "Kenyan intelligence",
        "Zimbabwean intelligence",
        "Ugandan intelligence",
        "Sudanese intelligence",
    ],
)
def test_a_shared_name_an_acronym_or_a_demonym_names_no_new_agency(
    kb: KnowledgeBase, name: str
) -> None:
    """A name or acronym several bodies bear names none of them; "Ugandan intelligence" is
    Uganda with sector SPY (the events stage's rule), Uganda having several agencies."""
    assert not alias_ids(kb, name) & set(BODIES)


def test_the_ethiopian_service_keeps_its_name(kb: KnowledgeBase) -> None:
    """Sudan's and Rwanda's services share Ethiopia's name: each is its state's own."""
    assert alias_ids(kb, "National Intelligence and Security Service of Ethiopia") == {"ETH.NISS"}


def test_two_states_agencies_resolve_with_their_sector(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kenya's National Intelligence Service had warned of the plot weeks earlier, officials "
        "said, while in Kampala the Chieftaincy of Military Intelligence detained two suspects."
    )
    ms = run(nlp, stage, text, date(2024, 3, 5))
    got = actors_at(ms, text, ("Kenya", "Chieftaincy"))
    assert got == {
        "Kenya": [("KEN.NIS", "SPY")],
        "Chieftaincy": [("UGA.CMI", "SPY")],
    }


def test_a_renamed_service_and_its_neighbours_resolve_to_their_own_states(
    nlp, stage: ActorStage
) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Agents of South Sudan's National Security Service arrested the journalist in Juba. "
        "Sudan's General Intelligence Service denied any part in the operation."
    )
    ms = run(nlp, stage, text, date(2021, 8, 17))
    got = actors_at(ms, text, ("South", "General"))
    assert got == {
        "South": [("SSD.NSS", "SPY")],
        "General": [("SDN.GIS", "SPY")],
    }


def test_france_keeps_the_dgse(kb: KnowledgeBase) -> None:
    """Mali's former Direction générale de la sécurité d'État was a "DGSE" too, and Niger's
    DGDSE is one letter from it: neither acronym is an alias, and "DGSE" stays France's."""
    assert alias_ids(kb, "DGSE") == {"FRA.DGSE"}


def test_southern_and_eastern_agencies_resolve_with_their_sector(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Officers of Zimbabwe's Central Intelligence Organisation questioned the two activists, "
        "and the Tanzania Intelligence and Security Service said it was watching the border."
    )
    ms = run(nlp, stage, text, date(2022, 11, 9))
    got = actors_at(ms, text, ("Zimbabwe", "Tanzania"))
    assert got == {
        "Zimbabwe": [("ZWE.CIO", "SPY")],
        "Tanzania": [("TZA.TISS", "SPY")],
    }


def test_the_us_keeps_the_national_security_agency(kb: KnowledgeBase) -> None:
    """Liberia's agency bears the NSA's name: only its qualified forms are Liberia's."""
    assert alias_ids(kb, "National Security Agency") == {"USA.NSA"}
    assert alias_ids(kb, "NSA") == {"USA.NSA"}


def test_a_renamed_west_african_service_resolves_with_its_sector(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Gambian National Intelligence Agency held the reporter for a week before a court "
        "in Banjul ordered his release, and the Liberian National Security Agency denied any role."
    )
    ms = run(nlp, stage, text, date(2014, 5, 20))
    got = actors_at(ms, text, ("Gambian", "Liberian"))
    assert got == {
        "Gambian": [("GMB.NIA", "SPY")],
        "Liberian": [("LBR.NSA", "SPY")],
    }
