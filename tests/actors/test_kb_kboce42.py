"""Interior, defence and foreign ministers since 2000 of Tonga, Vanuatu and Papua New Guinea, a
checked pass (issue 14, kboce42): Tonga's police ministers of 1996-2026 (Edwards, Lord Nuku,
ʻAho, Latu, ʻAkolo, Fili, Tuʻiʻonetoa, Tapueluelu, Sovaleni, Piukala) and its defence ministers
of 2019-24 (Lord Maʻafu, Sovaleni), Vanuatu's ministers of internal affairs (Lini, Carcasses,
Crowby, Emelee, Maoh, Napuat, Kalsakau) and foreign ministers (Kilman 2004-07, Natapei
2013-14, Vohor 2015), Papua New Guinea's police ministers of 2012-17 (Duban, O'Neill acting,
Atiyafa), read from stored copies of public pages (docs/actors.md, "the kboce42 pass"); a day
inside each new spell, the handover days, the gaps left open and the names kept from being
anyone's alone.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    # Tonga, police
    ("police minister", "TON", date(2000, 6, 1)): "clive-edwards",
    ("police minister", "TON", date(2005, 6, 1)): "lord-nuku",
    ("police minister", "TON", date(2007, 6, 1)): "siaosi-taimani-aho",
    ("police minister", "TON", date(2011, 6, 1)): "viliami-uasike-latu",
    ("police minister", "TON", date(2012, 1, 1)): "lisiate-akolo",
    ("police minister", "TON", date(2012, 6, 1)): "sunia-fili",
    ("police minister", "TON", date(2016, 1, 1)): "pohiva-tuionetoa",
    ("police minister", "TON", date(2018, 6, 1)): "mateni-tapueluelu",
    ("police minister", "TON", date(2020, 6, 1)): "lord-nuku",
    ("police minister", "TON", date(2023, 6, 1)): "siaosi-sovaleni",
    ("police minister", "TON", date(2025, 6, 1)): "piveni-piukala",
    # Tonga, defence
    ("defence minister", "TON", date(2021, 6, 1)): "lord-maafu",
    ("defence minister", "TON", date(2023, 6, 1)): "siaosi-sovaleni",
    # Vanuatu, internal affairs
    ("interior minister", "VUT", date(2004, 10, 1)): "ham-lini",
    ("interior minister", "VUT", date(2010, 6, 1)): "moana-carcasses-kalosil",
    ("interior minister", "VUT", date(2013, 6, 1)): "patrick-crowby",
    ("interior minister", "VUT", date(2014, 4, 1)): "christophe-emelee",
    ("interior minister", "VUT", date(2017, 1, 1)): "alfred-maoh",
    ("interior minister", "VUT", date(2019, 1, 1)): "andrew-napuat",
    ("interior minister", "VUT", date(2021, 6, 1)): "ishmael-kalsakau",
    ("interior minister", "VUT", date(2025, 3, 1)): "andrew-napuat",
    # Vanuatu, foreign
    ("foreign minister", "VUT", date(2006, 1, 1)): "sato-kilman",
    ("foreign minister", "VUT", date(2013, 9, 1)): "edward-natapei",
    ("foreign minister", "VUT", date(2015, 8, 1)): "serge-vohor",
    # Papua New Guinea, police
    ("police minister", "PNG", date(2013, 1, 1)): "nixon-duban",
    ("police minister", "PNG", date(2013, 10, 1)): "peter-oneill",
    ("police minister", "PNG", date(2015, 6, 1)): "robert-atiyafa",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_tonga_police_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Edwards to his sacking (2004-08-27); Lord Nuku (2005) to the reshuffle of 2006-05-17,
    ʻAho to March 2009; Latu (January 2011) to ʻAkolo (2011-09-01), ʻAkolo to Fili
    (2012-05-01), Fili to his resignation (2012-06-25); Tuʻiʻonetoa to the reshuffle of
    2017-03-06, Tapueluelu to Tuʻiʻonetoa's cabinet (2019-10-10), Lord Nuku to Sovaleni's
    (2021-12-28); Piukala from Eke's cabinet (2025-01-28). Left open: late 2004, 2009-10,
    Tuʻivakanō's acting ministry of 2012-14 and the caretaker weeks of January 2025."""
    ton = "TON"
    office = "police minister"
    assert holder_ids(kb, office, ton, date(2004, 8, 26)) == {"clive-edwards"}
    assert holder_ids(kb, office, ton, date(2004, 8, 27)) == set()
    assert holder_ids(kb, office, ton, date(2006, 5, 16)) == {"lord-nuku"}
    assert holder_ids(kb, office, ton, date(2006, 5, 17)) == {"siaosi-taimani-aho"}
    assert holder_ids(kb, office, ton, date(2010, 6, 1)) == set()
    assert holder_ids(kb, office, ton, date(2011, 8, 31)) == {"viliami-uasike-latu"}
    assert holder_ids(kb, office, ton, date(2011, 9, 1)) == {"lisiate-akolo"}
    assert holder_ids(kb, office, ton, date(2012, 4, 30)) == {"lisiate-akolo"}
    assert holder_ids(kb, office, ton, date(2012, 5, 1)) == {"sunia-fili"}
    assert holder_ids(kb, office, ton, date(2012, 6, 25)) == set()
    assert holder_ids(kb, office, ton, date(2013, 6, 1)) == set()  # Tuʻivakanō, acting
    assert holder_ids(kb, office, ton, date(2017, 3, 5)) == {"pohiva-tuionetoa"}
    assert holder_ids(kb, office, ton, date(2017, 3, 6)) == {"mateni-tapueluelu"}
    assert holder_ids(kb, office, ton, date(2019, 10, 9)) == {"mateni-tapueluelu"}
    assert holder_ids(kb, office, ton, date(2019, 10, 10)) == {"lord-nuku"}
    assert holder_ids(kb, office, ton, date(2021, 12, 27)) == {"lord-nuku"}
    assert holder_ids(kb, office, ton, date(2021, 12, 28)) == {"siaosi-sovaleni"}
    assert holder_ids(kb, office, ton, date(2025, 1, 15)) == set()
    assert holder_ids(kb, office, ton, date(2025, 1, 28)) == {"piveni-piukala"}


