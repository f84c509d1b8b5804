"""How the cross-outlet analysis compares event reports: days, places and participants apart.

The views it compares (``ReportView``, ``Cluster``) are value types in ``newsgraph.types``."""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import date

from newsgraph.calendar import day_range as date_range


def days_apart(a: str | None, b: str | None) -> int | None:
    """0 when the ranges overlap, else the gap in days; None when either is unknown."""
    ra, rb = date_range(a), date_range(b)
    if ra is None or rb is None:
        return None
    if ra[1] < rb[0]:
        return (rb[0] - ra[1]).days
    if rb[1] < ra[0]:
        return (ra[0] - rb[1]).days
    return 0


def matched(
    mine: set[str] | frozenset[str],
    theirs: set[str] | frozenset[str],
    countries: Mapping[str, str],
) -> set[str]:
    """The participants of ``mine`` that stand for one of ``theirs``: the same actor, or a
    state and an actor of that state ("Kenya" and "William Ruto" as the one visited)."""
    out = set(mine & theirs)
    rest = mine - out
    if not rest or not theirs:
        return out
    get = countries.get  # a state is its own country: countries[x] == x
    for x in rest:
        cx = get(x)
        if cx is None:
            continue
        if (cx in theirs and get(cx) == cx) or (cx == x and any(get(y) == x for y in theirs)):
            out.add(x)  # its state is one of theirs, or it is the state of one of theirs
    return out


def side_of(actor: str, countries: Mapping[str, str], sides: Mapping[str, str]) -> str:
    """The side a resolved actor is on in a conflict: the state it stands for ("TUR.MIL" and
    "TUR" are one side; ``countries``: a report's own participants as it gives them, a
    person's office on its day), else its side in the knowledge base (``sides``:
    ``store.analysis.actor_sides``; a state's rebels are one side, not the state's: "SYR
    armed_group"), else itself. The one rule of sides, for attribution contradictions and for
    telling an attack from the reply to it in clustering."""
    side = countries.get(actor) or sides.get(actor)
    if side:
        return side
    head = actor.split(".")[0]
    return head if head.isupper() and len(head) == 3 else actor


def window_gap(a: tuple[date, date] | None, b: tuple[date, date] | None) -> int | None:
    """0 when two day ranges overlap, else the gap in days; None when either is unknown."""
    if a is None or b is None:
        return None
    if a[1] < b[0]:
        return (b[0] - a[1]).days
    if b[1] < a[0]:
        return (a[0] - b[1]).days
    return 0


def km_apart(a: tuple[float, float] | None, b: tuple[float, float] | None) -> float | None:
    """Great-circle distance in km, or None when either point is unknown."""
    if a is None or b is None:
        return None
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))
