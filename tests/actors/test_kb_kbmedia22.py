"""News media of Europe (issue 14, item 1; branch kbmedia22): each state's national news
agency, its public or state broadcasters and one to three newspapers or news sites that world
news cites.

Shipped KB and real model; each text is made up to test one outlet or rule.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_outlet_is_its_states
from tests.actors.resolving import actor_ids_at, actors_at, run

from newsgraph.resolve.kb import KnowledgeBase
from newsgraph.resolve.mentions import ActorStage

# id -> state, for every outlet the pass adds
OUTLETS: dict[str, str] = {
    "POLISH_PRESS_AGENCY": "POL",
    "TVP_POLAND": "POL",
    "POLSKIE_RADIO": "POL",
    "GAZETA_WYBORCZA": "POL",
    "RZECZPOSPOLITA": "POL",
    "ANP_NETHERLANDS": "NLD",
    "NOS_NETHERLANDS": "NLD",
    "NRC_HANDELSBLAD": "NLD",
    "VOLKSKRANT": "NLD",
    "BELGA": "BEL",
    "VRT": "BEL",
    "RTBF": "BEL",
    "LE_SOIR": "BEL",
    "DE_MORGEN": "BEL",
    "DE_STANDAARD": "BEL",
    "TT_SWEDEN": "SWE",
    "SVT": "SWE",
    "SVERIGES_RADIO": "SWE",
    "DAGENS_NYHETER": "SWE",
    "SVENSKA_DAGBLADET": "SWE",
    "AFTONBLADET": "SWE",
    "NTB_NORWAY": "NOR",
    "NRK": "NOR",
    "RITZAU": "DNK",
    "DR_DENMARK": "DNK",
    "POLITIKEN": "DNK",
    "BERLINGSKE": "DNK",
    "YLE": "FIN",
    "HELSINGIN_SANOMAT": "FIN",
    "APA_AUSTRIA": "AUT",
    "ORF": "AUT",
    "DER_STANDARD": "AUT",
    "DIE_PRESSE": "AUT",
    "KEYSTONE_SDA": "CHE",
    "SRG_SSR": "CHE",
    "NZZ": "CHE",
    "CTK": "CZE",
    "CZECH_TELEVISION": "CZE",
    "MTI_HUNGARY": "HUN",
    "MTVA": "HUN",
    "KOSSUTH_RADIO": "HUN",
    "TELEX_HUNGARY": "HUN",
    "AGERPRES": "ROU",
    "TVR_ROMANIA": "ROU",
    "BTA_BULGARIA": "BGR",
    "BNT": "BGR",
    "BNR": "BGR",
    "ANA_MPA": "GRC",
    "ERT": "GRC",
    "KATHIMERINI": "GRC",
    "LUSA": "PRT",
    "RTP_PORTUGAL": "PRT",
    "PUBLICO_PORTUGAL": "PRT",
    "RTE_IRELAND": "IRL",
    "IRISH_TIMES": "IRL",
    "RTS_SERBIA": "SRB",
    "HINA": "HRV",
    "HRT": "HRV",
    "TASR": "SVK",
    "STVR": "SVK",
    "AKTUALITY_SK": "SVK",
    "STA_SLOVENIA": "SVN",
    "RTV_SLOVENIJA": "SVN",
    "LETA": "LVA",
    "LSM_LATVIA": "LVA",
    "ERR_ESTONIA": "EST",
    "LRT": "LTU",
    "ELTA": "LTU",
    "FENA": "BIH",
    "BHRT": "BIH",
    "ATA_ALBANIA": "ALB",
    "RTSH": "ALB",
    "MIA_MACEDONIA": "MKD",
    "MRT_MACEDONIA": "MKD",
    "MOLDPRES": "MDA",
    "TELERADIO_MOLDOVA": "MDA",
    "RTCG": "MNE",
    "MINA_MONTENEGRO": "MNE",
    "VIJESTI": "MNE",
    "CYPRUS_NEWS_AGENCY": "CYP",
    "CYBC": "CYP",
    "CYPRUS_MAIL": "CYP",
    "PBS_MALTA": "MLT",
    "TIMES_OF_MALTA": "MLT",
    "MALTA_INDEPENDENT": "MLT",
    "RUV": "ISL",
    "MORGUNBLADID": "ISL",
    "OSSERVATORE_ROMANO": "VAT",
    "ARD": "DEU",
    "ZDF": "DEU",
    "RAI": "ITA",
    "RTVE": "ESP",
    "FRANCE_TELEVISIONS": "FRA",
    "SUSPILNE": "UKR",
    "LUXEMBURGER_WORT": "LUX",
    "LIECHTENSTEINER_VATERLAND": "LIE",
    "SAN_MARINO_RTV": "SMR",
    "RTVA_ANDORRA": "AND",
    "DIARI_D_ANDORRA": "AND",
    "MONACO_MATIN": "MCO",
    "TVMONACO": "MCO",
    "AFTENPOSTEN": "NOR",
    "HOTNEWS_RO": "ROU",
    "DIGI24": "ROU",
    "JUTARNJI_LIST": "HRV",
    "INDEX_HR": "HRV",
}

# the state outlets (secondary sector GOV, note "state media")
STATE_MEDIA = {
    "POLISH_PRESS_AGENCY",
    "MTI_HUNGARY",
    "MTVA",
    "KOSSUTH_RADIO",
    "BTA_BULGARIA",
    "ANA_MPA",
    "ERT",
    "RTS_SERBIA",
    "ATA_ALBANIA",
    "RTSH",
    "MIA_MACEDONIA",
    "MRT_MACEDONIA",
    "MOLDPRES",
    "PBS_MALTA",
    "OSSERVATORE_ROMANO",
    "RAI",
    "RTVE",
    "FRANCE_TELEVISIONS",
    "RTVA_ANDORRA",
    "TVMONACO",
}


(
    test_each_outlet_is_its_states_with_sector_jrn,
    test_each_name_and_alias_looks_up_to_the_outlet_alone,
) = each_outlet_is_its_states(OUTLETS)


def test_state_media_carry_gov_and_public_broadcasters_do_not(kb: KnowledgeBase) -> None:
    for actor_id in OUTLETS:
        outlet = kb.get(actor_id)
        assert outlet is not None
        assert ("GOV" in outlet.sectors) == (actor_id in STATE_MEDIA), actor_id


@pytest.mark.parametrize(
    ("name", "actor_id"),
    [
        ("Polska Agencja Prasowa", "POLISH_PRESS_AGENCY"),
        ("Telewizja Polska", "TVP_POLAND"),
        ("NOS Journaal", "NOS_NETHERLANDS"),
        ("VRT NWS", "VRT"),
        ("Tidningarnas Telegrambyrå", "TT_SWEDEN"),
        ("Norsk Telegrambyrå", "NTB_NORWAY"),
        ("Danmarks Radio", "DR_DENMARK"),
        ("Austria Presse Agentur", "APA_AUSTRIA"),
        ("Swiss Broadcasting Corporation", "SRG_SSR"),
        ("CTK", "CTK"),
        ("Magyar Távirati Iroda", "MTI_HUNGARY"),
        ("Bulgarian Telegraph Agency", "BTA_BULGARIA"),
        ("ANA-MPA", "ANA_MPA"),
        ("RTE", "RTE_IRELAND"),
        ("Irish Times", "IRISH_TIMES"),
        ("Radio-Television of Serbia", "RTS_SERBIA"),
        ("RTVS", "STVR"),
        ("Slovenska tiskovna agencija", "STA_SLOVENIA"),
        ("Macedonian Information Agency", "MIA_MACEDONIA"),
        ("Morgunbladid", "MORGUNBLADID"),
        ("RUV", "RUV"),
        ("Tagesschau", "ARD"),
        ("Radiotelevisione italiana", "RAI"),
        ("France Televisions", "FRANCE_TELEVISIONS"),
        ("UA:PBC", "SUSPILNE"),
    ],
)
def test_an_outlet_is_named_by_the_press_forms(kb: KnowledgeBase, name: str, actor_id: str) -> None:
    assert alias_ids(kb, name) == {actor_id}


@pytest.mark.parametrize(
    "name",
    [
        "PAP",
        "TVP",
        "ANP",
        "NOS",
        "TT",
        "NTB",
        "DR",
        "APA",
        "SDA",
        "Standard",
        "Presse",
        "MTI",
        "BTA",
        "RTP",
        "Telex",
        "Publico",
        "RTS",
        "HRT",
        "STA",
        "ERR",
        "LRT",
        "ELTA",
        "FENA",
        "MIA",
        "MRT",
        "MINA",
        "ATA",
        "TRM",
        "CNA",
        "PBS",
        "TVM",
        "The Times",
        "The Independent",
        "RAI",
        "Rai",
        "TVE",
        "Polish television",
        "Polish radio",
        "Swedish television",
        "Czech television",
        "Hungarian state media",
        "Slovak public broadcaster",
        "Greek state broadcaster",
        "Italian public broadcaster",
        "RTVA",
        "Wort",
        "Vaterland",
        "Index",
        "Jutarnji",
    ],
)
def test_an_acronym_or_word_other_bodies_bear_names_no_new_outlet(
    kb: KnowledgeBase, name: str
) -> None:
    """ "PAP" is also Singapore's People's Action Party, "DR" a doctor, "TT" and "NTB" other
    bodies' and places' initials; "Polish television" any Polish channel (a judged TimeBank
    mention is the state): none is a new outlet's name."""
    assert not alias_ids(kb, name) & set(OUTLETS)


