"""Ministers of Asia, an eighth checked pass (issue 14, kbasia19).

Each spell was read from stored copies of public pages (docs/actors.md, "the kbasia19
pass"); these tests name the holder on a day inside each new spell, check the handovers and
the gaps left open, and check the names the pass added.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    ("defence minister", "KGZ", date(2013, 1, 1)): "taalaibek-omuraliev",
    ("interior minister", "KGZ", date(2013, 6, 1)): "abdylda-suranchiev",
    ("interior minister", "KGZ", date(2015, 6, 1)): "melis-turganbaev",
    ("foreign minister", "KGZ", date(2008, 1, 1)): "ednan-karabayev",
    ("defence minister", "MNG", date(2017, 1, 1)): "b-bat-erdene",
    ("interior minister", "MNG", date(2017, 1, 1)): "s-byambatsogt",
    ("defence minister", "MNG", date(2019, 1, 1)): "nyamaa-enkhbold",
    ("interior minister", "MNG", date(2019, 1, 1)): "tsend-nyamdorj",
    ("foreign minister", "BTN", date(2025, 1, 1)): "dinanath-dhungyel",
    ("public security minister", "LAO", date(2013, 1, 1)): "thongbanh-sengaphone",
    ("public security minister", "LAO", date(2023, 1, 1)): "vilay-lakhamphong",
    # corrected by kbcasia33: Annagurbanov was fired on 2007-10-08 (cable 07ASHGABAT1088)
    ("interior minister", "TKM", date(2007, 6, 1)): "khojamurad-annagurbanov",
    ("interior minister", "TKM", date(2015, 1, 1)): "isgender-mulikov",
    ("interior minister", "TKM", date(2020, 6, 1)): "mammetkhan-chakiyev",
    ("interior minister", "TKM", date(2022, 1, 1)): "ovezdurdy-khojaniyazov",
    ("interior minister", "TKM", date(2024, 1, 1)): "muhammet-hydyrov",
    ("foreign minister", "MDV", date(2024, 1, 1)): "moosa-zameer",
    ("foreign minister", "MDV", date(2025, 1, 1)): "abdulla-khaleel",
    ("defence minister", "MDV", date(2024, 1, 1)): "ghassan-maumoon",
    ("interior minister", "MDV", date(2024, 1, 1)): "ali-ihusaan",
    ("defence minister", "THA", date(2008, 11, 1)): "somchai-wongsawat",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_kyrgyzstan_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Kudaiberdiev to Omuraliev on 2011-12-26; Suranchiev to Turganbaev on 2014-09-16; the
    ministry of 2016 after Turganbaev's resignation and the foreign ministry after
    Karabayev's resignation (Sarbayev's end not read) stay open."""
    assert holder_ids(kb, "defence minister", "KGZ", date(2011, 12, 25)) == {
        "abibilla-kudaiberdiev"
    }
    assert holder_ids(kb, "defence minister", "KGZ", date(2011, 12, 26)) == {"taalaibek-omuraliev"}
    assert holder_ids(kb, "defence minister", "KGZ", date(2016, 1, 1)) == set()
    assert holder_ids(kb, "interior minister", "KGZ", date(2014, 9, 15)) == {"abdylda-suranchiev"}
    assert holder_ids(kb, "interior minister", "KGZ", date(2014, 9, 16)) == {"melis-turganbaev"}
    # Kashkar Junushaliev, 2016-05-30 to 2020-10-06: dated by kbasia28
    assert holder_ids(kb, "interior minister", "KGZ", date(2016, 6, 1)) == {"kashkar-junushaliev"}
    assert holder_ids(kb, "foreign minister", "KGZ", date(2009, 6, 1)) == set()


def test_mongolia_cabinets(kb: KnowledgeBase) -> None:
    """Khurelsukh's cabinet was appointed on 2017-10-18/19, not on his own confirmation of
    2017-10-04 (Tsogtbaatar's corrected start); the weeks between the dismissal of
    Erdenebat's government and that day stay open; the cabinet of 2020-07-08 ends the
    spells."""
    assert holder_ids(kb, "foreign minister", "MNG", date(2017, 10, 10)) == set()
    assert holder_ids(kb, "foreign minister", "MNG", date(2017, 10, 19)) == {"damdin-tsogtbaatar"}
    assert holder_ids(kb, "defence minister", "MNG", date(2017, 9, 20)) == set()
    assert holder_ids(kb, "foreign minister", "MNG", date(2020, 7, 7)) == {"damdin-tsogtbaatar"}
    assert holder_ids(kb, "foreign minister", "MNG", date(2020, 7, 8)) == {"nyamtseren-enkhtaivan"}
    # (G. Saikhanbayar and Kh. Nyambaatar from 2020-07-08: coded since the kbcasia31 pass,
    # tests/actors/test_kb_kbcasia31.py)
    assert holder_ids(kb, "defence minister", "MNG", date(2020, 7, 8)) == {"gursed-saikhanbayar"}
    assert holder_ids(kb, "interior minister", "MNG", date(2020, 7, 8)) == {"khishgee-nyambaatar"}


