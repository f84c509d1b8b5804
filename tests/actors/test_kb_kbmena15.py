"""Ministers of the Middle East and North Africa, a fourth checked pass (issue 14, kbmena15).

Each spell was read from stored copies of public pages (docs/actors.md, "the kbmena15
pass"); these tests name the holder on a day inside each new spell, check the ends and the
corrected spells, and check that the pass took no bare surname from anyone.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    ("interior minister", "PSE", date(2001, 1, 1)): "yasser-arafat",
    ("interior minister", "PSE", date(2002, 8, 1)): "abdel-razzaq-al-yahya",
    ("interior minister", "PSE", date(2003, 1, 1)): "hani-al-hassan",
    ("interior minister", "PSE", date(2003, 6, 1)): "mahmoud-abbas",
    ("interior minister", "PSE", date(2004, 6, 1)): "hakam-balawi",
    ("interior minister", "PSE", date(2005, 6, 1)): "nasr-yousef",
    ("interior minister", "PSE", date(2007, 4, 1)): "hani-al-qawasmi",
    ("interior minister", "PSE", date(2008, 6, 1)): "abdel-razzaq-al-yahya",
    ("interior minister", "PSE", date(2012, 1, 1)): "said-abu-ali",
    ("interior minister", "PSE", date(2016, 1, 1)): "rami-hamdallah",
    ("interior minister", "PSE", date(2020, 1, 1)): "mohammad-shtayyeh",
    ("interior minister", "PSE", date(2023, 1, 1)): "ziad-hab-al-rih",
    ("foreign minister", "PSE", date(2024, 6, 1)): "mohammad-mustafa",
    ("foreign minister", "PSE", date(2025, 7, 1)): "varsen-aghabekian",
    ("interior minister", "KWT", date(2000, 6, 1)): "mohammad-khalid-al-hamad-al-sabah",
    ("interior minister", "KWT", date(2004, 6, 1)): "nawaf-al-ahmad",
    ("interior minister", "KWT", date(2012, 6, 1)): "ahmad-al-humoud-al-sabah",
    ("interior minister", "KWT", date(2018, 6, 1)): "khaled-al-jarrah-al-sabah",
    ("interior minister", "KWT", date(2020, 6, 1)): "anas-al-saleh",
    ("interior minister", "KWT", date(2021, 6, 1)): "thamer-ali-al-sabah",
    ("interior minister", "KWT", date(2022, 1, 15)): "ahmad-mansour-al-ahmad-al-sabah",
    ("interior minister", "KWT", date(2022, 5, 1)): "ahmad-nawaf-al-sabah",
    ("interior minister", "KWT", date(2023, 1, 1)): "talal-khaled-al-ahmad-al-sabah",
    ("interior minister", "KWT", date(2025, 1, 1)): "fahad-yusuf-saud-al-sabah",
    ("defence minister", "KWT", date(2012, 1, 1)): "ahmad-al-humoud-al-sabah",
    ("defence minister", "KWT", date(2018, 6, 1)): "nasser-sabah-al-ahmad-al-sabah",
    ("defence minister", "KWT", date(2020, 6, 1)): "ahmad-mansour-al-ahmad-al-sabah",
    ("defence minister", "KWT", date(2021, 6, 1)): "hamad-jaber-al-ali-al-sabah",
    ("defence minister", "KWT", date(2022, 6, 1)): "talal-khaled-al-ahmad-al-sabah",
    ("defence minister", "KWT", date(2023, 1, 1)): "ali-al-abdullah-al-sabah",
    ("defence minister", "KWT", date(2023, 9, 1)): "ahmad-al-fahad-al-sabah",
    ("defence minister", "QAT", date(2020, 1, 1)): "khalid-al-attiyah",
    ("defence minister", "QAT", date(2025, 1, 1)): "saoud-bin-abdulrahman-al-thani",
    ("defence minister", "BHR", date(2003, 1, 1)): "khalifa-bin-ahmed-al-khalifa",
    ("defence minister", "BHR", date(2010, 1, 1)): "mohammed-bin-abdullah-al-khalifa",
    ("defence minister", "BHR", date(2016, 1, 1)): "yusuf-al-jalahma",
    ("defence minister", "BHR", date(2023, 1, 1)): "abdullah-bin-hassan-al-nuaimi",
    ("defence minister", "OMN", date(2022, 1, 1)): "shihab-bin-tariq",
    ("interior minister", "LBY", date(2012, 9, 1)): "fawzi-abdelali",
    ("interior minister", "LBY", date(2013, 3, 1)): "ashour-shuwail",
    ("interior minister", "LBY", date(2013, 7, 1)): "mohammed-khalifa-al-sheikh",
    ("interior minister", "JOR", date(2001, 1, 1)): "awad-khleifat",
    ("interior minister", "JOR", date(2003, 1, 1)): "qaftan-majali",
    ("interior minister", "JOR", date(2004, 1, 1)): "samir-habashneh",
    ("interior minister", "JOR", date(2005, 6, 1)): "awni-yarvas",
    ("interior minister", "JOR", date(2007, 1, 1)): "eid-al-fayez",
    ("interior minister", "JOR", date(2010, 1, 1)): "nayef-al-qadi",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_palestinian_gaps_and_handovers(kb: KnowledgeBase) -> None:
    """Nobody holds the interior ministry between Abbas's resignation (2003-09-06) and
    Qurei's cabinet of 2003-11-12 (Nasr Yousef named but not sworn), nor between Hani
    al-Qawasmi's resignation (2007-05-14) and the emergency government (2007-06-17), nor
    the foreign ministry in Salam Fayyad's weeks of June-July 2007; Shaath handed the
    foreign ministry to al-Kidwa on 2005-02-24, not at the end of the month."""
    assert holder_ids(kb, "interior minister", "PSE", date(2003, 10, 20)) == set()
    assert holder_ids(kb, "interior minister", "PSE", date(2007, 6, 1)) == set()
    assert holder_ids(kb, "foreign minister", "PSE", date(2007, 6, 25)) == set()
    assert holder_ids(kb, "foreign minister", "PSE", date(2005, 2, 25)) == {"nasser-al-kidwa"}
    assert holder_ids(kb, "foreign minister", "PSE", date(2005, 2, 23)) == {"nabil-shaath"}
    assert holder_ids(kb, "foreign minister", "PSE", date(2003, 4, 15)) == set()


def test_new_names_resolve_and_take_no_surname(kb: KnowledgeBase) -> None:
    assert alias_ids(kb, "Abdel Razzak Yehiyeh") == {"abdel-razzaq-al-yahya"}
    assert alias_ids(kb, "Nasser Youssef") == {"nasr-yousef"}
    assert alias_ids(kb, "Ziad Hab al-Reeh") == {"ziad-hab-al-rih"}
    assert alias_ids(kb, "Balawi") == {"hakam-balawi"}
    assert alias_ids(kb, "Razak") == {"najib-razak"}  # no "Abdel Razak" alias made it a given name
    for word in ("Shahin", "Yussuf", "Yahya", "Abu Ali"):
        assert not alias_ids(kb, word), word
    # "al-Hassan" is shared by Raya El Hassan (Lebanon) and Hani al-Hassan
    assert set(kb.sharing("al-Hassan")) == {"raya-el-hassan", "hani-al-hassan"}


def test_kuwaiti_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Nawaf left the interior ministry with the cabinet of 2006-02-09 (he was named crown
    prince); nobody is coded for the weeks of acting ministers after 2019-11-18 and
    2022-02-17; Talal Khaled held defence and (acting) interior together from 2022-08-01
    to 2022-10-16."""
    assert holder_ids(kb, "interior minister", "KWT", date(2006, 2, 8)) == {"nawaf-al-ahmad"}
    assert "nawaf-al-ahmad" not in holder_ids(kb, "interior minister", "KWT", date(2006, 2, 9))
    assert holder_ids(kb, "interior minister", "KWT", date(2019, 12, 1)) == set()
    assert holder_ids(kb, "defence minister", "KWT", date(2019, 12, 1)) == set()
    assert holder_ids(kb, "interior minister", "KWT", date(2022, 3, 1)) == set()
    assert holder_ids(kb, "defence minister", "KWT", date(2022, 3, 1)) == set()
    assert holder_ids(kb, "defence minister", "KWT", date(2022, 9, 1)) == {
        "talal-khaled-al-ahmad-al-sabah"
    }
    assert holder_ids(kb, "interior minister", "KWT", date(2022, 9, 1)) == {
        "talal-khaled-al-ahmad-al-sabah"
    }


