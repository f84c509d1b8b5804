"""Event reports on real news: the 160 judged Guardian sentences of ``realnews/dev_gold.jsonl``.

    .venv/bin/python -m eval realnews [--quick]

The articles that hold a judged sentence (110 of the corpus's 249) are ingested through the
real pipeline into a temporary store; the ``articles`` and ``event-reports`` exports are then
matched to the judged sentences exactly as the reference scorer ``realnews/score.py`` does (a
report belongs to a judged sentence when it comes from the same article and its sentence
contains, or is contained in, the judged one, letters and digits only, lower case), so the
headline figures agree with it.

Groups: ``all`` (every report, whatever its confidence), ``shown`` (the reports at or above
the default threshold ``DEFAULT_MIN_CONFIDENCE``, what ``newsgraph events``, the web UI and the
analysis show), the same two on each half of the articles (``tune``: the half the rules and
the threshold were looked at on; ``held_out``: the other half, split by a hash of the article
id), ``band a-b`` (type precision of the reports whose confidence is in [a, b)) and ``type X``
(precision and recall per PLOVER type, all reports). ``--quick``: the first 40 articles.
"""

from __future__ import annotations

import json
import re
import tempfile
import zlib
from collections import defaultdict
from pathlib import Path
from typing import Any

from eval.datasets import ROOT, dataset

GOLD = ROOT / "realnews" / "dev_gold.jsonl"
CORPUS = ROOT.parent / "corpus" / "real" / "guardian_syria_2017_2019.jsonl"
BANDS = (0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1.01)
QUICK_ARTICLES = 40


def _load(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip().startswith("{")]


def key(s: str | None) -> str:
    return re.sub(r"[^a-z0-9]", "", (s or "").lower())


def same_sentence(a: str | None, b: str | None) -> bool:
    x, y = key(a), key(b)
    return bool(x and y) and (x in y or y in x)


def actor_hit(gold: dict[str, Any] | None, found: list[dict[str, Any]] | None) -> bool:
    """score.py's rule: the gold code equals the actor's id, country or name (or their first
    three letters for an ISO3 code), or the texts overlap; a null gold wants no party."""
    if not gold:
        return not found
    code, text = (gold.get("code") or "").lower(), (gold.get("text") or "").lower()
    for a in found or []:
        vals = {str(a.get(k)).lower() for k in ("id", "country", "name") if a.get(k)}
        if code and (code in vals or (len(code) == 3 and any(v[:3] == code for v in vals))):
            return True
        t = str(a.get("text") or "").lower()
        if text and t and (t in text or text in t):
            return True
    return False


def half_of(doc: str) -> str:
    """``tune`` or ``held_out``: a fixed split of the articles by a hash of their id."""
    return "tune" if zlib.crc32(doc.encode()) % 2 == 0 else "held_out"


def score(
    gold: list[dict[str, Any]],
    reports: dict[str, list[dict[str, Any]]],
    min_confidence: float | None = None,
) -> dict[str, Any]:
    """score.py's figures. ``reports``: source id (the gold ``doc``) -> exported reports."""
    n_sys = n_ok = n_gold = n_hit = n_dyad = empty = on_empty = 0
    for g in gold:
        mine = [
            r
            for r in reports.get(g["doc"], [])
            if same_sentence(r.get("sentence"), g["sentence"])
            and (min_confidence is None or (r.get("confidence") or 0) >= min_confidence)
        ]
        types = [e["type"] for e in g["events"]]
        n_sys += len(mine)
        n_ok += sum(str(r.get("type", "")).upper() in types for r in mine)
        if not g["events"]:
            empty += 1
            on_empty += len(mine)
        for e in g["events"]:
            n_gold += 1
            same = [r for r in mine if str(r.get("type", "")).upper() == e["type"]]
            n_hit += bool(same)
            n_dyad += any(
                actor_hit(e.get("actor"), r.get("actor"))
                and actor_hit(e.get("recipient"), r.get("recipient"))
                for r in same
            )
    p, r = n_ok / max(n_sys, 1), n_hit / max(n_gold, 1)
    return {
        "precision": round(p, 3),
        "recall": round(r, 3),
        "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
        "dyad_recall": round(n_dyad / max(n_gold, 1), 3),
        "reports": n_sys,
        "correct": n_ok,
        "gold": n_gold,
        "on_empty": on_empty,
        "empty_sentences": empty,
    }


def judged_reports(
    gold: list[dict[str, Any]], reports: dict[str, list[dict[str, Any]]]
) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """(report, its judged sentence) for every report that falls on a judged sentence."""
    out = []
    for g in gold:
        for r in reports.get(g["doc"], []):
            if same_sentence(r.get("sentence"), g["sentence"]):
                out.append((r, g))
    return out


