"""Foreign, defence and interior ministers since 2000 of Benin and Guinea-Bissau, a checked pass
(issue 14, kbafrW42): Benin's defence from Azannaï's resignation (Patrice Talon himself from
2017-03-29, Fortunet Alain Nouatin from the reshuffle of 2017-10-27), Guinea-Bissau's interior
minister of 2004-05 (Lássana Seidi), foreign ministers of 2007-09 (Maria da Conceição Nobre
Cabral) and 2011-12 (Mamadu Saliu Djaló Pires) and defence minister of 2011-12 (Baciro Djá),
read from stored copies of public pages (docs/actors.md, "the kbafrW42 pass"); a day inside
each new spell, the handover days, the gaps left open and the names kept from being anyone's
alone.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    # Benin, defence
    ("defence minister", "BEN", date(2017, 6, 1)): "patrice-talon",
    ("defence minister", "BEN", date(2020, 1, 1)): "fortunet-alain-nouatin",
    ("defence minister", "BEN", date(2025, 3, 20)): "fortunet-alain-nouatin",
    # Guinea-Bissau, interior, foreign and defence
    ("interior minister", "GNB", date(2004, 10, 1)): "lassana-seidi",
    ("foreign minister", "GNB", date(2007, 10, 1)): "maria-da-conceicao-nobre-cabral",
    ("foreign minister", "GNB", date(2008, 10, 1)): "maria-da-conceicao-nobre-cabral",
    ("foreign minister", "GNB", date(2012, 1, 1)): "mamadu-saliu-djalo-pires",
    ("defence minister", "GNB", date(2012, 1, 1)): "baciro-dja",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_benin_defence_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Azannaï to his resignation (2017-03-27); the two days to the council of ministers of
    2017-03-29 stay nobody's; Talon from then to Nouatin's appointment of 2017-10-27; Nouatin
    still in office in March 2025 (open end). Talon keeps his presidency; Denis Ali Yérima's
    year (2013-14) and the defence ministers of 2000-06 stay open."""
    ben = "BEN"
    assert holder_ids(kb, "defence minister", ben, date(2017, 3, 26)) == {"candide-azannai"}
    assert holder_ids(kb, "defence minister", ben, date(2017, 3, 28)) == set()
    assert holder_ids(kb, "defence minister", ben, date(2017, 3, 29)) == {"patrice-talon"}
    assert holder_ids(kb, "defence minister", ben, date(2017, 10, 26)) == {"patrice-talon"}
    assert holder_ids(kb, "defence minister", ben, date(2017, 10, 27)) == {"fortunet-alain-nouatin"}
    assert holder_ids(kb, "defence minister", ben, date(2025, 6, 29)) == {"fortunet-alain-nouatin"}
    assert holder_ids(kb, "president", ben, date(2017, 6, 1)) == {"patrice-talon"}
    assert holder_ids(kb, "defence minister", ben, date(2013, 12, 1)) == set()
    assert holder_ids(kb, "defence minister", ben, date(2003, 1, 1)) == set()


def test_guinea_bissau_interior_handovers(kb: KnowledgeBase) -> None:
    """Seidi from Carlos Gomes Júnior's government of 2004-05-12 to the reshuffle of 2005-04-16
    (Mumine Embaló from then); the transition's interior ministers of 2003-04 and Aristides
    Gomes's (Ernesto de Carvalho: no end read) stay open, as does Daniel Gomes's defence
    ministry of 2004-05 (left out for his name)."""
    gnb = "GNB"
    assert holder_ids(kb, "interior minister", gnb, date(2004, 5, 11)) == set()
    assert holder_ids(kb, "interior minister", gnb, date(2004, 5, 12)) == {"lassana-seidi"}
    assert holder_ids(kb, "interior minister", gnb, date(2005, 4, 15)) == {"lassana-seidi"}
    assert holder_ids(kb, "interior minister", gnb, date(2005, 4, 16)) == {"mumine-embalo"}
    assert holder_ids(kb, "interior minister", gnb, date(2006, 6, 1)) == set()
    assert holder_ids(kb, "defence minister", gnb, date(2004, 10, 1)) == set()  # Daniel Gomes


