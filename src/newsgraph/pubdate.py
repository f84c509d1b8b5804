"""Publication dates: read from metadata strings (an input's field, a manifest, an option) or
a leading date line of the text, then validated. The one reader of publication dates: ingest
reads metadata with it (``normalize_date``), cleaning reads date lines with it.

Nothing is guessed silently. A value that cannot be read, an impossible date (31 February),
a date after today or before 1900 gives a warning and no date. An ambiguous numeric date
(``4/8/17``) is read month-first, as US sites write it, and says so in a warning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime

from newsgraph.agencies import alternation
from newsgraph.calendar import MONTHS

EARLIEST = date(1900, 1, 1)

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_WEEKDAY = (
    r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?"
    r"\.?\s*,?\s*)"
)
_DAY = r"(?P<d>\d{1,2})(?:st|nd|rd|th)?"
_DATE = (
    r"(?:" + _DAY + r"\s+(?:of\s+)?(?P<m>" + _MONTH + r")\.?,?\s+(?P<y>\d{4})"
    # "Apr 09 2017", and the day glued to the year when a comma was lost ("Apr 092017")
    r"|(?P<m2>" + _MONTH + r")\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?"
    r"(?:,?\s+|(?<=\d\d)(?=\d{4}(?!\d)))(?P<y2>\d{4})"
    r"|(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})"
    r"|(?P<na>\d{1,2})(?P<sep>[./-])(?P<nb>\d{1,2})(?P=sep)(?P<ny>\d{4}|\d{2}))"
)
_TIME = (
    r"(?:\s*(?:,|-|–|\|)?\s*(?:at\s+\d{3,4}|(?:at\s+)?\d{1,2}[:.h]\d{2}(?::\d{2})?)"
    r"\s*(?:[ap]\.?m\.?)?"
    r"(?:\s*(?:GMT|UTC|BST|CET|CEST|EET|EEST|MSK|AST|IRST|EST|EDT|PST|PDT|ET|PT)"
    r"(?:[+-]\d{1,2}(?::?\d{2})?)?(?!\w))?)"
)
_PREFIX = (
    r"(?:(?:published|posted|updated|last updated|last modified|first published|"
    r"date of publication|publication date|date|dated)(?:\s+on)?\s*[:\-–—]?\s*)"
)
_AGENCY = r"(?:(?:" + alternation() + r")\s*[,|\-–—]?\s*)"
_UPDATED = r"(?:\s*\(\s*(?:updated|last updated)[^)\n]{0,40}\))"
_EXPR = (
    r"(?:"
    + _AGENCY
    + r")?(?:"
    + _PREFIX
    + r")?(?:"
    + _WEEKDAY
    + r")?"
    + _DATE
    + r"(?:"
    + _TIME
    + r")?"
    + _UPDATED
    + r"?"
)

DATE_LINE = re.compile(r"\s*" + _EXPR + r"\s*[|·\-–—]?\s*", re.IGNORECASE)
DATE_PREFIX = re.compile(r"\s*" + _EXPR + r"(?=\s*[|·\-–—:]?\s+[\w“\"‘'(])", re.IGNORECASE)
_DATE_ONLY = re.compile(
    r"\s*(?:" + _WEEKDAY + r")?" + _DATE + r"(?:" + _TIME + r")?\s*", re.IGNORECASE
)
# A page's date stamp with its update ("2159 18.05.2017(updated 2204 18.05.2017)"), wherever
# it stands in the head: the "(updated ...)" after a date marks it as the page's
_UPDATED_STAMP = re.compile(
    r"(?<!\w)(?:\d{1,2}:?\d{2}\s+)?(?:"
    + _WEEKDAY
    + r")?"
    + _DATE
    + r"\s*\(\s*(?:last\s+)?updated\s+(?:at\s+|on\s+)?\d[^)\n]{0,40}\)",
    re.IGNORECASE,
)
_DATE_IN = re.compile(r"(?<!\w)(?:" + _WEEKDAY + r")?" + _DATE + r"(?!\d)", re.IGNORECASE)


@dataclass(frozen=True)
class DateReading:
    value: date | None
    problem: str | None = None  # why there is no value: "not a date", "impossible date"
    note: str | None = None  # a caveat on the value (ambiguous day/month order)


def read_date(text: str) -> DateReading:
    """A date string in any common metadata or dateline form -> a DateReading."""
    s = text.strip()
    if not s:
        return DateReading(None, "not a date")
    m = re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T ]\d|Z)", s)
    if m:
        return _make(int(m[1]), int(m[2]), int(m[3]))
    m = re.fullmatch(r"(\d{4})[/.](\d{1,2})[/.](\d{1,2})|(\d{4})(\d{2})(\d{2})", s)
    if m:
        g = [x for x in m.groups() if x is not None]
        return _make(int(g[0]), int(g[1]), int(g[2]))
    m = _DATE_ONLY.fullmatch(s)
    if m:
        return _from_match(m)
    try:
        dt = parsedate_to_datetime(s)
    except (TypeError, ValueError, IndexError):
        dt = None
    if dt is not None:
        return DateReading(dt.date())
    if s.isdigit() and 9 <= len(s) <= 10:  # Unix seconds
        return DateReading(datetime.fromtimestamp(int(s), tz=UTC).date())
    return DateReading(None, "not a date")


def date_in(stamp: str) -> DateReading | None:
    """The first date written anywhere in ``stamp`` (a page's date stamp among section names
    and times: "Last updated at Apr 092017", "World Middle East 07-08-2013 0147 PM"), or None."""
    m = _DATE_IN.search(stamp)
    return _from_match(m) if m else None


def updated_stamp(text: str, pos: int, end: int) -> DateLine | None:
    """The first date stamp with its update ("18.05.2017(updated 2204 18.05.2017)") in
    ``text[pos:end]``, its time before it included, or None."""
    m = _UPDATED_STAMP.search(text, pos, end)
    if m is None or re.search(r"[.!?]\s", text[pos : m.start()]):
        return None  # one after a sentence's end is the story's, not the page's head
    return DateLine(m.start(), m.end(), _from_match(m), False)


def normalize_date(value: str | None) -> str | None:
    """A publication date as metadata gives it -> ``YYYY-MM-DD``, or None if not a date."""
    r = read_date(value) if value else None
    return r.value.isoformat() if r is not None and r.value is not None else None


def _from_match(m: re.Match[str]) -> DateReading:
    g = m.groupdict()
    if g.get("m"):
        return _make(int(g["y"]), MONTHS[g["m"].lower()], int(g["d"]))
    if g.get("m2"):
        return _make(int(g["y2"]), MONTHS[g["m2"].lower()], int(g["d2"]))
    if g.get("iy"):
        return _make(int(g["iy"]), int(g["im"]), int(g["id"]))
    a, b, y = int(g["na"]), int(g["nb"]), int(g["ny"])
    note = None
    if len(g["ny"]) == 2:
        y += 2000 if y <= date.today().year % 100 + 1 else 1900
        note = f"two-digit year read as {y}"
    if g["sep"] == "/":  # US order unless the first number cannot be a month
        month, day = (b, a) if a > 12 else (a, b)
        if a <= 12 and b <= 12 and a != b:
            note = "; ".join(filter(None, [note, "day/month order is ambiguous: read month first"]))
    else:  # 03.12.2024 and 03-12-2024 are day-first
        month, day = b, a
    r = _make(y, month, day)
    return DateReading(r.value, r.problem, note if r.value else None)


def _make(y: int, m: int, d: int) -> DateReading:
    try:
        return DateReading(date(y, m, d))
    except ValueError:
        return DateReading(None, "impossible date")


def check_range(value: date, today: date) -> str | None:
    """Why a publication date cannot be right, or None."""
    if value > today:
        return "in the future"
    if value < EARLIEST:
        return f"before {EARLIEST.year}"
    return None


@dataclass(frozen=True)
class DateLine:
    start: int  # offsets of the whole date expression (prefix words included)
    end: int
    reading: DateReading
    whole_line: bool


def match_date_line(text: str, pos: int, line_end: int) -> DateLine | None:
    """A date line at ``pos`` (the whole line) or a date glued before the first sentence."""
    line = text[pos:line_end]
    m = DATE_LINE.fullmatch(line)
    whole = m is not None
    if m is None:
        m = DATE_PREFIX.match(line)
    if m is None:
        return None
    return DateLine(pos + m.start(), pos + m.end(), _from_match(m), whole)
