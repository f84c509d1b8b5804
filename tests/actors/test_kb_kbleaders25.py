"""Leaders of the main parties in 2000-2009 (issue 14, items 1 and 5; branch kbleaders25): who
led each party on a day, and how a leader is coded on a day of the spell (resolve/roles.py): a
prime minister or chancellor who leads a party is still the office holder (GOV); an opposition
leader with no office of state is coded PTY.

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
    ("gbr-labour-party", date(2003, 3, 20)): "tony-blair",
    ("gbr-labour-party", date(2008, 10, 1)): "gordon-brown",
    ("gbr-conservative-party", date(2000, 6, 1)): "william-hague",
    ("gbr-conservative-party", date(2002, 6, 1)): "iain-duncan-smith",
    ("gbr-conservative-party", date(2004, 6, 1)): "michael-howard",
    ("gbr-liberal-democrats", date(2003, 2, 15)): "charles-kennedy",
    ("gbr-liberal-democrats", date(2007, 1, 1)): "menzies-campbell",
    ("gbr-liberal-democrats", date(2012, 1, 1)): "nick-clegg",
}


def test_a_handover_day_names_the_successor_alone(kb: KnowledgeBase) -> None:
    def leader(party: str, day: date) -> set[str]:
        return party_leader_ids(kb, party, day)

    assert leader("gbr-labour-party", date(2007, 6, 23)) == {"tony-blair"}
    assert leader("gbr-labour-party", date(2007, 6, 24)) == {"gordon-brown"}
    assert leader("gbr-conservative-party", date(2003, 11, 6)) == {"michael-howard"}
    assert leader("gbr-conservative-party", date(2005, 12, 6)) == {"david-cameron"}
    # the weeks of an interim leader the pass leaves out: nobody
    assert leader("gbr-labour-party", date(2010, 7, 1)) == set()
    assert leader("gbr-liberal-democrats", date(2006, 2, 1)) == set()
    assert leader("gbr-liberal-democrats", date(2007, 11, 1)) == set()


# a head of government who leads a party on a day, and the office label
HEADS: list[PersonDay] = [
    ("tony-blair", date(2003, 3, 20), "GBR prime minister"),
    ("gordon-brown", date(2008, 10, 1), "GBR prime minister"),
]


# an opposition leader with no office of state on a day, and the party's state
OPPOSITION: list[PersonDay] = [
    ("william-hague", date(2000, 6, 1), "GBR"),
    ("iain-duncan-smith", date(2002, 6, 1), "GBR"),
    ("michael-howard", date(2004, 6, 1), "GBR"),
    ("charles-kennedy", date(2003, 2, 15), "GBR"),
    ("menzies-campbell", date(2007, 1, 1), "GBR"),
    # between the party's choice (24 June 2007) and the premiership (27 June)
    ("gordon-brown", date(2007, 6, 25), "GBR"),
]

(
    test_each_party_has_its_leader_on_a_day,
    test_a_prime_minister_who_leads_a_party_is_coded_prime_minister,
    test_an_opposition_leader_is_coded_pty,
) = each_party_leader_is_coded(LEADERS, HEADS, OPPOSITION)


def test_new_leaders_are_found_by_name(kb: KnowledgeBase) -> None:
    for name, aid in [
        ("Iain Duncan Smith", "iain-duncan-smith"),
        ("Charles Kennedy", "charles-kennedy"),
        ("Menzies Campbell", "menzies-campbell"),
        ("Ming Campbell", "menzies-campbell"),
        ("Nick Clegg", "nick-clegg"),
    ]:
        assert alias_ids(kb, name) == {aid}, name
