"""The "quotes" doc stage: ``p.facts["quotes"]``, one Quote per attribution in the article."""

from __future__ import annotations

from typing import Any

from newsgraph.extract.docview import Names, parsed_text
from newsgraph.extract.quotes.extractor import extract_quotes
from newsgraph.extract.quotes.sources import Demonyms
from newsgraph.registry import register_stage
from newsgraph.types import Parsed, Skip


@register_stage("quotes")
class QuotesStage:
    """Direct, indirect and mixed quotes with speaker, via chain and disputes.

    Reads ``p.facts["mentions"]`` (the actor stage's Mention objects) when present, to resolve
    speakers to actors; without it speakers keep their text and spaCy's entity name.
    """

    def __init__(self, settings: Any = None) -> None:
        self.settings = settings
        self.demonyms = Demonyms()
        self.names = Names()  # token strings, read once for all the documents

    def __call__(self, batch: list[Parsed]) -> list[Parsed | Skip]:
        out: list[Parsed | Skip] = []
        for p in batch:
            quotes = extract_quotes(
                p.doc,
                p.article.id,
                p.facts.get("mentions", ()),
                self.demonyms,
                outlet=p.article.outlet,
                text=parsed_text(p.doc, p.article.text),
                names=self.names,
            )
            out.append(p.with_facts("quotes", quotes))
        return out