def test_two_newspapers_resolve_with_their_sector(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The minister resigned on Friday, Rzeczpospolita reported, citing a letter first "
        "published by Gazeta Wyborcza."
    )
    ms = run(nlp, stage, text, date(2024, 3, 8))
    got = actors_at(ms, text, ("Rzeczpospolita", "Gazeta"))
    assert got == {
        "Rzeczpospolita": [("RZECZPOSPOLITA", "JRN")],
        "Gazeta": [("GAZETA_WYBORCZA", "JRN")],
    }


def test_two_public_broadcasters_resolve_to_their_states(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Speaking to Sveriges Television on Sunday, the mayor said the bridge would reopen, "
        "while Yle said the ferry to Turku had been cancelled."
    )
    ms = run(nlp, stage, text, date(2023, 11, 19))
    got = actors_at(ms, text, ("Sveriges", "Yle"), sectors=False)
    assert got == {"Sveriges": ["SVT"], "Yle": ["YLE"]}


def test_a_swiss_daily_resolves(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    text = "The bank's chairman told the Neue Zürcher Zeitung that no merger was planned."
    assert actor_ids_at(nlp, stage, text, "Neue", date(2024, 5, 2)) == ["NZZ"]


def test_a_state_news_agency_resolves_with_gov_and_a_public_broadcaster_without(
    nlp, stage: ActorStage
) -> None:  # type: ignore[no-untyped-def]
    """MTI is the Hungarian state's agency (JRN with GOV); RTÉ a public broadcaster (JRN)."""
    text = (
        "Hungary's state news agency, Magyar Távirati Iroda, said the talks had failed. In "
        "Dublin, RTÉ reported that the vote would be held in March."
    )
    ms = run(nlp, stage, text, date(2024, 1, 15))
    got = actors_at(ms, text, ("Magyar", "RTÉ"), sectors=False)
    assert got == {"Magyar": ["MTI_HUNGARY"], "RTÉ": ["RTE_IRELAND"]}
    mti, rte = stage.kb.get("MTI_HUNGARY"), stage.kb.get("RTE_IRELAND")
    assert mti is not None and rte is not None
    assert ("GOV" in mti.sectors, "GOV" in rte.sectors) == (True, False)


def test_a_montenegrin_daily_and_broadcaster_resolve_in_running_text(
    nlp, stage: ActorStage
) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Police detained two suspects near the border, the daily Vijesti reported, while "
        "RTCG said the Montenegrin side had closed the crossing."
    )
    ms = run(nlp, stage, text, date(2023, 7, 4))
    got = actors_at(ms, text, ("Vijesti", "RTCG"), sectors=False)
    assert got == {"Vijesti": ["VIJESTI"], "RTCG": ["RTCG"]}


def test_german_and_ukrainian_public_broadcasters_resolve(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    """ "Rai" alone is also a surname (Indian and Nepali news): RAI is named only in the
    qualified forms, and the German and Ukrainian broadcasters by their own names."""
    text = (
        "In an interview with ZDF on Sunday, the chancellor said the talks would go on, and "
        "Suspilne reported air raid alerts across the east."
    )
    ms = run(nlp, stage, text, date(2024, 6, 9))
    got = actors_at(ms, text, ("ZDF", "Suspilne"), sectors=False)
    assert got == {"ZDF": ["ZDF"], "Suspilne": ["SUSPILNE"]}
