"""The ministers and heads the earlier passes left out for a compound surname, a checked pass
(issue 14, kbcomp32): Portugal's Júlio Castro Caldas (defence 1999-2001), Niger's Aminatou
Maïga Touré (foreign 2010-11), the Dominican Republic's Hugo Tolentino Dipp (foreign 2000-03)
and Carlos Morales Troncoso (foreign 2004-14), Paraguay's Carlos Romero Pereira (defence
2003-04), Honduras's Jorge Rodas Gamero (security 2008-10), Timor-Leste's Francisco da Costa
Guterres (interior from 2023), Guinea-Bissau's Ilídio Vieira Té (prime minister from
2025-11-28) and Mexico's Fernando Gutiérrez Barrios (Gobernación 1988-93), each written with
the ``surname`` key (docs/actors.md, "Compound surnames" and "the kbcomp32 pass"); a day inside
each new spell, the handover days, the gaps left open, the compound surnames and the shared
surnames their first words still are.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    ("defence minister", "PRT", date(2000, 6, 1)): "julio-castro-caldas",
    ("foreign minister", "NER", date(2010, 6, 1)): "aminatou-maiga-toure",
    ("foreign minister", "DOM", date(2001, 6, 1)): "hugo-tolentino-dipp",
    ("foreign minister", "DOM", date(2009, 6, 1)): "carlos-morales-troncoso",
    ("defence minister", "PRY", date(2003, 12, 1)): "carlos-romero-pereira",
    ("security minister", "HND", date(2009, 1, 1)): "jorge-rodas-gamero",
    ("interior minister", "TLS", date(2024, 6, 1)): "francisco-da-costa-guterres",
    ("prime minister", "GNB", date(2025, 12, 15)): "ilidio-vieira-te",
    ("interior minister", "MEX", date(1991, 1, 1)): "fernando-gutierrez-barrios",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_portugal_niger_handovers(kb: KnowledgeBase) -> None:
    """Castro Caldas from October 1999 to Rui Pena's reshuffle of July 2001 (months: both
    hold July); Maïga Touré from the transition government of 2010-03-01 to Issoufou's first
    government (2011-04-21), Bazoum's spell starting in that month."""
    assert holder_ids(kb, "defence minister", "PRT", date(1999, 9, 30)) == set()
    assert holder_ids(kb, "defence minister", "PRT", date(1999, 10, 1)) == {"julio-castro-caldas"}
    assert holder_ids(kb, "defence minister", "PRT", date(2001, 6, 30)) == {"julio-castro-caldas"}
    assert holder_ids(kb, "defence minister", "PRT", date(2001, 8, 1)) == {"rui-pena"}
    ner = "NER"
    assert holder_ids(kb, "foreign minister", ner, date(2010, 2, 28)) == {"aichatou-mindaoudou"}
    assert holder_ids(kb, "foreign minister", ner, date(2010, 3, 1)) == {"aminatou-maiga-toure"}
    assert holder_ids(kb, "foreign minister", ner, date(2011, 3, 31)) == {"aminatou-maiga-toure"}
    assert holder_ids(kb, "foreign minister", ner, date(2011, 4, 21)) == {"mohamed-bazoum"}


def test_dominican_foreign_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Tolentino Dipp from Mejía's inauguration (2000-08-16) to June 2003; Frank Guerrero
    Prats (to 2004-08-16) and Eduardo Latorre (before 2000-08-16) left out; Morales Troncoso
    from 2004-08-16 to Andrés Navarro's appointment (2014-09-15)."""
    dom = "DOM"
    assert holder_ids(kb, "foreign minister", dom, date(2000, 8, 15)) == set()
    assert holder_ids(kb, "foreign minister", dom, date(2000, 8, 16)) == {"hugo-tolentino-dipp"}
    assert holder_ids(kb, "foreign minister", dom, date(2003, 6, 30)) == {"hugo-tolentino-dipp"}
    assert holder_ids(kb, "foreign minister", dom, date(2003, 7, 1)) == set()
    assert holder_ids(kb, "foreign minister", dom, date(2004, 8, 15)) == set()
    assert holder_ids(kb, "foreign minister", dom, date(2004, 8, 16)) == {"carlos-morales-troncoso"}
    assert holder_ids(kb, "foreign minister", dom, date(2014, 9, 14)) == {"carlos-morales-troncoso"}
    assert holder_ids(kb, "foreign minister", dom, date(2014, 9, 15)) == {
        "andres-navarro-dominican-republic"
    }


