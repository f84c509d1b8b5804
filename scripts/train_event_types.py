"""Train the sentence-level PLOVER type classifier (``data/events/type_classifier.npz``).

    .venv/bin/python scripts/train_event_types.py [--write]

Data (``../shared/datasets``, development machine only):

- ``ngec_synthetic/gpt_synthetic_events_2023-10-19_19.csv`` (NGEC-2025, MIT): 4,500 synthetic
  stories, each written to show one PLOVER type; the first two sentences of each (the lead that
  reports the event) are the training text;
- not ``cameo/cameo-codes.csv`` (the CAMEO codebook's example sentences): they are the
  confidence model's training data (``scripts/train_event_confidence.py``), and a classifier
  that had seen them gave those reports near-certain probabilities, so the confidence model
  learnt to trust it where, on real news, it carries no signal (issue 13). ``--codebook``
  adds them back, for comparison.

Model: multinomial naive Bayes over hashed unigrams and bigrams (``typeclf.hashed``, 4,096
buckets), add-0.5 smoothing: counted, so deterministic. The script
prints the accuracy on a fixed fifth of the data held out, then trains on all of it.
The realnews judged sentences are not used here.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import zlib
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsgraph.extract.events.lexicon import load_lexicon  # noqa: E402
from newsgraph.extract.events.typeclf import BUCKETS, hashed  # noqa: E402

DATASETS = ROOT.parent / "shared" / "datasets"
OUT = ROOT / "src" / "newsgraph" / "data" / "events" / "type_classifier.npz"
ALPHA = 0.5


def lead(text: str, n: int = 2) -> str:
    sents = re.split(r"(?<=[.!?])\s+", " ".join(text.split()))
    return " ".join(sents[:n])


def examples(codebook: bool = False) -> list[tuple[str, str]]:
    out = []
    path = DATASETS / "ngec_synthetic" / "gpt_synthetic_events_2023-10-19_19.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            out.append((lead(r["text"]), r["label"]))
    if not codebook:
        return out
    lex = load_lexicon()
    with (DATASETS / "cameo" / "cameo-codes.csv").open(encoding="latin-1") as fh:
        for r in csv.DictReader(fh):
            pc = lex.to_plover(r["code"])
            if r["example"] not in ("", "NA") and pc is not None:
                out.append((" ".join(r["example"].split()), pc.type))
    return out


def matrix(texts: list[str]) -> np.ndarray:
    x = np.zeros((len(texts), BUCKETS), dtype=np.float32)
    for i, t in enumerate(texts):
        for b, v in hashed(t).items():
            x[i, b] = v
    return x


def train(x: np.ndarray, y: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Multinomial naive Bayes with add-``ALPHA`` smoothing: log P(bucket | type) and the log
    prior, so that ``counts @ w + b`` is the log posterior up to a constant."""
    counts = np.stack([x[y == c].sum(axis=0) for c in range(k)], axis=1) + ALPHA
    w = np.log(counts / counts.sum(axis=0, keepdims=True))
    prior = np.bincount(y, minlength=k) + 1.0
    b = np.log(prior / prior.sum())
    return w.astype(np.float32), b.astype(np.float32)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--codebook", action="store_true", help="train on the codebook too")
    a = ap.parse_args()
    data = examples(a.codebook)
    labels = sorted({t for _, t in data})
    y = np.array([labels.index(t) for _, t in data])
    x = matrix([s for s, _ in data])
    test = np.array([zlib.crc32(s.encode()) % 5 == 0 for s, _ in data])
    w, b = train(x[~test], y[~test], len(labels))
    acc = float(((x[test] @ w + b).argmax(axis=1) == y[test]).mean())
    print(f"{len(data)} examples, {len(labels)} types; held-out fifth accuracy {acc:.3f}")
    w, b = train(x, y, len(labels))
    if a.write:
        np.savez_compressed(
            OUT, labels=np.array(labels), weights=w.astype(np.float16), bias=b.astype(np.float16)
        )
        print(f"wrote {OUT} ({OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
