"""Quote extraction on PolNeAR (attribution relations in US political news, brat standoff).

For each article text: spaCy parse with the configured model, then the quotes extractor alone
(no actor stage: span quality does not depend on it). Gold: the Source, Cue and Content spans
of each attribution in the article's .ann file (one annotator's file per article: the first
by name when several annotated it; discontinuous spans are taken from first to last piece).

Figures, per span type (source = speaker span, cue, content):
  exact    spans equal after trimming whitespace, quotation marks and edge punctuation
  overlap  spans share at least one character (one-to-one greedy matching)
and per attribution:
  attribution  a predicted quote whose content overlaps a gold content (quote F1, as in
               GenderGapTracker's evaluation);
  speaker_acc  of those matched attributions that have a gold source, the share whose
               predicted speaker span overlaps it (speaker accuracy).

    python -m eval quotes            # dev (and train unless --quick)
    python -m eval quotes --quick    # the first 30 dev articles
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newsgraph.types import Quote

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "datasets" / "polnear"
_EDGE = " \t\n\"'“”‘’«»,.;:—–-()[]"
_QUICK_N = 30

Span = tuple[int, int]


def _norm(text: str, span: Span) -> Span:
    s, e = span
    while s < e and text[s] in _EDGE:
        s += 1
    while e > s and text[e - 1] in _EDGE:
        e -= 1
    return s, e


def read_ann(path: Path) -> list[dict[str, Span | None]]:
    """Attributions in a brat .ann: [{"source": span|None, "cue": span, "content": span}]."""
    spans: dict[str, Span] = {}
    out: list[dict[str, Span | None]] = []
    rels: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        if parts[0].startswith("T"):
            head = parts[1].split(" ", 1)
            if len(head) < 2:
                continue
            nums = [int(x) for x in re.findall(r"\d+", head[1])]
            if len(nums) >= 2:
                spans[parts[0]] = (min(nums), max(nums))
        elif parts[0].startswith("E"):
            rels.append(parts[1])
    for rel in rels:
        args = dict(a.split(":", 1) for a in rel.split() if ":" in a)
        att: dict[str, Span | None] = {}
        for role in ("Source", "Cue", "Content"):
            ref = args.get(role)
            att[role.lower()] = spans.get(ref) if ref else None
        if att["cue"] is not None or att["content"] is not None:
            out.append(att)
    return out


def articles(split: str) -> list[tuple[Path, Path]]:
    """(text, ann) pairs of a split, one annotation file per text."""
    folder = DATA / split
    texts = {p.stem: p for p in sorted((folder / "text").glob("*.txt"))}
    chosen: dict[str, Path] = {}
    for ann in sorted((folder / "attributions").glob("*.ann")):
        stem = ann.stem.rsplit("_", 1)[0]
        if stem in texts and stem not in chosen:
            chosen[stem] = ann
    return [(texts[s], chosen[s]) for s in sorted(chosen)]


def _match(gold: list[Span], pred: list[Span], exact: bool) -> int:
    used: set[int] = set()
    hits = 0
    for g in gold:
        for j, p in enumerate(pred):
            if j in used:
                continue
            ok = g == p if exact else (p[0] < g[1] and g[0] < p[1])
            if ok:
                used.add(j)
                hits += 1
                break
    return hits


def _prf(tp_p: int, n_pred: int, tp_g: int, n_gold: int) -> dict[str, Any]:
    p = tp_p / n_pred if n_pred else 0.0
    r = tp_g / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(f, 4),
        "gold": n_gold,
        "pred": n_pred,
    }


def predicted(quotes: Sequence[Quote]) -> list[dict[str, Span | None]]:
    """The extractor's quotes as PolNeAR attributions: a continuation (a quote that goes on
    after its cue, “A,” he said. “B.”) is a piece of the quote whose cue it shares, as PolNeAR
    annotates one attribution with a discontinuous content; like a gold discontinuous span, the
    pieces are scored from the first to the last."""
    out: list[dict[str, Span | None]] = []
    last: dict[Span, dict[str, Span | None]] = {}  # cue span -> its attribution
    for q in sorted(quotes, key=lambda q: q.content_start):
        cue = (q.cue_start, q.cue_end)
        content = (q.content_start, q.content_end)
        host = last.get(cue) if q.method == "continuation" else None
        if host is not None and host["content"] is not None:
            s, e = host["content"]
            host["content"] = (min(s, content[0]), max(e, content[1]))
            continue
        att: dict[str, Span | None] = {
            "source": (q.speaker.start, q.speaker.end) if q.speaker else None,
            "cue": cue,
            "content": content,
        }
        out.append(att)
        last[cue] = att
    return out


def evaluate(split: str, limit: int | None = None) -> dict[str, dict[str, Any]]:
    """The figures on the first ``limit`` articles of ``split`` (all by default)."""
    from newsgraph.config import load_settings
    from newsgraph.parse.nlp import load_spacy_pipeline

    pairs = articles(split)[:limit]
    nlp = load_spacy_pipeline(load_settings().model)  # the model alone: no other stage
    texts = [t.read_text(encoding="utf-8") for t, _ in pairs]
    return score(split, pairs, texts, nlp.pipe(texts, batch_size=16))


def score(
    split: str, pairs: list[tuple[Path, Path]], texts: list[str], docs: Iterable[Doc]
) -> dict[str, dict[str, Any]]:
    """The figures of ``evaluate`` on parsed ``docs`` (one per (text, ann) pair, in order)."""
    from newsgraph.extract.quotes import extract_quotes
    from newsgraph.extract.quotes.sources import Demonyms

    demonyms = Demonyms()
    counts: dict[str, list[int]] = {}
    att_tp_p = att_tp_g = att_pred = att_gold = 0
    spk_ok = spk_n = 0
    for (tpath, apath), text, doc in zip(pairs, texts, docs, strict=True):
        gold = read_ann(apath)
        quotes = predicted(extract_quotes(doc, tpath.stem, (), demonyms))
        pred = {
            "source": [q["source"] for q in quotes if q["source"] is not None],
            "cue": [c for q in quotes if (c := q["cue"]) is not None and c[1] > c[0]],
            "content": [q["content"] for q in quotes if q["content"] is not None],
        }
        for role in ("source", "cue", "content"):
            g = [_norm(text, s) for a in gold if (s := a[role]) is not None]
            p = [_norm(text, s) for s in pred[role]]
            for mode in ("exact", "overlap"):
                c = counts.setdefault(f"{role}_{mode}", [0, 0, 0, 0])
                c[0] += _match(p, g, mode == "exact")
                c[1] += len(p)
                c[2] += _match(g, p, mode == "exact")
                c[3] += len(g)
        # attributions: content overlap, then speaker agreement on matched pairs
        gold_c = [(a, _norm(text, a["content"])) for a in gold if a["content"] is not None]
        used: set[int] = set()
        att_pred += len(quotes)
        att_gold += len(gold_c)
        for q in quotes:
            qc = q["content"]
            assert qc is not None
            for k, (a, gc) in enumerate(gold_c):
                if k in used or not (qc[0] < gc[1] and gc[0] < qc[1]):
                    continue
                used.add(k)
                att_tp_p += 1
                if a["source"] is not None:
                    spk_n += 1
                    gs = a["source"]
                    qs = q["source"]
                    if qs is not None and qs[0] < gs[1] and gs[0] < qs[1]:
                        spk_ok += 1
                break
        att_tp_g = len(used) + att_tp_g
    out = {f"{split}/{k}": _prf(*v) for k, v in counts.items()}
    out[f"{split}/attribution"] = _prf(att_tp_p, att_pred, att_tp_g, att_gold)
    out[f"{split}/speaker_acc"] = {
        "accuracy": round(spk_ok / spk_n, 4) if spk_n else 0.0,
        "n": spk_n,
        "articles": len(pairs),
    }
    return out


def run(quick: bool = False) -> dict[str, dict[str, Any]]:
    if not (DATA / "dev").is_dir():
        print(f"quotes: dataset not found, skipped ({DATA})")
        return {}
    out = evaluate("dev", _QUICK_N if quick else None)
    if not quick and (DATA / "train").is_dir():
        out.update(evaluate("train"))
    return out