def test_tonga_defence_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Lord Maʻafu from Tuʻiʻonetoa's cabinet (2019-10-10) to his death (2021-12-12), Sovaleni
    from his cabinet (2021-12-28) to his resignation (2024-03-28); Pōhiva's years (2015-19)
    and the vacancy of 2024 stay open."""
    ton = "TON"
    office = "defence minister"
    assert holder_ids(kb, office, ton, date(2019, 10, 9)) == set()
    assert holder_ids(kb, office, ton, date(2019, 10, 10)) == {"lord-maafu"}
    assert holder_ids(kb, office, ton, date(2021, 12, 11)) == {"lord-maafu"}
    assert holder_ids(kb, office, ton, date(2021, 12, 20)) == set()
    assert holder_ids(kb, office, ton, date(2021, 12, 28)) == {"siaosi-sovaleni"}
    assert holder_ids(kb, office, ton, date(2024, 3, 27)) == {"siaosi-sovaleni"}
    assert holder_ids(kb, office, ton, date(2024, 3, 28)) == set()
    assert holder_ids(kb, office, ton, date(2016, 6, 1)) == set()
    # Sovaleni keeps his premiership and Lord Maʻafu gets no other office
    assert holder_ids(kb, "prime minister", ton, date(2023, 6, 1)) == {"siaosi-sovaleni"}


def test_vanuatu_interior_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Lini from 2004-08-20 to his premiership (2004-12-11); Carcasses from November 2009 to
    Kilman's government (2010-12-02); Crowby from 2013-03-23 to his death (2013-12-27), Emelee
    from February 2014 to 2014-05-15; Maoh to the reshuffle of 2017-12-19, Napuat to
    Loughman's cabinet (2020-04-20), Kalsakau to his premiership (2022-11-04), Napuat again
    from 2024-08-12. Open: 2005-09, 2012, January 2014, 2015 and 2023."""
    vut = "VUT"
    office = "interior minister"
    assert holder_ids(kb, office, vut, date(2004, 8, 19)) == set()
    assert holder_ids(kb, office, vut, date(2004, 8, 20)) == {"ham-lini"}
    assert holder_ids(kb, office, vut, date(2004, 12, 11)) == set()
    assert holder_ids(kb, office, vut, date(2007, 6, 1)) == set()
    assert holder_ids(kb, office, vut, date(2010, 12, 1)) == {"moana-carcasses-kalosil"}
    assert holder_ids(kb, office, vut, date(2010, 12, 2)) == set()
    assert holder_ids(kb, office, vut, date(2013, 3, 23)) == {"patrick-crowby"}
    assert holder_ids(kb, office, vut, date(2013, 12, 27)) == set()
    assert holder_ids(kb, office, vut, date(2014, 1, 15)) == set()
    assert holder_ids(kb, office, vut, date(2014, 5, 14)) == {"christophe-emelee"}
    assert holder_ids(kb, office, vut, date(2014, 5, 15)) == set()
    assert holder_ids(kb, office, vut, date(2015, 6, 1)) == set()
    assert holder_ids(kb, office, vut, date(2016, 2, 11)) == {"alfred-maoh"}
    assert holder_ids(kb, office, vut, date(2017, 12, 18)) == {"alfred-maoh"}
    assert holder_ids(kb, office, vut, date(2017, 12, 19)) == {"andrew-napuat"}
    assert holder_ids(kb, office, vut, date(2020, 4, 19)) == {"andrew-napuat"}
    assert holder_ids(kb, office, vut, date(2020, 4, 20)) == {"ishmael-kalsakau"}
    assert holder_ids(kb, office, vut, date(2022, 11, 3)) == {"ishmael-kalsakau"}
    assert holder_ids(kb, office, vut, date(2022, 11, 4)) == set()  # Emelee, left out
    assert holder_ids(kb, office, vut, date(2023, 6, 1)) == set()
    assert holder_ids(kb, office, vut, date(2024, 8, 12)) == {"andrew-napuat"}
    # Kalsakau's and Lini's premierships are unchanged
    assert holder_ids(kb, "prime minister", vut, date(2023, 1, 1)) == {"ishmael-kalsakau"}
    assert holder_ids(kb, "prime minister", vut, date(2006, 1, 1)) == {"ham-lini"}


