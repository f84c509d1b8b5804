"""Leaders of the main parties of further states since 2010, a third pass (issue 14, items 1
and 5; branch kbleaders24): who led each party on a day, and how a leader is coded on a day of
the spell (resolve/roles.py): a head of government who leads a party is still the head of
government (GOV), whichever began later; an opposition leader with no office of state is coded
PTY.

Shipped KB; no model.
"""

from __future__ import annotations

from datetime import date

from tests.actors.kb_holders import (
    PersonDay,
    alias_ids,
    each_party_leader_is_coded,
    party_leader_ids,
)

from newsgraph.resolve.kb import KnowledgeBase
from newsgraph.resolve.roles import status_on

# (party, a day inside the spell) -> its leader on that day
LEADERS: dict[tuple[str, date], str] = {
    ("prt-socialist-party", date(2012, 6, 1)): "antonio-jose-seguro",
    ("prt-socialist-party", date(2020, 1, 1)): "antonio-costa",
    ("prt-socialist-party", date(2024, 6, 1)): "pedro-nuno-santos",
    ("prt-socialist-party", date(2025, 12, 1)): "jose-luis-carneiro",
    ("prt-psd", date(2015, 1, 1)): "pedro-passos-coelho",
    ("prt-psd", date(2020, 1, 1)): "rui-rio",
    ("prt-psd", date(2024, 1, 1)): "luis-montenegro",
    ("aut-spo", date(2012, 1, 1)): "werner-faymann",
    ("aut-spo", date(2017, 6, 1)): "christian-kern",
    ("aut-spo", date(2020, 1, 1)): "pamela-rendi-wagner",
    ("aut-spo", date(2024, 1, 1)): "andreas-babler",
    ("rou-psd", date(2013, 1, 1)): "victor-ponta",
    ("rou-psd", date(2017, 1, 1)): "liviu-dragnea",
    ("rou-psd", date(2019, 9, 1)): "viorica-dancila",
    ("pol-civic-platform", date(2012, 1, 1)): "donald-tusk",
    ("pol-civic-platform", date(2015, 6, 1)): "ewa-kopacz",
    ("pol-civic-platform", date(2018, 1, 1)): "grzegorz-schetyna",
    ("pol-civic-platform", date(2020, 6, 1)): "borys-budka",
    ("israeli-labor-party", date(2012, 6, 1)): "shelly-yachimovich",
    ("israeli-labor-party", date(2015, 1, 1)): "isaac-herzog",
    ("israeli-labor-party", date(2018, 1, 1)): "avi-gabbay",
    ("israeli-labor-party", date(2020, 1, 1)): "amir-peretz",
    ("israeli-labor-party", date(2022, 1, 1)): "merav-michaeli",
    ("israeli-labor-party", date(2025, 1, 1)): "yair-golan",
    ("chama-cha-mapinduzi", date(2018, 1, 1)): "john-magufuli",
    ("chama-cha-mapinduzi", date(2023, 1, 1)): "samia-suluhu-hassan",
    ("moz-frelimo", date(2010, 1, 1)): "armando-guebuza",
    ("moz-frelimo", date(2020, 1, 1)): "filipe-nyusi",
    ("moz-frelimo", date(2025, 6, 1)): "daniel-chapo",
    ("ago-mpla", date(2012, 1, 1)): "jose-eduardo-dos-santos",
    ("ago-mpla", date(2020, 1, 1)): "joao-lourenco",
    ("ago-unita", date(2015, 1, 1)): "isaias-samakuva",
    ("ago-unita", date(2020, 6, 1)): "adalberto-costa-junior",
    ("ago-unita", date(2023, 1, 1)): "adalberto-costa-junior",
    ("nam-swapo", date(2020, 1, 1)): "hage-geingob",
    ("jpn-democratic-party-of-japan", date(2011, 1, 1)): "naoto-kan",
    ("jpn-democratic-party-of-japan", date(2012, 6, 1)): "yoshihiko-noda",
    ("jpn-democratic-party-of-japan", date(2014, 1, 1)): "banri-kaieda",
    ("jpn-democratic-party-of-japan", date(2015, 6, 1)): "katsuya-okada",
    ("jpn-constitutional-democratic-party", date(2019, 1, 1)): "yukio-edano",
    ("nepali-congress", date(2012, 1, 1)): "sushil-koirala",
    ("nepali-congress", date(2020, 1, 1)): "sher-bahadur-deuba",
    ("nepali-congress", date(2026, 3, 1)): "gagan-thapa",
    ("cpn-uml", date(2020, 1, 1)): "kp-sharma-oli",
    ("idn-democratic-party", date(2015, 1, 1)): "susilo-bambang-yudhoyono",
    ("idn-democratic-party", date(2022, 1, 1)): "agus-harimurti-yudhoyono",
    ("golkar", date(2017, 1, 1)): "setya-novanto",
    ("golkar", date(2020, 1, 1)): "airlangga-hartarto",
    ("golkar", date(2025, 1, 1)): "bahlil-lahadalia",
    ("bel-n-va", date(2015, 1, 1)): "bart-de-wever",
    ("bel-n-va", date(2025, 6, 1)): "valerie-van-peel",
    ("bel-vlaams-belang", date(2020, 1, 1)): "tom-van-grieken",
    ("prosperity-party", date(2023, 1, 1)): "abiy-ahmed",
    ("pakistan-peoples-party", date(2020, 1, 1)): "bilawal-bhutto-zardari",
    ("free-patriotic-movement", date(2020, 1, 1)): "gebran-bassil",
    ("per-popular-force", date(2020, 1, 1)): "keiko-fujimori",
    ("nld-pvv", date(2020, 1, 1)): "geert-wilders",
    ("move-forward-party", date(2022, 1, 1)): "pita-limjaroenrat",
    ("move-forward-party", date(2024, 1, 1)): "chaithawat-tulathon",
    ("tha-peoples-party", date(2025, 1, 1)): "natthaphong-ruengpanyawut",
    ("kor-democratic-party", date(2023, 1, 1)): "lee-jae-myung",
    ("kor-democratic-party", date(2025, 1, 1)): "lee-jae-myung",
    ("kor-democratic-party", date(2025, 10, 1)): "jung-chung-rae",
    ("kor-people-power-party", date(2024, 10, 1)): "han-dong-hoon",
    ("kor-people-power-party", date(2025, 10, 1)): "jang-dong-hyeok",
}


