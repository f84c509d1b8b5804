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
- ``fakes ...``: other outlets' news with gold event dates. The 409 FA-KES development
  articles (15 outlets, ``../shared/datasets/fakes/fakes_dev.csv``; column ``date``: the day of
  the attack the article reports) are ingested with no publication date (FA-KES has no such
  column; giving the gold date as one, as ``eval/crossoutlet.py`` does, would make the score
  circular): the cleaner reads one from a leading date line when the text has one. Each
  article's attack report is its main event when that is an attack (``ATTACK_TYPES``), else
  its lead attack (the first asserted one). Per group: ``reports`` (articles with such a
  report), ``placed`` (dated or windowed: the coverage), ``dated`` and ``dates_right`` (the gold
  day within the date's range), ``exact`` and ``exact_right`` (day-precision dates equal to
  it), ``windows``, ``windows_right`` (the window contains it), ``window_days`` (median
  width, both ends counted), ``right`` (dated or windowed and right) over all ``reports``, and
  ``published`` (articles whose publication date was read from the text). The articles fall in
  two fixed halves: *tune* when the first byte of the SHA-1 of the article id (``unit_id``) is
  even, else *held-out* (``fakes_half``); each half is also cut by period (the gold year from
  2016 / before 2016, as ``eval/crossoutlet.py`` cuts). Rules are read from the tune half's
  errors only (``python -m eval.dates --errors``); the held-out figures are the honest ones.

    .venv/bin/python -m eval dates [--quick]      # --quick: the sample corpus only
    .venv/bin/python -m eval.dates --errors [--half tune]   # the FA-KES tune half's errors
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sqlite3
import statistics
import tempfile
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

from eval.datasets import fakes_article, fakes_day

ROOT = Path(__file__).resolve().parents[1]
JUDGED = ROOT / "eval" / "data" / "dates_judged.jsonl"
CORPUS = ROOT.parent / "shared" / "corpus" / "real" / "guardian_syria_2017_2019.jsonl"


def _reports(db: str) -> list[dict[str, Any]]:
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
    out.update(fakes_figures())
    return out


# ---------------------------------------------------------------- FA-KES: other outlets


def fakes_half(unit_id: str) -> str:
    """``tune`` when the first byte of the SHA-1 of the article id is even, else ``held-out``."""
    return "tune" if hashlib.sha1(unit_id.encode()).digest()[0] % 2 == 0 else "held-out"


def fakes_ingest(rows: list[dict[str, str]], workdir: Path) -> str:
    """Ingest FA-KES ``rows`` with no publication date into a store under ``workdir``."""
    corpus = workdir / "fakes_dates.jsonl"
    with corpus.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(fakes_article(r, dated=False)) + "\n")
    db = str(workdir / "fakes_dates.db")
    _ingest([corpus], db)
    return db


def attack_reports(conn: sqlite3.Connection) -> dict[str, dict[str, Any]]:
    """source id -> its article's attack report: the main event when it is an attack, else
    the first asserted attack report (by sentence, then id), with the article's publication
    date and the report's sentence."""
    from newsgraph.store.blame_queries import ATTACK_TYPES

    conn.row_factory = sqlite3.Row
    types = ",".join("?" * len(ATTACK_TYPES))
    rows = conn.execute(
        "SELECT a.source_id, a.published, a.text AS article_text, e.id, e.sent, e.trigger, "
        "e.type, e.date, e.date_basis, e.date_start, e.date_end, e.date_text, "
        "e.negated, e.hypothetical, e.historical, "
        "(m.event_id IS NOT NULL) AS main FROM event_reports e "
        "JOIN articles a ON a.id = e.article_id "
        "LEFT JOIN article_main_events m ON m.event_id = e.id "
        f"WHERE e.type IN ({types}) ORDER BY a.source_id, e.sent, e.id",
        ATTACK_TYPES,
    ).fetchall()
    out: dict[str, dict[str, Any]] = {}
    for r in rows:
        row = dict(r)
        if (
            row["main"]
            or row["source_id"] not in out
            and not (row["negated"] or row["hypothetical"] or row["historical"])
        ):
            out[row["source_id"]] = row
    return out


def _verdict(report: dict[str, Any], gold: str) -> str | None:
    """``right``/``wrong`` for a dated or windowed report against the gold day, else None."""
    start, end = report["date_start"], report["date_end"]
    if not (report["date_basis"] and start and end):
        return None
    return "right" if start[:10] <= gold <= end[:10] else "wrong"


