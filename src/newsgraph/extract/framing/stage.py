"""The "framing" doc stage: labels for actors and explicit backing statements."""

from __future__ import annotations

from newsgraph.config import Settings
from newsgraph.extract.docview import DocView, Names
from newsgraph.extract.framing.backing import find_backing
from newsgraph.extract.framing.labels import find_labels
from newsgraph.registry import register_stage
from newsgraph.types import Parsed, Skip


@register_stage("framing")
class FramingStage:
    """Needs the "actors" stage before it (reads ``facts["mentions"]``)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.names = Names()  # token strings, read once for all the documents

    def __call__(self, batch: list[Parsed]) -> list[Parsed | Skip]:
        out: list[Parsed | Skip] = []
        for p in batch:
            mentions = p.facts.get("mentions", ())
            view = DocView.of(p.doc, p.article.text, self.names)
            p = p.with_facts("labels", find_labels(p.doc, p.article.id, mentions, view))
            out.append(p.with_facts("backing", find_backing(p.doc, p.article.id, mentions, view)))
        return out
