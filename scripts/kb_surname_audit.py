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

    .venv/bin/python scripts/kb_surname_audit.py guardian \
        --score eval/data/actors_surname_judged.jsonl

scores the current resolver on those judgements instead: per sample (``changed``: the
mentions a change of the rules moved; ``kept``: the one-word person names still resolved),
how many are resolved, resolved right (``ref`` as in ``eval/actors.py``) and left unresolved.
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
    ap.add_argument("--score", type=Path, help="judged JSONL file to score instead of listing")
    args = ap.parse_args()
    if args.score:
        return score(args.corpus, args.score)

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


def score(corpus: str, path: Path) -> int:
    from collections import Counter

    from eval.actors import _accepts, _covering

    from newsgraph.config import load_settings
    from newsgraph.parse.nlp import build_nlp
    from newsgraph.resolve.mentions import ActorStage, resolve_doc

    judged = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x]
    settings = load_settings()
    nlp = build_nlp(settings)
    stage = ActorStage(settings)
    texts = {d["id"]: d for d in read_corpus(corpus) if d["id"] in {j["article"] for j in judged}}
    ids = sorted(texts)
    preds = {}
    for aid, doc in zip(ids, nlp.pipe([texts[i]["text"] for i in ids]), strict=True):
        pub = texts[aid].get("published")
        day = date.fromisoformat(pub[:10]) if pub else None
        preds[aid] = resolve_doc(doc, aid, day, stage.kb, stage.fuzzy, settings.fuzzy_threshold)
    counts: Counter[tuple[str, str]] = Counter()
    for j in judged:
        p = _covering(preds[j["article"]], j["start"], j["end"])
        pid = p.actor_id if p is not None else None
        label = "PERSON"
        ok = pid is not None and any(_accepts(r, pid, label, stage.kb) for r in j["ref"])
        counts[(j["sample"], "n")] += 1
        counts[(j["sample"], "resolved")] += pid is not None
        counts[(j["sample"], "right")] += ok
        if pid is None and j["sample"] == "kept":
            print(f"    unresolved: {j['article']}@{j['start']} {j['text']!r} ({j['ref']})")
        if pid is not None and not ok:
            print(f"    wrong: {j['article']}@{j['start']} {j['text']!r} -> {pid} ({j['ref']})")
    for sample in sorted({j["sample"] for j in judged}):
        n, res, right = (counts[(sample, k)] for k in ("n", "resolved", "right"))
        prec = right / res if res else 0.0
        print(
            f"{sample}: n={n} resolved={res} right={right} wrong={res - right} "
            f"unresolved={n - res} precision={prec:.3f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
