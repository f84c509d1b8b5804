"""Reading publication dates from metadata strings."""

from __future__ import annotations

from datetime import date


def parse_iso_date(value: str | None) -> date | None:
    """``YYYY-MM-DD`` (or a longer ISO timestamp) -> date; anything else -> None."""
    if not value:
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None
