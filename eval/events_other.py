"""Shown event reports on news the events code was never tuned on, judged by hand.

    .venv/bin/python -m eval events_other                 # score the judged file
    .venv/bin/python -m eval.events_other build IN.jsonl  # the 60 input articles
    .venv/bin/python -m eval.events_other sample EXPORT.jsonl OUT.jsonl  # 100 to judge
    .venv/bin/python -m eval.events_other sample EXPORT.jsonl OUT.jsonl --merged  # 30, seed 2026
    .venv/bin/python -m eval.events_other build-fresh IN.jsonl  # the fresh set's 50 articles
    .venv/bin/python -m eval.events_other sample EXPORT.jsonl OUT.jsonl --fresh  # 90, seed 2027
    .venv/bin/python -m eval.events_other build-fresh3 IN.jsonl  # the third fresh set's 50
    .venv/bin/python -m eval.events_other sample EXPORT.jsonl OUT.jsonl --fresh3  # 90, seed 2028
    .venv/bin/python -m eval.events_other build-fresh4 IN.jsonl  # the fourth fresh set's 50
    .venv/bin/python -m eval.events_other sample EXPORT.jsonl OUT.jsonl --fresh4  # 90, seed 2029
    .venv/bin/python -m eval.events_other build-fresh5 IN.jsonl  # the fifth fresh set's 50
    .venv/bin/python -m eval.events_other sample EXPORT.jsonl OUT.jsonl --fresh5  # 90, seed 2030
    .venv/bin/python -m eval.events_other build-fresh6 IN.jsonl  # the sixth fresh set's 50
    .venv/bin/python -m eval.events_other sample EXPORT.jsonl OUT.jsonl --fresh6  # 90, seed 2031
    .venv/bin/python -m eval.events_other build-fresh7 IN.jsonl  # the seventh fresh set's 50
    .venv/bin/python -m eval.events_other sample EXPORT.jsonl OUT.jsonl --fresh7  # 90, seed 2032
    .venv/bin/python -m eval.events_other mark TAG EXPORT.jsonl ...  # shown_TAG on each judged

The articles: 30 of PolNeAR's dev texts (US politics 2016, seven outlets) and 30 of FA-KES
(Syrian war, 2011-2018, many outlets), each chosen by ``random.Random(SEED)``. They are
ingested with the real CLI into a fresh store (``newsgraph --db /tmp/ej.db ingest IN.jsonl``);
the shown reports (``newsgraph export --what event-reports`` at or above the default
threshold) are sampled, 100 by the same seed, and judged by hand in
``eval/data/events_judged_other.jsonl``: one line per report with its article ``source_id``,
``sentence``, ``type``, ``actor``, ``recipient``, ``confidence`` and the verdicts ``type_ok``
(the sentence reports, as happening, a political interaction of that PLOVER type),
``actor_ok``, ``recipient_ok`` (``null`` where there is none and none is wanted), with a
``reason`` for each wrong one and its ``cause`` (a short tag, grouped in ``docs/events.md``).
A line marked ``"added": "after-fix"`` is a report the fix made appear that was not in the
first 100; ``"gone": true`` marks a judged report the fix removed (no longer shown).

Re-measured on the merged code (issue 13, after branches evtypes, evargs, xo): the same store
rebuilt, a judged report is still shown when a shown report has the same article, sentence
and type (a retyped report is a new one); ``"gone_merged": true`` marks a judged report no
longer shown. ``"added": "merged"`` marks a report judged then: a shown report of the judged
sentences that had no verdict, or one of a fresh sample of N_SAMPLE_MERGED shown reports drawn
by SEED_MERGED (``sample ... --merged``); every report of that sample, judged before or then,
carries ``"sample_merged": true``.

The fresh set (branch evsense, issue 13: word sense, saying verbs, modal frames): 50 other
articles, none of the 60 (``build-fresh``: 20 PolNeAR train texts, 10 other FA-KES articles, 20
TimeBank + AQUAINT news of 1989-2000, by SEED_FRESH), ingested the same way; 90 shown reports
drawn by SEED_FRESH (``sample EXPORT OUT --fresh``) and judged BEFORE any fix, marked ``"added":
"evsense"`` with ``"sample_evsense"``: ``"tune"`` (the first 60 drawn: the errors the fixes were
chosen from) or ``"heldout"`` (the last 30: judged, their errors not used). After the fixes, the
same stores rebuilt: ``"gone_evsense": true`` marks a judged report no longer shown (same article,
sentence and type), ``"added": "after-evsense"`` a report the fixes made appear on a judged
sentence, judged then (``"after_of": "old"`` on the 60, else with its ``sample_evsense`` part).

Re-measured on main (``"main6"``, after the fifth round's merge): both stores rebuilt the
same way; every judged report carries ``"shown_main6"`` (a shown report with the same article,
sentence and type); ``"added": "main6"`` marks a report judged then: a shown report of a judged
sentence with no verdict (its set's ``sample_evsense`` or ``after_of``), or one of new draws by
the same seeds on main's exports (``sample ... --merged``: 30; ``--fresh``: 90, the first 60
tune, the last 30 held out), each drawn report, judged before or then, carrying
``"sample_main6"``: ``"merged"``, ``"tune"`` or ``"heldout"``. A later stage (STAGES) does the
same with its own tag (``shown_TAG``, ``"added": TAG``). Its groups, printed under the stage's
label: ``L merged``, ``L fresh``, ``L fresh tune``, ``L fresh held-out`` (the sets as judged
before, what the stage's stores show of them, plus the reports it made appear on their judged
sentences), ``L sample merged``, ``L sample fresh tune``, ``L sample fresh held-out`` (main's
draws), and ``L fresh band/cause/set``.

The third fresh set (branch evsense3, issue 13: precision first on news in general): 50 more
articles, none of the 60 nor of the fresh 50 (``build-fresh3``: the same recipe, 20 PolNeAR
train, 10 FA-KES, 20 TimeBank + AQUAINT, by SEED_FRESH3), ingested the same way; 90 shown
reports drawn by SEED_FRESH3 (``sample EXPORT OUT --fresh3``) and judged BEFORE any fix, marked
``"added": "fresh3"`` with ``"sample_fresh3"``: ``"tune"`` (the first 60) or ``"heldout"`` (the
last 30, their errors not used to choose a rule); groups ``fresh3``, ``fresh3 tune``, ``fresh3
held-out``. Stage ``main7`` re-measured every earlier judged report on main (the two earlier
stores rebuilt); the fresh3 reports are shown there by construction. A later stage's report on
a judged fresh3 sentence carries that sentence's ``sample_fresh3``; the stage's groups ``L
fresh3``, ``L fresh3 tune``, ``L fresh3 held-out``. Stage ``evsense3``: the three stores rebuilt
after branch evsense3's fixes (chosen on tune errors only); a report counts as added there only
when main's store did not show it.

The fourth fresh set (branch evsense4, issue 13): 50 more articles, none of the earlier 160
nor of the recall set's (``build-fresh4``: the same recipe by SEED_FRESH4), ingested the same
way; 90 shown reports drawn by SEED_FRESH4 (``sample EXPORT OUT --fresh4``) and judged BEFORE
any fix, marked ``"added": "fresh4"`` with ``"sample_fresh4"`` (``"tune"``: the first 60;
``"heldout"``: the last 30); groups ``fresh4``, ``fresh4 tune``, ``fresh4 held-out``. Stage
``main8`` re-measured every judged report on main before the branch's fixes (the four stores
rebuilt); the shown reports of judged sentences of the earlier sets with no verdict (captures
retyped ASSAULT by branch evrec7, and one arrest) were judged then (``"added": "main8"``).
Stage ``evsense4``: the four stores rebuilt after the branch's fixes (chosen on the tune parts'
errors only); no report appeared, so nothing was judged then.

The fifth fresh set (branch evprec9): 50 more articles, none of the earlier 210 (the fourth set
drawn again as it was built: ``fresh4_records``) nor of the recall set's two draws
(``build-fresh5``, SEED_FRESH5), ingested the same way; 90 shown reports drawn by SEED_FRESH5
(``sample EXPORT OUT --fresh5``) and judged BEFORE any fix, ``"added": "fresh5"`` with
``"sample_fresh5"`` (tune: the first 60). Stage ``main9``: the five stores rebuilt on main
ac1c5c7 and every judged report marked by ``mark main9 EXPORT...`` (8 shown reports of judged
sentences judged then, ``"added": "main9"``); stage ``evprec9``: the same after the branch's
confidence refit. ``training_labels`` gives the confidence model's training labels: the tune
parts' verdicts only, never a report judged in a held-out part.

The sixth fresh set (branch evprec10): 50 more articles, none of the earlier 260 (each set
drawn again as its build drew it: ``_five_records``) nor of the recall set's two draws
(``build-fresh6``, SEED_FRESH6), ingested the same way; 90 shown reports drawn by SEED_FRESH6
(``sample EXPORT OUT --fresh6``) and judged BEFORE any fix, ``"added": "fresh6"`` with
``"sample_fresh6"`` (tune: the first 60). Stage ``main11``: the six stores rebuilt on main
0a80dd6 and every judged report marked (4 shown reports of judged sentences judged then,
``"added": "main11"``); stage ``evprec10``: the same after the branch's fixes.

The seventh fresh set (branch evprec11): 50 more articles, none of the earlier 310 (the six
sets drawn again as their builds drew them: ``_six_records``) nor of the recall set's two draws
as they were then (the first and ``r8``: ``_recall_ids(None) | _recall_ids("r8")``, so a later
draw does not change it) (``build-fresh7``, SEED_FRESH7), ingested the same way; 90 shown
reports drawn by SEED_FRESH7 (``sample EXPORT OUT --fresh7``) and judged BEFORE any fix,
``"added": "fresh7"`` with ``"sample_fresh7"`` (tune: the first 60). Stage ``main12``: the seven
stores rebuilt on main bd496fc and every judged report marked (1 shown report of a judged
sentence judged then, ``"added": "main12"``); stage ``evprec11``: the same after the branch's
fixes.

Groups: ``all`` (type precision; type + actor + recipient precision), ``now`` (the same on the
reports still shown after the evjudge fix: judged ones not gone, plus its added ones), ``merged``
(every judged report still shown on the merged code, those added then included), ``merged
sample`` (the fresh sample alone), ``type X``, ``band a-b`` (type precision by confidence band),
``cause X`` (wrong reports per cause), ``set X``; ``merged band``, ``merged cause`` and ``merged
set`` are the same on the ``merged`` group; ``fresh``, ``fresh tune``, ``fresh held-out`` (and
``fresh band/cause/set``) the fresh set as judged; ``... after evsense`` what is shown of them
after its fixes.
"""

