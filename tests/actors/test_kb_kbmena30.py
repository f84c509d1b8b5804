"""Foreign, defence and interior ministers since 2000 of the Middle East's and Oceania's gaps, a
checked pass (issue 14, kbmena30): Iraq's defence ministers of 2004 (Ali Allawi) and 2016-17
(Othman al-Ghanmi, by proxy), Yemen's interior minister to 2001 (Hussein Arab's first spell),
Fiji's foreign ministers (Tupeni Baba, and Frank Bainimarama in 2008 and 2016-18) and Papua New
Guinea's (Don Polye, 2010-11), read from stored copies of public pages (docs/actors.md, "the
kbmena30 pass"); a day inside each new spell, the handover days, the gaps left open and the
names that stay nobody's.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    # Iraq, defence: the ministry re-created by the CPA in April 2004; the proxy of 2016-17
    ("defence minister", "IRQ", date(2004, 5, 1)): "ali-allawi",
    ("defence minister", "IRQ", date(2016, 11, 1)): "othman-al-ghanmi",
    # Yemen, interior: Hussein Arab's first spell, to al-Alimi's appointment
    ("interior minister", "YEM", date(2000, 1, 1)): "hussein-arab",
    ("interior minister", "YEM", date(2000, 11, 17)): "hussein-arab",
    # Fiji, foreign: Chaudhry's foreign minister; the prime minister's own spells
    ("foreign minister", "FJI", date(2000, 1, 1)): "tupeni-baba",
    ("foreign minister", "FJI", date(2008, 12, 1)): "frank-bainimarama",
    ("foreign minister", "FJI", date(2017, 6, 1)): "frank-bainimarama",
    # Papua New Guinea, foreign: Polye between the reshuffle of 2010 and his sacking
    ("foreign minister", "PNG", date(2011, 3, 1)): "don-polye",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_iraq_handovers(kb: KnowledgeBase) -> None:
    """Allawi from the ministry's re-creation (Sunday 2004-04-04) to the interim government
    (2004-06-01); al-Ghanmi from his appointment (2016-08-30, the later of the two days the
    pages give) to al-Hayali's approval (2017-01-30). The CPA's months without a ministry and
    the days after al-Obeidi's dismissal stay empty, as does the interior vacancy of 2016."""
    assert holder_ids(kb, "defence minister", "IRQ", date(2004, 4, 3)) == set()
    assert holder_ids(kb, "defence minister", "IRQ", date(2004, 4, 4)) == {"ali-allawi"}
    assert holder_ids(kb, "defence minister", "IRQ", date(2004, 5, 31)) == {"ali-allawi"}
    assert holder_ids(kb, "defence minister", "IRQ", date(2004, 6, 1)) == {"hazim-al-shaalan"}
    assert holder_ids(kb, "defence minister", "IRQ", date(2003, 10, 1)) == set()
    assert holder_ids(kb, "defence minister", "IRQ", date(2016, 8, 24)) == {"khaled-al-obaidi"}
    assert holder_ids(kb, "defence minister", "IRQ", date(2016, 8, 27)) == set()
    assert holder_ids(kb, "defence minister", "IRQ", date(2016, 8, 30)) == {"othman-al-ghanmi"}
    assert holder_ids(kb, "defence minister", "IRQ", date(2017, 1, 29)) == {"othman-al-ghanmi"}
    assert holder_ids(kb, "defence minister", "IRQ", date(2017, 1, 30)) == {"arfan-al-hayali"}
    assert holder_ids(kb, "interior minister", "IRQ", date(2016, 11, 1)) == set()
    # al-Ghanmi's interior ministry of 2020-22 is unchanged
    assert holder_ids(kb, "interior minister", "IRQ", date(2021, 1, 1)) == {"othman-al-ghanmi"}


