"""Kuwait's defence ministers of 2024-25, a checked pass on the Middle East's and North Africa's
remaining gaps (issue 14, kbmena34): Fahad Yusuf Saud Al-Sabah's defence ministry from the
decree of 2024-01-17 to the decree of 2025-02-04, and Abdullah Ali Abdullah Al-Salem Al-Sabah
(the KB's Ali Al-Abdullah Al-Sabah, defence minister of 2022-23) from that day, read from stored
copies of public pages (docs/actors.md, "the kbmena34 pass"); a day inside each new spell, the
handover days, the gaps left open and the names.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    # Kuwait, defence
    ("defence minister", "KWT", date(2024, 6, 1)): "fahad-yusuf-saud-al-sabah",
    ("defence minister", "KWT", date(2025, 6, 1)): "ali-al-abdullah-al-sabah",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_kuwait_defence_handovers(kb: KnowledgeBase) -> None:
    """Ahmad Al-Fahad to the government of Wednesday 2024-01-17, Fahad Yusuf from that day to
    the decree of Tuesday 2025-02-04, Abdullah Ali Abdullah Al-Salem from that day; Fahad Yusuf
    keeps the interior ministry throughout."""
    kwt = "KWT"
    assert holder_ids(kb, "defence minister", kwt, date(2024, 1, 16)) == {"ahmad-al-fahad-al-sabah"}
    assert holder_ids(kb, "defence minister", kwt, date(2024, 1, 17)) == {
        "fahad-yusuf-saud-al-sabah"
    }
    assert holder_ids(kb, "defence minister", kwt, date(2025, 2, 3)) == {
        "fahad-yusuf-saud-al-sabah"
    }
    assert holder_ids(kb, "defence minister", kwt, date(2025, 2, 4)) == {"ali-al-abdullah-al-sabah"}
    for day in (date(2024, 6, 1), date(2025, 2, 4), date(2025, 6, 1)):
        assert holder_ids(kb, "interior minister", kwt, day) == {"fahad-yusuf-saud-al-sabah"}
    # his first defence spell unchanged
    assert holder_ids(kb, "defence minister", kwt, date(2023, 1, 1)) == {"ali-al-abdullah-al-sabah"}


def test_gaps_left_open(kb: KnowledgeBase) -> None:
    """The cells no page read dated stay nobody's: Kuwait's defence of 2000-01 and 2014-16,
    Iraq's interior of 2001-03 (Mahmud Dhiyab al-Ahmad, no month) and of the vacancy of
    2016-17, Libya's foreign ministry of 2011 (Abdul Ati al-Obeidi, left out for his surname)
    and 2013, Yemen's defence of 2000-05, Qatar's before 2016, the UAE's and Oman's interior
    before 2004."""
    assert holder_ids(kb, "defence minister", "KWT", date(2000, 6, 1)) == set()
    # filled by kbmena35
    assert holder_ids(kb, "defence minister", "KWT", date(2015, 1, 1)) == {
        "khaled-al-jarrah-al-sabah"
    }
    # filled by kbmenasia43: Mahmud Dhiyab al-Ahmad, interior minister 2001-05-29 to 2003-04-09
    assert holder_ids(kb, "interior minister", "IRQ", date(2002, 1, 1)) == {
        "mahmud-dhiyab-al-ahmad"
    }
    assert holder_ids(kb, "interior minister", "IRQ", date(2016, 10, 1)) == set()
    assert holder_ids(kb, "foreign minister", "LBY", date(2011, 6, 1)) == set()
    assert holder_ids(kb, "foreign minister", "LBY", date(2013, 6, 1)) == set()
    assert holder_ids(kb, "defence minister", "YEM", date(2003, 1, 1)) == set()
    assert holder_ids(kb, "defence minister", "QAT", date(2010, 1, 1)) == set()
    assert holder_ids(kb, "interior minister", "ARE", date(2002, 1, 1)) == set()
    assert holder_ids(kb, "interior minister", "OMN", date(2002, 1, 1)) == set()


def test_names(kb: KnowledgeBase) -> None:
    """Abdullah Ali Abdullah Al-Salem Al-Sabah's full name is his alias; "Al-Salem" stays no
    one's; "Al-Sabah" stays a surname no one has alone; "al-Obeidi" stays no one's (no
    second al-Obeidi added)."""
    assert alias_ids(kb, "Abdullah Ali Abdullah Al-Salem Al-Sabah") == {"ali-al-abdullah-al-sabah"}
    assert alias_ids(kb, "Ali Al-Abdullah Al-Sabah") == {"ali-al-abdullah-al-sabah"}
    assert alias_ids(kb, "Fahad Yusuf Saud Al-Sabah") == {"fahad-yusuf-saud-al-sabah"}
    assert alias_ids(kb, "Al-Salem") == set()
    assert alias_ids(kb, "Al-Sabah") == set()
    assert alias_ids(kb, "al-Obeidi") == set()
    assert kb.sharing("al-Obeidi") == ()
