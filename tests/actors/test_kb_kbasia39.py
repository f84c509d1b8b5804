"""Myanmar's defence minister of 2011-12 and Libya's defence ministry of 2014, a checked pass
(issue 14, kbasia39): Hla Min, Thein Sein's first defence minister (2011-03-30 to 2012-09-07),
and Abdullah al-Thani's defence ministry, which he kept as prime minister to his crisis
government's swearing-in (2014-09-28), read from stored copies of public pages
(docs/actors.md, "the kbasia39 pass"); a day inside each new spell, the handover days, the
gaps left open and the names.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    # Myanmar, defence
    ("defence minister", "MMR", date(2011, 6, 1)): "hla-min",
    ("defence minister", "MMR", date(2012, 6, 1)): "hla-min",
    # Libya, defence: the refined spell's new months
    ("defence minister", "LBY", date(2014, 6, 1)): "abdullah-al-thani-libya",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_myanmar_defence_handovers(kb: KnowledgeBase) -> None:
    """Than Shwe to the Thein Sein government's first day (2011-03-30), Hla Min from then to
    parliament's approval of Wai Lwin (Friday 2012-09-07); the eleven days between Wai Lwin
    and Sein Win (2015-08-13 to 2015-08-23) stay nobody's."""
    mmr = "MMR"
    assert holder_ids(kb, "defence minister", mmr, date(2011, 3, 29)) == {"than-shwe"}
    assert holder_ids(kb, "defence minister", mmr, date(2011, 3, 30)) == {"hla-min"}
    assert holder_ids(kb, "defence minister", mmr, date(2012, 9, 6)) == {"hla-min"}
    assert holder_ids(kb, "defence minister", mmr, date(2012, 9, 7)) == {"wai-lwin"}
    assert holder_ids(kb, "defence minister", mmr, date(2015, 8, 20)) == set()
    # home affairs, the other ministry of the nominations of February 2011, stays Ko Ko's
    assert holder_ids(kb, "interior minister", mmr, date(2011, 6, 1)) == {"ko-ko"}


def test_libya_defence_handovers(kb: KnowledgeBase) -> None:
    """Al-Thani at defence from 2013-08-05 (unchanged) through his premiership of 2014
    (Maetig's cabinet of May 2014 left defence empty) to the crisis government's swearing-in
    (2014-09-28), which had no defence minister: nobody from that day to the Government of
    National Accord (2016-03-30), whose Mahdi al-Barghathi is unchanged."""
    lby = "LBY"
    assert holder_ids(kb, "defence minister", lby, date(2013, 8, 5)) == {"abdullah-al-thani-libya"}
    assert holder_ids(kb, "defence minister", lby, date(2014, 3, 11)) == {"abdullah-al-thani-libya"}
    assert holder_ids(kb, "defence minister", lby, date(2014, 9, 27)) == {"abdullah-al-thani-libya"}
    assert holder_ids(kb, "defence minister", lby, date(2014, 9, 28)) == set()
    assert holder_ids(kb, "defence minister", lby, date(2015, 6, 1)) == set()
    assert holder_ids(kb, "defence minister", lby, date(2016, 3, 30)) == {"mahdi-al-barghathi"}
    # his premiership is unchanged
    assert holder_ids(kb, "prime minister", lby, date(2014, 6, 1)) == {"abdullah-al-thani-libya"}


def test_gaps_left_open(kb: KnowledgeBase) -> None:
    """Searched again and not dated (docs/actors.md): Laos's defence ministry of 2014-16
    (Sengnouan Xayalath), Kazakhstan's of 2000-07, Thailand's of 2001-04, Myanmar's home
    affairs of 2000-04 (Tin Hlaing), Afghanistan's interior of 2019-20, the UAE's interior
    of 2000-04, Iraq's interior of 2002, Nepal's home affairs of 2016, Pakistan's foreign
    ministry of 2011 (Khar as minister of state) and Timor-Leste's defence of 2007 and 2024."""
    assert holder_ids(kb, "defence minister", "LAO", date(2015, 1, 1)) == set()
    assert holder_ids(kb, "defence minister", "KAZ", date(2004, 1, 1)) == set()
    # filled by kbmena40: Chavalit Yongchaiyudh, defence minister 2001-02-17 to 2002-10-03
    assert holder_ids(kb, "defence minister", "THA", date(2002, 1, 1)) == {"chavalit-yongchaiyudh"}
    # filled by kbasia44: Tin Hlaing, home minister 1997-12-24 to 2004-11-05
    assert holder_ids(kb, "interior minister", "MMR", date(2002, 1, 1)) == {"tin-hlaing"}
    assert holder_ids(kb, "interior minister", "AFG", date(2019, 6, 1)) == set()
    assert holder_ids(kb, "interior minister", "ARE", date(2002, 1, 1)) == set()
    # filled by kbmenasia43: Mahmud Dhiyab al-Ahmad, interior minister 2001-05-29 to 2003-04-09
    assert holder_ids(kb, "interior minister", "IRQ", date(2002, 1, 1)) == {
        "mahmud-dhiyab-al-ahmad"
    }
    assert holder_ids(kb, "interior minister", "NPL", date(2016, 3, 1)) == set()
    assert holder_ids(kb, "foreign minister", "PAK", date(2011, 4, 1)) == set()
    assert holder_ids(kb, "defence minister", "TLS", date(2007, 6, 1)) == set()
    # filled by kbasia44: Donaciano Gomes, defence minister on dated pages 2023-11-21 to 2025-08-05
    assert holder_ids(kb, "defence minister", "TLS", date(2024, 6, 1)) == {"donaciano-gomes"}


def test_names(kb: KnowledgeBase) -> None:
    """Hla Min is found by his name and its inverted form; "Min" and "Hla" stay nobody's
    alone (Burmese names have no surname; "Min" is Min Aung Hlaing's first word), and "Lwin"
    stays Wunna Maung Lwin's."""
    assert alias_ids(kb, "Hla Min") == {"hla-min"}
    assert alias_ids(kb, "Min, Hla") == {"hla-min"}
    assert not alias_ids(kb, "Min")
    assert not alias_ids(kb, "Hla")
    assert alias_ids(kb, "Lwin") == {"wunna-maung-lwin"}
    assert alias_ids(kb, "Abdullah al-Thani") == {"abdullah-al-thani-libya"}
