"""Ministers since 2000 of East, Southern Africa and the Horn, a checked pass (issue 14,
kbafrE45): Malawi's foreign ministry handed from George Chaponda to Francis Kasaila on
2016-04-07 (both refined), André Bumaya's start at Rwanda's foreign ministry refined to
2001-02-20, and Lesotho's defence minister Halebonoe Setšabi (from the first to the last
dated page read naming him in office, 2021-07-13 to 2021-08-07), read from stored copies of
public pages (docs/actors.md, "the kbafrE45 pass"); a day inside each new or refined spell,
the handover days, the gaps left open and the names.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    # Malawi, foreign (Kasaila's start refined from 2016-09-05 to 2016-04-07)
    ("foreign minister", "MWI", date(2016, 6, 1)): "francis-kasaila",
    ("foreign minister", "MWI", date(2016, 4, 1)): "george-chaponda",
    # Chaponda's start corrected to 2014-06-19 by the audit (kbaudit46)
    ("foreign minister", "MWI", date(2014, 6, 25)): "george-chaponda",
    # Rwanda, foreign (Bumaya's start refined from 2002-04 to 2001-02-20)
    ("foreign minister", "RWA", date(2001, 6, 1)): "andre-bumaya",
    ("foreign minister", "RWA", date(2002, 2, 1)): "andre-bumaya",
    # Lesotho, defence (the ministry of defence and national security)
    ("defence minister", "LSO", date(2021, 7, 20)): "halebonoe-setsabi",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_malawi_foreign_handover_of_2016(kb: KnowledgeBase) -> None:
    """The reshuffle with effect from 2016-04-07 moved Chaponda to agriculture and Kasaila to
    foreign affairs (the same day as the home affairs change, kbafrE18); Kasaila to the
    reshuffle of 2017-07-17 (kbafrS30), Fabiano from it."""
    mwi = "MWI"
    assert holder_ids(kb, "foreign minister", mwi, date(2016, 4, 6)) == {"george-chaponda"}
    assert holder_ids(kb, "foreign minister", mwi, date(2016, 4, 7)) == {"francis-kasaila"}
    assert holder_ids(kb, "foreign minister", mwi, date(2016, 9, 4)) == {"francis-kasaila"}
    assert holder_ids(kb, "foreign minister", mwi, date(2016, 9, 5)) == {"francis-kasaila"}
    assert holder_ids(kb, "foreign minister", mwi, date(2017, 7, 16)) == {"francis-kasaila"}
    assert holder_ids(kb, "foreign minister", mwi, date(2017, 7, 17)) == {"emmanuel-fabiano"}
    # the home affairs handover of the same day is unchanged
    assert holder_ids(kb, "interior minister", mwi, date(2016, 4, 6)) == {"jean-kalilani"}
    assert holder_ids(kb, "interior minister", mwi, date(2016, 4, 7)) == {"jappie-mhango"}
    # Chaponda's first spell (2004-05) and his return of 2025 are unchanged
    assert holder_ids(kb, "foreign minister", mwi, date(2004, 9, 1)) == {"george-chaponda"}
    assert holder_ids(kb, "foreign minister", mwi, date(2025, 11, 1)) == {"george-chaponda"}


def test_malawi_foreign_start_of_2014_audited(kb: KnowledgeBase) -> None:
    """audited (kbaudit46): Chaponda's spell started with July 2014 (the first whole month);
    he was named and sworn in with the first half of Mutharika's cabinet on Thursday
    2014-06-19 (iol.co.za, digitaljournal.com, dewiki.de), so his spell starts that day; the
    weeks from Chiume's end (2014-05-31) stay nobody's."""
    mwi = "MWI"
    assert holder_ids(kb, "foreign minister", mwi, date(2014, 5, 30)) == {"ephraim-chiume"}
    assert holder_ids(kb, "foreign minister", mwi, date(2014, 6, 1)) == set()
    assert holder_ids(kb, "foreign minister", mwi, date(2014, 6, 18)) == set()
    assert holder_ids(kb, "foreign minister", mwi, date(2014, 6, 19)) == {"george-chaponda"}
    assert holder_ids(kb, "foreign minister", mwi, date(2014, 6, 30)) == {"george-chaponda"}


def test_rwanda_foreign_refined_start_and_gap(kb: KnowledgeBase) -> None:
    """Bumaya from 2001-02-20 (the joint press point in Paris) to Kagame's reshuffle of
    2002-11-15 (Murigande); before it, from 2000, the ministry stays nobody's."""
    rwa = "RWA"
    assert holder_ids(kb, "foreign minister", rwa, date(2001, 2, 19)) == set()
    assert holder_ids(kb, "foreign minister", rwa, date(2001, 2, 20)) == {"andre-bumaya"}
    assert holder_ids(kb, "foreign minister", rwa, date(2002, 11, 14)) == {"andre-bumaya"}
    assert holder_ids(kb, "foreign minister", rwa, date(2002, 11, 15)) == {"charles-murigande"}
    assert holder_ids(kb, "foreign minister", rwa, date(2000, 6, 1)) == set()


