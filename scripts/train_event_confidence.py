"""Fit the event-confidence model (``src/newsgraph/data/events/confidence.json``).

    .venv/bin/python scripts/train_event_confidence.py [--write]
    .venv/bin/python scripts/train_event_confidence.py --cache F --other-cache G --genre-only

A logistic regression (L2, Newton's method, numpy; deterministic) over the indicators of
``newsgraph.extract.events.confidence.features``, predicting whether a report's PLOVER type is
right. Labelled data, all under ``../shared/datasets`` (development machine only):

- ``cameo/cameo-codes.csv``: the CAMEO codebook's example sentences (one gold code each);
- not ``cameo/PETR.UnitTest.records.xml``: PETRARCH's unit tests code fictional actors
  through a test dictionary, so every actor is "known" and the coder is mostly wrong there
  (type precision 0.09): fitted on, it taught the model that a known actor is a bad sign;
- ``realnews/dev_gold.jsonl``: the judged Guardian sentences, the ``tune`` half of the articles
  only (``eval.realnews.half_of``); the ``held_out`` half is never trained on and gives the
  honest figure printed at the end.

A report is a positive when its type is one of its sentence's gold types (CAMEO codes mapped to
PLOVER as the ``events`` evaluator does). The shipped weights are fitted on the codebook and
the tune half. The default threshold is chosen by two-fold cross-validation across the halves
(each half's reports scored by a model fitted on the codebook and the other half): the lowest
from which the pooled out-of-fold reports shown are at least 80% right at every higher
threshold too (one with fewer than 10 reports shown does not count). So the held-out half
never picks a rule nor fits a weight; it weighs, with the tune half, in that one number.

The genre's weights (``civil`` and ``civil*KEY``, ``confidence.CIVIL_CROSSED``: a report of an
article read as civil prose, ``guards.civil_genre``) are fitted apart, over the base model's
logit (the base weights fixed), on the hand-judged shown reports of other outlets' news
(``eval.events_other``): the tune parts only (``events_other.training_labels``), the judged
sets' articles (``events_other.all_records``) coded again by the current code and matched to a
verdict by article, sentence and type. The tune reports' bands are printed before and 5-fold
cross-validated (by article) after. ``--genre-only`` keeps the base weights of the shipped
file (fitted on an earlier code: refitted now they differ a little) and fits the genre's only,
so that no report outside a civil article changes. The judged reports of the held-out parts
(``events_other.heldout_labels``: never fitted on) are then printed per part, shown at 0.70 and
right, by the shipped weights and by the refit (a report the stage caps at
``EVIDENCE_ONLY_CONFIDENCE`` stays capped), and per band.
"""

from __future__ import annotations

import argparse
import csv
import json
import pickle
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eval import events as ev_eval  # noqa: E402
from eval import events_other, realnews  # noqa: E402

from newsgraph.extract.events.confidence import (  # noqa: E402
    EVIDENCE_ONLY_CONFIDENCE as EVIDENCE_ONLY,
)
from newsgraph.extract.events.confidence import (  # noqa: E402
    Evidence,
    features,
)

OUT = ROOT / "src" / "newsgraph" / "data" / "events" / "confidence.json"
L2 = 2.0
TARGET = 0.80
MIN_SHOWN = 10

REALNEWS_WEIGHT = 3.0  # a judged real-news report counts as this many codebook examples

Row = tuple[dict[str, float], int, str]  # features, label, group (source:article)


def _code(texts: list[tuple[str, Any]], kb: Any) -> list[list[tuple[Any, Evidence]]]:
    """Run parse + the event coder (as eval.events does), keeping each report's evidence."""
    from newsgraph.extract.events.stage import extract_events
    from newsgraph.types import Article

    parse, lex = ev_eval._coder()
    arts = [
        Article(id=f"e{i}", source_id=f"e{i}", origin="eval", format="text", raw_text=t, text=t)
        for i, (t, _d) in enumerate(texts)
    ]
    out = []
    for k in range(0, len(arts), 64):
        for p in parse(arts[k : k + 64]):
            rec: list[tuple[Any, Evidence]] = []
            if hasattr(p, "doc"):
                if kb is not None:
                    p = p.with_facts("mentions", ev_eval._mentions(p.article, kb))
                evs, _ = extract_events(p, lex, record=rec)
                kept = {id(e) for e in evs}
                rec = [(r, e) for r, e in rec if id(r) in kept or _same(r, evs)]
            out.append(rec)
    return out


