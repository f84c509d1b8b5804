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
