"""News media of Sub-Saharan Africa (issue 14, item 1; branch kbmedia23): news agencies, state
and public broadcasters and major newspapers and news sites of the region's states.

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
    "NTA_NIGERIA": "NGA",
    "CHANNELS_TV": "NGA",
    "PUNCH_NIGERIA": "NGA",
    "VANGUARD_NIGERIA": "NGA",
    "DAILY_TRUST": "NGA",
    "KBC_KENYA": "KEN",
    "STANDARD_KENYA": "KEN",
    "CITIZEN_TV_KENYA": "KEN",
    "NEWS24_ZA": "ZAF",
    "MAIL_AND_GUARDIAN": "ZAF",
    "GHANA_NEWS_AGENCY": "GHA",
    "GBC_GHANA": "GHA",
    "UBC_UGANDA": "UGA",
    "NEW_VISION_UGANDA": "UGA",
    "DAILY_MONITOR_UGANDA": "UGA",
    "RBA_RWANDA": "RWA",
    "NEW_TIMES_RWANDA": "RWA",
    "TBC_TANZANIA": "TZA",
    "EBC_ETHIOPIA": "ETH",
    "ADDIS_STANDARD": "ETH",
    "SSBC": "SSD",
    "RADIO_TAMAZUJ": "SSD",
    "SONNA": "SOM",
    "RTNC": "COD",
    "ACTUALITE_CD": "COD",
    "ACP_DRC": "COD",
    "ANGOP": "AGO",
    "TPA_ANGOLA": "AGO",
    "AIM_MOZAMBIQUE": "MOZ",
    "ZBC_ZIMBABWE": "ZWE",
    "HERALD_ZIMBABWE": "ZWE",
    "ZNBC": "ZMB",
    "MBC_MALAWI": "MWI",
    "THE_NAMIBIAN": "NAM",
    "MMEGI": "BWA",
    "APS_SENEGAL": "SEN",
    "RTI_IVORY_COAST": "CIV",
    "ORTM": "MLI",
    "RTB_BURKINA": "BFA",
    "RTN_NIGER": "NER",
    "CRTV": "CMR",
    "LBS_LIBERIA": "LBR",
    "SLBC_SIERRA_LEONE": "SLE",
    "RTNB": "BDI",
    "SRTB_BENIN": "BEN",
    "RADIO_NDEKE_LUKA": "CAF",
    "ACI_CONGO": "COG",
    "ERI_TV": "ERI",
    "RTD_DJIBOUTI": "DJI",
    "ADI_DJIBOUTI": "DJI",
    "AGP_GABON": "GAB",
    "RTG_GUINEA": "GIN",
    "GRTS": "GMB",
    "AMI_MAURITANIA": "MRT",
    "ONAMA_CHAD": "TCD",
    "ATOP_TOGO": "TGO",
    "TVT_TOGO": "TGO",
    "MBC_MAURITIUS": "MUS",
    "TIMES_OF_ESWATINI": "SWZ",
    "TVM_MADAGASCAR": "MDG",
    "INFORPRESS": "CPV",
    "LNBS": "LSO",
    "SBC_SEYCHELLES": "SYC",
    "TVGE": "GNQ",
    "ANG_GUINEA_BISSAU": "GNB",
    "ORTC_COMOROS": "COM",
    "TVS_SAO_TOME": "STP",
}


(
    test_each_outlet_is_its_states_with_sector_jrn,
    test_each_name_and_alias_looks_up_to_the_outlet_alone,
) = each_outlet_is_its_states(OUTLETS)


@pytest.mark.parametrize(
    ("name", "actor_id"),
    [
        ("Channels TV", "CHANNELS_TV"),
        ("Punch newspaper", "PUNCH_NIGERIA"),
        ("Uganda's Daily Monitor", "DAILY_MONITOR_UGANDA"),
        ("Mail and Guardian", "MAIL_AND_GUARDIAN"),
        ("Rwanda's New Times", "NEW_TIMES_RWANDA"),
        ("Nigeria's Vanguard", "VANGUARD_NIGERIA"),
        ("ANGOP", "ANGOP"),
        ("Tele Sahel", "RTN_NIGER"),
        ("ORTN", "RTN_NIGER"),
        ("Zimbabwe's Herald", "HERALD_ZIMBABWE"),
        ("The Namibian newspaper", "THE_NAMIBIAN"),
        ("Tele Tchad", "ONAMA_CHAD"),
        ("Times of Swaziland", "TIMES_OF_ESWATINI"),
        ("Burundi National Radio and Television", "RTNB"),
        ("Radio Television of Djibouti", "RTD_DJIBOUTI"),
    ],
)
def test_an_outlet_is_named_by_the_press_forms(kb: KnowledgeBase, name: str, actor_id: str) -> None:
    assert alias_ids(kb, name) == {actor_id}


@pytest.mark.parametrize(
    "name",
    [
        "NTA",
        "KBC",
        "GBC",
        "UBC",
        "RBA",
        "TBC",
        "GNA",
        "Punch",
        "The Standard",
        "Standard",
        "Daily Monitor",
        "New Vision",
        "New Times",
        "News24",
        "Citizen",
        "Channels",
        "Vanguard",
        "The Herald",
        "Herald",
        "ZBC",
        "EBC",
        "ETV",
        "MBC",
        "APS",
        "RTI",
        "RTB",
        "RTN",
        "LBS",
        "SLBC",
        "AIM",
        "ORTM",
        "ORTB",
        "TPA",
        "TVM",
        "TVS",
        "TVT",
        "RTD",
        "RTG",
        "SBC",
        "ACI",
        "ACP",
        "AGP",
        "AMI",
        "ATOP",
        "ANG",
    ],
)
def test_a_shared_acronym_or_a_common_name_names_no_new_outlet(
    kb: KnowledgeBase, name: str
) -> None:
    """ "NTA" is also India's National Testing Agency, "KBC" a Belgian bank, "RBA" Australia's
    central bank, "GNA" Libya's Government of National Accord, "ZBC" Zanzibar's broadcaster,
    "APS" Algeria's agency, "ORTM" both Mali's and Madagascar's broadcaster, "ORTB" Benin's
    and (1999-2001) Burkina Faso's, "RTB" Brunei's broadcaster, "SLBC" an Indian bankers' committee;
    "News24" is also an Indian channel; the bare paper names are several papers'."""
    assert not alias_ids(kb, name) & set(OUTLETS)