from __future__ import annotations

import csv
import html
import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from eval.datasets import ROOT

JUDGED = Path(__file__).resolve().parent / "data" / "events_judged_other.jsonl"
SEED = 13
PER_SET = 30
N_JUDGED = 100
BANDS = (0.7, 0.8, 0.9, 1.01)
_FAKES_MONTH = "%m/%d/%y"
SEED_MERGED = 2026
N_SAMPLE_MERGED = 30
# The reports of the "now" group: the first judged and those added by branch evjudge's fix.
_NOW = (None, "after-fix")
# The reports judged on the first 60 articles (the groups up to ``merged``).
_OLD = (None, "after-fix", "merged")
_EVSENSE_ADDED = "after-evsense"
# Later re-measurements, in order: the tag of each and the name its groups print under. A row
# judged at or before a stage carries ``"shown_TAG"`` (whether that stage's store shows it).
STAGES = (
    ("main6", "main"),
    ("evsense2", "after evsense2"),
    ("main7", "main7"),
    ("evsense3", "after evsense3"),
    ("main8", "main8"),
    ("evsense4", "after evsense4"),
    ("main9", "main9"),
    ("evprec9", "after evprec9"),
    ("main11", "main11"),
    ("evprec10", "after evprec10"),
    # branch evsense10: marked from the judged sentences run alone on the branch and on main
    # 3bdb39d (the six stores were not rebuilt; see docs/events.md)
    ("evsense10", "after evsense10"),
    # branch evprec11: the seven stores rebuilt on main bd496fc, and after the branch's fixes
    ("main12", "main12"),
    ("evprec11", "after evprec11"),
    # branch evsense12: marked from the judged sentences run alone on the branch and on main
    # c8de54a, as evsense10 (the seven stores were not rebuilt; see docs/events.md)
    ("evsense12", "after evsense12"),
)
# The third fresh set's tag (``"added"``) and its part field (``"tune"`` or ``"heldout"``).
FRESH3 = "fresh3"
# The fresh sets judged after the first two, in order, each with its ``"sample_TAG"`` part.
LATER_SETS = (FRESH3, "fresh4", "fresh5", "fresh6", "fresh7")


