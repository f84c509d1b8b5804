"""Where reports of one event disagree: dates, numbers, who did it, and explicit disputes.

Every contradiction keeps the reports on each side. Copies count once: sides are built
from original articles (``origin``), so a wire copy cannot outvote its source. Tolerances
are explicit (``ContradictionSettings``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from newsgraph.analyze.model import ReportView

CONFLICT_TYPES = {"ASSAULT", "COERCE", "MOBILIZE", "THREATEN", "SANCTION", "REDUCE"}


@dataclass(frozen=True)
class ContradictionSettings:
    # Figures are compatible when their ranges, each widened by this share, overlap:
    # 0.0 means "at least 16" (16..) and 18 agree, 70 and 72 do not.
    number_tolerance: float = 0.0
    min_day_precision: bool = True  # compare dates only where both give a day


@dataclass(frozen=True)
class Contradiction:
    kind: str  # date | number | attribution | dispute
    canonical_id: int | None
    summary: str
    sides: tuple[Mapping[str, Any], ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class FigureView:
    id: int
    article_id: str
    origin: str
    outlet: str
    sent: int
    category: str
    group: str
    count: int | None
    low: int | None
    high: int | None
    text: str


def find_date_contradictions(
    canonical_id: int, reports: Sequence[ReportView], settings: ContradictionSettings
) -> list[Contradiction]:
    sides: dict[str, list[ReportView]] = defaultdict(list)
    for r in reports:
        if not r.date or not r.factual:
            continue
        if settings.min_day_precision and r.date_precision not in (None, "day"):
            continue
        if settings.min_day_precision and len(r.date) != 10:
            continue
        sides[r.date].append(r)
    if len(sides) < 2:
        return []
    origins = {d: {r.origin for r in rs} for d, rs in sides.items()}
    # A single article giving two dates for one event is a problem of that article, but still a
    # contradiction users want to see; two dates only from one origin still count.
    summary = "dates differ: " + "; ".join(
        f"{d} ({', '.join(sorted({r.outlet for r in sides[d]}))})" for d in sorted(sides)
    )
    return [
        Contradiction(
            "date",
            canonical_id,
            summary,
            tuple(
                {
                    "value": d,
                    "outlets": sorted({r.outlet for r in rs}),
                    "origins": sorted(origins[d]),
                    "reports": [_ref(r) for r in rs],
                }
                for d, rs in sorted(sides.items())
            ),
        )
    ]


def find_number_contradictions(
    canonical_id: int | None, figures: Sequence[FigureView], settings: ContradictionSettings
) -> list[Contradiction]:
    out: list[Contradiction] = []
    by_kind: dict[tuple[str, str], list[FigureView]] = defaultdict(list)
    for f in figures:
        by_kind[(f.category, f.group)].append(f)
    for (category, group), figs in sorted(by_kind.items()):
        # One range per original article: an article's own largest figure for that kind.
        per_origin: dict[str, FigureView] = {}
        for f in figs:
            cur = per_origin.get(f.origin)
            if cur is None or (f.low or 0) > (cur.low or 0):
                per_origin[f.origin] = f
        views = list(per_origin.values())
        if len(views) < 2 or not _any_incompatible(views, settings.number_tolerance):
            continue
        values: dict[str, list[FigureView]] = defaultdict(list)
        for f in views:
            values[f.text if f.count is None else _value_text(f)].append(f)
        summary = f"{category} {group}: " + " / ".join(
            f"{v} ({', '.join(sorted({f.outlet for f in fs}))})" for v, fs in values.items()
        )
        out.append(
            Contradiction(
                "number",
                canonical_id,
                summary,
                tuple(
                    {
                        "value": v,
                        "low": fs[0].low,
                        "high": fs[0].high,
                        "outlets": sorted({f.outlet for f in fs}),
                        "figures": [
                            {
                                "figure_id": f.id,
                                "article_id": f.article_id,
                                "sent": f.sent,
                                "text": f.text,
                            }
                            for f in fs
                        ],
                    }
                    for v, fs in values.items()
                ),
            )
        )
    return out


def find_attribution_contradictions(
    canonical_id: int, reports: Sequence[ReportView]
) -> list[Contradiction]:
    per_origin: dict[str, set[str]] = defaultdict(set)
    by_origin: dict[str, list[ReportView]] = defaultdict(list)
    for r in reports:
        # Only resolved actors can disagree: "terrorists" may well be HTS.
        named = {a for a in r.actors if not a.startswith("~")}
        if r.type in CONFLICT_TYPES and named and r.factual:
            per_origin[r.origin] |= named
            by_origin[r.origin].append(r)
    origins = sorted(per_origin)
    for i, a in enumerate(origins):
        for b in origins[i + 1 :]:
            if not per_origin[a] & per_origin[b]:
                sides: list[dict[str, Any]] = []
                groups: dict[frozenset[str], list[ReportView]] = defaultdict(list)
                for o in origins:
                    groups[frozenset(per_origin[o])].extend(by_origin[o])
                for actors, rs in groups.items():
                    sides.append(
                        {
                            "actors": sorted(actors),
                            "outlets": sorted({r.outlet for r in rs}),
                            "reports": [_ref(r) for r in rs],
                        }
                    )
                summary = "blamed on different actors: " + " vs ".join(
                    "/".join(s["actors"]) for s in sides
                )
                return [Contradiction("attribution", canonical_id, summary, tuple(sides))]
    return []


def find_disputes(quotes: Iterable[Mapping[str, Any]]) -> list[Contradiction]:
    """Disputes and denials recorded by the quote stage, one per dispute. The quote stage
    records each on both quotes (``role`` "disputes" on the disputer's, "disputed" on the
    claim's); the disputer's record makes the contradiction."""
    out = []
    for q in quotes:
        for d in q.get("disputes") or ():
            if d.get("role") == "disputed":
                continue
            disputer = d.get("disputed_by") or q.get("speaker") or {}
            claimant = d.get("claim_by") or {}
            who = disputer.get("name") or disputer.get("text") or "someone"
            whose = claimant.get("name") or claimant.get("text")
            claim = str(d.get("claim") or q.get("content") or "")
            summary = (
                f"{who} {d.get('cue') or 'disputes'}"
                + (f" {whose}'s claim" if whose else "")
                + f": {claim[:120]}"
            )
            out.append(
                Contradiction(
                    "dispute",
                    None,
                    summary,
                    (
                        {
                            "role": "claim",
                            "claim": d.get("claim"),
                            "by": claimant,
                            "quote_id": d.get("quote_id"),
                            "article_id": q.get("article_id"),
                        },
                        {
                            "role": "dispute",
                            "by": disputer,
                            "cue": d.get("cue"),
                            "kind": d.get("kind"),
                            "quote_id": q.get("id"),
                            "article_id": q.get("article_id"),
                            "content": q.get("content"),
                        },
                    ),
                )
            )
    return out


def _any_incompatible(views: Sequence[FigureView], tol: float) -> bool:
    for i, a in enumerate(views):
        for b in views[i + 1 :]:
            if not _compatible(a, b, tol):
                return True
    return False


def _compatible(a: FigureView, b: FigureView, tol: float) -> bool:
    if a.low is None and b.low is None:
        return True
    a_lo, a_hi = _widen(a.low, a.high, tol)
    b_lo, b_hi = _widen(b.low, b.high, tol)
    return (a_hi is None or b_lo is None or b_lo <= a_hi) and (
        b_hi is None or a_lo is None or a_lo <= b_hi
    )


def _widen(lo: int | None, hi: int | None, tol: float) -> tuple[float | None, float | None]:
    return (lo * (1 - tol) if lo is not None else None, hi * (1 + tol) if hi is not None else None)


def _value_text(f: FigureView) -> str:
    if f.high is None:
        return f"{f.low}+"
    if f.low == f.high:
        return str(f.count)
    return f"{f.low}-{f.high}"


def _ref(r: ReportView) -> dict[str, Any]:
    return {
        "report_id": r.id,
        "article_id": r.article_id,
        "sent": r.sent,
        "outlet": r.outlet,
        "date": r.date,
    }