def bands(pairs: list[tuple[dict[str, Any], dict[str, Any]]]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for lo, hi in zip(BANDS, BANDS[1:], strict=False):
        inb = [(r, g) for r, g in pairs if lo <= (r.get("confidence") or 0) < hi]
        ok = sum(str(r["type"]).upper() in {e["type"] for e in g["events"]} for r, g in inb)
        out[f"band {lo:.1f}-{min(hi, 1.0):.1f}"] = {
            "reports": len(inb),
            "correct": ok,
            "precision": round(ok / len(inb), 3) if inb else 0.0,
        }
    return out


def per_type(
    gold: list[dict[str, Any]], pairs: list[tuple[dict[str, Any], dict[str, Any]]]
) -> dict[str, dict[str, Any]]:
    pred: dict[str, int] = defaultdict(int)
    ok: dict[str, int] = defaultdict(int)
    for r, g in pairs:
        t = str(r["type"]).upper()
        pred[t] += 1
        ok[t] += t in {e["type"] for e in g["events"]}
    n_gold: dict[str, int] = defaultdict(int)
    for g in gold:
        for e in g["events"]:
            n_gold[e["type"]] += 1
    hit: dict[str, int] = defaultdict(int)
    for g in gold:
        types = {str(r["type"]).upper() for r, gg in pairs if gg is g}
        for t in {e["type"] for e in g["events"]}:
            hit[t] += t in types
    out = {}
    for t in sorted(set(pred) | set(n_gold)):
        out[f"type {t}"] = {
            "pred": pred[t],
            "precision": round(ok[t] / pred[t], 3) if pred[t] else 0.0,
            "gold": n_gold[t],
            "recall": round(hit[t] / n_gold[t], 3) if n_gold[t] else 0.0,
        }
    return out


def exported(db: str) -> dict[str, list[dict[str, Any]]]:
    """The store's event-report export rows by source id (the export score.py reads)."""
    from newsgraph.query.exports import load_exporters
    from newsgraph.store import open_store

    exporters = load_exporters()
    with open_store(db) as store:
        source = {
            a["article_id"]: str(a.get("source_id")) for a in exporters["articles"](store.conn)
        }
        out: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for r in exporters["event-reports"](store.conn):
            out[source.get(r["article_id"], str(r.get("source_id")))].append(r)
    return out


def ingest_judged(db: str, corpus: Path, docs: set[str]) -> None:
    """Ingest the corpus articles whose id is in ``docs`` into the store ``db``."""
    from newsgraph.config import load_settings
    from newsgraph.ingest import IngestOptions
    from newsgraph.pipeline import Pipeline, ingest

    sub = Path(db).with_suffix(".jsonl")
    with corpus.open(encoding="utf-8") as src, sub.open("w", encoding="utf-8") as dst:
        for line in src:
            if line.strip() and json.loads(line)["id"] in docs:
                dst.write(line)
    settings = load_settings(db=db)
    ingest([sub], db, settings=settings, pipeline=Pipeline(settings), options=IngestOptions())


def run(quick: bool = False, dump: str | None = None) -> dict[str, dict[str, Any]]:
    from newsgraph.extract.events.confidence import DEFAULT_MIN_CONFIDENCE

    if dataset("realnews", "dev_gold.jsonl") is None or not CORPUS.exists():
        print("  realnews gold or the Guardian corpus not found: skipped")
        return {}
    gold = _load(GOLD)
    docs = sorted({g["doc"] for g in gold})
    if quick:
        keep = set(docs[:QUICK_ARTICLES])
        gold = [g for g in gold if g["doc"] in keep]
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "realnews.db")
        ingest_judged(db, CORPUS, {g["doc"] for g in gold})
        reports = exported(db)
    if dump:
        with open(dump, "w", encoding="utf-8") as fh:
            json.dump(reports, fh)
    return figures(gold, reports, DEFAULT_MIN_CONFIDENCE)


def figures(
    gold: list[dict[str, Any]], reports: dict[str, list[dict[str, Any]]], threshold: float
) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {
        "all": score(gold, reports),
        f"shown (>= {threshold:.2f})": score(gold, reports, threshold),
    }
    for half in ("tune", "held_out"):
        part = [g for g in gold if half_of(g["doc"]) == half]
        out[f"{half} all"] = score(part, reports)
        out[f"{half} shown"] = score(part, reports, threshold)
    pairs = judged_reports(gold, reports)
    out.update(bands(pairs))
    out.update(per_type(gold, pairs))
    return out


def main() -> None:
    """``python -m eval.realnews [--quick] [--dump FILE] [--rescore FILE]``: ``--dump`` keeps
    the exported reports, ``--rescore`` scores a dump again without ingesting."""
    import argparse

    from newsgraph.extract.events.confidence import DEFAULT_MIN_CONFIDENCE

    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--dump")
    ap.add_argument("--rescore")
    ap.add_argument("--threshold", type=float, default=DEFAULT_MIN_CONFIDENCE)
    a = ap.parse_args()
    if a.rescore:
        with open(a.rescore, encoding="utf-8") as fh:
            res = figures(_load(GOLD), json.load(fh), a.threshold)
    else:
        res = run(quick=a.quick, dump=a.dump)
    for group, m in res.items():
        print(f"  {group:<28} " + "  ".join(f"{k}={v}" for k, v in m.items()))


if __name__ == "__main__":
    main()
