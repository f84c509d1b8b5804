"""Foreign and interior ministers since 2000 of Haiti and Guatemala, a checked pass (issue 14,
kbcar31): Haiti's foreign ministers of 2000-11 (Longchamp to Rey) and interior ministers of
2000-09 (Alexis, Ménard, Privert, Abraham, Magloire, Bien-Aimé), Guatemala's foreign ministers of
2000-06 (Orellana, Gutiérrez, Briz) and Adela de Torrebiarte at Gobernación, read from stored
copies of public pages (docs/actors.md, "the kbcar31 pass"); a day inside each new spell, the
handover days, the gaps left open and the names kept from being anyone's alone.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    # Haiti, foreign
    ("foreign minister", "HTI", date(2000, 6, 1)): "fritz-longchamp",
    ("foreign minister", "HTI", date(2002, 6, 1)): "joseph-philippe-antonio",
    ("foreign minister", "HTI", date(2004, 6, 1)): "yvon-simeon",
    ("foreign minister", "HTI", date(2005, 6, 1)): "herard-abraham",
    ("foreign minister", "HTI", date(2007, 6, 1)): "jean-renald-clerisme",
    ("foreign minister", "HTI", date(2009, 3, 1)): "alrich-nicolas",
    ("foreign minister", "HTI", date(2010, 6, 1)): "marie-michele-rey",
    # Haiti, interior (the prime minister Alexis his own interior minister in 1999-2001)
    ("interior minister", "HTI", date(2000, 6, 1)): "jacques-edouard-alexis",
    ("interior minister", "HTI", date(2001, 10, 1)): "henri-claude-menard",
    ("interior minister", "HTI", date(2003, 1, 1)): "jocelerme-privert",
    ("interior minister", "HTI", date(2004, 6, 1)): "herard-abraham",
    ("interior minister", "HTI", date(2005, 10, 1)): "paul-gustave-magloire",
    ("interior minister", "HTI", date(2008, 1, 1)): "paul-antoine-bien-aime",
    # Guatemala, foreign and Gobernación
    ("foreign minister", "GTM", date(2001, 1, 1)): "gabriel-orellana",
    ("foreign minister", "GTM", date(2003, 6, 1)): "edgar-gutierrez",
    ("foreign minister", "GTM", date(2005, 1, 1)): "jorge-briz",
    ("interior minister", "GTM", date(2007, 9, 1)): "adela-de-torrebiarte",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_haiti_foreign_handovers(kb: KnowledgeBase) -> None:
    """Chérestal's government (2001-03-02), Aristide's fall (2004-02-29) and the Latortue
    government (2004-03-17), the cabinet of 2005-02-01, Alexis's government (2006-06-09),
    Bellerive's (2009-11-11); the days between Aristide's fall and Latortue's government
    stay nobody's."""
    hti = "HTI"
    assert holder_ids(kb, "foreign minister", hti, date(2001, 3, 1)) == {"fritz-longchamp"}
    assert holder_ids(kb, "foreign minister", hti, date(2001, 3, 2)) == {"joseph-philippe-antonio"}
    assert holder_ids(kb, "foreign minister", hti, date(2004, 2, 28)) == {"joseph-philippe-antonio"}
    assert holder_ids(kb, "foreign minister", hti, date(2004, 3, 10)) == set()
    assert holder_ids(kb, "foreign minister", hti, date(2004, 3, 17)) == {"yvon-simeon"}
    assert holder_ids(kb, "foreign minister", hti, date(2005, 1, 31)) == {"yvon-simeon"}
    assert holder_ids(kb, "foreign minister", hti, date(2005, 2, 1)) == {"herard-abraham"}
    assert holder_ids(kb, "foreign minister", hti, date(2006, 6, 8)) == {"herard-abraham"}
    assert holder_ids(kb, "foreign minister", hti, date(2006, 6, 9)) == {"jean-renald-clerisme"}
    assert holder_ids(kb, "foreign minister", hti, date(2009, 11, 10)) == {"alrich-nicolas"}
    assert holder_ids(kb, "foreign minister", hti, date(2009, 11, 11)) == {"marie-michele-rey"}


