"""Ministers of East and Southern Africa, a third checked pass (issue 14, kbafrE14).

Each spell was read from stored copies of public pages (docs/actors.md, "the kbafrE14
pass"); these tests name the holder on a day inside each new spell, check the ends, and
check that the pass took no bare surname from anyone.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    ("interior minister", "UGA", date(2002, 6, 1)): "eriya-kategaya",
    ("interior minister", "UGA", date(2016, 3, 1)): "rose-akol",
    ("defence minister", "ZWE", date(2000, 6, 1)): "moven-mahachi",
    ("defence minister", "ZWE", date(2005, 6, 1)): "sydney-sekeramayi",
    ("defence minister", "BDI", date(2008, 6, 1)): "germain-niyoyankana",
    ("defence minister", "BDI", date(2013, 6, 1)): "pontien-gaciyubwenge",
    ("defence minister", "BDI", date(2017, 6, 1)): "emmanuel-ntahomvukiye",
    ("defence minister", "BDI", date(2023, 6, 1)): "alain-tribert-mutabazi",
    ("defence minister", "BDI", date(2025, 9, 1)): "marie-chantal-nijimbere",
    ("interior minister", "BDI", date(2021, 6, 1)): "gervais-ndirakobuca",
    ("interior minister", "BDI", date(2024, 6, 1)): "martin-ninteretse",
    ("interior minister", "BDI", date(2025, 9, 1)): "leonidas-ndaruzaniye",
    ("defence minister", "MWI", date(2022, 6, 1)): "lazarus-chakwera",
    ("defence minister", "MWI", date(2024, 6, 1)): "harry-mkandawire",
    ("defence minister", "MWI", date(2025, 3, 1)): "monica-changanamuno",
    ("defence minister", "NAM", date(2008, 6, 1)): "charles-namoloh",
    ("defence minister", "NAM", date(2014, 6, 1)): "nahas-angula",
    ("defence minister", "NAM", date(2017, 6, 1)): "penda-ya-ndakolo",
    ("defence minister", "NAM", date(2020, 9, 1)): "peter-vilho",
    ("defence minister", "NAM", date(2023, 6, 1)): "frans-kapofi",
    ("interior minister", "NAM", date(2019, 6, 1)): "frans-kapofi",
    ("foreign minister", "BWA", date(2025, 3, 1)): "phenyo-butale",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_spell_ends(kb: KnowledgeBase) -> None:
    """Mahachi died on 2001-05-26 and Sekeramayi's month of appointment is not known, so
    nobody holds Zimbabwe's defence ministry in mid-2001; Ndirakobuca left the interior
    ministry for the premiership on 2022-09-07, Ninteretse came in the next day."""
    assert not holder_ids(kb, "defence minister", "ZWE", date(2001, 8, 1))
    assert holder_ids(kb, "interior minister", "BDI", date(2022, 9, 7)) == set()
    assert holder_ids(kb, "interior minister", "BDI", date(2022, 9, 8)) == {"martin-ninteretse"}
    assert holder_ids(kb, "interior minister", "UGA", date(2003, 4, 1)) >= {"eriya-kategaya"}


def test_new_names_resolve(kb: KnowledgeBase) -> None:
    assert alias_ids(kb, "Emmanuel Ntahonvukiye") == {"emmanuel-ntahomvukiye"}
    assert alias_ids(kb, "Martin Niteretse") == {"martin-ninteretse"}
    assert alias_ids(kb, "Chantal Nijimbere") == {"marie-chantal-nijimbere"}
    assert alias_ids(kb, "Mahachi") == {"moven-mahachi"}
    assert alias_ids(kb, "Monica Chang’anamuno") == {"monica-changanamuno"}
    assert alias_ids(kb, "Penda ya Ndakolo") == {"penda-ya-ndakolo"}


def test_handovers(kb: KnowledgeBase) -> None:
    """Mkandawire was dismissed on 2025-01-01; Kapofi moved from home affairs to defence on
    2021-04-22, when Albert Kawana took home affairs (coded by kbafrE17: this pass left him
    out)."""
    assert holder_ids(kb, "defence minister", "MWI", date(2024, 12, 31)) == {"harry-mkandawire"}
    assert holder_ids(kb, "defence minister", "MWI", date(2025, 1, 1)) == {"monica-changanamuno"}
    assert holder_ids(kb, "interior minister", "NAM", date(2021, 4, 22)) == {"albert-kawana"}
    assert holder_ids(kb, "interior minister", "NAM", date(2021, 4, 21)) == {"frans-kapofi"}
    assert holder_ids(kb, "defence minister", "NAM", date(2021, 4, 22)) == {"frans-kapofi"}


def test_botswana_corrections(kb: KnowledgeBase) -> None:
    """Unity Dow kept the foreign ministry in the cabinet of 2019-11-06 and was relieved on
    2020-08-26, when Lemogang Kwape (health minister till then) took it; his spell ends with
    Masisi's cabinet on 2024-11-01."""
    assert holder_ids(kb, "foreign minister", "BWA", date(2020, 3, 1)) == {"unity-dow"}
    assert holder_ids(kb, "foreign minister", "BWA", date(2020, 8, 26)) == {"lemogang-kwape"}
    assert holder_ids(kb, "foreign minister", "BWA", date(2024, 11, 5)) == set()
