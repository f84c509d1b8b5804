"""For later stages (events): which time expression dates a given verb or sentence.

``governing_timex(p, token)`` returns the DATE/TIME expression that the dependency parse
attaches to ``token`` (an event trigger), else the nearest one in the same sentence, else
None. ``sentence_timexes(p, sent)`` lists a sentence's expressions in text order.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.timexes.tense import governing_verb
from newsgraph.types import Parsed, Timex

_DATING_TYPES = ("DATE", "TIME")


def sentence_timexes(p: Parsed, sent: int) -> list[Timex]:
    return [t for t in p.facts.get("timexes", ()) if t.sent == sent]


def governing_timex(p: Parsed, token: Token, *, with_refs: bool = False) -> Timex | None:
    """The DATE or TIME expression that dates ``token`` (a verb, usually), or None.

    Only resolved expressions count; vague ones (PAST_REF, PRESENT_REF, FUTURE_REF) only
    with ``with_refs``. Attachment wins over proximity: in "X said on Monday that Y struck on
    Sunday", "struck" gets Sunday and "said" gets Monday.
    """
    sent_start = token.sent.start_char
    sent_end = token.sent.end_char
    cands = [
        t
        for t in p.facts.get("timexes", ())
        if sent_start <= t.start < sent_end
        and t.type in _DATING_TYPES
        and t.value
        and (with_refs or not t.value.endswith("_REF"))
    ]
    if not cands:
        return None
    for t in cands:
        span = p.doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is not None and len(span):
            verb = governing_verb(span)
            if verb is not None and verb.i == token.i:
                return t
    return min(cands, key=lambda t: min(abs(t.start - token.idx), abs(t.end - token.idx)))