def _polnear(rng: random.Random) -> list[dict[str, Any]]:
    files = sorted((ROOT / "polnear" / "dev" / "text").glob("*.txt"))
    out = []
    for path in rng.sample(files, PER_SET):
        outlet, day = path.stem.split("_")[:2]
        text = path.read_text(encoding="utf-8")
        out.append({"id": f"polnear:{path.stem}", "text": text, "outlet": outlet, "published": day})
    return out


def _fakes(rng: random.Random, every: bool = False) -> list[dict[str, Any]]:
    """PER_SET FA-KES articles chosen by ``rng``; ``every``: all of them, in file order."""
    from datetime import datetime

    with (ROOT / "fakes" / "fakes_dev.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    out = []
    for row in rows if every else rng.sample(rows, PER_SET):
        try:
            day = datetime.strptime(row["date"], _FAKES_MONTH).date().isoformat()
        except ValueError:
            day = None
        text = row["article_content"]
        out.append(
            {
                "id": f"fakes:{row['unit_id']}",
                "text": text,
                "title": row["article_title"],
                "outlet": row["source"],
                "published": day,
            }
        )
    return out


def build(path: Path) -> int:
    """Write the input articles as JSON Lines, an input ``newsgraph ingest`` reads."""
    rng = random.Random(SEED)
    records = _polnear(rng) + _fakes(rng)
    with path.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return len(records)


# The fresh set of branch evsense (issue 13, word sense, saying verbs, modal frames): articles
# the events code was never tuned on, none of the 60 above: PolNeAR's train texts (US politics
# 2016), FA-KES articles not in the first 30, and TimeBank + AQUAINT (US and world news of
# 1989-1998: AP, NYT, WSJ, CNN, ABC, VOA, PRI, Xinhua), chosen by SEED_FRESH.
SEED_FRESH = 2027
FRESH_POLNEAR, FRESH_FAKES, FRESH_TIMEBANK = 20, 10, 20
N_SAMPLE_FRESH = 90  # shown reports judged: the first 60 the tune part, the last 30 held out
N_FRESH_TUNE = 60
# The third fresh set (branch evsense3): the same recipe, none of the 60 nor the fresh 50.
SEED_FRESH3 = 2028
# The fourth fresh set (branch evsense4): the same recipe, none of the earlier 160 articles nor
# of the recall set's (``events_recall_other.jsonl``).
SEED_FRESH4 = 2029
# The fifth fresh set (branch evprec9): the same recipe, none of the earlier 210 articles nor of
# the recall set's.
SEED_FRESH5 = 2030
# The sixth fresh set (branch evprec10): the same recipe, none of the earlier 260 articles nor
# of the recall set's.
SEED_FRESH6 = 2031
# The seventh fresh set (branch evprec11): the same recipe, none of the earlier 310 articles nor
# of the recall set's first two draws.
SEED_FRESH7 = 2032
RECALL_JUDGED = Path(__file__).resolve().parent / "data" / "events_recall_other.jsonl"
_TML_TAG = re.compile(r"<[^>]+>")


def _timeml(path: Path) -> dict[str, Any]:
    raw = path.read_text(encoding="utf-8")
    body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
    dct = re.search(r"<DCT>.*?value=\"([0-9-]{10})", raw, re.S)
    title = re.search(r"<TITLE>(.*?)</TITLE>", raw, re.S)
    text = html.unescape(_TML_TAG.sub("", body.group(1) if body else "")).strip()
    rec: dict[str, Any] = {
        "id": f"timebank:{path.stem}",
        "text": text,
        "outlet": re.sub(r"[^A-Za-z].*", "", path.stem).lower(),
        "published": dct.group(1) if dct else None,
    }
    if title:
        rec["title"] = html.unescape(_TML_TAG.sub("", title.group(1))).strip()
    return rec


def _fresh_records(seed: int, taken: set[str]) -> list[dict[str, Any]]:
    """FRESH_POLNEAR PolNeAR train texts, FRESH_FAKES FA-KES articles and FRESH_TIMEBANK
    TimeBank + AQUAINT documents, none in ``taken``, chosen by ``random.Random(seed)``."""
    rng = random.Random(seed)
    files = sorted((ROOT / "polnear" / "train" / "text").glob("*.txt"))
    records = []
    for f in rng.sample([f for f in files if f"polnear:{f.stem}" not in taken], FRESH_POLNEAR):
        outlet, day = f.stem.split("_")[:2]
        text = f.read_text(encoding="utf-8")
        rec = {"id": f"polnear:{f.stem}", "text": text, "outlet": outlet, "published": day}
        records.append(rec)
    fakes = [r for r in _fakes(random.Random(seed), every=True) if r["id"] not in taken]
    records += rng.sample(fakes, FRESH_FAKES)
    tml = sorted((ROOT / "timebank" / "TBAQ-cleaned").glob("*/*.tml"))
    tml = [f for f in tml if f"timebank:{f.stem}" not in taken]
    records += [_timeml(f) for f in rng.sample(tml, FRESH_TIMEBANK)]
    return records


def _first_ids() -> set[str]:
    first = random.Random(SEED)
    return {r["id"] for r in _polnear(first) + _fakes(first)}


def _write(path: Path, records: list[dict[str, Any]]) -> int:
    with path.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return len(records)


def build_fresh(path: Path) -> int:
    """Write the fresh set's input articles (none of ``build``'s) as JSON Lines."""
    return _write(path, _fresh_records(SEED_FRESH, _first_ids()))


def build_fresh3(path: Path) -> int:
    """Write the third fresh set's input articles (none of ``build``'s or ``build_fresh``'s)."""
    taken = _first_ids()
    taken |= {r["id"] for r in _fresh_records(SEED_FRESH, taken)}
    return _write(path, _fresh_records(SEED_FRESH3, taken))


def build_fresh4(path: Path) -> int:
    """Write the fourth fresh set's input articles: none of ``build``'s, ``build_fresh``'s,
    ``build_fresh3``'s, nor an article of the recall set's first draw (the only one when it
    was built: ``fresh4_records``)."""
    return _write(path, fresh4_records())


def _recall_ids(draw: str | None = "all") -> set[str]:
    """The recall set's articles: every draw (``"all"``), or one draw (``None``: the first,
    the one there was when the fourth fresh set was built; ``"r8"``: the second)."""
    with RECALL_JUDGED.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip().startswith("{")]
    return {r["doc"] for r in rows if draw == "all" or r.get("draw") == draw}