def _same(r: Any, evs: list[Any]) -> bool:
    return any((e.sent, e.trigger_start, e.type) == (r.sent, r.trigger_start, r.type) for e in evs)


def cameo_rows() -> list[Row]:
    from newsgraph.extract.events.lexicon import load_lexicon

    lex = load_lexicon()
    path = ev_eval.DATASETS / "cameo" / "cameo-codes.csv"
    with path.open(encoding="latin-1") as fh:
        rows = [r for r in csv.DictReader(fh) if r["example"] not in ("", "NA")]
    rows = [r for r in rows if lex.to_plover(r["code"]) is not None]
    coded = _code([(ev_eval._clean(r["example"]), None) for r in rows], None)
    out: list[Row] = []
    for i, (r, rec) in enumerate(zip(rows, coded, strict=True)):
        gold = lex.to_plover(r["code"]).type  # type: ignore[union-attr]
        out += [(features(e), int(rep.type == gold), f"cameo:{i}") for rep, e in rec]
    return out


def _parsed(lines: list[str], cache: str | None) -> list[Any]:
    """The articles of these JSON Lines records read, cleaned, parsed and through the doc
    stages before events, as ``newsgraph ingest`` runs them. ``cache``: a pickle of the parsed
    articles (made on the first run, read on the next)."""
    from newsgraph.clean import CleanStage
    from newsgraph.config import load_settings
    from newsgraph.extract.docview import DocView
    from newsgraph.ingest import IngestOptions, read_inputs
    from newsgraph.parse import ParseStage
    from newsgraph.pipeline import _run_doc_stage
    from newsgraph.registry import build_stage

    if cache and Path(cache).exists():
        with open(cache, "rb") as fh:
            return list(pickle.load(fh))  # noqa: S301 - our own file
    settings = load_settings()
    tmp = Path(tempfile.mkdtemp()) / "judged.jsonl"
    tmp.write_text("".join(line if line.endswith("\n") else line + "\n" for line in lines))
    try:
        raws = list(read_inputs([str(tmp)], IngestOptions()))
    finally:
        tmp.unlink()
    arts = [a for a in CleanStage(settings)(raws) if hasattr(a, "text")]
    parsed = [p for p in ParseStage(settings)(arts) if hasattr(p, "doc")]
    skips: list[Any] = []
    for name in settings.doc_stages:
        if name in ("events", "framing"):
            break
        parsed = _run_doc_stage(name, build_stage(name, settings), parsed, skips)
    for p in parsed:
        DocView.drop(p.doc)
    if cache:
        with open(cache, "wb") as fh:
            pickle.dump(parsed, fh)
    return parsed


def _shown_reports(p: Any, lex: Any) -> list[tuple[Any, Evidence, str]]:
    """An article's reports (those kept, as the store keeps them), each with its evidence and
    its sentence's text."""
    from newsgraph.extract.docview import DocView
    from newsgraph.extract.events.stage import extract_events

    rec: list[tuple[Any, Evidence]] = []
    evs, _ = extract_events(p, lex, record=rec)
    sents = DocView.of(p.doc, p.article.text).sents
    return [
        (rep, e, sents[rep.sent].text)
        for rep, e in rec
        if any(rep is x for x in evs) or _same(rep, evs)
    ]


