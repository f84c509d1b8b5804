"""Ministers of Mozambique, Malawi and Tanzania, a fifth checked pass on East and Southern Africa
(issue 14, kbafrE16).

Each spell was read from stored copies of public pages (docs/actors.md, "the kbafrE16
pass"); these tests name the holder on a day inside each new spell, check the handovers,
the gaps left where pages disagree, the corrected spells, and the names the pass added.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    ("defence minister", "MOZ", date(2006, 6, 1)): "tobias-dai",
    ("interior minister", "MOZ", date(2001, 6, 1)): "almerino-manhenje",
    ("interior minister", "MOZ", date(2007, 6, 1)): "jose-pacheco-moz",
    ("interior minister", "MOZ", date(2012, 6, 1)): "alberto-mondlane",
    ("foreign minister", "MWI", date(2002, 6, 1)): "lilian-patel",
    ("foreign minister", "MWI", date(2007, 6, 1)): "joyce-banda",
    ("foreign minister", "MWI", date(2010, 6, 1)): "etta-banda",
    ("foreign minister", "MWI", date(2011, 12, 1)): "peter-mutharika",
    ("foreign minister", "MWI", date(2013, 6, 1)): "ephraim-chiume",
    ("foreign minister", "MWI", date(2015, 6, 1)): "george-chaponda",
    ("foreign minister", "MWI", date(2016, 10, 1)): "francis-kasaila",
    ("foreign minister", "MWI", date(2018, 6, 1)): "emmanuel-fabiano",
    ("foreign minister", "MWI", date(2019, 9, 1)): "francis-kasaila",
    ("foreign minister", "MWI", date(2020, 5, 1)): "kondwani-nankhumwa",
    ("foreign minister", "MWI", date(2025, 11, 1)): "george-chaponda",
    ("interior minister", "MWI", date(2021, 6, 1)): "richard-chimwendo-banda",
    ("interior minister", "MWI", date(2023, 6, 1)): "ken-zikhale-ngoma",
    ("president", "MWI", date(2025, 11, 1)): "peter-mutharika",
    ("interior minister", "TZA", date(2004, 6, 1)): "omar-ramadhan-mapuri",
    ("interior minister", "TZA", date(2006, 6, 1)): "john-chiligati",
    ("interior minister", "TZA", date(2007, 6, 1)): "joseph-mungai",
    ("interior minister", "TZA", date(2009, 6, 1)): "lawrence-masha",
    ("interior minister", "TZA", date(2011, 6, 1)): "shamsi-vuai-nahodha",
    ("interior minister", "TZA", date(2013, 6, 1)): "emmanuel-nchimbi",
    ("interior minister", "TZA", date(2015, 6, 1)): "mathias-chikawe",
    ("interior minister", "TZA", date(2023, 6, 1)): "hamad-masauni",
    ("interior minister", "TZA", date(2025, 6, 1)): "innocent-bashungwa",
    ("interior minister", "TZA", date(2025, 12, 1)): "george-simbachawene",
    ("interior minister", "TZA", date(2026, 2, 1)): "patrobas-katambi",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_mozambique_handovers(kb: KnowledgeBase) -> None:
    """Dai was dismissed on 2008-03-26, Nyusi named the next day; Pacheco moved from the
    interior in a reshuffle of October 2010 whose day no page gives (that month has no
    holder); Mondlane held the interior to Nyusi's government of 2015-01-16."""
    assert holder_ids(kb, "defence minister", "MOZ", date(2008, 3, 25)) == {"tobias-dai"}
    assert holder_ids(kb, "defence minister", "MOZ", date(2008, 3, 28)) == {"filipe-nyusi"}
    assert holder_ids(kb, "interior minister", "MOZ", date(2005, 2, 4)) == {"jose-pacheco-moz"}
    assert not holder_ids(kb, "interior minister", "MOZ", date(2010, 10, 15))
    assert holder_ids(kb, "interior minister", "MOZ", date(2015, 1, 10)) == {"alberto-mondlane"}


def test_mozambique_foreign_corrections(kb: KnowledgeBase) -> None:
    """Baloi was dismissed on 2017-12-12 and Pacheco named days later (his spell starts with
    January 2018); Macamo came with the government of 2020-01-17: no month has two holders."""
    assert holder_ids(kb, "foreign minister", "MOZ", date(2017, 12, 5)) == {"oldemiro-baloi"}
    assert not holder_ids(kb, "foreign minister", "MOZ", date(2017, 12, 20))
    assert holder_ids(kb, "foreign minister", "MOZ", date(2020, 1, 10)) == {"jose-pacheco-moz"}
    assert holder_ids(kb, "foreign minister", "MOZ", date(2020, 1, 20)) == {"veronica-macamo"}


