"""Resolving a made-up text with the actors stage, for the resolution tests."""

from __future__ import annotations

from datetime import date

from newsgraph.resolve.mentions import ActorStage, resolve_doc
from newsgraph.types import Mention


def run(nlp, stage: ActorStage, text: str, day: date, threshold: float = 88.0) -> list[Mention]:  # type: ignore[no-untyped-def]
    """The mentions ``resolve_doc`` finds in ``text`` published on ``day``."""
    return resolve_doc(nlp(text), "t", day, stage.kb, stage.fuzzy, threshold)


def covering(ms: list[Mention], text: str, word: str) -> list[Mention]:
    """The mentions that cover the first occurrence of ``word`` in ``text``."""
    start = text.index(word)
    return [m for m in ms if m.start <= start < m.end]


def actors_at(
    ms: list[Mention], text: str, words: tuple[str, ...], *, sectors: bool = True
) -> dict[str, list[object]]:
    """For each of ``words``, the actors (with their sectors) of the mentions that cover its
    first occurrence in ``text``."""
    return {
        w: [(m.actor_id, m.sector) if sectors else m.actor_id for m in covering(ms, text, w)]
        for w in words
    }


def actor_ids_at(nlp, stage: ActorStage, text: str, word: str, day: date) -> list[object]:  # type: ignore[no-untyped-def]
    """The actor ids of the mentions that cover the first occurrence of ``word`` in ``text``
    published on ``day``."""
    return actors_at(run(nlp, stage, text, day), text, (word,), sectors=False)[word]
