"""Intelligence and security agencies of further states (issue 14, item 1; branch
kbintel25): the states the kbintel22-24 passes did not reach, and the military and
counter-intelligence agencies of large states that news names apart from their principal
service.

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
    "TUN.ASRD": "SPY",
    "CIV.ANSI": "SPY",
    "PAN.SENIS": "SPY",
    "TLS.SNI": "SPY",
    "IRL.IMIS": "SPY",
    "FRA.DRM": "SPY",
    "DEU.MAD": "SPY",
    "GBR.DI": "SPY",
    "ESP.CIFAS": "SPY",
    "JPN.DIH": "SPY",
    "KOR.DCC": "SPY",
    "KOR.DSC": "SPY",
    "SYC.SIS": "SPY",
    "GUY.NISA": "SPY",
    "BEN.DSLD": "SPY",
    "MRT.DSE": "SPY",
    "GAB.DGDI": "SPY",
    "FJI.FIS": "SPY",
    "JAM.NIB": "SPY",
    "RUS.FSO": "SPY",
    "PRK.MSS": "SPY",
    "PAK.IB": "SPY",
    "IND.DIA": "SPY",
    "SAU.PSS": "SPY",
    "EGY.NSA": "SPY",
    "EGY.SSIS": "SPY",
    "EGY.MI": "SPY",
    "CHN.JSD_IB": "SPY",
    "ITA.RIS": "SPY",
    "CPV.SIR": "SPY",
    "GNB.SIS": "SPY",
    "SUR.DNV": "SPY",
    "KHM.DMI": "SPY",
}


(
    test_each_body_is_its_states_with_its_sector,
    test_each_name_and_alias_looks_up_to_the_body_alone,
) = each_body_is_its_states(BODIES)


@pytest.mark.parametrize(
    ("name", "actor_id"),
    [
        ("Tunisia's Intelligence, Security and Defence Agency", "TUN.ASRD"),
        ("Agence nationale de la stratégie et de l'intelligence", "CIV.ANSI"),
        ("Panama's National Intelligence and Security Service", "PAN.SENIS"),
        ("East Timor's National Intelligence Service", "TLS.SNI"),
        ("Irish military intelligence", "IRL.IMIS"),
        ("Irish Directorate of Military Intelligence", "IRL.IMIS"),
        ("French military intelligence", "FRA.DRM"),
        ("Direction du renseignement militaire", "FRA.DRM"),
        ("Militärischer Abschirmdienst", "DEU.MAD"),
        ("German Military Counterintelligence Service", "DEU.MAD"),
        ("UK Defence Intelligence", "GBR.DI"),
        ("Spanish military intelligence", "ESP.CIFAS"),
        ("Japan's Defense Intelligence Headquarters", "JPN.DIH"),
        ("Defense Counterintelligence Command", "KOR.DCC"),
        ("Defense Security Support Command", "KOR.DCC"),
        ("South Korea's Defense Security Command", "KOR.DSC"),
        ("Seychelles Intelligence Service", "SYC.SIS"),
        ("Guyana's National Intelligence and Security Agency", "GUY.NISA"),
        ("Fiji Intelligence Services", "FJI.FIS"),
        ("Jamaica's National Intelligence Bureau", "JAM.NIB"),
        ("Russia's Federal Protective Service", "RUS.FSO"),
        ("Federal Guard Service of Russia", "RUS.FSO"),
        ("North Korea's Ministry of State Security", "PRK.MSS"),
        ("Bowibu", "PRK.MSS"),
        ("Pakistan's Intelligence Bureau", "PAK.IB"),
        ("Indian Defence Intelligence Agency", "IND.DIA"),
        ("Saudi Presidency of State Security", "SAU.PSS"),
        ("Egypt's National Security Agency", "EGY.NSA"),
        ("State Security Investigations Service", "EGY.SSIS"),
        ("Egyptian military intelligence", "EGY.MI"),
        ("Chinese military intelligence", "CHN.JSD_IB"),
        ("2PLA", "CHN.JSD_IB"),
        ("Reparto Informazioni e Sicurezza", "ITA.RIS"),
        ("Serviço de Informações da República", "CPV.SIR"),
        ("Surinamese Directorate of National Security", "SUR.DNV"),
        ("Cambodian military intelligence", "KHM.DMI"),
    ],
)
def test_an_agency_is_named_by_the_press_forms(kb: KnowledgeBase, name: str, actor_id: str) -> None:
    assert alias_ids(kb, name) == {actor_id}


@pytest.mark.parametrize(
    "name",
    [
        "National Intelligence Service",
        "National Intelligence and Security Service",
        "Directorate of Military Intelligence",
        "Military Counterintelligence Service",
        "Defence Intelligence",
        "Defense Security Command",
        "Military Intelligence Service",
        "DRM",
        "MAD",
        "DI",
        "DIH",
        "DCC",
        "DSC",
        "SNI",
        "SENIS",
        "ANSI",
        "CIFAS",
        "IMIS",
        "SIS",
        "NISA",
        "NIB",
        "FSO",
        "FIS",
        "IB",
        "DIA",
        "MI",
        "PSS",
        "SSIS",
        "RIS",
        "DSE",
        "DGDI",
        "SIR",
        "DNV",
        "Directorate of National Security",
        "Department of Military Intelligence",
        "Cambodian intelligence",
        "Serviço de Informações e Segurança",
        "Serviço de Informações de Segurança",
        "National Intelligence Bureau",
        "Federal Protective Service",
        "Intelligence Bureau",
        "Defence Intelligence Agency",
        "Defense Intelligence Agency",
        "National Security Agency",
        "Military Intelligence",
        "Direction de la sécurité extérieure",
        "Pakistani intelligence",
        "Indian intelligence",
        "Russian intelligence",
        "Egyptian intelligence",
        "Saudi intelligence",
        "Tunisian intelligence",
        "Irish intelligence",
        "French intelligence",
        "German intelligence",
        "British intelligence",
        "Spanish intelligence",
        "Japanese intelligence",
    ],
)
def test_a_shared_name_an_acronym_or_a_demonym_names_no_new_agency(
    kb: KnowledgeBase, name: str
) -> None:
    """A name or acronym several bodies bear names none of them; "French intelligence" is
    France with sector SPY (the events stage's rule), France having several agencies."""
    assert not alias_ids(kb, name) & set(BODIES)


def test_the_principal_services_keep_their_names(kb: KnowledgeBase) -> None:
    """The military agencies sit beside their states' principal services, not in their place."""
    assert alias_ids(kb, "DGSE") == {"FRA.DGSE"}
    assert alias_ids(kb, "BND") == {"DEU.BND"}
    assert alias_ids(kb, "Spain's National Intelligence Centre") == {"ESP.CNI"}
    assert alias_ids(kb, "South Korea's National Intelligence Service") == {"KOR.NIS"}
    assert alias_ids(kb, "Ministry of State Security") == {"CHN.MSS"}
    assert alias_ids(kb, "Defense Intelligence Agency") == {"USA.DIA"}
    assert alias_ids(kb, "National Security Agency") == {"USA.NSA"}
    assert alias_ids(kb, "Indian Intelligence Bureau") == {"IND.IB"}
    assert alias_ids(kb, "Saudi intelligence") == {"SAU.GIP"}
    assert alias_ids(kb, "Egyptian intelligence") == {"EGY.GIS"}


def test_military_agencies_resolve_with_their_sector(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    text = (
        "French military intelligence had misread the build-up, a senator said, and the "
        "Militärischer Abschirmdienst opened an inquiry into two officers in Cologne."
    )
    ms = run(nlp, stage, text, date(2023, 5, 9))
    got = actors_at(ms, text, ("French", "Militärischer"))
    assert got == {
        "French": [("FRA.DRM", "SPY")],
        "Militärischer": [("DEU.MAD", "SPY")],
    }


def test_a_renamed_command_resolves_to_its_state(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Prosecutors raided the Defense Counterintelligence Command in Gwacheon on Tuesday, "
        "and Panama's National Intelligence and Security Service said it had shared no files."
    )
    ms = run(nlp, stage, text, date(2024, 12, 10))
    got = actors_at(ms, text, ("Defense", "Panama"))
    assert got == {
        "Defense": [("KOR.DCC", "SPY")],
        "Panama": [("PAN.SENIS", "SPY")],
    }


def test_gulf_and_asian_agencies_resolve_with_their_sector(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Saudi Arabia's Presidency of State Security detained the cleric last month, and "
        "Pakistan's Intelligence Bureau briefed the prime minister on the threat."
    )
    ms = run(nlp, stage, text, date(2022, 2, 14))
    got = actors_at(ms, text, ("Saudi", "Pakistan"))
    assert got == {
        "Saudi": [("SAU.PSS", "SPY")],
        "Pakistan": [("PAK.IB", "SPY")],
    }
