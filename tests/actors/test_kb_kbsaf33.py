"""Burundi's and Zambia's ministers of 2000-05, a checked pass (issue 14, kbsaf33): Burundi's
defence minister of 2003-05 (Niyungeko) and the starts of kbafrC32's Ndayirukiye (defence) and
Sinunguruza (foreign) read to the day, its interior ministers of 2003-05 (Nyandwi,
Ngendahayo), Zambia's defence of
2002-03 (Levy Mwanawasa his own minister, then Michael Mabenga), read from stored copies of
public pages (docs/actors.md, "the kbsaf33 pass"); a day inside each new spell, the handover
days, the gaps left open and the names.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    # Burundi, defence
    ("defence minister", "BDI", date(2001, 6, 1)): "cyrille-ndayirukiye",
    ("defence minister", "BDI", date(2004, 6, 1)): "vincent-niyungeko",
    # Burundi, foreign
    ("foreign minister", "BDI", date(2003, 6, 1)): "therence-sinunguruza",
    # Burundi, interior
    ("interior minister", "BDI", date(2004, 6, 1)): "simon-nyandwi",
    ("interior minister", "BDI", date(2005, 7, 1)): "jean-marie-ngendahayo",
    # Zambia, defence
    ("defence minister", "ZMB", date(2002, 6, 1)): "levy-mwanawasa",
    ("defence minister", "ZMB", date(2003, 6, 1)): "michael-mabenga",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_burundi_defence_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Ndayirukiye (kbafrC32's entry) from Buyoya's reshuffle of Tuesday 2000-01-11 (refined)
    to the end of 2002 (kbafrC32's end, kept); January 2003 stays empty; Niyungeko from
    February 2003 to Nkurunziza's government of 2005-08-30; the first ten days of 2000 (Alfred
    Nkurunziza, left out) stay empty."""
    bdi = "BDI"
    assert holder_ids(kb, "defence minister", bdi, date(2000, 1, 10)) == set()
    assert holder_ids(kb, "defence minister", bdi, date(2000, 1, 11)) == {"cyrille-ndayirukiye"}
    assert holder_ids(kb, "defence minister", bdi, date(2002, 12, 31)) == {"cyrille-ndayirukiye"}
    assert holder_ids(kb, "defence minister", bdi, date(2003, 1, 15)) == set()
    assert holder_ids(kb, "defence minister", bdi, date(2003, 2, 1)) == {"vincent-niyungeko"}
    assert holder_ids(kb, "defence minister", bdi, date(2005, 8, 29)) == {"vincent-niyungeko"}
    assert holder_ids(kb, "defence minister", bdi, date(2005, 9, 1)) == {"germain-niyoyankana"}