def realnews_rows(cache: str | None = None) -> dict[str, list[Row]]:
    """The judged sentences' reports, by half, through the whole pipeline (actors included)."""
    from newsgraph.extract.events.lexicon import load_lexicon

    gold = realnews._load(realnews.GOLD)
    by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for g in gold:
        by_doc[g["doc"]].append(g)
    with realnews.CORPUS.open(encoding="utf-8") as src:
        lines = [line for line in src if line.strip() and json.loads(line)["id"] in by_doc]
    parsed = _parsed(lines, cache)
    lex = load_lexicon()
    out: dict[str, list[Row]] = {"tune": [], "held_out": []}
    for p in parsed:
        doc = p.article.source_id
        for rep, e, text in _shown_reports(p, lex):
            for g in by_doc[doc]:
                if realnews.same_sentence(text, g["sentence"]):
                    label = int(rep.type in {x["type"] for x in g["events"]})
                    out[realnews.half_of(doc)].append((features(e), label, f"rn:{doc}"))
    return out


HeldRow = tuple[Row, str, bool]  # a held-out judged report: its row, part, and confidence cap


def other_rows(cache: str | None = None) -> tuple[list[Row], list[HeldRow]]:
    """The hand-judged shown reports of other outlets' news (``eval.events_other``): each
    article of the judged sets coded again by the current code, and a report labelled where a
    judged report has its article, sentence and type. First the tune parts'
    (``events_other.training_labels``: the only ones fitted on), then the held-out parts'
    (``events_other.heldout_labels``: never fitted on; they measure the refit), each with its
    part and whether the stage capped its confidence (``EVIDENCE_ONLY_CONFIDENCE``: its stored
    confidence is under the model's)."""
    from newsgraph.extract.events.confidence import confidence
    from newsgraph.extract.events.lexicon import load_lexicon

    labels = events_other.training_labels()
    held_labels = events_other.heldout_labels()
    lines = [json.dumps(r, ensure_ascii=False) for r in events_other.all_records()]
    parsed = _parsed(lines, cache)
    lex = load_lexicon()
    out: list[Row] = []
    held: list[HeldRow] = []
    for p in parsed:
        doc = p.article.source_id
        for rep, e, text in _shown_reports(p, lex):
            k = (doc, realnews.key(text), rep.type)
            label = labels.get(k)
            if label is not None:
                out.append((features(e), label, f"other:{doc}"))
            if k in held_labels:
                lab, part = held_labels[k]
                capped = (rep.confidence or 0.0) < confidence(e)
                held.append(((features(e), lab, f"other:{doc}"), part, capped))
    return out, held


def heldout_table(held: list[HeldRow], models: dict[str, list[float]], t: float = 0.70) -> str:
    """Per held-out part and pooled: the judged reports shown at ``t`` and how many are right,
    for each model's probabilities (a capped report stays under the cap)."""
    parts = sorted({part for _, part, _ in held}) + ["pooled"]
    lines = [f"held-out parts at {t:.2f} (shown, right, precision):"]
    for part in parts:
        cells = []
        for name, probs in models.items():
            kept = [
                lab
                for p, ((_, lab, _), pt, capped) in zip(probs, held, strict=True)
                if part in (pt, "pooled") and round(min(p, EVIDENCE_ONLY) if capped else p, 2) >= t
            ]
            right = sum(kept)
            prec = right / len(kept) if kept else 0.0
            cells.append(f"{name} {len(kept)} shown, {right} right, {prec:.3f}")
        n = sum(1 for _, pt, _ in held if part in (pt, "pooled"))
        lines.append(f"  {part} ({n} judged): " + "; ".join(cells))
    return "\n".join(lines)


def fit(
    rows: list[Row], names: list[str], offset: list[float] | None = None
) -> tuple[float, np.ndarray]:
    """L2 logistic regression by Newton's method. ``offset``: a fixed logit added to each
    row's (the base model's, when fitting the genre's weights over it): then no bias is
    fitted (0.0 is returned for it)."""
    x = np.array([[1.0] + [f.get(n, 0.0) for n in names] for f, _, _ in rows])
    if offset is not None:
        x = x[:, 1:]
    off = np.zeros(len(rows)) if offset is None else np.array(offset)
    y = np.array([lab for _, lab, _ in rows], dtype=float)
    sw = np.array([REALNEWS_WEIGHT if g.startswith("rn:") else 1.0 for _, _, g in rows])
    w = np.zeros(x.shape[1])
    reg = np.full(x.shape[1], L2)
    if offset is None:
        reg[0] = 0.0  # the bias is not shrunk
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(off + x @ w)))
        grad = x.T @ (sw * (p - y)) + reg * w
        hess = (x.T * (sw * p * (1 - p))) @ x + np.diag(reg) + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return (float(w[0]), w[1:]) if offset is None else (0.0, w)


