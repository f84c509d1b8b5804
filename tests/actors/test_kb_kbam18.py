"""Ministers of Central America and the Caribbean, a seventh checked pass on the Americas
(issue 14, kbam18).

Each spell was read from stored copies of public pages (docs/actors.md, "the kbam18 pass");
these tests name the holder on a day inside each new spell, check the gaps the sources leave
open, and check that the pass took no bare surname from anyone.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB

SPELLS: dict[tuple[str, str, date], str | None] = {
    ("foreign minister", "HND", date(2010, 1, 27)): "mario-canahuati",
    ("foreign minister", "HND", date(2011, 6, 1)): "mario-canahuati",
    ("foreign minister", "HND", date(2009, 12, 1)): None,  # the de facto government: not read
    ("foreign minister", "HND", date(2020, 6, 1)): None,  # Rosales: left out
    ("foreign minister", "JAM", date(2001, 6, 1)): "paul-robertson-jamaica",
    ("foreign minister", "JAM", date(2001, 11, 1)): "kd-knight",
    ("foreign minister", "JAM", date(2005, 11, 13)): "kd-knight",
    ("foreign minister", "JAM", date(2006, 3, 31)): "anthony-hylton",
    ("foreign minister", "JAM", date(2007, 6, 1)): "anthony-hylton",
    ("national security minister", "JAM", date(2000, 6, 1)): "kd-knight",
    ("national security minister", "JAM", date(2001, 10, 31)): "kd-knight",
    ("national security minister", "JAM", date(2004, 6, 1)): "peter-phillips-jamaica",
    ("national security minister", "JAM", date(2007, 6, 1)): "peter-phillips-jamaica",
    # filled by kbam42: the prime minister's portfolio, coded from the cabinet lists
    ("defence minister", "JAM", date(2004, 6, 1)): "pj-patterson",
    ("foreign minister", "GTM", date(2007, 6, 1)): "gert-rosenthal",
    ("foreign minister", "GTM", date(2008, 1, 14)): "haroldo-rodas",
    # Briz: left out here, coded by the kbcar31 pass (tests/actors/test_kb_kbcar31.py)
    ("foreign minister", "GTM", date(2006, 5, 1)): "jorge-briz",
    ("foreign minister", "GTM", date(2012, 1, 14)): "harold-caballeros",
    ("foreign minister", "GTM", date(2012, 10, 1)): "harold-caballeros",
    ("foreign minister", "GTM", date(2013, 6, 1)): None,  # Carrera: left out
    ("interior minister", "GTM", date(2008, 3, 1)): "vinicio-gomez",
    ("interior minister", "GTM", date(2008, 6, 27)): None,  # Gómez's death to Jiménez
    ("interior minister", "GTM", date(2008, 7, 2)): "francisco-jimenez-irungaray",
    ("interior minister", "GTM", date(2008, 11, 1)): "francisco-jimenez-irungaray",
    ("interior minister", "GTM", date(2009, 3, 1)): "salvador-gandara",
    ("interior minister", "GTM", date(2009, 7, 7)): "raul-velasquez-guatemala",
    ("interior minister", "GTM", date(2010, 6, 1)): None,  # Menocal: left out
    ("interior minister", "GTM", date(2012, 1, 14)): "mauricio-lopez-bonilla",
    ("interior minister", "GTM", date(2015, 5, 20)): "mauricio-lopez-bonilla",
    ("interior minister", "GTM", date(2015, 8, 1)): None,  # Mendizábal: left out
    ("interior minister", "GTM", date(2023, 10, 16)): "david-napoleon-barrientos",
    ("interior minister", "GTM", date(2023, 10, 17)): "byron-bor-illescas",  # refined end
    ("interior minister", "GTM", date(2024, 1, 14)): "byron-bor-illescas",
    ("interior minister", "GTM", date(2024, 1, 15)): "francisco-jimenez-irungaray",
    ("foreign minister", "CRI", date(2010, 5, 8)): "rene-castro-costa-rica",
    ("foreign minister", "CRI", date(2011, 6, 1)): "rene-castro-costa-rica",
    ("foreign minister", "CRI", date(2012, 6, 1)): "enrique-castillo-barrantes",
    ("foreign minister", "CRI", date(2014, 5, 8)): "manuel-gonzalez-sanz",
    ("public security minister", "CRI", date(2010, 5, 8)): "jose-maria-tijerino",
    ("public security minister", "CRI", date(2011, 4, 30)): "jose-maria-tijerino",
    ("public security minister", "CRI", date(2011, 5, 1)): "mario-zamora-costa-rica",  # refined
    ("public security minister", "CRI", date(2014, 5, 7)): "mario-zamora-costa-rica",
    ("public security minister", "CRI", date(2014, 5, 8)): "celso-gamboa",  # Zamora's end refined
    ("public security minister", "CRI", date(2015, 1, 15)): "celso-gamboa",
    ("public security minister", "CRI", date(2016, 6, 1)): "gustavo-mata-vega",
    ("public security minister", "CRI", date(2018, 5, 8)): "michael-soto-rojas",
    # del Vecchio, left out here, dated by kbam28 (2008-04 to 2010-05-08)
    ("public security minister", "CRI", date(2009, 6, 1)): "janina-del-vecchio",
    ("defence minister", "CRI", date(2016, 6, 1)): None,  # no armed forces, no ministry
    ("public security minister", "SLV", date(2009, 6, 1)): "manuel-melgar",
    ("public security minister", "SLV", date(2011, 11, 6)): "manuel-melgar",
    ("public security minister", "SLV", date(2011, 11, 15)): None,  # Henry Campos, acting
    ("public security minister", "SLV", date(2011, 11, 22)): "david-munguia-payes",  # corrected
    ("public security minister", "SLV", date(2013, 5, 20)): None,  # after the annulment
    ("public security minister", "SLV", date(2013, 5, 28)): "ricardo-perdomo",
    ("public security minister", "SLV", date(2014, 6, 1)): "benito-lara",
    ("public security minister", "SLV", date(2016, 1, 21)): "benito-lara",
    ("public security minister", "SLV", date(2016, 1, 22)): "mauricio-ramirez-landaverde",
    ("public security minister", "SLV", date(2019, 6, 1)): "rogelio-rivas",
    ("public security minister", "SLV", date(2008, 6, 1)): None,  # before the ministry: not read
}


@pytest.mark.parametrize(("office", "person"), list(SPELLS.items()), ids=str)
def test_each_kbam18_spell_names_its_holder(
    kb: KnowledgeBase, office: tuple[str, str, date], person: str | None
) -> None:
    title, country, day = office
    assert holder_ids(kb, title, country, day) == ({person} if person else set())


def test_kbam18_names_and_bare_surnames(kb: KnowledgeBase) -> None:
    """The new people's full names and unshared surnames name them; a common word or a
    surname others share names no one by itself."""

    assert alias_ids(kb, "Canahuati") == {"mario-canahuati"}
    assert alias_ids(kb, "Hylton") == {"anthony-hylton"}
    assert alias_ids(kb, "K.D. Knight") == {"kd-knight"}
    assert alias_ids(kb, "Peter Phillips") == {"peter-phillips-jamaica"}
    assert alias_ids(kb, "Paul Robertson") == {"paul-robertson-jamaica"}
    for word in ("Knight", "Phillips", "Robertson", "Peter", "Paul"):
        assert alias_ids(kb, word) == set(), word
    assert kb.sharing("Knight") == ()
    assert kb.sharing("Phillips") == ()
    assert set(kb.sharing("Robertson")) == {"george-robertson", "paul-robertson-jamaica"}
    assert alias_ids(kb, "Gert Rosenthal") == {"gert-rosenthal"}
    assert set(kb.sharing("Rosenthal")) == {"uri-rosenthal", "gert-rosenthal"}
    assert alias_ids(kb, "Caballeros") == {"harold-caballeros"}
    assert alias_ids(kb, "López Bonilla") == {"mauricio-lopez-bonilla"}
    assert alias_ids(kb, "Gándara") == {"salvador-gandara"}
    assert alias_ids(kb, "Velásquez") == {"ivan-velasquez"}  # Colombia's minister keeps it
    assert alias_ids(kb, "Raúl Velásquez") == {"raul-velasquez-guatemala"}
    assert set(kb.sharing("Bonilla")) == {"mauricio-lopez-bonilla", "pompeyo-bonilla"}
    assert alias_ids(kb, "Bor Illescas") == {"byron-bor-illescas"}
    assert alias_ids(kb, "Melgar") == {"manuel-melgar"}
    assert alias_ids(kb, "Perdomo") == {"ricardo-perdomo"}
    assert alias_ids(kb, "Landaverde") == {"mauricio-ramirez-landaverde"}
    assert alias_ids(kb, "Benito Lara") == {"benito-lara"}
    for word in ("Lara", "Ramírez", "Benito"):
        assert not alias_ids(kb, word) & {"benito-lara", "mauricio-ramirez-landaverde"}, word
    assert alias_ids(kb, "Tijerino") == {"jose-maria-tijerino"}
    assert alias_ids(kb, "Gamboa") == {"celso-gamboa"}
    assert alias_ids(kb, "René Castro") == {"rene-castro-costa-rica"}
    assert "rene-castro-costa-rica" in kb.sharing("Castro")
    assert {"fidel-castro", "raul-castro", "xiomara-castro"} <= set(kb.sharing("Castro"))
    for word in ("Castillo", "Mata", "Vega", "Castro", "Barrantes"):
        assert not alias_ids(kb, word) & {
            "enrique-castillo-barrantes",
            "gustavo-mata-vega",
            "rene-castro-costa-rica",
        }, word
    for word in ("Rosenthal", "Velásquez", "Bonilla", "Bor", "Illescas", "Gómez", "Vinicio"):
        assert not alias_ids(kb, word) & {
            "gert-rosenthal",
            "raul-velasquez-guatemala",
            "mauricio-lopez-bonilla",
            "byron-bor-illescas",
            "vinicio-gomez",
        }, word
