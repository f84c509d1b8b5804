"""Interior and foreign ministers of Djibouti and the Comoros, a checked pass (issue 14,
kbafrE42): Djibouti's interior minister of 2005-11 (Yacin Elmi Bouh), the Comoros' foreign
ministers of 2006-10 (Ahmed Ben Saïd Jaffar) and 2013-15 (El-Anrif Saïd Hassane) and its
interior minister of 2015-16 (Houmed Msaidié), and Botswana's defence minister from the first
day of 2016 that a dated page names (Shaw Kgathi; his end run to 2019-11-06 by the kbaudit43
audit), read from stored copies of public pages
(docs/actors.md, "the kbafrE42 pass"); a day inside each new spell, the handover days, the gaps
left open and the names.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    # Djibouti, interior (the ministry of the interior and decentralisation)
    ("interior minister", "DJI", date(2008, 1, 1)): "yacin-elmi-bouh",
    # the Comoros, foreign (the ministry of external relations and cooperation)
    ("foreign minister", "COM", date(2008, 1, 1)): "ahmed-ben-said-jaffar",
    ("foreign minister", "COM", date(2014, 6, 1)): "el-anrif-said-hassane",
    # the Comoros, interior
    ("interior minister", "COM", date(2015, 10, 1)): "houmed-msaidie",
    # Botswana, defence (the minister of defence, justice and security)
    ("defence minister", "BWA", date(2017, 1, 1)): "shaw-kgathi",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_djibouti_interior_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Yacin Elmi Bouh from the government of 2005-05-22 to that of 2011-05-12; the years
    before (Elmi Obsieh Waïs or Abdoulkader Doualeh Waïs: the pages disagree) and after
    (Hassan Darar Houffaneh, undated) stay nobody's."""
    dji = "DJI"
    assert holder_ids(kb, "interior minister", dji, date(2005, 5, 21)) == set()
    assert holder_ids(kb, "interior minister", dji, date(2005, 5, 22)) == {"yacin-elmi-bouh"}
    assert holder_ids(kb, "interior minister", dji, date(2011, 5, 11)) == {"yacin-elmi-bouh"}
    assert holder_ids(kb, "interior minister", dji, date(2011, 5, 12)) == set()
    assert holder_ids(kb, "interior minister", dji, date(2003, 1, 11)) == set()
    assert holder_ids(kb, "interior minister", dji, date(2012, 6, 1)) == set()
    # Houffaneh keeps only his defence spell
    assert holder_ids(kb, "defence minister", dji, date(2015, 1, 1)) == {"hassan-darar-houffaneh"}


def test_comoros_foreign_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Jaffar from June 2006 to the interim government of 2010-05-26 (Fahmi Saïd Ibrahim,
    left out for his name, after him); El-Anrif Saïd Hassane from his first dated day
    (2013-10-26) to the third Dhoinine government (2015-04-28); the years 2002-06, 2010-13
    (Mohamed Bakri Ben Abdoulfatah Charif, whose end no page read gives) and 2015-16 stay
    nobody's."""
    com = "COM"
    assert holder_ids(kb, "foreign minister", com, date(2006, 5, 31)) == set()
    assert holder_ids(kb, "foreign minister", com, date(2006, 6, 1)) == {"ahmed-ben-said-jaffar"}
    assert holder_ids(kb, "foreign minister", com, date(2010, 5, 25)) == {"ahmed-ben-said-jaffar"}
    assert holder_ids(kb, "foreign minister", com, date(2010, 5, 26)) == set()
    assert holder_ids(kb, "foreign minister", com, date(2012, 1, 1)) == set()
    assert holder_ids(kb, "foreign minister", com, date(2013, 10, 25)) == set()
    assert holder_ids(kb, "foreign minister", com, date(2013, 10, 26)) == {"el-anrif-said-hassane"}
    assert holder_ids(kb, "foreign minister", com, date(2015, 4, 27)) == {"el-anrif-said-hassane"}
    assert holder_ids(kb, "foreign minister", com, date(2015, 4, 28)) == set()
    assert holder_ids(kb, "foreign minister", com, date(2004, 1, 1)) == set()
    assert holder_ids(kb, "foreign minister", com, date(2016, 6, 1)) == {"mohamed-bacar-dossar"}