def test_a_handover_day_names_the_successor_alone(kb: KnowledgeBase) -> None:
    def leader(party: str, day: date) -> set[str]:
        return party_leader_ids(kb, party, day)

    assert leader("prt-psd", date(2018, 1, 12)) == {"pedro-passos-coelho"}
    assert leader("prt-psd", date(2018, 1, 13)) == {"rui-rio"}
    assert leader("aut-spo", date(2023, 6, 2)) == {"pamela-rendi-wagner"}
    assert leader("aut-spo", date(2023, 6, 3)) == {"andreas-babler"}
    assert leader("moz-frelimo", date(2015, 3, 28)) == {"armando-guebuza"}
    assert leader("moz-frelimo", date(2015, 3, 29)) == {"filipe-nyusi"}
    # UNITA's congress of 2019 annulled in October 2021: Samakuva again until 4 December
    assert leader("ago-unita", date(2021, 11, 15)) == {"isaias-samakuva"}
    assert leader("ago-unita", date(2021, 12, 4)) == {"adalberto-costa-junior"}
    # the weeks of an interim leader the pass leaves out: nobody
    assert leader("prt-socialist-party", date(2014, 10, 15)) == set()
    assert leader("aut-spo", date(2016, 6, 1)) == set()
    assert leader("rou-psd", date(2015, 9, 1)) == set()
    assert leader("chama-cha-mapinduzi", date(2021, 4, 1)) == set()
    assert leader("move-forward-party", date(2023, 9, 20)) == set()
    # Lee Jae-myung resigned in June 2024 to stand again and was re-elected on 18 August
    assert leader("kor-democratic-party", date(2024, 7, 15)) == set()


