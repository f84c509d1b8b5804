"""Interior ministers of Lesotho and the Seychelles, a checked pass (issue 14, kbafrS35):
Lesotho's ministers of home affairs Lekhetho Rakuoane (2015-16) and Tsukutlane Au (2017-19),
and Joel Morgan's home affairs spell in the Seychelles carried on to 2013-09-17, read from
stored copies of public pages (docs/actors.md, "the kbafrS35 pass"); a day inside each new
spell, the handover days, the gaps left open and the names.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    # Lesotho, home affairs (the KB's interior minister)
    ("interior minister", "LSO", date(2016, 1, 1)): "lekhetho-rakuoane",
    ("interior minister", "LSO", date(2018, 6, 1)): "tsukutlane-au",
    # Seychelles, home affairs: Joel Morgan's spell of kbafrS35 (an `extend:` entry)
    ("interior minister", "SYC", date(2013, 1, 1)): "joel-morgan",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_lesotho_home_affairs_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Rakuoane from the Lesotho Times interview of 2015-04-09 to the LENA report of
    2016-12-12; Au from July 2017 to February 2019 (month precision); the months between
    them, Thabane's home affairs of 2012-15 (Molapo, undated), March 2019 to Letsosa's
    cabinet of 2020-05-21 and the months after Letsosa's last dated day stay nobody's."""
    lso = "LSO"
    assert holder_ids(kb, "interior minister", lso, date(2012, 6, 7)) == {"lesao-lehohla"}
    assert not holder_ids(kb, "interior minister", lso, date(2013, 6, 1))
    assert not holder_ids(kb, "interior minister", lso, date(2015, 4, 8))
    assert holder_ids(kb, "interior minister", lso, date(2015, 4, 9)) == {"lekhetho-rakuoane"}
    assert holder_ids(kb, "interior minister", lso, date(2016, 12, 11)) == {"lekhetho-rakuoane"}
    assert not holder_ids(kb, "interior minister", lso, date(2016, 12, 12))
    assert not holder_ids(kb, "interior minister", lso, date(2017, 6, 30))
    assert holder_ids(kb, "interior minister", lso, date(2017, 7, 1)) == {"tsukutlane-au"}
    assert holder_ids(kb, "interior minister", lso, date(2019, 2, 28)) == {"tsukutlane-au"}
    assert not holder_ids(kb, "interior minister", lso, date(2019, 3, 1))
    assert not holder_ids(kb, "interior minister", lso, date(2020, 5, 20))
    assert holder_ids(kb, "interior minister", lso, date(2020, 5, 21)) == {"motlalentoa-letsosa"}
    assert not holder_ids(kb, "interior minister", lso, date(2021, 6, 1))


def test_seychelles_home_affairs_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Morgan's shipped spell (July 2010 to March 2012) runs on into the kbafrS35 spell
    (April 2012 to 2013-09-17) with no day between; the ministry from then to Mitcy Larue's
    first day (2016-10-29) stays nobody's, and Morgan's foreign spell is unchanged."""
    syc = "SYC"
    assert holder_ids(kb, "interior minister", syc, date(2012, 3, 31)) == {"joel-morgan"}
    assert holder_ids(kb, "interior minister", syc, date(2012, 4, 1)) == {"joel-morgan"}
    assert holder_ids(kb, "interior minister", syc, date(2013, 9, 16)) == {"joel-morgan"}
    assert not holder_ids(kb, "interior minister", syc, date(2013, 9, 17))
    assert not holder_ids(kb, "interior minister", syc, date(2016, 10, 28))
    assert holder_ids(kb, "interior minister", syc, date(2016, 10, 29)) == {"mitcy-larue"}
    assert holder_ids(kb, "foreign minister", syc, date(2016, 1, 1)) == {"joel-morgan"}
    # the Seychelles' defence after Faure's last dated day stays nobody's (not searched
    # into a spell by this pass)
    assert not holder_ids(kb, "defence minister", syc, date(2019, 6, 1))


def test_names(kb: KnowledgeBase) -> None:
    """The new people's names resolve; "Rakuoane" is his bare surname; "Au" (two letters)
    is no one's surname and stays the African Union's acronym; "Tsukutlane" and "Lekhetho"
    are no one's alone; "Morgan" stays no one's alone (his catalogue form)."""
    assert alias_ids(kb, "Lekhetho Rakuoane") == {"lekhetho-rakuoane"}
    assert alias_ids(kb, "Lekhetho Evaristus Rakuoane") == {"lekhetho-rakuoane"}
    assert alias_ids(kb, "Rakuoane") == {"lekhetho-rakuoane"}
    assert alias_ids(kb, "Tsukutlane Au") == {"tsukutlane-au"}
    assert alias_ids(kb, "Au") == {"AU"}
    assert alias_ids(kb, "Tsukutlane") == set()
    assert alias_ids(kb, "Lekhetho") == set()
    assert alias_ids(kb, "Joel Morgan") == {"joel-morgan"}
    assert alias_ids(kb, "Morgan") == set()
