"""What the user tells ingest about inputs that lack it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

# The documented field names of JSON Lines and CSV inputs.
FIELDS = ("id", "text", "title", "url", "outlet", "published", "language")


@dataclass(frozen=True)
class IngestOptions:
    outlet: str | None = None  # for inputs that name no outlet
    published: str | None = None  # ISO date for inputs that give no date
    language: str | None = None
    manifest: str | None = None  # CSV: file,outlet,published,language[,title,url]
    field_map: Mapping[str, str] = field(default_factory=dict)  # our field -> their column
    max_bytes: int = 50 * 1024 * 1024  # larger single documents are skipped with a reason
