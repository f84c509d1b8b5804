"""Who held an office on a day, for the tests of the KB passes' spells."""

from __future__ import annotations

from datetime import date

from newsgraph.resolve.kb import KnowledgeBase


def holder_ids(kb: KnowledgeBase, title: str, country: str, day: date) -> set[str]:
    """The ids of the actors holding `title` in `country` on `day`."""
    return {aid for aid, _ in kb.holders(title, day, country=country)}
