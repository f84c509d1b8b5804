"""Office holders of 1989-1999, fourteenth checked pass (issue 14, kb90s25): interior ministers
of the focus states, or the minister who heads the police under another title (China's public
security, South Africa's law and order / safety and security, as the KB titles them since
2000), read from stored copies of public pages (docs/actors.md, "the kb90s25 pass"); a day
inside each new spell, the handover days and the gaps left open, and the names.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    ("public security minister", "CHN", date(1989, 6, 4)): "wang-fang",
    ("public security minister", "CHN", date(1994, 1, 1)): "tao-siju",
    ("interior minister", "IDN", date(1990, 1, 1)): "rudini",
    ("interior minister", "IDN", date(1996, 7, 27)): "yogie-s-memet",
    ("interior minister", "IDN", date(1999, 1, 1)): "syarwan-hamid",
    ("interior minister", "MEX", date(1993, 6, 1)): "patrocinio-gonzalez-garrido",
    ("interior minister", "MEX", date(1994, 6, 1)): "jorge-carpizo",
    ("interior minister", "MEX", date(1995, 2, 1)): "esteban-moctezuma",
    ("interior minister", "MEX", date(1996, 1, 1)): "emilio-chuayffet",
    ("interior minister", "MEX", date(1998, 6, 1)): "francisco-labastida",
    ("police minister", "ZAF", date(1990, 1, 1)): "adriaan-vlok",
    ("police minister", "ZAF", date(1992, 6, 1)): "hernus-kriel",
    ("police minister", "ZAF", date(1997, 1, 1)): "sydney-mufamadi",
    ("interior minister", "UKR", date(1993, 1, 1)): "andriy-vasylyshyn",
    ("interior minister", "UKR", date(1995, 1, 1)): "volodymyr-radchenko",
    ("interior minister", "ARG", date(1997, 1, 1)): "carlos-corach",
    ("interior minister", "IRQ", date(1993, 1, 1)): "watban-ibrahim",
    ("interior minister", "COL", date(1997, 10, 1)): "carlos-holmes-trujillo",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Tao Siju followed Wang Fang on 1990-12-28 and Jia Chunwang him in March 1998; Zedillo
    replaced Chuayffet with Labastida on 1998-01-03; the months no page dated stay empty
    (Indonesia's minister of March to May 1998, Mexico's secretary before 1993)."""
    assert holder_ids(kb, "public security minister", "CHN", date(1990, 12, 27)) == {"wang-fang"}
    assert holder_ids(kb, "public security minister", "CHN", date(1990, 12, 29)) == {"tao-siju"}
    assert holder_ids(kb, "public security minister", "CHN", date(1998, 4, 1)) == {"jia-chunwang"}
    assert holder_ids(kb, "interior minister", "MEX", date(1998, 1, 2)) == {"emilio-chuayffet"}
    assert holder_ids(kb, "interior minister", "MEX", date(1998, 1, 4)) == {"francisco-labastida"}
    assert holder_ids(kb, "interior minister", "MEX", date(1994, 1, 11)) == {"jorge-carpizo"}
    assert holder_ids(kb, "interior minister", "MEX", date(1999, 5, 20)) == {"francisco-labastida"}
    assert holder_ids(kb, "interior minister", "MEX", date(1999, 5, 22)) == {"diodoro-carrasco"}
    # filled by kbcomp32
    assert holder_ids(kb, "interior minister", "MEX", date(1991, 1, 1)) == {
        "fernando-gutierrez-barrios"
    }
    assert holder_ids(kb, "interior minister", "IDN", date(1998, 4, 15)) == set()
    assert holder_ids(kb, "interior minister", "IDN", date(1999, 11, 1)) == {"surjadi-soedirdja"}
    assert holder_ids(kb, "police minister", "ZAF", date(1999, 7, 1)) == {"steve-tshwete"}
    assert holder_ids(kb, "interior minister", "UKR", date(1995, 7, 2)) == {"volodymyr-radchenko"}
    assert holder_ids(kb, "interior minister", "UKR", date(1995, 7, 4)) == {"yuriy-kravchenko"}
    assert holder_ids(kb, "interior minister", "ARG", date(1999, 12, 11)) == {"federico-storani"}
    assert holder_ids(kb, "interior minister", "IRQ", date(1995, 5, 21)) == {"watban-ibrahim"}
    assert holder_ids(kb, "interior minister", "IRQ", date(1995, 5, 23)) == {
        "muhammad-zimam-al-sadun"
    }


def test_refined_starts(kb: KnowledgeBase) -> None:
    """Four year- or month-only starts refined to the day the pages give: Kravchenko
    (Ukraine, 1995-07-03), Sivakov (Belarus, 1999-02-08), al-Sadun (Iraq, 1995-05-22),
    Carrasco (Mexico, 1999-05-21)."""
    assert holder_ids(kb, "interior minister", "MEX", date(1999, 5, 5)) == {"francisco-labastida"}
    assert holder_ids(kb, "interior minister", "UKR", date(1995, 7, 1)) == {"volodymyr-radchenko"}
    assert holder_ids(kb, "interior minister", "BLR", date(1999, 1, 15)) == set()
    assert holder_ids(kb, "interior minister", "BLR", date(1999, 2, 9)) == {"yury-sivakov"}
    assert holder_ids(kb, "interior minister", "IRQ", date(1995, 2, 1)) == {"watban-ibrahim"}


def test_names(kb: KnowledgeBase) -> None:
    """The full names and surnames name the new people; a second (maternal) surname and a
    common one ("Ochoa", "MacGregor", "Garrido", "Hamid") is nobody's alias; "Gutiérrez" stays
    the surname Lucio Gutiérrez and Nancy Patricia Gutiérrez share."""
    assert alias_ids(kb, "Tao Siju") == {"tao-siju"}
    assert alias_ids(kb, "Yogie Suardi Memet") == {"yogie-s-memet"}
    assert alias_ids(kb, "Syarwan Hamid") == {"syarwan-hamid"}
    assert alias_ids(kb, "Labastida") == {"francisco-labastida"}
    assert alias_ids(kb, "Chuayffet") == {"emilio-chuayffet"}
    assert alias_ids(kb, "Carpizo") == {"jorge-carpizo"}
    assert alias_ids(kb, "Gonzalez Garrido") == {"patrocinio-gonzalez-garrido"}
    assert alias_ids(kb, "Sidney Mufamadi") == {"sydney-mufamadi"}
    assert alias_ids(kb, "Vlok") == {"adriaan-vlok"}
    assert alias_ids(kb, "Kriel") == {"hernus-kriel"}
    assert alias_ids(kb, "Vasylyshyn") == {"andriy-vasylyshyn"}
    assert alias_ids(kb, "Vladimir Radchenko") == {"volodymyr-radchenko"}
    assert alias_ids(kb, "Corach") == {"carlos-corach"}
    assert alias_ids(kb, "Watban Ibrahim") == {"watban-ibrahim"}
    assert alias_ids(kb, "Tikriti") == set()
    for common in ("Ochoa", "MacGregor", "Garrido", "Hamid"):
        assert alias_ids(kb, common) == set(), common
    # the kbsam30 pass's Gonzalo Gutiérrez (Peru, foreign 2014-15) shares it too
    assert {"lucio-gutierrez", "nancy-patricia-gutierrez"} <= set(kb.sharing("Gutiérrez"))
