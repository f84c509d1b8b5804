"""Clustering time for many event reports: no quadratic blow-up.

Synthetic reports in the shape the store gives (a few hundred actors, dates over a year,
a few hot pairs that draw thousands of reports, as a big story does), clustered in one
pass; the time per report must stay flat as the count grows (10k vs 2.5k reports).
"""

from __future__ import annotations

import random
import time
from typing import Any

from newsgraph.analyze.clusters import Clusterer
from newsgraph.analyze.model import ReportView

TYPES = ("ASSAULT", "CONSULT", "ACCUSE", "SUPPORT", "COERCE")


def reports(n: int, seed: int = 7) -> list[ReportView]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        hot = rng.random() < 0.3  # one story drawing a third of all reports
        a = "SYR" if hot else f"A{rng.randrange(400)}"
        b = "hts" if hot else f"A{rng.randrange(400)}"
        day = 1 + rng.randrange(28)
        month = 1 + (rng.randrange(3) if hot else rng.randrange(12))
        out.append(
            ReportView(
                id=i,
                article_id=f"art{i // 3}",
                origin=f"art{i // 3}",
                outlet=f"o{rng.randrange(15)}",
                sent=i % 20,
                type=rng.choice(TYPES[:2] if hot else TYPES),
                actors=frozenset({a}),
                recipients=frozenset({b}),
                date=f"2024-{month:02d}-{day:02d}",
                date_precision="day",
                place_id=None,
                place_country=None,
                trigger="x",
                report_date=f"2024-{month:02d}-{min(28, day + 1):02d}",
            )
        )
    return out


def run(quick: bool = False) -> dict[str, Any]:
    sizes = (500, 2_000) if quick else (2_500, 10_000)
    result: dict[str, Any] = {}
    for n in sizes:
        data = reports(n)
        times = []
        for _ in range(3):
            t = time.perf_counter()
            clusterer = Clusterer()
            clusterer.add_all(data)
            times.append(time.perf_counter() - t)
        median = sorted(times)[1]
        result[n] = {
            "seconds": round(median, 3),
            "events": len(clusterer.clusters),
            "us_per_report": round(1e6 * median / n, 1),
        }
        print(
            f"  {n:>6} reports: {median:.2f} s median of 3 "
            f"({1e6 * median / n:.0f} us/report), {len(clusterer.clusters)} events"
        )
    small, big = (result[s]["us_per_report"] for s in sizes)
    result["growth_per_report"] = round(big / small, 2)
    print(
        f"  time per report grows x{big / small:.2f} for x{sizes[1] // sizes[0]} reports "
        "(1.0 = linear)"
    )
    return result
