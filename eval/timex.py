"""Time expressions against TimeBank + AQUAINT (TBAQ-cleaned, TempEval-3 training data).

For each ``.tml`` file: the text inside ``<TEXT>`` (tags stripped, XML entities decoded) is
parsed with the spaCy model and run through ``TimexExtractor`` with the document creation
time (the ``CREATION_TIME`` TIMEX3, date part) as the publication date. The DCT header
itself lies outside ``<TEXT>`` and is therefore never scored; the title and the
``EXTRAINFO`` blocks are not annotated and are not read.

Reported (TempEval-3 style): span precision/recall/F1, strict (same offsets) and relaxed
(overlap, one-to-one); type and value accuracy over relaxed matches; and the end-to-end value
F1 (a relaxed match with the right value counts; P over predictions, R over gold), the
figure HeidelTime reaches about 0.78 on the TempEval-3 test set.

The documents are split in two halves, fixed once: a document is in the *tune* half when the
first byte of the SHA-1 of its name (file name without ``.tml``) is even, else in the
*held-out* half (``half_of``). Rules are studied on the tune half only (``--errors`` prints
the tune half's mismatches unless ``--half`` says otherwise); the held-out figures are the
honest ones. Every run prints the whole set and both halves.

    .venv/bin/python -m eval timex [--quick]
    .venv/bin/python -m eval.timex [--quick] [--errors N] [--half tune|heldout|all]
"""

from __future__ import annotations

import argparse
import hashlib
import html
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

DATA = (
    Path(__file__).resolve().parents[1].parent / "shared" / "datasets" / "timebank" / "TBAQ-cleaned"
)
_TAG = re.compile(r"<(/?)(\w+)([^>]*)>|&(\w+|#\d+);")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass(frozen=True)
class Gold:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True)
class TmlDoc:
    name: str
    dct: date
    text: str
    gold: tuple[Gold, ...]


def read_tml(path: Path) -> TmlDoc:
    raw = path.read_text(encoding="utf-8")
    dct_m = re.search(r'functionInDocument="CREATION_TIME"', raw)
    value_m = re.search(r'<DCT>\s*<TIMEX3[^>]*value="([^"]*)"', raw)
    if not dct_m or not value_m:
        raise ValueError(f"{path.name}: no document creation time")
    dct = date.fromisoformat(value_m.group(1)[:10])
    body_m = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
    body = body_m.group(1) if body_m else ""
    out: list[str] = []
    pos = 0
    length = 0
    open_tx: tuple[int, dict[str, str]] | None = None
    gold: list[Gold] = []
    for m in _TAG.finditer(body):
        chunk = body[pos : m.start()]
        out.append(chunk)
        length += len(chunk)
        pos = m.end()
        if m.group(4):  # an entity
            ch = html.unescape(m.group(0))
            out.append(ch)
            length += len(ch)
            continue
        closing, tag, attrs = m.group(1), m.group(2), m.group(3)
        if tag != "TIMEX3":
            continue
        if not closing:
            open_tx = (length, dict(_ATTR.findall(attrs)))
        elif open_tx is not None:
            start, a = open_tx
            text = "".join(out)[start:length]
            gold.append(Gold(start, length, text, a.get("type", ""), a.get("value", "")))
            open_tx = None
    out.append(body[pos:])
    return TmlDoc(path.stem, dct, "".join(out), tuple(gold))


HALVES = ("tune", "heldout")


def half_of(name: str) -> str:
    """``tune`` or ``heldout``: the parity of the first byte of the SHA-1 of the name."""
    return HALVES[hashlib.sha1(name.encode("utf-8")).digest()[0] % 2]


def load_docs(quick: bool = False) -> list[TmlDoc]:
    files = sorted(DATA.glob("*/*.tml"))
    if quick:
        files = files[::8]
    return [read_tml(f) for f in files]


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, Any]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(f, 4),
        "tp": tp,
        "n_pred": n_pred,
        "n_gold": n_gold,
    }


def _canonical(value: str) -> str:
    """Spellings TBAQ uses for one value: W7 / W07; 199X / 199; 1998-XX / 1998; T24 / T24:00."""
    v = re.sub(r"-W(\d)(?!\d)", r"-W0\1", value)
    v = re.sub(r"(?:-XX)+$", "", v)
    v = re.sub(r"^(\d{2,3})X+$", r"\1", v)
    v = re.sub(r"T(\d\d)$", r"T\1:00", v)
    return re.sub(r"(T\d\d:\d\d):00$", r"\1", v)


def _same_value(pred: str | None, gold: str) -> bool:
    return pred is not None and _canonical(pred) == _canonical(gold)


@dataclass
class _Counts:
    n_docs: int = 0
    n_gold: int = 0
    n_pred: int = 0
    strict_tp: int = 0
    relaxed_tp: int = 0
    type_ok: int = 0
    value_ok: int = 0
    missed: int = 0
    spurious: int = 0

    def add(self, other: _Counts) -> None:
        for k in vars(self):
            setattr(self, k, getattr(self, k) + getattr(other, k))