def test_vanuatu_foreign_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Kilman from Lini's cabinet (2004-12-13) to his sacking in July 2007; Natapei from
    Carcasses's government (2013-03-23) to its fall (2014-05-15); Vohor from Kilman's cabinet
    (2015-06-11) to his conviction (October 2015). Sope's months of 2004, 2007-11 (Alfred
    Carlot holds the ministry from 2011-06-30 to Natapei's start: kbasia46, his end corrected by
    the kbaudit48 audit), Kilman's ministry under Natuman (2014-15) and the months after Vohor
    stay open."""
    vut = "VUT"
    office = "foreign minister"
    assert holder_ids(kb, office, vut, date(2004, 12, 12)) == set()
    assert holder_ids(kb, office, vut, date(2004, 12, 13)) == {"sato-kilman"}
    assert holder_ids(kb, office, vut, date(2007, 7, 31)) == {"sato-kilman"}
    assert holder_ids(kb, office, vut, date(2007, 8, 1)) == set()
    assert holder_ids(kb, office, vut, date(2013, 3, 22)) == {"alfred-carlot"}
    assert holder_ids(kb, office, vut, date(2013, 3, 23)) == {"edward-natapei"}
    assert holder_ids(kb, office, vut, date(2014, 5, 15)) == set()
    assert holder_ids(kb, office, vut, date(2015, 6, 11)) == {"serge-vohor"}
    assert holder_ids(kb, office, vut, date(2015, 10, 31)) == {"serge-vohor"}
    assert holder_ids(kb, office, vut, date(2015, 12, 1)) == set()
    assert holder_ids(kb, office, vut, date(2016, 2, 11)) == {"bruno-leingkone"}


def test_papua_new_guinea_police_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Duban from August 2012 to the court's ruling (2013-06-03), O'Neill acting from then to
    January 2014, Duban again to February 2014, Atiyafa from February 2014 to August 2017;
    the years before 2012 and 2018 stay open."""
    png = "PNG"
    office = "police minister"
    assert holder_ids(kb, office, png, date(2012, 6, 1)) == set()
    assert holder_ids(kb, office, png, date(2013, 6, 2)) == {"nixon-duban"}
    assert holder_ids(kb, office, png, date(2013, 6, 3)) == {"peter-oneill"}
    assert holder_ids(kb, office, png, date(2013, 12, 31)) == {"peter-oneill"}
    assert holder_ids(kb, office, png, date(2017, 8, 31)) == {"robert-atiyafa"}
    assert holder_ids(kb, office, png, date(2017, 9, 1)) == set()
    assert holder_ids(kb, office, png, date(2018, 6, 1)) == set()
    # O'Neill keeps his premiership
    assert holder_ids(kb, "prime minister", png, date(2013, 10, 1)) == {"peter-oneill"}


