"""Nepal's foreign ministers of 2011-13 and 2015-17, a checked pass (issue 14, kbasia45):
Narayan Kaji Shrestha (Baburam Bhattarai's government, 2011-09-04 to 2013-03-14), Kamal Thapa
(KP Sharma Oli's first government, 2015-10-12 to 2016-08-04) and Prakash Sharan Mahat (Pushpa
Kamal Dahal's second government, 2016-08-26 to 2017-05-31), read from stored copies of public
pages (docs/actors.md, "the kbasia45 pass"); Mahendra Bahadur Pandey's month-only end
sharpened to 2015-10-12. A day inside each new spell, the handover days, the gaps left open
and the names ("Mahat" stays no one's alone).
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    # spotlightnepal.com, 2012-09-30: "Foreign Minister Shrestha"
    ("foreign minister", "NPL", date(2012, 9, 30)): "narayan-kaji-shrestha",
    # sabaikhabaronline, Wednesday 2012-12-05: "Deputy Prime Minister and Minister for Foreign
    # Affairs Narayan Kaji Shrestha"
    ("foreign minister", "NPL", date(2012, 12, 5)): "narayan-kaji-shrestha",
    # The Himalayan Times, "Kathmandu, October 15": "Deputy Prime Minister and Foreign Minister
    # Kamal Thapa"
    ("foreign minister", "NPL", date(2015, 10, 15)): "kamal-thapa",
    # dhadingpost.com, 2015-12-29: back from China as deputy prime minister and foreign minister
    ("foreign minister", "NPL", date(2015, 12, 29)): "kamal-thapa",
    # Republica, "Aug 27" (Saturday 2016-08-27): "Minister for Foreign Affairs, Prakash Sharan
    # Mahat"
    ("foreign minister", "NPL", date(2016, 8, 27)): "prakash-sharan-mahat",
    # nepalireporter.com, 2017-01-25: "Minister for Foreign Affairs, Dr Prakash Sharan Mahat"
    ("foreign minister", "NPL", date(2017, 1, 25)): "prakash-sharan-mahat",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_nepal_foreign_handovers_2011_13(kb: KnowledgeBase) -> None:
    """Upendra Yadav to the end of Khanal's government (2011-08-29); the six days to Shrestha's
    oath (2011-09-04) stay nobody's; Shrestha to the day before Khil Raj Regmi's government
    (2013-03-14), Madhav Prasad Ghimire from that day."""
    npl = "NPL"
    assert holder_ids(kb, "foreign minister", npl, date(2011, 8, 28)) == {"upendra-yadav"}
    assert holder_ids(kb, "foreign minister", npl, date(2011, 8, 29)) == set()
    assert holder_ids(kb, "foreign minister", npl, date(2011, 9, 3)) == set()
    assert holder_ids(kb, "foreign minister", npl, date(2011, 9, 4)) == {"narayan-kaji-shrestha"}
    assert holder_ids(kb, "foreign minister", npl, date(2013, 3, 13)) == {"narayan-kaji-shrestha"}
    assert holder_ids(kb, "foreign minister", npl, date(2013, 3, 14)) == {"madhav-prasad-ghimire"}
    # his later spells are untouched: home affairs 2023-24, foreign affairs again from 2024-03-06
    assert holder_ids(kb, "interior minister", npl, date(2023, 9, 1)) == {"narayan-kaji-shrestha"}
    assert holder_ids(kb, "foreign minister", npl, date(2024, 3, 6)) == {"narayan-kaji-shrestha"}


def test_nepal_foreign_handovers_2015_17(kb: KnowledgeBase) -> None:
    """Mahendra Bahadur Pandey to the day before Oli's government (2015-10-12, his end
    sharpened from the month), Kamal Thapa from that day to the day before Dahal's government
    (2016-08-04); the weeks to Mahat's oath (2016-08-04 to 08-25) stay nobody's; Mahat from the
    swearing-in of 2016-08-26 to the day before the cabinet's dissolution (2017-05-31); the
    days to Krishna Bahadur Mahara (2017-06-07) stay nobody's."""
    npl = "NPL"
    assert holder_ids(kb, "foreign minister", npl, date(2015, 10, 11)) == {
        "mahendra-bahadur-pandey"
    }
    assert holder_ids(kb, "foreign minister", npl, date(2015, 10, 12)) == {"kamal-thapa"}
    assert holder_ids(kb, "foreign minister", npl, date(2015, 10, 31)) == {"kamal-thapa"}
    assert holder_ids(kb, "foreign minister", npl, date(2016, 8, 3)) == {"kamal-thapa"}
    assert holder_ids(kb, "foreign minister", npl, date(2016, 8, 4)) == set()
    assert holder_ids(kb, "foreign minister", npl, date(2016, 8, 25)) == set()
    assert holder_ids(kb, "foreign minister", npl, date(2016, 8, 26)) == {"prakash-sharan-mahat"}
    assert holder_ids(kb, "foreign minister", npl, date(2017, 5, 30)) == {"prakash-sharan-mahat"}
    assert holder_ids(kb, "foreign minister", npl, date(2017, 5, 31)) == set()
    assert holder_ids(kb, "foreign minister", npl, date(2017, 6, 7)) == {"krishna-bahadur-mahara"}
    # Kamal Thapa's home ministry of 2005-06 and Bal Krishna Khand's defence ministry, sworn in
    # with Mahat, are untouched
    assert holder_ids(kb, "interior minister", npl, date(2006, 3, 1)) == {"kamal-thapa"}
    assert holder_ids(kb, "defence minister", npl, date(2016, 8, 26)) == {"bal-krishna-khand"}


