"""Office holders of 1989-1999, eleventh checked pass (issue 14, kb90s22): foreign ministers
of the focus states, read from stored copies of public pages (docs/actors.md, "the kb90s22
pass"); a day inside each new spell, the handover days and the gaps left open, and the names
that stay nobody's or keep their owner.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    ("foreign minister", "MEX", date(1991, 6, 1)): "fernando-solana",
    ("foreign minister", "MEX", date(1996, 6, 1)): "jose-angel-gurria",
    ("foreign minister", "ARG", date(1989, 1, 1)): "dante-caputo",
    ("foreign minister", "ARG", date(1990, 6, 1)): "domingo-cavallo",
    ("foreign minister", "NGA", date(1989, 1, 1)): "ike-nwachukwu",
    ("foreign minister", "NGA", date(1990, 3, 1)): "rilwanu-lukman",
    ("foreign minister", "NGA", date(1992, 1, 1)): "ike-nwachukwu",
    ("foreign minister", "NGA", date(1993, 6, 1)): "matthew-mbu",
    ("foreign minister", "LBN", date(1991, 6, 1)): "fares-boueiz",
    ("foreign minister", "LBN", date(1995, 1, 1)): "fares-boueiz",
    ("foreign minister", "LBN", date(1999, 6, 1)): "selim-al-hoss",
    ("foreign minister", "UKR", date(1992, 6, 1)): "anatoliy-zlenko",
    ("foreign minister", "UKR", date(1996, 6, 1)): "hennadiy-udovenko",
    ("foreign minister", "BGD", date(2001, 7, 14)): "abdus-samad-azad",
    ("foreign minister", "GEO", date(1991, 3, 1)): "giorgi-khoshtaria",
    ("foreign minister", "GEO", date(1991, 10, 1)): "murman-omanidze",
    ("foreign minister", "GEO", date(1994, 1, 1)): "aleksandre-chikvaidze",
    ("foreign minister", "AZE", date(1991, 1, 1)): "huseynaga-sadigov",
    ("foreign minister", "AZE", date(1999, 1, 1)): "tofig-zulfugarov",
    ("foreign minister", "ARM", date(1992, 3, 1)): "raffi-hovannisian",
    ("foreign minister", "KOR", date(1994, 6, 1)): "han-sung-joo",
    ("foreign minister", "IND", date(1991, 1, 1)): "vidya-charan-shukla",
    ("foreign minister", "IND", date(1992, 8, 1)): "p-v-narasimha-rao",
    ("foreign minister", "MMR", date(1995, 1, 1)): "ohn-gyaw",
}

SOVIET = "foreign minister of the soviet union"


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Solana left for Education on 1993-11-29; Camacho Solís's six weeks and Tello's 1994
    stay open; Gurría from Zedillo's inauguration to his move to Finance (1998-01-05)."""
    assert holder_ids(kb, "foreign minister", "MEX", date(1993, 11, 28)) == {"fernando-solana"}
    assert holder_ids(kb, "foreign minister", "MEX", date(1993, 12, 15)) == set()
    assert holder_ids(kb, "foreign minister", "MEX", date(1994, 6, 1)) == set()
    assert holder_ids(kb, "foreign minister", "MEX", date(1994, 12, 1)) == {"jose-angel-gurria"}
    assert "jose-angel-gurria" not in holder_ids(kb, "foreign minister", "MEX", date(1998, 2, 1))


def test_argentina_nigeria_handovers(kb: KnowledgeBase) -> None:
    """Caputo to 1989-05-26; Ruiz Cerutti's six weeks and 8 July 1989 stay open; Cavallo to di
    Tella's 1991-01-31; Nigeria's handovers of 1989-12-30 and 1990-08-30; 1994 stays open."""
    assert holder_ids(kb, "foreign minister", "ARG", date(1989, 5, 25)) == {"dante-caputo"}
    assert holder_ids(kb, "foreign minister", "ARG", date(1989, 6, 15)) == set()
    assert holder_ids(kb, "foreign minister", "ARG", date(1989, 7, 8)) == set()
    assert holder_ids(kb, "foreign minister", "ARG", date(1991, 1, 30)) == {"domingo-cavallo"}
    assert holder_ids(kb, "foreign minister", "ARG", date(1991, 1, 31)) == {"guido-di-tella"}
    assert holder_ids(kb, "foreign minister", "NGA", date(1989, 12, 29)) == {"ike-nwachukwu"}
    assert holder_ids(kb, "foreign minister", "NGA", date(1989, 12, 30)) == {"rilwanu-lukman"}
    assert holder_ids(kb, "foreign minister", "NGA", date(1990, 8, 30)) == {"ike-nwachukwu"}
    assert holder_ids(kb, "foreign minister", "NGA", date(1994, 6, 1)) == set()


def test_lebanon_handovers(kb: KnowledgeBase) -> None:
    """Boueiz in Karami's and Hariri's governments; Rashid Solh's months of 1992 (Nasri
    Maalouf, not dated) stay open; al-Hoss from his cabinet of 1998-12-04."""
    assert holder_ids(kb, "foreign minister", "LBN", date(1990, 6, 1)) == set()
    assert holder_ids(kb, "foreign minister", "LBN", date(1992, 7, 1)) == set()
    assert holder_ids(kb, "foreign minister", "LBN", date(1998, 12, 3)) == {"fares-boueiz"}
    assert holder_ids(kb, "foreign minister", "LBN", date(1998, 12, 4)) == {"selim-al-hoss"}


