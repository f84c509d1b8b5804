"""The checks every audit of KB spells shares (the kbaudit passes: docs/actors.md): the judged
spells are the sample `scripts/kb_audit_sample.py` draws, and every judgement has a verdict
and a page."""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Collection, Iterable
from datetime import timedelta
from pathlib import Path
from types import ModuleType
from typing import Any

from tests.actors.kb_holders import holder_ids

from newsgraph.resolve.kb import KnowledgeBase
from newsgraph.resolve.kb_files import parse_kb_date

ROOT = Path(__file__).resolve().parents[2]
VERDICTS = {"right", "close", "wrong", "unverified"}
_SPELL_KEYS = ("pass", "actor_id", "name", "title", "country", "start", "end")


def audit_sampler() -> ModuleType:
    """`scripts/kb_audit_sample.py`, imported."""
    spec = importlib.util.spec_from_file_location(
        "kb_audit_sample", ROOT / "scripts" / "kb_audit_sample.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_audit(path: Path) -> list[dict[str, Any]]:
    """The judgements of an audit, one JSON object a line."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def judged_spells_are(drawn: list[dict[str, Any]], rows: list[dict[str, Any]]) -> bool:
    """The judged rows are the drawn spells, in the order drawn."""
    return [{k: s[k] for k in _SPELL_KEYS} for s in drawn] == [row["spell"] for row in rows]


def assert_drawn_sample_judged(
    spells_path: Path, audit_path: Path, seed: int, size: int
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The judged rows of ``audit_path`` are the ``size`` spells the sampler draws from
    ``spells_path`` with ``seed``, in the order drawn and numbered from 1. Returns the spells
    listed and the spells drawn."""
    sampler = audit_sampler()
    spells = sampler.read_spells(spells_path)
    drawn = sampler.draw(spells, seed=seed, size=size)
    rows = read_audit(audit_path)
    assert judged_spells_are(drawn, rows)
    assert [row["draw"] for row in rows] == list(range(1, size + 1))
    return spells, drawn


def assert_whole_list_drawn(spells: list[dict[str, Any]], drawn: list[dict[str, Any]]) -> None:
    """The sample drawn is the whole list (an audit of a list shorter than its sample size
    judges every spell)."""
    key = audit_sampler().sort_key
    assert sorted(key(s) for s in drawn) == sorted(key(s) for s in spells)


def assert_judgements(rows: list[dict[str, Any]], counts: dict[str, int], size: int = 40) -> None:
    """``size`` judgements (40 unless the audit drew another number), each with a verdict and a
    page (and a fix where wrong), in ``counts``."""
    assert len(rows) == size
    for row in rows:
        assert row["verdict"] in VERDICTS, row
        assert row["pages"] and all(p["url"] and p["words"] for p in row["pages"]), row
        if row["verdict"] == "wrong":
            assert row.get("fix"), row
    assert {v: sum(r["verdict"] == v for r in rows) for v in VERDICTS} == counts


def assert_spells_stand(
    kb: KnowledgeBase, rows: Iterable[dict[str, Any]], fixed: Collection[str] = ()
) -> None:
    """Every judged spell of ``rows`` but those of the actors in ``fixed`` (which the audit
    corrected) stands in the shipped KB as the pass wrote it, its holder the office's on its
    first and last day (the end is exclusive)."""
    actors = {actor.id: actor for actor in kb}
    for row in rows:
        spell = row["spell"]
        if spell["actor_id"] in fixed:
            continue
        start = parse_kb_date(spell["start"])
        end = parse_kb_date(spell["end"], end=True)
        roles = {(r.title, r.country, r.start, r.end) for r in actors[spell["actor_id"]].roles}
        assert (spell["title"], spell["country"], start, end) in roles, spell
        for day in (start, end - timedelta(days=1)):
            assert spell["actor_id"] in holder_ids(kb, spell["title"], spell["country"], day)
