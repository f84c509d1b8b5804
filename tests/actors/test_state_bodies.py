"""Parliaments, apex courts and national police by state (issue 14, item 1; branch act15).

Shipped KB and real model; each text is made up to test one body or rule.
"""

from __future__ import annotations

import re
import sys
from datetime import date
from pathlib import Path

import pytest
from tests.actors.kb_holders import alias_ids
from tests.actors.resolving import actors_at, run

from newsgraph.resolve.kb import KnowledgeBase
from newsgraph.resolve.mentions import ActorStage


def test_every_focus_state_has_a_parliament(kb: KnowledgeBase) -> None:
    """The 58 focus states of ``scripts/kb_coverage.py`` (G20, Security Council, conflicts)."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
    from kb_coverage import FOCUS  # type: ignore[import-not-found]

    legislatures = {a.country for a in kb if a.type == "institution" and a.sector == "LEG"}
    assert set(FOCUS) <= legislatures, sorted(set(FOCUS) - legislatures)


def test_coverage_counts_a_body_by_sector_and_media_as_news_outlets(kb: KnowledgeBase) -> None:
    """``kb_coverage.py --bodies``: a body of a sector is a KB institution of it, never an
    implied ISO.GOV/ISO.MIL; any media actor is a news outlet of its state."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
    from kb_coverage import is_body  # type: ignore[import-not-found]

    def body(actor_id: str, sector: str) -> bool:
        actor = kb.get(actor_id)
        assert actor is not None, actor_id
        return bool(is_body(actor, sector))

    assert body("USA.FBI", "COP") and body("GBR.MI6", "SPY") and body("KCNA", "JRN")
    assert not body("GBR.MI6", "COP") and not body("KCNA", "SPY")
    assert not body("USA.MIL", "MIL")


@pytest.mark.parametrize(
    ("name", "actor_id"),
    [
        ("Kenyan parliament", "KEN.PARLIAMENT"),
        ("Milli Majlis", "AZE.MILLI_MAJLIS"),
        ("Wolesi Jirga", "AFG.PARLIAMENT"),
        ("Nigeria's Supreme Court", "NGA.SUPREME"),
        ("Turkish Constitutional Court", "TUR.CONST_COURT"),
        ("Afghan National Police", "AFG.ANP"),
        ("Gendarmerie nationale", "FRA.GENDARMERIE"),
    ],
)
def test_a_body_is_named_by_its_usual_forms(kb: KnowledgeBase, name: str, actor_id: str) -> None:
    assert alias_ids(kb, name) == {actor_id}


def test_bodies_of_a_state_resolve_with_their_sector(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Ugandan parliament passed the bill on Tuesday. Uganda's Supreme Court upheld it, "
        "and the Uganda Police Force arrested the opposition leader in Kampala."
    )
    ms = run(nlp, stage, text, date(2021, 3, 2))
    got = actors_at(ms, text, ("parliament", "Supreme", "Police"))
    assert got == {
        "parliament": [("UGA.PARLIAMENT", "LEG")],
        "Supreme": [("UGA.SUPREME", "JUD")],
        "Police": [("UGA.POLICE", "COP")],
    }


def test_no_police_force_is_named_by_a_demonym(kb: KnowledgeBase) -> None:
    """ "Egyptian police" is Egypt with sector COP (the events stage's organ-noun rule, the
    judged sets' reading), never a police body's alias: a force goes by its own names."""
    demonym_forms = [
        (a.id, text)
        for a in kb
        if a.type == "institution" and a.sector == "COP"
        for text in a.aliases
        if re.fullmatch(r"[A-Z][\w\-]*(?: [A-Z][\w\-]*)*(?:'s)? police", text)
    ]
    assert demonym_forms == []