def test_paraguay_honduras_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Romero Pereira from Duarte's inauguration (2003-08-15) to April 2004, the defence
    ministry then nobody's (Roberto González taken out on main); Rodas Gamero from March 2008
    (Álvaro Romero's last month) to January 2010 (Óscar Álvarez's first)."""
    pry = "PRY"
    assert holder_ids(kb, "defence minister", pry, date(2003, 8, 14)) == set()
    assert holder_ids(kb, "defence minister", pry, date(2003, 8, 15)) == {"carlos-romero-pereira"}
    assert holder_ids(kb, "defence minister", pry, date(2004, 4, 30)) == {"carlos-romero-pereira"}
    assert holder_ids(kb, "defence minister", pry, date(2004, 5, 1)) == set()
    hnd = "HND"
    assert holder_ids(kb, "security minister", hnd, date(2008, 2, 15)) == {"alvaro-romero-honduras"}
    assert holder_ids(kb, "security minister", hnd, date(2008, 4, 1)) == {"jorge-rodas-gamero"}
    assert holder_ids(kb, "security minister", hnd, date(2009, 12, 31)) == {"jorge-rodas-gamero"}
    assert holder_ids(kb, "security minister", hnd, date(2010, 2, 1)) == {"oscar-alvarez-honduras"}


def test_timor_guinea_bissau_mexico_handovers(kb: KnowledgeBase) -> None:
    """Costa Guterres from the IX government (2023-07-01), Taur Matan Ruak the day before;
    Vieira Té from 2025-11-28, Braima Camará's government ended by the coup of 2025-11-26
    and the day between nobody's; Gutiérrez Barrios from Salinas's government (1988-12) to
    Patrocinio González Garrido (1993-01-04)."""
    assert holder_ids(kb, "interior minister", "TLS", date(2023, 6, 30)) == {"taur-matan-ruak"}
    assert holder_ids(kb, "interior minister", "TLS", date(2023, 7, 1)) == {
        "francisco-da-costa-guterres"
    }
    assert holder_ids(kb, "prime minister", "GNB", date(2025, 11, 25)) == {"braima-camara"}
    assert holder_ids(kb, "prime minister", "GNB", date(2025, 11, 27)) == set()
    assert holder_ids(kb, "prime minister", "GNB", date(2025, 11, 28)) == {"ilidio-vieira-te"}
    mex = "MEX"
    assert holder_ids(kb, "interior minister", mex, date(1988, 11, 30)) == set()
    assert holder_ids(kb, "interior minister", mex, date(1988, 12, 1)) == {
        "fernando-gutierrez-barrios"
    }
    assert holder_ids(kb, "interior minister", mex, date(1993, 1, 3)) == {
        "fernando-gutierrez-barrios"
    }
    assert holder_ids(kb, "interior minister", mex, date(1993, 1, 4)) == {
        "patrocinio-gonzalez-garrido"
    }


def test_gaps_left_open(kb: KnowledgeBase) -> None:
    """Left out: El Salvador's Juan Antonio Martínez Varela (defence to October 2004, his start
    not read) and Frank Guerrero Prats (above)."""
    assert holder_ids(kb, "defence minister", "SLV", date(2003, 6, 1)) == set()
    assert holder_ids(kb, "foreign minister", "DOM", date(2004, 1, 1)) == set()


COMPOUNDS = {
    "Castro Caldas": "julio-castro-caldas",
    "Maïga Touré": "aminatou-maiga-toure",
    "Tolentino Dipp": "hugo-tolentino-dipp",
    "Morales Troncoso": "carlos-morales-troncoso",
    "Romero Pereira": "carlos-romero-pereira",
    "Rodas Gamero": "jorge-rodas-gamero",
    "Costa Guterres": "francisco-da-costa-guterres",
    "Vieira Té": "ilidio-vieira-te",
    "Gutiérrez Barrios": "fernando-gutierrez-barrios",
}


@pytest.mark.parametrize(("surname", "person"), list(COMPOUNDS.items()))
def test_the_compound_is_the_persons_surname(kb: KnowledgeBase, surname: str, person: str) -> None:
    assert [(h.actor_id, h.kind) for h in kb.lookup(surname)] == [(person, "surname")]
    last = surname.split()[-1]  # the compound's last word alone is not the person's
    assert person not in alias_ids(kb, last) and person not in kb.sharing(last)


def test_names(kb: KnowledgeBase) -> None:
    """The full names and spellings resolve; the first words of the compounds keep the
    shared surnames they were (the people before this pass, none added or lost); "Tolentino"
    stays Jorge Tolentino's and "Guterres" António Guterres's; "Carlos Romero" stays the
    Bolivian minister's and "Francisco Guterres" the former president Lu-Olo's."""
    assert alias_ids(kb, "Júlio Castro Caldas") == {"julio-castro-caldas"}
    assert alias_ids(kb, "Castro Caldas, Julio") == {"julio-castro-caldas"}
    assert alias_ids(kb, "Aminatou Maiga Toure") == {"aminatou-maiga-toure"}
    assert alias_ids(kb, "Aminatou Djibrilla Maïga Touré") == {"aminatou-maiga-toure"}
    assert alias_ids(kb, "Hugo Tolentino Dipp") == {"hugo-tolentino-dipp"}
    assert alias_ids(kb, "Carlos Morales Troncoso") == {"carlos-morales-troncoso"}
    assert alias_ids(kb, "Carlos Romero Pereira") == {"carlos-romero-pereira"}
    assert alias_ids(kb, "Jorge Alberto Rodas Gamero") == {"jorge-rodas-gamero"}
    assert alias_ids(kb, "Francisco da Costa Guterres") == {"francisco-da-costa-guterres"}
    assert alias_ids(kb, "Ilidio Vieira Te") == {"ilidio-vieira-te"}
    assert alias_ids(kb, "Fernando Gutierrez Barrios") == {"fernando-gutierrez-barrios"}
    assert set(kb.sharing("Castro")) == {
        "fidel-castro",
        "jorge-lara-castro",
        "luis-alva-castro",
        "raul-castro",
        "rene-castro-costa-rica",
        "xiomara-castro",
    }
    assert set(kb.sharing("Maïga")) == {
        "abdoulaye-idrissa-maiga",
        "abdoulaye-maiga",
        "choguel-kokalla-maiga",
        "ousmane-issoufi-maiga",
        "soumeylou-boubeye-maiga",
    }
    assert set(kb.sharing("Morales")) == {"evo-morales", "jimmy-morales"}
    assert set(kb.sharing("Romero")) == {
        "alvaro-romero-honduras",
        "carlos-romero-bolivia",
        "humberto-romero-argentina",
        "otto-romero",
        "vicente-romero-peru",
    }
    assert set(kb.sharing("Rodas")) == {"haroldo-rodas", "oliverio-garcia-rodas", "patricia-rodas"}
    assert set(kb.sharing("Costa")) == {
        "adalberto-costa-junior",
        "antonio-costa",
        "gabriel-costa",
        "gino-costa",
        "guilherme-posser-da-costa",
        "manuel-pinto-da-costa",
        "zacarias-da-costa",
    }
    assert set(kb.sharing("Vieira")) == {"joao-bernardo-vieira", "mauro-vieira"}
    assert set(kb.sharing("Gutiérrez")) == {
        "edgar-gutierrez",
        "gonzalo-gutierrez-reinel",
        "lucio-gutierrez",
        "nancy-patricia-gutierrez",
    }
    assert alias_ids(kb, "Tolentino") == {"jorge-tolentino"}
    assert alias_ids(kb, "Guterres") == {"antonio-guterres"}
    assert alias_ids(kb, "Carlos Romero") == {"carlos-romero-bolivia"}
    assert alias_ids(kb, "Francisco Guterres") == {"francisco-guterres-lu-olo"}
