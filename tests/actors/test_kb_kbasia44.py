"""Ministers of Myanmar, Fiji, Papua New Guinea and Timor-Leste, a checked pass (issue 14,
kbasia44): Myanmar's home minister Tin Hlaing (1997-12-24 to 2004-11-05), Fiji's foreign
minister Inia Seruiratu, Papua New Guinea's foreign minister Paul Tiensten and Timor-Leste's
defence minister Donaciano Gomes on the days dated pages name them in office, read from stored
copies of public pages (docs/actors.md, "the kbasia44 pass"); a day inside each new spell, the
handover days, the gaps left open and the names ("Hlaing" stays Min Aung Hlaing's alone).
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    ("interior minister", "MMR", date(2000, 1, 1)): "tin-hlaing",
    ("interior minister", "MMR", date(2002, 6, 7)): "tin-hlaing",
    ("foreign minister", "FJI", date(2019, 9, 1)): "inia-seruiratu",
    ("foreign minister", "PNG", date(2007, 2, 1)): "paul-tiensten",
    ("defence minister", "TLS", date(2024, 8, 15)): "donaciano-gomes",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_myanmar_home_ministry_handovers(kb: KnowledgeBase) -> None:
    """Tin Hlaing from the Information Sheet of 1997-12-24 (the first day a page read names him
    home minister) to his retirement on 2004-11-05, the day Maung Oo takes the ministry: the
    ministry has a holder on every day from 2000 to Maung Oo."""
    mmr = "MMR"
    assert holder_ids(kb, "interior minister", mmr, date(1997, 12, 23)) == set()
    assert holder_ids(kb, "interior minister", mmr, date(1997, 12, 24)) == {"tin-hlaing"}
    assert holder_ids(kb, "interior minister", mmr, date(2004, 11, 4)) == {"tin-hlaing"}
    assert holder_ids(kb, "interior minister", mmr, date(2004, 11, 5)) == {"maung-oo"}
    # his home ministry only: the Ministry of Military Affairs' Tin Hla is someone else
    assert holder_ids(kb, "defence minister", mmr, date(2002, 6, 7)) == {"than-shwe"}


def test_fiji_foreign_days_and_gaps(kb: KnowledgeBase) -> None:
    """Bainimarama to the last day a page shows him in office (2018-11-22); Seruiratu on the
    first (2019-06-21) to the last (2019-12-22) dated page naming him foreign minister, his
    defence ministry unchanged; the months before and after stay nobody's until Bainimarama
    takes the ministry back (2020-04-16)."""
    fji = "FJI"
    assert holder_ids(kb, "foreign minister", fji, date(2018, 11, 22)) == {"frank-bainimarama"}
    assert holder_ids(kb, "foreign minister", fji, date(2019, 3, 1)) == set()
    assert holder_ids(kb, "foreign minister", fji, date(2019, 6, 20)) == set()
    assert holder_ids(kb, "foreign minister", fji, date(2019, 6, 21)) == {"inia-seruiratu"}
    assert holder_ids(kb, "foreign minister", fji, date(2019, 12, 21)) == {"inia-seruiratu"}
    assert holder_ids(kb, "foreign minister", fji, date(2020, 2, 1)) == set()
    assert holder_ids(kb, "foreign minister", fji, date(2020, 4, 16)) == {"frank-bainimarama"}
    assert holder_ids(kb, "defence minister", fji, date(2019, 9, 1)) == {"inia-seruiratu"}


def test_png_foreign_days_and_gaps(kb: KnowledgeBase) -> None:
    """Namaliu to 2006-07-12; Tiensten on the first (2006-11-27) to the last (2007-05-01)
    dated page naming him foreign minister; the months between and to Sam Abal (August 2007)
    stay nobody's, as does 2000."""
    png = "PNG"
    assert holder_ids(kb, "foreign minister", png, date(2006, 7, 11)) == {"rabbie-namaliu"}
    assert holder_ids(kb, "foreign minister", png, date(2006, 9, 1)) == set()
    assert holder_ids(kb, "foreign minister", png, date(2006, 11, 26)) == set()
    assert holder_ids(kb, "foreign minister", png, date(2006, 11, 27)) == {"paul-tiensten"}
    assert holder_ids(kb, "foreign minister", png, date(2007, 4, 30)) == {"paul-tiensten"}
    assert holder_ids(kb, "foreign minister", png, date(2007, 6, 1)) == set()
    assert holder_ids(kb, "foreign minister", png, date(2007, 8, 1)) == {"sam-abal"}
    assert holder_ids(kb, "foreign minister", png, date(2000, 6, 1)) == set()


