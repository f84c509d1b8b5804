"""Where a document came from: the file (or stdin) being read, and what the user said about it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from newsgraph.ingest.options import IngestOptions
from newsgraph.types import RawDoc, Skip


@dataclass(frozen=True)
class Source:
    """One input file (or stdin) as the readers see it."""

    origin: str  # the path as given, for messages ("<stdin>" for stdin)
    source_id: str  # the file's id: its path relative to the folder given, or its name
    name: str  # the file name, for the extension ("" for stdin)
    options: IngestOptions = field(default_factory=IngestOptions)
    manifest: Mapping[str, str] = field(default_factory=dict)  # this file's manifest row

    def skip(self, reason: str, *, where: str | None = None, source_id: str | None = None) -> Skip:
        origin = f"{self.origin}{where}" if where else self.origin
        return Skip(origin, "read", reason, source_id=source_id or self.source_id)

    def doc(
        self,
        fmt: str,
        text: str,
        meta: Mapping[str, str | None],
        *,
        where: str | None = None,
        source_id: str | None = None,
        html: str | None = None,
        warnings: tuple[str, ...] = (),
    ) -> RawDoc:
        merged, more = self.options.fill_meta(meta, self.manifest)
        return RawDoc(
            source_id=source_id or self.source_id,
            origin=f"{self.origin}{where}" if where else self.origin,
            format=fmt,
            text=text,
            meta=merged,
            html=html,
            warnings=warnings + more,
        )