# a head of government (or state) who leads a party on a day, and the office label
HEADS: list[PersonDay] = [
    ("antonio-costa", date(2020, 1, 1), "PRT prime minister"),
    ("pedro-passos-coelho", date(2013, 1, 1), "PRT prime minister"),
    ("luis-montenegro", date(2025, 1, 1), "PRT prime minister"),
    ("werner-faymann", date(2012, 1, 1), "AUT chancellor"),
    # the party's chairmanship began after the chancellorship: still the chancellor
    ("christian-kern", date(2017, 1, 1), "AUT chancellor"),
    ("victor-ponta", date(2013, 1, 1), "ROU prime minister"),
    ("viorica-dancila", date(2019, 9, 1), "ROU prime minister"),
    ("donald-tusk", date(2012, 1, 1), "POL prime minister"),
    ("ewa-kopacz", date(2015, 6, 1), "POL prime minister"),
    ("john-magufuli", date(2018, 1, 1), "TZA president"),
    ("samia-suluhu-hassan", date(2023, 1, 1), "TZA president"),
    ("armando-guebuza", date(2010, 1, 1), "MOZ president"),
    ("filipe-nyusi", date(2020, 1, 1), "MOZ president"),
    ("daniel-chapo", date(2025, 6, 1), "MOZ president"),
    ("jose-eduardo-dos-santos", date(2012, 1, 1), "AGO president"),
    ("joao-lourenco", date(2020, 1, 1), "AGO president"),
    ("hage-geingob", date(2020, 1, 1), "NAM president"),
    ("naoto-kan", date(2011, 1, 1), "JPN prime minister"),
    ("yoshihiko-noda", date(2012, 6, 1), "JPN prime minister"),
    ("sushil-koirala", date(2015, 1, 1), "NPL prime minister"),
    ("sher-bahadur-deuba", date(2022, 1, 1), "NPL prime minister"),
    ("kp-sharma-oli", date(2019, 1, 1), "NPL prime minister"),
    ("susilo-bambang-yudhoyono", date(2014, 1, 1), "IDN president"),
    # the party's chairman until April 2025, prime minister from February
    ("bart-de-wever", date(2025, 3, 1), "BEL prime minister"),
    ("abiy-ahmed", date(2023, 1, 1), "ETH prime minister"),
]

# a minister who leads a party is coded as the minister (an office of state), not PTY
MINISTERS: list[PersonDay] = [
    ("bilawal-bhutto-zardari", date(2023, 1, 1), "PAK foreign minister"),
    ("gebran-bassil", date(2017, 1, 1), "LBN foreign minister"),
]


# an opposition leader with no office of state on a day, and the party's state
OPPOSITION: list[PersonDay] = [
    ("antonio-jose-seguro", date(2012, 1, 1), "PRT"),
    ("antonio-costa", date(2015, 1, 1), "PRT"),
    ("luis-montenegro", date(2023, 1, 1), "PRT"),
    ("rui-rio", date(2020, 1, 1), "PRT"),
    ("pedro-nuno-santos", date(2024, 6, 1), "PRT"),
    ("jose-luis-carneiro", date(2025, 12, 1), "PRT"),
    # a former chancellor still leading the party is its leader, not a former official
    ("christian-kern", date(2018, 6, 1), "AUT"),
    ("pamela-rendi-wagner", date(2020, 1, 1), "AUT"),
    ("andreas-babler", date(2024, 1, 1), "AUT"),
    ("victor-ponta", date(2011, 1, 1), "ROU"),
    ("liviu-dragnea", date(2016, 1, 1), "ROU"),
    ("ewa-kopacz", date(2015, 12, 1), "POL"),
    ("grzegorz-schetyna", date(2018, 1, 1), "POL"),
    ("borys-budka", date(2020, 6, 1), "POL"),
    ("shelly-yachimovich", date(2012, 6, 1), "ISR"),
    ("avi-gabbay", date(2018, 1, 1), "ISR"),
    ("merav-michaeli", date(2024, 1, 1), "ISR"),
    ("yair-golan", date(2025, 1, 1), "ISR"),
    # a former president still leading the party is its leader, not a former official
    ("jose-eduardo-dos-santos", date(2018, 1, 1), "AGO"),
    ("armando-guebuza", date(2015, 2, 1), "MOZ"),
    ("isaias-samakuva", date(2015, 1, 1), "AGO"),
    ("adalberto-costa-junior", date(2023, 1, 1), "AGO"),
    ("banri-kaieda", date(2014, 1, 1), "JPN"),
    ("katsuya-okada", date(2015, 6, 1), "JPN"),
    ("yukio-edano", date(2019, 1, 1), "JPN"),
    ("sushil-koirala", date(2012, 1, 1), "NPL"),
    ("sher-bahadur-deuba", date(2020, 1, 1), "NPL"),
    ("susilo-bambang-yudhoyono", date(2016, 1, 1), "IDN"),
    ("agus-harimurti-yudhoyono", date(2022, 1, 1), "IDN"),
    ("setya-novanto", date(2017, 1, 1), "IDN"),
    ("bart-de-wever", date(2015, 1, 1), "BEL"),
    ("tom-van-grieken", date(2020, 1, 1), "BEL"),
    ("bilawal-bhutto-zardari", date(2020, 1, 1), "PAK"),
    ("gebran-bassil", date(2022, 1, 1), "LBN"),
    ("keiko-fujimori", date(2020, 1, 1), "PER"),
    ("geert-wilders", date(2020, 1, 1), "NLD"),
    ("pita-limjaroenrat", date(2022, 1, 1), "THA"),
    ("chaithawat-tulathon", date(2024, 1, 1), "THA"),
    ("natthaphong-ruengpanyawut", date(2025, 1, 1), "THA"),
    ("lee-jae-myung", date(2023, 1, 1), "KOR"),
    ("han-dong-hoon", date(2024, 10, 1), "KOR"),
]

