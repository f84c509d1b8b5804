"""Heads of government and ministers of Asia and Oceania, a sixth checked pass (issue 14,
kbasia17).

Each spell was read from stored copies of public pages (docs/actors.md, "the kbasia17
pass"); these tests name the holder on a day inside each new spell, check the handovers and
the gaps left open, and check that the pass took no word or shared name from anyone.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    ("prime minister", "MMR", date(2004, 3, 1)): "khin-nyunt",
    ("prime minister", "MMR", date(2009, 6, 1)): "thein-sein",
    ("prime minister", "GEO", date(2000, 3, 1)): "vazha-lortkipanidze",
    ("prime minister", "GEO", date(2001, 3, 1)): "giorgi-arsenishvili",
    ("prime minister", "GEO", date(2003, 3, 1)): "avtandil-jorbenadze",
    ("prime minister", "GEO", date(2004, 1, 1)): "zurab-zhvania",
    ("foreign minister", "GEO", date(2002, 3, 1)): "irakli-menagarishvili",
    ("foreign minister", "GEO", date(2004, 1, 15)): "tedo-japaridze",
    ("foreign minister", "GEO", date(2008, 3, 1)): "david-bakradze",
    ("defence minister", "GEO", date(2002, 3, 1)): "david-tevzadze",
    ("defence minister", "GEO", date(2004, 4, 1)): "gela-bezhuashvili",
    ("defence minister", "GEO", date(2004, 9, 1)): "giorgi-baramidze",
    ("interior minister", "GEO", date(2000, 6, 1)): "kakha-targamadze",
    ("interior minister", "GEO", date(2002, 6, 1)): "koba-narchemashvili",
    ("interior minister", "GEO", date(2004, 3, 1)): "giorgi-baramidze",
    ("interior minister", "GEO", date(2004, 9, 1)): "irakli-okruashvili",
    ("interior minister", "GEO", date(2014, 6, 1)): "aleksandre-tchikaidze",
    ("interior minister", "GEO", date(2015, 5, 1)): "vakhtang-gomelauri",
    ("interior minister", "GEO", date(2016, 6, 1)): "giorgi-mgebrishvili",
    ("interior minister", "GEO", date(2018, 1, 1)): "giorgi-gakharia",
    ("foreign minister", "TLS", date(2021, 6, 1)): "adaljiza-magno",
    ("foreign minister", "TLS", date(2019, 6, 1)): "dionisio-babo-soares",
    ("defence minister", "TLS", date(2019, 6, 1)): "filomeno-paixao",
    ("defence minister", "TLS", date(2010, 6, 1)): "xanana-gusmao",
    ("interior minister", "TLS", date(2021, 6, 1)): "taur-matan-ruak",
    ("foreign minister", "MDV", date(2006, 6, 1)): "ahmed-shaheed",
    ("foreign minister", "MDV", date(2008, 3, 1)): "abdulla-shahid",
    ("foreign minister", "MDV", date(2009, 6, 1)): "ahmed-shaheed",
    ("defence minister", "MDV", date(2014, 6, 1)): "mohamed-nazim",
    ("defence minister", "MDV", date(2017, 6, 1)): "adam-shareef",
    ("interior minister", "MDV", date(2015, 6, 1)): "umar-naseer",
    ("foreign minister", "TON", date(2016, 1, 1)): "akilisi-pohiva",
    ("foreign minister", "TON", date(2020, 6, 1)): "pohiva-tuionetoa",
    ("foreign minister", "TON", date(2023, 1, 1)): "fekitamoeloa-utoikamanu",
    ("foreign minister", "SLB", date(2025, 1, 1)): "peter-shanel-agovaka",
    ("defence minister", "KGZ", date(2011, 6, 1)): "abibilla-kudaiberdiev",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_myanmar_prime_ministers(kb: KnowledgeBase) -> None:
    """Than Shwe hands the premiership to Khin Nyunt on 2003-08-25; Soe Win's spell
    (2004-10-19 to 2007-05-18) stays open (a namesake); Thein Sein acts from 2007-05-18 and
    holds the office to its abolition, when his presidency starts."""
    assert holder_ids(kb, "prime minister", "MMR", date(2003, 8, 24)) == {"than-shwe"}
    assert holder_ids(kb, "prime minister", "MMR", date(2003, 8, 25)) == {"khin-nyunt"}
    assert holder_ids(kb, "prime minister", "MMR", date(2005, 6, 1)) == set()
    assert holder_ids(kb, "prime minister", "MMR", date(2007, 5, 18)) == {"thein-sein"}
    assert holder_ids(kb, "prime minister", "MMR", date(2011, 3, 30)) == set()
    assert holder_ids(kb, "president", "MMR", date(2011, 3, 30)) == {"thein-sein"}


def test_georgia_handovers(kb: KnowledgeBase) -> None:
    """Georgia: Giorgi Gakharia's interior ministry starts on 2017-11-13 (corrected: it
    started in June 2018); the handovers are single days; the acting premiers of February
    2005 (two weeks) are left out."""
    assert holder_ids(kb, "interior minister", "GEO", date(2017, 11, 12)) == {"giorgi-mgebrishvili"}
    assert holder_ids(kb, "interior minister", "GEO", date(2017, 11, 13)) == {"giorgi-gakharia"}
    assert holder_ids(kb, "interior minister", "GEO", date(2001, 10, 31)) == {"kakha-targamadze"}
    assert holder_ids(kb, "interior minister", "GEO", date(2003, 11, 27)) == {"giorgi-baramidze"}
    assert holder_ids(kb, "interior minister", "GEO", date(2004, 12, 14)) == {"vano-merabishvili"}
    assert holder_ids(kb, "defence minister", "GEO", date(2004, 2, 17)) == {"gela-bezhuashvili"}
    assert holder_ids(kb, "foreign minister", "GEO", date(2004, 3, 20)) == {"salome-zourabichvili"}
    assert holder_ids(kb, "prime minister", "GEO", date(2004, 2, 17)) == {"zurab-zhvania"}
    assert holder_ids(kb, "prime minister", "GEO", date(2005, 2, 10)) == set()


def test_timor_leste_handovers(kb: KnowledgeBase) -> None:
    """Timor-Leste: the IX government (2023-07-01) ends the VIII government's ministers; the
    decree of 2020-06-23 ends Babo Soares's foreign ministry; the interim interior ministry
    of 2018-20 stays open."""
    assert holder_ids(kb, "foreign minister", "TLS", date(2023, 7, 1)) == {"bendito-freitas"}
    assert holder_ids(kb, "defence minister", "TLS", date(2023, 7, 1)) == set()
    # filled by kbcomp32
    assert holder_ids(kb, "interior minister", "TLS", date(2023, 7, 1)) == {
        "francisco-da-costa-guterres"
    }
    assert holder_ids(kb, "foreign minister", "TLS", date(2020, 6, 23)) == set()
    assert holder_ids(kb, "foreign minister", "TLS", date(2020, 6, 24)) == {"adaljiza-magno"}
    assert holder_ids(kb, "interior minister", "TLS", date(2019, 6, 1)) == set()
    # filled by kbasia35
    assert holder_ids(kb, "defence minister", "TLS", date(2015, 2, 16)) == {"cirilo-cristovao"}


def test_maldives_handovers(kb: KnowledgeBase) -> None:
    """Maldives: the cabinet's week out of office in 2010 stays open; the foreign ministry of
    2011 is Ahmed Naseem's since kbasia30, the defence ministry of 2015 Moosa Ali Jaleel's
    since kbcasia31."""
    assert holder_ids(kb, "foreign minister", "MDV", date(2007, 8, 22)) == set()
    assert holder_ids(kb, "foreign minister", "MDV", date(2010, 7, 1)) == set()
    assert holder_ids(kb, "foreign minister", "MDV", date(2010, 7, 7)) == {"ahmed-shaheed"}
    # filled by kbasia30: Ahmed Naseem, foreign minister from March 2011 (Edition.mv)
    assert holder_ids(kb, "foreign minister", "MDV", date(2011, 6, 1)) == {"ahmed-naseem"}
    # (Moosa Ali Jaleel's defence ministry of 2015: coded since the kbcasia31 pass,
    # tests/actors/test_kb_kbcasia31.py)
    assert holder_ids(kb, "defence minister", "MDV", date(2015, 6, 1)) == {"moosa-ali-jaleel"}
    assert holder_ids(kb, "interior minister", "MDV", date(2016, 6, 22)) == set()


def test_tonga_foreign_ministry(kb: KnowledgeBase) -> None:
    """Tonga: the deputy prime minister's foreign ministry from 2017-03-06 (its end read
    since the kbocean32 pass: Siaosi Sovaleni to 2017-09-01) and the vacancy after
    2024-03-28 stays open."""
    # filled by kbocean32: Sovaleni's foreign ministry, 2017-03-06 to his dismissal of
    # 2017-09-01 (matangitonga.to, kanivatonga.co.nz)
    assert holder_ids(kb, "foreign minister", "TON", date(2017, 3, 6)) == {"siaosi-sovaleni"}
    utoikamanu = {"fekitamoeloa-utoikamanu"}
    assert holder_ids(kb, "foreign minister", "TON", date(2021, 12, 28)) == utoikamanu
    assert holder_ids(kb, "foreign minister", "TON", date(2024, 3, 28)) == set()


def test_no_word_or_shared_name_taken(kb: KnowledgeBase) -> None:
    """Burmese names have no surname: "Nyunt" is nobody's bare name."""

    assert not alias_ids(kb, "Nyunt")
    assert alias_ids(kb, "Khin Nyunt") == {"khin-nyunt"}
    assert not alias_ids(kb, "Soe Win")
    # namesakes outside the KB (Zurab Japaridze, Givi Targamadze) keep the bare surnames free
    assert not alias_ids(kb, "Japaridze")
    assert not alias_ids(kb, "Targamadze")
    assert alias_ids(kb, "Tedo Japaridze") == {"tedo-japaridze"}
    assert alias_ids(kb, "Menagarishvili") == {"irakli-menagarishvili"}
    assert alias_ids(kb, "Baramidze") == {"giorgi-baramidze"}
    assert not alias_ids(kb, "Jesus")
    for word in ("Shaheed", "Nazim", "Shareef", "Naseer"):
        assert not alias_ids(kb, word), word
    assert alias_ids(kb, "Paixão") == {"filomeno-paixao"}
    assert not alias_ids(kb, "Soares")
    assert not alias_ids(kb, "Babo")
