"""What the cross-outlet analysis works on: compact views of stored event reports."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property, lru_cache

from newsgraph.extract.events import periods

UNDATED_WINDOW_DAYS = 2
Day = date  # ReportView has a field named ``date``: annotate with this alias inside it


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
    # Where: the event's own place below country level, else the place its article is most
    # about (a context for telling events apart, never reported as the event's place).
    point: tuple[float, float] | None = None
    own_point: bool = False  # the point is the event's own place, not its article's
    story: int | None = None  # the story of its article (analyze/stories.py)
    confidence: float = 1.0  # the event stage's confidence in the report
    historical: bool = False  # background ("in 2013, ...") rather than the news
    # explicit: the text dates the event; inherited: taken from another sentence or the
    # publication date; window: a range the event falls in. Only explicit days contradict.
    date_basis: str | None = None
    span: tuple[str, str] | None = None  # first and last day (ISO) the events stage gave it
    # The first-level region its own place is in ("SYR:11"): a city and its governorate
    # (a place named at region level) are compared through it, not by their distance.
    place_region: str | None = None

    @property
    def cell(self) -> str | None:
        """A half-degree grid cell of the event's own place, for finding events nearby."""
        if not self.own_point or self.point is None:
            return None
        return f"{round(self.point[0] * 2)}:{round(self.point[1] * 2)}"

    @cached_property  # scored against up to 200 candidate events
    def window(self) -> tuple[Day, Day] | None:
        """The days the event can have happened on: its own date's range, else the window the
        events stage gave it (``date_basis`` window, see docs/events.md); for a report with
        neither (stores older than the windows), the days before its article's publication."""
        own = date_range(self.date)
        if own is not None:
            return own
        if self.span is not None:
            try:
                return Day.fromisoformat(self.span[0]), Day.fromisoformat(self.span[1])
            except ValueError:
                pass
        published = date_range(self.report_date[:10]) if self.report_date else None
        if published is None:
            return None
        return published[0] - timedelta(days=UNDATED_WINDOW_DAYS), published[1]


@dataclass
class Cluster:
    """A canonical event being built: its reports' participants (with how many reports name
    each), dates and places, and the window of the report that started it."""

    id: int
    type: str
    actor_counts: Counter[str] = field(default_factory=Counter)
    recipient_counts: Counter[str] = field(default_factory=Counter)
    dates: dict[str, set[str]] = field(default_factory=dict)  # date -> origins
    places: dict[str, set[str]] = field(default_factory=dict)  # place id -> origins
    countries: set[str] = field(default_factory=set)
    triggers: set[str] = field(default_factory=set)
    report_ids: list[int] = field(default_factory=list)
    origins: set[str] = field(default_factory=set)
    participant_countries: dict[str, str] = field(default_factory=dict)
    span: tuple[date, date] | None = None  # the window of its first dated report
    point: tuple[float, float] | None = None  # the point of its first located report
    cell: str | None = None  # the grid cell of its first report with a place of its own
    factual: bool | None = None  # whether its first report asserts it (not negated/hypothetical)
    story: int | None = None  # the story of its first report
    regions: set[str] = field(default_factory=set)  # first-level regions of its own places

    @property
    def actors(self) -> set[str]:
        return set(self.actor_counts)

    @property
    def recipients(self) -> set[str]:
        return set(self.recipient_counts)

    @property
    def participants(self) -> set[str]:
        return self.actors | self.recipients

    def core(self) -> set[str]:
        """Participants named by at least a third of its reports: what the event is about.
        Comparing with the core, not the union, keeps a cluster from drifting."""
        n = max(1, len(self.report_ids))
        counts = self.actor_counts + self.recipient_counts
        return {p for p, k in counts.items() if 3 * k >= n}

    def add(self, r: ReportView) -> None:
        self.actor_counts.update(r.actors)
        self.recipient_counts.update(r.recipients)
        if r.date:
            self.dates.setdefault(r.date, set()).add(r.origin)
        if r.place_id:
            self.places.setdefault(r.place_id, set()).add(r.origin)
        if r.place_country:
            self.countries.add(r.place_country)
        if r.place_region:
            self.regions.add(r.place_region)
        if r.trigger:
            self.triggers.add(r.trigger.lower())
        self.report_ids.append(r.id)
        self.origins.add(r.origin)
        self.participant_countries.update(r.countries)
        if self.factual is None:
            self.factual = r.factual
        if self.story is None:
            self.story = r.story
        if self.span is None:
            self.span = r.window
        if self.point is None:
            self.point = r.point
        if self.cell is None and r.cell is not None:
            self.cell = r.cell
            self.point = r.point


@lru_cache(maxsize=1 << 14)
def date_range(value: str | None) -> tuple[date, date] | None:
    """The days a TimeML date value covers: 2024-12-01, 2024-W48, 2024-12, 2024 (memoised:
    clustering compares the same few dates again and again)."""
    first, last = periods.date_range(value)
    if first is None or last is None:
        return None
    return date.fromisoformat(first), date.fromisoformat(last)


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
    mine: set[str] | frozenset[str], theirs: set[str], countries: Mapping[str, str]
) -> set[str]:
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
