"""Candidate -> TimeML value: the shared context, the result, and the dispatch by rule kind.

``Normaliser.resolve(candidate, context)`` returns a ``Resolution``. ``Context`` carries the
publication date (anchor of deictic expressions: ``yesterday``, ``last week``, ``on Sunday``),
the reference time (the last date the text itself mentioned, anchor of ``the following day``,
``two days later``), and the tense of the governing verb (``past`` / ``future`` / ``present``
or None), which decides whether a bare ``Sunday`` or ``in March`` looks back or ahead.
The rules themselves live in ``absolute.py`` (calendar dates) and ``relative.py``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from newsgraph.extract.timexes.calendar import Period
from newsgraph.extract.timexes.tagger import Candidate

NO_PUBLICATION = "no publication date: relative expression left unresolved"
IMPOSSIBLE = "impossible date"


@dataclass(frozen=True)
class Context:
    published: date | None  # the article's publication date
    tense: str | None = None  # of the governing verb: past | future | present | None
    last_day: Period | None = None  # the last day-precision date mentioned before
    last_period: Period | None = None  # the last date of any precision mentioned before
    sentence_period: Period | None = None  # the last date mentioned earlier in this sentence
    day_first: bool = True  # 03/04/2024 is 3 April (set False for US-style sources)
    preceding: str = ""  # the words just before the expression (lower-cased)


@dataclass(frozen=True)
class Resolution:
    type: str  # DATE | TIME | DURATION | SET
    value: str | None
    precision: str | None = None
    anchor: str | None = None
    anchor_kind: str = "none"  # publication | previous | none
    note: str | None = None
    mod: str | None = None  # TimeML mod: START, MID, END, APPROX, MORE_THAN, LESS_THAN, ...
    period: Period | None = None  # the calendar period, for the reference time and callers

    def noted(self, note: str | None) -> Resolution:
        if not note:
            return self
        return replace(self, note=f"{self.note}; {note}" if self.note else note)


PMODS = {
    "early": "START",
    "the beginning of": "START",
    "the start of": "START",
    "mid": "MID",
    "the middle of": "MID",
    "late": "END",
    "the end of": "END",
    "the turn of": "START",
    "the first half of": "START",
    "the second half of": "END",
}


def pmod_of(groups: dict[str, str]) -> str | None:
    raw = " ".join(groups.get("pmod", "").lower().split())
    return PMODS.get(raw)


def from_period(
    p: Period,
    *,
    kind: str = "none",
    anchor: str | None = None,
    mod: str | None = None,
    type_: str = "DATE",
    note: str | None = None,
) -> Resolution:
    return Resolution(type_, p.value, p.precision, anchor, kind, note, mod, p)


def unresolved(type_: str, note: str, precision: str | None = None) -> Resolution:
    return Resolution(type_, None, precision, None, "none", note)


class Normaliser:
    """Dispatches a candidate to the rule for its kind."""

    def __init__(self) -> None:
        from newsgraph.extract.timexes.absolute import RULES as ABSOLUTE
        from newsgraph.extract.timexes.relative import RULES as RELATIVE

        self.rules = {**ABSOLUTE, **RELATIVE}

    def resolve(self, cand: Candidate, ctx: Context) -> Resolution:
        rule = self.rules.get(cand.kind)
        if rule is None:
            return unresolved("DATE", f"no normalisation rule for {cand.kind}")
        try:
            return rule(cand.groups, ctx)
        except (ValueError, OverflowError) as exc:  # a date out of range: kept, never a crash
            return unresolved("DATE", f"{IMPOSSIBLE}: {exc}")
        except (KeyError, IndexError) as exc:  # a rule that does not cover this wording
            return unresolved("DATE", f"could not normalise ({type(exc).__name__}: {exc})")