def logits(bias: float, w: np.ndarray, names: list[str], rows: list[Row]) -> list[float]:
    x = np.array([[f.get(n, 0.0) for n in names] for f, _, _ in rows])
    return list(bias + x @ w)


def predict(bias: float, w: np.ndarray, names: list[str], rows: list[Row]) -> list[float]:
    return [1.0 / (1.0 + np.exp(-z)) for z in logits(bias, w, names, rows)]


def fit_civil(
    rows: list[Row], base: tuple[float, np.ndarray], names: list[str], civil: list[str]
) -> np.ndarray:
    """The genre's weights (``civil*``, confidence.CIVIL_CROSSED) over the base model's logit:
    the base weights stay as fitted, so a report of an article not read as civil keeps its
    confidence."""
    offset = logits(*base, names, rows)
    return fit(rows, civil, offset)[1]


def civil_cv(
    rows: list[Row], base: tuple[float, np.ndarray], names: list[str], civil: list[str]
) -> list[float]:
    """Each judged other-outlet report scored by genre weights fitted without its article's
    fold (5 folds of the articles, by a fixed order): the out-of-fold probabilities."""
    docs = sorted({g for _, _, g in rows})
    fold = {d: i % 5 for i, d in enumerate(docs)}
    out = [0.0] * len(rows)
    for k in range(5):
        w = fit_civil([r for r in rows if fold[r[2]] != k], base, names, civil)
        idx = [i for i, r in enumerate(rows) if fold[r[2]] == k]
        part = [rows[i] for i in idx]
        z = np.array(logits(*base, names, part)) + np.array(logits(0.0, w, civil, part))
        for i, p in zip(idx, 1.0 / (1.0 + np.exp(-z)), strict=True):
            out[i] = float(p)
    return out


def bands(probs: list[float], rows: list[Row]) -> str:
    lines = []
    for lo, hi in zip(realnews.BANDS, realnews.BANDS[1:], strict=False):
        inb = [lab for p, (_, lab, _) in zip(probs, rows, strict=True) if lo <= p < hi]
        if inb:
            band = f"[{lo:.1f}, {min(hi, 1):.1f})"
            lines.append(f"    {band}: {len(inb):3d} reports, {np.mean(inb):.2f} right")
    return "\n".join(lines)


