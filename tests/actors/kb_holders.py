"""Who held an office on a day, for the tests of the KB passes' spells."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from newsgraph.resolve.kb import KnowledgeBase


def holder_ids(kb: KnowledgeBase, title: str, country: str, day: date) -> set[str]:
    """The ids of the actors holding `title` in `country` on `day`."""
    return {aid for aid, _ in kb.holders(title, day, country=country)}


def alias_ids(kb: KnowledgeBase, text: str) -> set[str]:
    """The ids of the actors a name (``text``) looks up to in the KB's alias index."""
    return {h.actor_id for h in kb.lookup(text)}


Office = tuple[str, str, date]  # (title, country, a day inside the spell)


def each_spell_names_its_holder(spells: dict[Office, str]) -> Callable[..., None]:
    """A pass's parametrised test: on each day of ``spells``, its holder is that person alone.
    Assign it to ``test_each_new_spell_names_its_holder`` in the pass's test module."""

    @pytest.mark.parametrize(("office", "person"), list(spells.items()), ids=str)
    def test_each_new_spell_names_its_holder(
        kb: KnowledgeBase, office: Office, person: str
    ) -> None:
        title, country, day = office
        assert holder_ids(kb, title, country, day) == {person}

    return test_each_new_spell_names_its_holder
