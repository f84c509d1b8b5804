"""Event RECALL on other outlets' news: 250 sentences judged by hand before any fix, in two draws.

    .venv/bin/python -m eval events_recall               # score (ingests the 125 articles)
    .venv/bin/python -m eval.events_recall build OUT.jsonl     # the first draw's 150 sentences
    .venv/bin/python -m eval.events_recall build-r8 OUT.jsonl  # the second draw's 100

The first draw (``r7``, branch evrec7): 25 articles of each of PolNeAR's train texts (US
politics 2016), FA-KES (Syrian war 2011-2018) and TimeBank + AQUAINT (US and world news
1989-2000), none of them in ``eval/events_other.py``'s ``build`` and ``build-fresh`` sets, chosen
by ``random.Random(SEED)``; two sentences of 8 to 60 words from each, by the same generator; the
75 articles are then put in one order by the generator and their sentences judged in that
order: the first 100 are ``tune`` (the misses the fixes were chosen from), the last 50
``heldout`` (judged, never looked at for a fix). Two of its articles are in the third fresh set
(``build-fresh3``), judged there for precision only.

The second draw (``r8``, branch evrec8; its rows carry ``"draw": "r8"``): the same recipe with
``SEED_R8``, 17 PolNeAR, 17 FA-KES and 16 TimeBank articles in none of events_other's sets (the
third fresh set included) nor the first draw, each sentence text once; the first 60 sentences
in judging order ``tune``, the last 40 ``heldout``; judged before any of evrec8's fixes.

Both are judged in ``eval/data/events_recall_other.jsonl`` the same way as
``realnews/dev_gold.jsonl``: every PLOVER event the sentence reports as happening (or a
statement of intent, demand or threat), with its type, actor and recipient, or no event.

Scoring is ``eval.realnews``'s: the articles are ingested through the real pipeline into a
temporary store, its ``event-reports`` export matched to the judged sentences (same article,
one sentence containing the other) and scored by ``realnews.score``. Groups: ``tune all``,
``tune shown`` (at or above ``DEFAULT_MIN_CONFIDENCE``), ``heldout all``, ``heldout shown``
(both draws together), ``both shown``, the same four per draw (``r7 tune shown``, ``r8 heldout
all``, ...) and ``set X shown`` (per corpus, both parts and draws); each with type precision,
recall and F1, type + actor + recipient recall (``dyad_recall``) and the reports on no-event
sentences (``on_empty``). ``--quick``: the first 20 articles of the first draw and of the second.
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
# The second draw (branch evrec8): 17 PolNeAR, 17 FA-KES and 16 TimeBank + AQUAINT articles in
# none of events_other's sets (the third fresh set included) nor the first draw, two sentences
# each; the first 60 sentences in judging order are tune, the last 40 held out.
SEED_R8 = 1308
ARTICLES_R8 = (17, 17, 16)
N_TUNE_R8 = 60
DRAWS = ("r7", "r8")
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


def _pools() -> tuple[list[dict[str, Any]], ...]:
    """Every PolNeAR train text, FA-KES article (the first of each id) and TimeBank + AQUAINT
    document, as records ``newsgraph ingest`` reads, in file order."""
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
    return polnear, fakes, timebank


def _pick(
    seed: int, counts: tuple[int, int, int], taken: set[str], distinct: bool = False
) -> list[dict[str, Any]]:
    """``counts`` articles of PolNeAR, FA-KES and TimeBank (each with two candidate sentences
    at least), none in ``taken``, chosen and then put in one order by ``random.Random(seed)``."""
    rng = random.Random(seed)
    picked: list[dict[str, Any]] = []
    for pool, n in zip(_pools(), counts, strict=True):
        seen: set[str] = set()
        free = []
        for r in pool:  # FA-KES repeats a few articles: the first of each id
            if r["id"] not in taken and r["id"] not in seen and len(_candidates(r, distinct)) >= 2:
                seen.add(r["id"])
                free.append(r)
        picked += rng.sample(free, n)
    rng.shuffle(picked)
    return picked


def articles() -> list[dict[str, Any]]:
    """The first draw's 75 articles, in judging order (each a record ``newsgraph ingest`` reads)."""
    return _pick(SEED, (ARTICLES_PER_SET,) * 3, _taken())