def _score(doc: TmlDoc, preds: list[Any], text: str, show: bool, budget: list[int]) -> _Counts:
    """One document's counts; prints its mismatches while ``budget[0]`` lasts."""
    c = _Counts(n_docs=1, n_gold=len(doc.gold), n_pred=len(preds))
    used: set[int] = set()
    for g in doc.gold:
        match = None
        for i, t in enumerate(preds):
            overlaps = i not in used and t.start < g.end and g.start < t.end
            if overlaps and (match is None or (t.start, t.end) == (g.start, g.end)):
                match = i
        if match is None:
            c.missed += 1
            if show and budget[0] > 0:
                print(f"MISS {doc.name} dct={doc.dct} {g.text!r} {g.type} {g.value}")
                budget[0] -= 1
            continue
        used.add(match)
        t = preds[match]
        c.relaxed_tp += 1
        same_span = (t.start, t.end) == (g.start, g.end)
        c.strict_tp += same_span
        if not same_span and show and budget[0] > 0:
            print(f"SPAN {doc.name} gold={g.text!r} pred={t.text!r}")
            budget[0] -= 1
        c.type_ok += t.type == g.type
        ok = _same_value(t.value, g.value)
        c.value_ok += ok
        if not ok and show and budget[0] > 0:
            print(
                f"VAL  {doc.name} dct={doc.dct} {g.text!r}->{t.text!r} gold={g.type} "
                f"{g.value} pred={t.type} {t.value} tense={t.tense} {t.note or ''}"
            )
            budget[0] -= 1
    for i, t in enumerate(preds):
        if i not in used:
            c.spurious += 1
            if show and budget[0] > 0:
                ctx = text[max(0, t.start - 30) : t.end + 20].replace("\n", " ")
                print(f"SPUR {doc.name} {t.text!r} {t.type} {t.value}  ...{ctx}...")
                budget[0] -= 1
    return c


def _metrics(c: _Counts) -> dict[str, dict[str, Any]]:
    acc = c.relaxed_tp
    return {
        "span_strict": _prf(c.strict_tp, c.n_pred, c.n_gold),
        "span_relaxed": _prf(c.relaxed_tp, c.n_pred, c.n_gold),
        "type_accuracy": {"accuracy": round(c.type_ok / acc, 4) if acc else 0.0, "n": acc},
        "value_accuracy": {"accuracy": round(c.value_ok / acc, 4) if acc else 0.0, "n": acc},
        "value_end_to_end": _prf(c.value_ok, c.n_pred, c.n_gold),
        "docs": {"n": c.n_docs, "missed": c.missed, "spurious": c.spurious},
    }


def _half_line(c: _Counts) -> dict[str, Any]:
    """One half in one line: span F1 strict/relaxed, type/value accuracy, value P/R/F1."""
    m = _metrics(c)
    v = m["value_end_to_end"]
    return {
        "docs": c.n_docs,
        "gold": c.n_gold,
        "strict_f1": m["span_strict"]["f1"],
        "relaxed_f1": m["span_relaxed"]["f1"],
        "type_acc": m["type_accuracy"]["accuracy"],
        "value_acc": m["value_accuracy"]["accuracy"],
        "value_p": v["precision"],
        "value_r": v["recall"],
        "value_f1": v["f1"],
        "missed": c.missed,
        "spurious": c.spurious,
    }


def evaluate(quick: bool = False, errors: int = 0, half: str = "tune") -> dict[str, dict[str, Any]]:
    """The whole set's metric groups, then one line per half (``tune``, ``heldout``).

    ``errors``: print up to that many mismatches of the documents of ``half`` (``tune``,
    ``heldout`` or ``all``).
    """
    if not DATA.exists():
        print(f"dataset not found, skipped: {DATA}")
        return {}
    from newsgraph.config import Settings
    from newsgraph.extract.timexes import TimexExtractor
    from newsgraph.parse.nlp import load_spacy_pipeline

    docs = load_docs(quick)
    nlp = load_spacy_pipeline(Settings().model)
    extractor = TimexExtractor(day_first=False)  # TimeBank is American
    total = _Counts()
    by_half = {h: _Counts() for h in HALVES}
    budget = [errors]
    for doc, sdoc in zip(docs, nlp.pipe([d.text for d in docs], batch_size=16), strict=True):
        preds = extractor.extract(sdoc, doc.dct)
        h = half_of(doc.name)
        c = _score(doc, preds, sdoc.text, half in ("all", h), budget)
        total.add(c)
        by_half[h].add(c)
    out = _metrics(total)
    for h in HALVES:
        out[h] = _half_line(by_half[h])
    return out


def run(quick: bool = False) -> dict[str, dict[str, Any]]:
    return evaluate(quick=quick)


def main() -> None:
    ap = argparse.ArgumentParser(
        prog="python -m eval.timex",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ap.add_argument("--quick", action="store_true", help="every eighth document")
    ap.add_argument("--errors", type=int, default=0, help="print up to N mismatches")
    ap.add_argument(
        "--half",
        choices=(*HALVES, "all"),
        default="tune",
        help="whose mismatches --errors prints (default: tune; never pick rules on heldout)",
    )
    args = ap.parse_args()
    for group, metrics in evaluate(args.quick, args.errors, args.half).items():
        print(f"  {group:<20} " + "  ".join(f"{k}={v}" for k, v in metrics.items()))


if __name__ == "__main__":
    main()
