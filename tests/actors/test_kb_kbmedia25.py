"""News media of the Americas (issue 14, item 1; branch kbmedia25): national news agencies,
state and public broadcasters and major newspapers of Latin America and the Caribbean.

Shipped KB and real model; each text is made up to test one outlet or rule.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_outlet_is_its_states
from tests.actors.resolving import actors_at, run

from newsgraph.resolve.kb import KnowledgeBase
from newsgraph.resolve.mentions import ActorStage

# id -> state, for every outlet the pass adds
OUTLETS: dict[str, str] = {
    "EL_TIEMPO_COLOMBIA": "COL",
    "SEMANA_COLOMBIA": "COL",
    "CARACOL_TV": "COL",
    "RCN_TV": "COL",
    "RTVC_COLOMBIA": "COL",
    "LA_TERCERA": "CHL",
    "EL_MERCURIO": "CHL",
    "TVN_CHILE": "CHL",
    "ANDINA_PERU": "PER",
    "EL_COMERCIO_PERU": "PER",
    "LA_REPUBLICA_PERU": "PER",
    "TV_PERU": "PER",
    "EL_UNIVERSO": "ECU",
    "EL_COMERCIO_ECUADOR": "ECU",
    "PRIMICIAS_ECUADOR": "ECU",
    "ECUADOR_TV": "ECU",
    "ABI_BOLIVIA": "BOL",
    "BOLIVIA_TV": "BOL",
    "EL_DEBER": "BOL",
    "EL_PAIS_URUGUAY": "URY",
    "EL_OBSERVADOR_URUGUAY": "URY",
    "ABC_COLOR": "PRY",
    "ULTIMA_HORA_PARAGUAY": "PRY",
    "IP_PARAGUAY": "PRY",
    "STABROEK_NEWS": "GUY",
    "KAIETEUR_NEWS": "GUY",
    "GUYANA_CHRONICLE": "GUY",
    "DE_WARE_TIJD": "SUR",
    "TIMES_OF_SURINAME": "SUR",
    "14YMEDIO": "CUB",
    "PRENSA_LIBRE": "GTM",
    "AGN_GUATEMALA": "GTM",
    "LA_PRENSA_HONDURAS": "HND",
    "EL_HERALDO_HONDURAS": "HND",
    "EL_FARO": "SLV",
    "LA_PRENSA_GRAFICA": "SLV",
    "LA_PRENSA_NICARAGUA": "NIC",
    "CONFIDENCIAL_NICARAGUA": "NIC",
    "LA_NACION_COSTA_RICA": "CRI",
    "LA_PRENSA_PANAMA": "PAN",
    "LISTIN_DIARIO": "DOM",
    "LE_NOUVELLISTE_HAITI": "HTI",
    "RADIO_KISKEYA": "HTI",
    "JAMAICA_GLEANER": "JAM",
    "JAMAICA_OBSERVER": "JAM",
    "TRINIDAD_GUARDIAN": "TTO",
    "TRINIDAD_EXPRESS": "TTO",
    "TT_NEWSDAY": "TTO",
    "NASSAU_GUARDIAN": "BHS",
    "TRIBUNE_BAHAMAS": "BHS",
    "ZNS_BAHAMAS": "BHS",
    "BARBADOS_TODAY": "BRB",
    "NATION_BARBADOS": "BRB",
    "CHANNEL_5_BELIZE": "BLZ",
    "ANTIGUA_OBSERVER": "ATG",
    "ABS_ANTIGUA": "ATG",
    "ZIZ_BROADCASTING": "KNA",
    "VOICE_SAINT_LUCIA": "LCA",
    "SEARCHLIGHT_SVG": "VCT",
    "GBN_GRENADA": "GRD",
    "SUN_DOMINICA": "DMA",
    "CNBC": "USA",
    "GLOBE_AND_MAIL": "CAN",
    "MILENIO": "MEX",
    "ESTADAO": "BRA",
    "LA_NACION_ARGENTINA": "ARG",
    "VTV_VENEZUELA": "VEN",
}


(
    test_each_outlet_is_its_states_with_sector_jrn,
    test_each_name_and_alias_looks_up_to_the_outlet_alone,
) = each_outlet_is_its_states(OUTLETS)


@pytest.mark.parametrize(
    ("name", "actor_id"),
    [
        ("El Tiempo", "EL_TIEMPO_COLOMBIA"),
        ("Caracol TV", "CARACOL_TV"),
        ("Noticias RCN", "RCN_TV"),
        ("TVN Chile", "TVN_CHILE"),
        ("Peru's El Comercio", "EL_COMERCIO_PERU"),
        ("Andina news agency", "ANDINA_PERU"),
        ("Ecuador's El Comercio", "EL_COMERCIO_ECUADOR"),
        ("Uruguay's El Pais", "EL_PAIS_URUGUAY"),
        ("Ultima Hora (Paraguay)", "ULTIMA_HORA_PARAGUAY"),
        ("Television Boliviana", "BOLIVIA_TV"),
        ("Nicaragua's La Prensa", "LA_PRENSA_NICARAGUA"),
        ("Costa Rica's La Nacion", "LA_NACION_COSTA_RICA"),
        ("Listin Diario", "LISTIN_DIARIO"),
        ("the Jamaica Gleaner", "JAMAICA_GLEANER"),
        ("Trinidad Express", "TRINIDAD_EXPRESS"),
        ("Globe and Mail", "GLOBE_AND_MAIL"),
        ("Estadao", "ESTADAO"),
        ("Argentina's La Nacion", "LA_NACION_ARGENTINA"),
    ],
)
def test_an_outlet_is_named_by_the_press_forms(kb: KnowledgeBase, name: str, actor_id: str) -> None:
    assert alias_ids(kb, name) == {actor_id}


@pytest.mark.parametrize(
    "name",
    [
        "Semana",
        "Caracol",
        "RCN",
        "RTVC",
        "TVN",
        "Andina",
        "El Comercio",
        "La República",
        "ABI",
        "El Observador",
        "Última Hora",
        "TV",
        "La Prensa",
        "La Nación",
        "El Heraldo",
        "El Faro",
        "Confidencial",
        "Le Nouvelliste",
        "The Gleaner",
        "Gleaner",
        "Newsday",
        "The Tribune",
        "Tribune",
        "The Nation",
        "Express",
        "Guardian",
        "Observer",
        "VTV",
        "Globe",
        "Estado",
        "ABS",
        "ZBC",
        "GBN",
        "The Voice",
        "Searchlight",
        "The Sun",
        "Channel 5",
        "Daily Observer",
    ],
)
def test_a_common_word_an_other_body_s_acronym_or_a_shared_title_names_no_new_outlet(
    kb: KnowledgeBase, name: str
) -> None:
    """ "Semana Santa", Haiti's Caracol, the UK's RCN (Royal College of Nursing), Spain's RTVC
    (Canary Islands) and Panama's and Poland's TVN; Ecuador has its own El Comercio; the
    Association of British Insurers is the ABI; "Última Hora" is also "breaking news" and a
    Mallorcan daily; El País stays Spain's; Argentina has a La Nación, Honduras, Nicaragua and
    Panama each a La Prensa, Colombia and Mexico an El Heraldo, Spain a Faro de Vigo and an El
    Confidencial, Switzerland a Le Nouvelliste, Canada and the US a Gleaner, New York a Newsday
    and Kenya a Nation; El Faro was also a cargo ship lost in 2015; Vietnam's broadcaster is
    also VTV; Zimbabwe's broadcaster is the ZBC and Britain's GB News the GBN; "The Voice", "The
    Sun", "Searchlight", "Channel 5" and "Daily Observer" are many outlets' names."""
    assert not alias_ids(kb, name) & set(OUTLETS)


