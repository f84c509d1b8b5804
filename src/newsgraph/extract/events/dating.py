"""An event's date: from a time expression governing its clause, else one standing for the
whole sentence, else unknown. Never the publication date: that is kept apart as the report date.

Time expressions come from the timexes stage (``p.facts["timexes"]``). Without it, a small
fallback normalises spaCy DATE entities (years, "27 November", "December 2", weekdays).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.events.periods import date_range, precision_of, start_of
from newsgraph.types import Timex

__all__ = ["EventDate", "date_for", "date_range", "fallback_timexes", "normalise", "start_of"]


@dataclass(frozen=True)
class EventDate:
    value: str
    precision: str
    text: str
    governed: bool  # True: attached to the trigger's clause; False: the sentence's only date


def usable(t: Timex) -> bool:
    v = t.value or ""
    return t.type in ("DATE", "TIME") and precision_of(v[:10]) is not None


def date_for(
    trigger: Token,
    clause_head: Token,
    sent: Span,
    timexes: list[Timex],
    other_heads: set[int],
    speech_verbs: frozenset[str] = frozenset(),
) -> EventDate | None:
    """The date of the event whose trigger is ``trigger`` (clause verb ``clause_head``)."""
    dated = [t for t in timexes if usable(t)]
    if not dated:
        return None
    doc = sent.doc
    governed: list[Timex] = []
    free: list[Timex] = []
    for t in dated:
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None:
            continue
        verb, path = _governing_verb(span.root)
        if trigger.i in path or clause_head.i in path:
            governed.append(t)  # "met ... on Monday", "a meeting on Monday"
        elif verb is None or (
            verb.dep_ == "ROOT"
            and verb.i not in other_heads
            and verb.lemma_.lower() not in speech_verbs  # when it was said, not done
        ):
            free.append(t)  # a sentence-level date, not one of another clause
    if governed:
        t = governed[0]
        return EventDate(_value(t), precision_of(_value(t)) or "day", t.text, True)
    if len(free) == 1 and len(dated) == 1:
        t = free[0]
        return EventDate(_value(t), precision_of(_value(t)) or "day", t.text, False)
    return None


def _value(t: Timex) -> str:
    v = t.value or ""
    return v[:10] if precision_of(v[:10]) else v


def _governing_verb(tok: Token) -> tuple[Token | None, set[int]]:
    """The nearest verb above a time expression, and the tokens on the way to it."""
    cur = tok
    path = {tok.i}
    for _ in range(12):
        if cur.head.i == cur.i:
            return (cur if cur.pos_ in ("VERB", "AUX") else None), path
        cur = cur.head
        path.add(cur.i)
        if cur.pos_ in ("VERB", "AUX"):
            return cur, path
    return None, path


# ---------------------------------------------------------------- fallback without timexes

_MONTHS = {
    m: i
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        1,
    )
}
_MONTHS.update({k[:3]: v for k, v in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def fallback_timexes(doc: Doc, article_id: str, published: date | None) -> list[Timex]:
    """Timexes from spaCy DATE entities, for when the timexes stage did not run."""
    sent_of = {s.start: i for i, s in enumerate(doc.sents)}
    starts = sorted(sent_of)
    out: list[Timex] = []
    for ent in doc.ents:
        if ent.label_ != "DATE":
            continue
        value = normalise(ent.text, published)
        idx = max(i for i, s in enumerate(starts) if s <= ent.start) if starts else 0
        out.append(
            Timex(
                article_id,
                idx,
                ent.start_char,
                ent.end_char,
                ent.text,
                "DATE",
                value,
                anchor=published.isoformat() if published else None,
                anchor_kind="publication" if published else "none",
                precision=precision_of(value) if value else None,
                note=None if value else "unresolved (events fallback)",
            )
        )
    return out


def normalise(text: str, pub: date | None) -> str | None:
    s = text.lower().replace(",", " ")
    words = s.split()
    year = next((int(w) for w in words if re.fullmatch(r"(19|20)\d\d", w)), None)
    month = next((_MONTHS[w.rstrip(".")] for w in words if w.rstrip(".") in _MONTHS), None)
    day = next(
        (
            int(re.sub(r"(st|nd|rd|th)$", "", w))
            for w in words
            if re.fullmatch(r"\d{1,2}(st|nd|rd|th)?", w)
        ),
        None,
    )
    weekday = next((_DAYS.index(w) for w in words if w in _DAYS), None)
    if month and day:
        y = year or (pub.year if pub else None)
        if y is None:
            return None
        try:
            d = date(y, month, day)
        except ValueError:
            return None
        if year is None and pub and d > pub + timedelta(days=7):
            d = d.replace(year=y - 1)
        return d.isoformat()
    if weekday is not None and pub is not None:
        back = (pub.weekday() - weekday) % 7
        if "last" in words and back == 0:
            back = 7
        return (pub - timedelta(days=back)).isoformat()
    if month and year:
        return f"{year:04d}-{month:02d}"
    if year and len(words) <= 3:
        return f"{year:04d}"
    if pub and ("last week" in s or "past week" in s):
        y, w, _ = (pub - timedelta(days=7)).isocalendar()
        return f"{y:04d}-W{w:02d}"
    if pub and "this week" in s:
        y, w, _ = pub.isocalendar()
        return f"{y:04d}-W{w:02d}"
    return None
