"""Panama's ministers of Gobierno y Justicia since 2000, a checked pass (issue 14, kbam40):
Panama's Ministerio de Gobierno y Justicia, the National Police's ministry until the Ministry
of Public Security was split from it in 2010, coded as `interior minister` (Winston Spadafora
to 2001-10-31, Aníbal Salas from November 2001 to 2002-09-16, Daniel Delgado Diamante from
September 2007, Dilio Arcia from November 2008 and
José Raúl Mulino from his oath of 2009-07-01 to his public security spell of July 2010), read
from stored copies of public pages (docs/actors.md, "the kbam40 pass"); a day inside each new
spell, the handover days, the gaps left open and the names kept from being anyone's alone.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    # Panama, Gobierno y Justicia (the interior row)
    ("interior minister", "PAN", date(2000, 6, 1)): "winston-spadafora",
    ("interior minister", "PAN", date(2002, 3, 1)): "anibal-salas",
    ("interior minister", "PAN", date(2008, 3, 1)): "daniel-delgado-diamante",
    ("interior minister", "PAN", date(2009, 3, 1)): "dilio-arcia",
    ("interior minister", "PAN", date(2010, 1, 15)): "jose-raul-mulino",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_panama_gobierno_y_justicia_handovers(kb: KnowledgeBase) -> None:
    """Spadafora left on 2001-10-31 and Salas followed him in November 2001 (month) to his
    resignation of 2002-09-16; Delgado Diamante from the reshuffle of September 2007
    (month) to his replacement by Arcia in November 2008 (month: the handover month holds
    both); Arcia to Mulino's oath of 2009-07-01; Mulino's Gobierno y Justicia to June 2010
    (month) and his public security spell from July 2010 (kbcam32)."""
    pan = "PAN"
    assert holder_ids(kb, "interior minister", pan, date(2001, 10, 30)) == {"winston-spadafora"}
    assert holder_ids(kb, "interior minister", pan, date(2001, 11, 1)) == {"anibal-salas"}
    assert holder_ids(kb, "interior minister", pan, date(2002, 9, 15)) == {"anibal-salas"}
    assert holder_ids(kb, "interior minister", pan, date(2002, 9, 16)) == set()
    assert holder_ids(kb, "interior minister", pan, date(2007, 9, 1)) == {"daniel-delgado-diamante"}
    assert holder_ids(kb, "interior minister", pan, date(2008, 10, 31)) == {
        "daniel-delgado-diamante"
    }
    assert holder_ids(kb, "interior minister", pan, date(2008, 11, 15)) == {
        "daniel-delgado-diamante",
        "dilio-arcia",
    }
    assert holder_ids(kb, "interior minister", pan, date(2008, 12, 1)) == {"dilio-arcia"}
    assert holder_ids(kb, "interior minister", pan, date(2009, 6, 30)) == {"dilio-arcia"}
    assert holder_ids(kb, "interior minister", pan, date(2009, 7, 1)) == {"jose-raul-mulino"}
    assert holder_ids(kb, "interior minister", pan, date(2010, 6, 30)) == {"jose-raul-mulino"}
    assert holder_ids(kb, "interior minister", pan, date(2010, 7, 1)) == set()
    assert holder_ids(kb, "public security minister", pan, date(2010, 7, 20)) == {
        "jose-raul-mulino"
    }
    # kbcam32's assertion stands: no public security minister before July 2010
    assert holder_ids(kb, "public security minister", pan, date(2010, 6, 1)) == set()


def test_panama_gaps_left_open(kb: KnowledgeBase) -> None:
    """Spadafora's last day (he left on 2001-10-31; Salas's start is the month after) and the
    ministers of September 2002 to August 2007 (Escalona, Alemán, Gólcher: Phoenix only, no
    page dated them) stay nobody's."""
    pan = "PAN"
    assert holder_ids(kb, "interior minister", pan, date(2001, 10, 31)) == set()
    assert holder_ids(kb, "interior minister", pan, date(2003, 6, 1)) == set()
    assert holder_ids(kb, "interior minister", pan, date(2005, 6, 1)) == set()
    assert holder_ids(kb, "interior minister", pan, date(2007, 8, 31)) == set()


def test_names(kb: KnowledgeBase) -> None:
    """The full names resolve; "Spadafora" (catalogue order only, his brother Hugo's name too)
    is no one's, nor his second surname "Franco"; "Salas" (catalogue order only, a common
    surname) and "Céspedes" (Salas's second surname, not written) are no one's; "Delgado
    Diamante" is its person's compound surname, so "Delgado" (Rodrigo Delgado's, catalogue
    order) and "Diamante" stay no one's; "Arcia" is Dilio Arcia's bare surname and "Torres"
    (his second surname, not written) no one's; Mulino keeps his names."""
    assert alias_ids(kb, "Winston Spadafora") == {"winston-spadafora"}
    assert alias_ids(kb, "Spadafora, Winston") == {"winston-spadafora"}
    assert not alias_ids(kb, "Spadafora")
    assert not alias_ids(kb, "Franco")
    assert alias_ids(kb, "Aníbal Salas") == {"anibal-salas"}
    assert alias_ids(kb, "Anibal Salas") == {"anibal-salas"}
    assert alias_ids(kb, "Salas, Aníbal") == {"anibal-salas"}
    assert not alias_ids(kb, "Salas")
    assert not alias_ids(kb, "Céspedes")
    assert alias_ids(kb, "Daniel Delgado Diamante") == {"daniel-delgado-diamante"}
    assert alias_ids(kb, "Delgado Diamante") == {"daniel-delgado-diamante"}
    assert not alias_ids(kb, "Delgado")
    assert not alias_ids(kb, "Diamante")
    assert not set(kb.sharing("Delgado"))
    assert alias_ids(kb, "Rodrigo Delgado") == {"rodrigo-delgado"}
    assert alias_ids(kb, "Dilio Arcia") == {"dilio-arcia"}
    assert alias_ids(kb, "Arcia") == {"dilio-arcia"}
    assert not alias_ids(kb, "Torres")
    assert alias_ids(kb, "José Raúl Mulino") == {"jose-raul-mulino"}
    assert alias_ids(kb, "Mulino") == {"jose-raul-mulino"}
