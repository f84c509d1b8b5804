"""The working record of one attribution while the extractor assembles it (not stored as is)."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from newsgraph.extract.quotes.marks import QuoteMarks

_TEXT_KEY = "newsgraph.quotes.text"
_ENTS_KEY = "newsgraph.quotes.ents"


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per document (spaCy rebuilds it on every access)."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return str(text)


def remember_doc_text(doc: Doc, text: str) -> None:
    """Make ``doc_text`` give ``text`` (which must be ``doc.text``) without building it."""
    doc.user_data[_TEXT_KEY] = text


def forget_doc_cache(doc: Doc) -> None:
    """Drop what ``doc_text`` / ``doc_ents`` cached on the Doc (called when a document is done)."""
    doc.user_data.pop(_TEXT_KEY, None)
    doc.user_data.pop(_ENTS_KEY, None)


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, built once per document."""
    ents = doc.user_data.get(_ENTS_KEY)
    if ents is None:
        ents = doc.user_data[_ENTS_KEY] = tuple(doc.ents)
    return tuple(ents)


@dataclass(frozen=True)
class ViaItem:
    """One medium or intermediary in an attribution chain, as the text names it."""

    text: str  # display form, e.g. "Xinhua", "Ruto's office statement", "Reuters"
    start: int
    end: int
    kind: str = "medium"  # medium | agency | person | article (the whole story came through it)


@dataclass
class Draft:
    """An attribution being assembled: cue, content, speaker span and what it came through.

    Offsets are characters into the document text; ``*_tok`` are token indices of heads.
    """

    cue_start: int
    cue_end: int
    content_start: int | None = None
    content_end: int | None = None
    cue_tok: int | None = None
    cue_lemma: str = ""
    speaker_tok: int | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    addressee_tok: int | None = None
    via: list[ViaItem] = field(default_factory=list)
    marks: list[QuoteMarks] = field(default_factory=list)
    method: str = "dependency"  # dependency | according | parenthetical | passive | quoted-as |
    # adjacent | continuation | unattributed | colon
    kind: str = "indirect"
    inherited_from: int | None = None  # index of the draft a continuation took its speaker from
    outer: list[int] = field(default_factory=list)  # drafts whose content holds this one
    dropped: bool = False
    # the cue verb's plain object ("announced her resignation"): the content when no clause
    # and no quotation goes with the cue (``assemble``)
    object_span: tuple[int, int] | None = None

    @property
    def has_content(self) -> bool:
        return self.content_start is not None and self.content_end is not None

    def extent(self) -> tuple[int, int]:
        """From the first to the last character of speaker, cue and content together."""
        points = [self.cue_start, self.cue_end]
        if self.content_start is not None and self.content_end is not None:
            points += [self.content_start, self.content_end]
        if self.speaker_start is not None and self.speaker_end is not None:
            points += [self.speaker_start, self.speaker_end]
        return min(points), max(points)
