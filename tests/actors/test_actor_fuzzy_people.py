"""A near spelling of a person's name is that person only where it is the name written
another way, word by word (``resolve/fuzzy.py`` ``written_alike``): the transliteration key
folds vowels, so English names that sound alike share one ("Pete Williams", "Poto
Williams"); and an acronym is spelt, not transliterated ("FEMA" is not the Malian army's
FAMa).

Shipped KB and its fuzzy index (the session's actors stage); the names are ordinary
spellings, none copied from a dataset.
"""

from __future__ import annotations

import pytest

from newsgraph.resolve.fuzzy import written_alike
from newsgraph.resolve.mentions import ActorStage

THRESHOLD = 88.0


@pytest.mark.parametrize(
    "name",
    [
        "Pete Williams",  # not Poto Williams
        "David Groner",  # not David Granger
        "Arshad Mohammed",  # not Aisha Mohammed
        "Michael Moore",  # not Michel Murr
        "John Murray",  # not John Moore
    ],
)
def test_a_name_that_only_sounds_alike_is_no_match(stage: ActorStage, name: str) -> None:
    assert stage.fuzzy.match(name, "PERSON", THRESHOLD) is None


@pytest.mark.parametrize(
    ("name", "actor"),
    [
        ("Sergei Lavrov", "sergey-lavrov"),
        ("Muhammad bin Salman", "mohammed-bin-salman"),
        ("Bashar Assad", "bashar-al-assad"),
        ("Vladimir Poutine", "vladimir-putin"),
    ],
)
def test_a_name_written_another_way_still_matches(stage: ActorStage, name: str, actor: str) -> None:
    hit = stage.fuzzy.match(name, "PERSON", THRESHOLD)
    assert hit is not None and hit[0] == actor


def test_words_alike() -> None:
    assert written_alike("Rami Abdurrahman", "Rami Abdel Rahman")
    assert written_alike("Arpad Gencz", "Árpád Göncz")
    assert not written_alike("Gary Johnson", "Crispin Grey-Johnson")
    assert not written_alike("David Groner", "David Granger")


def test_an_acronym_is_no_transliteration(stage: ActorStage) -> None:
    assert stage.fuzzy.match("FEMA", "ORG", THRESHOLD) is None
    hit = stage.fuzzy.match("Hezballah", "ORG", THRESHOLD)
    assert hit is not None and hit[0] == "hezbollah"
