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
}


def test_a_handover_day_names_the_successor_alone(kb: KnowledgeBase) -> None:
    def leader(party: str, day: date) -> set[str]:
        return party_leader_ids(kb, party, day)

    assert leader("prt-psd", date(2018, 1, 12)) == {"pedro-passos-coelho"}
    assert leader("prt-psd", date(2018, 1, 13)) == {"rui-rio"}
    assert leader("aut-spo", date(2023, 6, 2)) == {"pamela-rendi-wagner"}
    assert leader("aut-spo", date(2023, 6, 3)) == {"andreas-babler"}
    # the weeks of an interim leader the pass leaves out: nobody
    assert leader("prt-socialist-party", date(2014, 10, 15)) == set()
    assert leader("aut-spo", date(2016, 6, 1)) == set()
    assert leader("rou-psd", date(2015, 9, 1)) == set()


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
]

(
    test_each_party_has_its_leader_on_a_day,
    test_a_prime_minister_who_leads_a_party_is_coded_prime_minister,
    test_an_opposition_leader_is_coded_pty,
) = each_party_leader_is_coded(LEADERS, HEADS, OPPOSITION)


def test_new_leaders_are_found_by_name(kb: KnowledgeBase) -> None:
    for name, aid in [
        ("Pedro Nuno Santos", "pedro-nuno-santos"),
        ("Rui Rio", "rui-rio"),
        ("Pamela Rendi-Wagner", "pamela-rendi-wagner"),
        ("Rendi-Wagner", "pamela-rendi-wagner"),
        ("Andreas Babler", "andreas-babler"),
    ]:
        assert alias_ids(kb, name) == {aid}, name
