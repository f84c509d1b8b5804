"""Draw a seeded random sample of PERSON/ORG/NORP/GPE mentions for hand-checking.

    .venv/bin/python scripts/sample_actor_mentions.py guardian --n 300 --seed 14 > g.jsonl
    .venv/bin/python scripts/sample_actor_mentions.py polnear --n 100 --seed 14 > p.jsonl
    # a fresh sample from other articles, after rules were tuned on the first:
    .venv/bin/python scripts/sample_actor_mentions.py guardian --n 320 --seed 15 \
        --exclude eval/data/actors_judged.jsonl > g2.jsonl
    # older and non-Western news (branch act11): 30 articles a set, dev then test
    .venv/bin/python scripts/sample_actor_mentions.py timebank --n 80 --articles 30 --seed 14 \
        > t.jsonl
    .venv/bin/python scripts/sample_actor_mentions.py timebank --n 80 --articles 30 --seed 15 \
        --exclude t.jsonl > t2.jsonl   # the same two commands with fakes

The articles are drawn at random (seeded) from the corpus, parsed with the project's own spaCy
pipeline (the one ``newsgraph ingest`` runs, actor rulers included), and the mentions are drawn
at random from the named entities of those four labels. Each line: corpus, article id,
published date, offsets, text, NER label and about 200 characters of context either side.
The judge then adds ``ref`` (see ``eval/actors.py``) by reading the context, without looking at
what the resolver made of the mention. Reads ``../shared``; not needed at run time.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eval.actors_corpora import CORPORA, read_corpus  # noqa: E402

LABELS = {"PERSON", "ORG", "NORP", "GPE"}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("corpus", choices=sorted(CORPORA))
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--articles", type=int, default=40)
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument(
        "--exclude", type=Path, help="a judged JSONL file whose articles are not to be drawn"
    )
    args = ap.parse_args()

    from newsgraph.config import load_settings
    from newsgraph.parse.nlp import build_nlp

    rng = random.Random(args.seed)
    docs = read_corpus(args.corpus)
    if args.exclude:
        lines = args.exclude.read_text(encoding="utf-8").splitlines()
        used = {json.loads(x)["article"] for x in lines if x}
        docs = [d for d in docs if d["id"] not in used]
    picked = rng.sample(docs, min(args.articles, len(docs)))
    nlp = build_nlp(load_settings())
    pool = []
    for d, doc in zip(picked, nlp.pipe([d["text"] for d in picked]), strict=True):
        for e in doc.ents:
            if e.label_ in LABELS:
                pool.append((d, e.start_char, e.end_char, e.text, e.label_))
    for d, s, e, text, label in sorted(
        rng.sample(pool, min(args.n, len(pool))), key=lambda x: (x[0]["id"], x[1])
    ):
        ctx = d["text"][max(0, s - 200) : e + 200].replace("\n", " ")
        row = {
            "corpus": args.corpus,
            "article": d["id"],
            "published": d.get("published"),
            "start": s,
            "end": e,
            "text": text,
            "label": label,
            "context": ctx,
        }
        print(json.dumps(row, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
