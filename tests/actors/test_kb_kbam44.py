"""Foreign ministers of Paraguay of 2001-02 and 2003-06 and Honduras's security minister of
2002-05, a checked pass on the cells of the Americas closest to 95% (issue 14, kbam44): Leila
Rachid (foreign, Duarte's inauguration of 2003-08-15 to the reshuffle of August 2006, with
Rubén Ramírez Lezcano's start refined to that month), José Antonio Moreno Ruffinelli (foreign,
on the days dated pages name him in office, 2001-09-21 to 2002-03-22) and Óscar Álvarez's
first security ministry (2002 to November 2005), read from stored copies of public pages
(docs/actors.md, "the kbam44 pass"); a day inside each new spell, the handover days, the gaps
left open and the names.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    # Paraguay, foreign
    ("foreign minister", "PRY", date(2001, 12, 1)): "jose-antonio-moreno-ruffinelli",
    ("foreign minister", "PRY", date(2005, 1, 1)): "leila-rachid",
    # Honduras, security (the interior row)
    ("security minister", "HND", date(2003, 6, 1)): "oscar-alvarez-honduras",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_paraguay_foreign_handovers(kb: KnowledgeBase) -> None:
    """Moreno Ruffinelli on his first and last dated days only; Rachid from Duarte's
    inauguration (2003-08-15) to the reshuffle of August 2006, the handover month she shares
    with Ramírez Lezcano, whose start (once the year 2006) is now that month; Ramírez Lezcano
    to Lugo's government (2008-08-15)."""
    pry = "PRY"
    assert holder_ids(kb, "foreign minister", pry, date(2001, 9, 20)) == set()
    assert holder_ids(kb, "foreign minister", pry, date(2001, 9, 21)) == {
        "jose-antonio-moreno-ruffinelli"
    }
    assert holder_ids(kb, "foreign minister", pry, date(2002, 3, 21)) == {
        "jose-antonio-moreno-ruffinelli"
    }
    assert holder_ids(kb, "foreign minister", pry, date(2002, 3, 22)) == set()
    assert holder_ids(kb, "foreign minister", pry, date(2003, 8, 14)) == set()
    assert holder_ids(kb, "foreign minister", pry, date(2003, 8, 15)) == {"leila-rachid"}
    assert holder_ids(kb, "foreign minister", pry, date(2006, 7, 31)) == {"leila-rachid"}
    assert "leila-rachid" in holder_ids(kb, "foreign minister", pry, date(2006, 8, 15))
    assert "ruben-ramirez-lezcano" in holder_ids(kb, "foreign minister", pry, date(2006, 8, 15))
    assert holder_ids(kb, "foreign minister", pry, date(2006, 9, 1)) == {"ruben-ramirez-lezcano"}
    assert holder_ids(kb, "foreign minister", pry, date(2008, 8, 14)) == {"ruben-ramirez-lezcano"}
    assert holder_ids(kb, "foreign minister", pry, date(2008, 8, 15)) == {"alejandro-hamed-franco"}
    # Ramírez Lezcano's second spell, from 2023-08-15, is kept
    assert holder_ids(kb, "foreign minister", pry, date(2024, 1, 1)) == {"ruben-ramirez-lezcano"}


def test_honduras_security_handovers(kb: KnowledgeBase) -> None:
    """Álvarez's first spell runs through November 2005 (the month of the resignation he
    announced on 2005-11-14); December 2005 to Álvaro Romero's start (2006-03-01) stays open;
    his second spell (January 2010 to 2011-09-10) is kept."""
    hnd = "HND"
    assert holder_ids(kb, "security minister", hnd, date(2005, 11, 14)) == {
        "oscar-alvarez-honduras"
    }
    assert holder_ids(kb, "security minister", hnd, date(2005, 12, 15)) == set()
    assert holder_ids(kb, "security minister", hnd, date(2006, 3, 1)) == {"alvaro-romero-honduras"}
    assert holder_ids(kb, "security minister", hnd, date(2011, 9, 9)) == {"oscar-alvarez-honduras"}
    assert holder_ids(kb, "security minister", hnd, date(2011, 9, 10)) == {"pompeyo-bonilla"}


def test_gaps_left_open(kb: KnowledgeBase) -> None:
    """Not dated in this pass: Paraguay's foreign ministers of 2000-01 (José Félix Fernández
    Estigarribia, named in September 1999; Juan Esteban Aguirre, in office in April 2000) and
    of 2002-03 (Moreno Ruffinelli's months after his last dated day); Panama's Gobierno y
    Justicia of 2002-07; Colombia's interior of 2000-02; Honduras's security ministry before
    Álvarez (the year 2000 and 2001) is nobody's."""
    assert holder_ids(kb, "foreign minister", "PRY", date(2000, 6, 1)) == set()
    assert holder_ids(kb, "foreign minister", "PRY", date(2002, 12, 1)) == set()
    assert holder_ids(kb, "interior minister", "PAN", date(2005, 6, 1)) == set()
    assert holder_ids(kb, "interior minister", "COL", date(2001, 6, 1)) == set()
    assert holder_ids(kb, "security minister", "HND", date(2001, 6, 1)) == set()


def test_names(kb: KnowledgeBase) -> None:
    """The new people's names resolve; Moreno Ruffinelli's compound surname is his, so
    "Moreno" (Lenín Moreno's and Alfredo Moreno's catalogue surname) stays no one's alone and
    no one's given name, and the bare "Ruffinelli" is no one's; the bare "Rachid" (Rachid
    Sabbagh's given name) stays no one's; Óscar Álvarez keeps his names."""
    assert alias_ids(kb, "Leila Rachid") == {"leila-rachid"}
    assert alias_ids(kb, "José Antonio Moreno Ruffinelli") == {"jose-antonio-moreno-ruffinelli"}
    assert alias_ids(kb, "Jose Antonio Moreno Ruffinelli") == {"jose-antonio-moreno-ruffinelli"}
    assert alias_ids(kb, "Moreno Ruffinelli") == {"jose-antonio-moreno-ruffinelli"}
    assert alias_ids(kb, "Óscar Álvarez") == {"oscar-alvarez-honduras"}
    for word in ("Moreno", "Ruffinelli", "Rachid", "Leila"):
        assert alias_ids(kb, word) == set(), word
        assert kb.sharing(word) == (), word
