"""Reading publication dates from metadata strings."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime

_MONTHS = {
    m: i
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T ]|Z)")
_SLASHED = re.compile(r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_DMY = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})$")
_MDY = re.compile(r"^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$")


def parse_iso_date(value: str | None) -> date | None:
    """``YYYY-MM-DD`` (or a longer ISO timestamp) -> date; anything else -> None."""
    if not value:
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def normalize_date(value: str | None) -> str | None:
    """A publication date as metadata gives it -> ``YYYY-MM-DD``, or None if not a date.

    Accepts ISO dates and timestamps, ``2024/12/03``, ``20241203``, ``3 December 2024``,
    ``Dec 3, 2024``, RFC 2822 (``Tue, 03 Dec 2024 10:00:00 GMT``) and Unix seconds.
    """
    d = _to_date(value.strip()) if value else None
    return d.isoformat() if d else None


def _to_date(s: str) -> date | None:
    for pattern in (_ISO, _SLASHED, _COMPACT):
        m = pattern.match(s)
        if m:
            return _make(int(m[1]), int(m[2]), int(m[3]))
    m = _DMY.match(s)
    if m and m[2][:3].lower() in _MONTHS:
        return _make(int(m[3]), _MONTHS[m[2][:3].lower()], int(m[1]))
    m = _MDY.match(s)
    if m and m[1][:3].lower() in _MONTHS:
        return _make(int(m[3]), _MONTHS[m[1][:3].lower()], int(m[2]))
    if s.isdigit() and 9 <= len(s) <= 10:  # Unix seconds
        return datetime.fromtimestamp(int(s), tz=UTC).date()
    try:
        return parsedate_to_datetime(s).date()
    except (TypeError, ValueError, IndexError):
        return None


def _make(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None