def fakes_scores(rows: list[dict[str, str]], reports: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The figures of one group of FA-KES ``rows`` (see the module's docstring)."""
    n = placed = dated = dated_right = exact = exact_right = windows = windows_right = 0
    published = 0
    widths: list[int] = []
    for row in rows:
        gold = fakes_day(row["date"])
        rep = reports.get(row["unit_id"])
        if rep is None or gold is None:
            continue
        n += 1
        published += rep["published"] is not None
        verdict = _verdict(rep, gold)
        if verdict is None:
            continue
        placed += 1
        if rep["date_basis"] == "window":
            windows += 1
            windows_right += verdict == "right"
            widths.append(
                (
                    date.fromisoformat(rep["date_end"][:10])
                    - date.fromisoformat(rep["date_start"][:10])
                ).days
                + 1
            )
        else:
            dated += 1
            dated_right += verdict == "right"
            if rep["date_start"] == rep["date_end"]:
                exact += 1
                exact_right += rep["date_start"][:10] == gold
    return {
        "reports": n,
        "published": published,
        "placed": placed,
        "coverage": round(placed / n, 3) if n else 0.0,
        "dated": dated,
        "dates_right": dated_right,
        "exact": exact,
        "exact_right": exact_right,
        "exact_acc": round(exact_right / exact, 3) if exact else 0.0,
        "windows": windows,
        "windows_right": windows_right,
        "window_acc": round(windows_right / windows, 3) if windows else 0.0,
        "window_days": statistics.median(widths) if widths else 0,
        "right": dated_right + windows_right,
        "right_share": round((dated_right + windows_right) / n, 3) if n else 0.0,
    }


def fakes_groups(
    rows: list[dict[str, str]], reports: dict[str, dict[str, Any]]
) -> dict[str, dict[str, Any]]:
    """The whole set, each half, and each half by period."""
    from eval.datasets import fakes_halves

    out = {"fakes all": fakes_scores(rows, reports)}
    for half in ("tune", "held-out"):
        part = [r for r in rows if fakes_half(r["unit_id"]) == half]
        out[f"fakes {half}"] = fakes_scores(part, reports)
        for period, sub in fakes_halves(part).items():
            out[f"fakes {half}, {period}"] = fakes_scores(sub, reports)
    return out


def fakes_figures(rows: list[dict[str, str]] | None = None) -> dict[str, dict[str, Any]]:
    from eval.datasets import fakes_rows

    rows = rows if rows is not None else list(fakes_rows())
    if not rows:
        return {}
    with tempfile.TemporaryDirectory() as tmp:
        db = fakes_ingest(rows, Path(tmp))
        with sqlite3.connect(db) as conn:
            return fakes_groups(rows, attack_reports(conn))


def fakes_errors(half: str = "tune", db: str | None = None) -> None:
    """Print the FA-KES errors of one half: undated reports and wrong dates or windows, with
    the article's publication date and the report's sentence (``db``: a store
    ``fakes_ingest`` made, to read again without ingesting)."""
    from eval.datasets import fakes_rows

    rows = [r for r in fakes_rows() if fakes_half(r["unit_id"]) == half]
    with tempfile.TemporaryDirectory() as tmp:
        if db is None:
            db = fakes_ingest(rows, Path(tmp))
            print(f"(store: {db})")
        with sqlite3.connect(db) as conn:
            reports = attack_reports(conn)
            sents = {
                (src, i): text[s:e]
                for src, i, s, e, text in conn.execute(
                    'SELECT a.source_id, s.idx, s.start, s."end", a.text FROM sentences s '
                    "JOIN articles a ON a.id = s.article_id"
                )
            }
        for row in rows:
            gold = fakes_day(row["date"])
            rep = reports.get(row["unit_id"])
            if rep is None or gold is None:
                print(f"{row['unit_id']} gold {gold}: no attack report")
                continue
            verdict = _verdict(rep, gold)
            if verdict == "right":
                continue
            print(
                f"{row['unit_id']} {row['source']} gold {gold} published {rep['published']}: "
                f"{verdict or 'undated'} {rep['type']} '{rep['trigger']}' sent {rep['sent']} "
                f"{rep['date_basis']} {rep['date']} [{rep['date_start']}..{rep['date_end']}] "
                f"'{rep['date_text']}' neg/hyp/hist {rep['negated']}{rep['hypothetical']}"
                f"{rep['historical']}"
            )
            print("    " + sents.get((row["unit_id"], rep["sent"]), "")[:400].replace("\n", " "))
            print("    LEAD " + (rep["article_text"] or "")[:200].replace("\n", " "))


def main() -> None:
    ap = argparse.ArgumentParser(prog="python -m eval.dates", description=__doc__)
    ap.add_argument("--errors", action="store_true", help="print one FA-KES half's errors")
    ap.add_argument("--half", default="tune", choices=("tune", "held-out"))
    ap.add_argument("--db", help="a FA-KES store made before (read again, not ingested)")
    args = ap.parse_args()
    if args.errors:
        fakes_errors(args.half, args.db)
    else:
        for group, row in fakes_figures().items():
            print(group, row)


if __name__ == "__main__":
    main()