def test_el_pais_stays_spain_s(kb: KnowledgeBase) -> None:
    assert alias_ids(kb, "El País") == {"EL_PAIS"}


def test_a_newspaper_and_a_broadcaster_resolve_with_their_sector(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Colombian newspaper El Tiempo reported on Sunday that the talks had stalled, and "
        "Caracol TV showed the convoy leaving the town."
    )
    ms = run(nlp, stage, text, date(2024, 3, 4))
    got = actors_at(ms, text, ("Tiempo", "Caracol"))
    assert got == {
        "Tiempo": [("EL_TIEMPO_COLOMBIA", "JRN")],
        "Caracol": [("CARACOL_TV", "JRN")],
    }


def test_a_paper_after_its_state_and_a_public_broadcaster_resolve(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Chile's La Tercera said the bill would pass, while Televisión Nacional de Chile "
        "broadcast the debate live. According to Peru's El Comercio, the minister resigned."
    )
    ms = run(nlp, stage, text, date(2024, 3, 4))
    got = actors_at(ms, text, ("Tercera", "Nacional", "Comercio"))
    assert got == {
        "Tercera": [("LA_TERCERA", "JRN")],
        "Nacional": [("TVN_CHILE", "JRN")],
        "Comercio": [("EL_COMERCIO_PERU", "JRN")],
    }


def test_two_caribbean_dailies_resolve(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Jamaica Observer reported that the storm had cut power to the parish, and the "
        "Trinidad Express said ferries were cancelled."
    )
    ms = run(nlp, stage, text, date(2024, 3, 4))
    got = actors_at(ms, text, ("Observer", "Express"))
    assert got == {
        "Observer": [("JAMAICA_OBSERVER", "JRN")],
        "Express": [("TRINIDAD_EXPRESS", "JRN")],
    }


def test_a_state_broadcaster_and_two_papers_resolve(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Bolivian state broadcaster Bolivia TV showed the minister arriving, and El Deber "
        "said the vote would be delayed. ABC Color reported the same from Asunción."
    )
    ms = run(nlp, stage, text, date(2024, 3, 4))
    got = actors_at(ms, text, ("TV", "Deber", "Color"))
    assert got == {
        "TV": [("BOLIVIA_TV", "JRN")],
        "Deber": [("EL_DEBER", "JRN")],
        "Color": [("ABC_COLOR", "JRN")],
    }
