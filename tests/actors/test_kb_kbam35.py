"""Interior ministers of Haiti (2015-16, 2017-19) and defence ministers of Guatemala (2012-15),
a checked pass (issue 14, kbam35): Ariel Henry's interior spell of 2015 (an extend: entry),
Ardouin Zéphirin, Max Rudolph Saint-Albin and Jean Marie Reynaldo Brunet at Haiti's Ministry
of the Interior and Territorial Collectivities, Ulises Anzueto and Manuel López Ambrosio at
Guatemala's Ministry of National Defence, read from stored copies of public pages in the
local-language press (docs/actors.md, "the kbam35 pass"); a day inside each new spell, the
handover days, the gaps left open and the names kept from being anyone's alone.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    # Haiti, interior (the Ministère de l'Intérieur et des Collectivités territoriales)
    ("interior minister", "HTI", date(2015, 6, 1)): "ariel-henry",
    ("interior minister", "HTI", date(2016, 1, 1)): "ardouin-zephirin",
    ("interior minister", "HTI", date(2017, 10, 1)): "max-rudolph-saint-albin",
    ("interior minister", "HTI", date(2018, 12, 1)): "jean-marie-reynaldo-brunet",
    # Guatemala, defence
    ("defence minister", "GTM", date(2012, 6, 1)): "ulises-anzueto",
    ("defence minister", "GTM", date(2014, 6, 1)): "manuel-lopez-ambrosio",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_haiti_interior_handovers(kb: KnowledgeBase) -> None:
    """Delva to Ariel Henry with Evans Paul's government (2015-01-19); Henry to Zéphirin by
    the arrêté of 2015-09-07; Zéphirin to the Jean-Charles government (2016-03-28);
    Saint-Albin from Lafontant's government (2017-03-21) to the reshuffle of 2018-04-24,
    Brunet from then to the arrêté of 2019-09-24."""
    hti = "HTI"
    assert holder_ids(kb, "interior minister", hti, date(2015, 1, 18)) == {"reginald-delva"}
    assert holder_ids(kb, "interior minister", hti, date(2015, 1, 19)) == {"ariel-henry"}
    assert holder_ids(kb, "interior minister", hti, date(2015, 9, 6)) == {"ariel-henry"}
    assert holder_ids(kb, "interior minister", hti, date(2015, 9, 7)) == {"ardouin-zephirin"}
    assert holder_ids(kb, "interior minister", hti, date(2016, 3, 27)) == {"ardouin-zephirin"}
    assert holder_ids(kb, "interior minister", hti, date(2017, 3, 21)) == {
        "max-rudolph-saint-albin"
    }
    assert holder_ids(kb, "interior minister", hti, date(2018, 4, 23)) == {
        "max-rudolph-saint-albin"
    }
    assert holder_ids(kb, "interior minister", hti, date(2018, 4, 24)) == {
        "jean-marie-reynaldo-brunet"
    }
    assert holder_ids(kb, "interior minister", hti, date(2019, 9, 23)) == {
        "jean-marie-reynaldo-brunet"
    }
    # Ariel Henry keeps his premiership of 2021-24
    assert holder_ids(kb, "prime minister", hti, date(2022, 6, 1)) == {"ariel-henry"}


def test_haiti_interior_gaps_left_open(kb: KnowledgeBase) -> None:
    """Pierrot Delienne's interim and François Anick Joseph (2016-17: his start not dated),
    Cadet's interim and Audain Fils Bernadel (2019-21: his end not read), and Ariel Henry's
    interim as prime minister (from 2022-11-14: its end not read) stay nobody's."""
    hti = "HTI"
    assert holder_ids(kb, "interior minister", hti, date(2016, 3, 28)) == set()
    assert holder_ids(kb, "interior minister", hti, date(2016, 10, 1)) == set()
    assert holder_ids(kb, "interior minister", hti, date(2017, 3, 20)) == set()
    assert holder_ids(kb, "interior minister", hti, date(2019, 9, 24)) == set()
    assert holder_ids(kb, "interior minister", hti, date(2020, 6, 1)) == set()
    assert holder_ids(kb, "interior minister", hti, date(2023, 6, 1)) == set()
    assert holder_ids(kb, "defence minister", hti, date(2017, 6, 1)) == set()  # Hervé Denis


def test_guatemala_defence_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Anzueto from Pérez Molina's inauguration (2012-01-14) to July 2013, López Ambrosio from
    July 2013 (month only) to Mansilla's swearing-in (2015-08-15); Colom's last minister
    (2011-12) and Giammattei's (2020-24) stay nobody's."""
    gtm = "GTM"
    assert holder_ids(kb, "defence minister", gtm, date(2012, 1, 13)) == set()
    assert holder_ids(kb, "defence minister", gtm, date(2012, 1, 14)) == {"ulises-anzueto"}
    assert holder_ids(kb, "defence minister", gtm, date(2013, 6, 30)) == {"ulises-anzueto"}
    assert holder_ids(kb, "defence minister", gtm, date(2013, 8, 1)) == {"manuel-lopez-ambrosio"}
    assert holder_ids(kb, "defence minister", gtm, date(2015, 8, 14)) == {"manuel-lopez-ambrosio"}
    assert holder_ids(kb, "defence minister", gtm, date(2015, 8, 15)) == {"williams-mansilla"}
    assert holder_ids(kb, "defence minister", gtm, date(2011, 8, 1)) == set()
    assert holder_ids(kb, "defence minister", gtm, date(2022, 1, 1)) == set()


def test_names(kb: KnowledgeBase) -> None:
    """The new people's names resolve; "Zéphirin" and "Brunet" (written in catalogue order
    only), "Albin" (the spaced form is not written), "López" and "Ambrosio" (López Ambrosio's
    compound surname) are no one's alone."""
    assert alias_ids(kb, "Ardouin Zéphirin") == {"ardouin-zephirin"}
    assert alias_ids(kb, "Ardouin Zephirin") == {"ardouin-zephirin"}
    assert alias_ids(kb, "Max Rudolph Saint-Albin") == {"max-rudolph-saint-albin"}
    assert alias_ids(kb, "Rudolph St-Albin") == {"max-rudolph-saint-albin"}
    assert alias_ids(kb, "Saint-Albin") == {"max-rudolph-saint-albin"}
    assert alias_ids(kb, "Jean Marie Reynaldo Brunet") == {"jean-marie-reynaldo-brunet"}
    assert alias_ids(kb, "Reynaldo Brunet") == {"jean-marie-reynaldo-brunet"}
    assert alias_ids(kb, "Ulises Anzueto") == {"ulises-anzueto"}
    assert alias_ids(kb, "Anzueto") == {"ulises-anzueto"}
    assert alias_ids(kb, "Manuel López Ambrosio") == {"manuel-lopez-ambrosio"}
    assert alias_ids(kb, "López Ambrosio") == {"manuel-lopez-ambrosio"}
    assert alias_ids(kb, "Ariel Henry") == {"ariel-henry"}
    for word in ("Zéphirin", "Zephirin", "Brunet", "Albin", "López", "Lopez", "Ambrosio"):
        assert not alias_ids(kb, word) & {
            "ardouin-zephirin",
            "jean-marie-reynaldo-brunet",
            "max-rudolph-saint-albin",
            "manuel-lopez-ambrosio",
        }, word