def build_fresh5(path: Path) -> int:
    """Write the fifth fresh set's input articles: none of the four earlier sets' (the first
    60 and the fresh 50s of SEED_FRESH, SEED_FRESH3 and SEED_FRESH4, each drawn again as its
    build drew it: the fourth with the recall set's first draw, the only one then), nor an
    article of the recall set (both draws)."""
    taken = _first_ids()
    taken |= {r["id"] for r in _fresh_records(SEED_FRESH, taken)}
    taken |= {r["id"] for r in _fresh_records(SEED_FRESH3, taken)}
    taken |= {r["id"] for r in _fresh_records(SEED_FRESH4, taken | _recall_ids(None))}
    taken |= _recall_ids()
    return _write(path, _fresh_records(SEED_FRESH5, taken))


def build_fresh6(path: Path) -> int:
    """Write the sixth fresh set's input articles: none of the five earlier sets' (each drawn
    again as its build drew it: ``_five_records``), nor an article of the recall set (both
    draws)."""
    return _write(path, fresh6_records())


def fresh6_records() -> list[dict[str, Any]]:
    """The sixth fresh set's 50 articles, drawn as ``build_fresh6`` draws them."""
    taken = {r["id"] for r in _five_records()} | _recall_ids()
    return _fresh_records(SEED_FRESH6, taken)


