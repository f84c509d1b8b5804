"""``Clusterer.why_apart``: the check that keeps a report out of an event, in words (what the
cross-outlet evaluator lists for the pairs it misses, ``eval.crossoutlet_missed``)."""

from __future__ import annotations

from dataclasses import replace

from tests.analyze.test_clusters import rv

from newsgraph.analyze.clusters import Clusterer


def test_why_apart_names_the_check_that_refused() -> None:
    c = Clusterer()
    event = c.clusters[c.add(rv(1, "a"))]
    assert c.why_apart(rv(2, "b"), event) is None  # it would join
    assert c.why_apart(rv(3, "b", type_="ASSAULT"), event) == "type"
    assert c.why_apart(rv(4, "b", date="2024-11-01"), event) == "date"
    assert c.why_apart(rv(5, "b", recipients=("TUR_FM",)), event) == "counterpart"
    assert c.score(rv(6, "b"), event) > 0 and c.refused is None


def test_why_apart_across_stories() -> None:
    c = Clusterer()
    event = c.clusters[c.add(replace(rv(1, "a"), story=1))]
    undated = replace(rv(2, "b", date=None), story=2)
    assert c.why_apart(undated, event) == "another story, not fully told"
    other = replace(rv(3, "b", actors=("TUR_FM",), recipients=("RUS_FM",)), story=2)
    assert c.why_apart(other, event) == "another story, parties not matched"
    assert c.why_apart(replace(rv(4, "b"), story=2), event) is None
