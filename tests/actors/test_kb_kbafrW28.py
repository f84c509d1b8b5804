"""Foreign, defence and interior ministers of West Africa and the Sahel, a tenth checked pass
(issue 14, kbafrW28): spells read from stored copies of public pages (docs/actors.md, "the
kbafrW28 pass"); a day inside each new spell, the handover days, the gaps left open, the
refined spell and the names, among them the surnames that stay another KB person's.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import (
    alias_ids,
    each_handover_names_its_holders,
    each_spell_names_its_holder,
    holder_ids,
)

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    # Senegal: the interior
    ("interior minister", "SEN", date(2001, 6, 1)): "mamadou-niang",
    ("interior minister", "SEN", date(2004, 1, 1)): "macky-sall",
    ("interior minister", "SEN", date(2006, 6, 1)): "ousmane-ngom",
    ("interior minister", "SEN", date(2009, 1, 1)): "cheikh-tidiane-sy",
    # Togo: defence and the interior (one ministry with security, 2002-05)
    ("defence minister", "TGO", date(2004, 1, 1)): "assani-tidjani",
    ("defence minister", "TGO", date(2024, 6, 1)): "faure-gnassingbe",
    ("interior minister", "TGO", date(2004, 1, 1)): "francois-boko",
    # Benin: foreign affairs and the interior
    ("foreign minister", "BEN", date(2007, 1, 1)): "mariam-aladji-boni-diallo",
    ("foreign minister", "BEN", date(2008, 1, 1)): "moussa-okanla",
    ("interior minister", "BEN", date(2008, 1, 1)): "felix-hessou",
    ("interior minister", "BEN", date(2009, 6, 1)): "armand-zinzindohoue",
    ("interior minister", "BEN", date(2012, 6, 1)): "benoit-degla",
    ("interior minister", "BEN", date(2014, 1, 1)): "francois-houessou",
    ("interior minister", "BEN", date(2015, 1, 1)): "simplice-codjo-dossou",
    # Guinea: foreign affairs
    ("foreign minister", "GIN", date(2003, 1, 1)): "francois-lonseny-fall",
    # Sierra Leone: internal affairs
    ("interior minister", "SLE", date(2024, 1, 1)): "david-taluva",
    ("interior minister", "SLE", date(2025, 6, 1)): "morie-lengor",
    # Côte d'Ivoire: foreign affairs
    ("foreign minister", "CIV", date(2010, 6, 1)): "jean-marie-kacou-gervais",
    # the Gambia: foreign affairs
    ("foreign minister", "GMB", date(2005, 1, 1)): "sidi-sanneh",
    ("foreign minister", "GMB", date(2008, 6, 1)): "omar-touray",
    # Liberia: foreign affairs
    ("foreign minister", "LBR", date(2005, 1, 1)): "thomas-yaya-nimely",
    # Cabo Verde: external relations and defence
    ("foreign minister", "CPV", date(2015, 6, 1)): "jorge-tolentino",
    ("defence minister", "CPV", date(2015, 6, 1)): "rui-semedo",
    # Burkina Faso: the transition's president at foreign affairs and defence
    ("foreign minister", "BFA", date(2015, 3, 1)): "michel-kafando",
    ("defence minister", "BFA", date(2015, 10, 1)): "michel-kafando",
    # Guinea-Bissau: the interior and defence
    ("interior minister", "GNB", date(2017, 6, 1)): "botche-cande",
    ("interior minister", "GNB", date(2025, 12, 15)): "mamasaliu-embalo",
    ("defence minister", "GNB", date(2025, 12, 15)): "stive-lassana-manssaly",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


HANDOVERS = [
    # (title, state, the day before, the day of, first holder, second holder)
    (
        "interior minister",
        "SEN",
        date(2003, 8, 26),
        date(2003, 8, 27),
        "mamadou-niang",
        "macky-sall",
    ),
    (
        "interior minister",
        "SEN",
        date(2008, 3, 30),
        date(2008, 3, 31),
        "ousmane-ngom",
        "cheikh-tidiane-sy",
    ),
    (
        "interior minister",
        "SEN",
        date(2009, 10, 13),
        date(2009, 10, 14),
        "cheikh-tidiane-sy",
        "becaye-diop",
    ),
    (
        "defence minister",
        "TGO",
        date(2005, 6, 19),
        date(2005, 6, 20),
        "assani-tidjani",
        "kpatcha-gnassingbe",
    ),
    (
        "defence minister",
        "TGO",
        date(2022, 12, 21),
        date(2022, 12, 22),
        "marguerite-gnakade",
        "faure-gnassingbe",
    ),
    (
        "foreign minister",
        "BEN",
        date(2007, 6, 16),
        date(2007, 6, 17),
        "mariam-aladji-boni-diallo",
        "moussa-okanla",
    ),
    (
        "foreign minister",
        "BEN",
        date(2008, 10, 21),
        date(2008, 10, 22),
        "moussa-okanla",
        "jean-marie-ehouzou",
    ),
    (
        "interior minister",
        "BEN",
        date(2008, 10, 21),
        date(2008, 10, 22),
        "felix-hessou",
        "armand-zinzindohoue",
    ),
    (
        "interior minister",
        "BEN",
        date(2013, 8, 10),
        date(2013, 8, 11),
        "benoit-degla",
        "francois-houessou",
    ),
    (
        "interior minister",
        "BEN",
        date(2014, 8, 21),
        date(2014, 8, 22),
        "francois-houessou",
        "simplice-codjo-dossou",
    ),
    (
        "interior minister",
        "BEN",
        date(2015, 6, 17),
        date(2015, 6, 18),
        "simplice-codjo-dossou",
        "placide-azande",
    ),
    (
        "interior minister",
        "SLE",
        date(2023, 7, 14),
        date(2023, 7, 15),
        "david-panda-noah",
        "david-taluva",
    ),
    (
        "interior minister",
        "SLE",
        date(2024, 12, 23),
        date(2024, 12, 24),
        "david-taluva",
        "morie-lengor",
    ),
    (
        "foreign minister",
        "CIV",
        date(2010, 2, 22),
        date(2010, 2, 23),
        "youssouf-bakayoko",
        "jean-marie-kacou-gervais",
    ),
    (
        "foreign minister",
        "GMB",
        date(2004, 10, 13),
        date(2004, 10, 14),
        "baboucarr-blaise-jagne",
        "sidi-sanneh",
    ),
    (
        "foreign minister",
        "GMB",
        date(2005, 3, 23),
        date(2005, 3, 24),
        "sidi-sanneh",
        "musa-gibril-bala-gaye",
    ),
    (
        "foreign minister",
        "CPV",
        date(2016, 4, 21),
        date(2016, 4, 22),
        "jorge-tolentino",
        "luis-filipe-tavares",
    ),
    (
        "defence minister",
        "CPV",
        date(2016, 4, 21),
        date(2016, 4, 22),
        "rui-semedo",
        "luis-filipe-tavares",
    ),
    (
        "foreign minister",
        "BFA",
        date(2015, 7, 18),
        date(2015, 7, 19),
        "michel-kafando",
        "moussa-nebie",
    ),
    (
        "defence minister",
        "BFA",
        date(2015, 7, 16),
        date(2015, 7, 17),
        "isaac-zida",
        "michel-kafando",
    ),
]


test_each_handover_names_one_holder_each_side = each_handover_names_its_holders(HANDOVERS)


def test_starts_and_ends_next_to_gaps(kb: KnowledgeBase) -> None:
    """The spells that begin or end where no holder was read: the day either side."""
    assert holder_ids(kb, "foreign minister", "GIN", date(2002, 6, 9)) == set()
    assert holder_ids(kb, "foreign minister", "GIN", date(2002, 6, 10)) == {"francois-lonseny-fall"}
    assert holder_ids(kb, "foreign minister", "GIN", date(2004, 2, 23)) == set()
    assert holder_ids(kb, "foreign minister", "LBR", date(2003, 10, 13)) == set()
    assert holder_ids(kb, "foreign minister", "LBR", date(2003, 10, 14)) == {"thomas-yaya-nimely"}
    assert holder_ids(kb, "foreign minister", "LBR", date(2006, 1, 16)) == set()
    assert holder_ids(kb, "foreign minister", "GMB", date(2008, 3, 19)) == {"omar-touray"}
    assert holder_ids(kb, "foreign minister", "GMB", date(2008, 8, 1)) == set()
    assert holder_ids(kb, "foreign minister", "CIV", date(2010, 12, 7)) == set()
    assert holder_ids(kb, "interior minister", "SEN", date(2004, 12, 29)) == set()
    assert holder_ids(kb, "interior minister", "SEN", date(2004, 12, 30)) == {"ousmane-ngom"}
    assert holder_ids(kb, "interior minister", "TGO", date(2002, 12, 3)) == {"francois-boko"}
    assert holder_ids(kb, "interior minister", "TGO", date(2005, 4, 22)) == set()
    assert holder_ids(kb, "interior minister", "GNB", date(2016, 12, 12)) == {"botche-cande"}
    assert holder_ids(kb, "interior minister", "GNB", date(2018, 1, 16)) == set()
    assert holder_ids(kb, "interior minister", "GNB", date(2025, 11, 28)) == set()
    assert holder_ids(kb, "defence minister", "GNB", date(2025, 11, 29)) == {
        "stive-lassana-manssaly"
    }
    assert holder_ids(kb, "defence minister", "BFA", date(2015, 12, 29)) == set()


def test_gaps_left_open(kb: KnowledgeBase) -> None:
    """The holders no page dated stay out: Senegal's Cheikh Sadibou Fall (2004), the
    Gambia's foreign ministers of 2006-07 and 2009, Benin's interior from July 2010 to May
    2011, Togo's interior after 2005 (split), the rival governments of Côte d'Ivoire (2011)."""
    assert holder_ids(kb, "interior minister", "SEN", date(2004, 6, 1)) == set()
    # filled by kbafrW35: Bala Garba Jahumpa, 2006-10-25 to 2007-09-14
    assert holder_ids(kb, "foreign minister", "GMB", date(2007, 1, 1)) == {"bala-garba-jahumpa"}
    assert holder_ids(kb, "foreign minister", "GMB", date(2009, 6, 1)) == set()
    # filled by kbafrW40: Martial Sounton, 2010-07-13 to May 2011
    assert holder_ids(kb, "interior minister", "BEN", date(2010, 10, 1)) == {"martial-sounton"}
    assert holder_ids(kb, "interior minister", "TGO", date(2010, 1, 1)) == set()
    assert holder_ids(kb, "foreign minister", "CIV", date(2011, 3, 1)) == set()


def test_moussa_nebie_refined(kb: KnowledgeBase) -> None:
    """Moussa Nébié's foreign spell starts on 2015-07-19 (was: 2015, the year only), the day
    Kafando gave him the ministry he had held himself since 2014-11-23."""
    assert holder_ids(kb, "foreign minister", "BFA", date(2015, 3, 1)) == {"michel-kafando"}
    assert holder_ids(kb, "foreign minister", "BFA", date(2015, 7, 19)) == {"moussa-nebie"}


def test_new_names(kb: KnowledgeBase) -> None:
    """The new people's names and other spellings name them; their distinctive surnames are
    theirs."""
    assert alias_ids(kb, "Mamadou Niang") == {"mamadou-niang"}
    assert alias_ids(kb, "Cheikh Tidiane Sy") == {"cheikh-tidiane-sy"}
    assert alias_ids(kb, "Assani Tidjani") == {"assani-tidjani"}
    assert alias_ids(kb, "François Boko") == {"francois-boko"}
    assert alias_ids(kb, "Mariam Aladji Boni Diallo") == {"mariam-aladji-boni-diallo"}
    assert alias_ids(kb, "Okanla") == {"moussa-okanla"}
    assert alias_ids(kb, "Félix Hessou") == {"felix-hessou"}
    assert alias_ids(kb, "Armand Zinzindohoue") == {"armand-zinzindohoue"}
    assert alias_ids(kb, "Benoît Dègla") == {"benoit-degla"}
    assert alias_ids(kb, "Houessou") == {"francois-houessou"}
    assert alias_ids(kb, "Dossou Simplice Codjo") == {"simplice-codjo-dossou"}
    assert alias_ids(kb, "Taluva") == {"david-taluva"}
    assert alias_ids(kb, "Morie Lengor") == {"morie-lengor"}
    assert alias_ids(kb, "Kacou Gervais") == {"jean-marie-kacou-gervais"}
    assert alias_ids(kb, "Sidi Sanneh") == {"sidi-sanneh"}
    assert alias_ids(kb, "Omar Alieu Touray") == {"omar-touray"}
    assert alias_ids(kb, "Yaya Nimely") == {"thomas-yaya-nimely"}
    assert alias_ids(kb, "Nimely") == {"thomas-yaya-nimely"}
    assert alias_ids(kb, "Jorge Tolentino") == {"jorge-tolentino"}
    assert alias_ids(kb, "Rui Semedo") == {"rui-semedo"}
    assert alias_ids(kb, "Mamasaliu Embaló") == {"mamasaliu-embalo"}
    assert alias_ids(kb, "Stive Lassana Manssaly") == {"stive-lassana-manssaly"}


def test_surnames_kept_or_shared(kb: KnowledgeBase) -> None:
    """The bare surnames the new names would have taken stay their owners' ("Boko", "Embaló")
    or shared ("Moro": the Gambia's minister is Sidi Sanneh, not Sidi Moro Sanneh); the common
    ones the catalogue forms share are nobody's alone."""
    assert alias_ids(kb, "Boko") == {"duma-boko"}
    assert alias_ids(kb, "Embaló") == {"umaro-sissoco-embalo"}
    assert {"abba-moro", "sergio-moro"} <= set(kb.sharing("Moro"))
    assert set(kb.sharing("Niang")) == {"madicke-niang", "mamadou-niang"}
    assert alias_ids(kb, "Sy") == set()
    assert alias_ids(kb, "Touray") == set()
    assert alias_ids(kb, "Sanneh") == set()
    assert alias_ids(kb, "Semedo") == set()
