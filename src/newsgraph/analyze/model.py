"""What the cross-outlet analysis works on: compact views of stored event reports."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta


@dataclass(frozen=True)
class ReportView:
    """One event report, reduced to what clustering and comparison need."""

    id: int
    article_id: str
    origin: str  # the original article (a wire copy's original): copies count once
    outlet: str
    sent: int
    type: str  # PLOVER event type
    actors: frozenset[str]  # actor ids, or "~text" for unresolved actors
    recipients: frozenset[str]
    date: str | None  # ISO day, 2024-W48, 2024-12, 2024
    date_precision: str | None
    place_id: str | None  # GeoNames id, or "~name" when unresolved
    place_country: str | None
    trigger: str = ""
    report_date: str | None = None
    factual: bool = True  # not negated, hypothetical or future
    countries: Mapping[str, str] = field(default_factory=dict)  # participant -> ISO3


@dataclass
class Cluster:
    """A canonical event being built: the union of its reports' participants, dates, places."""

    id: int
    type: str
    actors: set[str] = field(default_factory=set)
    recipients: set[str] = field(default_factory=set)
    dates: dict[str, set[str]] = field(default_factory=dict)  # date -> origins
    places: dict[str, set[str]] = field(default_factory=dict)  # place id -> origins
    countries: set[str] = field(default_factory=set)
    triggers: set[str] = field(default_factory=set)
    report_ids: list[int] = field(default_factory=list)
    origins: set[str] = field(default_factory=set)
    participant_countries: dict[str, str] = field(default_factory=dict)

    @property
    def participants(self) -> set[str]:
        return self.actors | self.recipients

    def add(self, r: ReportView) -> None:
        self.actors |= r.actors
        self.recipients |= r.recipients
        if r.date:
            self.dates.setdefault(r.date, set()).add(r.origin)
        if r.place_id:
            self.places.setdefault(r.place_id, set()).add(r.origin)
        if r.place_country:
            self.countries.add(r.place_country)
        if r.trigger:
            self.triggers.add(r.trigger.lower())
        self.report_ids.append(r.id)
        self.origins.add(r.origin)
        self.participant_countries.update(r.countries)


def date_range(value: str | None) -> tuple[date, date] | None:
    """The days a TimeML date value covers: 2024-12-01, 2024-W48, 2024-12, 2024."""
    if not value:
        return None
    try:
        if len(value) == 10:
            d = date.fromisoformat(value)
            return d, d
        if "-W" in value:
            year, week = value.split("-W")
            start = date.fromisocalendar(int(year), int(week[:2]), 1)
            return start, start + timedelta(days=6)
        if len(value) == 7:
            y, m = int(value[:4]), int(value[5:7])
            start = date(y, m, 1)
            nxt = date(y + (m == 12), m % 12 + 1, 1)
            return start, nxt - timedelta(days=1)
        if len(value) == 4 and value.isdigit():
            return date(int(value), 1, 1), date(int(value), 12, 31)
    except ValueError:
        return None
    return None


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


def matched(mine: set[str] | frozenset[str], theirs: set[str], countries: Mapping[str, str]) -> set[str]:
    """The participants of ``mine`` that stand for one of ``theirs``: the same actor, or a
    state and an actor of that state ("Syria" and "Bashar al-Assad" as the one visited)."""
    out = set(mine & theirs)
    states = {x for x in mine | theirs if countries.get(x) == x}
    for x in mine - out:
        cx = countries.get(x)
        for y in theirs:
            if (y in states and cx == y) or (x in states and countries.get(y) == x):
                out.add(x)
                break
    return out
