"""List the place mentions (and the actor mentions of states and cities) the pipeline makes on
a corpus, to compare two versions of the places rules.

    .venv/bin/python scripts/places_name_audit.py guardian > after.jsonl
    PYTHONPATH=/tmp/old/src .venv/bin/python scripts/places_name_audit.py guardian > before.jsonl
    .venv/bin/python scripts/places_name_audit.py --diff before.jsonl after.jsonl

Each line: ``kind`` ("place" or "actor"), article id, offsets, text, the place's country and
GeoNames id or the actor id, and about 120 characters of context either side. Only the stages
up to places run (sentences, actors, timexes, places). ``--diff`` prints the lines of the first
file that the second lacks (what a change removed), then the count of each kind removed and
added. The removed lines are judged by reading their context (judgements of the rule for
organisations named after a place: ``eval/data/places_orgname_judged.jsonl``, a ``right``
field per line: true when removing the mention is right).

    .venv/bin/python scripts/places_name_audit.py --score eval/data/places_orgname_judged.jsonl

prints how many judged removals are right. Reads ``../shared``; not needed at run time.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eval.actors_corpora import CORPORA, read_corpus  # noqa: E402

STAGES = ("sentences", "actors", "timexes", "places")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("corpus", nargs="?", choices=sorted(CORPORA))
    ap.add_argument("--limit", type=int, default=0, help="first N articles only (0: all)")
    ap.add_argument("--diff", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    ap.add_argument("--score", type=Path, help="judged JSONL file to count")
    args = ap.parse_args()
    if args.diff:
        return diff(*args.diff)
    if args.score:
        return score(args.score)
    if args.corpus is None:
        ap.error("a corpus, --diff or --score")
    return listing(args.corpus, args.limit)


def listing(corpus: str, limit: int) -> int:
    from newsgraph.config import load_settings
    from newsgraph.pipeline import Pipeline
    from newsgraph.resolve.actors import load_kb
    from newsgraph.types import Article

    settings = replace(load_settings(), doc_stages=STAGES)
    pipeline = Pipeline(settings)
    kb = load_kb(settings)
    docs = read_corpus(corpus)
    if limit:
        docs = docs[:limit]
    for d in docs:
        text = d["text"]
        art = Article(
            id=d["id"],
            source_id=corpus,
            origin=d["id"],
            format="text",
            raw_text=text,
            text=text,
            published=date.fromisoformat(d["published"][:10]) if d.get("published") else None,
        )
        parsed, _ = pipeline.process([art])
        if not parsed:
            continue
        facts = parsed[0].facts
        rows = []
        for p in facts.get("places", ()):
            rows.append(("place", p.start, p.end, p.text, f"{p.country}:{p.geonames_id}"))
        for m in facts.get("mentions", ()):
            actor = kb.get(m.actor_id) if m.actor_id else None
            if actor is not None and (actor.type == "state" or m.actor_id.endswith(".GOV")):
                rows.append(("actor", m.start, m.end, m.text, m.actor_id))
        for kind, start, end, name, value in rows:
            ctx = text[max(0, start - 120) : end + 120].replace("\n", " ")
            row = {
                "kind": kind,
                "article": d["id"],
                "start": start,
                "end": end,
                "text": name,
                "value": value,
                "context": ctx,
            }
            print(json.dumps(row, ensure_ascii=False), flush=True)
    return 0


def _key(row: dict[str, object]) -> tuple[object, ...]:
    return (row["kind"], row["article"], row["start"], row["end"], row["value"])


def _read(path: Path) -> list[dict[str, object]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def diff(before: Path, after: Path) -> int:
    old, new = _read(before), _read(after)
    new_keys, old_keys = {_key(r) for r in new}, {_key(r) for r in old}
    removed = [r for r in old if _key(r) not in new_keys]
    added = [r for r in new if _key(r) not in old_keys]
    for r in removed:
        print(json.dumps(r, ensure_ascii=False))
    for kind in ("place", "actor"):
        n_old = sum(r["kind"] == kind for r in old)
        n_rm = sum(r["kind"] == kind for r in removed)
        n_add = sum(r["kind"] == kind for r in added)
        print(f"{kind}: {n_old} before, {n_rm} removed, {n_add} added", file=sys.stderr)
    return 0


def score(path: Path) -> int:
    rows = _read(path)
    right = sum(bool(r["right"]) for r in rows)
    print(f"judged removals: {len(rows)}, right {right} ({right / max(1, len(rows)):.3f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