def test_comoros_interior_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Houmed Msaidié from the government of 2015-04-28 to his handover to Mohamed Daoudou
    on 2016-06-02; the interior before (his predecessor unnamed on the pages read) stays
    nobody's."""
    com = "COM"
    assert holder_ids(kb, "interior minister", com, date(2015, 4, 27)) == set()
    assert holder_ids(kb, "interior minister", com, date(2015, 4, 28)) == {"houmed-msaidie"}
    assert holder_ids(kb, "interior minister", com, date(2016, 6, 1)) == {"houmed-msaidie"}
    assert holder_ids(kb, "interior minister", com, date(2016, 6, 2)) == {"mohamed-daoudou"}
    assert holder_ids(kb, "interior minister", com, date(2010, 1, 1)) == set()


def test_botswana_defence_days_read(kb: KnowledgeBase) -> None:
    """Shaw Kgathi from the first dated page naming him minister (2016-09-28); his appointment
    of 2014 is not read, so the days before stay nobody's. The pass ended him on the last dated
    day (2017-10-24); the kbaudit43 audit found his end dated (Kagiso Mmusi, minister from
    Masisi's cabinet of November 2019, "Preceded by Shaw Kgathi") and ran his spell to
    Mmusi's shipped start of 2019-11-06."""
    bwa = "BWA"
    assert holder_ids(kb, "defence minister", bwa, date(2016, 9, 27)) == set()
    assert holder_ids(kb, "defence minister", bwa, date(2016, 9, 28)) == {"shaw-kgathi"}
    assert holder_ids(kb, "defence minister", bwa, date(2017, 10, 23)) == {"shaw-kgathi"}
    # kbaudit43's fix: his ministry to Masisi's second cabinet
    assert holder_ids(kb, "defence minister", bwa, date(2018, 6, 1)) == {"shaw-kgathi"}
    assert holder_ids(kb, "defence minister", bwa, date(2019, 11, 5)) == {"shaw-kgathi"}
    assert holder_ids(kb, "defence minister", bwa, date(2019, 11, 6)) == {"kagiso-mmusi"}


def test_cells_left_open(kb: KnowledgeBase) -> None:
    """The brief's other cells, searched without a dated page or left by earlier decisions:
    Botswana's defence of 2010-16, the Seychelles' defence before 2010, Somalia's interior
    of 2015-16 (Odowaa, left out for his name), Madagascar's interior before 2008, Eswatini's
    defence (the king's) and Ethiopia's and Eritrea's interior (not coded)."""
    assert holder_ids(kb, "defence minister", "BWA", date(2016, 1, 1)) == set()
    assert holder_ids(kb, "defence minister", "SYC", date(2007, 1, 1)) == set()
    assert holder_ids(kb, "interior minister", "SOM", date(2015, 6, 1)) == set()
    assert holder_ids(kb, "interior minister", "MDG", date(2005, 1, 1)) == set()
    assert holder_ids(kb, "defence minister", "SWZ", date(2010, 1, 1)) == set()
    assert holder_ids(kb, "interior minister", "ETH", date(2010, 1, 1)) == set()
    assert holder_ids(kb, "interior minister", "ERI", date(2010, 1, 1)) == set()


def test_names(kb: KnowledgeBase) -> None:
    """The new people's names and the spellings the pages use resolve to them; their bare
    surnames are theirs alone, and their given names are no one's."""
    assert alias_ids(kb, "Yacin Elmi Bouh") == {"yacin-elmi-bouh"}
    assert alias_ids(kb, "Bouh") == {"yacin-elmi-bouh"}
    assert alias_ids(kb, "Ahmed Ben Saïd Jaffar") == {"ahmed-ben-said-jaffar"}
    assert alias_ids(kb, "Ahmed Ben Said Djaffar") == {"ahmed-ben-said-jaffar"}
    assert alias_ids(kb, "Said Ahmed Djaffar") == {"ahmed-ben-said-jaffar"}
    assert alias_ids(kb, "El-Anrif Saïd Hassane") == {"el-anrif-said-hassane"}
    assert alias_ids(kb, "Elanrif Said Hassane") == {"el-anrif-said-hassane"}
    assert alias_ids(kb, "Houmed Msaidié") == {"houmed-msaidie"}
    assert alias_ids(kb, "Houmed Mdahoma Msaidie") == {"houmed-msaidie"}
    assert alias_ids(kb, "Msaidie") == {"houmed-msaidie"}
    assert alias_ids(kb, "Shaw Kgathi") == {"shaw-kgathi"}
    assert alias_ids(kb, "Kgathi") == {"shaw-kgathi"}
    # "Hassane" is Ibrahim Hassane Mayaki's given name, so no one's bare surname
    assert alias_ids(kb, "Hassane") == set()
    assert kb.sharing("Hassane") == ()
    for word in ("Yacin", "Elmi", "Ben", "Said", "El-Anrif", "Houmed", "Shaw"):
        assert alias_ids(kb, word) == set(), word
