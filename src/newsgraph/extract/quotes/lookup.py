"""Finding the quote that contains a stretch of text: for the events stage and the read side.

    from newsgraph.extract.quotes import quote_at
    q = quote_at(p.facts.get("quotes", ()), trigger_start, trigger_end)
    if q is not None:  # the event is reported speech: q.speaker said it, via q.via
        ...

Offsets are characters into ``Article.text``. A stretch is "in" a quote when it lies inside the
quote's content span (the innermost such quote wins), or when it is the quote's cue (the
trigger of a reported-speech event is often the verb of saying itself).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from newsgraph.types import ActorRef, Quote


def quote_at(quotes: Iterable[Quote], start: int, end: int) -> Quote | None:
    """The innermost quote whose content contains [start, end), else whose cue overlaps it."""
    best: Quote | None = None
    for q in quotes:
        if (
            q.content_start <= start
            and end <= q.content_end
            and (
                best is None
                or q.content_end - q.content_start < best.content_end - best.content_start
            )
        ):
            best = q
    if best is not None:
        return best
    for q in quotes:
        if q.cue_start < end and start < q.cue_end:
            return q
    return None


def speaker_at(quotes: Iterable[Quote], start: int, end: int) -> ActorRef | None:
    """The speaker of the quote containing [start, end) (None: not in a quote, or unresolved)."""
    q = quote_at(quotes, start, end)
    return q.speaker if q is not None else None


def quotes_in_sentence(quotes: Sequence[Quote], sent: int) -> list[Quote]:
    """The quotes whose content starts in sentence ``sent``."""
    return [q for q in quotes if q.sent == sent]
