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
from collections import Counter, defaultdict
from collections.abc import Mapping
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

GOLD = Path(__file__).resolve().parent / "data" / "actors_gold.jsonl"
JUDGED = Path(__file__).resolve().parent / "data" / "actors_judged.jsonl"
_QUICK_JUDGED = 60


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
    out = {f"mentions ({k})": {"n_docs": len(docs), **_prf(*v)} for k, v in totals.items()}
    out["sample coverage (unjudged)"] = sample_coverage(nlp, stage, settings, docs[:5])
    out.update(run_judged(nlp, stage, settings, quick))
    return out


def sample_coverage(
    nlp: Any, stage: Any, settings: Any, docs: list[dict[str, Any]]
) -> dict[str, Any]:
    """Share of the sample articles' PERSON/ORG/NORP/GPE entities that a mention over them
    resolves to an actor (KB or corpus). Not judged: a resolved place would count too."""
    from newsgraph.resolve.mentions import resolve_doc

    n = hit = 0
    for d, doc in zip(docs, nlp.pipe([d["text"] for d in docs]), strict=True):
        day = date.fromisoformat(d["published"]) if d.get("published") else None
        ms = resolve_doc(doc, d["id"], day, stage.kb, stage.fuzzy, settings.fuzzy_threshold)
        for e in doc.ents:
            if e.label_ in ("PERSON", "ORG", "NORP", "GPE"):
                n += 1
                p = _covering(ms, e.start_char, e.end_char)
                hit += p is not None and p.actor_id is not None
    return {"n": n, "coverage": hit / n if n else 0.0}


def _covering(mentions: list[Any], start: int, end: int) -> Any:
    """The predicted mention overlapping [start, end) the most (the exact one first)."""
    best, size = None, 0
    for m in mentions:
        ov = min(end, m.end) - max(start, m.start)
        if ov > size or (ov == size and ov > 0 and m.start == start):
            best, size = m, ov
    return best


def run_judged(nlp: Any, stage: Any, settings: Any, quick: bool) -> dict[str, dict[str, Any]]:
    """Precision, recall and coverage on hand-checked mentions of non-sample corpora
    (``eval/data/actors_judged.jsonl``; see docs/actors.md for how they were drawn and judged).

    Each judged mention has ``ref``: acceptable answers, each a KB id, ``new:Name`` (an actor
    the KB lacks: a corpus actor of that name, or a KB actor of that name once the KB has it),
    ``place`` (a location, not an actor) or ``none`` (no actor: a fragment, a slogan, a NER
    error). Precision: resolved mentions whose actor is acceptable / resolved mentions.
    Recall: actor mentions resolved acceptably / actor mentions (a ``none`` alternative makes
    leaving it unresolved acceptable too, and keeps it out of recall). Coverage: actor
    mentions resolved to any actor / actor mentions.
    """
    from eval.actors_corpora import available, read_corpus
    from newsgraph.resolve.mentions import resolve_doc

    judged = [json.loads(x) for x in JUDGED.read_text(encoding="utf-8").splitlines() if x]
    if quick:
        judged = [j for j in judged if j["set"] == "test"][:_QUICK_JUDGED]
    out: dict[str, dict[str, Any]] = {}
    pooled: dict[str, Counter[str]] = defaultdict(Counter)
    for part, corpus in sorted({(j["set"], j["corpus"]) for j in judged}):
        if not available(corpus):
            print(f"    (skipped {corpus}: its text is not in ../shared)")
            continue
        rows = [j for j in judged if j["corpus"] == corpus and j["set"] == part]
        texts = {d["id"]: d for d in read_corpus(corpus) if d["id"] in {j["article"] for j in rows}}
        ids = sorted(texts)
        preds: dict[str, list[Any]] = {}
        for aid, doc in zip(ids, nlp.pipe([texts[i]["text"] for i in ids]), strict=True):
            pub = texts[aid].get("published")
            day = date.fromisoformat(pub) if pub else None
            preds[aid] = resolve_doc(doc, aid, day, stage.kb, stage.fuzzy, settings.fuzzy_threshold)
        c = {"n": len(rows), "actors": 0, "resolved": 0, "correct": 0, "tp": 0, "gold": 0}
        errors = []
        for j in rows:
            p = _covering(preds[j["article"]], j["start"], j["end"])
            pid = p.actor_id if p is not None else None
            refs = j["ref"]
            actor = any(r not in ("place", "none") for r in refs)
            ok = pid is not None and any(_accepts(r, pid, j["label"], stage.kb) for r in refs)
            c["actors"] += actor
            c["resolved"] += pid is not None
            c["correct"] += ok
            if actor and pid is not None:
                c["tp"] += ok
            if actor and not ("none" in refs and pid is None):
                c["gold"] += 1
            if actor and pid is None:
                c.setdefault("unresolved actors", 0)
                c["unresolved actors"] += 1
            if (pid is not None and not ok) or (pid is None and actor and "none" not in refs):
                got = f"{p.text!r} {pid} {p.method}" if p is not None else "no mention"
                errors.append(
                    f"{part} {corpus} {j['article']}@{j['start']} {j['text']!r}: {got} "
                    f"(judged {refs})"
                )
        covered = sum(
            1
            for j in rows
            if any(r not in ("place", "none") for r in j["ref"])
            and (p := _covering(preds[j["article"]], j["start"], j["end"])) is not None
            and p.actor_id is not None
        )
        c["covered"] = covered
        out[f"judged {corpus} ({part})"] = _judged_figures(c)
        pooled[part].update({k: v for k, v in c.items() if k != "unresolved actors"})
        if not quick:
            for line in errors:
                print("   ", line)
    for part in sorted(pooled):  # the targets are on the non-sample mentions together
        out[f"judged all sets ({part})"] = _judged_figures(pooled[part])
    return out


def _judged_figures(c: Mapping[str, int]) -> dict[str, Any]:
    return {
        "n": c["n"],
        "actor_mentions": c["actors"],
        "precision": c["correct"] / c["resolved"] if c["resolved"] else 0.0,
        "recall": c["tp"] / c["gold"] if c["gold"] else 0.0,
        "coverage": c["covered"] / c["actors"] if c["actors"] else 0.0,
        "resolved": c["resolved"],
        "wrong": c["resolved"] - c["correct"],
    }


def _accepts(ref: str, pid: str, label: str, kb: Any) -> bool:
    """Whether the predicted actor id ``pid`` is the judged referent ``ref``."""
    from newsgraph.names import norm_alias
    from newsgraph.resolve.discovered import discovered_id

    if ref in ("place", "none"):
        return False
    if not ref.startswith("new:"):
        return pid == ref
    name = ref[4:]
    if pid in {discovered_id(name, lab, kb) for lab in (label, "PERSON", "NORP")}:
        return True
    actor = kb.get(pid)  # the KB may have the actor by now
    return actor is not None and norm_alias(name) in {
        norm_alias(x) for x in (actor.name, *actor.aliases, *getattr(actor, "local_aliases", ()))
    }


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
