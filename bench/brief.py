"""Time to brief: `newsgraph brief` over a synthetic store of 10,000 event reports.

The store is built by ``bench/synthetic.py`` (direct SQL inserts: articles, sentences,
reports, canonical events, contradictions, quotes, labels). Each brief is timed end to end
in-process: ``build_brief`` on a read-only connection, then the HTML and the Markdown
rendering; the best of ``rounds`` runs is reported, with the HTML's size.

    .venv/bin/python -m bench.brief [--quick] [--reports N] [--db FILE]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.synthetic import fill_synthetic
from newsgraph.brief import BriefQuery, build_brief, render_html, render_markdown
from newsgraph.store import open_store

CASES = {
    "whole store": BriefQuery(),
    "one month": BriefQuery(since="2024-03-01", until="2024-03-31"),
    "one actor": BriefQuery(actor="IRN"),
    "search": BriefQuery(query="officials"),
}


def time_briefs(db: Path, rounds: int = 3) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    with open_store(db, read_only=True) as store:
        for name, q in CASES.items():
            best = float("inf")
            for _ in range(rounds):
                t = time.perf_counter()
                b = build_brief(store.conn, q)
                html = render_html(b)
                render_markdown(b)
                best = min(best, time.perf_counter() - t)
            out[name] = {
                "seconds": round(best, 3),
                "events": b.headline["events"],
                "timeline": len(b.timeline),
                "citations": len(b.citations.items),
                "html_kb": round(len(html.encode()) / 1024, 1),
            }
            print(
                f"   {name:12s} {best:6.2f} s  ({b.headline['articles']} articles, "
                f"{b.headline['events']} events, {len(b.citations.items)} sources, "
                f"{out[name]['html_kb']} KB HTML)",
                flush=True,
            )
    return out


def run(quick: bool = False, n_reports: int | None = None, db: str | None = None) -> dict[str, Any]:
    n = n_reports or (1_000 if quick else 10_000)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(db) if db else Path(tmp) / "brief.db"
        t = time.perf_counter()
        if not path.exists():
            with open_store(path) as store:
                fill_synthetic(store.conn, n)
        print(f"   store of {n:,} reports built in {time.perf_counter() - t:.1f} s", flush=True)
        return {"reports": n, "cases": time_briefs(path, rounds=1 if quick else 3)}


if __name__ == "__main__":
    ap = argparse.ArgumentParser(prog="python -m bench.brief", description=__doc__)
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--reports", type=int, default=None)
    ap.add_argument("--db", default=None, help="reuse (or create) this store")
    a = ap.parse_args()
    run(quick=a.quick, n_reports=a.reports, db=a.db)