def test_malawi_gaps(kb: KnowledgeBase) -> None:
    """Chaponda's first spell and Katsonga's (2004-06) are not coded (no months found); the
    months of 2016 on which two pages seemed to disagree are Kasaila's since kbafrE45 read a
    second page of the reshuffle of 2016-04-07; 2017 (the list's years only) dated by
    kbafrS30."""
    assert not holder_ids(kb, "foreign minister", "MWI", date(2005, 6, 1))
    # filled by kbafrE45: the reshuffle of 2016-04-07 moved Kasaila to foreign affairs
    assert holder_ids(kb, "foreign minister", "MWI", date(2016, 6, 1)) == {"francis-kasaila"}
    # 2017 dated by kbafrS30: Kasaila to the reshuffle of 2017-07-17, Fabiano from it
    assert holder_ids(kb, "foreign minister", "MWI", date(2017, 6, 1)) == {"francis-kasaila"}


def test_malawi_corrections(kb: KnowledgeBase) -> None:
    """Mkaka came with Chakwera's cabinet of 2020-07-08 (not January 2020); Chakwera's
    presidency, Tembo's and Chang'anamuno's spells end on 2025-10-04, when Mutharika was
    sworn in and named Chaponda."""
    assert holder_ids(kb, "foreign minister", "MWI", date(2020, 2, 1)) == {"francis-kasaila"}
    assert holder_ids(kb, "foreign minister", "MWI", date(2020, 7, 10)) == {"eisenhower-mkaka"}
    assert holder_ids(kb, "foreign minister", "MWI", date(2025, 10, 3)) == {"nancy-tembo"}
    assert holder_ids(kb, "president", "MWI", date(2025, 10, 3)) == {"lazarus-chakwera"}
    assert holder_ids(kb, "president", "MWI", date(2025, 10, 10)) == {"peter-mutharika"}
    assert not holder_ids(kb, "defence minister", "MWI", date(2025, 10, 10))


def test_tanzania_home_affairs(kb: KnowledgeBase) -> None:
    """Masauni came with the reshuffle of 2022-01-08 (Simbachawene's month-precision end
    overlapped him); the weeks after Nchimbi's removal on 2013-12-20 and between Samia
    Suluhu Hassan's second inauguration and her cabinet of 2025-11-17 have no holder."""
    assert holder_ids(kb, "interior minister", "TZA", date(2022, 1, 7)) == {"george-simbachawene"}
    assert holder_ids(kb, "interior minister", "TZA", date(2022, 1, 20)) == {"hamad-masauni"}
    assert not holder_ids(kb, "interior minister", "TZA", date(2014, 1, 5))
    assert not holder_ids(kb, "interior minister", "TZA", date(2025, 11, 10))


def test_names_resolve(kb: KnowledgeBase) -> None:
    assert alias_ids(kb, "Chaponda") == {"george-chaponda"}
    assert alias_ids(kb, "Kasaila") == {"francis-kasaila"}
    assert alias_ids(kb, "Nankhumwa") == {"kondwani-nankhumwa"}
    assert alias_ids(kb, "Manhenje") == {"almerino-manhenje"}
    assert alias_ids(kb, "Etta Banda") == {"etta-banda"}
    assert alias_ids(kb, "Zikhale Ng'oma") == {"ken-zikhale-ngoma"}
    assert alias_ids(kb, "Alberto Ricardo Mondlane") == {"alberto-mondlane"}
    assert alias_ids(kb, "Masauni") == {"hamad-masauni"}
    assert alias_ids(kb, "Laurence Masha") == {"lawrence-masha"}


def test_no_bare_surname_taken(kb: KnowledgeBase) -> None:
    """The surnames "Dai", "Fabiano", "Ngoma" (a common word and surname) and "Masha" (a
    given name), written in catalogue order here, are no one's alias, nor is "Khatib" (the
    pass left Tanzania's Muhammad Seif Khatib out); "Banda" and "Patel" stay shared;
    "Mondlane" is shared (resolved in context only)."""
    assert not kb.lookup("Dai")
    assert not kb.lookup("Fabiano")
    assert not kb.lookup("Ngoma")
    assert not kb.lookup("Masha")
    assert not kb.lookup("Khatib")
    assert not kb.sharing("Khatib")
    assert not kb.lookup("Banda")
    assert not kb.lookup("Mondlane")
    assert "etta-banda" in kb.sharing("Banda")
    assert set(kb.sharing("Mondlane")) == {"agostinho-mondlane", "alberto-mondlane"}
