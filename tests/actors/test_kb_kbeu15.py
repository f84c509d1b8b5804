"""Defence and interior ministers of Europe, a fourth checked pass (issue 14, kbeu15).

Each spell was read from stored copies of public pages (docs/actors.md, "the kbeu15
pass"); these tests name the holder on a day inside each new spell, check the corrected
spells and the handovers, and check the surnames the pass gave or kept back.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    ("interior minister", "ROU", date(2002, 6, 1)): "ioan-rus",
    ("interior minister", "ROU", date(2004, 9, 1)): "marian-saniuta",
    ("interior minister", "ROU", date(2009, 1, 5)): "gabriel-oprea",
    ("interior minister", "ROU", date(2009, 1, 25)): "liviu-dragnea",
    ("interior minister", "ROU", date(2009, 6, 1)): "dan-nica",
    ("interior minister", "ROU", date(2010, 3, 1)): "vasile-blaga",
    ("interior minister", "ROU", date(2011, 6, 1)): "traian-igas",
    ("interior minister", "ROU", date(2012, 3, 1)): "gabriel-berca",
    ("interior minister", "ROU", date(2012, 6, 1)): "ioan-rus",
    ("interior minister", "ROU", date(2013, 6, 1)): "radu-stroe",
    ("interior minister", "ROU", date(2014, 9, 1)): "gabriel-oprea",
    ("defence minister", "ROU", date(2000, 6, 1)): "sorin-frunzaverde",
    ("defence minister", "ROU", date(2005, 6, 1)): "teodor-atanasiu",
    ("defence minister", "ROU", date(2007, 1, 1)): "sorin-frunzaverde",
    ("interior minister", "LVA", date(2008, 6, 1)): "mareks-seglins",
    ("interior minister", "LVA", date(2020, 6, 1)): "sandis-girgens",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_romania_interior_handovers(kb: KnowledgeBase) -> None:
    """Ioan Rus resigned on 2012-08-06 and Mircea Dușa (whose start was August 2012, read as
    its first day) followed that day; the acting months of 2014 are nobody's (those of 2009
    are Blaga's interim since kbeu30)."""
    assert holder_ids(kb, "interior minister", "ROU", date(2012, 8, 3)) == {"ioan-rus"}
    assert holder_ids(kb, "interior minister", "ROU", date(2012, 8, 6)) == {"mircea-dusa"}
    # the acting months of 2009-10 to 2009-12 are Vasile Blaga's interim since kbeu30
    # (analyse.optim.biz: interim minister from 1 October to 23 December 2009)
    assert holder_ids(kb, "interior minister", "ROU", date(2009, 11, 1)) == {"vasile-blaga"}
    assert not holder_ids(kb, "interior minister", "ROU", date(2009, 9, 29))
    assert not holder_ids(kb, "interior minister", "ROU", date(2014, 2, 1))


def test_handovers_to_the_day(kb: KnowledgeBase) -> None:
    """Atanasiu was suspended on 2006-09-12 (nobody until Frunzăverde on 2006-10-25);
    Portugal: António Costa handed the interior ministry to Rui Pereira on 2007-05-17 (both
    spells were month-only and overlapped in May 2007)."""
    assert not holder_ids(kb, "defence minister", "ROU", date(2006, 10, 1))
    assert holder_ids(kb, "interior minister", "PRT", date(2007, 5, 10)) == {"antonio-costa"}
    assert holder_ids(kb, "interior minister", "PRT", date(2007, 5, 20)) == {"rui-pereira-portugal"}


def test_latvia_reshuffle_of_2021(kb: KnowledgeBase) -> None:
    """Golubeva's start was June 2021 (read as its first day); the Saeima installed her on
    2021-06-03, the end of Ģirģens's spell."""
    assert holder_ids(kb, "interior minister", "LVA", date(2021, 6, 2)) == {"sandis-girgens"}
    assert holder_ids(kb, "interior minister", "LVA", date(2021, 6, 3)) == {"marija-golubeva"}


def test_surnames(kb: KnowledgeBase) -> None:
    """A word and common surnames keep the inverted form only; the others are the minister's."""

    for surname in ("Rus", "Nica", "Stroe", "Ģirģens"):
        assert not kb.lookup(surname), surname
    assert alias_ids(kb, "Rus, Ioan") == {"ioan-rus"}
    assert alias_ids(kb, "Igas") == {"traian-igas"}
    assert alias_ids(kb, "Dragnea") == {"liviu-dragnea"}
    assert alias_ids(kb, "Segliņš") == {"mareks-seglins"}
    assert alias_ids(kb, "Girgens, Sandis") == {"sandis-girgens"}
