"""Interior and defence ministers since 2000 of the Sahel and West Africa, a checked pass
(issue 14, kbsahel31): Mali's ministers of territorial administration (the KB's interior
minister, 2002-2026) and of internal security (`security minister`), its defence ministers of
2007-12, Sierra Leone's internal affairs minister of 2005-07 and Liberia's of 2013-15, read
from stored copies of public pages (docs/actors.md, "the kbsahel31 pass"); a day inside each
new spell, the handover days, the gaps left open and the names that stay nobody's.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    # Mali, interior: the ministers of territorial administration (and, in 2014-15, of the
    # merged interior and security ministry)
    ("interior minister", "MLI", date(2005, 1, 1)): "kafougouna-kone",
    ("interior minister", "MLI", date(2013, 1, 1)): "moussa-sinko-coulibaly",
    ("interior minister", "MLI", date(2014, 8, 1)): "sada-samake",
    ("interior minister", "MLI", date(2016, 1, 1)): "abdoulaye-idrissa-maiga",
    ("interior minister", "MLI", date(2017, 1, 1)): "mohamed-ag-erlaf",
    ("interior minister", "MLI", date(2017, 8, 1)): "tieman-hubert-coulibaly",
    ("interior minister", "MLI", date(2018, 6, 1)): "mohamed-ag-erlaf",
    ("interior minister", "MLI", date(2020, 1, 1)): "boubacar-alpha-bah",
    ("interior minister", "MLI", date(2021, 1, 1)): "abdoulaye-maiga",
    ("interior minister", "MLI", date(2023, 1, 1)): "abdoulaye-maiga",
    # Mali, internal security (`security minister`): the spells read, not the whole series
    ("security minister", "MLI", date(2011, 8, 1)): "sadio-gassama",
    ("security minister", "MLI", date(2012, 3, 10)): "natie-plea",
    ("security minister", "MLI", date(2015, 6, 1)): "sada-samake",
    # Mali, defence: the last years of Amadou Toumani Touré's presidency
    ("defence minister", "MLI", date(2009, 6, 1)): "natie-plea",
    ("defence minister", "MLI", date(2011, 8, 1)): "natie-plea",
    ("defence minister", "MLI", date(2012, 3, 15)): "sadio-gassama",
    # Sierra Leone and Liberia, interior (internal affairs)
    ("interior minister", "SLE", date(2006, 6, 1)): "pascal-egbenda",
    ("interior minister", "LBR", date(2014, 6, 1)): "morris-dukuly",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_mali_interior_handovers(kb: KnowledgeBase) -> None:
    """Koné to the coup of 2012-03-22; Sinko Coulibaly from the decree of 2012-04-24 to Mara's
    government (2014-04-11); Samaké to Modibo Keïta's (2015-01-10); Abdoulaye Idrissa Maïga
    to 2016-09-03; Ag Erlaf, Tiéman Hubert Coulibaly (2017-04-11 to 2017-12-30), Ag Erlaf
    again to Boubou Cissé's government (2019-05-05); Boubacar Alpha Bah to the coup of
    2020-08-18; Abdoulaye Maïga from 2020-10-05, the weeks after the coup of 2021-05-24
    empty, again from 2021-06-11."""
    title, mli = "interior minister", "MLI"
    assert holder_ids(kb, title, mli, date(2012, 3, 21)) == {"kafougouna-kone"}
    assert holder_ids(kb, title, mli, date(2012, 3, 22)) == set()
    assert holder_ids(kb, title, mli, date(2012, 4, 23)) == set()
    assert holder_ids(kb, title, mli, date(2012, 4, 24)) == {"moussa-sinko-coulibaly"}
    assert holder_ids(kb, title, mli, date(2014, 4, 10)) == {"moussa-sinko-coulibaly"}
    assert holder_ids(kb, title, mli, date(2014, 4, 11)) == {"sada-samake"}
    assert holder_ids(kb, title, mli, date(2015, 1, 9)) == {"sada-samake"}
    assert holder_ids(kb, title, mli, date(2015, 1, 10)) == {"abdoulaye-idrissa-maiga"}
    assert holder_ids(kb, title, mli, date(2016, 9, 2)) == {"abdoulaye-idrissa-maiga"}
    assert holder_ids(kb, title, mli, date(2016, 9, 3)) == {"mohamed-ag-erlaf"}
    assert holder_ids(kb, title, mli, date(2017, 4, 10)) == {"mohamed-ag-erlaf"}
    assert holder_ids(kb, title, mli, date(2017, 4, 11)) == {"tieman-hubert-coulibaly"}
    assert holder_ids(kb, title, mli, date(2017, 12, 29)) == {"tieman-hubert-coulibaly"}
    assert holder_ids(kb, title, mli, date(2017, 12, 30)) == {"mohamed-ag-erlaf"}
    assert holder_ids(kb, title, mli, date(2019, 5, 4)) == {"mohamed-ag-erlaf"}
    assert holder_ids(kb, title, mli, date(2019, 5, 5)) == {"boubacar-alpha-bah"}
    assert holder_ids(kb, title, mli, date(2020, 8, 17)) == {"boubacar-alpha-bah"}
    assert holder_ids(kb, title, mli, date(2020, 8, 18)) == set()
    assert holder_ids(kb, title, mli, date(2020, 10, 4)) == set()
    assert holder_ids(kb, title, mli, date(2020, 10, 5)) == {"abdoulaye-maiga"}
    assert holder_ids(kb, title, mli, date(2021, 5, 23)) == {"abdoulaye-maiga"}
    assert holder_ids(kb, title, mli, date(2021, 5, 24)) == set()
    assert holder_ids(kb, title, mli, date(2021, 6, 11)) == {"abdoulaye-maiga"}
    assert holder_ids(kb, title, mli, date(2025, 6, 1)) == {"abdoulaye-maiga"}


def test_mali_defence_and_security_handovers(kb: KnowledgeBase) -> None:
    """Pléa at defence from Modibo Sidibé's government (2007-10-03) and Gassama at internal
    security from the government of 2011-04-06, swapped in February 2012 (month only), both
    to the coup of 2012-03-22; Samaké at security alone from 2015-01-10 to the reshuffle of
    2015-09-24."""
    assert holder_ids(kb, "defence minister", "MLI", date(2007, 10, 2)) == set()
    assert holder_ids(kb, "defence minister", "MLI", date(2007, 10, 3)) == {"natie-plea"}
    assert holder_ids(kb, "defence minister", "MLI", date(2011, 4, 6)) == {"natie-plea"}
    assert holder_ids(kb, "defence minister", "MLI", date(2012, 1, 15)) == {"natie-plea"}
    assert holder_ids(kb, "defence minister", "MLI", date(2012, 3, 21)) == {"sadio-gassama"}
    assert holder_ids(kb, "defence minister", "MLI", date(2012, 3, 22)) == set()
    assert holder_ids(kb, "security minister", "MLI", date(2011, 4, 6)) == {"sadio-gassama"}
    assert holder_ids(kb, "security minister", "MLI", date(2012, 3, 21)) == {"natie-plea"}
    assert holder_ids(kb, "security minister", "MLI", date(2012, 3, 22)) == set()
    assert holder_ids(kb, "security minister", "MLI", date(2015, 1, 10)) == {"sada-samake"}
    assert holder_ids(kb, "security minister", "MLI", date(2015, 9, 23)) == {"sada-samake"}
    assert holder_ids(kb, "security minister", "MLI", date(2015, 9, 24)) == set()
    # Samaké held one office on each day: interior (merged) to 2015-01-10, then security
    assert holder_ids(kb, "interior minister", "MLI", date(2015, 1, 10)) == {
        "abdoulaye-idrissa-maiga"
    }


def test_sierra_leone_and_liberia_handovers(kb: KnowledgeBase) -> None:
    """Egbenda from the reshuffle of 2005-09-06 to Kabbah's last day (2007-09-17); Dukuly
    from the handover of 2013-05-20 to his dismissal in October 2015 (month only)."""
    assert holder_ids(kb, "interior minister", "SLE", date(2005, 9, 5)) == set()
    assert holder_ids(kb, "interior minister", "SLE", date(2005, 9, 6)) == {"pascal-egbenda"}
    assert holder_ids(kb, "interior minister", "SLE", date(2007, 9, 16)) == {"pascal-egbenda"}
    assert holder_ids(kb, "interior minister", "SLE", date(2007, 9, 17)) == set()
    assert holder_ids(kb, "interior minister", "LBR", date(2013, 5, 19)) == set()
    assert holder_ids(kb, "interior minister", "LBR", date(2013, 5, 20)) == {"morris-dukuly"}
    assert holder_ids(kb, "interior minister", "LBR", date(2015, 10, 31)) == {"morris-dukuly"}
    assert holder_ids(kb, "interior minister", "LBR", date(2015, 11, 1)) == set()


def test_gaps_left_open(kb: KnowledgeBase) -> None:
    """The days no page read dates stay empty: Mali's territorial administration before
    2002-10-16 (Ousmane Sy, named in 2000, the year only) and its defence ministers before
    2007-10-03 (Mamadou Klazié Sissouma's start not read); Sierra Leone's internal affairs
    before September 2005 (Hinga Norman, Banda-Thomas: the years only) and of Koroma's first
    years; Liberia's after 2015 and before 2012; and the cells not reached (Guinea's, Chad's,
    Togo's, Burkina Faso's, Mauritania's and the Gambia's early interior ministers)."""
    assert holder_ids(kb, "interior minister", "MLI", date(2001, 6, 1)) == set()
    assert holder_ids(kb, "defence minister", "MLI", date(2005, 1, 1)) == set()
    assert holder_ids(kb, "interior minister", "SLE", date(2004, 6, 1)) == set()
    assert holder_ids(kb, "interior minister", "SLE", date(2009, 1, 1)) == set()
    assert holder_ids(kb, "interior minister", "LBR", date(2016, 6, 1)) == set()
    # filled by kbafrW34: Ambulai Johnson, internal affairs 2006 to 2010-02-14 (was: nobody's)
    assert holder_ids(kb, "interior minister", "LBR", date(2008, 1, 1)) == {"ambulai-johnson"}
    assert holder_ids(kb, "interior minister", "MRT", date(2005, 1, 1)) == set()
    assert holder_ids(kb, "interior minister", "GMB", date(2005, 1, 1)) == set()
    assert holder_ids(kb, "interior minister", "GIN", date(2010, 1, 1)) == set()
    assert holder_ids(kb, "defence minister", "MRT", date(2010, 1, 1)) == set()


def test_names(kb: KnowledgeBase) -> None:
    """The new people's names resolve; the common Malian surnames written in catalogue order
    (Koné, Coulibaly, Samaké, Bah) are nobody's alone."""
    assert alias_ids(kb, "Kafougouna Koné") == {"kafougouna-kone"}
    assert alias_ids(kb, "Moussa Sinko Coulibaly") == {"moussa-sinko-coulibaly"}
    assert alias_ids(kb, "Sada Samaké") == {"sada-samake"}
    assert alias_ids(kb, "Mohamed Ag Erlaf") == {"mohamed-ag-erlaf"}
    assert alias_ids(kb, "Boubacar Alpha Bah") == {"boubacar-alpha-bah"}
    assert alias_ids(kb, "Natié Pléa") == {"natie-plea"}
    assert alias_ids(kb, "Nathié Pléah") == {"natie-plea"}
    assert alias_ids(kb, "Sadio Gassama") == {"sadio-gassama"}
    assert alias_ids(kb, "Pascal Egbenda") == {"pascal-egbenda"}
    assert alias_ids(kb, "Morris Dukuly") == {"morris-dukuly"}
    for common in ("Koné", "Kone", "Coulibaly", "Samaké", "Samake", "Bah", "Ba"):
        assert not alias_ids(kb, common) & {
            "kafougouna-kone",
            "moussa-sinko-coulibaly",
            "sada-samake",
            "boubacar-alpha-bah",
        }, common