def test_timor_leste_defence_days_and_gaps(kb: KnowledgeBase) -> None:
    """Filomeno Paixão to the IX government (2023-07-01); Donaciano Gomes on the first
    (2023-11-21) to the last (2025-08-05) dated page naming him defence minister; the months
    between stay nobody's."""
    tls = "TLS"
    assert holder_ids(kb, "defence minister", tls, date(2023, 6, 30)) == {"filomeno-paixao"}
    assert holder_ids(kb, "defence minister", tls, date(2023, 7, 1)) == set()
    assert holder_ids(kb, "defence minister", tls, date(2023, 11, 20)) == set()
    assert holder_ids(kb, "defence minister", tls, date(2023, 11, 21)) == {"donaciano-gomes"}
    assert holder_ids(kb, "defence minister", tls, date(2025, 8, 4)) == {"donaciano-gomes"}
    assert holder_ids(kb, "defence minister", tls, date(2025, 8, 5)) == set()


def test_gaps_left_open(kb: KnowledgeBase) -> None:
    """Searched and not dated (docs/actors.md): Thailand's defence ministry of 2002-04
    (Thammarak's first spell) and interior ministry of 2000-02 (Banyat, Purachai), the Solomon
    Islands' foreign ministry of 2001-02 (Alex Bartlett), Fiji's home affairs (defence) of
    2000-04 (Joketani Cokanasiga's start), Nepal's home ministry of 2002-04, Laos's defence
    ministry of 2014-16 (Sengnouan Xayalath); decided before: Afghanistan's Taliban ministers
    of 2000-01, Pakistan's foreign ministry of 2000-02 (Abdul Sattar), Bangladesh's caretaker
    defence of 2007-08."""
    for title, iso, day in [
        ("defence minister", "THA", date(2003, 6, 1)),
        ("interior minister", "THA", date(2001, 6, 1)),
        ("foreign minister", "SLB", date(2002, 3, 1)),
        ("defence minister", "FJI", date(2003, 1, 1)),
        ("interior minister", "NPL", date(2003, 6, 1)),
        ("defence minister", "LAO", date(2015, 6, 1)),
        ("foreign minister", "AFG", date(2001, 1, 1)),
        ("foreign minister", "PAK", date(2001, 1, 1)),
        ("defence minister", "BGD", date(2008, 1, 1)),
    ]:
        assert holder_ids(kb, title, iso, day) == set(), (title, iso, day)


def test_names(kb: KnowledgeBase) -> None:
    """The new full names resolve to their people; "Hlaing" stays Min Aung Hlaing's own alias
    (his `extend:` alias), Tin Hlaing being named by his full name or catalogue form; "Gomes"
    (a common surname, written in catalogue order only) is no one's alone, and "Costa" keeps
    its seven people; "Tiensten" is Paul Tiensten's bare surname."""
    assert alias_ids(kb, "Tin Hlaing") == {"tin-hlaing"}
    assert alias_ids(kb, "Hlaing, Tin") == {"tin-hlaing"}
    assert alias_ids(kb, "Hlaing") == {"min-aung-hlaing"}
    assert alias_ids(kb, "Min Aung Hlaing") == {"min-aung-hlaing"}
    assert set(kb.also_named("Hlaing", "min-aung-hlaing")) == {"tin-hlaing"}
    assert alias_ids(kb, "Paul Tiensten") == {"paul-tiensten"}
    assert alias_ids(kb, "Tiensten") == {"paul-tiensten"}
    assert alias_ids(kb, "Donaciano Gomes") == {"donaciano-gomes"}
    assert alias_ids(kb, "Gomes, Donaciano") == {"donaciano-gomes"}
    assert alias_ids(kb, "Gomes") == set()
    assert alias_ids(kb, "Donaciano") == set()
    assert len(kb.sharing("Costa")) == 7
    assert alias_ids(kb, "Inia Seruiratu") == {"inia-seruiratu"}
