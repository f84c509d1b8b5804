"""Ministers since 2000 of Central and East Africa, a checked pass (issue 14, kbafrE40): the
Central African Republic's foreign ministers Jean-Paul Ngoupandé (2005-06-19 to 2006-09-02),
Antoine Gambi (2009-01-19 to 2013-02-03) and Samuel Rangba (2015-10-29 to 2016-04-11), and
Toussaint Kongo-Doudou's spell carried to the last page naming him (2015-06-13); São Tomé and
Príncipe's minister of defence and internal order Óscar Sousa (August 2003 to the XIII
government of 2008-06-22, both offices), the prime minister Jorge Bom Jesus acting at defence
(2021-08-16 to 2022-02-01) and Jorge Amado at defence from his oath of 2022-02-01; read from
stored copies of public pages (docs/actors.md, "the kbafrE40 pass"); a day inside each new
spell, the handover days, the gaps left open and the names.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    ("foreign minister", "CAF", date(2006, 1, 1)): "jean-paul-ngoupande",
    ("foreign minister", "CAF", date(2011, 1, 1)): "antoine-gambi",
    ("foreign minister", "CAF", date(2015, 3, 1)): "toussaint-kongo-doudou",
    ("foreign minister", "CAF", date(2016, 1, 1)): "samuel-rangba",
    ("defence minister", "STP", date(2005, 1, 1)): "oscar-sousa",
    ("interior minister", "STP", date(2005, 1, 1)): "oscar-sousa",
    ("defence minister", "STP", date(2021, 11, 1)): "jorge-bom-jesus",
    ("defence minister", "STP", date(2022, 6, 1)): "jorge-amado-stp",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_central_african_foreign_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Wénézoui to his last dated day (2004-09-02), then open to Ngoupandé's start in the
    Doté government (2005-06-19); Ngoupandé to the reshuffle of 2006-09-02 (Côme Zoumara, left
    out: open to Gambi's appointment of 2009-01-19); Gambi to the government of 2013-02-03
    (Anicet Parfait Mbaye, under two months, left out: open to Banga-Bothy's 2013-06-13);
    Kongo-Doudou to 2015-06-13, open to the reshuffle of 2015-10-29, Rangba to Doubane's
    2016-04-11; the months after Baïpo-Temon's last dated day (2025-01-18) stay open."""
    caf = "CAF"
    assert holder_ids(kb, "foreign minister", caf, date(2004, 9, 1)) == {"charles-herve-wenezoui"}
    assert holder_ids(kb, "foreign minister", caf, date(2005, 1, 1)) == set()
    assert holder_ids(kb, "foreign minister", caf, date(2005, 6, 18)) == set()
    assert holder_ids(kb, "foreign minister", caf, date(2005, 6, 19)) == {"jean-paul-ngoupande"}
    assert holder_ids(kb, "foreign minister", caf, date(2006, 9, 1)) == {"jean-paul-ngoupande"}
    # filled by kbafrW44: Côme Zoumara (2006-09-02 to 2008-01-28)
    assert holder_ids(kb, "foreign minister", caf, date(2006, 9, 2)) == {"come-zoumara"}
    # filled by kbafrW44: Côme Zoumara
    assert holder_ids(kb, "foreign minister", caf, date(2008, 1, 1)) == {"come-zoumara"}
    # filled by kbafrW44: Dieudonné Kombo Yaya (2008-01-28 to 2009-01-19)
    assert holder_ids(kb, "foreign minister", caf, date(2009, 1, 18)) == {"dieudonne-kombo-yaya"}
    assert holder_ids(kb, "foreign minister", caf, date(2009, 1, 19)) == {"antoine-gambi"}
    assert holder_ids(kb, "foreign minister", caf, date(2013, 2, 2)) == {"antoine-gambi"}
    assert holder_ids(kb, "foreign minister", caf, date(2013, 2, 3)) == set()
    assert holder_ids(kb, "foreign minister", caf, date(2013, 6, 13)) == {"leonie-banga-bothy"}
    assert holder_ids(kb, "foreign minister", caf, date(2015, 6, 12)) == {"toussaint-kongo-doudou"}
    assert holder_ids(kb, "foreign minister", caf, date(2015, 6, 13)) == set()
    assert holder_ids(kb, "foreign minister", caf, date(2015, 10, 28)) == set()
    assert holder_ids(kb, "foreign minister", caf, date(2015, 10, 29)) == {"samuel-rangba"}
    assert holder_ids(kb, "foreign minister", caf, date(2016, 4, 10)) == {"samuel-rangba"}
    assert holder_ids(kb, "foreign minister", caf, date(2016, 4, 11)) == {"charles-armel-doubane"}
    # filled by kbafrW44: Baïpo-Temon's end now the last page it read, 2025-12-07
    assert holder_ids(kb, "foreign minister", caf, date(2025, 5, 1)) == {"sylvie-baipo-temon"}
    # Gambi is coded at foreign affairs only: the defence ministry of 2009-13 is untouched
    assert holder_ids(kb, "defence minister", caf, date(2011, 1, 1)) == {"jean-francis-bozize"}


