"""North Korea's ministers of people's (social) security since 2000, a checked pass (issue 14,
kbasia42): Paek Hak-rim to 2003-07-01, Choe Ryong-su, Ju Sang-song, Ri Myong-su and Choe Pu-il
to December 2019, and Pang Tu-sop from 2024-07-30, read from stored copies of public pages
(docs/actors.md, "the kbasia42 pass"); coded `public security minister`, an interior title, as
Laos's ministry is. A day inside each new spell, the handover days, the gaps left open (March
2011, 2020 to 2024-07-29) and the names.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB

PSM = "public security minister"

SPELLS = {
    (PSM, "PRK", date(2001, 6, 1)): "paek-hak-rim",
    (PSM, "PRK", date(2003, 12, 1)): "choe-ryong-su",
    (PSM, "PRK", date(2007, 6, 1)): "ju-sang-seong",
    (PSM, "PRK", date(2012, 6, 1)): "ri-myong-su",
    (PSM, "PRK", date(2016, 6, 1)): "choe-pu-il",
    (PSM, "PRK", date(2025, 1, 1)): "pang-tu-sop",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_north_korea_handovers(kb: KnowledgeBase) -> None:
    """Choe Ryong-su appointed by the decree of 2003-07-01 in Paek Hak-rim's place; Ju
    Sang-song from July 2004 (the month only: both hold it that month) to his dismissal of
    2011-03-16; Ri Myong-su from April 2011 and Choe Pu-il from February 2013 (months only);
    Choe Pu-il to his promotion in December 2019; Pang Tu-sop from the Politburo meeting of
    2024-07-29/30."""
    prk = "PRK"
    assert holder_ids(kb, PSM, prk, date(2003, 6, 30)) == {"paek-hak-rim"}
    assert holder_ids(kb, PSM, prk, date(2003, 7, 1)) == {"choe-ryong-su"}
    assert holder_ids(kb, PSM, prk, date(2004, 6, 30)) == {"choe-ryong-su"}
    assert holder_ids(kb, PSM, prk, date(2004, 8, 1)) == {"ju-sang-seong"}
    assert holder_ids(kb, PSM, prk, date(2011, 3, 15)) == {"ju-sang-seong"}
    assert holder_ids(kb, PSM, prk, date(2011, 4, 1)) == {"ri-myong-su"}
    assert holder_ids(kb, PSM, prk, date(2013, 1, 31)) == {"ri-myong-su"}
    assert holder_ids(kb, PSM, prk, date(2013, 3, 1)) == {"choe-pu-il"}
    assert holder_ids(kb, PSM, prk, date(2019, 12, 31)) == {"choe-pu-il"}
    assert holder_ids(kb, PSM, prk, date(2024, 7, 30)) == {"pang-tu-sop"}


def test_north_korea_gaps_left_open(kb: KnowledgeBase) -> None:
    """The second half of March 2011 (Ju relieved on the 16th, Ri appointed in April) and
    2020 to 2024-07-29 (Kim Jong-ho, Ri Yong-gil, Jang Jong-nam, Pak Su-il and Ri Thae-sop:
    not dated on the pages read) stay nobody's."""
    prk = "PRK"
    assert holder_ids(kb, PSM, prk, date(2011, 3, 16)) == set()
    assert holder_ids(kb, PSM, prk, date(2011, 3, 31)) == set()
    assert holder_ids(kb, PSM, prk, date(2020, 1, 1)) == set()
    assert holder_ids(kb, PSM, prk, date(2022, 6, 1)) == set()
    assert holder_ids(kb, PSM, prk, date(2024, 7, 29)) == set()
    # Ri Yong-gil keeps his defence ministry only
    assert holder_ids(kb, "defence minister", prk, date(2022, 6, 1)) == {"ri-yong-gil"}


def test_names(kb: KnowledgeBase) -> None:
    """The new people's names and their spellings without hyphens resolve; "Ri" stays the
    surname many KB people share (Ri Myong-su joins it); "Choe" and "Paek" become surnames two
    or three people share (Choe Son-hui and Paek Nam-sun among them); "Pang", written in
    catalogue form only, is nobody's alone."""
    for name, aid in [
        ("Paek Hak-rim", "paek-hak-rim"),
        ("Paek Hak Rim", "paek-hak-rim"),
        ("Choe Ryong-su", "choe-ryong-su"),
        ("Ju Sang-seong", "ju-sang-seong"),
        ("Ju Sang Seong", "ju-sang-seong"),
        ("Ri Myong-su", "ri-myong-su"),
        ("Ri Myong Su", "ri-myong-su"),
        ("Choe Pu-il", "choe-pu-il"),
        ("Choe Pu Il", "choe-pu-il"),
        ("Pang Tu-sop", "pang-tu-sop"),
        ("Pang Tu Sop", "pang-tu-sop"),
        ("Choe Son-hui", "choe-son-hui"),
        ("Paek Nam-sun", "paek-nam-sun"),
    ]:
        assert alias_ids(kb, name) == {aid}, name
    assert "ri-myong-su" in kb.sharing("Ri")
    assert {"ri-yong-gil", "ri-son-gwon"} <= set(kb.sharing("Ri"))
    assert set(kb.sharing("Choe")) == {"choe-son-hui", "choe-ryong-su", "choe-pu-il"}
    assert set(kb.sharing("Paek")) == {"paek-nam-sun", "paek-hak-rim"}
    assert alias_ids(kb, "Choe") == set()
    assert alias_ids(kb, "Pang") == set()
    assert kb.sharing("Pang") == ()