def test_kuwaiti_names_take_no_bare_surname(kb: KnowledgeBase) -> None:
    assert alias_ids(kb, "Khaled Al-Jarrah Al-Sabah") == {"khaled-al-jarrah-al-sabah"}
    assert alias_ids(kb, "Anas Al-Saleh") == {"anas-al-saleh"}
    for word in ("Jarrah", "al-Jarrah", "al-Saleh", "Al-Sabah", "Talal"):
        assert not alias_ids(kb, word), word
    assert "talal-khaled-al-ahmad-al-sabah" in kb.sharing("Al-Sabah")


def test_gulf_defence_names_take_no_bare_surname(kb: KnowledgeBase) -> None:
    """Shihab bin Tariq takes neither "Tarik" from his brother Sultan Haitham nor the royal
    family's "Al Said"; the Bahraini minister takes no bare "Noaimi" and leaves "Al Nuaimi"
    to the UAE's Rashid Abdullah Al Nuaimi."""

    assert alias_ids(kb, "Tarik") == {"haitham-bin-tariq"}
    for word in ("Al Said", "al-Said", "Noaimi", "Alnoaimi"):
        assert not alias_ids(kb, word), word
    assert alias_ids(kb, "Al Nuaimi") == {"rashid-abdullah-al-nuaimi"}  # the UAE's, as before
    assert alias_ids(kb, "Yusuf Al Jalahma") == {"yusuf-al-jalahma"}
    assert alias_ids(kb, "Khalid al-Attiyah") == {"khalid-al-attiyah"}