def test_haiti_interior_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Alexis to Chérestal's government (2001-03-02), Ménard from then; Privert from Neptune's
    government (March 2002) to the Latortue government (2004-03-17); Abraham to the cabinet of
    2005-02-01; Georges Moïse's months of 2005 (left out) empty; Magloire from 2005-06-23;
    Bien-Aimé from 2006-06-09 to Bellerive's government (2009-11-11), after which the ministry
    stays nobody's to 2012."""
    hti = "HTI"
    assert holder_ids(kb, "interior minister", hti, date(2001, 3, 1)) == {"jacques-edouard-alexis"}
    assert holder_ids(kb, "interior minister", hti, date(2001, 3, 2)) == {"henri-claude-menard"}
    assert holder_ids(kb, "prime minister", hti, date(2000, 6, 1)) == {"jacques-edouard-alexis"}
    assert holder_ids(kb, "interior minister", hti, date(2004, 3, 16)) == {"jocelerme-privert"}
    assert holder_ids(kb, "interior minister", hti, date(2004, 3, 17)) == {"herard-abraham"}
    assert holder_ids(kb, "interior minister", hti, date(2005, 1, 31)) == {"herard-abraham"}
    assert holder_ids(kb, "interior minister", hti, date(2005, 4, 1)) == set()  # Moïse
    assert holder_ids(kb, "interior minister", hti, date(2005, 6, 23)) == {"paul-gustave-magloire"}
    assert holder_ids(kb, "interior minister", hti, date(2006, 6, 9)) == {"paul-antoine-bien-aime"}
    assert holder_ids(kb, "interior minister", hti, date(2009, 11, 10)) == {
        "paul-antoine-bien-aime"
    }
    assert holder_ids(kb, "interior minister", hti, date(2010, 6, 1)) == set()
    # Privert keeps his presidency of 2016-17
    assert holder_ids(kb, "president", hti, date(2016, 6, 1)) == {"jocelerme-privert"}


def test_guatemala_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Orellana from Portillo's inauguration (2000-01-14) to Gutiérrez's appointment
    (2002-12-16), Gutiérrez to Berger's inauguration (2004-01-14); Briz from February 2004
    (his start not read) to Rosenthal (2006-08-01); Torrebiarte from 2007-03-27 to the end of
    Berger's term. Carrera and Carlos Raúl Morales (2013-17), Vielmann (to 2007-03-27) left
    out."""
    gtm = "GTM"
    assert holder_ids(kb, "foreign minister", gtm, date(2000, 1, 14)) == {"gabriel-orellana"}
    assert holder_ids(kb, "foreign minister", gtm, date(2002, 12, 15)) == {"gabriel-orellana"}
    assert holder_ids(kb, "foreign minister", gtm, date(2002, 12, 16)) == {"edgar-gutierrez"}
    assert holder_ids(kb, "foreign minister", gtm, date(2004, 1, 13)) == {"edgar-gutierrez"}
    assert holder_ids(kb, "foreign minister", gtm, date(2004, 1, 20)) == set()
    assert holder_ids(kb, "foreign minister", gtm, date(2006, 7, 31)) == {"jorge-briz"}
    assert holder_ids(kb, "foreign minister", gtm, date(2006, 8, 1)) == {"gert-rosenthal"}
    assert holder_ids(kb, "foreign minister", gtm, date(2015, 1, 1)) == set()
    # filled by kbam46: Carlos Vielmann, 2004-07-22 to 2007-03-27
    assert holder_ids(kb, "interior minister", gtm, date(2007, 3, 26)) == {"carlos-vielmann"}
    assert holder_ids(kb, "interior minister", gtm, date(2007, 3, 27)) == {"adela-de-torrebiarte"}
    assert holder_ids(kb, "interior minister", gtm, date(2008, 1, 13)) == {"adela-de-torrebiarte"}
    # filled by kbam46
    assert holder_ids(kb, "interior minister", gtm, date(2006, 1, 1)) == {"carlos-vielmann"}


def test_names(kb: KnowledgeBase) -> None:
    """The new people's names resolve; "Rey", "Gutiérrez" and "Orellana" (written in
    catalogue order only) and "Abraham" (a given name) are no one's alone; "Morales" keeps
    its two people (Carlos Morales Troncoso, the Dominican foreign minister of 2004-14, is
    left out for it), and "Moïse" stays no one's."""
    assert alias_ids(kb, "Yvon Siméon") == {"yvon-simeon"}
    assert alias_ids(kb, "Hérard Abraham") == {"herard-abraham"}
    assert alias_ids(kb, "Reynald Clérismé") == {"jean-renald-clerisme"}
    assert alias_ids(kb, "Alrich Nicolas") == {"alrich-nicolas"}
    assert alias_ids(kb, "Marie-Michèle Rey") == {"marie-michele-rey"}
    assert alias_ids(kb, "Philippe Joseph Antonio") == {"joseph-philippe-antonio"}
    assert alias_ids(kb, "Henry Claude Ménard") == {"henri-claude-menard"}
    assert alias_ids(kb, "Gabriel Orellana") == {"gabriel-orellana"}
    assert alias_ids(kb, "Edgar Gutiérrez") == {"edgar-gutierrez"}
    assert alias_ids(kb, "Jorge Briz") == {"jorge-briz"}
    assert alias_ids(kb, "Adela de Torrebiarte") == {"adela-de-torrebiarte"}
    assert alias_ids(kb, "Privert") == {"jocelerme-privert"}
    for word in ("Rey", "Gutiérrez", "Orellana", "Abraham", "Nicolas", "Antonio"):
        assert not alias_ids(kb, word) & {
            "marie-michele-rey",
            "edgar-gutierrez",
            "gabriel-orellana",
            "herard-abraham",
            "alrich-nicolas",
            "joseph-philippe-antonio",
        }, word
    assert set(kb.sharing("Morales")) == {"evo-morales", "jimmy-morales"}
    assert set(kb.sharing("Moïse")) == set()
