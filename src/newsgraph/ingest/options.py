"""What the user tells ingest about inputs that lack it, and how it is merged with the inputs'."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from newsgraph.pubdate import normalize_date

# The documented field names of JSON Lines and CSV inputs.
FIELDS = ("id", "text", "title", "url", "outlet", "published", "language")

# The metadata keys a RawDoc carries; the metadata of an input wins over the manifest's, which
# wins over the command-line options.
META_KEYS = ("title", "url", "outlet", "published", "language")

DEFAULT_MAX_BYTES = 10 * 1024 * 1024


@dataclass(frozen=True)
class IngestOptions:
    outlet: str | None = None  # for inputs that name no outlet
    published: str | None = None  # ISO date for inputs that give no date
    language: str | None = None
    manifest: str | None = None  # CSV: file,outlet,published,language[,title,url]
    field_map: Mapping[str, str] = field(default_factory=dict)  # our field -> their column
    # A single document (a text or HTML file, a JSONL line, a CSV row, a WARC record) larger
    # than this is skipped with a reason; containers (JSONL, CSV, WARC files) may be larger.
    max_bytes: int = DEFAULT_MAX_BYTES
    min_words: int = 15  # HTML whose main text is shorter has "no main text"
    exclude: tuple[str, ...] = ()  # files never read (the database being written, its WAL)

    def column(self, name: str) -> str:
        """The input's column (or JSON field) that holds our field ``name``."""
        return self.field_map.get(name, name)

    def fill_meta(
        self, from_input: Mapping[str, str | None], from_manifest: Mapping[str, str] | None = None
    ) -> tuple[dict[str, str | None], tuple[str, ...]]:
        """Merge metadata (input > manifest > options); normalise ``published`` to ISO.

        Returns the metadata and warnings. ``published_source`` says where the date came from:
        ``metadata`` (the input), ``html`` (HTML meta tags), ``manifest`` or ``option``.
        """
        warnings: list[str] = []
        options: dict[str, str | None] = {
            "outlet": self.outlet,
            "published": self.published,
            "language": self.language,
        }
        manifest = dict(from_manifest or {})
        merged: dict[str, str | None] = {}
        source: str | None = None
        for key in META_KEYS:
            for layer, where in (
                (from_input, from_input.get("published_source") or "metadata"),
                (manifest, "manifest"),
                (options, "option"),
            ):
                raw = layer.get(key)
                value = raw.strip() if isinstance(raw, str) else None
                if not value:
                    continue
                if key == "published":
                    iso = normalize_date(value)
                    if iso is None:
                        warnings.append(
                            f"published value {value[:40]!r} ({where}) is not a date; ignored"
                        )
                        continue
                    value, source = iso, where
                merged[key] = value
                break
            else:
                merged[key] = None
        merged["published_source"] = source
        for key, value in from_input.items():  # extra keys an input gives (e.g. crawled)
            if key not in merged and value is not None:
                merged[key] = value
        return merged, tuple(warnings)