def build_fresh7(path: Path) -> int:
    """Write the seventh fresh set's input articles (``fresh7_records``)."""
    return _write(path, fresh7_records())


def fresh7_records() -> list[dict[str, Any]]:
    """The seventh fresh set's 50 articles: none of the six earlier sets' (``_six_records``),
    nor of the recall set's first two draws (the first and ``r8``, the draws there were when
    it was built)."""
    taken = {r["id"] for r in _six_records()} | _recall_ids(None) | _recall_ids("r8")
    return _fresh_records(SEED_FRESH7, taken)


def fresh4_records() -> list[dict[str, Any]]:
    """The fourth fresh set's 50 articles, drawn again as ``build_fresh4`` drew them (with the
    recall set's first draw, the only one then)."""
    taken = _first_ids()
    taken |= {r["id"] for r in _fresh_records(SEED_FRESH, taken)}
    taken |= {r["id"] for r in _fresh_records(SEED_FRESH3, taken)}
    return _fresh_records(SEED_FRESH4, taken | _recall_ids(None))


def all_records() -> list[dict[str, Any]]:
    """Every judged set's input articles (the first 60 and the six fresh sets), each once."""
    return _six_records() + fresh7_records()


def _six_records() -> list[dict[str, Any]]:
    """The first 60 articles and the first five fresh sets' (the sets up to ``build_fresh7``)."""
    return _five_records() + fresh6_records()


def _five_records() -> list[dict[str, Any]]:
    """The first 60 articles and the first four fresh sets' (the sets up to ``build_fresh5``)."""
    first = random.Random(SEED)
    records = _polnear(first) + _fakes(first)
    taken = {r["id"] for r in records}
    for seed in (SEED_FRESH, SEED_FRESH3):
        more = _fresh_records(seed, taken)
        records += more
        taken |= {r["id"] for r in more}
    records += fresh4_records()
    taken |= {r["id"] for r in records} | _recall_ids()
    records += _fresh_records(SEED_FRESH5, taken)
    return records