def test_a_state_broadcaster_and_a_private_channel_resolve_with_their_sector(  # type: ignore[no-untyped-def]
    nlp, stage: ActorStage
) -> None:
    text = (
        "Gunmen attacked the convoy near the border, the Nigerian Television Authority reported "
        "on Sunday, while Channels Television said at least four officers were missing."
    )
    ms = run(nlp, stage, text, date(2024, 3, 10))
    got = actors_at(ms, text, ("Television Authority", "Channels"))
    assert got == {
        "Television Authority": [("NTA_NIGERIA", "JRN")],
        "Channels": [("CHANNELS_TV", "JRN")],
    }


def test_a_news_agency_and_a_newspaper_resolve_with_their_sector(  # type: ignore[no-untyped-def]
    nlp, stage: ActorStage
) -> None:
    text = (
        "The Ghana News Agency quoted the minister as saying the talks would resume. In "
        "Kampala, Uganda's Daily Monitor reported that the bill had been withdrawn."
    )
    ms = run(nlp, stage, text, date(2023, 11, 2))
    got = actors_at(ms, text, ("Ghana News", "Daily Monitor"))
    assert got == {
        "Ghana News": [("GHANA_NEWS_AGENCY", "JRN")],
        "Daily Monitor": [("DAILY_MONITOR_UGANDA", "JRN")],
    }


def test_an_agency_and_a_broadcaster_of_southern_africa_resolve(  # type: ignore[no-untyped-def]
    nlp, stage: ActorStage
) -> None:
    text = (
        "The Angola Press Agency said the talks would resume on Monday, while the Zambia "
        "National Broadcasting Corporation reported heavy flooding in Lusaka."
    )
    ms = run(nlp, stage, text, date(2024, 3, 1))
    got = actors_at(ms, text, ("Angola Press", "Zambia National"))
    assert got == {
        "Angola Press": [("ANGOP", "JRN")],
        "Zambia National": [("ZNBC", "JRN")],
    }


def test_a_state_agency_and_an_exiled_radio_resolve(  # type: ignore[no-untyped-def]
    nlp, stage: ActorStage
) -> None:
    text = (
        "According to the Somali National News Agency, the minister arrived in Nairobi on "
        "Tuesday. Radio Tamazuj said fighting had resumed near the border."
    )
    ms = run(nlp, stage, text, date(2024, 3, 1))
    got = actors_at(ms, text, ("Somali National", "Tamazuj"))
    assert got == {
        "Somali National": [("SONNA", "JRN")],
        "Tamazuj": [("RADIO_TAMAZUJ", "JRN")],
    }
