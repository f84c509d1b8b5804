"""Calendar periods (a day, an ISO week, a month, a quarter...) and their TimeML values.

A ``Period`` is a span of days at a precision; ``value`` renders it TimeML-style
(``2024-12-01``, ``2024-W48``, ``2024-W48-WE``, ``2024-11``, ``2024-Q4``, ``2024-H2``,
``2024-SU``, ``2024``, ``199`` for the 1990s, ``19`` for the 20th century).
"""

from __future__ import annotations

import calendar as _cal
from dataclasses import dataclass
from datetime import date, timedelta

SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


@dataclass(frozen=True)
class Period:
    start: date
    end: date  # inclusive
    precision: str  # day, week, weekend, month, quarter, half, season, year, decade, century
    value: str


def day(d: date) -> Period:
    return Period(d, d, "day", d.isoformat())


def week(d: date) -> Period:
    start = d - timedelta(days=d.weekday())
    iso = d.isocalendar()
    return Period(start, start + timedelta(days=6), "week", f"{iso.year:04d}-W{iso.week:02d}")


def weekend(d: date) -> Period:
    """The weekend of ``d``'s ISO week (Saturday-Sunday)."""
    w = week(d)
    return Period(w.start + timedelta(days=5), w.end, "weekend", w.value + "-WE")


def month(year: int, m: int) -> Period:
    last = _cal.monthrange(year, m)[1]
    return Period(date(year, m, 1), date(year, m, last), "month", f"{year:04d}-{m:02d}")


def quarter(year: int, q: int) -> Period:
    start = date(year, 3 * q - 2, 1)
    end = month(year, 3 * q).end
    return Period(start, end, "quarter", f"{year:04d}-Q{q}")


def half(year: int, h: int) -> Period:
    return Period(date(year, 6 * h - 5, 1), month(year, 6 * h).end, "half", f"{year:04d}-H{h}")


def season(year: int, code: str) -> Period:
    m = SEASON_START[code]
    start = date(year, m, 1)
    end_month = shift_months(start, 2)
    return Period(start, month(end_month.year, end_month.month).end, "season", f"{year:04d}-{code}")


def year(y: int) -> Period:
    return Period(date(y, 1, 1), date(y, 12, 31), "year", f"{y:04d}")


def decade(y: int) -> Period:
    d0 = y - y % 10
    return Period(date(d0, 1, 1), date(d0 + 9, 12, 31), "decade", f"{d0 // 10:03d}")


def century(y: int) -> Period:
    c0 = y - y % 100
    return Period(date(c0, 1, 1), date(c0 + 99, 12, 31), "century", f"{c0 // 100:02d}")


def period_of(d: date, precision: str) -> Period:
    """The period of the given precision that contains ``d``."""
    if precision == "day":
        return day(d)
    if precision == "week":
        return week(d)
    if precision == "weekend":
        return weekend(d)
    if precision == "month":
        return month(d.year, d.month)
    if precision == "quarter":
        return quarter(d.year, (d.month - 1) // 3 + 1)
    if precision == "half":
        return half(d.year, 1 if d.month <= 6 else 2)
    if precision == "season":
        code = {
            12: "WI",
            1: "WI",
            2: "WI",
            3: "SP",
            4: "SP",
            5: "SP",
            6: "SU",
            7: "SU",
            8: "SU",
        }.get(d.month, "FA")
        return season(d.year - 1 if d.month < 3 else d.year, code)
    if precision == "year":
        return year(d.year)
    if precision == "decade":
        return decade(d.year)
    if precision == "century":
        return century(d.year)
    raise ValueError(f"unknown precision {precision!r}")


def shift_months(d: date, n: int) -> date:
    total = d.year * 12 + d.month - 1 + n
    y, m = divmod(total, 12)
    return date(y, m + 1, min(d.day, _cal.monthrange(y, m + 1)[1]))


def shift(d: date, unit: str, n: int) -> date:
    """``d`` moved ``n`` units (day, week, weekend, month, quarter, half, year, decade, century)."""
    if unit == "day":
        return d + timedelta(days=n)
    if unit in ("week", "weekend"):
        return d + timedelta(weeks=n)
    months = {
        "month": 1,
        "quarter": 3,
        "half": 6,
        "season": 3,
        "year": 12,
        "decade": 120,
        "century": 1200,
    }.get(unit)
    if months is None:
        raise ValueError(f"cannot shift by {unit!r}")
    return shift_months(d, months * n)


def shift_period(p: Period, n: int) -> Period:
    """The same kind of period, ``n`` units later (negative: earlier)."""
    unit = "year" if p.precision == "season" else p.precision
    if p.precision == "season":
        return season(p.start.year + n, p.value[-2:])
    return period_of(shift(p.start, unit, n), p.precision)


def pick(
    candidates: list[Period],
    anchor: date,
    tense: str | None,
    *,
    unknown: str = "nearest",
    window: int = 0,
) -> Period:
    """Choose among recurring candidates (the same weekday or month in nearby weeks or years).

    past: the latest that starts on or before the anchor, unless ``window`` > 0 and one starts
    within ``window`` days after it (a reporting verb in the past, an event ahead: "said the vote
    is on Nov. 17"); future: the earliest that ends on or after it; otherwise ``unknown``
    decides: ``nearest`` (ties go to the past) or ``past``.
    """
    cands = sorted(candidates, key=lambda p: p.start)
    past = [p for p in cands if p.start <= anchor]
    future = [p for p in cands if p.end >= anchor]
    if tense != "future" and window:
        # "said the vote will be held Nov. 17" parses with a past "said": a date just ahead
        # wins over last year's; with no past verb the window is wider ("Oct. 23" in May is
        # last October, "March" in February is next month)
        # A present-tense clause takes a date just ahead even when last year's is nearer
        # than 300 days: "the three join in April" said in December is the coming April
        limit = window if tense == "past" else 3 * window
        soon = [p for p in cands if p.start > anchor and (p.start - anchor).days <= limit]
        if soon and past and (tense == "present" or (anchor - past[-1].start).days > 300):
            return soon[0]
        return past[-1] if past else cands[0]
    if tense == "past" or (tense != "future" and unknown == "past"):
        soon = [p for p in cands if p.start > anchor and (p.start - anchor).days <= window]
        if soon and past and (anchor - past[-1].start).days > 300:
            return soon[0]
        return past[-1] if past else cands[0]
    if tense == "future":
        return future[0] if future else cands[-1]

    def distance(p: Period) -> int:
        if p.start <= anchor <= p.end:
            return 0
        return min(abs((p.start - anchor).days), abs((p.end - anchor).days))

    return min(cands, key=lambda p: (distance(p), p.start > anchor))
