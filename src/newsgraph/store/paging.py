"""Pages of a list as the read layer answers them, and SQL placeholders for a list of values."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

Page = dict[str, Any]  # {"items": [...], "total": n, "limit": l, "offset": o}


def page(items: list[dict[str, Any]], total: int, limit: int, offset: int) -> Page:
    return {"items": items, "total": total, "limit": limit, "offset": offset}


def placeholders(values: Sequence[Any]) -> str:
    return ",".join("?" * len(values))
