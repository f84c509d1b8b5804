"""Ministers of Central America, the Caribbean and South America, an eighth checked pass on
the Americas (issue 14, kbam19).

Each spell was read from stored copies of public pages (docs/actors.md, "the kbam19 pass");
these tests name the holder on a day inside each new or refined spell, check the gaps the
sources leave open, and check that the pass took no bare surname from anyone.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB

SPELLS: dict[tuple[str, str, date], str | None] = {
    ("foreign minister", "HND", date(2013, 4, 30)): "arturo-corrales",
    ("foreign minister", "HND", date(2013, 5, 1)): "mireya-aguero",  # Corrales's end refined
    ("foreign minister", "HND", date(2014, 6, 1)): "mireya-aguero",
    ("foreign minister", "HND", date(2014, 11, 14)): "mireya-aguero",
    ("foreign minister", "HND", date(2014, 11, 20)): "arturo-corrales",  # filled by kbcar33
    ("foreign minister", "HND", date(2026, 2, 1)): "mireya-aguero",
    ("security minister", "HND", date(2013, 5, 1)): "arturo-corrales",
    ("defence minister", "PER", date(2007, 12, 19)): "allan-wagner",
    ("defence minister", "PER", date(2007, 12, 20)): "antero-flores-araoz",  # Wagner's end refined
    ("defence minister", "PER", date(2009, 7, 10)): "antero-flores-araoz",
    ("defence minister", "PER", date(2009, 7, 11)): "rafael-rey-peru",
    ("defence minister", "PER", date(2010, 9, 13)): "rafael-rey-peru",
    ("defence minister", "PER", date(2010, 9, 14)): None,  # Thorne sworn in the next day
    ("defence minister", "PER", date(2010, 9, 15)): "jaime-thorne",  # refined start
    ("defence minister", "PER", date(2018, 1, 8)): "jorge-nieto-peru",
    ("defence minister", "PER", date(2018, 1, 9)): "jorge-kisic",  # Nieto's end refined
    ("defence minister", "PER", date(2018, 4, 1)): "jorge-kisic",
    ("defence minister", "PER", date(2018, 4, 2)): "jose-huerta-torres",
    ("foreign minister", "HTI", date(2012, 7, 1)): "laurent-lamothe",  # corrected end
    ("foreign minister", "HTI", date(2012, 9, 1)): "pierre-richard-casimir",
    ("foreign minister", "HTI", date(2014, 4, 2)): "pierre-richard-casimir",
    ("foreign minister", "HTI", date(2014, 4, 3)): "duly-brutus",
    ("interior minister", "PER", date(2001, 7, 28)): "fernando-rospigliosi",
    ("interior minister", "PER", date(2002, 6, 21)): "fernando-rospigliosi",
    ("interior minister", "PER", date(2002, 6, 22)): "gino-costa",
    ("interior minister", "PER", date(2003, 5, 1)): "alberto-sanabria",  # dated by kbsam30
    ("interior minister", "PER", date(2003, 7, 25)): "fernando-rospigliosi",
    ("interior minister", "PER", date(2004, 5, 6)): "fernando-rospigliosi",
    ("interior minister", "PER", date(2004, 5, 7)): "javier-reategui",
    ("interior minister", "PER", date(2005, 1, 31)): "javier-reategui",  # to the month
    ("interior minister", "PER", date(2005, 6, 1)): "felix-murazzo",  # dated by kbsam30
    ("interior minister", "PER", date(2006, 7, 28)): "pilar-mazzetti",
    ("interior minister", "PER", date(2007, 2, 25)): "pilar-mazzetti",
    ("interior minister", "PER", date(2007, 2, 26)): "luis-alva-castro",
    ("interior minister", "PER", date(2008, 10, 13)): "luis-alva-castro",
    ("interior minister", "PER", date(2008, 10, 14)): "remigio-hernani",
    ("interior minister", "HTI", date(2012, 3, 1)): None,  # Mayard-Paul: start not read
    ("interior minister", "HTI", date(2012, 9, 1)): "ronsard-saint-cyr",
    ("interior minister", "HTI", date(2013, 1, 22)): "ronsard-saint-cyr",
    ("interior minister", "HTI", date(2013, 1, 23)): "david-bazile",
    ("interior minister", "HTI", date(2014, 4, 3)): "reginald-delva",
    ("interior minister", "HTI", date(2015, 1, 18)): "reginald-delva",
    ("interior minister", "HTI", date(2015, 6, 1)): "ariel-henry",  # filled by kbam35
}


@pytest.mark.parametrize(("office", "person"), list(SPELLS.items()), ids=str)
def test_each_kbam19_spell_names_its_holder(
    kb: KnowledgeBase, office: tuple[str, str, date], person: str | None
) -> None:
    title, country, day = office
    assert holder_ids(kb, title, country, day) == ({person} if person else set())


def test_kbam19_names_and_bare_surnames(kb: KnowledgeBase) -> None:
    """The people the pass extends keep their names; no new bare word names them."""

    assert alias_ids(kb, "Mireya Agüero") == {"mireya-aguero"}
    assert alias_ids(kb, "Ántero Flores-Aráoz") == {"antero-flores-araoz"}
    assert alias_ids(kb, "Flores-Aráoz") == {"antero-flores-araoz"}
    assert alias_ids(kb, "Rafael Rey") == {"rafael-rey-peru"}
    assert alias_ids(kb, "Pierre-Richard Casimir") == {"pierre-richard-casimir"}
    assert alias_ids(kb, "Ronsard Saint-Cyr") == {"ronsard-saint-cyr"}
    assert alias_ids(kb, "Bazile") == {"david-bazile"}
    assert alias_ids(kb, "Delva") == {"reginald-delva"}
    assert alias_ids(kb, "Mazzetti") == {"pilar-mazzetti"}
    assert alias_ids(kb, "Rospigliosi") == {"fernando-rospigliosi"}
    assert alias_ids(kb, "Reátegui") == {"javier-reategui"}
    assert alias_ids(kb, "Kisic") == {"jorge-kisic"}
    assert not alias_ids(kb, "Rosselló") & {"javier-reategui"}  # Puerto Rico's Rosselló
    assert alias_ids(kb, "Luis Alva Castro") == {"luis-alva-castro"}
    assert "luis-alva-castro" in kb.sharing("Castro")
    assert {"fidel-castro", "raul-castro", "xiomara-castro"} <= set(kb.sharing("Castro"))
    assert not alias_ids(kb, "Castro") & {"luis-alva-castro"}
    # "Casimir" is a given name, "Saint-Cyr" a place (and France's military academy)
    for word in ("Casimir", "Saint-Cyr", "Cyr", "Saint"):
        assert not alias_ids(kb, word) & {"pierre-richard-casimir", "ronsard-saint-cyr"}, word
    # "Aráoz" is also Mercedes Aráoz's (not in the KB), "Rey" a word and many people's name
    for word in ("Aráoz", "Flores", "Ántero", "Rey", "Rafael"):
        assert not alias_ids(kb, word) & {"antero-flores-araoz", "rafael-rey-peru"}, word