def training_labels() -> dict[tuple[str, str, str], int]:
    """The judged reports a model may be fitted on, by (article, sentence key, type): 1 where
    the type is right. Only reports of no held-out part: a report judged in any held-out part
    (a fresh set's last 30, main6's held-out draw) is left out, whatever else it was judged
    in; so is one judged both right and wrong (none now)."""
    from eval.realnews import key

    labels: dict[tuple[str, str, str], set[int]] = defaultdict(set)
    held: set[tuple[str, str, str]] = set()
    for r in _load():
        k = (r["source_id"], key(r["sentence"]), r["type"])
        parts = [v for f, v in r.items() if f.startswith("sample_")] + [part(r)]
        if any(str(v).endswith("heldout") for v in parts):
            held.add(k)
        labels[k].add(int(bool(r["type_ok"])))
    return {k: v.pop() for k, v in labels.items() if k not in held and len(v) == 1}


def heldout_labels() -> dict[tuple[str, str, str], tuple[int, str]]:
    """The judged reports of the held-out parts, by (article, sentence key, type): 1 where the
    type is right, and the part (``part``: "heldout", "fresh3 heldout", ...). Never trained on:
    they measure a refit (``scripts/train_event_confidence.py``); the complement of
    ``training_labels`` among the judged reports of a held-out part."""
    from eval.realnews import key

    labels: dict[tuple[str, str, str], set[int]] = defaultdict(set)
    parts: dict[tuple[str, str, str], str] = {}
    for r in _load():
        k = (r["source_id"], key(r["sentence"]), r["type"])
        held = [str(v) for f, v in r.items() if f.startswith("sample_")] + [part(r)]
        held = [v for v in held if v.endswith("heldout")]
        if held:
            parts.setdefault(k, part(r) if part(r).endswith("heldout") else held[0])
            labels[k].add(int(bool(r["type_ok"])))
    return {k: (v.pop(), parts[k]) for k, v in labels.items() if k in parts and len(v) == 1}


def mark(tag: str, exports: list[Path]) -> tuple[int, list[dict[str, Any]]]:
    """Mark every judged report ``"shown_TAG"``: whether one of these ``event-reports``
    exports (JSON Lines, the stores of the judged sets rebuilt on some code) shows a report
    with its article, sentence and type. Returns how many are shown, and the shown reports
    of judged sentences that have no verdict (to judge, ``"added": TAG``)."""
    from eval.realnews import key
    from newsgraph.extract.events.confidence import DEFAULT_MIN_CONFIDENCE

    shown: dict[tuple[str, str, str], dict[str, Any]] = {}
    for export in exports:
        with export.open(encoding="utf-8") as fh:
            for line in fh:
                r = json.loads(line) if line.strip() else None
                if r and (r.get("confidence") or 0.0) >= DEFAULT_MIN_CONFIDENCE:
                    shown[(r["source_id"], key(r["sentence"]), r["type"])] = r
    with JUDGED.open(encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    judged = set()
    out, n = [], 0
    for line in lines:
        if not line.strip().startswith("{"):
            out.append(line)
            continue
        row = json.loads(line)
        k = (row["source_id"], key(row["sentence"]), row["type"])
        judged.add(k)
        row[f"shown_{tag}"] = k in shown
        n += k in shown
        out.append(json.dumps(row, ensure_ascii=False))
    JUDGED.write_text("\n".join(out) + "\n", encoding="utf-8")
    sentences = {(s, t) for s, t, _ in judged}
    new = [r for k, r in shown.items() if k not in judged and k[:2] in sentences]
    return n, new


def sample(export: Path, out: Path, n: int = N_JUDGED, seed: int = SEED) -> int:
    """The shown reports of an ``event-reports`` export (JSON Lines), ``n`` by ``seed``."""
    from newsgraph.extract.events.confidence import DEFAULT_MIN_CONFIDENCE

    with export.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    shown = [r for r in rows if (r.get("confidence") or 0.0) >= DEFAULT_MIN_CONFIDENCE]
    picked = random.Random(seed).sample(shown, min(n, len(shown)))
    with out.open("w", encoding="utf-8") as fh:
        for r in picked:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return len(picked)


def _load() -> list[dict[str, Any]]:
    with JUDGED.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip().startswith("{")]


def _full(row: dict[str, Any]) -> bool:
    parties_ok = row["actor_ok"] is not False and row["recipient_ok"] is not False
    return bool(row["type_ok"]) and parties_ok


