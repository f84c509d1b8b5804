"""List the one-word person mentions and fuzzy matches the resolver makes on a corpus.

    .venv/bin/python scripts/kb_surname_audit.py guardian > after.jsonl
    PYTHONPATH=/tmp/old/src .venv/bin/python scripts/kb_surname_audit.py guardian > before.jsonl

Each line: article id, offsets, text, the actor id, the method and about 120 characters of
context either side, for every mention that the resolver gave a KB person from one word
(a bare surname or given name, whatever the method) or resolved by the ``fuzzy`` method.
These are the resolver's riskiest answers on a large KB; comparing two runs (before and
after a change) gives the mentions that changed, to be judged by reading their context
(judgements: ``eval/data/actors_surname_judged.jsonl``). Reads ``../shared``; not needed at
run time.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eval.actors_corpora import CORPORA, read_corpus  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("corpus", choices=sorted(CORPORA))
    ap.add_argument("--limit", type=int, default=0, help="first N articles only (0: all)")
    args = ap.parse_args()

    from newsgraph.config import load_settings
    from newsgraph.parse.nlp import build_nlp
    from newsgraph.resolve.mentions import ActorStage, resolve_doc

    settings = load_settings()
    nlp = build_nlp(settings)
    stage = ActorStage(settings)
    docs = read_corpus(args.corpus)
    if args.limit:
        docs = docs[: args.limit]
    for d, doc in zip(docs, nlp.pipe([d["text"] for d in docs], batch_size=16), strict=True):
        day = date.fromisoformat(d["published"][:10]) if d.get("published") else None
        for m in resolve_doc(doc, d["id"], day, stage.kb, stage.fuzzy, settings.fuzzy_threshold):
            actor = stage.kb.get(m.actor_id) if m.actor_id else None
            one_word = len(m.text.split()) == 1 and m.label == "PERSON"
            person = actor is not None and actor.type == "person"
            if not ((one_word and person) or m.method == "fuzzy" or (one_word and m.candidates)):
                continue
            ctx = d["text"][max(0, m.start - 120) : m.end + 120].replace("\n", " ")
            row = {
                "article": d["id"],
                "published": d.get("published"),
                "start": m.start,
                "end": m.end,
                "text": m.text,
                "actor_id": m.actor_id,
                "method": m.method,
                "candidates": list(getattr(m, "candidates", ()) or ()),
                "context": ctx,
            }
            print(json.dumps(row, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
