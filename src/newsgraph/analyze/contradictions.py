"""Where reports of one event disagree: dates, numbers, who did it, and explicit disputes.

Every contradiction keeps the reports on each side. Copies count once: sides are built
from original articles (``origin``), so a wire copy cannot outvote its source. Tolerances
are explicit (``ContradictionSettings``).

Each carries a ``confidence`` (0..1) and a ``scope``: between outlets, within one outlet at
different times (a toll that rose is an update, not a dispute between outlets), or within one
article (two dates in one article are more often two steps of a story than one event dated
twice). The confidence is the clustering's cohesion (``EventContext.cohesion``: how sure we
are that the reports are one event) times how strong the disagreement itself is; the reasons
for both are kept in the explanation (``explain``), with the event in words and each side's
sentences. ``DEFAULT_MIN_CONFIDENCE`` is what is meant to be trusted: below it, a
contradiction stays in the store and shows with ``--min-confidence 0``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from newsgraph.analyze.model import side_of
from newsgraph.types import Contradiction, FigureView, ReportView

CONFLICT_TYPES = {"ASSAULT", "COERCE", "MOBILIZE", "THREATEN", "SANCTION", "REDUCE"}
DEFAULT_MIN_CONFIDENCE = 0.6
# Groups whose counts cannot be compared with another group's: "people" may include fighters.
GENERIC_GROUPS = frozenset({"people"})
# The strength of a number contradiction only the open bounds' reach finds.
OPEN_BOUND_STRENGTH = 0.5


@dataclass(frozen=True)
class ContradictionSettings:
    # Figures are compatible when their ranges, each widened by this share, overlap: with
    # 0.075, counts within about 15% of each other agree (19 and 22, as one event's counts
    # differ by the hour and the source; 6 and 8, 15 and 18 do not), and "at least 16"
    # (16..) agrees with any larger figure.
    number_tolerance: float = 0.075
    # How far news reads an open bound: "at least 43" reported against 100 of the same event
    # is a toll in dispute (or one that rose), though both can be true. Beyond this multiple
    # a contradiction is stored at a lower confidence (``OPEN_BOUND_STRENGTH``), below the
    # default listing's; None: an open bound agrees with any larger figure.
    open_bound_reach: float | None = 1.5
    min_day_precision: bool = True  # compare dates only where both give a day


@dataclass(frozen=True)
class EventContext:
    """What the analysis knows about one canonical event, for explaining its contradictions."""

    description: str = ""  # the event in words: type, participants, place, date
    why_same: tuple[str, ...] = ()  # why its reports are taken to be one event
    cohesion: float = 0.5  # how sure the clustering is that they are one event
    sentences: Mapping[tuple[str, int], str] = field(default_factory=dict)
    published: Mapping[str, str | None] = field(default_factory=dict)  # article -> date
    sides_of: Mapping[str, str] = field(default_factory=dict)  # actor id -> its side (ISO3)
    names: Mapping[str, str] = field(default_factory=dict)  # actor id -> its name


def find_date_contradictions(
    canonical_id: int,
    reports: Sequence[ReportView],
    settings: ContradictionSettings,
    context: EventContext | None = None,
) -> list[Contradiction]:
    ctx = context or EventContext()
    sides: dict[str, list[ReportView]] = defaultdict(list)
    for r in reports:
        if not r.date or not r.factual or r.historical:
            continue
        if r.date_basis not in (None, "explicit"):
            continue  # a date inherited from elsewhere, or a window, says nothing of its own
        if settings.min_day_precision and r.date_precision not in (None, "day"):
            continue  # "in December" does not contradict "on 2 December"
        if settings.min_day_precision and len(r.date) != 10:
            continue
        sides[r.date].append(r)
    if len(sides) < 2:
        return []
    origins = {d: {r.origin for r in rs} for d, rs in sides.items()}
    summary = "dates differ: " + "; ".join(
        f"{d} ({', '.join(sorted({r.outlet for r in sides[d]}))})" for d in sorted(sides)
    )
    all_reports = [r for rs in sides.values() for r in rs]
    scope = _scope({r.outlet for r in all_reports}, {r.origin for r in all_reports})
    strength, reasons = 1.0, []
    if scope == "one article":
        strength *= 0.3
        reasons.append("both dates come from one article: more often two steps of a story")
    elif scope == "one outlet over time":
        strength *= 0.7
        reasons.append("one outlet, different articles: a correction or two events")
    if any(len(r.actors | r.recipients) < 2 for r in all_reports):
        strength *= 0.8
        reasons.append("a side names only one participant")
    if len({o for os in origins.values() for o in os}) < 2:
        strength *= 0.8
    sorted_sides = sorted(sides.items())
    return [
        _finish(
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
                    for d, rs in sorted_sides
                ),
                scope=scope,
            ),
            ctx,
            strength,
            reasons,
            [(d, [(r.article_id, r.sent, r.outlet) for r in rs]) for d, rs in sorted_sides],
        )
    ]


def find_number_contradictions(
    canonical_id: int | None,
    figures: Sequence[FigureView],
    settings: ContradictionSettings,
    context: EventContext | None = None,
) -> list[Contradiction]:
    ctx = context or EventContext()
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
        if len(views) < 2 or not _any_incompatible(views, settings):
            continue
        values: dict[str, list[FigureView]] = defaultdict(list)
        for f in views:
            values[f.text if f.count is None else _value_text(f)].append(f)
        summary = f"{category} {group}: " + " / ".join(
            f"{v} ({', '.join(sorted({f.outlet for f in fs}))})" for v, fs in values.items()
        )
        scope = _scope({f.outlet for f in views}, {f.origin for f in views})
        strength, reasons = 1.0, []
        if not _any_incompatible(views, replace(settings, open_bound_reach=None)):
            strength *= OPEN_BOUND_STRENGTH
            reasons.append(
                "an open bound ('at least N') and a figure over "
                f"{settings.open_bound_reach:g} times N: both can be true if the toll rose"
            )
        if group in GENERIC_GROUPS:
            strength *= 0.8
            reasons.append(f"the group is generic ({group})")
        if any(f.method == "article" for f in views):
            strength *= 0.75
            reasons.append("a figure is tied to the event by its article, not its sentence")
        if scope == "one outlet over time":
            strength *= 0.5
            reasons.append("one outlet at different times: a toll that changed is an update")
        elif _rose_over_time(views, ctx):
            strength *= 0.7
            reasons.append("the larger figure was published later: perhaps the toll rose")
        out.append(
            _finish(
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
                    scope=scope,
                ),
                ctx,
                strength,
                reasons,
                [(v, [(f.article_id, f.sent, f.outlet) for f in fs]) for v, fs in values.items()],
            )
        )
    return out


def find_attribution_contradictions(
    canonical_id: int, reports: Sequence[ReportView], context: EventContext | None = None
) -> list[Contradiction]:
    """Reports of one conflict event from different original articles whose resolved actors
    are on different sides: a state, its government and its military are one side
    ("Turkey" and "the Turkish military"), so naming one or the other is no contradiction."""
    ctx = context or EventContext()
    per_origin: dict[str, set[str]] = defaultdict(set)
    by_origin: dict[str, list[ReportView]] = defaultdict(list)
    for r in reports:
        # Only resolved actors can disagree: "terrorists" may well be al-Shabaab.
        named = {a for a in r.actors if not a.startswith("~")}
        if r.type in CONFLICT_TYPES and named and r.factual and not r.historical:
            per_origin[r.origin] |= named
            by_origin[r.origin].append(r)
    sides_of_origin = {
        o: {_side(a, ctx, r) for r in by_origin[o] for a in per_origin[o]} for o in per_origin
    }
    origins = sorted(per_origin)
    disjoint = any(
        not sides_of_origin[a] & sides_of_origin[b]
        for i, a in enumerate(origins)
        for b in origins[i + 1 :]
    )
    if not disjoint:
        return []
    groups: dict[frozenset[str], list[ReportView]] = defaultdict(list)
    for o in origins:
        groups[frozenset(per_origin[o])].extend(by_origin[o])
    sides = [
        {
            "actors": sorted(actors),
            "outlets": sorted({r.outlet for r in rs}),
            "reports": [_ref(r) for r in rs],
        }
        for actors, rs in groups.items()
    ]

    def words(actors: frozenset[str]) -> str:
        return " / ".join(sorted(ctx.names.get(a, a.lstrip("~")) for a in actors))

    summary = "blamed on different actors: " + " vs ".join(words(a) for a in groups)
    scope = _scope({r.outlet for rs in groups.values() for r in rs}, set(origins))
    strength, reasons = 0.9, []
    if scope != "outlets":
        strength *= 0.5
        reasons.append("only one outlet names the actors")
    if len(origins) > 2 and all(len(rs) == 1 for rs in by_origin.values()):
        strength *= 0.9
    return [
        _finish(
            Contradiction("attribution", canonical_id, summary, tuple(sides), scope=scope),
            ctx,
            strength,
            reasons,
            [
                (words(actors), [(r.article_id, r.sent, r.outlet) for r in rs])
                for actors, rs in groups.items()
            ],
        )
    ]


DISPUTE_STRENGTH = {
    "denial": 0.8,
    "refutation": 0.8,
    "rebuttal": 0.7,
    "rejection": 0.7,
    "dispute": 0.7,
    "contradiction": 0.7,
    "dismissal": 0.65,
    "clarification": 0.65,
    "correction": 0.65,
}


def find_disputes(quotes: Iterable[Mapping[str, Any]]) -> list[Contradiction]:
    """Disputes and denials recorded by the quote stage, one per dispute. The quote stage
    records each on both quotes (``role`` "disputes" on the disputer's, "disputed" on the
    claim's); the disputer's record makes the contradiction. Its confidence is the cue's
    (an explicit denial of a claim weighs more than a clarification), raised when the
    disputed claim is named as someone's; see ``_dispute_strength``."""
    out = []
    for q in quotes:
        for d in q.get("disputes") or ():
            if d.get("role") == "disputed":
                continue
            disputer = d.get("disputed_by") or q.get("speaker") or {}
            claimant = d.get("claim_by") or {}
            claim = str(d.get("claim") or q.get("content") or "")
            if d.get("link") == "overlap":
                # An earlier quote that only shares words is not shown as the claim denied:
                # the denial's own object is.
                claimant, claim = {}, str(q.get("content") or claim)
            who = disputer.get("name") or disputer.get("text") or "someone"
            whose = claimant.get("name") or claimant.get("text")
            summary = (
                f"{who} {d.get('cue') or 'disputes'}"
                + (f" {whose}'s claim" if whose else "")
                + f": {claim[:120]}"
            )
            strength, reasons = _dispute_strength(d, who, whose)
            out.append(
                Contradiction(
                    "dispute",
                    None,
                    summary,
                    (
                        {
                            "role": "claim",
                            "claim": claim,
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
                    confidence=round(strength, 2),
                    scope="one article",
                    reasons=tuple(reasons),
                    explanation={
                        "event": f"what {whose or 'a source'} said, disputed by {who}",
                        "why_same_event": ["the dispute names or follows the claim it disputes"],
                        "sides": [
                            {"value": "claim", "by": whose, "sentences": [{"text": claim}]},
                            {
                                "value": str(d.get("kind") or "dispute"),
                                "by": who,
                                "sentences": [{"text": str(q.get("content") or "")}],
                            },
                        ],
                        "scope": "one article",
                        "confidence_reasons": reasons,
                    },
                )
            )
    return out


def _dispute_strength(d: Mapping[str, Any], who: str, whose: str | None) -> tuple[float, list[str]]:
    """A denial verb that takes the claim as its object ("denied that...", "rejected X's
    claim") is strong; a quote that only calls something false, or a clarification, less so;
    a speaker disputing their own words is no contradiction between parties."""
    kind = str(d.get("kind"))
    strength = DISPUTE_STRENGTH.get(kind, 0.5)
    reasons = [f"cue: {d.get('cue')} ({kind})"]
    if d.get("via") == "words":
        strength = min(strength, 0.5)
        reasons.append("no denial verb: the quote's words call a claim false")
    if kind == "rebuttal" and not whose:
        strength *= 0.7
        reasons.append("only the speaker's counter-claim is given, not the claim it answers")
    if d.get("link") == "overlap":
        reasons.append("the claim it answers is not named: its own object is shown")
    elif whose:
        if whose.lower() in who.lower() or who.lower() in whose.lower():
            strength *= 0.3
            reasons.append("the speaker disputes their own words")
        else:
            strength = min(1.0, strength + 0.1)
            reasons.append(f"the disputed claim is {whose}'s")
    disputer = d.get("disputed_by") or {}
    text = str(disputer.get("text") or "").strip()
    if text and disputer.get("name") and disputer.get("name") != text:
        first = text.lower().split()[0]
        if first in _PRONOUNS or first in ("the", "a", "an"):
            strength *= 0.7
            reasons.append(f"the disputer ({text}) is named only through coreference")
    if who == "someone" or not _named(disputer):
        strength *= 0.6
        reasons.append("the disputer is not named (a pronoun or a bare adjective)")
    claim = str(d.get("claim") or "")
    if len(claim.split()) < 4:
        strength *= 0.7
        reasons.append("the disputed claim is too short to stand on its own")
    return round(strength, 2), reasons


_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i", "you", "this", "that", "who"})


def _named(speaker: Mapping[str, Any]) -> bool:
    """Whether a speaker is a party a reader can name: a resolved actor, or a phrase with a
    capitalised word that is not a bare nationality ("Turkish", "Syrian")."""
    if speaker.get("actor_id"):
        return True
    text = str(speaker.get("name") or speaker.get("text") or "").strip()
    words = text.split()
    if not words or text.lower() in _PRONOUNS:
        return False
    if len(words) == 1 and words[0].endswith(("ish", "ian", "ese", "ic", "i")):
        return False
    return any(w[:1].isupper() for w in words)


def explain_text(c: Mapping[str, Any]) -> str:
    """One paragraph a reader understands without ids: what, who says what, why one event."""
    e = c.get("explanation") or {}
    if isinstance(e, str):
        return e
    parts = [str(e.get("event") or c.get("summary") or "")]
    for side in e.get("sides") or ():
        said = " | ".join(str(x.get("text") or "") for x in side.get("sentences") or ())
        by = ", ".join(side.get("outlets") or ()) or side.get("by") or ""
        parts.append(f"{side.get('value')} ({by}): {said}")
    why = "; ".join(e.get("why_same_event") or ())
    if why:
        parts.append(f"one event because: {why}")
    return " — ".join(p for p in parts if p)


def _finish(
    c: Contradiction,
    ctx: EventContext,
    strength: float,
    reasons: list[str],
    sides: list[tuple[str, list[tuple[str, int, str]]]],
) -> Contradiction:
    """The contradiction with its confidence and its explanation."""
    confidence = round(max(0.0, min(1.0, ctx.cohesion * strength)), 2)
    all_reasons = [f"clustering cohesion {ctx.cohesion:.2f}", *reasons]
    explanation = {
        "event": ctx.description,
        "why_same_event": list(ctx.why_same),
        "sides": [
            {
                "value": value,
                "outlets": sorted({o for _, _, o in refs}),
                "sentences": [
                    {
                        "article_id": a,
                        "sent": k,
                        "outlet": o,
                        "published": ctx.published.get(a),
                        "text": ctx.sentences.get((a, k), ""),
                    }
                    for a, k, o in _unique(refs)
                ],
            }
            for value, refs in sides
        ],
        "scope": c.scope,
        "confidence_reasons": all_reasons,
    }
    return replace(c, confidence=confidence, reasons=tuple(all_reasons), explanation=explanation)


def _unique(refs: list[tuple[str, int, str]]) -> list[tuple[str, int, str]]:
    return list(dict.fromkeys(refs))[:5]


def _scope(outlets: set[str], origins: set[str]) -> str:
    if len(outlets) > 1:
        return "outlets"
    return "one article" if len(origins) <= 1 else "one outlet over time"


def _side(actor: str, ctx: EventContext, r: ReportView) -> str:
    """The side an actor is on (``analyze.model.side_of``): the report's own participant
    as it gives it, else its side in the knowledge base, else itself."""
    return side_of(actor, r.countries, ctx.sides_of)


def _rose_over_time(views: Sequence[FigureView], ctx: EventContext) -> bool:
    """Whether the figures grow with their articles' publication dates (a rising toll)."""
    dated = [(ctx.published.get(f.article_id), f.low or 0) for f in views]
    if any(d is None for d, _ in dated) or len({d for d, _ in dated}) < 2:
        return False
    ordered = sorted(dated, key=lambda x: str(x[0]))
    return all(a[1] <= b[1] for a, b in zip(ordered, ordered[1:], strict=False))


def _any_incompatible(views: Sequence[FigureView], settings: ContradictionSettings) -> bool:
    for i, a in enumerate(views):
        for b in views[i + 1 :]:
            if not _compatible(a, b, settings):
                return True
    return False


def _compatible(a: FigureView, b: FigureView, settings: ContradictionSettings) -> bool:
    if a.low is None and b.low is None:
        return True
    if a.count is None or b.count is None:
        # a vague amount ("dozens", "thousands") is read to its own bounds only
        settings = replace(settings, open_bound_reach=None)
    a_lo, a_hi = _widen(a, settings)
    b_lo, b_hi = _widen(b, settings)
    return (a_hi is None or b_lo is None or b_lo <= a_hi) and (
        b_hi is None or a_lo is None or a_lo <= b_hi
    )


def _widen(f: FigureView, settings: ContradictionSettings) -> tuple[float | None, float | None]:
    """The figure's range widened by the tolerance on each side; an open bound ("at least
    16") reaches ``open_bound_reach`` times its number."""
    tol, lo, hi = settings.number_tolerance, f.low, f.high
    if hi is None and f.count is not None and settings.open_bound_reach is not None:
        hi = int(f.count * settings.open_bound_reach)
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