def _precision(rows: list[dict[str, Any]]) -> dict[str, float | int]:
    n = len(rows)
    right = sum(1 for r in rows if r["type_ok"])
    full = sum(1 for r in rows if _full(r))
    return {
        "n": n,
        "type_right": right,
        "type_p": right / n if n else 0.0,
        "full_p": full / n if n else 0.0,
    }


def _breakdown(
    out: dict[str, dict[str, float | int]], rows: list[dict[str, Any]], prefix: str = ""
) -> None:
    """Type precision by confidence band, wrong reports by cause, precision by set."""
    for lo, hi in zip(BANDS, BANDS[1:], strict=False):
        band = [r for r in rows if lo <= r["confidence"] < hi]
        out[f"{prefix}band {lo:.1f}-{min(hi, 1.0):.1f}"] = _precision(band)
    causes: dict[str, int] = Counter(r.get("cause") or "?" for r in rows if not r["type_ok"])
    for cause, n in sorted(causes.items(), key=lambda kv: -kv[1]):
        out[f"{prefix}cause {cause}"] = {"wrong": n}
    by_set: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        by_set[r["source_id"].split(":")[0]].append(r)
    for name, group in sorted(by_set.items()):
        out[f"{prefix}set {name}"] = _precision(group)


def run(quick: bool = False) -> dict[str, dict[str, float | int]]:
    rows = _load()
    first = [r for r in rows if r.get("added") is None]
    now = [r for r in rows if r.get("added") in _NOW and not r.get("gone")]
    old = [r for r in rows if r.get("added") in _OLD]
    merged = [r for r in old if not r.get("gone_merged")]
    fresh = [r for r in rows if r.get("added") == "evsense"]
    out: dict[str, dict[str, float | int]] = {
        "all": _precision(first),
        "now": _precision(now),
        "merged": _precision(merged),
        "merged sample": _precision([r for r in rows if r.get("sample_merged")]),
        # the fresh set of branch evsense, judged on the code before its fixes
        "fresh": _precision(fresh),
        "fresh tune": _precision([r for r in fresh if r["sample_evsense"] == "tune"]),
        "fresh held-out": _precision([r for r in fresh if r["sample_evsense"] == "heldout"]),
    }
    if any(r.get("gone_evsense") or r.get("added") == _EVSENSE_ADDED for r in rows):
        # after branch evsense's fixes: what is still shown, and the reports they made appear
        # on the judged sentences (judged then)
        def kept(group: list[dict[str, Any]], of: str) -> list[dict[str, Any]]:
            """``of``: "old" (the first 60 articles), or the fresh set's part ("tune",
            "heldout", "" for both)."""
            added = [
                r
                for r in rows
                if r.get("added") == _EVSENSE_ADDED
                and (r.get("after_of") == "old") == (of == "old")
                and (of in ("old", "") or r.get("sample_evsense") == of)
            ]
            return [r for r in group if not r.get("gone_evsense")] + added

        out["merged after evsense"] = _precision(kept(merged, "old"))
        out["fresh after evsense"] = _precision(kept(fresh, ""))
        for part, name in (("tune", "tune"), ("heldout", "held-out")):
            sub = [r for r in fresh if r["sample_evsense"] == part]
            out[f"fresh {name} after evsense"] = _precision(kept(sub, part))
    # the later fresh sets, each judged on main before any fix of its branch
    for tag in LATER_SETS:
        judged = [r for r in rows if r.get("added") == tag]
        out[tag] = _precision(judged)
        out[f"{tag} tune"] = _precision([r for r in judged if r[f"sample_{tag}"] == "tune"])
        out[f"{tag} held-out"] = _precision([r for r in judged if r[f"sample_{tag}"] == "heldout"])
    for tag, label in STAGES:
        _stage(out, rows, tag, label)
    for t in sorted({r["type"] for r in first}):
        out[f"type {t}"] = _precision([r for r in first if r["type"] == t])
    _breakdown(out, first)
    _breakdown(out, merged, "merged ")
    _breakdown(out, fresh, "fresh ")
    for tag in LATER_SETS:
        _breakdown(out, [r for r in rows if r.get("added") == tag], f"{tag} ")
    return out


def part(row: dict[str, Any]) -> str:
    """Which judged set a row belongs to: ``old`` (the first 60 articles), or the fresh set's
    ``tune`` or ``heldout`` part (a report drawn at a later stage: the part of that draw), or
    the third fresh set's part (``fresh3 tune``, ``fresh3 heldout``)."""
    for tag in LATER_SETS:
        if row.get(f"sample_{tag}"):
            return f"{tag} {row[f'sample_{tag}']}"
    if row.get("sample_evsense"):
        return str(row["sample_evsense"])
    if row.get("added") in _OLD or row.get("after_of") == "old":
        return "old"
    drawn = row.get("sample_main6")
    return "old" if drawn in (None, "merged") else str(drawn)


