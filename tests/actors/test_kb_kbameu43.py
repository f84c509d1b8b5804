"""Papua New Guinea's foreign ministers of 2001-02 and Ecuador's of 2001-02, a checked pass
(issue 14, kbameu43): John Pundari (2001-05-17 to his sacking in October 2001) and John Waiko
(from Morauta's reshuffle of 2001-10-31 to Somare's election on 2002-08-05), with Bart
Philemon's end corrected to Pundari's start, and Heinz Moeller on the days dated pages name him
Ecuador's foreign minister (2001-04-07 to 2002-07-26; the start moved by the kbaudit44 audit to
2000-08-18), with Ronald Assen's defence start in Suriname moved to the first dated page naming
him in office (2002-01-10; moved by the kbaudit44 audit to April 2001), and Oliver Spasovski's
two interim spells as North Macedonia's interior minister (2015-11-11 to May 2016, September to
December 2016) and Branko Lukovac on the days dated pages name him Montenegro's foreign minister
(2000-11-17 to 2001-07-23), read from stored copies of public pages (docs/actors.md, "the kbameu43
pass"); a day inside each new spell, the handover days, the gaps left open and the names.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    ("foreign minister", "PNG", date(2001, 8, 7)): "john-pundari",
    ("foreign minister", "PNG", date(2002, 2, 1)): "john-waiko",
    ("foreign minister", "ECU", date(2001, 11, 11)): "heinz-moeller",
    ("defence minister", "SUR", date(2002, 6, 1)): "ronald-assen",
    ("interior minister", "MKD", date(2016, 2, 1)): "oliver-spasovski",
    ("interior minister", "MKD", date(2016, 11, 1)): "oliver-spasovski",
    ("foreign minister", "MNE", date(2001, 2, 20)): "branko-lukovac",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_papua_new_guinea_foreign_handovers(kb: KnowledgeBase) -> None:
    """Philemon to 2001-05-16 (his month-only end corrected to Pundari's start), Pundari from
    2001-05-17 through October 2001 (his sacking's day not read, so the month), Waiko from the
    reshuffle of 2001-10-31 (both on that one day: Pundari's month-only end) to the last day
    of Morauta's government (2002-08-04); Somare's election on 2002-08-05 ends Waiko's spell,
    and Rabbie Namaliu holds the ministry from August 2002 (his month-only start)."""
    png = "PNG"
    assert holder_ids(kb, "foreign minister", png, date(2001, 5, 16)) == {"bart-philemon"}
    assert holder_ids(kb, "foreign minister", png, date(2001, 5, 17)) == {"john-pundari"}
    assert holder_ids(kb, "foreign minister", png, date(2001, 10, 30)) == {"john-pundari"}
    assert "john-waiko" in holder_ids(kb, "foreign minister", png, date(2001, 10, 31))
    assert holder_ids(kb, "foreign minister", png, date(2001, 11, 1)) == {"john-waiko"}
    assert "john-waiko" in holder_ids(kb, "foreign minister", png, date(2002, 8, 4))
    assert "john-waiko" not in holder_ids(kb, "foreign minister", png, date(2002, 8, 5))
    assert holder_ids(kb, "foreign minister", png, date(2002, 9, 1)) == {"rabbie-namaliu"}
    # Pundari keeps his police ministry of 2026
    assert holder_ids(kb, "police minister", png, date(2026, 3, 1)) == {"john-pundari"}


def test_ecuador_foreign_days(kb: KnowledgeBase) -> None:
    """Moeller from the first dated page that names him in office to the last (2002-07-26);
    Noboa's first months and last months stay open, and Nina Pacari holds the ministry from
    Gutiérrez's inauguration (2003-01-15). The pass wrote the start 2001-04-07; the kbaudit44
    audit found him named in office on 2000-08-18 (the State Department's release of
    Albright's visit to Quito) and moved the start there."""
    ecu = "ECU"
    # moved by kbaudit44: 2001-04-06 was nobody's, the first day 2001-04-07
    assert holder_ids(kb, "foreign minister", ecu, date(2000, 8, 17)) == set()
    assert holder_ids(kb, "foreign minister", ecu, date(2000, 8, 18)) == {"heinz-moeller"}
    assert holder_ids(kb, "foreign minister", ecu, date(2001, 4, 6)) == {"heinz-moeller"}
    assert holder_ids(kb, "foreign minister", ecu, date(2001, 4, 7)) == {"heinz-moeller"}
    assert holder_ids(kb, "foreign minister", ecu, date(2002, 7, 25)) == {"heinz-moeller"}
    assert holder_ids(kb, "foreign minister", ecu, date(2002, 7, 26)) == set()
    assert holder_ids(kb, "foreign minister", ecu, date(2000, 6, 1)) == set()
    assert holder_ids(kb, "foreign minister", ecu, date(2002, 12, 1)) == set()
    assert holder_ids(kb, "foreign minister", ecu, date(2003, 1, 15)) == {"nina-pacari"}


def test_suriname_defence_start(kb: KnowledgeBase) -> None:
    """Assen from the first dated page that names him defence minister (the pass's 2002-01-10;
    Phoenix's floor of January 2003 before). The kbaudit44 audit found him dated defence
    minister in April-May 2001 (the Stabroek News: his visit to China and to his Dutch
    counterpart) and moved the start to April 2001; Venetiaan's first months (from August
    2000) stay open."""
    sur = "SUR"
    # moved by kbaudit44: 2002-01-09 and 2001-06-01 were nobody's
    assert holder_ids(kb, "defence minister", sur, date(2001, 3, 31)) == set()
    assert holder_ids(kb, "defence minister", sur, date(2001, 4, 1)) == {"ronald-assen"}
    assert holder_ids(kb, "defence minister", sur, date(2001, 6, 1)) == {"ronald-assen"}
    assert holder_ids(kb, "defence minister", sur, date(2002, 1, 9)) == {"ronald-assen"}
    assert holder_ids(kb, "defence minister", sur, date(2002, 1, 10)) == {"ronald-assen"}
    assert holder_ids(kb, "defence minister", sur, date(2000, 10, 1)) == set()
    assert holder_ids(kb, "defence minister", sur, date(2005, 6, 1)) == {"ronald-assen"}


def test_north_macedonia_interior_spells(kb: KnowledgeBase) -> None:
    """Čavkov to 2015-11-10, Spasovski from his election on 2015-11-11 through May 2016 (month
    only); June to August 2016 (Čavkov's second spell, no months read) and January to May 2017
    (Agim Nuhiu) stay open; Spasovski again from September through December 2016 (months) and
    from Zaev's government of 2017-05-31 (kbeu14)."""
    mkd = "MKD"
    assert holder_ids(kb, "interior minister", mkd, date(2015, 11, 10)) == {"mitko-cavkov"}
    assert holder_ids(kb, "interior minister", mkd, date(2015, 11, 11)) == {"oliver-spasovski"}
    assert holder_ids(kb, "interior minister", mkd, date(2016, 5, 31)) == {"oliver-spasovski"}
    assert holder_ids(kb, "interior minister", mkd, date(2016, 6, 1)) == set()
    assert holder_ids(kb, "interior minister", mkd, date(2016, 9, 1)) == {"oliver-spasovski"}
    assert holder_ids(kb, "interior minister", mkd, date(2016, 12, 31)) == {"oliver-spasovski"}
    assert holder_ids(kb, "interior minister", mkd, date(2017, 3, 1)) == set()
    assert holder_ids(kb, "interior minister", mkd, date(2017, 5, 31)) == {"oliver-spasovski"}
    assert holder_ids(kb, "prime minister", mkd, date(2020, 6, 1)) == {"oliver-spasovski"}


def test_montenegro_foreign_days(kb: KnowledgeBase) -> None:
    """Lukovac from the first dated page that names him in office (2000-11-17) to the last
    (2001-07-23); 2000 before it and the months to Burzan's start (2003-01-08) stay open."""
    mne = "MNE"
    assert holder_ids(kb, "foreign minister", mne, date(2000, 11, 16)) == set()
    assert holder_ids(kb, "foreign minister", mne, date(2000, 11, 17)) == {"branko-lukovac"}
    assert holder_ids(kb, "foreign minister", mne, date(2001, 7, 22)) == {"branko-lukovac"}
    assert holder_ids(kb, "foreign minister", mne, date(2001, 7, 23)) == set()
    assert holder_ids(kb, "foreign minister", mne, date(2003, 1, 8)) == {"dragisa-burzan"}


def test_gaps_left_open(kb: KnowledgeBase) -> None:
    """Papua New Guinea's foreign ministry of 2000 (John Kaputin's days not read) stays
    nobody's; of July 2006 to July 2007 only Paul Tiensten's dated days are filled (kbasia44)."""
    png = "PNG"
    assert holder_ids(kb, "foreign minister", png, date(2000, 6, 1)) == set()
    # filled by kbasia44: Paul Tiensten, foreign minister on dated pages 2006-11-27 to 2007-05-01
    assert holder_ids(kb, "foreign minister", png, date(2007, 1, 1)) == {"paul-tiensten"}
    assert holder_ids(kb, "foreign minister", png, date(2006, 9, 1)) == set()


def test_names(kb: KnowledgeBase) -> None:
    """The new people's names and bare surnames resolve to them alone; "Pundari" stays John
    Pundari's; "Heinz" (a given name) is no one's alone."""
    assert alias_ids(kb, "John Waiko") == {"john-waiko"}
    assert alias_ids(kb, "Waiko") == {"john-waiko"}
    assert alias_ids(kb, "John Pundari") == {"john-pundari"}
    assert alias_ids(kb, "Pundari") == {"john-pundari"}
    assert alias_ids(kb, "Heinz Moeller") == {"heinz-moeller"}
    assert alias_ids(kb, "Moeller") == {"heinz-moeller"}
    assert alias_ids(kb, "Heinz") == set()
    assert alias_ids(kb, "Branko Lukovac") == {"branko-lukovac"}
    assert alias_ids(kb, "Lukovac") == {"branko-lukovac"}
