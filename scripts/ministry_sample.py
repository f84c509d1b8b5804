"""The ministry mentions of text from other outlets, for a hand check of ``resolve/ministries.py``.

    .venv/bin/python scripts/ministry_sample.py > /tmp/ministry_sample.jsonl

Reads the sentences of FA-KES (``../shared/datasets/fakes/fakes_dev.csv``: SANA, Reuters,
Sputnik, Al Arabiya ...) and of the first 400 PolNeAR dev texts (US outlets) that hold
"Ministry", "Department", "Office" or "Secretariat", resolves each with the actors stage (the
shipped KB, the default model) and prints, one JSON object a line in a shuffled order
(``random.Random(22)``), each ORG mention that names a ministry by its portfolio: source,
mention, actor id, sentence. The judgements of round 22 are
``eval/data/ministries_round22_judged.jsonl`` (docs/actors.md, "A state's ministry named by its
portfolio").
"""

from __future__ import annotations

import csv
import json
import random
import re
import sys
from datetime import date
from pathlib import Path

from newsgraph.config import Settings
from newsgraph.parse.nlp import build_nlp
from newsgraph.resolve.mentions import ActorStage, resolve_doc
from newsgraph.resolve.ministries import ministry_of

SHARED = Path(__file__).resolve().parents[2] / "shared" / "datasets"
HEADS = re.compile(r"\b(Ministry|Department|Office|Secretariat)\b")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def sentences() -> list[tuple[str, str]]:
    """(source, sentence) for every sentence with a ministry's head noun."""
    csv.field_size_limit(10**9)
    texts: list[tuple[str, str]] = []
    with (SHARED / "fakes" / "fakes_dev.csv").open(encoding="utf-8") as fh:
        texts += [(f"fakes:{r['unit_id']}", r["article_content"]) for r in csv.DictReader(fh)]
    for p in sorted((SHARED / "polnear" / "dev" / "text").glob("*"))[:400]:
        texts.append((f"polnear:{p.name}", p.read_text(encoding="utf-8")))
    return [
        (src, s)
        for src, text in texts
        for s in SENTENCE_END.split(text)
        if HEADS.search(s) and 20 < len(s) < 400
    ]


def main() -> int:
    settings = Settings()
    stage, nlp = ActorStage(settings), build_nlp(settings)
    out = []
    for src, s in sentences():
        doc = nlp(s)
        for m in resolve_doc(doc, "t", date(2017, 1, 1), stage.kb, stage.fuzzy, 88.0):
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if m.label == "ORG" and span is not None and ministry_of(span, stage.kb) is not None:
                mention = s[m.start : m.end]
                out.append({"src": src, "mention": mention, "actor_id": m.actor_id, "sentence": s})
    random.Random(22).shuffle(out)
    for row in out:
        print(json.dumps(row, ensure_ascii=False))
    print(f"{len(out)} ministry mentions", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
