"""Leaders of the main parties since 2010 (issue 14, items 1 and 5; branch kbleaders22): who
led each party on a day, and how a leader is coded on a day of the spell (resolve/roles.py):
a prime minister who leads a party is still the prime minister (GOV); an opposition leader
with no office of state is coded PTY, not as a former official (ELI).

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
    ("gbr-labour-party", date(2012, 3, 1)): "ed-miliband",
    ("gbr-labour-party", date(2017, 6, 1)): "jeremy-corbyn",
    ("gbr-labour-party", date(2021, 1, 1)): "keir-starmer",
    ("gbr-labour-party", date(2025, 6, 1)): "keir-starmer",
    ("gbr-conservative-party", date(2012, 3, 1)): "david-cameron",
    ("gbr-conservative-party", date(2016, 7, 12)): "theresa-may",
    ("gbr-conservative-party", date(2020, 1, 1)): "boris-johnson",
    ("gbr-conservative-party", date(2022, 10, 1)): "liz-truss",
    ("gbr-conservative-party", date(2024, 9, 1)): "rishi-sunak",
    ("gbr-conservative-party", date(2025, 6, 1)): "kemi-badenoch",
    ("can-liberal-party", date(2016, 1, 1)): "justin-trudeau",
    ("can-liberal-party", date(2025, 6, 1)): "mark-carney",
    ("can-conservative-party", date(2018, 1, 1)): "andrew-scheer",
    ("can-conservative-party", date(2021, 1, 1)): "erin-otoole",
    ("can-conservative-party", date(2023, 1, 1)): "pierre-poilievre",
    ("aus-labor-party", date(2012, 1, 1)): "julia-gillard",
    ("aus-labor-party", date(2016, 1, 1)): "bill-shorten",
    ("aus-labor-party", date(2020, 1, 1)): "anthony-albanese",
    ("aus-liberal-party", date(2011, 1, 1)): "tony-abbott",
    ("aus-liberal-party", date(2017, 1, 1)): "malcolm-turnbull",
    ("aus-liberal-party", date(2020, 1, 1)): "scott-morrison",
    ("aus-liberal-party", date(2023, 1, 1)): "peter-dutton",
    ("aus-liberal-party", date(2025, 6, 1)): "sussan-ley",
    ("deu-cdu", date(2015, 1, 1)): "angela-merkel",
    ("deu-cdu", date(2020, 1, 1)): "annegret-kramp-karrenbauer",
    ("deu-cdu", date(2021, 6, 1)): "armin-laschet",
    ("deu-cdu", date(2023, 1, 1)): "friedrich-merz",
    ("deu-spd", date(2012, 1, 1)): "sigmar-gabriel",
    ("deu-spd", date(2017, 6, 1)): "martin-schulz",
    ("deu-spd", date(2018, 10, 1)): "andrea-nahles",
    ("esp-psoe", date(2012, 1, 1)): "jose-luis-rodriguez-zapatero",
    ("esp-psoe", date(2013, 1, 1)): "alfredo-perez-rubalcaba",
    ("esp-psoe", date(2015, 1, 1)): "pedro-sanchez",
    ("esp-psoe", date(2020, 1, 1)): "pedro-sanchez",
    ("esp-peoples-party", date(2015, 1, 1)): "mariano-rajoy",
    ("esp-peoples-party", date(2020, 1, 1)): "pablo-casado",
    ("esp-peoples-party", date(2023, 1, 1)): "alberto-nunez-feijoo",
    ("jpn-liberal-democratic-party", date(2015, 1, 1)): "shinzo-abe",
    ("jpn-liberal-democratic-party", date(2021, 1, 1)): "yoshihide-suga",
    ("jpn-liberal-democratic-party", date(2023, 1, 1)): "fumio-kishida",
    ("jpn-liberal-democratic-party", date(2025, 1, 1)): "shigeru-ishiba",
    ("jpn-liberal-democratic-party", date(2025, 11, 1)): "sanae-takaichi",
    ("akp", date(2012, 1, 1)): "recep-tayyip-erdogan",
    ("akp", date(2015, 1, 1)): "ahmet-davutoglu",
    ("akp", date(2016, 9, 1)): "binali-yildirim",
    ("akp", date(2020, 1, 1)): "recep-tayyip-erdogan",
    ("chp", date(2015, 1, 1)): "kemal-kilicdaroglu",
    ("chp", date(2024, 1, 1)): "ozgur-ozel",
    ("bjp", date(2013, 6, 1)): "rajnath-singh",
    ("bjp", date(2017, 1, 1)): "amit-shah",
    ("bjp", date(2022, 1, 1)): "jp-nadda",
    ("anc", date(2020, 1, 1)): "cyril-ramaphosa",
    ("likud", date(2019, 1, 1)): "benjamin-netanyahu",
    ("yesh-atid", date(2019, 1, 1)): "yair-lapid",
    ("ita-brothers-of-italy", date(2018, 1, 1)): "giorgia-meloni",
    ("ita-democratic-party", date(2022, 1, 1)): "enrico-letta",
    ("ita-democratic-party", date(2024, 1, 1)): "elly-schlein",
    ("pol-law-and-justice", date(2020, 1, 1)): "jaroslaw-kaczynski",
    ("pol-civic-platform", date(2022, 1, 1)): "donald-tusk",
    ("inc", date(2018, 6, 1)): "rahul-gandhi",
    ("inc", date(2023, 6, 1)): "mallikarjun-kharge",
    ("pml-n", date(2025, 1, 1)): "nawaz-sharif",
    ("pti", date(2015, 1, 1)): "imran-khan",
    ("nld-vvd", date(2024, 1, 1)): "dilan-yesilgoz",
    ("fra-renaissance", date(2025, 6, 1)): "gabriel-attal",
    ("fra-national-rally", date(2023, 1, 1)): "jordan-bardella",
    ("awami-league", date(2025, 1, 1)): "sheikh-hasina",
}


def test_a_handover_day_names_the_successor_alone(kb: KnowledgeBase) -> None:
    def leader(party: str, day: date) -> set[str]:
        return party_leader_ids(kb, party, day)

    assert leader("gbr-conservative-party", date(2019, 7, 22)) == {"theresa-may"}
    assert leader("gbr-conservative-party", date(2019, 7, 23)) == {"boris-johnson"}
    assert leader("can-liberal-party", date(2025, 3, 9)) == {"mark-carney"}
    assert leader("esp-psoe", date(2012, 2, 3)) == {"jose-luis-rodriguez-zapatero"}
    assert leader("esp-psoe", date(2012, 2, 4)) == {"alfredo-perez-rubalcaba"}
    # the weeks of an interim leader the pass leaves out: nobody
    assert leader("can-conservative-party", date(2022, 5, 1)) == set()


# a head of government (or state) who leads a party on a day, and the office label
HEADS: list[PersonDay] = [
    ("boris-johnson", date(2020, 6, 1), "GBR prime minister"),
    ("keir-starmer", date(2025, 1, 15), "GBR prime minister"),
    ("justin-trudeau", date(2019, 6, 1), "CAN prime minister"),
    ("anthony-albanese", date(2023, 6, 1), "AUS prime minister"),
    ("angela-merkel", date(2010, 6, 1), "DEU chancellor"),
    ("mariano-rajoy", date(2015, 1, 1), "ESP prime minister"),
    ("shinzo-abe", date(2015, 1, 1), "JPN prime minister"),
    ("ahmet-davutoglu", date(2015, 1, 1), "TUR prime minister"),
    ("recep-tayyip-erdogan", date(2020, 1, 1), "TUR president"),
    ("cyril-ramaphosa", date(2020, 1, 1), "ZAF president"),
    ("benjamin-netanyahu", date(2024, 1, 1), "ISR prime minister"),
    ("giorgia-meloni", date(2024, 1, 1), "ITA prime minister"),
    ("donald-tusk", date(2024, 6, 1), "POL prime minister"),
    ("imran-khan", date(2020, 1, 1), "PAK prime minister"),
    ("sheikh-hasina", date(2015, 1, 1), "BGD prime minister"),
]


# an opposition leader with no office of state on a day, and the party's state
OPPOSITION: list[PersonDay] = [
    ("jeremy-corbyn", date(2017, 6, 1), "GBR"),
    ("kemi-badenoch", date(2025, 6, 1), "GBR"),
    ("pierre-poilievre", date(2023, 1, 1), "CAN"),
    ("bill-shorten", date(2016, 1, 1), "AUS"),
    ("kemal-kilicdaroglu", date(2015, 1, 1), "TUR"),
    ("alberto-nunez-feijoo", date(2023, 1, 1), "ESP"),
    ("friedrich-merz", date(2023, 1, 1), "DEU"),
    ("jp-nadda", date(2022, 1, 1), "IND"),
    ("giorgia-meloni", date(2018, 1, 1), "ITA"),
    ("yair-lapid", date(2024, 1, 1), "ISR"),
    ("rahul-gandhi", date(2018, 6, 1), "IND"),
    ("mallikarjun-kharge", date(2023, 6, 1), "IND"),
    ("imran-khan", date(2023, 1, 1), "PAK"),
    ("gabriel-attal", date(2025, 6, 1), "FRA"),
    # the prime minister who fled in August 2024 still leads her party
    ("sheikh-hasina", date(2025, 1, 1), "BGD"),
    # a former prime minister still leading the party is its leader, not a former official
    ("rishi-sunak", date(2024, 9, 1), "GBR"),
    ("jose-luis-rodriguez-zapatero", date(2012, 1, 15), "ESP"),
    ("keir-starmer", date(2021, 1, 1), "GBR"),
]

(
    test_each_party_has_its_leader_on_a_day,
    test_a_prime_minister_who_leads_a_party_is_coded_prime_minister,
    test_an_opposition_leader_is_coded_pty,
) = each_party_leader_is_coded(LEADERS, HEADS, OPPOSITION)


def test_an_opposition_leaders_office_of_state_keeps_its_coding(kb: KnowledgeBase) -> None:
    """Ed Miliband's "leader of the opposition" spell (sector OPP) is the same as his party
    spell: the office stays first."""
    actor = kb.get("ed-miliband")
    assert actor is not None
    assert status_on(actor, date(2012, 3, 1))[2] == "OPP"


def test_new_leaders_are_found_by_name(kb: KnowledgeBase) -> None:
    for name, aid in [
        ("Jeremy Corbyn", "jeremy-corbyn"),
        ("Kemi Badenoch", "kemi-badenoch"),
        ("Pierre Poilievre", "pierre-poilievre"),
        ("Erin O'Toole", "erin-otoole"),
        ("Andrew Scheer", "andrew-scheer"),
        ("Bill Shorten", "bill-shorten"),
        ("Sussan Ley", "sussan-ley"),
        ("Armin Laschet", "armin-laschet"),
        ("Martin Schulz", "martin-schulz"),
        ("Andrea Nahles", "andrea-nahles"),
        ("Pablo Casado", "pablo-casado"),
        ("Alberto Núñez Feijóo", "alberto-nunez-feijoo"),
        ("Kemal Kilicdaroglu", "kemal-kilicdaroglu"),
        ("JP Nadda", "jp-nadda"),
        ("Elly Schlein", "elly-schlein"),
        ("Mallikarjun Kharge", "mallikarjun-kharge"),
        ("Jordan Bardella", "jordan-bardella"),
    ]:
        assert alias_ids(kb, name) == {aid}, name
