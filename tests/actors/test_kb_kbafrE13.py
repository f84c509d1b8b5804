"""Foreign, defence and interior ministers of East Africa and the Horn (issue 14, kbafrE13).

Each spell was read from stored copies of public pages (docs/actors.md, "the kbafrE13
pass"); these tests name the holder on a day inside each new spell, and check that the pass
took no bare surname from anyone.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    ("foreign minister", "UGA", date(2000, 6, 1)): "eriya-kategaya",
    ("foreign minister", "UGA", date(2003, 1, 1)): "james-wapakhabulo",
    ("foreign minister", "KEN", date(2000, 6, 1)): "bonaya-godana",
    ("defence minister", "SSD", date(2012, 6, 1)): "john-kong-nyuon",
    ("interior minister", "SSD", date(2012, 6, 1)): "alison-manani-magaya",
    ("interior minister", "SSD", date(2014, 6, 1)): "aleu-ayeny-aleu",
    ("interior minister", "SSD", date(2016, 6, 1)): "alfred-lado-gore",
    ("foreign minister", "ERI", date(2003, 1, 1)): "ali-said-abdella",
    ("defence minister", "ERI", date(2005, 1, 1)): "sebhat-ephrem",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_spell_ends(kb: KnowledgeBase) -> None:
    """Wapakhabulo died in office (2004-03-27); Godana was dropped on 2001-06-11; Gore moved
    to lands on 2016-08-02 (his successor is coded from that day); Eritrea has had no
    defence minister since Sebhat's move."""
    assert not holder_ids(kb, "foreign minister", "UGA", date(2004, 6, 1))
    assert "bonaya-godana" not in holder_ids(kb, "foreign minister", "KEN", date(2001, 9, 1))
    # Gore's successor, Michael Chiangjiek Geay, is coded from 2016-08-02 by kbafrE18.
    assert holder_ids(kb, "interior minister", "SSD", date(2016, 9, 1)) == {
        "michael-chiangjiek-geay"
    }
    assert not holder_ids(kb, "defence minister", "ERI", date(2020, 1, 1))


def test_no_bare_surname_taken(kb: KnowledgeBase) -> None:
    """Al Gore keeps "Gore"; the Horn's patronymics stay nobody's bare names."""

    assert alias_ids(kb, "Gore") == {"al-gore"}
    assert alias_ids(kb, "Alfred Lado Gore") == {"alfred-lado-gore"}
    assert alias_ids(kb, "Sebhat Ephrem") == {"sebhat-ephrem"}
    assert alias_ids(kb, "Ali Said Abdella") == {"ali-said-abdella"}
    for word in ["Ephrem", "Efrem", "Abdella", "Lado"]:
        assert not alias_ids(kb, word), word
