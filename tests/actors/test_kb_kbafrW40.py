"""Interior ministers of Benin (2010-11) and Ghana (2005-08), a checked pass (issue 14,
kbafrW40): Armand Zinzindohoué's dismissal of 2010-07-07 (his end refined from June 2010),
Candide Azannaï's interim and Martial Sounton from 2010-07-13 to Yayi's second-term government
of May 2011; Papa Owusu-Ankomah (2005-06), Albert Kan-Dapaah (2006-07) and Kwamena Bartels
(2007-08) at Ghana's interior, written by the pass from the first to the last page read that
names them in office where the appointment is not read (docs/actors.md, "the kbafrW40 pass"),
their starts and Owusu-Ankomah's end corrected by the kbaudit41 audit; a day inside each new
spell, the handover days, the gaps left open and the names.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    # Benin, interior and public security
    ("interior minister", "BEN", date(2010, 7, 10)): "candide-azannai",
    ("interior minister", "BEN", date(2010, 10, 1)): "martial-sounton",
    ("interior minister", "BEN", date(2011, 3, 1)): "martial-sounton",
    # Ghana, interior
    ("interior minister", "GHA", date(2005, 9, 1)): "papa-owusu-ankomah",
    ("interior minister", "GHA", date(2007, 1, 1)): "albert-kan-dapaah",
    ("interior minister", "GHA", date(2008, 4, 1)): "kwamena-bartels",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_benin_interior_handovers(kb: KnowledgeBase) -> None:
    """Zinzindohoué to his dismissal on Wednesday 2010-07-07 (refined from June 2010),
    Azannaï's interim to the council of ministers of Tuesday 2010-07-13, Sounton to the end
    of May 2011, Dègla's shipped start in June 2011."""
    ben = "BEN"
    assert holder_ids(kb, "interior minister", ben, date(2010, 7, 6)) == {"armand-zinzindohoue"}
    assert holder_ids(kb, "interior minister", ben, date(2010, 7, 7)) == {"candide-azannai"}
    assert holder_ids(kb, "interior minister", ben, date(2010, 7, 12)) == {"candide-azannai"}
    assert holder_ids(kb, "interior minister", ben, date(2010, 7, 13)) == {"martial-sounton"}
    assert holder_ids(kb, "interior minister", ben, date(2011, 5, 31)) == {"martial-sounton"}
    assert holder_ids(kb, "interior minister", ben, date(2011, 6, 1)) == {"benoit-degla"}
    # Azannaï keeps his defence spell of 2016-17
    assert holder_ids(kb, "defence minister", ben, date(2016, 6, 1)) == {"candide-azannai"}


def test_ghana_interior_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Owusu-Ankomah from 2005-02-03 to 2006-04-27, Kan-Dapaah from 2006-05-05 to July 2007
    (then defence from 2007-08-06), Bartels from August 2007 to May 2008, Addo-Kufuor's
    shipped June 2008 (the three starts and Owusu-Ankomah's end as kbaudit41 corrected them:
    the pass had written the first and last pages it read); the days between stay nobody's."""
    gha = "GHA"
    assert holder_ids(kb, "interior minister", gha, date(2005, 2, 1)) == {"hackman-owusu-agyemang"}
    assert holder_ids(kb, "interior minister", gha, date(2005, 2, 3)) == {"papa-owusu-ankomah"}
    assert holder_ids(kb, "interior minister", gha, date(2005, 5, 20)) == {"papa-owusu-ankomah"}
    assert holder_ids(kb, "interior minister", gha, date(2006, 3, 1)) == {"papa-owusu-ankomah"}
    assert holder_ids(kb, "interior minister", gha, date(2006, 4, 26)) == {"papa-owusu-ankomah"}
    assert holder_ids(kb, "interior minister", gha, date(2006, 5, 1)) == set()
    assert holder_ids(kb, "interior minister", gha, date(2006, 5, 5)) == {"albert-kan-dapaah"}
    assert holder_ids(kb, "interior minister", gha, date(2006, 7, 3)) == {"albert-kan-dapaah"}
    assert holder_ids(kb, "interior minister", gha, date(2007, 7, 31)) == {"albert-kan-dapaah"}
    assert holder_ids(kb, "interior minister", gha, date(2007, 8, 1)) == {"kwamena-bartels"}
    assert holder_ids(kb, "defence minister", gha, date(2007, 8, 6)) == {"albert-kan-dapaah"}
    assert holder_ids(kb, "interior minister", gha, date(2007, 11, 5)) == {"kwamena-bartels"}
    assert holder_ids(kb, "interior minister", gha, date(2008, 2, 27)) == {"kwamena-bartels"}
    assert holder_ids(kb, "interior minister", gha, date(2008, 5, 31)) == {"kwamena-bartels"}
    assert holder_ids(kb, "interior minister", gha, date(2008, 6, 1)) == {"kwame-addo-kufuor"}


