"""Vanuatu's foreign ministers of 2011-12 and 2022-24, a checked pass (issue 14, kbasia46):
Alfred Carlot (Sato Kilman's governments, from 2011-06-30, the first day a dated page names him,
to 2013-03-23, the end of Kilman's fourth government: the pass's end of 2012-09-26 was corrected
by the kbaudit48 audit), Jotham Napat
(Ishmael Kalsakau's cabinet, November 2022 to 2023-08-08), Matai Seremaiah (2023-08-08 to the
end of Kalsakau's government on 2023-09-04, and Charlot Salwai's cabinet from October 2023 to
2024-09-06, the last dated day a page names him), Marc Ati again in Sato Kilman's cabinet
(September 2023 to 2023-10-06), read from stored copies of public pages (docs/actors.md, "the
kbasia46 pass"). A day inside each new spell, the handover days, the gaps left open and the
names.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    # rnz.co.nz, 2011-06-30: "Vanuatu's Foreign Minister, Alfred Carlot"
    ("foreign minister", "VUT", date(2011, 6, 30)): "alfred-carlot",
    # rnz.co.nz, 2012-09-26: "the care-taker Minister of Foreign Affairs, Alfred Carlot" (a day
    # inside the spell)
    ("foreign minister", "VUT", date(2012, 9, 25)): "alfred-carlot",
    # kbaudit48: vanuatudigest.com, 2013-02-18: "The Erakor Foreign Affairs Minister Alfred
    # Carlot" on the Friday before (2013-02-15)
    ("foreign minister", "VUT", date(2013, 2, 15)): "alfred-carlot",
    # loopvanuatu.com, 2023-05-31: "Jotham Napat of the Vanuatu Leaders' Party who is the
    # Minister of Foreign Affairs"
    ("foreign minister", "VUT", date(2023, 5, 31)): "jotham-napat",
    # fijilive.com, 2023-08-23: Rabuka received "last night" by "Vanuatu's Deputy Prime Minister
    # and Minister of Foreign Affairs ... Matai Nawalu Seremaiah"
    ("foreign minister", "VUT", date(2023, 8, 22)): "matai-seremaiah",
    # islandsbusiness.com: Kilman, sworn in on Monday 2023-09-04, names "Marc Ati ... the new
    # Vanuatu foreign Minister" (a day inside the spell, after the month's first days)
    ("foreign minister", "VUT", date(2023, 9, 15)): "marc-ati",
    # pina.com.fj, 2023-10-10: Seremaiah "both Deputy PM and Minister of Foreign Affairs" in
    # Salwai's cabinet
    ("foreign minister", "VUT", date(2023, 10, 10)): "matai-seremaiah",
    # mfaicet.gov.vu: "Deputy Prime Minister and Minister of Foreign Affairs ... Matai Seremaiah
    # Nawalu" at the meeting with the World Bank's president in Suva (image of 2024-09-06)
    ("foreign minister", "VUT", date(2024, 9, 5)): "matai-seremaiah",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_vanuatu_foreign_handovers_2022_24(kb: KnowledgeBase) -> None:
    """Marc Ati to the end of October 2022 (his month-only end), Napat from November 2022 (the
    month, as the KB dates Kalsakau's premiership) to 2023-08-07, Seremaiah from 2023-08-08 to
    2023-09-03; the first days of September carry Seremaiah and Ati (Ati's month-only start);
    Ati to 2023-10-05; the first days of October carry nobody from 2023-10-06 to Seremaiah's
    month-only start, which is the month's first day, so they carry Seremaiah; Seremaiah to
    2024-09-05, nobody from 2024-09-06."""
    vut = "VUT"
    assert holder_ids(kb, "foreign minister", vut, date(2022, 10, 31)) == {"marc-ati"}
    assert holder_ids(kb, "foreign minister", vut, date(2022, 11, 15)) >= {"jotham-napat"}
    assert holder_ids(kb, "foreign minister", vut, date(2022, 12, 1)) == {"jotham-napat"}
    assert holder_ids(kb, "foreign minister", vut, date(2023, 8, 7)) == {"jotham-napat"}
    assert holder_ids(kb, "foreign minister", vut, date(2023, 8, 8)) == {"matai-seremaiah"}
    assert holder_ids(kb, "foreign minister", vut, date(2023, 9, 2)) == {
        "matai-seremaiah",
        "marc-ati",
    }
    assert holder_ids(kb, "foreign minister", vut, date(2023, 9, 4)) == {"marc-ati"}
    assert holder_ids(kb, "foreign minister", vut, date(2023, 10, 5)) >= {"marc-ati"}
    assert holder_ids(kb, "foreign minister", vut, date(2023, 10, 6)) == {"matai-seremaiah"}
    assert holder_ids(kb, "foreign minister", vut, date(2024, 9, 6)) == set()
    # Napat's premiership from 2025-02 and Ati's ministry of 2020-22 are untouched
    assert holder_ids(kb, "prime minister", vut, date(2025, 3, 1)) == {"jotham-napat"}
    assert holder_ids(kb, "foreign minister", vut, date(2021, 6, 1)) == {"marc-ati"}


def test_vanuatu_foreign_2011_12(kb: KnowledgeBase) -> None:
    """Carlot from the first dated page naming him (2011-06-30) to the end of Kilman's fourth
    government (2013-03-23, the kbaudit48 audit's correction of the pass's 2012-09-26: pages of
    January and February 2013 name him foreign minister), when Carcasses's cabinet makes Edward
    Natapei foreign minister; the days from Kilman's election (2011-06-26) stay open."""
    vut = "VUT"
    assert holder_ids(kb, "foreign minister", vut, date(2011, 6, 29)) == set()
    assert holder_ids(kb, "foreign minister", vut, date(2011, 6, 30)) == {"alfred-carlot"}
    assert holder_ids(kb, "foreign minister", vut, date(2012, 9, 26)) == {"alfred-carlot"}
    assert holder_ids(kb, "foreign minister", vut, date(2013, 1, 1)) == {"alfred-carlot"}
    assert holder_ids(kb, "foreign minister", vut, date(2013, 1, 29)) == {"alfred-carlot"}
    assert holder_ids(kb, "foreign minister", vut, date(2013, 3, 22)) == {"alfred-carlot"}
    assert holder_ids(kb, "foreign minister", vut, date(2013, 3, 23)) == {"edward-natapei"}


def test_gaps_left_open(kb: KnowledgeBase) -> None:
    """Searched and not dated (docs/actors.md): Vanuatu's foreign ministry after 2024-09-06 and
    of 2007-13, its interior ministry of 2022-24 (Christophe Emelee, Rick Mahe and Johnny
    Koanapo: no handover day read) and of 2004-09 (George Wells's start); Mongolia's foreign
    ministry of 2000-04 and 2006-09, defence of 2000-16 and justice and home affairs of 2000-16;
    Papua New Guinea's defence ministry of 2011-17 (Fabian Pok); Nauru's foreign ministry since
    2023-10-30; Micronesia's of 2020-23; Kazakhstan's and Tajikistan's interior ministries of
    2000-09."""
    for title, iso, day in [
        ("foreign minister", "VUT", date(2024, 12, 1)),
        ("foreign minister", "VUT", date(2010, 6, 1)),
        ("interior minister", "VUT", date(2023, 6, 1)),
        ("interior minister", "VUT", date(2024, 3, 1)),
        ("interior minister", "VUT", date(2006, 6, 1)),
        ("foreign minister", "MNG", date(2002, 6, 1)),
        ("foreign minister", "MNG", date(2008, 3, 1)),
        ("defence minister", "MNG", date(2010, 6, 1)),
        ("interior minister", "MNG", date(2010, 6, 1)),
        ("defence minister", "PNG", date(2014, 6, 1)),
        ("foreign minister", "NRU", date(2024, 6, 1)),
        ("foreign minister", "FSM", date(2022, 6, 1)),
        ("interior minister", "KAZ", date(2005, 6, 1)),
        ("interior minister", "TJK", date(2005, 6, 1)),
    ]:
        assert holder_ids(kb, title, iso, day) == set(), (title, iso, day)


def test_names(kb: KnowledgeBase) -> None:
    """Matai Seremaiah (new) is written with his name and the Vanuatu Daily Post's spelling
    "Matai Seremiah": "Seremaiah" and "Seremiah" are his alone; "Matai" (a Samoan chiefly
    title) and "Nawalu" (the ministry's last word for him, not written) are no one's. Jotham
    Napat and Marc Ati keep their names; "Ati" stays no one's alone. Alfred Carlot (new) is
    written with the catalogue form, so "Carlot" (also Maxime Carlot Korman's name) stays no
    one's alone."""
    assert alias_ids(kb, "Matai Seremaiah") == {"matai-seremaiah"}
    assert alias_ids(kb, "Matai Seremiah") == {"matai-seremaiah"}
    assert alias_ids(kb, "Seremaiah") == {"matai-seremaiah"}
    assert alias_ids(kb, "Seremiah") == {"matai-seremaiah"}
    for word in ("Matai", "Nawalu"):
        assert alias_ids(kb, word) == set(), word
    assert set(kb.sharing("Seremaiah")) == set()
    assert alias_ids(kb, "Jotham Napat") == {"jotham-napat"}
    assert alias_ids(kb, "Napat") == {"jotham-napat"}
    assert alias_ids(kb, "Marc Ati") == {"marc-ati"}
    assert alias_ids(kb, "Ati") == set()
    assert alias_ids(kb, "Alfred Carlot") == {"alfred-carlot"}
    assert alias_ids(kb, "Carlot, Alfred") == {"alfred-carlot"}
    for word in ("Carlot", "Alfred"):
        assert alias_ids(kb, word) == set(), word