def taken_r8() -> set[str]:
    """What the second draw leaves out: every set of ``eval/events_other.py`` (the third fresh
    set included) and the first draw's articles."""
    taken = _taken()
    with tempfile.TemporaryDirectory() as tmp:
        fresh3 = Path(tmp) / "fresh3.jsonl"
        events_other.build_fresh3(fresh3)
        with fresh3.open(encoding="utf-8") as fh:
            taken |= {json.loads(line)["id"] for line in fh if line.strip()}
    return taken | {r["id"] for r in articles()}


def articles_r8() -> list[dict[str, Any]]:
    """The second draw's 50 articles (branch evrec8), in judging order."""
    return _pick(SEED_R8, ARTICLES_R8, taken_r8(), distinct=True)


def _candidates(rec: dict[str, Any], distinct: bool = False) -> list[str]:
    """The sentences of 8 to 60 words; ``distinct`` (the second draw): each text once, as a few
    FA-KES pages repeat a paragraph (the first draw kept the repeats, and one article of it gave
    one sentence twice)."""
    found = [s for s in sentences(rec["text"]) if 8 <= len(s.split()) <= 60]
    return list(dict.fromkeys(found)) if distinct else found


def draw(r8: bool = False) -> list[dict[str, Any]]:
    """The sentences to judge, in order: the first draw's 150 (``part`` tune for the first
    N_TUNE, else heldout) or, with ``r8``, the second draw's 100 (tune for the first
    N_TUNE_R8)."""
    seed, recs, n_tune = (SEED_R8, articles_r8(), N_TUNE_R8) if r8 else (SEED, articles(), N_TUNE)
    rng = random.Random(seed)
    out = []
    for rec in recs:
        cands = _candidates(rec, distinct=r8)
        for i in sorted(rng.sample(range(len(cands)), SENTENCES_PER_ARTICLE)):
            n = len(out)
            out.append(
                {
                    "doc": rec["id"],
                    "set": rec["id"].split(":")[0],
                    "outlet": rec.get("outlet"),
                    "published": rec.get("published"),
                    "draw": "r8" if r8 else "r7",
                    "part": "tune" if n < n_tune else "heldout",
                    "sentence": cands[i],
                    "events": [],
                }
            )
    return out


def draw_of(row: dict[str, Any]) -> str:
    """``r7`` (the first draw's rows carry no ``draw``) or ``r8``."""
    return str(row.get("draw", "r7"))


def _load() -> list[dict[str, Any]]:
    with JUDGED.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip().startswith("{")]


def run(quick: bool = False) -> dict[str, dict[str, Any]]:
    from newsgraph.extract.events.confidence import DEFAULT_MIN_CONFIDENCE

    if not JUDGED.exists() or not (ROOT / "polnear").exists():
        print("  judged file or the PolNeAR / FA-KES / TimeBank sets not found: skipped")
        return {}
    gold = _load()
    first, second = articles(), articles_r8()
    if quick:
        first, second = first[:QUICK_ARTICLES], second[:QUICK_ARTICLES]
    recs = first + second
    if quick:
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
    for name in DRAWS:
        for part in ("tune", "heldout"):
            sub = [g for g in gold if draw_of(g) == name and g["part"] == part]
            if sub:
                out[f"{name} {part} all"] = realnews.score(sub, reports)
                out[f"{name} {part} shown"] = realnews.score(sub, reports, threshold)
    for name in sorted({g["set"] for g in gold}):
        out[f"set {name} shown"] = realnews.score(
            [g for g in gold if g["set"] == name], reports, threshold
        )
    return out


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] in ("build", "build-r8"):
        rows = draw(r8=sys.argv[1] == "build-r8")
        with Path(sys.argv[2]).open("w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(len(rows), "sentences")
    else:
        print(__doc__)
