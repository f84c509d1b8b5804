"""Defence and interior ministers of the conflict states of the Sahel, Sudan and Central
Africa (issue 14, kbafrC15, a pass checked against stored public pages).

Each spell was read from stored copies of public pages (docs/actors.md, "the kbafrC15
pass"); these tests name the holder on a day inside each new spell, check the handover days,
and that the new ministers took no bare surname from anyone.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    ("defence minister", "SDN", date(2003, 1, 1)): "bakri-hassan-saleh",
    ("defence minister", "SDN", date(2010, 1, 1)): "abdel-rahim-mohammed-hussein",
    ("interior minister", "SDN", date(2002, 1, 1)): "abdel-rahim-mohammed-hussein",
    ("defence minister", "SDN", date(2020, 6, 2)): "yassin-ibrahim-yassin",
    ("defence minister", "SDN", date(2025, 6, 24)): "hassan-daoud-kabroun",
    ("interior minister", "SDN", date(2021, 6, 1)): "izz-eddin-al-sheikh",
    ("interior minister", "SDN", date(2025, 6, 24)): "babikir-samra",
    ("defence minister", "SDN", date(2023, 6, 1)): "yassin-ibrahim-yassin",
    ("interior minister", "SDN", date(2018, 6, 1)): "ibrahim-mahmoud-hamid",
    ("interior minister", "SDN", date(2018, 12, 1)): "ahmed-bilal-osman",
    ("foreign minister", "SSD", date(2023, 6, 1)): "deng-dau-deng",
    ("foreign minister", "SSD", date(2024, 1, 1)): "james-pitia-morgan",
    ("foreign minister", "SSD", date(2024, 10, 1)): "ramadan-mohamed-abdallah-goc",
    ("foreign minister", "SSD", date(2025, 6, 1)): "monday-semaya-kumba",
    ("interior minister", "SSD", date(2021, 1, 1)): "paul-mayom-akech",
    ("interior minister", "SSD", date(2022, 6, 1)): "mahmoud-solomon-agok",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_sudan_handovers(kb: KnowledgeBase) -> None:
    """Sudan: Yassin Ibrahim was sworn in on 2020-06-02, after the months of Jamal Omar's
    death (2020-03-25) when he was only acting; the government announced on 2018-09-13
    moved Ahmed Bilal Osman to the interior in Ibrahim Mahmoud Hamid's place; Bashir's
    reshuffle of 2019-03-13 ended Bilal Osman's spell; Bakri Hassan Saleh handed defence to
    Abdel Rahim Mohammed Hussein on 2005-09-22, who left it on 2015-06-06 (an acting minister
    followed); Kamil Idris named Hassan Daoud Kabroun on 2025-06-24; the coup of 2021-10-25
    ended Izz-Eddin al-Sheikh's spell."""
    assert holder_ids(kb, "defence minister", "SDN", date(2020, 3, 24)) == {"jamal-al-din-omar"}
    assert holder_ids(kb, "defence minister", "SDN", date(2020, 5, 1)) == set()
    assert holder_ids(kb, "interior minister", "SDN", date(2018, 9, 12)) == {
        "ibrahim-mahmoud-hamid"
    }
    assert holder_ids(kb, "interior minister", "SDN", date(2018, 9, 13)) == {"ahmed-bilal-osman"}
    assert holder_ids(kb, "interior minister", "SDN", date(2019, 3, 13)) == set()
    assert holder_ids(kb, "defence minister", "SDN", date(2005, 9, 21)) == {"bakri-hassan-saleh"}
    assert holder_ids(kb, "defence minister", "SDN", date(2015, 6, 6)) == set()
    assert holder_ids(kb, "defence minister", "SDN", date(2025, 6, 23)) == {"yassin-ibrahim-yassin"}
    assert holder_ids(kb, "interior minister", "SDN", date(2021, 10, 25)) == set()


def test_no_bare_surnames(kb: KnowledgeBase) -> None:
    """The new Sudanese ministers take no one-word name: "Yassin", "Hamid" and "Osman" are
    surnames or given names of many people."""

    assert "yassin-ibrahim-yassin" not in alias_ids(kb, "Yassin")
    assert "ibrahim-mahmoud-hamid" not in alias_ids(kb, "Hamid")
    assert "ahmed-bilal-osman" not in alias_ids(kb, "Osman")
    assert alias_ids(kb, "Yassin Ibrahim") == {"yassin-ibrahim-yassin"}
    assert alias_ids(kb, "Ahmed Bilal Osman") == {"ahmed-bilal-osman"}
    assert "abdel-rahim-mohammed-hussein" not in alias_ids(kb, "Hussein")
    assert alias_ids(kb, "Abdel Rahim Mohamed Hussein") == {"abdel-rahim-mohammed-hussein"}
    assert "hassan-daoud-kabroun" not in alias_ids(kb, "Kayan")