def test_gaps_left_open(kb: KnowledgeBase) -> None:
    """Searched and not dated (docs/actors.md): Nepal's foreign ministry of the Chand and Surya
    Bahadur Thapa governments (2002-04), Thailand's defence ministry of 2002-04 and interior
    ministry of 2000-02, Papua New Guinea's foreign ministry of 2000 (John Kaputin), Tonga's
    police ministry of 2012-15, Kazakhstan's defence ministry of 2000-07; decided before:
    Afghanistan's Taliban ministers of 2000-01, Pakistan's foreign ministry of 2000-02."""
    for title, iso, day in [
        ("foreign minister", "NPL", date(2003, 6, 1)),
        ("defence minister", "THA", date(2003, 6, 1)),
        ("interior minister", "THA", date(2001, 6, 1)),
        ("foreign minister", "PNG", date(2000, 6, 1)),
        ("interior minister", "TON", date(2013, 6, 1)),
        ("defence minister", "KAZ", date(2003, 1, 1)),
        ("foreign minister", "AFG", date(2001, 1, 1)),
        ("foreign minister", "PAK", date(2001, 1, 1)),
    ]:
        assert holder_ids(kb, title, iso, day) == set(), (title, iso, day)


def test_names(kb: KnowledgeBase) -> None:
    """Prakash Sharan Mahat (new) is written with his full name and the catalogue form only:
    "Mahat" (Ram Sharan Mahat's surname too) and his given names are no one's alone; Kamal
    Thapa and Narayan Kaji Shrestha keep their names, "Thapa" its four people and "Shrestha"
    no one."""
    assert alias_ids(kb, "Prakash Sharan Mahat") == {"prakash-sharan-mahat"}
    assert alias_ids(kb, "Mahat, Prakash Sharan") == {"prakash-sharan-mahat"}
    for word in ("Mahat", "Prakash", "Sharan", "Prakash Sharan"):
        assert alias_ids(kb, word) == set(), word
    assert set(kb.sharing("Mahat")) == set()
    assert alias_ids(kb, "Kamal Thapa") == {"kamal-thapa"}
    assert alias_ids(kb, "Narayan Kaji Shrestha") == {"narayan-kaji-shrestha"}
    assert alias_ids(kb, "Shrestha") == set()
    assert set(kb.sharing("Thapa")) == {
        "gagan-thapa",
        "kamal-thapa",
        "ram-bahadur-thapa",
        "surya-bahadur-thapa",
    }