def _stage(
    out: dict[str, dict[str, float | int]], rows: list[dict[str, Any]], tag: str, label: str
) -> None:
    """The judged reports a stage's stores show (``shown_TAG``), by set, and its own samples."""
    shown = [r for r in rows if r.get(f"shown_{tag}")]
    if not shown:
        return
    # the sets as judged before (a report a stage made appear on one of their judged
    # sentences included), and the stage's own draws apart
    earlier = [r for r in shown if not r.get("sample_main6") or r.get("added") != "main6"]
    later = {tag: [r for r in earlier if part(r).startswith(f"{tag} ")] for tag in LATER_SETS}
    earlier = [r for r in earlier if not part(r).startswith(LATER_SETS)]
    fresh = [r for r in earlier if part(r) != "old"]
    out[f"{label} merged"] = _precision([r for r in earlier if part(r) == "old"])
    out[f"{label} fresh"] = _precision(fresh)
    out[f"{label} fresh tune"] = _precision([r for r in fresh if part(r) == "tune"])
    out[f"{label} fresh held-out"] = _precision([r for r in fresh if part(r) == "heldout"])
    drawn = [r for r in shown if r.get("sample_main6")]
    out[f"{label} sample merged"] = _precision([r for r in drawn if r["sample_main6"] == "merged"])
    for name, lab in (("tune", "tune"), ("held-out", "heldout")):
        sub = [r for r in drawn if r["sample_main6"] == lab]
        out[f"{label} sample fresh {name}"] = _precision(sub)
    _breakdown(out, fresh, f"{label} fresh ")
    for tag, judged in later.items():
        if not judged:
            continue
        out[f"{label} {tag}"] = _precision(judged)
        for name, lab in (("tune", "tune"), ("held-out", "heldout")):
            sub = [r for r in judged if part(r) == f"{tag} {lab}"]
            out[f"{label} {tag} {name}"] = _precision(sub)
        _breakdown(out, judged, f"{label} {tag} ")


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "build-fresh":
        print(build_fresh(Path(sys.argv[2])), "articles")
    elif len(sys.argv) >= 3 and sys.argv[1] == "build-fresh3":
        print(build_fresh3(Path(sys.argv[2])), "articles")
    elif len(sys.argv) >= 3 and sys.argv[1] == "build-fresh4":
        print(build_fresh4(Path(sys.argv[2])), "articles")
    elif len(sys.argv) >= 3 and sys.argv[1] == "build-fresh5":
        print(build_fresh5(Path(sys.argv[2])), "articles")
    elif len(sys.argv) >= 3 and sys.argv[1] == "build-fresh6":
        print(build_fresh6(Path(sys.argv[2])), "articles")
    elif len(sys.argv) >= 3 and sys.argv[1] == "build-fresh7":
        print(build_fresh7(Path(sys.argv[2])), "articles")
    elif len(sys.argv) >= 4 and sys.argv[1] == "mark":
        n_shown, unjudged = mark(sys.argv[2], [Path(a) for a in sys.argv[3:]])
        print(n_shown, "judged reports shown;", len(unjudged), "shown on judged sentences unjudged")
        for r in unjudged:
            print(json.dumps(r, ensure_ascii=False))
    elif len(sys.argv) >= 3 and sys.argv[1] == "build":
        print(build(Path(sys.argv[2])), "articles")
    elif len(sys.argv) >= 4 and sys.argv[1] == "sample":
        size, seed = (N_SAMPLE_MERGED, SEED_MERGED) if "--merged" in sys.argv else (N_JUDGED, SEED)
        if "--fresh" in sys.argv:
            size, seed = N_SAMPLE_FRESH, SEED_FRESH
        if "--fresh3" in sys.argv:
            size, seed = N_SAMPLE_FRESH, SEED_FRESH3
        if "--fresh4" in sys.argv:
            size, seed = N_SAMPLE_FRESH, SEED_FRESH4
        if "--fresh5" in sys.argv:
            size, seed = N_SAMPLE_FRESH, SEED_FRESH5
        if "--fresh6" in sys.argv:
            size, seed = N_SAMPLE_FRESH, SEED_FRESH6
        if "--fresh7" in sys.argv:
            size, seed = N_SAMPLE_FRESH, SEED_FRESH7
        print(sample(Path(sys.argv[2]), Path(sys.argv[3]), size, seed), "reports")
    else:
        print(__doc__)
