"""An event's place: a place mention governed by the trigger's clause ("in Kabul", "on
Mosul", "visited Kabul"), never one from another clause or sentence; metonyms ("Kabul
said") are actors, not locations. From the places stage (``p.facts["places"]``); without it,
GPE/LOC/FAC entities become unresolved places (name only)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from newsgraph.types import Place

_PLACE_PREPS = frozenset(
    {
        "in",
        "at",
        "on",
        "near",
        "into",
        "to",
        "across",
        "around",
        "inside",
        "outside",
        "from",
        "toward",
        "towards",
        "throughout",
        "over",
    }
)
_PLACE_ENTS = ("GPE", "LOC", "FAC")


def fallback_places(doc: Doc, article_id: str) -> list[Place]:
    starts = [s.start for s in doc.sents]
    out = []
    for e in doc.ents:
        if e.label_ in _PLACE_ENTS:
            sent = max(i for i, s in enumerate(starts) if s <= e.start) if starts else 0
            out.append(
                Place(
                    article_id,
                    sent,
                    e.start_char,
                    e.end_char,
                    e.text,
                    e.text,
                    None,
                    None,
                    None,
                    None,
                    None,
                    None,
                    None,
                    0.3,
                )
            )
    return out


def place_for(
    trigger: Token,
    hosts: list[Token],
    sent: Span,
    places: list[Place],
    taken: set[tuple[int, int]],
    physical: bool = True,
    is_party: Callable[[Token], bool] | None = None,
) -> Place | None:
    """The place governed by the trigger (or by ``hosts``: the nominal a light verb carries).
    For verbal events (``physical`` False: talks, statements) the place must attach to the
    trigger itself: "discussed developments in Gaza" is not located in Gaza."""
    doc = sent.doc
    heads = {h.i for h in [trigger, *hosts]}
    best: tuple[int, Place] | None = None
    for p in places:
        if getattr(p, "metonym", False) or (p.start, p.end) in taken:
            continue
        span = doc.char_span(p.start, p.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        if root.dep_ in ("nsubj", "nsubjpass", "poss", "agent"):
            continue
        dist = _path_to(root, heads, physical, is_party)
        if dist is not None and (best is None or dist < best[0]):
            best = (dist, p)
    return best[1] if best else None


def _path_to(
    tok: Token,
    heads: set[int],
    physical: bool = True,
    is_party: Callable[[Token], bool] | None = None,
) -> int | None:
    """Steps from a place up to one of ``heads`` through prepositional and nominal links only."""
    cur = tok
    steps = 0
    via_prep = False
    while steps < 8:
        if cur.head.i == cur.i:
            return None
        dep = cur.dep_
        parent = cur.head
        if dep == "pobj" and parent.lower_ in _PLACE_PREPS:
            via_prep = True
        elif dep not in (
            "pobj",
            "prep",
            "compound",
            "appos",
            "conj",
            "dobj",
            "npadvmod",
            "pcomp",
            "amod",
            "nmod",
        ):
            return None
        steps += 1
        if parent.i in heads and (via_prep or (dep == "dobj" and cur.i == tok.i)):
            return steps
        if parent.pos_ in ("VERB", "AUX") and parent.i not in heads:
            return None
        if (
            not physical
            and parent.pos_ in ("NOUN", "PROPN")
            and parent.i not in heads
            and not (is_party is not None and is_party(parent))
        ):
            return None  # "discussed developments in Gaza": a topic's place, not the event's
        cur = parent
    return None