def shown(probs: list[float], rows: list[Row], t: float) -> tuple[int, float]:
    kept = [lab for p, (_, lab, _) in zip(probs, rows, strict=True) if round(p, 2) >= t]
    return len(kept), (float(np.mean(kept)) if kept else 0.0)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--write", action="store_true", help=f"write {OUT.name}")
    ap.add_argument("--cache", help="keep the parsed judged articles in this pickle file")
    ap.add_argument("--other-cache", help="the same for events_other's judged articles")
    ap.add_argument(
        "--genre-only",
        action="store_true",
        help=f"keep the base weights of {OUT.name} as they are; fit the genre's (civil*) only",
    )
    a = ap.parse_args()
    external = cameo_rows()
    rn = realnews_rows(a.cache)
    tune, held = rn["tune"], rn["held_out"]
    other, held_other = other_rows(a.other_cache)
    every = external + tune + held + other
    names = sorted({k for f, _, _ in every for k in f if not k.startswith("civil")})
    civil = sorted({k for f, _, _ in every for k in f if k.startswith("civil")})
    print(
        f"rows: external {len(external)}, realnews tune {len(tune)}, held-out {len(held)}, "
        f"other outlets' tune {len(other)} ({sum(1 for f, _, _ in other if 'civil' in f)} civil)"
    )
    # The shipped weights: the codebook examples and the tune half; the held-out half never.
    bias, w = fit(external + tune, names)
    probs = predict(bias, w, names, held)
    # The threshold: two-fold cross-validation across the halves (each half scored by a model
    # fitted on the codebook and the other half), pooled: the lowest threshold at which the
    # out-of-fold reports shown are at least TARGET right.
    b2, w2 = fit(external + held, names)
    oof = predict(b2, w2, names, tune) + probs
    pooled = tune + held
    print("both halves, cross-validated across halves, per band:\n" + bands(oof, pooled))
    print("held-out half (scored by the shipped weights), per band:\n" + bands(probs, held))
    grid = [round(0.05 * i, 2) for i in range(1, 20)]
    # Stable: from the threshold on, every higher one (with MIN_SHOWN reports or more) is
    # TARGET right too, so one lucky report does not set it.
    ok = [shown(oof, pooled, t)[1] >= TARGET or shown(oof, pooled, t)[0] < MIN_SHOWN for t in grid]
    threshold = next((t for k, t in enumerate(grid) if all(ok[k:])), grid[-1])
    for t in sorted({threshold, 0.35, 0.5, 0.6, 0.65, 0.7, 0.75, 0.8}):
        n_cv, p_cv = shown(oof, pooled, t)
        n_h, p_h = shown(probs, held, t)
        print(
            f"  threshold {t:.2f}: both halves (cv) {n_cv} shown, {p_cv:.2f} right; "
            f"held-out {n_h} shown, {p_h:.2f} right"
        )
    print(f"suggested default threshold: {threshold:.2f}")
    if a.genre_only:
        shipped = json.loads(OUT.read_text(encoding="utf-8"))
        bias = float(shipped["bias"])
        w = np.array([float(shipped["weights"].get(n, 0.0)) for n in names])
        threshold = shipped["suggested_threshold"]
        print(f"--genre-only: the base weights of {OUT.name} kept (bias {bias})")
    else:
        shipped = {}
    # The genre's weights, over the base model, on the judged other outlets' tune reports.
    base = (bias, w)
    before = predict(bias, w, names, other)
    after = civil_cv(other, base, names, civil)
    cw = fit_civil(other, base, names, civil)
    for label, probs in (("base model", before), ("with the genre (5-fold cv)", after)):
        n_s, p_s = shown(probs, other, 0.70)
        print(f"other outlets' tune reports, {label}: {n_s} shown at 0.70, {p_s:.2f} right")
        print(bands(probs, other))
    # The held-out parts (never fitted on): the shipped weights against the refit.
    held_rows = [r for r, _, _ in held_other]
    shipped_model = json.loads(OUT.read_text(encoding="utf-8"))["weights"]
    every_name = sorted({k for f, _, _ in held_rows for k in f})
    shipped_w = np.array([float(shipped_model.get(n, 0.0)) for n in every_name])
    refit = dict(zip(names, w, strict=True)) | dict(zip(civil, cw, strict=True))
    refit_w = np.array([float(refit.get(n, 0.0)) for n in every_name])
    shipped_bias = float(json.loads(OUT.read_text(encoding="utf-8"))["bias"])
    models = {
        "shipped": predict(shipped_bias, shipped_w, every_name, held_rows),
        "refit": predict(bias, refit_w, every_name, held_rows),
    }
    print(heldout_table(held_other, models))
    for label, probs in models.items():
        print(f"held-out parts, {label} model, per band:\n" + bands(probs, held_rows))
    weights = {n: round(float(x), 4) for n, x in zip(names, w, strict=True)}
    weights |= {n: round(float(x), 4) for n, x in zip(civil, cw, strict=True)}
    model = {
        "bias": round(bias, 4),
        "weights": weights,
        "trained_on": (
            {**shipped["trained_on"], "events_other_tune_reports": len(other)}
            if a.genre_only
            else {
                "cameo_codebook_examples": len(external),
                "realnews_tune_half": len(tune),
                "events_other_tune_reports": len(other),
            }
        ),
        "l2": L2,
        "suggested_threshold": threshold,
    }
    print(json.dumps(model, indent=1))
    if a.write:
        OUT.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