def test_burundi_foreign_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Sinunguruza (kbafrC32's entry) from the transitional government of 2001-11-01
    (refined from 2001) to Batumubwira's appointment on 2005-08-30; 2000 to October 2001
    (Severin Ntahomvukiye, left out) stay empty."""
    bdi = "BDI"
    assert holder_ids(kb, "foreign minister", bdi, date(2001, 6, 1)) == set()
    assert holder_ids(kb, "foreign minister", bdi, date(2001, 10, 31)) == set()
    assert holder_ids(kb, "foreign minister", bdi, date(2001, 11, 1)) == {"therence-sinunguruza"}
    assert holder_ids(kb, "foreign minister", bdi, date(2005, 8, 29)) == {"therence-sinunguruza"}
    assert holder_ids(kb, "foreign minister", bdi, date(2005, 8, 30)) == {"antoinette-batumubwira"}


def test_burundi_interior_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Nyandwi from Sunday 2003-11-23 to his death on 2005-03-22; the vacancy to Ngendahayo's
    appointment on Tuesday 2005-05-10 stays empty; Ngendahayo to 2005-08-30; before November
    2003 and from September 2005 to Nduwimana (2010-08-30) nobody's."""
    bdi = "BDI"
    assert holder_ids(kb, "interior minister", bdi, date(2003, 11, 22)) == set()
    assert holder_ids(kb, "interior minister", bdi, date(2003, 11, 23)) == {"simon-nyandwi"}
    assert holder_ids(kb, "interior minister", bdi, date(2005, 3, 21)) == {"simon-nyandwi"}
    assert holder_ids(kb, "interior minister", bdi, date(2005, 4, 14)) == set()
    assert holder_ids(kb, "interior minister", bdi, date(2005, 5, 10)) == {"jean-marie-ngendahayo"}
    assert holder_ids(kb, "interior minister", bdi, date(2005, 8, 29)) == {"jean-marie-ngendahayo"}
    assert holder_ids(kb, "interior minister", bdi, date(2006, 10, 2)) == set()
    assert holder_ids(kb, "interior minister", bdi, date(2001, 1, 1)) == set()


def test_zambia_defence_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Mwanawasa his own defence minister from his cabinet of 2002-01-07 to February 2003,
    Mabenga from March 2003 to the Supreme Court's judgment of 2003-09-24; Chiluba's last
    years (2000-01), the days before Mwanawasa's cabinet and 2003-09 to 2006-10 stay empty;
    Mwanawasa's presidency is untouched."""
    zmb = "ZMB"
    assert holder_ids(kb, "defence minister", zmb, date(2001, 6, 1)) == set()
    assert holder_ids(kb, "defence minister", zmb, date(2002, 1, 6)) == set()
    assert holder_ids(kb, "defence minister", zmb, date(2002, 1, 7)) == {"levy-mwanawasa"}
    assert holder_ids(kb, "defence minister", zmb, date(2003, 2, 28)) == {"levy-mwanawasa"}
    assert holder_ids(kb, "defence minister", zmb, date(2003, 3, 1)) == {"michael-mabenga"}
    assert holder_ids(kb, "defence minister", zmb, date(2003, 9, 23)) == {"michael-mabenga"}
    assert holder_ids(kb, "defence minister", zmb, date(2003, 9, 24)) == set()
    assert holder_ids(kb, "defence minister", zmb, date(2005, 6, 1)) == set()
    assert holder_ids(kb, "defence minister", zmb, date(2006, 11, 1)) == {"george-mpombo"}
    assert holder_ids(kb, "president", zmb, date(2005, 6, 1)) == {"levy-mwanawasa"}


def test_names(kb: KnowledgeBase) -> None:
    """The new people's names and spellings resolve; their surnames are theirs alone;
    "Mwanawasa" stays Levy Mwanawasa's."""
    assert alias_ids(kb, "Cyrille Ndayirukiye") == {"cyrille-ndayirukiye"}
    assert alias_ids(kb, "Vincent Niyungeko") == {"vincent-niyungeko"}
    assert alias_ids(kb, "Thérence Sinunguruza") == {"therence-sinunguruza"}
    assert alias_ids(kb, "Terence Sinunguruza") == {"therence-sinunguruza"}
    assert alias_ids(kb, "Simon Nyandwi") == {"simon-nyandwi"}
    assert alias_ids(kb, "Jean-Marie Ngendahayo") == {"jean-marie-ngendahayo"}
    assert alias_ids(kb, "Jean Marie Ngendahayo") == {"jean-marie-ngendahayo"}
    assert alias_ids(kb, "Michael Mabenga") == {"michael-mabenga"}
    assert alias_ids(kb, "Michael Mabenge") == {"michael-mabenga"}
    for word, holder in [
        ("Ndayirukiye", "cyrille-ndayirukiye"),
        ("Niyungeko", "vincent-niyungeko"),
        ("Sinunguruza", "therence-sinunguruza"),
        ("Nyandwi", "simon-nyandwi"),
        ("Ngendahayo", "jean-marie-ngendahayo"),
        ("Mabenga", "michael-mabenga"),
        ("Mwanawasa", "levy-mwanawasa"),
    ]:
        assert alias_ids(kb, word) == {holder}, word
    for word in ("Cyrille", "Vincent", "Simon", "Michael", "Jean-Marie", "Thérence"):
        assert not alias_ids(kb, word), word
