"""Event dates (issue 13, item 4): how many reports are dated or windowed, and whether the
dates are right, on the sample corpus and on hand-judged Guardian reports.

- ``sample``: the sample corpus ingested into a temporary store: reports with a date
  (``explicit``/``inherited``) or a window, and the share (the issue's target: >= 85%);
- ``guardian judged``: 30 reports drawn at random (seed 13) among the dated or windowed
  reports of the Guardian corpus (``../shared/corpus/real/guardian_syria_2017_2019.jsonl``)
  and judged by hand against their article (``eval/data/dates_judged.jsonl``: the report as
  produced, ``verdict`` right/wrong, the reason). The judged articles are ingested again and
  each judgement is matched to the report of the same article, sentence, trigger and type: a
  report whose date or window is still the judged one keeps its verdict; a changed one is
  counted as ``changed`` (judge it again). Figures: right / judged, per basis;
  Set A: the errors the third round's rules were written from; set B: drawn after them (read
  by evdates2); set C: every report of the corpus whose date or window branch evdates3
  changed, judged after its dating rules were final (one error then prompted a timex rule:
  that line is judged again);
- ``guardian judged articles``: the share of dated or windowed reports in those articles.

    .venv/bin/python -m eval dates [--quick]      # --quick: the sample corpus only
"""

from __future__ import annotations

import json
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
JUDGED = ROOT / "eval" / "data" / "dates_judged.jsonl"
CORPUS = ROOT.parent / "shared" / "corpus" / "real" / "guardian_syria_2017_2019.jsonl"


def _reports(db: str) -> list[dict[str, Any]]:
    import sqlite3

    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    rows = conn.execute(
        "SELECT a.source_id, e.sent, e.trigger, e.type, e.date, e.date_basis, e.date_start, "
        "e.date_end FROM event_reports e JOIN articles a ON a.id = e.article_id"
    ).fetchall()
    conn.close()
    return [dict(r) for r in rows]


def coverage(reports: list[dict[str, Any]]) -> dict[str, Any]:
    basis = Counter(r["date_basis"] or "none" for r in reports)
    n = len(reports)
    placed = n - basis["none"]
    return {
        "reports": n,
        "explicit": basis["explicit"],
        "inherited": basis["inherited"],
        "window": basis["window"],
        "none": basis["none"],
        "dated_or_windowed": round(placed / n, 3) if n else 0.0,
    }


def _ingest(paths: list[Path], db: str, manifest: str | None = None) -> None:
    from newsgraph.config import load_settings
    from newsgraph.ingest import IngestOptions
    from newsgraph.pipeline import Pipeline, ingest

    settings = load_settings(db=db)
    ingest(
        paths,
        db,
        settings=settings,
        pipeline=Pipeline(settings),
        options=IngestOptions(manifest=manifest),
    )


def sample_coverage() -> dict[str, Any]:
    from newsgraph.cli.demo import sample_corpus

    sample = Path(sample_corpus())
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "sample.db")
        _ingest([sample / "articles"], db, str(sample / "manifest.csv"))
        return coverage(_reports(db))


def _same(r: dict[str, Any], j: dict[str, Any]) -> bool:
    return all(r[k] == j[k] for k in ("date", "date_basis", "date_start", "date_end"))


def judged_figures(
    judged: list[dict[str, Any]], reports: list[dict[str, Any]]
) -> dict[str, dict[str, Any]]:
    """Right / judged per set (A, B, ...) and per basis. A report is judged when a line of the
    judged file for its article, sentence, trigger and type has its date or window (a report
    judged again after a change has one line per output)."""
    by_key: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
    for r in reports:
        by_key.setdefault((r["source_id"], r["sent"], r["trigger"], r["type"]), []).append(r)
    lines: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
    for j in judged:
        lines.setdefault((j["set"], j["source_id"], j["sent"], j["trigger"], j["type"]), []).append(
            j
        )
    right: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    changed: Counter[str] = Counter()
    missing: Counter[str] = Counter()
    for (set_, *key), js in lines.items():
        found = by_key.get(tuple(key))
        if not found:
            missing[set_] += 1
            continue
        hit = next((j for j in js for r in found if _same(r, j)), None)
        if hit is None:
            changed[set_] += 1
            continue
        for group in (set_, f"{set_} {hit['date_basis'] or 'undated'}"):
            seen[group] += 1
            right[group] += hit["verdict"] == "right"
    out: dict[str, dict[str, Any]] = {}
    for group in sorted(seen):
        set_ = group.split()[0]
        row: dict[str, Any] = {
            "judged": seen[group],
            "right": right[group],
            "accuracy": round(right[group] / seen[group], 3),
        }
        if group == set_:
            row.update(changed=changed[set_], missing=missing[set_])
        out[f"guardian judged {group}"] = row
    return out


def run(quick: bool = False) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {"sample": sample_coverage()}
    if quick or not CORPUS.exists() or not JUDGED.exists():
        return out
    judged = [json.loads(x) for x in JUDGED.read_text(encoding="utf-8").splitlines() if x.strip()]
    docs = {j["source_id"] for j in judged}
    with tempfile.TemporaryDirectory() as tmp:
        sub = Path(tmp) / "judged.jsonl"
        with CORPUS.open(encoding="utf-8") as src, sub.open("w", encoding="utf-8") as dst:
            for line in src:
                if line.strip() and json.loads(line)["id"] in docs:
                    dst.write(line)
        db = str(Path(tmp) / "judged.db")
        _ingest([sub], db)
        reports = _reports(db)
    out.update(judged_figures(judged, reports))
    out["guardian judged articles"] = coverage(reports)
    return out
