"""The calendar: date values as the event stage writes them (ISO day, ISO week, month, year,
TimeML's forms) and the days they cover. At the bottom of the package: the store, the
extractors, the analysis and the read layer all use it."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

# Month names and their abbreviations, lower case -> month number: the one table of them.
MONTHS: dict[str, int] = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2}))?$")


def precision_of(value: str) -> str | None:
    m = _ISO.match(value)
    if not m:
        return None
    if m.group(4):
        return "week"
    if m.group(3):
        return "day"
    if m.group(2):
        return "month"
    return "year"


def start_of(value: str) -> date | None:
    m = _ISO.match(value)
    if not m:
        return None
    y = int(m.group(1))
    try:
        if m.group(4):
            return date.fromisocalendar(y, int(m.group(4)), 1)
        return date(y, int(m.group(2) or 1), int(m.group(3) or 1))
    except ValueError:
        return None


def date_range(value: str | None) -> tuple[str | None, str | None]:
    """The first and last day (ISO) a date value covers: "2024-W48" -> Monday..Sunday."""
    if not value:
        return None, None
    start = start_of(value)
    prec = precision_of(value)
    if start is None or prec is None:
        return None, None
    if prec == "day":
        end = start
    elif prec == "week":
        end = start + timedelta(days=6)
    elif prec == "month":
        nxt = date(start.year + (start.month == 12), start.month % 12 + 1, 1)
        end = nxt - timedelta(days=1)
    else:
        end = date(start.year, 12, 31)
    return start.isoformat(), end.isoformat()


@lru_cache(maxsize=1 << 14)
def day_range(value: str | None) -> tuple[date, date] | None:
    """``date_range`` as dates, None when unknown (memoised: clustering compares the same few
    dates again and again)."""
    first, last = date_range(value)
    if first is None or last is None:
        return None
    return date.fromisoformat(first), date.fromisoformat(last)


def sql_start(col: str) -> str:
    """An SQL expression for the first day of the date value in column ``col``, to sort and
    compare by: an ISO week becomes its Monday ("2024-W48" -> "2024-11-25", which sorts before
    "2024-12-08"; as text it would sort after it); days, months and years sort right as text."""
    return (
        f"(CASE WHEN {col} GLOB '[0-9][0-9][0-9][0-9]-W[0-9][0-9]*' THEN "
        f"date(substr({col}, 1, 4) || '-01-04', '-6 days', 'weekday 1', "
        f"'+' || ((CAST(substr({col}, 7, 2) AS INTEGER) - 1) * 7) || ' days') "
        f"ELSE {col} END)"
    )
