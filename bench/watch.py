"""A watch round over one feed of N items served from 127.0.0.1 (the test server of
``tests/watch/feedserver.py``): the real `newsgraph watch URL --once` process, timed for the
first round (every page fetched and ingested, the spaCy model loaded, the analysis updated)
and for the next one (nothing new: the feed read again, no page fetched, no model loaded).

Not in ``make bench`` (it loads the model in a subprocess); run it alone:

    .venv/bin/python -m bench.watch [--items 40]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from tests.watch.feedserver import FeedServer, day


def run(quick: bool = False, items: int | None = None) -> dict[str, Any]:
    n = items or (10 if quick else 40)
    server = FeedServer()
    try:
        entries = [{"link": server.page(f"/a{i}", i), "date": day(1 + i % 9)} for i in range(n)]
        url = server.feed("/feed.xml", "Bench Wire", entries)
        exe = Path(sys.executable).with_name("newsgraph")
        out: dict[str, Any] = {"items": n}
        with tempfile.TemporaryDirectory() as tmp:
            db = Path(tmp) / "watch.db"
            for name in ("first round", "next round"):
                t = time.perf_counter()
                p = subprocess.run(
                    [str(exe), "--db", str(db), "watch", url, "--once", "-q"],
                    capture_output=True,
                    text=True,
                )
                out[name] = round(time.perf_counter() - t, 2)
                last = (p.stderr.strip().splitlines() or ["?"])[-1]
                print(f"   {name:11s} {out[name]:6.1f} s  exit {p.returncode}: {last}", flush=True)
        out["pages_fetched"] = sum(1 for h in server.hits if h.startswith("/a"))
        print(f"   pages fetched: {out['pages_fetched']} (of {n} items)", flush=True)
        return out
    finally:
        server.stop()


if __name__ == "__main__":
    ap = argparse.ArgumentParser(prog="python -m bench.watch", description=__doc__)
    ap.add_argument("--items", type=int, default=40)
    run(items=ap.parse_args().items)