def test_guinea_bissau_foreign_and_defence_handovers(kb: KnowledgeBase) -> None:
    """Nobre Cabral from Ndafa Cabi's government of April 2007 (month only) through Carlos
    Correia's of 2008-08-09 to the government sworn in on 2009-01-08; Adiatu Djaló Nandigna's
    and Adelino Mano Queta's foreign ministries of 2009-11 (no end, no start read) stay open;
    Djaló Pires and Djá from the reshuffle of August 2011 (month only) to the coup of
    2012-04-12, the weeks to the transition government of 2012-05-22 nobody's."""
    gnb = "GNB"
    assert holder_ids(kb, "foreign minister", gnb, date(2007, 3, 31)) == set()
    assert holder_ids(kb, "foreign minister", gnb, date(2007, 4, 1)) == {
        "maria-da-conceicao-nobre-cabral"
    }
    assert holder_ids(kb, "foreign minister", gnb, date(2009, 1, 7)) == {
        "maria-da-conceicao-nobre-cabral"
    }
    assert holder_ids(kb, "foreign minister", gnb, date(2009, 1, 8)) == set()
    assert holder_ids(kb, "foreign minister", gnb, date(2010, 6, 1)) == set()
    assert holder_ids(kb, "foreign minister", gnb, date(2011, 7, 31)) == set()
    assert holder_ids(kb, "foreign minister", gnb, date(2011, 8, 1)) == {"mamadu-saliu-djalo-pires"}
    assert holder_ids(kb, "foreign minister", gnb, date(2012, 4, 11)) == {
        "mamadu-saliu-djalo-pires"
    }
    assert holder_ids(kb, "foreign minister", gnb, date(2012, 4, 12)) == set()
    assert holder_ids(kb, "foreign minister", gnb, date(2012, 5, 22)) == {"faustino-imbali"}
    assert holder_ids(kb, "defence minister", gnb, date(2011, 7, 31)) == set()
    assert holder_ids(kb, "defence minister", gnb, date(2011, 8, 1)) == {"baciro-dja"}
    assert holder_ids(kb, "defence minister", gnb, date(2012, 4, 11)) == {"baciro-dja"}
    assert holder_ids(kb, "defence minister", gnb, date(2012, 4, 12)) == set()
    assert holder_ids(kb, "defence minister", gnb, date(2012, 5, 22)) == {"celestino-de-carvalho"}
    assert holder_ids(kb, "defence minister", gnb, date(2008, 1, 1)) == set()
    # Baciro Djá keeps his premiership of 2016
    assert holder_ids(kb, "prime minister", gnb, date(2016, 8, 1)) == {"baciro-dja"}


def test_names(kb: KnowledgeBase) -> None:
    """The new people's names resolve, with the pages' other spellings; the compound surnames
    "Nobre Cabral" and "Djaló Pires" are their bearers', so the bare "Cabral" stays no one's
    and "Pires" keeps its three people; "Djaló", "Alain" and "Fortunet" are no one's alone."""
    assert alias_ids(kb, "Fortunet Alain Nouatin") == {"fortunet-alain-nouatin"}
    assert alias_ids(kb, "Alain Fortuné Nouatin") == {"fortunet-alain-nouatin"}
    assert alias_ids(kb, "Nouatin") == {"fortunet-alain-nouatin"}
    assert alias_ids(kb, "Lássana Seidi") == {"lassana-seidi"}
    assert alias_ids(kb, "Lassana Seidi") == {"lassana-seidi"}
    assert alias_ids(kb, "Maria da Conceição Nobre Cabral") == {"maria-da-conceicao-nobre-cabral"}
    assert alias_ids(kb, "Nobre Cabral") == {"maria-da-conceicao-nobre-cabral"}
    assert alias_ids(kb, "Mamadu Djaló Pires") == {"mamadu-saliu-djalo-pires"}
    assert alias_ids(kb, "Mamadú Saliu Djaló Pires") == {"mamadu-saliu-djalo-pires"}
    assert alias_ids(kb, "Djaló Pires") == {"mamadu-saliu-djalo-pires"}
    assert alias_ids(kb, "Baciro Djá") == {"baciro-dja"}
    assert alias_ids(kb, "Talon") == {"patrice-talon"}
    for word in ("Cabral", "Nobre", "Djaló", "Alain", "Fortunet", "Saliu"):
        assert alias_ids(kb, word) == set(), word
    assert set(kb.sharing("Pires")) == {"mario-pires", "pedro-pires", "waldir-pires"}