def test_names(kb: KnowledgeBase) -> None:
    """The new people's names resolve; "Edwards", "ʻAho", "Fili", "Piukala" and "Nuku"
    (written in catalogue order) and "Latu" are no one's alone, nor is "Viliami Latu", a
    common Tongan name; "Lord" is nobody's word."""
    assert alias_ids(kb, "Clive Edwards") == {"clive-edwards"}
    assert alias_ids(kb, "Lord Nuku") == {"lord-nuku"}
    assert alias_ids(kb, "Sitenimoa Valevale") == {"lord-nuku"}
    assert alias_ids(kb, "Siaosi 'Aho") == {"siaosi-taimani-aho"}
    assert alias_ids(kb, "Viliami Uasike Latu") == {"viliami-uasike-latu"}
    assert alias_ids(kb, "Lisiate 'Akolo") == {"lisiate-akolo"}
    assert alias_ids(kb, "Sunia Fili") == {"sunia-fili"}
    assert alias_ids(kb, "Mateni Tapueluelu") == {"mateni-tapueluelu"}
    assert alias_ids(kb, "Paula Piveni Piukala") == {"piveni-piukala"}
    assert alias_ids(kb, "Lord Ma'afu") == {"lord-maafu"}
    assert alias_ids(kb, "Patrick Crowby") == {"patrick-crowby"}
    assert alias_ids(kb, "Christophe Emmelee") == {"christophe-emelee"}
    assert alias_ids(kb, "Alfred Maoh") == {"alfred-maoh"}
    assert alias_ids(kb, "Andrew Napuat") == {"andrew-napuat"}
    assert alias_ids(kb, "Nixon Duban") == {"nixon-duban"}
    assert alias_ids(kb, "Robert Atiyafa") == {"robert-atiyafa"}
    assert alias_ids(kb, "Tapueluelu") == {"mateni-tapueluelu"}
    assert alias_ids(kb, "Atiyafa") == {"robert-atiyafa"}
    for word in ("Edwards", "Aho", "Fili", "Piukala", "Nuku", "Latu", "Viliami Latu", "Lord"):
        assert alias_ids(kb, word) == set(), word
    for word in ("Edwards", "Fili", "Piukala", "Latu"):
        assert set(kb.sharing(word)) == set(), word