def test_libyan_interior_gaps(kb: KnowledgeBase) -> None:
    """Nobody between Zeidan's government (2012-11-14) and Shuwail's swearing-in
    (2012-12-11), nor after al-Sheikh's resignation (2013-08-18, an acting minister); no
    bare "Sheikh" or "al-Sheikh" for al-Sheikh."""
    assert holder_ids(kb, "interior minister", "LBY", date(2012, 11, 20)) == set()
    assert holder_ids(kb, "interior minister", "LBY", date(2013, 9, 1)) == set()
    for word in ("Sheikh", "al-Sheikh", "Abdelali"):
        assert not {h.actor_id for h in kb.lookup(word)}, word


def test_israeli_and_iranian_corrections(kb: KnowledgeBase) -> None:
    """Shlomo Ben-Ami held Israel's foreign ministry from 2000-08-10 to Peres's start
    (2001-03-07); Pourmohammadi was dismissed on 2008-05-14; Nasirzadeh was killed on
    2026-02-28."""
    assert holder_ids(kb, "foreign minister", "ISR", date(2000, 12, 1)) == {"shlomo-ben-ami"}
    assert holder_ids(kb, "foreign minister", "ISR", date(2000, 8, 7)) == set()
    assert holder_ids(kb, "interior minister", "IRN", date(2008, 5, 20)) == set()
    assert holder_ids(kb, "interior minister", "IRN", date(2008, 5, 1)) == {"mostafa-pourmohammadi"}
    assert holder_ids(kb, "defence minister", "IRN", date(2025, 6, 1)) == {"aziz-nasirzadeh"}
    assert holder_ids(kb, "defence minister", "IRN", date(2026, 3, 15)) == set()


def test_jordanian_names_keep_their_surnames(kb: KnowledgeBase) -> None:
    """Faisal al-Fayez, prime minister 2003-2005, keeps "al-Fayez" (Eid al-Fayez is written
    in catalogue order); "Majali" and "al-Qadi" stay nobody's alias."""

    assert alias_ids(kb, "al-Fayez") == {"faisal-al-fayez"}
    assert alias_ids(kb, "Eid al-Fayez") == {"eid-al-fayez"}
    for word in ("Majali", "al-Qadi", "Qadi"):
        assert not alias_ids(kb, word), word
    assert holder_ids(kb, "interior minister", "JOR", date(2000, 3, 1)) == set()
