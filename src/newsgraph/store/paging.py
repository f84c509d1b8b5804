"""Pages of a list as the read layer answers them, SQL placeholders for a list of values, and
the list cut into chunks an ``IN (...)`` can bind."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, TypeVar

T = TypeVar("T")

# Values bound in one ``IN (...)``: well under SQLite's oldest limit of 999 parameters.
IN_CHUNK = 500

Page = dict[str, Any]  # {"items": [...], "total": n, "limit": l, "offset": o}


def page(items: list[dict[str, Any]], total: int, limit: int, offset: int) -> Page:
    return {"items": items, "total": total, "limit": limit, "offset": offset}


def placeholders(values: Sequence[Any]) -> str:
    return ",".join("?" * len(values))


def chunks(values: Sequence[T], size: int = IN_CHUNK) -> Iterator[Sequence[T]]:
    """``values`` in consecutive slices of at most ``size``."""
    for i in range(0, len(values), size):
        yield values[i : i + size]
