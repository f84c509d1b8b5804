"""``longer_name``, ``org_name_after`` and ``name_modifier`` skip the sentence (``Span.sent``, a
walk to its bounds) where it cannot change the answer: the answers are those of the plain
definitions below, on every entity of a few made-up texts."""

from __future__ import annotations

from spacy.tokens import Span

from newsgraph.resolve.context import (
    NAME_HEADS,
    _name_word,
    is_headline,
    longer_name,
    name_modifier,
)
from newsgraph.resolve.places.org_names import (
    SPORTS_HEADS,
    _facility,
    names_org,
    org_name_after,
    sports_sentence,
)

TEXTS = [
    "Manchester United beat the Denver Broncos. Iran Air flights to Damascus resumed on Monday.",
    "Syrian Kurdish Forces Seize Raqqa Airport In Dawn Raid",
    "The Minsk agreement failed, said Lewis Hamilton in Paris. Kabul University reopened.",
    "The Tehran Times reported that the Aleppo Today channel was closed in Aleppo",
]


def _longer_name(e: Span, taken: set[int]) -> Span | None:
    doc = e.doc
    if is_headline(e.sent):
        return None
    start, end = e.start, e.end
    while start > e.sent.start and _name_word(doc[start - 1], taken) and e.start - start < 3:
        start -= 1
    while end < e.sent.end and _name_word(doc[end], taken) and end - e.end < 3:
        end += 1
    return None if (start, end) == (e.start, e.end) else doc[start:end]


def _org_name_after(span: Span) -> bool:
    doc, end = span.doc, span.end
    if is_headline(span.sent):
        return False
    run = []
    while end < span.sent.end and len(run) < 4:
        tok = doc[end]
        if not (tok.is_alpha and (tok.is_title or (tok.is_upper and len(tok) > 1))):
            break
        run.append(tok)
        end += 1
    if not run:
        return False
    if names_org(run):
        return True
    if sports_sentence(span) and not _facility(run):
        last = run[-1]
        return last.lower_ in SPORTS_HEADS or (len(run) == 1 and last.tag_ == "NNPS")
    return False


def _name_modifier(e: Span) -> Span | None:
    doc = e.doc
    if e.end < len(doc) and not is_headline(e.sent):
        head = doc[e.end]
        if (
            head.lower_ in NAME_HEADS
            and e.root.head.i == head.i
            and e.root.dep_ in ("compound", "nmod", "amod")
        ):
            return doc[e.start : e.end + 1]
    return None


def _bounds(span: Span | None) -> tuple[int, int] | None:
    return None if span is None else (span.start, span.end)


def test_same_answers_as_the_definitions(nlp) -> None:  # type: ignore[no-untyped-def]
    seen, found = 0, 0
    for doc in nlp.pipe(TEXTS):
        for e in doc.ents:
            for taken in (set(), {e.start - 1, e.end}):
                got = _bounds(longer_name(e, taken))
                assert got == _bounds(_longer_name(e, taken)), e.text
                found += got is not None
            assert org_name_after(e) == _org_name_after(e), e.text
            found += org_name_after(e)
            assert _bounds(name_modifier(e)) == _bounds(_name_modifier(e)), e.text
            found += name_modifier(e) is not None
            seen += 1
    assert seen >= 10 and found >= 2  # some entities do have a longer name or an org after