def test_gaps_left_open(kb: KnowledgeBase) -> None:
    """The cells no page dated stay open: Cabo Verde's foreign ministers of 2001-11, Niger's
    Djida Hamadou (defence from 2007-06-09, no end), Sierra Leone's vacant defence ministry of
    2013-17, Guinea-Bissau's foreign ministers of 2005-12, Benin's foreign ministers of
    2000-06 and interior before 2007, Mauritania's Yall Zakaria (left out for his name),
    Chad's defence of 2008 (Mahamat Ali Abdallah's day not read)."""
    assert holder_ids(kb, "foreign minister", "CPV", date(2009, 9, 15)) == set()
    assert holder_ids(kb, "defence minister", "NER", date(2008, 6, 1)) == set()
    assert holder_ids(kb, "defence minister", "SLE", date(2015, 6, 1)) == set()
    # filled by kbafrW42: Maria da Conceição Nobre Cabral (2007-04 to 2009-01-08)
    assert holder_ids(kb, "foreign minister", "GNB", date(2008, 6, 1)) == {
        "maria-da-conceicao-nobre-cabral"
    }
    assert holder_ids(kb, "foreign minister", "BEN", date(2004, 3, 15)) == set()
    assert holder_ids(kb, "interior minister", "BEN", date(2006, 1, 1)) == set()
    assert holder_ids(kb, "interior minister", "MRT", date(2007, 6, 1)) == set()
    assert holder_ids(kb, "defence minister", "TCD", date(2008, 3, 1)) == set()


def test_names(kb: KnowledgeBase) -> None:
    """The new people's names resolve, in the spellings the pages use; "Sounton", "Souton",
    "Bartels" and "Owusu-Ankomah" are their bearers' own; "Martial", "Kwamena", "Papa" and
    "Owusu" are no one's alone (the unhyphenated "Papa Owusu Ankomah" is not written)."""
    assert alias_ids(kb, "Martial Sounton") == {"martial-sounton"}
    assert alias_ids(kb, "Martial Souton") == {"martial-sounton"}
    assert alias_ids(kb, "Sounton") == {"martial-sounton"}
    assert alias_ids(kb, "Papa Owusu-Ankomah") == {"papa-owusu-ankomah"}
    assert alias_ids(kb, "Paapa Owusu-Ankomah") == {"papa-owusu-ankomah"}
    assert alias_ids(kb, "Owusu-Ankomah") == {"papa-owusu-ankomah"}
    assert alias_ids(kb, "Kwamena Bartels") == {"kwamena-bartels"}
    assert alias_ids(kb, "Kwamina Bartels") == {"kwamena-bartels"}
    assert alias_ids(kb, "Bartels") == {"kwamena-bartels"}
    for word in ("Martial", "Kwamena", "Papa", "Owusu"):
        assert not alias_ids(kb, word) & {
            "martial-sounton",
            "kwamena-bartels",
            "papa-owusu-ankomah",
        }, word
    assert set(kb.sharing("Owusu")) == set()
