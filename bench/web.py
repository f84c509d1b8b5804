"""Web API latency on a store of 100k event reports (synthetic, direct SQL inserts).

Every API call behind a page is timed in-process (FastAPI TestClient, the real app over a
read-only store), with varied parameters; reports median and p95 in milliseconds per
endpoint. The target is well under 100 ms for both.

    .venv/bin/python -m bench.web [--quick] [--reports N] [--db FILE]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.synthetic import fill_synthetic
from newsgraph.store import open_store

TARGET_MS = 100.0


def build_store(path: Path, n_reports: int) -> dict[str, int]:
    with open_store(path) as store:
        return fill_synthetic(store.conn, n_reports)


def endpoints(c: Any) -> dict[str, list[str]]:
    """Endpoint name -> URLs to call (varied parameters), as the pages call them."""
    arts = c.get("/api/articles", params={"limit": 20}).json()["items"]
    art = arts[0]["id"]
    days = [f"2024-{m:02d}-15" for m in range(1, 13)]
    actors = ["SYR", "IRN", "TUR", "hts", "RUS", "p001"]
    tl = c.get("/api/timeline", params={"limit": 20}).json()["items"]
    events = [e["event_id"] for e in tl] or ["r1"]
    g = c.get("/api/network").json()["edges"][:6]
    return {
        "overview": ["/api/overview"],
        "outlets": ["/api/outlets"],
        "articles": [f"/api/articles?limit=50&offset={o}" for o in (0, 500, 5000)]
        + ["/api/articles?outlet=Outlet%203&since=2024-06-01"],
        "article": [f"/api/articles/{a['id']}" for a in arts[:5]] + [f"/api/articles/{art}"],
        "event-types": ["/api/event-types"],
        "timeline": ["/api/timeline?limit=100", "/api/timeline?limit=100&offset=20000"]
        + [f"/api/timeline?actor={a}&limit=100" for a in actors[:3]]
        + [
            "/api/timeline?type=ASSAULT&outlet=Outlet%201&limit=100",
            "/api/timeline?since=2024-03-01&until=2024-03-31&limit=100",
            "/api/timeline?exclude=hypothetical&exclude=negated&min_confidence=0.5&limit=100",
        ],
        "event": [f"/api/events/{e}" for e in events[:6]],
        "network": ["/api/network"] + [f"/api/network?as_of={d}" for d in days[::3]],
        "network-evidence": [
            f"/api/network/evidence?source={e['source']}&target={e['target']}&kind={e['kind']}"
            for e in g
        ]
        or ["/api/network/evidence?source=SYR&target=IRN"],
        "actors": ["/api/actors?limit=200", "/api/actors?q=Syr"],
        "actor": [f"/api/actors/{a}" for a in actors],
        "actor-mentions": [f"/api/actors/{a}/mentions?limit=50" for a in actors[:3]],
        "quotes": [f"/api/quotes?speaker={a}&limit=50" for a in actors[:3]],
        "map": ["/api/map"]
        + [f"/api/map?since={d}" for d in days[::4]]
        + ["/api/map?type=ASSAULT"],
        "compare": [f"/api/compare?actor={a}" for a in actors[:4]],
        "contradictions": ["/api/contradictions?limit=50", "/api/contradictions?kind=date"],
        "search": [
            "/api/search?q=officials",
            "/api/search?q=talks%20crisis",
            "/api/search?q=rebels&kind=quotes",
            "/api/search?q=minist*",
        ],
    }


def time_api(db: Path, rounds: int) -> dict[str, dict[str, float]]:
    from fastapi.testclient import TestClient

    from newsgraph.web import create_app

    out: dict[str, dict[str, float]] = {}
    with TestClient(create_app(db)) as c:
        t0 = time.perf_counter()
        c.app.state.warmed.wait(600)  # type: ignore[attr-defined]
        print(f"server warm-up (graph, map, overview aggregates): {time.perf_counter() - t0:.1f}s")
        for name, urls in endpoints(c).items():
            times: list[float] = []
            cpu: list[float] = []
            for _ in range(rounds):
                for u in urls:
                    t0, c0 = time.perf_counter(), time.process_time()
                    r = c.get(u)
                    times.append((time.perf_counter() - t0) * 1000)
                    cpu.append((time.process_time() - c0) * 1000)
                    if r.status_code != 200:
                        raise RuntimeError(f"{u}: {r.status_code} {r.text[:200]}")
            times.sort()
            p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
            out[name] = {
                "median_ms": round(statistics.median(times), 1),
                "p95_ms": round(p95, 1),
                "n": len(times),
                "cpu_median_ms": round(statistics.median(cpu), 1),
                "ok": float(statistics.median(times) < TARGET_MS and p95 < TARGET_MS),
            }
    return out


def run(
    quick: bool = False, n_reports: int | None = None, db: str | None = None
) -> dict[str, dict[str, float]]:
    n = n_reports or (10_000 if quick else 100_000)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(db) if db else Path(tmp) / "web-bench.db"
        if not path.exists():
            t0 = time.perf_counter()
            counts = build_store(path, n)
            print(f"built synthetic store: {counts} in {time.perf_counter() - t0:.1f}s")
        results = time_api(path, rounds=2 if quick else 5)
    print_table(results)
    return results


def print_table(res: dict[str, dict[str, float]]) -> None:
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"(wall-clock; machine load average {load:.1f} on {os.cpu_count()} CPUs; "
        "cpu = process CPU time per call)"
    )
    print(f"{'endpoint':18} {'median ms':>10} {'p95 ms':>8} {'cpu ms':>7} {'calls':>6}")
    for name, r in res.items():
        flag = "" if r["ok"] else f"  over {TARGET_MS:.0f} ms"
        print(
            f"{name:18} {r['median_ms']:>10.1f} {r['p95_ms']:>8.1f} "
            f"{r['cpu_median_ms']:>7.1f} {int(r['n']):>6}{flag}"
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="10k reports, fewer rounds")
    ap.add_argument("--reports", type=int, default=None)
    ap.add_argument("--db", default=None, help="reuse (or keep) the store at this path")
    args = ap.parse_args()
    run(args.quick, args.reports, args.db)


if __name__ == "__main__":
    main()