(
    test_each_party_has_its_leader_on_a_day,
    test_a_prime_minister_who_leads_a_party_is_coded_prime_minister,
    test_an_opposition_leader_is_coded_pty,
) = each_party_leader_is_coded(LEADERS, HEADS, OPPOSITION)


def test_a_minister_who_leads_a_party_is_coded_as_the_minister(kb: KnowledgeBase) -> None:
    for person, day, office in MINISTERS:
        actor = kb.get(person)
        assert actor is not None
        assert any(r.title == "leader" and r.covers(day) for r in actor.roles), person
        label, _, sector = status_on(actor, day)
        assert (label, sector) == (office, "GOV"), person


def test_new_leaders_are_found_by_name(kb: KnowledgeBase) -> None:
    for name, aid in [
        ("Pedro Nuno Santos", "pedro-nuno-santos"),
        ("Rui Rio", "rui-rio"),
        ("Pamela Rendi-Wagner", "pamela-rendi-wagner"),
        ("Rendi-Wagner", "pamela-rendi-wagner"),
        ("Andreas Babler", "andreas-babler"),
        ("Borys Budka", "borys-budka"),
        ("Shelly Yachimovich", "shelly-yachimovich"),
        ("Shelly Yacimovich", "shelly-yachimovich"),
        ("Avi Gabbay", "avi-gabbay"),
        ("Avi Gabbai", "avi-gabbay"),
        ("Merav Michaeli", "merav-michaeli"),
        ("Yair Golan", "yair-golan"),
        ("Isaías Samakuva", "isaias-samakuva"),
        ("Adalberto Costa Júnior", "adalberto-costa-junior"),
        ("Adalberto da Costa Junior", "adalberto-costa-junior"),
        ("Banri Kaieda", "banri-kaieda"),
        ("Yukio Edano", "yukio-edano"),
        ("Gagan Thapa", "gagan-thapa"),
        ("Agus Harimurti Yudhoyono", "agus-harimurti-yudhoyono"),
        ("Setya Novanto", "setya-novanto"),
        ("Airlangga Hartarto", "airlangga-hartarto"),
        ("Bahlil Lahadalia", "bahlil-lahadalia"),
        ("Valerie Van Peel", "valerie-van-peel"),
        ("Tom Van Grieken", "tom-van-grieken"),
        ("Keiko Fujimori", "keiko-fujimori"),
        ("Geert Wilders", "geert-wilders"),
        ("Pita Limjaroenrat", "pita-limjaroenrat"),
        ("Chaithawat Tulathon", "chaithawat-tulathon"),
        ("Natthaphong Ruengpanyawut", "natthaphong-ruengpanyawut"),
        ("Nattapong Ruangpanyawut", "natthaphong-ruengpanyawut"),
        ("Jung Chung-rae", "jung-chung-rae"),
        ("Han Dong-hoon", "han-dong-hoon"),
        ("Jang Dong-hyeok", "jang-dong-hyeok"),
    ]:
        assert alias_ids(kb, name) == {aid}, name
