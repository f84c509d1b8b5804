"""Each article's main event: the lead event of the story (who did what to whom, when, where),
chosen among the article's event reports as the journalistic 5W1H extractors do (Hamborg et
al., Giveme5W1H, 2019: position in the lead, frequency, completeness of the answers), with the
provenance of the report it is.

Score of a report (weights sum to 1; each feature in 0..1):

- position 0.35: ``1 / (1 + sentence index)`` (news puts the main event in the lead);
- frequency 0.15: other reports of the same type sharing a party, ``min(1, n / 3)`` (the story
  returns to its main event);
- completeness 0.20: share of actor resolved, recipient given, date or window, place;
- headline 0.10: share of the report's words (trigger, parties' names) found in the title;
- confidence 0.10: the report's own confidence;
- factual 0.10: 1 unless the report is a speaker's claim.

Negated, hypothetical and historical reports are not candidates (background or what may
happen is not what the story reports), nor future ones other than promises and threats (which
the events stage codes AGREE/THREATEN: the pledge is the act), unless the article has no other
report. Ties go to the earlier report.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsgraph.types import EventReport, MainEvent

WEIGHTS = {
    "position": 0.35,
    "frequency": 0.15,
    "completeness": 0.20,
    "headline": 0.10,
    "confidence": 0.10,
    "factual": 0.10,
}
_WORD = re.compile(r"[^\W\d_]{3,}")


def pick_main_event(events: Sequence[EventReport], title: str | None = None) -> MainEvent | None:
    """The main event of one article's reports, or None when it has none."""
    if not events:
        return None
    cands = [e for e in events if _candidate(e)] or list(events)
    head = {_stem(w) for w in _WORD.findall((title or "").lower())}
    best: tuple[float, int, EventReport, dict[str, float]] | None = None
    for order, e in enumerate(cands):
        ev = _evidence(e, events, head)
        score = round(sum(WEIGHTS[k] * v for k, v in ev.items()), 4)
        if best is None or score > best[0]:
            best = (score, order, e, ev)
    assert best is not None
    score, _, e, ev = best
    return MainEvent(e.article_id, e.sent, e.trigger_start, e.trigger_end, e.type, score, ev)


def _candidate(e: EventReport) -> bool:
    if e.negated or e.hypothetical or e.historical:
        return False
    return not e.future or e.type in ("AGREE", "THREATEN")


def _stem(w: str) -> str:
    return w[:5]  # "support"/"supports"/"supported", "attack"/"attacks": crude, language-blind


def _keys(e: EventReport) -> set[str]:
    return {p.actor_id or p.text.lower() for p in (*e.actors, *e.recipients)}


def _evidence(e: EventReport, events: Sequence[EventReport], head: set[str]) -> dict[str, float]:
    keys = _keys(e)
    same = sum(1 for o in events if o is not e and o.type == e.type and keys & _keys(o))
    parts = (
        any(a.actor_id for a in e.actors),
        bool(e.recipients),
        e.date is not None or e.date_start is not None,
        e.place is not None,
    )
    words = {
        _stem(w)
        for w in _WORD.findall(
            " ".join([e.trigger, *(p.name or p.text for p in (*e.actors, *e.recipients))]).lower()
        )
    }
    return {
        "position": round(1 / (1 + e.sent), 4),
        "headline": round(len(words & head) / len(words), 4) if words and head else 0.0,
        "frequency": round(min(1.0, same / 3), 4),
        "completeness": sum(parts) / len(parts),
        "confidence": e.confidence,
        "factual": 0.0 if e.reported else 1.0,
    }
