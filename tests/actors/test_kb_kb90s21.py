"""Office holders of 1989-1999, tenth checked pass (issue 14, kb90s21): interior ministers of
the focus states (Israel's: the public security ministers, as the KB codes them), read from
stored copies of public pages (docs/actors.md, "the kb90s21 pass"); a day inside each new
spell, the handover days and the gaps left open, and the surnames that stay nobody's.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    ("interior minister", "RUS", date(1993, 10, 4)): "viktor-yerin",
    ("interior minister", "RUS", date(1996, 6, 1)): "anatoly-kulikov",
    ("interior minister", "RUS", date(1998, 9, 1)): "sergei-stepashin",
    ("interior minister", "RUS", date(1999, 9, 1)): "vladimir-rushailo",
    ("interior minister", "TUR", date(1990, 6, 1)): "abdulkadir-aksu",
    ("interior minister", "TUR", date(1991, 7, 15)): "mustafa-kalemli",
    ("interior minister", "TUR", date(1991, 10, 1)): "sabahattin-cakmakoglu",
    ("interior minister", "TUR", date(1992, 6, 1)): "ismet-sezgin",
    ("interior minister", "TUR", date(1996, 1, 1)): "teoman-unusan",
    ("interior minister", "TUR", date(1996, 5, 1)): "ulku-guney",
    ("interior minister", "TUR", date(1996, 9, 1)): "mehmet-agar",
    ("interior minister", "TUR", date(1997, 3, 1)): "meral-aksener",
    ("interior minister", "TUR", date(2000, 1, 1)): "sadettin-tantan",
    ("interior minister", "IRN", date(1991, 1, 1)): "abdollah-nouri",
    ("interior minister", "IRN", date(1995, 1, 1)): "ali-mohammad-besharati",
    ("interior minister", "IRN", date(1997, 10, 1)): "abdollah-nouri",
    ("public security minister", "ISR", date(1989, 6, 1)): "haim-bar-lev",
    ("public security minister", "ISR", date(1991, 1, 1)): "roni-milo",
    ("public security minister", "ISR", date(1994, 1, 1)): "moshe-shahal",
    ("public security minister", "ISR", date(1998, 1, 1)): "avigdor-kahalani",
    ("interior minister", "EGY", date(1989, 1, 1)): "zaki-badr",
    ("interior minister", "EGY", date(1991, 1, 1)): "abdel-halim-moussa",
    ("interior minister", "EGY", date(1995, 1, 1)): "hassan-al-alfi",
    ("interior minister", "IND", date(1990, 6, 1)): "mufti-mohammad-sayeed",
    ("interior minister", "IND", date(1991, 3, 1)): "chandra-shekhar",
    ("interior minister", "PAK", date(1995, 1, 1)): "naseerullah-babar",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Yerin was dismissed on 1995-06-30 and Kulikov appointed on 07-06 (the days between
    nobody's); Stepashin from 1998-03-30 to his nomination as prime minister (1999-05-12), the
    acting days to Rushailo's decree of 05-21 nobody's; Ağar resigned on 1996-11-08; the
    Turkish gaps no page dated stay empty."""
    assert holder_ids(kb, "interior minister", "RUS", date(1995, 6, 29)) == {"viktor-yerin"}
    assert holder_ids(kb, "interior minister", "RUS", date(1995, 7, 3)) == set()
    assert holder_ids(kb, "interior minister", "RUS", date(1998, 3, 27)) == set()
    assert holder_ids(kb, "interior minister", "RUS", date(1999, 5, 15)) == set()
    assert holder_ids(kb, "interior minister", "RUS", date(1999, 5, 22)) == {"vladimir-rushailo"}
    assert holder_ids(kb, "interior minister", "TUR", date(1996, 11, 7)) == {"mehmet-agar"}
    assert holder_ids(kb, "interior minister", "TUR", date(1996, 11, 9)) == {"meral-aksener"}
    assert holder_ids(kb, "interior minister", "TUR", date(1994, 6, 1)) == set()
    assert holder_ids(kb, "interior minister", "TUR", date(1998, 6, 1)) == set()
    assert holder_ids(kb, "interior minister", "TUR", date(1989, 1, 1)) == set()
    assert holder_ids(kb, "interior minister", "IRN", date(1997, 8, 19)) == {
        "ali-mohammad-besharati"
    }
    assert holder_ids(kb, "interior minister", "IRN", date(1997, 8, 21)) == {"abdollah-nouri"}
    assert holder_ids(kb, "public security minister", "ISR", date(1990, 5, 1)) == set()
    assert holder_ids(kb, "public security minister", "ISR", date(1999, 7, 7)) == {"shlomo-ben-ami"}
    assert holder_ids(kb, "interior minister", "EGY", date(1993, 4, 17)) == {"abdel-halim-moussa"}
    assert holder_ids(kb, "interior minister", "EGY", date(1997, 11, 19)) == {"habib-el-adly"}


def test_names(kb: KnowledgeBase) -> None:
    """The full names and their ASCII spellings name the new people; "Erin" (a given name),
    "Agar" (an English word and surname), "Güney" (a word), "Badr", "Sayeed", "Noori" and
    "Babar" (common names) stay nobody's new."""
    assert alias_ids(kb, "Viktor Yerin") == {"viktor-yerin"}
    assert alias_ids(kb, "Yerin") == {"viktor-yerin"}
    assert "viktor-yerin" not in alias_ids(kb, "Erin")
    assert alias_ids(kb, "Anatoly Kulikov") == {"anatoly-kulikov"}
    assert alias_ids(kb, "Meral Aksener") == {"meral-aksener"}
    assert alias_ids(kb, "Mehmet Agar") == {"mehmet-agar"}
    assert "mehmet-agar" not in alias_ids(kb, "Agar")
    assert "ulku-guney" not in alias_ids(kb, "Guney")
    assert alias_ids(kb, "Saadettin Tantan") == {"sadettin-tantan"}
    assert alias_ids(kb, "Abdullah Nouri") == {"abdollah-nouri"}
    assert alias_ids(kb, "Hassan el-Alfy") == {"hassan-al-alfi"}
    assert alias_ids(kb, "Mufti Mohammad Sayeed") == {"mufti-mohammad-sayeed"}
    assert "mufti-mohammad-sayeed" not in alias_ids(kb, "Sayeed")
    assert "abdollah-nouri" not in alias_ids(kb, "Noori")
    assert alias_ids(kb, "Naseerullah Babar") == {"naseerullah-babar"}
    assert "naseerullah-babar" not in alias_ids(kb, "Babar")
    assert "zaki-badr" not in alias_ids(kb, "Badr")


def test_bar_lev_stays_omer_bar_levs(kb: KnowledgeBase) -> None:
    """Haim Bar-Lev (public security minister 1984-90) would share the surname with Omer
    Bar-Lev (2021-22); an explicit alias keeps the bare surname Omer Bar-Lev's."""
    assert alias_ids(kb, "Bar-Lev") == {"omer-bar-lev"}
    assert alias_ids(kb, "Haim Bar-Lev") == {"haim-bar-lev"}