def test_yemen_handovers(kb: KnowledgeBase) -> None:
    """Hussein Arab to Rashad al-Alimi's appointment (2001-04-04) and again from 2015-12-01;
    the months of 2015 after the Bahah government's resignation stay empty."""
    assert holder_ids(kb, "interior minister", "YEM", date(2001, 4, 3)) == {"hussein-arab"}
    assert holder_ids(kb, "interior minister", "YEM", date(2001, 4, 4)) == {"rashad-al-alimi"}
    assert holder_ids(kb, "interior minister", "YEM", date(2015, 12, 1)) == {"hussein-arab"}
    assert holder_ids(kb, "interior minister", "YEM", date(2015, 6, 1)) == set()


def test_fiji_and_png_handovers(kb: KnowledgeBase) -> None:
    """Baba to the coup of 2000-05-19; Bainimarama from Nailatikau's move (2008-10-05) to
    Kubuabola's year-only start, and from the reshuffle of 2016-09-09 to the last day a page
    shows him in office (2018-11-22): the months to his own spell of 2020-04-16 stay empty but
    for Inia Seruiratu's dated days of 2019 (filled by kbasia44). Polye from Abal's move
    (2010-12-07) to his sacking (2011-06-03)."""
    assert holder_ids(kb, "foreign minister", "FJI", date(2000, 5, 18)) == {"tupeni-baba"}
    assert holder_ids(kb, "foreign minister", "FJI", date(2000, 5, 19)) == set()
    assert holder_ids(kb, "foreign minister", "FJI", date(2008, 10, 4)) == {"epeli-nailatikau"}
    assert holder_ids(kb, "foreign minister", "FJI", date(2008, 10, 5)) == {"frank-bainimarama"}
    assert holder_ids(kb, "foreign minister", "FJI", date(2009, 1, 1)) == {"inoke-kubuabola"}
    assert holder_ids(kb, "foreign minister", "FJI", date(2016, 9, 8)) == {"inoke-kubuabola"}
    assert holder_ids(kb, "foreign minister", "FJI", date(2016, 9, 9)) == {"frank-bainimarama"}
    assert holder_ids(kb, "foreign minister", "FJI", date(2018, 11, 22)) == {"frank-bainimarama"}
    assert holder_ids(kb, "foreign minister", "FJI", date(2018, 11, 23)) == set()
    # filled by kbasia44: Inia Seruiratu, foreign minister on dated pages 2019-06-21 to 2019-12-22
    assert holder_ids(kb, "foreign minister", "FJI", date(2019, 8, 1)) == {"inia-seruiratu"}
    assert holder_ids(kb, "foreign minister", "PNG", date(2010, 12, 6)) == {"sam-abal"}
    assert holder_ids(kb, "foreign minister", "PNG", date(2010, 12, 7)) == {"don-polye"}
    assert holder_ids(kb, "foreign minister", "PNG", date(2011, 6, 2)) == {"don-polye"}
    assert holder_ids(kb, "foreign minister", "PNG", date(2011, 6, 10)) == set()
    assert holder_ids(kb, "foreign minister", "PNG", date(2011, 6, 21)) == {"ano-pala"}


def test_names(kb: KnowledgeBase) -> None:
    """The new people's names resolve; "Allawi" stays Ayad Allawi's own alias (Ali Allawi shares
    the surname, so it is shared with Ayad as its owner); "Baba" (catalogue order only) is
    nobody's; "Polye" is Don Polye's."""
    assert alias_ids(kb, "Ali Allawi") == {"ali-allawi"}
    assert alias_ids(kb, "Ali Abd al-Amir Allawi") == {"ali-allawi"}
    assert alias_ids(kb, "Allawi") == {"ayad-allawi"}
    assert alias_ids(kb, "Ayad Allawi") == {"ayad-allawi"}
    assert alias_ids(kb, "Tupeni Baba") == {"tupeni-baba"}
    assert not alias_ids(kb, "Baba")
    assert alias_ids(kb, "Don Polye") == {"don-polye"}
    assert alias_ids(kb, "Polye") == {"don-polye"}
    assert alias_ids(kb, "Othman al-Ghanimi") == {"othman-al-ghanmi"}
    assert alias_ids(kb, "Hussein Mohammed Arab") == {"hussein-arab"}
    assert alias_ids(kb, "Arab") == {"arabs"}  # the people, not Hussein Arab