def test_bhutan_interim_governments(kb: KnowledgeBase) -> None:
    """The outgoing ministers leave office when the interim government is appointed
    (2013-04-28, 2023-11-01; corrected ends); the advisers in charge are not coded."""
    assert holder_ids(kb, "foreign minister", "BTN", date(2013, 4, 27)) == {"ugyen-tshering"}
    assert holder_ids(kb, "foreign minister", "BTN", date(2013, 6, 1)) == set()
    assert holder_ids(kb, "foreign minister", "BTN", date(2023, 10, 31)) == {"tandi-dorji"}
    assert holder_ids(kb, "foreign minister", "BTN", date(2023, 12, 1)) == set()
    assert holder_ids(kb, "foreign minister", "BTN", date(2024, 1, 28)) == {"dinanath-dhungyel"}


def test_laos_public_security(kb: KnowledgeBase) -> None:
    """Thongbanh Sengaphone to his death (2014-05-17); Somkeo Silavong's years, left open
    here, were coded by kbasia28 from that day."""
    assert holder_ids(kb, "public security minister", "LAO", date(2014, 5, 16)) == {
        "thongbanh-sengaphone"
    }
    assert holder_ids(kb, "public security minister", "LAO", date(2018, 1, 1)) == {
        "somkeo-silavong"
    }
    assert holder_ids(kb, "public security minister", "LAO", date(2021, 3, 22)) == {
        "vilay-lakhamphong"
    }


def test_maldives_reshuffle_of_2024(kb: KnowledgeBase) -> None:
    assert holder_ids(kb, "foreign minister", "MDV", date(2024, 9, 29)) == {"moosa-zameer"}
    assert holder_ids(kb, "foreign minister", "MDV", date(2024, 9, 30)) == {"abdulla-khaleel"}


def test_turkmenistan_interior_handovers(kb: KnowledgeBase) -> None:
    assert holder_ids(kb, "interior minister", "TKM", date(2019, 9, 30)) == {"isgender-mulikov"}
    assert holder_ids(kb, "interior minister", "TKM", date(2019, 10, 1)) == {"mammetkhan-chakiyev"}
    assert holder_ids(kb, "interior minister", "TKM", date(2022, 4, 6)) == {"muhammet-hydyrov"}
    assert holder_ids(kb, "interior minister", "TKM", date(2006, 1, 1)) == set()


def test_names(kb: KnowledgeBase) -> None:
    # Miyeegombyn Enkhbold keeps "Enkhbold" by an alias; Nyamaa Enkhbold by his full name
    assert alias_ids(kb, "Enkhbold") == {"miyeegombo-enkhbold"}
    assert alias_ids(kb, "N. Enkhbold") == {"nyamaa-enkhbold"}
    assert alias_ids(kb, "Nyamdorj") == {"tsend-nyamdorj"}
    assert alias_ids(kb, "Bat-Erdene") == {"b-bat-erdene"}
    assert alias_ids(kb, "Dhungyel") == {"dinanath-dhungyel"}
    assert alias_ids(kb, "Lakhamfong") == {"vilay-lakhamphong"}
    assert alias_ids(kb, "Mulikov") == {"isgender-mulikov"}
    # common Maldivian names: catalogue forms, no bare surname
    assert not alias_ids(kb, "Zameer")
    assert not alias_ids(kb, "Khaleel")
    assert not alias_ids(kb, "Maumoon")
    assert alias_ids(kb, "Ghassan Maumoon") == {"ghassan-maumoon"}
    assert alias_ids(kb, "Omuraliev") == {"taalaibek-omuraliev"}
    assert alias_ids(kb, "Turganbayev") == {"melis-turganbaev"}
    assert alias_ids(kb, "Karabaev") == {"ednan-karabayev"}
    assert alias_ids(kb, "Suranchiev") == {"abdylda-suranchiev"}
