"""Choosing among a name's gazetteer entries by the document's context.

Score of a candidate = how the text matched it (own name or curated alias > GeoNames alternate
name > article-stripped > loose skeleton) + a feature prior (country > capital > admin seat >
town; a region when the text says "province"/"governorate") + population + a curated overlay
prior + the article's countries (how often each is mentioned). An explicit container
("Damascus, Oregon"; "Doha, India") filters the candidates before scoring. When the best two
candidates are far apart (over 25 km, not one inside the other) and score within ``margin``,
the mention stays unresolved with its candidates: never a silent guess.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from newsgraph.resolve.places.gazetteer import (
    ALT,
    COUNTRY_FEATURES,
    Gazetteer,
    Match,
    precision_of,
)
from newsgraph.types import GeoEntry

_TIER_WEIGHT = {"exact": 1.0, "stripped": 0.85, "skeleton": 0.6, "fuzzy": 0.4}
_FEATURE_PRIOR = {"PCLI": 0.7, "CONT": 0.7, "PPLC": 0.35, "PPLA": 0.15, "ADM1": 0.8, "RGN": 0.4}
NEAR_KM = 25.0


@dataclass
class DocContext:
    """What the article says about where it is: country mention counts (ISO3)."""

    countries: Counter[str] = field(default_factory=Counter)

    def weight(self, iso3: str | None) -> float:
        if not iso3 or not self.countries:
            return 0.0
        top = max(self.countries.values())
        return 0.1 + 0.4 * (self.countries[iso3] / top) ** 2 if iso3 in self.countries else 0.0


@dataclass(frozen=True)
class Resolution:
    entry: GeoEntry | None
    confidence: float
    candidates: tuple[Mapping[str, Any], ...]
    method: str | None
    note: str | None = None


def score_match(m: Match, ctx: DocContext, hint: str | None) -> float:
    e = m.entry
    s = _TIER_WEIGHT[m.tier] * (0.65 if m.kind == ALT else 1.0)
    if m.tier == "fuzzy":
        s *= m.score / 100.0
    s += _FEATURE_PRIOR.get(e.feature, 0.0)
    s += 1.0 * min(1.0, math.log10(e.population + 1) / 7.0)
    s += 0.1 if e.source == "overlay" else 0.0
    s += e.prior
    s += ctx.weight(e.country)
    precision = precision_of(e.feature)
    if hint == "region":
        s += 0.6 if precision == "region" else -0.3
    elif hint == "city":
        s += 0.4 if precision == "city" else -0.3
    return s


def resolve_matches(
    gaz: Gazetteer,
    matches: list[Match],
    ctx: DocContext,
    *,
    hint: str | None = None,
    container: GeoEntry | None = None,
    strict_container: bool = True,
    margin: float = 0.12,
    max_candidates: int = 5,
) -> Resolution:
    """Pick the entry ``matches`` most likely refer to, or leave it unresolved with candidates."""
    if not matches:
        return Resolution(None, 0.0, (), None, "not in the gazetteer")
    method = None
    if container is not None:
        inside = [m for m in matches if gaz.inside(m.entry, container)]
        if not inside and not strict_container:
            container = None  # "in Mali, Niger, and Chad": a list, not a containment
        elif not inside:
            scored = _ranked(matches, ctx, hint)
            return Resolution(
                None,
                0.0,
                _candidates(scored, max_candidates),
                None,
                f"no such place in {container.name} in the gazetteer",
            )
        else:
            matches, method = inside, "container"
    scored = _ranked(matches, ctx, hint)
    if hint != "region":
        scored = _city_first(gaz, scored)
    best_score, best = scored[0]
    fuzzy = best.tier == "fuzzy"
    rivals = [(s, m) for s, m in scored[1:] if not _same_place(gaz, m.entry, best.entry)]
    if fuzzy:
        return Resolution(
            None,
            0.0,
            _candidates(scored, max_candidates),
            None,
            "unknown name; candidates are near spellings",
        )
    if (
        rivals
        and best_score - rivals[0][0] < margin
        and best.entry.population < 5 * max(rivals[0][1].entry.population, 1)
    ):
        return Resolution(
            None,
            0.0,
            _candidates(scored, max_candidates),
            None,
            f"ambiguous: {_label(best.entry)} or {_label(rivals[0][1].entry)}",
        )
    loose = all(m.kind == ALT or m.tier != "exact" for _, m in scored)
    if (
        loose
        and ctx.countries
        and best.entry.country not in ctx.countries
        and best.entry.source != "overlay"
    ):
        return Resolution(
            None,
            0.0,
            _candidates(scored, max_candidates),
            None,
            "only a loose match, outside the article's countries",
        )
    gap = best_score - rivals[0][0] if rivals else 0.6
    confidence = (0.5 + 0.45 * min(1.0, gap / 0.6)) * _TIER_WEIGHT[best.tier]
    confidence *= 0.9 if best.kind == ALT else 1.0
    if method is None:
        method = _method(best, ctx, bool(rivals))
    cands = _candidates(scored, max_candidates) if rivals else ()
    return Resolution(best.entry, round(min(confidence, 0.99), 2), cands, method)


def _ranked(matches: list[Match], ctx: DocContext, hint: str | None) -> list[tuple[float, Match]]:
    best: dict[int, tuple[float, Match]] = {}
    for m in matches:
        s = score_match(m, ctx, hint)
        k = id(m.entry)
        if k not in best or s > best[k][0]:
            best[k] = (s, m)
    return sorted(best.values(), key=lambda sm: (-sm[0], sm[1].entry.name))


def _city_first(gaz: Gazetteer, scored: list[tuple[float, Match]]) -> list[tuple[float, Match]]:
    """A bare name that is both a city and the region around it means the city ("Kano")."""
    best = scored[0][1].entry
    if precision_of(best.feature) != "region" or best.prior > 0:
        return scored
    for i, (_score, m) in enumerate(scored[1:], 1):
        if (
            precision_of(m.entry.feature) == "city"
            and gaz.inside(m.entry, best)
            and (
                m.tier == scored[0][1].tier
                and (m.kind == scored[0][1].kind or m.entry.population >= 100_000)
            )
        ):
            return [(scored[0][0], m), *[x for j, x in enumerate(scored) if j != i]]
    return scored


def _same_place(gaz: Gazetteer, a: GeoEntry, b: GeoEntry) -> bool:
    """One inside the other (a city and its same-named province) or within ``NEAR_KM``."""
    if gaz.inside(a, b) or gaz.inside(b, a):
        return True
    if a.feature in COUNTRY_FEATURES or b.feature in COUNTRY_FEATURES:
        return False
    return distance_km(a.lat, a.lon, b.lat, b.lon) <= NEAR_KM


def _method(best: Match, ctx: DocContext, contested: bool) -> str:
    if contested and best.entry.country in ctx.countries:
        return "context"
    if best.tier != "exact":
        return best.tier
    return "alias" if best.kind == ALT else "name"


def _label(e: GeoEntry) -> str:
    return f"{e.name} ({e.country or '?'})"


def _candidates(scored: list[tuple[float, Match]], n: int) -> tuple[Mapping[str, Any], ...]:
    return tuple(
        {
            "name": m.entry.name,
            "geonames_id": m.entry.geonames_id,
            "lat": m.entry.lat,
            "lon": m.entry.lon,
            "country": m.entry.country,
            "admin1": m.entry.admin1,
            "feature": m.entry.feature,
            "population": m.entry.population,
            "score": round(s, 3),
        }
        for s, m in scored[:n]
    )


def distance_km(
    lat1: float | None, lon1: float | None, lat2: float | None, lon2: float | None
) -> float:
    """Great-circle distance; infinite when a point is missing."""
    if None in (lat1, lon1, lat2, lon2):
        return math.inf
    p1, p2 = math.radians(lat1), math.radians(lat2)  # type: ignore[arg-type]
    dp = p2 - p1
    dl = math.radians(lon2 - lon1)  # type: ignore[operator]
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, a)))
