"""Leaders of the main parties of further states since 2010 (issue 14, items 1 and 5; branch
kbleaders23): who led each party on a day, and how a leader is coded on a day of the spell
(resolve/roles.py): a prime minister who leads a party is still the prime minister (GOV); an
opposition leader with no office of state is coded PTY.

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

# (party, a day inside the spell) -> its leader on that day
LEADERS: dict[tuple[str, date], str] = {
    ("nzl-labour-party", date(2010, 6, 1)): "phil-goff",
    ("nzl-labour-party", date(2012, 6, 1)): "david-shearer",
    ("nzl-labour-party", date(2014, 1, 1)): "david-cunliffe",
    ("nzl-labour-party", date(2016, 1, 1)): "andrew-little-nz",
    ("nzl-labour-party", date(2020, 1, 1)): "jacinda-ardern",
    ("nzl-labour-party", date(2024, 1, 1)): "chris-hipkins",
    ("nzl-national-party", date(2012, 1, 1)): "john-key",
    ("nzl-national-party", date(2017, 6, 1)): "bill-english",
    ("nzl-national-party", date(2019, 1, 1)): "simon-bridges",
    ("nzl-national-party", date(2020, 6, 1)): "todd-muller",
    ("nzl-national-party", date(2021, 1, 1)): "judith-collins-nz",
    ("nzl-national-party", date(2024, 1, 1)): "christopher-luxon",
    ("irl-fianna-fail", date(2015, 1, 1)): "micheal-martin",
    ("irl-fine-gael", date(2010, 1, 1)): "enda-kenny",
    ("irl-fine-gael", date(2019, 1, 1)): "leo-varadkar",
    ("irl-fine-gael", date(2025, 1, 1)): "simon-harris",
    ("irl-sinn-fein", date(2012, 1, 1)): "gerry-adams",
    ("irl-sinn-fein", date(2020, 1, 1)): "mary-lou-mcdonald",
    ("swe-social-democrats", date(2015, 1, 1)): "stefan-lofven",
    ("swe-social-democrats", date(2023, 1, 1)): "magdalena-andersson",
    ("swe-moderate-party", date(2012, 1, 1)): "fredrik-reinfeldt",
    ("swe-moderate-party", date(2016, 1, 1)): "anna-kinberg-batra",
    ("swe-moderate-party", date(2020, 1, 1)): "ulf-kristersson",
    ("grc-new-democracy", date(2013, 1, 1)): "antonis-samaras",
    ("grc-new-democracy", date(2022, 1, 1)): "kyriakos-mitsotakis",
    ("grc-syriza", date(2020, 1, 1)): "alexis-tsipras",
    ("grc-syriza", date(2024, 1, 1)): "stefanos-kasselakis",
    ("grc-syriza", date(2025, 6, 1)): "sokratis-famellos",
    ("grc-pasok", date(2024, 1, 1)): "nikos-androulakis",
    ("aut-ovp", date(2019, 1, 1)): "sebastian-kurz",
    ("aut-ovp", date(2023, 1, 1)): "karl-nehammer",
    ("aut-ovp", date(2025, 6, 1)): "christian-stocker",
    ("aut-fpo", date(2024, 1, 1)): "herbert-kickl",
    ("hun-fidesz", date(2015, 1, 1)): "viktor-orban",
    ("cze-ano", date(2020, 1, 1)): "andrej-babis",
    ("cze-ods", date(2020, 1, 1)): "petr-fiala",
    ("cze-ods", date(2026, 6, 1)): "martin-kupka",
    ("zanu-pf", date(2020, 1, 1)): "emmerson-mnangagwa",
    ("citizens-coalition-for-change", date(2023, 1, 1)): "nelson-chamisa",
    ("umno", date(2015, 1, 1)): "najib-razak",
    ("umno", date(2020, 1, 1)): "ahmad-zahid-hamidi",
    ("zaf-democratic-alliance", date(2022, 1, 1)): "john-steenhuisen",
    ("chadema", date(2015, 1, 1)): "freeman-mbowe",
    ("chadema", date(2025, 6, 1)): "tundu-lissu",
    ("jpn-constitutional-democratic-party", date(2023, 1, 1)): "kenta-izumi",
    ("pastef", date(2020, 1, 1)): "ousmane-sonko",
}


def test_a_handover_day_names_the_successor_alone(kb: KnowledgeBase) -> None:
    def leader(party: str, day: date) -> set[str]:
        return party_leader_ids(kb, party, day)

    assert leader("nzl-national-party", date(2020, 7, 13)) == {"todd-muller"}
    assert leader("nzl-national-party", date(2020, 7, 14)) == {"judith-collins-nz"}
    assert leader("irl-fine-gael", date(2024, 3, 24)) == {"simon-harris"}
    assert leader("aut-ovp", date(2025, 1, 4)) == {"karl-nehammer"}
    assert leader("aut-ovp", date(2025, 1, 5)) == {"christian-stocker"}
    # the weeks of an interim leader the pass leaves out: nobody
    assert leader("nzl-labour-party", date(2014, 10, 15)) == set()
    assert leader("nzl-national-party", date(2021, 11, 27)) == set()
    assert leader("grc-new-democracy", date(2015, 10, 1)) == set()


# a head of government (or state) who leads a party on a day, and the office label
HEADS: list[PersonDay] = [
    ("john-key", date(2012, 1, 1), "NZL prime minister"),
    ("jacinda-ardern", date(2020, 1, 1), "NZL prime minister"),
    ("christopher-luxon", date(2024, 6, 1), "NZL prime minister"),
    ("leo-varadkar", date(2019, 1, 1), "IRL prime minister"),
    ("stefan-lofven", date(2016, 1, 1), "SWE prime minister"),
    ("ulf-kristersson", date(2023, 6, 1), "SWE prime minister"),
    ("kyriakos-mitsotakis", date(2022, 1, 1), "GRC prime minister"),
    ("alexis-tsipras", date(2017, 1, 1), "GRC prime minister"),
    ("viktor-orban", date(2015, 1, 1), "HUN prime minister"),
    ("andrej-babis", date(2019, 1, 1), "CZE prime minister"),
    ("petr-fiala", date(2023, 1, 1), "CZE prime minister"),
    ("karl-nehammer", date(2023, 1, 1), "AUT chancellor"),
    ("emmerson-mnangagwa", date(2020, 1, 1), "ZWE president"),
    ("najib-razak", date(2015, 1, 1), "MYS prime minister"),
    ("ousmane-sonko", date(2025, 1, 1), "SEN prime minister"),
]


# an opposition leader with no office of state on a day, and the party's state
OPPOSITION: list[PersonDay] = [
    ("david-shearer", date(2012, 6, 1), "NZL"),
    ("simon-bridges", date(2019, 1, 1), "NZL"),
    ("judith-collins-nz", date(2021, 1, 1), "NZL"),
    ("mary-lou-mcdonald", date(2020, 1, 1), "IRL"),
    ("ulf-kristersson", date(2020, 1, 1), "SWE"),
    # a former prime minister still leading the party is its leader, not a former official
    ("magdalena-andersson", date(2023, 1, 1), "SWE"),
    ("chris-hipkins", date(2024, 1, 1), "NZL"),
    ("fredrik-reinfeldt", date(2014, 12, 1), "SWE"),
    ("anna-kinberg-batra", date(2016, 1, 1), "SWE"),
    ("alexis-tsipras", date(2021, 1, 1), "GRC"),
    ("kyriakos-mitsotakis", date(2018, 1, 1), "GRC"),
    ("herbert-kickl", date(2024, 1, 1), "AUT"),
    ("andrej-babis", date(2023, 1, 1), "CZE"),
    ("nikos-androulakis", date(2025, 1, 1), "GRC"),
    # between the party's choice and the chancellorship
    ("christian-stocker", date(2025, 2, 1), "AUT"),
    ("john-steenhuisen", date(2022, 1, 1), "ZAF"),
    ("nelson-chamisa", date(2023, 1, 1), "ZWE"),
    ("tundu-lissu", date(2025, 6, 1), "TZA"),
    ("kenta-izumi", date(2023, 1, 1), "JPN"),
    ("ahmad-zahid-hamidi", date(2020, 1, 1), "MYS"),
    ("ousmane-sonko", date(2020, 1, 1), "SEN"),
]

(
    test_each_party_has_its_leader_on_a_day,
    test_a_prime_minister_who_leads_a_party_is_coded_prime_minister,
    test_an_opposition_leader_is_coded_pty,
) = each_party_leader_is_coded(LEADERS, HEADS, OPPOSITION)


def test_new_leaders_are_found_by_name(kb: KnowledgeBase) -> None:
    for name, aid in [
        ("David Shearer", "david-shearer"),
        ("David Cunliffe", "david-cunliffe"),
        ("Simon Bridges", "simon-bridges"),
        ("Todd Muller", "todd-muller"),
        ("Gerry Adams", "gerry-adams"),
        ("Mary Lou McDonald", "mary-lou-mcdonald"),
        ("Stefanos Kasselakis", "stefanos-kasselakis"),
        ("Sokratis Famellos", "sokratis-famellos"),
        ("Nikos Androulakis", "nikos-androulakis"),
        ("Martin Kupka", "martin-kupka"),
        ("John Steenhuisen", "john-steenhuisen"),
        ("Nelson Chamisa", "nelson-chamisa"),
        ("Tundu Lissu", "tundu-lissu"),
        ("Freeman Mbowe", "freeman-mbowe"),
        ("Kenta Izumi", "kenta-izumi"),
        ("Anna Kinberg Batra", "anna-kinberg-batra"),
    ]:
        assert alias_ids(kb, name) == {aid}, name
