"""Where the development sets are: ``../shared/datasets`` beside the checkout."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1].parent / "shared" / "datasets"


def dataset(*parts: str) -> Path | None:
    """The path of a development set, or None (the evaluator then says it skipped)."""
    path = ROOT.joinpath(*parts)
    return path if path.exists() else None


def fakes_rows(limit: int | None = None) -> Iterator[dict[str, str]]:
    """FA-KES (CC BY 4.0): Syrian-war articles with date, location, actor, casualty counts."""
    path = dataset("fakes", "fakes_dev.csv")
    if path is None:
        return
    with path.open(encoding="utf-8", newline="") as fh:
        for i, row in enumerate(csv.DictReader(fh)):
            if limit is not None and i >= limit:
                break
            yield row


def fakes_day(us_date: str) -> str | None:
    """An FA-KES gold date ("4/4/17", month first) as an ISO day, or None when unreadable."""
    try:
        m, d, y = (int(x) for x in us_date.split("/"))
        return date(2000 + y if y < 100 else y, m, d).isoformat()
    except (ValueError, TypeError):
        return None


def fakes_article(row: dict[str, str], dated: bool = True) -> dict[str, str | None]:
    """An FA-KES row as a newsgraph input article (JSON Lines fields), its gold date as the
    publication date unless ``dated`` is false (when the date is what is scored)."""
    doc: dict[str, str | None] = {
        "id": row["unit_id"],
        "title": row["article_title"],
        "text": row["article_content"],
        "outlet": row["source"],
    }
    if dated:
        doc["published"] = fakes_day(row["date"])
    return doc


def fakes_halves(rows: list[dict[str, str]], split: int = 2016) -> dict[str, list[dict[str, str]]]:
    """FA-KES ``rows`` of articles from ``split`` on and before it, by the year of the gold
    date ("4/4/17"; the dev set holds 2011-15 and 2016-18): each figure scored on both, since
    held-out news is of other years."""
    late: list[dict[str, str]] = []
    early: list[dict[str, str]] = []
    for r in rows:
        year = int(r["date"].rsplit("/", 1)[-1] or 0)
        (late if (year + 2000 if year < 100 else year) >= split else early).append(r)
    return {f"from {split}": late, f"before {split}": early}
