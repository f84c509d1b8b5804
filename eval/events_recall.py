"""Event RECALL on other outlets' news: 150 sentences judged by hand before any fix.

    .venv/bin/python -m eval events_recall            # score (ingests the 75 articles)
    .venv/bin/python -m eval.events_recall build OUT.jsonl  # draw the 150 sentences to judge

The sentences: 25 articles of each of PolNeAR's train texts (US politics 2016), FA-KES (Syrian
war 2011-2018) and TimeBank + AQUAINT (US and world news 1989-2000), none of them in any set
of ``eval/events_other.py`` (``build`` and ``build-fresh``), chosen by ``random.Random(SEED)``;
two sentences of 8 to 60 words from each, by the same generator; the 75 articles are then put
in one order by the generator and their sentences judged in that order: the first 100 are
``tune`` (the misses the fixes were chosen from), the last 50 ``heldout`` (judged, never
looked at for a fix). They are judged in ``eval/data/events_recall_other.jsonl`` the same way as
``realnews/dev_gold.jsonl``: every PLOVER event the sentence reports as happening (or a
statement of intent, demand or threat), with its type, actor and recipient, or no event.

Scoring is ``eval.realnews``'s: the 75 articles are ingested through the real pipeline into a
temporary store, its ``event-reports`` export matched to the judged sentences (same article,
one sentence containing the other) and scored by ``realnews.score``. Groups: ``tune all``,
``tune shown`` (at or above ``DEFAULT_MIN_CONFIDENCE``), ``heldout all``, ``heldout shown``,
``both shown`` and ``set X shown`` (per corpus, both parts); each with type precision, recall
and F1, type + actor + recipient recall (``dyad_recall``) and the reports on no-event sentences
(``on_empty``). ``--quick``: the first 20 articles.
"""

from __future__ import annotations

import json
import random
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

from eval import events_other, realnews
from eval.datasets import ROOT

JUDGED = Path(__file__).resolve().parent / "data" / "events_recall_other.jsonl"
SEED = 1307
ARTICLES_PER_SET = 25
SENTENCES_PER_ARTICLE = 2
N_TUNE = 100
QUICK_ARTICLES = 20
_ABBREV = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Rep|Sen|Gov|Gen|Col|Lt|Sgt|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|"
    r"Inc|Corp|Co|Ltd|No|U\.S|[A-Z])\.$"
)
_SPLIT = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’']))\s+(?=[\"“‘']?[A-Z0-9])")


def sentences(text: str) -> list[str]:
    """A plain regex split of a text into sentences (paragraph breaks end a sentence)."""
    out: list[str] = []
    para_open = False
    for para in re.split(r"\n\s*\n|\n(?=\s)", text):
        flat = re.sub(r"\s+", " ", para).strip()
        for piece in _SPLIT.split(flat):
            if out and para_open and _ABBREV.search(out[-1]):
                out[-1] += " " + piece.strip()  # "Mr. Smith", "Nov. 16": not a sentence end
            elif piece.strip():
                out.append(piece.strip())
            para_open = True
        para_open = False
    return out


def _taken() -> set[str]:
    """The ids of every article of ``eval/events_other.py``'s sets."""
    first = random.Random(events_other.SEED)
    taken = {r["id"] for r in events_other._polnear(first) + events_other._fakes(first)}
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "fresh.jsonl"
        events_other.build_fresh(fresh)
        with fresh.open(encoding="utf-8") as fh:
            taken |= {json.loads(line)["id"] for line in fh if line.strip()}
    return taken


def articles() -> list[dict[str, Any]]:
    """The 75 articles, in judging order (each a record ``newsgraph ingest`` reads)."""
    taken = _taken()
    rng = random.Random(SEED)
    polnear = []
    for f in sorted((ROOT / "polnear" / "train" / "text").glob("*.txt")):
        outlet, day = f.stem.split("_")[:2]
        text = f.read_text(encoding="utf-8")
        polnear.append(
            {"id": f"polnear:{f.stem}", "text": text, "outlet": outlet, "published": day}
        )
    fakes = events_other._fakes(random.Random(0), every=True)
    tml = sorted((ROOT / "timebank" / "TBAQ-cleaned").glob("*/*.tml"))
    timebank = [events_other._timeml(f) for f in tml]
    picked: list[dict[str, Any]] = []
    for pool in (polnear, fakes, timebank):
        seen: set[str] = set()
        free = []
        for r in pool:  # FA-KES repeats a few articles: the first of each id
            if r["id"] not in taken and r["id"] not in seen and len(_candidates(r)) >= 2:
                seen.add(r["id"])
                free.append(r)
        picked += rng.sample(free, ARTICLES_PER_SET)
    rng.shuffle(picked)
    return picked


def _candidates(rec: dict[str, Any]) -> list[str]:
    return [s for s in sentences(rec["text"]) if 8 <= len(s.split()) <= 60]


def draw() -> list[dict[str, Any]]:
    """The 150 sentences to judge, in order, with ``part`` tune (first 100) or heldout."""
    rng = random.Random(SEED)
    out = []
    for rec in articles():
        cands = _candidates(rec)
        for i in sorted(rng.sample(range(len(cands)), SENTENCES_PER_ARTICLE)):
            n = len(out)
            out.append(
                {
                    "doc": rec["id"],
                    "set": rec["id"].split(":")[0],
                    "outlet": rec.get("outlet"),
                    "published": rec.get("published"),
                    "part": "tune" if n < N_TUNE else "heldout",
                    "sentence": cands[i],
                    "events": [],
                }
            )
    return out


def _load() -> list[dict[str, Any]]:
    with JUDGED.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip().startswith("{")]


def run(quick: bool = False) -> dict[str, dict[str, Any]]:
    from newsgraph.extract.events.confidence import DEFAULT_MIN_CONFIDENCE

    if not JUDGED.exists() or not (ROOT / "polnear").exists():
        print("  judged file or the PolNeAR / FA-KES / TimeBank sets not found: skipped")
        return {}
    gold = _load()
    recs = articles()
    if quick:
        recs = recs[:QUICK_ARTICLES]
        keep = {r["id"] for r in recs}
        gold = [g for g in gold if g["doc"] in keep]
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "in.jsonl"
        with corpus.open("w", encoding="utf-8") as fh:
            for rec in recs:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        db = str(Path(tmp) / "recall.db")
        realnews.ingest_judged(db, corpus, {r["id"] for r in recs})
        reports = realnews.exported(db)
    return figures(gold, reports, DEFAULT_MIN_CONFIDENCE)


def figures(
    gold: list[dict[str, Any]], reports: dict[str, list[dict[str, Any]]], threshold: float
) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for part in ("tune", "heldout"):
        sub = [g for g in gold if g["part"] == part]
        out[f"{part} all"] = realnews.score(sub, reports)
        out[f"{part} shown"] = realnews.score(sub, reports, threshold)
    out["both shown"] = realnews.score(gold, reports, threshold)
    for name in sorted({g["set"] for g in gold}):
        out[f"set {name} shown"] = realnews.score(
            [g for g in gold if g["set"] == name], reports, threshold
        )
    return out


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "build":
        rows = draw()
        with Path(sys.argv[2]).open("w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(len(rows), "sentences")
    else:
        print(__doc__)
