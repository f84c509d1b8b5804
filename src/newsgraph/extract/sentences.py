"""The sentence boundaries of each article, stored so every fact can show its sentence."""

from __future__ import annotations

from newsgraph.registry import register_stage
from newsgraph.types import Parsed, Skip


@register_stage("sentences")
def split_sentences(batch: list[Parsed]) -> list[Parsed | Skip]:
    return [
        p.with_facts("sentences", [(s.start_char, s.end_char) for s in p.doc.sents]) for p in batch
    ]
