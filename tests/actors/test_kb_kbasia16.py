"""Defence and interior ministers of Thailand and Myanmar, a fifth checked pass on Asia
(issue 14, kbasia16).

Each spell was read from stored copies of public pages (docs/actors.md, "the kbasia16
pass"); these tests name the holder on a day inside each new spell, check the corrected end
and the gaps left open, and check that the pass took no word or shared name from anyone.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    ("defence minister", "THA", date(2004, 6, 1)): "chettha-thanajaro",
    ("defence minister", "THA", date(2005, 1, 1)): "sumphon-boonyanan",
    ("interior minister", "THA", date(2004, 6, 1)): "bhokin-bhalakula",
    ("interior minister", "THA", date(2005, 6, 1)): "chidchai-wannasathit",
    ("interior minister", "THA", date(2006, 3, 1)): "kongsak-wanthana",
    ("interior minister", "THA", date(2008, 10, 1)): "kowit-wattana",
    ("interior minister", "THA", date(2012, 3, 1)): "yongyuth-wichaidit",
    ("interior minister", "MMR", date(2008, 6, 1)): "maung-oo",
    ("interior minister", "THA", date(2003, 6, 1)): "wan-muhamad-noor-matha",
    ("interior minister", "THA", date(2013, 6, 1)): "charupong-ruangsuwan",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_spell_ends(kb: KnowledgeBase) -> None:
    """Chalerm Yubamrung's interior ministry ends with Samak Sundaravej's reshuffle of
    2008-08-02 (corrected: it ran to September); the handovers are single days; the gaps no
    page dated stay open: Thailand's interior ministry from Yongyuth Wichaidit's resignation
    (2012-10-01) to Charupong Ruangsuwan (2012-10-28), before Wan Muhamad Noor Matha
    (Purachai Piumsombun's spell) and Myanmar's home ministry before Maung Oo (Tin
    Hlaing's spell)."""
    assert holder_ids(kb, "interior minister", "THA", date(2008, 8, 20)) == {"kowit-wattana"}
    assert holder_ids(kb, "interior minister", "THA", date(2008, 7, 1)) == {"chalerm-yubamrung"}
    assert holder_ids(kb, "interior minister", "THA", date(2009, 1, 5)) == {"chavarat-charnvirakul"}
    assert holder_ids(kb, "interior minister", "THA", date(2012, 10, 15)) == set()
    assert holder_ids(kb, "interior minister", "THA", date(2002, 6, 1)) == set()
    # filled by kbasia44: Tin Hlaing, home minister 1997-12-24 to 2004-11-05
    assert holder_ids(kb, "interior minister", "MMR", date(2004, 6, 1)) == {"tin-hlaing"}
    assert holder_ids(kb, "interior minister", "MMR", date(2011, 6, 1)) == {"ko-ko"}
    assert holder_ids(kb, "defence minister", "THA", date(2003, 6, 1)) == set()


def test_no_word_or_shared_name_taken(kb: KnowledgeBase) -> None:
    """The names "Wattana" (a Bangkok district, a given name) and "Oo" (a Burmese name part) are
    nobody's bare name; the new ministers' own surnames are theirs."""

    assert not alias_ids(kb, "Wattana")
    assert not alias_ids(kb, "Watana")
    assert not alias_ids(kb, "Oo")
    assert alias_ids(kb, "Kowit Wattana") == {"kowit-wattana"}
    assert alias_ids(kb, "Maung Oo") == {"maung-oo"}
    assert alias_ids(kb, "Thanajaro") == {"chettha-thanajaro"}
    assert alias_ids(kb, "Wichaidit") == {"yongyuth-wichaidit"}
    assert not alias_ids(kb, "Nor")
    assert alias_ids(kb, "Matha") == {"wan-muhamad-noor-matha"}
