"""Leaders of the main parties of further states since 2010, a fourth pass (issue 14, items 1
and 5; branch kbleaders26): who led each party on a day, and how a leader is coded on a day of
the spell (resolve/roles.py): a head of government or state who leads a party is still the
office holder (GOV), whichever began later; an opposition leader with no office of state is
coded PTY.

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
    ("srb-sns", date(2011, 1, 1)): "tomislav-nikolic",
    ("srb-sns", date(2015, 1, 1)): "aleksandar-vucic",
    ("srb-sns", date(2024, 1, 1)): "milos-vucevic",
    ("hrv-hdz", date(2020, 1, 1)): "andrej-plenkovic",
    ("mda-pas", date(2018, 1, 1)): "maia-sandu",
    ("mda-pas", date(2023, 1, 1)): "igor-grosu",
    ("rou-pnl", date(2019, 1, 1)): "ludovic-orban",
    ("rou-pnl", date(2022, 1, 1)): "florin-citu",
    ("rou-pnl", date(2023, 1, 1)): "nicolae-ciuca",
    ("rou-pnl", date(2025, 9, 1)): "ilie-bolojan",
}


def test_a_handover_day_names_the_successor_alone(kb: KnowledgeBase) -> None:
    def leader(party: str, day: date) -> set[str]:
        return party_leader_ids(kb, party, day)

    assert leader("srb-sns", date(2023, 5, 26)) == {"aleksandar-vucic"}
    assert leader("srb-sns", date(2023, 5, 27)) == {"milos-vucevic"}
    assert leader("rou-pnl", date(2021, 9, 24)) == {"ludovic-orban"}
    assert leader("rou-pnl", date(2021, 9, 25)) == {"florin-citu"}
    # the weeks of an interim leader the pass leaves out: nobody
    assert leader("srb-sns", date(2012, 7, 1)) == set()
    assert leader("rou-pnl", date(2022, 4, 5)) == set()
    assert leader("rou-pnl", date(2025, 3, 1)) == set()


# a head of government (or state) who leads a party on a day, and the office label
HEADS: list[PersonDay] = [
    ("aleksandar-vucic", date(2015, 1, 1), "SRB prime minister"),
    ("aleksandar-vucic", date(2020, 1, 1), "SRB president"),
    ("milos-vucevic", date(2024, 9, 1), "SRB prime minister"),
    ("andrej-plenkovic", date(2020, 1, 1), "HRV prime minister"),
    ("maia-sandu", date(2019, 9, 1), "MDA prime minister"),
    ("ludovic-orban", date(2020, 6, 1), "ROU prime minister"),
    ("florin-citu", date(2021, 10, 1), "ROU prime minister"),
    ("nicolae-ciuca", date(2022, 6, 1), "ROU prime minister"),
    ("ilie-bolojan", date(2025, 9, 1), "ROU prime minister"),
]

# an opposition leader with no office of state on a day, and the party's state
OPPOSITION: list[PersonDay] = [
    ("tomislav-nikolic", date(2011, 1, 1), "SRB"),
    ("andrej-plenkovic", date(2016, 8, 1), "HRV"),
    ("maia-sandu", date(2018, 1, 1), "MDA"),
    ("igor-grosu", date(2021, 3, 1), "MDA"),
    ("ludovic-orban", date(2018, 1, 1), "ROU"),
]

(
    test_each_party_has_its_leader_on_a_day,
    test_a_prime_minister_who_leads_a_party_is_coded_prime_minister,
    test_an_opposition_leader_is_coded_pty,
) = each_party_leader_is_coded(LEADERS, HEADS, OPPOSITION)


def test_new_leaders_are_found_by_name(kb: KnowledgeBase) -> None:
    for name, aid in [
        ("Igor Grosu", "igor-grosu"),
    ]:
        assert alias_ids(kb, name) == {aid}, name
