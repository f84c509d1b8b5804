"""Defence, interior and foreign ministers of South America, a third checked pass (issue 14,
kbsam18).

Each spell was read from stored copies of public pages (docs/actors.md, "the kbsam18 pass");
these tests name the holder on a day inside each new spell, check the gaps the sources leave
open, and check which bare surnames the new names share.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB

SPELLS: dict[tuple[str, str, date], str | None] = {
    # Paraguay, defence
    ("defence minister", "PRY", date(2015, 10, 1)): "bernardino-soto-estigarribia",
    ("defence minister", "PRY", date(2016, 6, 1)): "diogenes-martinez-paraguay",
    ("defence minister", "PRY", date(2018, 8, 14)): "diogenes-martinez-paraguay",
    ("defence minister", "PRY", date(2020, 6, 1)): None,  # Soto Estigarribia again: end not found
    ("defence minister", "PRY", date(2011, 6, 1)): None,  # Cecilio Pérez Bordón: end not found
    # Paraguay, interior
    ("interior minister", "PRY", date(2017, 3, 31)): "tadeo-rojas",
    ("interior minister", "PRY", date(2017, 4, 1)): "lorenzo-lezcano",
    ("interior minister", "PRY", date(2018, 2, 4)): "lorenzo-lezcano",
    ("interior minister", "PRY", date(2018, 2, 5)): "ariel-martinez-paraguay",
    ("interior minister", "PRY", date(2018, 8, 15)): "juan-ernesto-villamayor",
    ("interior minister", "PRY", date(2004, 6, 1)): "orlando-fiorotto",  # kbsam31
    # Peru, interior and defence
    ("interior minister", "PER", date(2000, 11, 24)): None,  # Fujimori's last: not reached
    ("interior minister", "PER", date(2001, 3, 1)): "antonio-ketin-vidal",
    ("interior minister", "PER", date(2001, 7, 28)): "fernando-rospigliosi",  # kbam19
    ("interior minister", "PER", date(2002, 10, 1)): "gino-costa",
    ("interior minister", "PER", date(2003, 3, 1)): "alberto-sanabria",  # coded by kbsam30
    ("defence minister", "PER", date(2001, 3, 1)): "walter-ledesma",
    ("defence minister", "PER", date(2001, 7, 28)): "david-waisman",
    ("interior minister", "PER", date(2008, 6, 1)): "luis-alva-castro",  # kbam19
    ("interior minister", "PER", date(2008, 10, 14)): "remigio-hernani",
    ("interior minister", "PER", date(2009, 2, 19)): "mercedes-cabanillas",
    ("interior minister", "PER", date(2009, 7, 11)): "octavio-salazar-peru",
    ("interior minister", "PER", date(2010, 9, 14)): "fernando-barrios-peru",
    ("interior minister", "PER", date(2010, 11, 23)): "miguel-hidalgo-peru",
    ("interior minister", "PER", date(2011, 7, 27)): "miguel-hidalgo-peru",
    ("interior minister", "PER", date(2011, 7, 28)): "oscar-valdes-peru",
    # Ecuador, interior
    ("interior minister", "ECU", date(2011, 5, 12)): "alfredo-vera-ecuador",  # end refined
    ("interior minister", "ECU", date(2011, 5, 13)): "jose-serrano-ecuador",
    ("interior minister", "ECU", date(2016, 6, 1)): "jose-serrano-ecuador",
    ("interior minister", "ECU", date(2016, 12, 15)): None,  # Diego Fuentes, acting
    # Bolivia, foreign: the corrected starts
    ("foreign minister", "BOL", date(2003, 10, 18)): None,  # Mesa's cabinet not yet sworn in
    ("foreign minister", "BOL", date(2003, 10, 19)): "juan-ignacio-siles",
    ("foreign minister", "BOL", date(2005, 6, 10)): None,  # Rodríguez's cabinet not yet sworn in
    ("foreign minister", "BOL", date(2005, 6, 14)): "armando-loaiza",
    # Colombia, defence
    ("defence minister", "COL", date(2000, 6, 1)): "luis-fernando-ramirez-colombia",
    ("defence minister", "COL", date(2002, 3, 1)): "gustavo-bell",
    ("defence minister", "COL", date(2002, 8, 7)): "marta-lucia-ramirez",
    ("defence minister", "COL", date(2009, 5, 22)): "juan-manuel-santos",
    ("defence minister", "COL", date(2009, 5, 23)): "freddy-padilla-de-leon",
    ("defence minister", "COL", date(2009, 8, 7)): "gabriel-silva-lujan",
    # Uruguay, defence
    ("defence minister", "URY", date(2001, 6, 1)): "luis-brezzo",
    ("defence minister", "URY", date(2003, 6, 1)): "yamandu-fau",  # from 2003-01 (kbsam30)
    ("defence minister", "URY", date(2008, 2, 29)): "azucena-berrutti",  # end refined
    ("defence minister", "URY", date(2008, 3, 1)): "jose-bayardi",  # start refined
    # Suriname, defence and foreign
    ("defence minister", "SUR", date(2010, 8, 12)): "lamure-latour",
    ("defence minister", "SUR", date(2013, 6, 1)): "lamure-latour",
    ("defence minister", "SUR", date(2015, 8, 12)): "ronni-benschop",
    ("defence minister", "SUR", date(2007, 6, 1)): "ivan-fernald",  # kbsam31: Phoenix months
    ("foreign minister", "SUR", date(2010, 8, 12)): "lygia-kraag-keteldijk",  # end refined
    ("foreign minister", "SUR", date(2010, 8, 13)): "winston-lackin",  # start refined
    # Guyana, home affairs
    ("interior minister", "GUY", date(2000, 6, 1)): "ronald-gajraj",
    ("interior minister", "GUY", date(2004, 10, 1)): "ronald-gajraj",  # on leave, still minister
    ("interior minister", "GUY", date(2005, 8, 1)): "gail-teixeira",
    ("interior minister", "GUY", date(2006, 9, 8)): "clement-rohee",
}


def test_south_american_ministers_of_the_kbsam18_pass(kb: KnowledgeBase) -> None:
    """A day inside each new spell of the kbsam18 pass names its holder, and the spells
    the sources leave open stay empty."""
    for (title, country, day), person in SPELLS.items():
        expected = {person} if person else set()
        assert holder_ids(kb, title, country, day) == expected, (title, country, day)


def test_the_kbsam18_pass_names_and_shared_surnames(kb: KnowledgeBase) -> None:
    """Full names name their minister; the surnames the new people share with a KB person
    ("Lezcano", "Ledesma", "Costa", "Martínez", "Vidal") are no one's bare alias and are
    resolved in context only."""
    assert alias_ids(kb, "Lorenzo Lezcano") == {"lorenzo-lezcano"}
    assert alias_ids(kb, "Ketín Vidal") == {"antonio-ketin-vidal"}
    assert alias_ids(kb, "Diógenes Martínez") == {"diogenes-martinez-paraguay"}
    assert alias_ids(kb, "Ariel Martínez") == {"ariel-martinez-paraguay"}
    assert alias_ids(kb, "Walter Ledesma") == {"walter-ledesma"}
    assert alias_ids(kb, "Gino Costa") == {"gino-costa"}
    assert alias_ids(kb, "José Serrano") == {"jose-serrano-ecuador"}
    assert alias_ids(kb, "Gustavo Bell") == {"gustavo-bell"}
    assert alias_ids(kb, "Freddy Padilla") == {"freddy-padilla-de-leon"}
    assert alias_ids(kb, "Luis Fernando Ramírez") == {"luis-fernando-ramirez-colombia"}
    # word surnames, second surnames and the names' last words in catalogue form or left out
    for word in ("Lezcano", "Ledesma", "Costa", "Martínez", "Vidal", "Serrano", "Bell", "Lemus"):
        assert not alias_ids(kb, word), word
    assert alias_ids(kb, "Gajraj") == {"ronald-gajraj"}
    assert alias_ids(kb, "Gail Teixeira") == {"gail-teixeira"}
    assert alias_ids(kb, "Cabanillas") == {"mercedes-cabanillas"}
    assert alias_ids(kb, "Remigio Hernani") == {"remigio-hernani"}
    # second surnames left out of the aliases: "Meloni" stays Giorgia Meloni's
    assert alias_ids(kb, "Meloni") == {"giorgia-meloni"}
    for word in ("Padilla", "León", "Ramírez", "Teixeira", "Hernani", "Hidalgo", "Barrios"):
        assert not alias_ids(kb, word), word
    for word in ("Salazar", "Bustamante", "Ipenza"):
        assert "octavio-salazar-peru" not in alias_ids(kb, word), word
        assert "mercedes-cabanillas" not in alias_ids(kb, word), word
    assert set(kb.sharing("Lezcano")) == {"lorenzo-lezcano", "ruben-ramirez-lezcano"}
    # Xavier Ledesma, Ecuador's minister of Government of 2005, shares it since the kbsam31 pass
    assert set(kb.sharing("Ledesma")) == {"jorge-ledezma", "walter-ledesma", "xavier-ledesma"}
    assert "antonio-costa" in kb.sharing("Costa")
    assert "gino-costa" in kb.sharing("Costa")
