"""Compound surnames: a KB person's ``surname`` of two words or more (issue 14; docs/actors.md,
"Compound surnames").

Without it the loader takes every word of a name but the last as a given name, which no one's
bare surname may be: "Júlio Castro Veldano" would make "Castro" a given name and end the shared
surname "Castro" of Fidel and Raúl Castro. ``surname: Castro Veldano`` makes the compound the
person's surname, whole, and only the words before it given names.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from tests.actors.resolving import covering, run

from newsgraph.config import Settings
from newsgraph.errors import KnowledgeBaseError
from newsgraph.names import compound_given
from newsgraph.parse.nlp import build_nlp
from newsgraph.resolve.actors import load_kb
from newsgraph.resolve.context import given_names
from newsgraph.resolve.kb import KnowledgeBase
from newsgraph.resolve.mentions import ActorStage

pytestmark = pytest.mark.slow  # builds the shipped KB with a user file on top

JULIO = "julio-castro-veldano-test"
ENTRY = """actors:
  - id: julio-castro-veldano-test
    type: person
    name: Júlio Castro Veldano
    country: PRT
{surname}    aliases: ["Castro Veldano, Júlio"]
    roles:
      - {{title: defence minister, country: PRT, sector: GOV, start: 1999-10-25, end: 2001-07-03}}
"""
WITH = ENTRY.format(surname="    surname: Castro Veldano\n")
WITHOUT = ENTRY.format(surname="")


def _kb(tmp_path: Path, body: str) -> KnowledgeBase:
    f = tmp_path / "user.yaml"
    f.write_text(body, encoding="utf-8")
    return load_kb(Settings(kb_paths=(str(f),), db=str(tmp_path / "x.db")))


@pytest.mark.parametrize(
    "full, given",
    [
        ("Júlio Castro Veldano", ["Júlio"]),
        ("Castro Veldano, Júlio", ["Júlio"]),
        ("Júlio de Castro Veldano", ["Júlio", "de"]),
        ("José Júlio Castro-Veldano", ["José", "Júlio"]),  # a hyphen is a space in a name
        ("Júlio Castro Veldano Jr.", ["Júlio"]),
        ("Castro Veldano", []),
        ("Júlio Veldano", None),
        ("Veldano, Júlio", None),
    ],
)
def test_compound_given(full: str, given: list[str] | None) -> None:
    assert compound_given(full, "Castro Veldano") == given


def test_a_compound_surname_keeps_the_shared_surname_of_its_first_word(tmp_path: Path) -> None:
    kb = _kb(tmp_path, WITH)
    assert {"fidel-castro", "raul-castro"} <= set(kb.sharing("Castro"))
    assert [(h.actor_id, h.kind) for h in kb.lookup("Castro Veldano")] == [(JULIO, "surname")]
    assert kb.lookup("Veldano") == [] and kb.sharing("Veldano") == ()
    julio = kb.get(JULIO)
    assert julio is not None and given_names(julio) == {"julio"}
    # without it, "Castro" is the newcomer's given name, no one's surname, shared or not (and
    # so is "Veldano", a word before the last of the catalogue form)
    kb = _kb(tmp_path, WITHOUT)
    assert kb.sharing("Castro") == () and kb.lookup("Castro") == []
    assert kb.lookup("Castro Veldano") == [] and kb.lookup("Veldano") == []


@pytest.mark.parametrize(
    "entry, why",
    [
        ("{id: x1, type: person, name: Júlio Castro Veldano, surname: Veldano}", "one word"),
        (
            "{id: x1, type: person, name: Júlio Castro Veldano, surname: Castro Lopes}",
            "not its end",
        ),
        ("{id: x1, type: person, name: Castro Veldano, surname: Castro Veldano}", "no given name"),
        ("{id: x1, type: party, name: Partido Castro Veldano, surname: Castro Veldano}", "a party"),
    ],
)
def test_a_bad_surname_is_refused(tmp_path: Path, entry: str, why: str) -> None:
    with pytest.raises(KnowledgeBaseError, match=r"E320 .*user\.yaml:2: surname '.*' of x1"):
        _kb(tmp_path, f"actors:\n  - {entry}\n")


def test_the_compound_surname_resolves_after_the_full_name(
    settings: Settings, tmp_path: Path
) -> None:
    """The real model with the actor ruler of a KB that has the newcomer (``build_nlp``)."""
    f = tmp_path / "user.yaml"
    f.write_text(WITH, encoding="utf-8")
    user = replace(settings, kb_paths=(str(f),), db=str(tmp_path / "x.db"))
    nlp, stage = build_nlp(user), ActorStage(user)
    text = (
        "Portugal's defence minister, Júlio Castro Veldano, met NATO officials in Brussels. "
        "Castro Veldano said the frigates would sail in spring."
    )
    ms = run(nlp, stage, text, date(2000, 5, 2))
    later = [m for m in ms if m.start == text.rindex("Castro Veldano")]
    assert [m.actor_id for m in covering(ms, text, "Júlio")] == [JULIO]
    assert [m.actor_id for m in later] == [JULIO]
    # a Castro of Cuba is still read as the shared "Castro", not the Portuguese minister
    cuba = "Cuba's president Raúl Castro met the visiting delegation. Castro said little."
    ms = run(nlp, stage, cuba, date(2010, 5, 2))
    assert {m.actor_id for m in ms if m.text == "Castro"} == {"raul-castro"}


def test_shipped_compound_surnames(kb: KnowledgeBase) -> None:
    """Portuguese and Spanish ministers whose surname is two words: the compound is theirs,
    not its last word ("Lopes" of three Portuguese ministers, none called so alone, is no
    shared surname; "Sardi" is not Carlos Holguín Sardi's), and its first word keeps its
    people ("Castro", "Morales")."""
    assert [h.actor_id for h in kb.lookup("Santana Lopes")] == ["pedro-santana-lopes"]
    assert [h.actor_id for h in kb.lookup("Figueiredo Lopes")] == ["antonio-figueiredo-lopes"]
    assert kb.sharing("Lopes") == () and kb.lookup("Lopes") == []
    assert kb.lookup("Sardi") == []
    assert [h.actor_id for h in kb.lookup("Holguín Sardi")] == ["carlos-holguin-sardi"]
    assert [h.actor_id for h in kb.lookup("Morales Troncoso")] == ["carlos-morales-troncoso"]
    assert set(kb.sharing("Morales")) == {"evo-morales", "jimmy-morales"}
    assert {"fidel-castro", "raul-castro"} <= set(kb.sharing("Castro"))