def test_soviet_foreign_ministers_of_1991(kb: KnowledgeBase) -> None:
    """Bessmertnykh (January to 1991-08-23) and Pankin (1991-08-28 to 11-19) hold the Soviet
    office, which names no state: no Russian foreign minister is implied."""
    assert {aid for aid, _ in kb.holders(SOVIET, date(1991, 5, 1))} == {"alexander-bessmertnykh"}
    assert {aid for aid, _ in kb.holders(SOVIET, date(1991, 10, 1))} == {"boris-pankin"}
    assert {aid for aid, _ in kb.holders(SOVIET, date(1991, 8, 25))} == set()
    assert {aid for aid, _ in kb.holders(SOVIET, date(1991, 12, 1))} == set()
    assert "boris-pankin" not in holder_ids(kb, "foreign minister", "RUS", date(1991, 10, 1))


def test_ukraine_and_bangladesh(kb: KnowledgeBase) -> None:
    """Udovenko to Tarasyuk's 1998-04-17; Zlenko's second spell from 2000-10-02 unchanged;
    Azad's spell refined to the first Hasina ministry's days (1996-06-23 to 2001-07-15)."""
    assert holder_ids(kb, "foreign minister", "UKR", date(1998, 4, 16)) == {"hennadiy-udovenko"}
    assert holder_ids(kb, "foreign minister", "UKR", date(1998, 4, 17)) == {"borys-tarasyuk"}
    assert holder_ids(kb, "foreign minister", "UKR", date(2001, 6, 1)) == {"anatoliy-zlenko"}
    assert holder_ids(kb, "foreign minister", "BGD", date(1996, 6, 22)) == set()
    assert holder_ids(kb, "foreign minister", "BGD", date(2001, 7, 20)) == set()


def test_caucasus_korea_india(kb: KnowledgeBase) -> None:
    """Georgia's January and early February 1992 stay open; Zulfugarov to 1999-10-26, Vilayat
    Guliyev's start corrected from 1999-07 to that day; Armenia's ministers of 1992-98 (years
    only), South Korea's before Han Sung-joo and India's months of 1991 under Chandra Shekhar
    stay open; Rao held external affairs from Solanki's resignation; Myanmar's passes from Ohn
    Gyaw to Win Aung (refined to the day) on 1998-11-14; Yemen's Bajamal from the government
    of 1998-05-16 (corrected from the year-only 1998)."""
    assert holder_ids(kb, "foreign minister", "GEO", date(1992, 1, 20)) == set()
    assert holder_ids(kb, "foreign minister", "AZE", date(1999, 8, 1)) == {"tofig-zulfugarov"}
    assert holder_ids(kb, "foreign minister", "AZE", date(1999, 10, 26)) == {"vilayat-guliyev"}
    assert holder_ids(kb, "foreign minister", "AZE", date(1995, 1, 1)) == set()
    assert holder_ids(kb, "foreign minister", "ARM", date(1995, 1, 1)) == set()
    assert holder_ids(kb, "foreign minister", "KOR", date(1993, 2, 25)) == set()
    assert holder_ids(kb, "foreign minister", "KOR", date(1995, 6, 1)) == set()
    assert holder_ids(kb, "foreign minister", "IND", date(1991, 4, 1)) == set()
    assert holder_ids(kb, "foreign minister", "IND", date(1992, 3, 31)) == {"p-v-narasimha-rao"}
    assert holder_ids(kb, "foreign minister", "MMR", date(1998, 11, 13)) == {"ohn-gyaw"}
    assert holder_ids(kb, "foreign minister", "MMR", date(1998, 11, 14)) == {"win-aung"}
    assert holder_ids(kb, "foreign minister", "YEM", date(1998, 3, 1)) == set()
    assert holder_ids(kb, "foreign minister", "YEM", date(1998, 5, 16)) == {"abdul-qadir-bajamal"}


def test_names(kb: KnowledgeBase) -> None:
    """The full names and their ASCII spellings name the new people; "Caputo" (a common
    surname, Luis Caputo's) stays nobody's."""
    assert alias_ids(kb, "Jose Angel Gurria") == {"jose-angel-gurria"}
    assert alias_ids(kb, "Gurría") == {"jose-angel-gurria"}
    assert alias_ids(kb, "Fernando Solana") == {"fernando-solana"}
    assert alias_ids(kb, "Domingo Cavallo") == {"domingo-cavallo"}
    assert alias_ids(kb, "Dante Caputo") == {"dante-caputo"}
    assert "dante-caputo" not in alias_ids(kb, "Caputo")
    assert alias_ids(kb, "Aleksandr Bessmertnykh") == {"alexander-bessmertnykh"}
    assert alias_ids(kb, "Rilwan Lukman") == {"rilwanu-lukman"}
    assert alias_ids(kb, "Nwachukwu") == {"ike-nwachukwu"}
    assert alias_ids(kb, "Fares Boueiz") == {"fares-boueiz"}
    assert alias_ids(kb, "Hennadii Udovenko") == {"hennadiy-udovenko"}
    assert alias_ids(kb, "Alexander Chikvaidze") == {"aleksandre-chikvaidze"}
    assert alias_ids(kb, "Tofiq Zulfuqarov") == {"tofig-zulfugarov"}
    assert alias_ids(kb, "Han Sung Joo") == {"han-sung-joo"}
    assert alias_ids(kb, "V. C. Shukla") == {"vidya-charan-shukla"}
    assert "han-sung-joo" in kb.sharing("Han")


def test_solana_stays_javier_solanas(kb: KnowledgeBase) -> None:
    """Fernando Solana (Mexico, 1988-93) would share the surname with Javier Solana (Spain's
    foreign minister, NATO's secretary-general, the EU's high representative); an explicit
    alias keeps the bare surname Javier Solana's."""
    assert alias_ids(kb, "Solana") == {"javier-solana"}
    assert kb.sharing("Solana") == ()
