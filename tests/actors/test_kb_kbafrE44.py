"""Ministers since 2000 of East and Southern Africa, a checked pass (issue 14, kbafrE44):
Burundi's foreign minister Séverin Ntahomvukiye (from the first to the last dated page read
naming him in office, 1999-07-28 to 2000-09-08), Uganda's minister of internal affairs Tom
Butime (1996-07-06 to July 2001, with Eriya Kategaya's start refined to August 2001) and
Tanzania's defence minister Juma Kapuya's start refined to August 2006, read from stored
copies of public pages (docs/actors.md, "the kbafrE44 pass"); a day inside each new or
refined spell, the handover days, the gaps left open and the names.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    # Burundi, foreign (the ministry of external relations and cooperation)
    ("foreign minister", "BDI", date(2000, 1, 1)): "severin-ntahomvukiye",
    ("foreign minister", "BDI", date(2000, 6, 1)): "severin-ntahomvukiye",
    # Uganda, interior (the ministry of internal affairs)
    ("interior minister", "UGA", date(2000, 6, 1)): "tom-butime",
    ("interior minister", "UGA", date(2001, 3, 1)): "tom-butime",
    ("interior minister", "UGA", date(2001, 10, 1)): "eriya-kategaya",
    # Tanzania, defence (Kapuya's start refined from 2007 to 2006-08)
    ("defence minister", "TZA", date(2006, 9, 1)): "juma-kapuya",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_burundi_foreign_spell_and_gap(kb: KnowledgeBase) -> None:
    """Ntahomvukiye on the first and last days a dated page names him (IRIN 1999-07-28, the
    UN press conference of 2000-09-08); from the day after it to the transitional government
    of 2001-11-01 (Sinunguruza) the ministry stays nobody's: no page read names the holder."""
    bdi = "BDI"
    assert holder_ids(kb, "foreign minister", bdi, date(1999, 7, 27)) == set()
    assert holder_ids(kb, "foreign minister", bdi, date(1999, 7, 28)) == {"severin-ntahomvukiye"}
    assert holder_ids(kb, "foreign minister", bdi, date(2000, 9, 8)) == {"severin-ntahomvukiye"}
    assert holder_ids(kb, "foreign minister", bdi, date(2000, 9, 9)) == set()
    assert holder_ids(kb, "foreign minister", bdi, date(2001, 6, 1)) == set()
    assert holder_ids(kb, "foreign minister", bdi, date(2001, 10, 31)) == set()
    assert holder_ids(kb, "foreign minister", bdi, date(2001, 11, 1)) == {"therence-sinunguruza"}


def test_uganda_interior_handovers_and_gap(kb: KnowledgeBase) -> None:
    """Butime from 1996-07-06 to July 2001, Kategaya from August 2001 (the first whole month
    after) to May 2003; Rugunda's shipped spell (from the year 2003) is unchanged, and
    Kirunda Kivejinja's months of 2009-11 stay open."""
    uga = "UGA"
    assert holder_ids(kb, "interior minister", uga, date(1996, 7, 5)) == set()
    assert holder_ids(kb, "interior minister", uga, date(1996, 7, 6)) == {"tom-butime"}
    assert holder_ids(kb, "interior minister", uga, date(2001, 7, 31)) == {"tom-butime"}
    assert holder_ids(kb, "interior minister", uga, date(2001, 8, 1)) == {"eriya-kategaya"}
    assert "eriya-kategaya" in holder_ids(kb, "interior minister", uga, date(2003, 4, 30))
    assert holder_ids(kb, "interior minister", uga, date(2006, 1, 1)) == {"ruhakana-rugunda"}
    assert holder_ids(kb, "interior minister", uga, date(2010, 6, 1)) == set()
    # Kategaya's foreign ministry to 2001 (kbafrE13) is unchanged
    assert "eriya-kategaya" in holder_ids(kb, "foreign minister", uga, date(2000, 6, 1))


def test_tanzania_defence_refined_start_and_gaps(kb: KnowledgeBase) -> None:
    """Sarungi's whole years to 2005; January to July 2006 (Kapuya's appointment not read)
    nobody's; Kapuya from August 2006 to January 2008, Mwinyi from February 2008; 2000 stays
    open."""
    tza = "TZA"
    assert holder_ids(kb, "defence minister", tza, date(2005, 12, 31)) == {"philemon-sarungi"}
    assert holder_ids(kb, "defence minister", tza, date(2006, 1, 5)) == set()
    assert holder_ids(kb, "defence minister", tza, date(2006, 7, 31)) == set()
    assert holder_ids(kb, "defence minister", tza, date(2006, 8, 1)) == {"juma-kapuya"}
    assert holder_ids(kb, "defence minister", tza, date(2008, 1, 31)) == {"juma-kapuya"}
    assert holder_ids(kb, "defence minister", tza, date(2008, 2, 1)) == {"hussein-mwinyi"}
    assert holder_ids(kb, "defence minister", tza, date(2000, 6, 1)) == set()


def test_cells_left_open(kb: KnowledgeBase) -> None:
    """One day in each gap of the brief's cells this pass searched and did not date (docs:
    "Tried and not dated")."""
    empty = [
        ("defence minister", "ETH", date(2000, 6, 1)),
        ("foreign minister", "RWA", date(2001, 1, 1)),
        ("defence minister", "LSO", date(2021, 6, 1)),
        ("foreign minister", "MWI", date(2005, 6, 1)),
        ("foreign minister", "MDG", date(2013, 6, 1)),
        ("interior minister", "SDN", date(2022, 6, 1)),
        ("interior minister", "KEN", date(2002, 1, 1)),
        ("interior minister", "TZA", date(2001, 6, 1)),
        ("defence minister", "STP", date(2001, 6, 1)),
        ("defence minister", "MUS", date(2002, 1, 1)),
        ("interior minister", "MUS", date(2002, 1, 1)),
        ("interior minister", "ZMB", date(2006, 1, 1)),
    ]
    for title, state, day in empty:
        assert holder_ids(kb, title, state, day) == set(), (title, state, day)


def test_names(kb: KnowledgeBase) -> None:
    """The new people resolve by their names; "Ntahomvukiye" stays Emmanuel Ntahomvukiye's
    own alias (not a surname the two share); "Butime" is Tom Butime's bare surname; the given
    names "Séverin" and "Tom" are nobody's."""
    assert alias_ids(kb, "Séverin Ntahomvukiye") == {"severin-ntahomvukiye"}
    assert alias_ids(kb, "Severin Ntahomvukiye") == {"severin-ntahomvukiye"}
    assert alias_ids(kb, "Emmanuel Ntahomvukiye") == {"emmanuel-ntahomvukiye"}
    assert alias_ids(kb, "Ntahomvukiye") == {"emmanuel-ntahomvukiye"}
    assert not any("Ntahomvukiye" in s.forms for s in kb.shared_surnames())
    # the loader records Séverin as also bearing the owner's surname
    assert kb.also_named("Ntahomvukiye", "emmanuel-ntahomvukiye") == ("severin-ntahomvukiye",)
    assert alias_ids(kb, "Tom Butime") == {"tom-butime"}
    assert alias_ids(kb, "Butime") == {"tom-butime"}
    assert alias_ids(kb, "Séverin") == set()
    assert alias_ids(kb, "Tom") == set()
    assert alias_ids(kb, "Kategaya") == {"eriya-kategaya"}
    assert alias_ids(kb, "Kapuya") == {"juma-kapuya"}