def test_lesotho_defence_spell_and_gaps(kb: KnowledgeBase) -> None:
    """Setšabi on the first and last days a dated page names him in office (2021-07-13,
    2021-08-07); the months between Mosito's dismissal (February 2021) and the first, and
    between the day after the last and Matekane's government (2022-11-04), stay nobody's."""
    lso = "LSO"
    assert holder_ids(kb, "defence minister", lso, date(2021, 6, 1)) == set()
    assert holder_ids(kb, "defence minister", lso, date(2021, 7, 12)) == set()
    assert holder_ids(kb, "defence minister", lso, date(2021, 7, 13)) == {"halebonoe-setsabi"}
    assert holder_ids(kb, "defence minister", lso, date(2021, 8, 7)) == {"halebonoe-setsabi"}
    assert holder_ids(kb, "defence minister", lso, date(2021, 8, 8)) == set()
    assert holder_ids(kb, "defence minister", lso, date(2022, 6, 1)) == set()
    assert holder_ids(kb, "defence minister", lso, date(2022, 11, 4)) == {"sam-matekane"}


def test_cells_left_open(kb: KnowledgeBase) -> None:
    """One day in each gap of the brief's cells this pass searched and did not date (docs:
    "Tried and not dated")."""
    empty = [
        ("defence minister", "TZA", date(2000, 6, 1)),
        ("defence minister", "TZA", date(2006, 3, 1)),
        ("interior minister", "TZA", date(2014, 1, 15)),
        ("defence minister", "ETH", date(2000, 6, 1)),
        ("foreign minister", "MWI", date(2005, 6, 1)),
        ("foreign minister", "MDG", date(2019, 11, 1)),
        ("foreign minister", "RWA", date(2000, 6, 1)),
        ("defence minister", "LSO", date(2018, 11, 1)),
        ("interior minister", "KEN", date(2002, 1, 1)),
        ("defence minister", "KEN", date(2003, 6, 1)),
        ("foreign minister", "SWZ", date(2012, 6, 1)),
        ("foreign minister", "SWZ", date(2018, 6, 1)),
        ("interior minister", "ZMB", date(2001, 6, 1)),
    ]
    for title, state, day in empty:
        assert holder_ids(kb, title, state, day) == set(), (title, state, day)


def test_names(kb: KnowledgeBase) -> None:
    """Setšabi resolves by his name, with and without the caron and with his middle name;
    "Setšabi" ("Setsabi") is his bare surname; the given name "Halebonoe" is nobody's; the
    refined people keep their names."""
    assert alias_ids(kb, "Halebonoe Setšabi") == {"halebonoe-setsabi"}
    assert alias_ids(kb, "Halebonoe Setsabi") == {"halebonoe-setsabi"}
    assert alias_ids(kb, "Halebonoe James Setšabi") == {"halebonoe-setsabi"}
    assert alias_ids(kb, "Setšabi") == {"halebonoe-setsabi"}
    assert alias_ids(kb, "Setsabi") == {"halebonoe-setsabi"}
    assert alias_ids(kb, "Halebonoe") == set()
    assert not any("Setšabi" in s.forms for s in kb.shared_surnames())
    assert alias_ids(kb, "Bumaya") == {"andre-bumaya"}
    assert alias_ids(kb, "Kasaila") == {"francis-kasaila"}
    assert alias_ids(kb, "Chaponda") == {"george-chaponda"}
