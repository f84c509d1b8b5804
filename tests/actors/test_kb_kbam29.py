"""Foreign, defence and interior ministers of Latin America, a checked pass (issue 14, kbam29):
the spells read from stored copies of public pages (docs/actors.md, "the kbam29 pass"); a day
inside each new spell, the handover days on both sides, the gaps left open and the new names.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    # Peru: Francisco Sagasti's last interior minister
    ("interior minister", "PER", date(2021, 3, 1)): "jose-elice",
    # Ecuador: Lenín Moreno's last minister of Gobierno
    ("interior minister", "ECU", date(2021, 4, 15)): "gabriel-martinez-ecuador",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_peru_interior_handovers(kb: KnowledgeBase) -> None:
    """Cluber Aliaga resigned on 2020-12-07 and José Elice was sworn in that night; Juan
    Carrasco Millones from Guido Bellido's cabinet of 2021-07-29."""
    assert holder_ids(kb, "interior minister", "PER", date(2020, 12, 6)) == {"cluber-aliaga"}
    assert holder_ids(kb, "interior minister", "PER", date(2020, 12, 7)) == {"jose-elice"}
    assert holder_ids(kb, "interior minister", "PER", date(2021, 7, 28)) == {"jose-elice"}
    assert holder_ids(kb, "interior minister", "PER", date(2021, 7, 29)) == {
        "juan-carrasco-millones"
    }


def test_ecuador_interior_handovers(kb: KnowledgeBase) -> None:
    """Patricio Pazmiño resigned on 2021-03-05, the day Moreno named Gabriel Martínez; César
    Monge from Guillermo Lasso's inauguration, 2021-05-24."""
    assert holder_ids(kb, "interior minister", "ECU", date(2021, 3, 4)) == {"patricio-pazmino"}
    assert holder_ids(kb, "interior minister", "ECU", date(2021, 3, 5)) == {
        "gabriel-martinez-ecuador"
    }
    assert holder_ids(kb, "interior minister", "ECU", date(2021, 5, 23)) == {
        "gabriel-martinez-ecuador"
    }
    assert holder_ids(kb, "interior minister", "ECU", date(2021, 5, 24)) == {"cesar-monge"}


def test_gaps_left_open(kb: KnowledgeBase) -> None:
    """Spells no page dated stay empty: Peru's foreign ministry from Eda Rivas (2013-05-15) to
    Gonzalo Gutiérrez's exit (2015-04-02), Paraguay's defence ministry under Mario Abdo
    Benítez, Bolivia's interior ministry under Carlos Mesa, Nicaragua's defence ministry."""
    # Eda Rivas (2013-05-15 to 2014-06-24) was dated by the kbsam30 pass
    assert holder_ids(kb, "foreign minister", "PER", date(2014, 1, 1)) == {"eda-rivas"}
    assert holder_ids(kb, "defence minister", "PRY", date(2020, 1, 1)) == set()
    # Mesa's minister of Government Alfonso Ferrufino is coded since the kbsam31 pass
    assert holder_ids(kb, "interior minister", "BOL", date(2004, 1, 1)) == {"alfonso-ferrufino"}
    assert holder_ids(kb, "defence minister", "NIC", date(2015, 1, 1)) == set()


def test_names(kb: KnowledgeBase) -> None:
    """The new ministers' full names are theirs; "Martínez", a surname many KB people share,
    is not Gabriel Martínez's alone."""
    assert alias_ids(kb, "José Elice") == {"jose-elice"}
    assert alias_ids(kb, "José Elice Navarro") == {"jose-elice"}
    assert alias_ids(kb, "Jose Elice") == {"jose-elice"}
    assert alias_ids(kb, "Gabriel Martínez") == {"gabriel-martinez-ecuador"}
    assert alias_ids(kb, "Gabriel Martinez") == {"gabriel-martinez-ecuador"}
    assert alias_ids(kb, "Martínez") != {"gabriel-martinez-ecuador"}
