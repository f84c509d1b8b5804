"""The "figures" doc stage."""

from __future__ import annotations

from newsgraph.config import Settings
from newsgraph.extract.docview import DocView
from newsgraph.extract.figures.finder import find_figures
from newsgraph.registry import register_stage
from newsgraph.types import Parsed, Skip


@register_stage("figures")
class FiguresStage:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def __call__(self, batch: list[Parsed]) -> list[Parsed | Skip]:
        return [
            p.with_facts(
                "figures", find_figures(p.doc, p.article.id, DocView.of(p.doc, p.article.text))
            )
            for p in batch
        ]
