"""Clustering cost per report, stories then events, up to 100k reports: no quadratic blow-up.

Synthetic articles in the shape of a news store: three event reports per article; stories of
2-8 articles published within two days, each story with its own rare words (a village, a
name, a toll) in a text of common words; a few hot actors drawing a third of all reports, as a
big story does. Both passes are timed: stories (``analyze/stories.py``: TF-IDF, candidates from
an inverted index on rare terms) and events (``analyze/clusters.py``: candidates keyed by
(type, story) and (type, participant)). The time per report must stay flat as the count grows.
Times are CPU seconds of this process (``time.process_time``): on a shared machine the wall
clock measures the neighbours.
"""

from __future__ import annotations

import random
import time
from datetime import date, timedelta
from typing import Any

from newsgraph.analyze.clusters import Clusterer
from newsgraph.analyze.stories import (
    ArticleText,
    StoryIndex,
    article_terms,
    document_frequencies,
)
from newsgraph.types import ReportView

TYPES = ("ASSAULT", "CONSULT", "ACCUSE", "SUPPORT", "COERCE")
COMMON = [f"word{i}" for i in range(300)]
REPORTS_PER_ARTICLE = 3


def corpus(n_reports: int, seed: int = 7) -> tuple[list[ArticleText], list[ReportView]]:
    rng = random.Random(seed)
    n_articles = max(1, n_reports // REPORTS_PER_ARTICLE)
    articles: list[ArticleText] = []
    reports: list[ReportView] = []
    start = date(2024, 1, 1)
    story = 0
    while len(articles) < n_articles:
        story += 1
        rare = [_word(rng).title(), _word(rng).title(), str(rng.randrange(10, 5000))]
        day = start + timedelta(days=rng.randrange(365))
        hot = rng.random() < 0.3
        a = "SYR" if hot else f"A{rng.randrange(400)}"
        b = "hts" if hot else f"A{rng.randrange(400)}"
        type_ = rng.choice(TYPES[:2] if hot else TYPES)
        for _ in range(rng.randint(2, 8)):
            if len(articles) >= n_articles:
                break
            aid = f"art{len(articles)}"
            published = (day + timedelta(days=rng.randrange(2))).isoformat()
            words = rng.choices(COMMON, k=120) + rare * 3
            rng.shuffle(words)
            articles.append(ArticleText(aid, f"{rare[0]} {rare[1]}", " ".join(words), published))
            for k in range(REPORTS_PER_ARTICLE):
                reports.append(
                    ReportView(
                        id=len(reports),
                        article_id=aid,
                        origin=aid,
                        outlet=f"o{rng.randrange(15)}",
                        sent=k,
                        type=type_ if k == 0 else rng.choice(TYPES),
                        actors=frozenset({a}),
                        recipients=frozenset({b}) if rng.random() < 0.7 else frozenset(),
                        date=day.isoformat() if rng.random() < 0.5 else None,
                        date_precision="day",
                        place_id=None,
                        place_country=None,
                        trigger="x",
                        report_date=published,
                    )
                )
    return articles, reports


def _word(rng: random.Random) -> str:
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(8))


def run(quick: bool = False) -> dict[str, Any]:
    sizes = (1_000, 4_000) if quick else (2_500, 10_000, 100_000)
    result: dict[str, Any] = {}
    for n in sizes:
        articles, data = corpus(n)
        t = time.process_time()
        terms = {a.id: article_terms(a.title, a.text) for a in articles}
        index = StoryIndex()
        index.assign(articles, document_frequencies(terms.values()), len(articles), terms)
        t_stories = time.process_time() - t
        story_of = index.story_of
        views = [
            ReportView(**{**r.__dict__, "story": story_of[r.article_id]})  # type: ignore[arg-type]
            for r in data
        ]
        t = time.process_time()
        clusterer = Clusterer()
        clusterer.add_all(views)
        t_events = time.process_time() - t
        per = 1e6 * (t_stories + t_events) / n
        result[n] = {
            "articles": len(articles),
            "stories": len(set(story_of.values())),
            "events": len(clusterer.clusters),
            "stories_s": round(t_stories, 2),
            "events_s": round(t_events, 2),
            "us_per_report": round(per, 1),
        }
        print(
            f"  {n:>7} reports ({len(articles)} articles): stories {t_stories:.2f} s, "
            f"events {t_events:.2f} s, {per:.0f} us/report; "
            f"{len(set(story_of.values()))} stories, {len(clusterer.clusters)} events",
            flush=True,
        )
    small, big = (result[s]["us_per_report"] for s in (sizes[0], sizes[-1]))
    result["growth_per_report"] = round(big / small, 2)
    print(
        f"  time per report grows x{big / small:.2f} for x{sizes[-1] // sizes[0]} reports "
        "(1.0 = linear)"
    )
    return result
