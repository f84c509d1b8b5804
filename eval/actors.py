"""Actor mention resolution on our own annotated set (``eval/data/actors_gold.jsonl``).

The set: the five sample articles (their text is read from the package) and six short texts we
wrote to test dates, transliterations, titles and coreference (2015, 2022, 2024, 2025). Scope
of the annotation (see docs/actors.md): mentions of people, organisations, institutions,
armed groups and media, title phrases, capitals used for their government, and he/she
pronouns whose antecedent is a known actor; plain country names and demonyms are not in it
(they are dictionary look-ups, scored apart as "states").

A predicted mention matches a gold one when the spans overlap and the actor ids are equal
(``None`` = deliberately unresolved). ``strict`` also requires identical offsets.
"""

from __future__ import annotations

import json
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

GOLD = Path(__file__).resolve().parent / "data" / "actors_gold.jsonl"


def load_gold() -> list[dict[str, Any]]:
    docs = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line]
    sample = resources.files("newsgraph") / "data" / "sample" / "articles"
    for d in docs:
        if "text" not in d:
            d["text"] = (sample / d["source"].split("/", 1)[1]).read_text(encoding="utf-8")
    return docs


def in_scope(m: Any, kb: Any) -> bool:
    if m.label in ("PERSON", "ORG", "TITLE", "PRON"):
        return True
    actor = kb.get(m.actor_id) if m.actor_id else None
    return actor is not None and actor.type not in ("state", "group")


def score(
    gold: list[dict[str, Any]], pred: list[dict[str, Any]], strict: bool
) -> tuple[int, int, int]:
    used: set[int] = set()
    tp = 0
    for p in pred:
        for i, g in enumerate(gold):
            if i in used or g["actor_id"] != p["actor_id"]:
                continue
            same = (
                (g["start"], g["end"]) == (p["start"], p["end"])
                if strict
                else g["start"] < p["end"] and p["start"] < g["end"]
            )
            if same:
                used.add(i)
                tp += 1
                break
    return tp, len(pred) - tp, len(gold) - tp


def _prf(tp: int, fp: int, fn: int) -> dict[str, Any]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {
        "precision": p,
        "recall": r,
        "f1": 2 * p * r / (p + r) if p + r else 0.0,
        "tp": tp,
        "fp": fp,
        "fn": fn,
    }


def run(quick: bool = False) -> dict[str, dict[str, Any]]:
    from newsgraph.config import load_settings
    from newsgraph.parse.nlp import build_nlp
    from newsgraph.resolve.mentions import ActorStage, resolve_doc

    settings = load_settings()
    nlp = build_nlp(settings)
    stage = ActorStage(settings)
    docs = load_gold()
    totals = {"lenient": [0, 0, 0], "strict": [0, 0, 0], "resolved only": [0, 0, 0]}
    errors: list[str] = []
    for d, doc in zip(docs, nlp.pipe([d["text"] for d in docs]), strict=True):
        day = date.fromisoformat(d["published"]) if d.get("published") else None
        mentions = resolve_doc(doc, d["id"], day, stage.kb, stage.fuzzy, settings.fuzzy_threshold)
        pred = [
            {
                "start": m.start,
                "end": m.end,
                "text": m.text,
                # a corpus actor is "not in the KB", which is what the gold's null says
                "actor_id": m.actor_id if m.actor_id in stage.kb else None,
            }
            for m in mentions
            if in_scope(m, stage.kb)
        ]
        for name, strict, only in (
            ("lenient", False, False),
            ("strict", True, False),
            ("resolved only", False, True),
        ):
            g = [x for x in d["mentions"] if x["actor_id"] or not only]
            p = [x for x in pred if x["actor_id"] or not only]
            for k, v in enumerate(score(g, p, strict)):
                totals[name][k] += v
        if not quick:
            errors += _diff(d, pred)
    for line in errors:
        print("   ", line)
    return {f"mentions ({k})": {"n_docs": len(docs), **_prf(*v)} for k, v in totals.items()}


def _diff(d: dict[str, Any], pred: list[dict[str, Any]]) -> list[str]:
    def key(x: dict[str, Any]) -> tuple[int, str | None]:
        return x["start"], x["actor_id"]

    gold_spans = {(g["start"], g["actor_id"]) for g in d["mentions"]}
    out = []
    for p in pred:
        if not any(
            g["actor_id"] == p["actor_id"] and g["start"] < p["end"] and p["start"] < g["end"]
            for g in d["mentions"]
        ):
            out.append(f"{d['id']}: false {p['text']!r} -> {p['actor_id']}")
    for g in d["mentions"]:
        if not any(
            p["actor_id"] == g["actor_id"] and g["start"] < p["end"] and p["start"] < g["end"]
            for p in pred
        ):
            out.append(f"{d['id']}: missed {g['text']!r} -> {g['actor_id']}")
    del gold_spans, key
    return out