def test_sao_tome_defence_and_interior_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Both offices open before August 2003 (Fernando Danqua and the governments of 2000-03,
    not dated); Óscar Sousa from August 2003 to the XIII government's oath of 2008-06-22 (Elsa
    Pinto at defence, Raul Cravid at the split-off interior); his dismissal of 2021-08-16, the
    prime minister acting at defence to Jorge Amado's oath of 2022-02-01, Amado's two spells
    meeting at 2022-11-14; the interior stays open from 2021-08-16 to 2022-11-14."""
    stp = "STP"
    for office in ("defence minister", "interior minister"):
        assert holder_ids(kb, office, stp, date(2003, 7, 31)) == set(), office
        assert holder_ids(kb, office, stp, date(2003, 8, 1)) == {"oscar-sousa"}, office
        assert holder_ids(kb, office, stp, date(2008, 6, 21)) == {"oscar-sousa"}, office
    assert holder_ids(kb, "defence minister", stp, date(2008, 6, 22)) == {"elsa-pinto"}
    assert holder_ids(kb, "interior minister", stp, date(2008, 6, 22)) == {"raul-cravid"}
    assert holder_ids(kb, "defence minister", stp, date(2000, 6, 1)) == set()
    assert holder_ids(kb, "defence minister", stp, date(2021, 8, 15)) == {"oscar-sousa"}
    assert holder_ids(kb, "defence minister", stp, date(2021, 8, 16)) == {"jorge-bom-jesus"}
    assert holder_ids(kb, "defence minister", stp, date(2022, 1, 31)) == {"jorge-bom-jesus"}
    assert holder_ids(kb, "defence minister", stp, date(2022, 2, 1)) == {"jorge-amado-stp"}
    assert holder_ids(kb, "defence minister", stp, date(2022, 11, 13)) == {"jorge-amado-stp"}
    assert holder_ids(kb, "defence minister", stp, date(2022, 11, 14)) == {"jorge-amado-stp"}
    assert holder_ids(kb, "interior minister", stp, date(2021, 8, 15)) == {"oscar-sousa"}
    assert holder_ids(kb, "interior minister", stp, date(2021, 8, 16)) == set()
    assert holder_ids(kb, "interior minister", stp, date(2022, 6, 1)) == set()
    assert holder_ids(kb, "interior minister", stp, date(2022, 11, 14)) == {"jorge-amado-stp"}
    # Jorge Bom Jesus's prime ministership is untouched
    assert holder_ids(kb, "prime minister", stp, date(2021, 11, 1)) == {"jorge-bom-jesus"}


def test_open_cells_of_the_brief(kb: KnowledgeBase) -> None:
    """Cells searched and left open: South Sudan's interior of 2015-16 (Aleu Ayeny Aleu's
    successor not read) and of March to September 2023 (the ministry without a minister);
    Somalia's foreign ministry of 2000-04 and 2006-09 (not dated) and of December 2023 to
    April 2024 (vacant); Equatorial Guinea's foreign ministry after 2025-01-06 (the last page
    naming Simeón Oyono Esono Angue)."""
    assert holder_ids(kb, "interior minister", "SSD", date(2015, 10, 1)) == set()
    assert holder_ids(kb, "interior minister", "SSD", date(2023, 6, 1)) == set()
    assert holder_ids(kb, "foreign minister", "SOM", date(2002, 1, 1)) == set()
    assert holder_ids(kb, "foreign minister", "SOM", date(2007, 6, 1)) == set()
    assert holder_ids(kb, "foreign minister", "SOM", date(2024, 2, 1)) == set()
    assert holder_ids(kb, "foreign minister", "GNQ", date(2025, 5, 1)) == set()


def test_names(kb: KnowledgeBase) -> None:
    """The new people resolve by their full names and their bare surnames ("Ngoupandé" with
    and without the accent, "Gambi", "Rangba"); their given names stay no one's alone; no
    new name touches "Sousa" (Marcelo Rebelo de Sousa's) or the STP Amados and Bom Jesuses."""
    assert alias_ids(kb, "Jean-Paul Ngoupandé") == {"jean-paul-ngoupande"}
    assert alias_ids(kb, "Jean-Paul Ngoupande") == {"jean-paul-ngoupande"}
    assert alias_ids(kb, "Ngoupandé") == {"jean-paul-ngoupande"}
    assert alias_ids(kb, "Antoine Gambi") == {"antoine-gambi"}
    assert alias_ids(kb, "Gambi") == {"antoine-gambi"}
    assert alias_ids(kb, "Samuel Rangba") == {"samuel-rangba"}
    assert alias_ids(kb, "Rangba") == {"samuel-rangba"}
    assert alias_ids(kb, "Toussaint Kongo-Doudou") == {"toussaint-kongo-doudou"}
    for word in ("Jean-Paul", "Antoine", "Samuel", "Jorge", "Amado", "Bom"):
        assert not alias_ids(kb, word), word
    assert alias_ids(kb, "Sousa") == {"marcelo-rebelo-de-sousa"}
    assert alias_ids(kb, "Óscar Sousa") == {"oscar-sousa"}
    assert alias_ids(kb, "Jorge Bom Jesus") == {"jorge-bom-jesus"}
