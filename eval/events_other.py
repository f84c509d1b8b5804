"""Shown event reports on news the events code was never tuned on, judged by hand.

    .venv/bin/python -m eval events_other                 # score the judged file
    .venv/bin/python -m eval.events_other build IN.jsonl  # the 60 input articles
    .venv/bin/python -m eval.events_other sample EXPORT.jsonl OUT.jsonl  # 100 to judge
    .venv/bin/python -m eval.events_other sample EXPORT.jsonl OUT.jsonl --merged  # 30, seed 2026

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

Groups: ``all`` (type precision; type + actor + recipient precision), ``now`` (the same on the
reports still shown after the evjudge fix: judged ones not gone, plus its added ones), ``merged``
(every judged report still shown on the merged code, those added then included), ``merged
sample`` (the fresh sample alone), ``type X``, ``band a-b`` (type precision by confidence band),
``cause X`` (wrong reports per cause), ``set X``; ``merged band``, ``merged cause`` and ``merged
set`` are the same on the ``merged`` group.
"""

from __future__ import annotations

import csv
import json
import random
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


def _polnear(rng: random.Random) -> list[dict[str, Any]]:
    files = sorted((ROOT / "polnear" / "dev" / "text").glob("*.txt"))
    out = []
    for path in rng.sample(files, PER_SET):
        outlet, day = path.stem.split("_")[:2]
        text = path.read_text(encoding="utf-8")
        out.append({"id": f"polnear:{path.stem}", "text": text, "outlet": outlet, "published": day})
    return out


def _fakes(rng: random.Random) -> list[dict[str, Any]]:
    from datetime import datetime

    with (ROOT / "fakes" / "fakes_dev.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    out = []
    for row in rng.sample(rows, PER_SET):
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
    merged = [r for r in rows if not r.get("gone_merged")]
    out: dict[str, dict[str, float | int]] = {
        "all": _precision(first),
        "now": _precision(now),
        "merged": _precision(merged),
        "merged sample": _precision([r for r in rows if r.get("sample_merged")]),
    }
    for t in sorted({r["type"] for r in first}):
        out[f"type {t}"] = _precision([r for r in first if r["type"] == t])
    _breakdown(out, first)
    _breakdown(out, merged, "merged ")
    return out


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "build":
        print(build(Path(sys.argv[2])), "articles")
    elif len(sys.argv) >= 4 and sys.argv[1] == "sample":
        size, seed = (N_SAMPLE_MERGED, SEED_MERGED) if "--merged" in sys.argv else (N_JUDGED, SEED)
        print(sample(Path(sys.argv[2]), Path(sys.argv[3]), size, seed), "reports")
    else:
        print(__doc__)
