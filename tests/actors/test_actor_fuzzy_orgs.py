"""A near spelling of an organisation's name is that organisation only where the words that
tell it from others agree (``resolve/fuzzy.py`` ``_same_core``), not where a long shared tail
of common words ("News Agency", "Organisation") makes the whole names close.

Shipped KB and its fuzzy index (the session's actors stage); the names are made up or
ordinary spellings, none copied from a dataset.
"""

from __future__ import annotations

import pytest

from newsgraph.resolve.mentions import ActorStage

THRESHOLD = 88.0


@pytest.mark.parametrize(
    "name",
    [
        "Kenya News Agency",  # not the Ghana News Agency (the KB has no Kenyan agency by name)
        "Croatian News Agency",  # not the Qatar News Agency
        "Kyodo news agency",  # not the Ghana News Agency
        "Tass news agency",  # not Tasnim
        "Isna news agency",  # not IRNA
    ],
)
def test_a_shared_tail_of_common_words_is_no_match(stage: ActorStage, name: str) -> None:
    assert stage.fuzzy.match(name, "ORG", THRESHOLD) is None


@pytest.mark.parametrize(
    ("name", "actor_id"),
    [
        ("Anadollu Agency", "ANADOLU"),  # one letter's edit in the distinctive word
        ("Free Syria Army", "fsa"),
        ("World Health Organisation", "WHO"),  # only common words besides: those agree
        ("United Nation", "UN"),
        ("Amnesty Internationl", "AMNESTY"),  # a typo in a common word is no distinction
        ("Syrian Observatory of Human Rights", "SOHR"),
    ],
)
def test_a_near_spelling_of_the_distinctive_words_still_matches(
    stage: ActorStage, name: str, actor_id: str
) -> None:
    hit = stage.fuzzy.match(name, "ORG", THRESHOLD)
    assert hit is not None and hit[0] == actor_id, (name, hit)


def test_names_of_common_words_only_need_to_be_close_as_wholes(stage: ActorStage) -> None:
    """ "Department of State" and "Department of Defense" share only common words: no match,
    and the one is no candidate of whoever bears the other."""
    assert stage.fuzzy.match("the Department of State", "ORG", THRESHOLD) is None
    assert "USA.MIL" not in stage.fuzzy.near("the Department of State", "ORG")
    assert stage.fuzzy.near("Kenya News Agency", "ORG") == ()
