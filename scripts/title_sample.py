"""The title mentions of text from other outlets, for a hand check of ``resolve/titles.py``.

    .venv/bin/python scripts/title_sample.py --seed 23 --size 300 > /tmp/titles.jsonl

Draws ``--size`` documents (``random.Random(seed)``) from PolNeAR train (US outlets, 2015-16),
TimeBank-AQUAINT (wire news, 1989-2000) and FA-KES dev (Syrian war, 2011-18), resolves each
with the actors stage (the shipped KB, the default model) on its own publication date, and
prints each TITLE mention ("the German leader", "the UN chief") one JSON object a line: source,
document, day, mention, actor id, role, sector, sentence. The judgements of round 23 are
``eval/data/titles_round23_judged.jsonl`` (docs/actors.md, "Titles"). Until the twenty-fifth
round the FA-KES dates ("4/5/17", M/D/YY) were read as ISO dates and every FA-KES document was
dropped: the samples of rounds 23 and 24 hold PolNeAR and TimeBank documents only.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
from datetime import date, datetime
from pathlib import Path

from newsgraph.config import Settings
from newsgraph.parse.nlp import build_nlp
from newsgraph.resolve.mentions import ActorStage, resolve_doc

SHARED = Path(__file__).resolve().parents[2] / "shared" / "datasets"
CREATION = re.compile(r'value="(\d{4}-\d{2}-\d{2})[^"]*"[^>]*functionInDocument="CREATION_TIME"')


def documents() -> list[tuple[str, str, date, str]]:
    """(source, name, publication day, text) of every document of the three sets."""
    docs: list[tuple[str, str, date, str]] = []
    for p in sorted((SHARED / "polnear" / "train" / "text").glob("*.txt")):
        day = re.search(r"_(\d{4}-\d{2}-\d{2})_", p.name)
        if day:
            docs.append(("polnear", p.name, date.fromisoformat(day[1]), p.read_text("utf-8")))
    for p in sorted((SHARED / "timebank" / "TBAQ-cleaned").glob("*/*.tml")):
        xml = p.read_text("utf-8")
        dct = CREATION.search(xml)
        if dct:
            body = re.sub(r"<[^>]+>", "", xml.split("</DCT>")[-1])
            docs.append(("timebank", p.name, date.fromisoformat(dct[1]), body))
    csv.field_size_limit(10**9)
    with (SHARED / "fakes" / "fakes_dev.csv").open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            try:  # FA-KES writes its dates M/D/YY ("4/5/17")
                day_ = datetime.strptime(r["date"].strip(), "%m/%d/%y").date()
            except ValueError:
                continue
            docs.append(("fakes", r["unit_id"], day_, r["article_content"]))
    return docs


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=23)
    ap.add_argument("--size", type=int, default=300)
    args = ap.parse_args()
    sample = random.Random(args.seed).sample(documents(), args.size)
    settings = Settings()
    stage, nlp = ActorStage(settings), build_nlp(settings)
    for (src, name, day, _), doc in zip(sample, nlp.pipe(t for *_, t in sample), strict=True):
        for m in resolve_doc(doc, name, day, stage.kb, stage.fuzzy, 88.0):
            if m.label != "TITLE":
                continue
            sent = next(s for s in doc.sents if s.start_char <= m.start < s.end_char)
            row = {
                "src": src,
                "doc": name,
                "day": day.isoformat(),
                "text": m.text,
                "actor": m.actor_id,
                "role": m.role,
                "sector": m.sector,
                "sent": sent.text.strip()[:400],
            }
            print(json.dumps(row, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