def test_south_sudan_handovers(kb: KnowledgeBase) -> None:
    """South Sudan: Kiir named Morgan on 2023-08-31, Goc on 2024-04-25 and Kumba on
    2025-04-09; the decree of 2021-11-12 passed the interior from Mayom Akech to Solomon Agok,
    fired on 2023-03-03; Kuol Manyang was named on 2013-07-31, not in August."""
    assert holder_ids(kb, "foreign minister", "SSD", date(2023, 8, 30)) == {"deng-dau-deng"}
    assert holder_ids(kb, "foreign minister", "SSD", date(2023, 8, 31)) == {"james-pitia-morgan"}
    assert holder_ids(kb, "foreign minister", "SSD", date(2024, 4, 25)) == {
        "ramadan-mohamed-abdallah-goc"
    }
    assert holder_ids(kb, "foreign minister", "SSD", date(2025, 4, 9)) == {"monday-semaya-kumba"}
    assert holder_ids(kb, "interior minister", "SSD", date(2021, 11, 12)) == {
        "mahmoud-solomon-agok"
    }
    assert holder_ids(kb, "interior minister", "SSD", date(2023, 3, 3)) == set()
    assert holder_ids(kb, "defence minister", "SSD", date(2013, 7, 31)) == {"kuol-manyang-juuk"}


def test_south_sudanese_ministers_take_no_bare_surname(kb: KnowledgeBase) -> None:
    """ "Morgan" and "Malek" stay nobody's alias; the catalogue forms name the ministers."""

    assert "james-pitia-morgan" not in alias_ids(kb, "Morgan")
    assert alias_ids(kb, "Morgan, James Pitia") == {"james-pitia-morgan"}
    assert "deng-dau-deng" not in alias_ids(kb, "Malek")
    assert alias_ids(kb, "Ramadan Abdallah Goc") == {"ramadan-mohamed-abdallah-goc"}


def test_mali_refined_defence_handovers(kb: KnowledgeBase) -> None:
    """Mali: Soumeylou Boubèye Maïga was named on 2013-09-08 (Yamoussa Camara before) and
    resigned on 2014-05-27, Bah N'Daw named the next day; the Choguel Maïga government that
    brought Sadio Camara back was formed on 2021-06-11."""
    assert holder_ids(kb, "defence minister", "MLI", date(2013, 9, 7)) == {"yamoussa-camara"}
    assert holder_ids(kb, "defence minister", "MLI", date(2013, 9, 8)) == {
        "soumeylou-boubeye-maiga"
    }
    assert holder_ids(kb, "defence minister", "MLI", date(2014, 5, 27)) == {
        "soumeylou-boubeye-maiga"
    }
    assert holder_ids(kb, "defence minister", "MLI", date(2014, 5, 28)) == {"bah-ndaw"}
    assert holder_ids(kb, "defence minister", "MLI", date(2021, 6, 5)) == set()
    assert holder_ids(kb, "defence minister", "MLI", date(2021, 6, 11)) == {"sadio-camara"}


def test_nigeria_defence(kb: KnowledgeBase) -> None:
    """Nigeria: Yayale Ahmed held defence from Yar'Adua's cabinet of 2007-07-26 to
    2008-09-08; Olusola Obada was dropped on 2013-09-11 (supervising ministers after her are
    left out)."""
    assert holder_ids(kb, "defence minister", "NGA", date(2008, 1, 1)) == {"yayale-ahmed"}
    assert holder_ids(kb, "defence minister", "NGA", date(2008, 9, 8)) == set()
    assert holder_ids(kb, "defence minister", "NGA", date(2013, 9, 10)) == {"olusola-obada"}
    assert holder_ids(kb, "defence minister", "NGA", date(2013, 9, 11)) == set()


def test_chad_defence(kb: KnowledgeBase) -> None:
    """Chad: the military council dissolved the government on 2021-04-20 and named Daoud Yaya
    Brahim again on 2021-05-02 (the junta's ministers are dated by the decrees naming them);
    Adago Yacouba held the ministry from 2023-10-21 to the government of 2024-05-27."""
    # corrected (kbafrW18): Mahamat Abali Salah held it from 2019-06-30 to 2021-04-20
    assert holder_ids(kb, "defence minister", "TCD", date(2021, 4, 19)) == {"mahamat-abali-salah"}
    assert holder_ids(kb, "defence minister", "TCD", date(2021, 4, 25)) == set()
    assert holder_ids(kb, "defence minister", "TCD", date(2021, 5, 2)) == {"daoud-yaya-brahim"}
    assert holder_ids(kb, "defence minister", "TCD", date(2023, 10, 20)) == {"daoud-yaya-brahim"}
    assert holder_ids(kb, "defence minister", "TCD", date(2023, 10, 21)) == {"adago-yacouba"}
    # filled by kbafrC34: Issakha Malloua Djamous from the Halina government of 2024-05-27
    assert holder_ids(kb, "defence minister", "TCD", date(2024, 5, 27)) == {
        "issakha-malloua-djamous"
    }


def test_niger_interior(kb: KnowledgeBase) -> None:
    """Niger: Hassoumi Massoudou held the interior from the government of 2013-08-13 to
    Mohamed Bazoum's start on 2016-04-11 (Abdou Labo, his predecessor, added by kbafrW17)."""
    assert holder_ids(kb, "interior minister", "NER", date(2013, 8, 12)) == {"abdou-labo"}
    assert holder_ids(kb, "interior minister", "NER", date(2015, 9, 1)) == {"hassoumi-massoudou"}
    assert holder_ids(kb, "interior minister", "NER", date(2016, 4, 11)) == {"mohamed-bazoum"}
