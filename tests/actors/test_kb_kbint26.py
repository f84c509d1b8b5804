"""Interior ministers since 2000, a checked pass (issue 14, kbint26): the ministers over each
state's police and internal security, read from stored copies of public pages (docs/actors.md,
"the kbint26 pass"); a day inside each new spell, the handover days and the gaps left open,
and the surnames that stay nobody's.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    # Japan: the chairs of the National Public Safety Commission (`public safety minister`)
    ("public safety minister", "JPN", date(2003, 1, 1)): "sadakazu-tanigaki",
    ("public safety minister", "JPN", date(2007, 1, 1)): "kensei-mizote",
    ("public safety minister", "JPN", date(2008, 1, 1)): "shinya-izumi",
    ("public safety minister", "JPN", date(2008, 9, 1)): "motoo-hayashi",
    ("public safety minister", "JPN", date(2009, 1, 1)): "tsutomu-sato",
    ("public safety minister", "JPN", date(2009, 8, 1)): "motoo-hayashi",
    ("public safety minister", "JPN", date(2010, 1, 1)): "hiroshi-nakai",
    ("public safety minister", "JPN", date(2010, 12, 1)): "tomiko-okazaki",
    ("public safety minister", "JPN", date(2011, 5, 1)): "kansei-nakano",
    ("public safety minister", "JPN", date(2011, 12, 1)): "kenji-yamaoka",
    ("public safety minister", "JPN", date(2012, 6, 1)): "jin-matsubara",
    ("public safety minister", "JPN", date(2012, 11, 1)): "tadamasa-kodaira",
    ("public safety minister", "JPN", date(2013, 6, 1)): "keiji-furuya",
    ("public safety minister", "JPN", date(2015, 1, 1)): "eriko-yamatani",
    ("public safety minister", "JPN", date(2016, 1, 28)): "taro-kono",
    ("public safety minister", "JPN", date(2017, 1, 1)): "jun-matsumoto",
    ("public safety minister", "JPN", date(2018, 1, 1)): "hachiro-okonogi",
    ("public safety minister", "JPN", date(2019, 1, 1)): "junzo-yamamoto",
    ("public safety minister", "JPN", date(2020, 1, 1)): "ryota-takeda",
    ("public safety minister", "JPN", date(2021, 1, 1)): "hachiro-okonogi",
    ("public safety minister", "JPN", date(2021, 8, 1)): "yasufumi-tanahashi",
    ("public safety minister", "JPN", date(2022, 3, 1)): "satoshi-ninoyu",
    ("public safety minister", "JPN", date(2023, 1, 1)): "koichi-tani",
    ("public safety minister", "JPN", date(2024, 1, 1)): "yoshifumi-matsumura",
    ("public safety minister", "JPN", date(2025, 1, 1)): "manabu-sakai",
    ("public safety minister", "JPN", date(2025, 12, 1)): "jiro-akama",
    # Lebanon: the acting minister of 2006 and Hassan Sabaa's return
    ("interior minister", "LBN", date(2006, 6, 1)): "ahmad-fatfat",
    ("interior minister", "LBN", date(2007, 6, 1)): "hassan-sabaa",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_japan_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Okonogi resigned on 2021-06-25 and Tanahashi was attested the same day; the chairs no
    page dated (most of those before 2009) stay empty, and Japan has no `interior minister` at
    all (the internal affairs ministry runs local government)."""
    assert holder_ids(kb, "public safety minister", "JPN", date(2021, 6, 24)) == {"hachiro-okonogi"}
    assert holder_ids(kb, "public safety minister", "JPN", date(2021, 6, 25)) == {
        "yasufumi-tanahashi"
    }
    # filled by kbmena35
    assert holder_ids(kb, "public safety minister", "JPN", date(2005, 1, 1)) == {"yoshitaka-murata"}
    assert holder_ids(kb, "public safety minister", "JPN", date(2009, 7, 1)) == {"tsutomu-sato"}
    assert holder_ids(kb, "public safety minister", "JPN", date(2009, 7, 2)) == {"motoo-hayashi"}
    assert holder_ids(kb, "interior minister", "JPN", date(2023, 1, 1)) == set()
    assert holder_ids(kb, "foreign minister", "JPN", date(2018, 1, 1)) == {"taro-kono"}


def test_japan_names(kb: KnowledgeBase) -> None:
    """The full names and their macron spellings name the new chairs; the distinctive surnames
    are theirs, the common ones (Matsumoto, Takeda, Tani, Matsumura, Sakai) nobody's alone."""
    assert alias_ids(kb, "Keiji Furuya") == {"keiji-furuya"}
    assert alias_ids(kb, "Okonogi") == {"hachiro-okonogi"}
    assert alias_ids(kb, "Hachirō Okonogi") == {"hachiro-okonogi"}
    assert alias_ids(kb, "Tanahashi") == {"yasufumi-tanahashi"}
    assert alias_ids(kb, "Jirō Akama") == {"jiro-akama"}
    assert alias_ids(kb, "Ryōta Takeda") == {"ryota-takeda"}
    assert alias_ids(kb, "Jun Matsumoto") == {"jun-matsumoto"}
    new = {"jun-matsumoto", "ryota-takeda", "koichi-tani", "yoshifumi-matsumura", "manabu-sakai"}
    new |= {"hiroshi-nakai", "tomiko-okazaki", "kansei-nakano", "kenji-yamaoka", "jin-matsubara"}
    new |= {"tadamasa-kodaira", "motoo-hayashi", "tsutomu-sato", "junzo-yamamoto"}
    for common in ("Matsumoto", "Takeda", "Tani", "Matsumura", "Sakai", "Nakai", "Okazaki"):
        assert not alias_ids(kb, common) & new, common
    for common in ("Nakano", "Yamaoka", "Matsubara", "Kodaira", "Hayashi", "Sato", "Yamamoto"):
        assert not alias_ids(kb, common) & new, common
    assert alias_ids(kb, "Kansei Nakano") == {"kansei-nakano"}
    assert alias_ids(kb, "Tanigaki") == {"sadakazu-tanigaki"}
    assert alias_ids(kb, "Ninoyu") == {"satoshi-ninoyu"}
    assert alias_ids(kb, "Mizote") == {"kensei-mizote"}
    assert "shinya-izumi" not in alias_ids(kb, "Izumi")
    assert alias_ids(kb, "Motoo Hayashi") == {"motoo-hayashi"}


def test_lebanon_handovers(kb: KnowledgeBase) -> None:
    """Sabaa resigned on 2006-02-05 and resumed his duties on 2006-11-24, when Fatfat returned
    to sports and youth; Baroud from the government of 2008-07-11."""
    assert holder_ids(kb, "interior minister", "LBN", date(2006, 2, 4)) == {"hassan-sabaa"}
    assert holder_ids(kb, "interior minister", "LBN", date(2006, 11, 23)) == {"ahmad-fatfat"}
    assert holder_ids(kb, "interior minister", "LBN", date(2006, 11, 24)) == {"hassan-sabaa"}
    assert holder_ids(kb, "interior minister", "LBN", date(2008, 7, 11)) == {"ziyad-baroud"}
    assert alias_ids(kb, "Ahmed Fatfat") == {"ahmad-fatfat"}
    assert alias_ids(kb, "Fatfat") == {"ahmad-fatfat"}
