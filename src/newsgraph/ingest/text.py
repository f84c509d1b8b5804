"""Plain text. A leading metadata line such as `` date 2024-12-03`` is metadata, not text."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from newsgraph.ingest.options import IngestOptions
from newsgraph.types import RawDoc, Skip

_META_LINE = re.compile(r"^\s*(date|published|outlet|source|title|url)\s*[:=]?\s+(\S[^\n]*?)\s*$",
                        re.IGNORECASE)


def read_text(
    data: bytes, origin: str, source_id: str, options: IngestOptions, meta: Mapping[str, str]
) -> Iterator[RawDoc | Skip]:
    if not data.strip():
        yield Skip(origin, "read", "empty file", source_id=source_id)
        return
    text = data.decode("utf-8", errors="replace")
    merged: dict[str, str | None] = {
        "outlet": options.outlet, "published": options.published, "language": options.language,
    }
    merged.update(meta)
    yield RawDoc(source_id=source_id, origin=origin, format="text", text=text, meta=merged)
