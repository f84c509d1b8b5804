"""Parse long texts in bounded segments, so that spaCy's peak memory does not grow with them.

spaCy's memory while parsing grows with the length of the one text it is given (its
network's activations are computed over the whole document at once): a 1 MB article once
peaked at 3.1 GB. Here a text longer than ``size`` characters is cut into windows of at most
``size`` characters, each window parsed on its own, and the windows' Docs joined back into one
Doc with ``Doc.from_docs``. A cut falls, in order of preference, after a paragraph break, after
a sentence end, after any whitespace, in the second half of the window (only a window with no
whitespace at all is cut mid-word). The whitespace stays at the end of the window before the
cut, so the joined Doc's text is the text given, character for character, and every token,
sentence and entity keeps its offsets in the whole text. Each cut starts a sentence.

A text of at most ``size`` characters is one window: it is parsed exactly as before. Texts
are handed to ``nlp.pipe`` in groups of at most ``size`` characters in all (a group holds one
window if a window alone is that long), so a batch of many short articles is bounded too.
The joined Doc carries no ``tensor`` (nothing downstream reads it; it would cost 384 bytes a
token).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import numpy
from spacy.language import Language
from spacy.tokens import Doc

DEFAULT_SEGMENT_CHARS = 20_000

_PARAGRAPH = re.compile(r"\n[ \t]*\n\s*")
_LINE = re.compile(r"\n\s*")
# A sentence end: . ! ? (and closing quotes or brackets) then space, then what starts a sentence.
_SENTENCE = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+(?=[\"'\u201c\u2018(\[]?[A-Z0-9])")
_SPACE = re.compile(r"\s+")


def segment_bounds(text: str, size: int) -> list[int]:
    """Cut points ``[0, c1, ..., len(text)]``: each window ``text[c_i:c_i+1]`` has at most
    ``size`` characters. One window (``[0, len(text)]``) when the text is that short."""
    if size < 1:
        raise ValueError(f"segment size must be positive, not {size}")
    cuts = [0]
    start = 0
    while len(text) - start > size:
        cuts.append(start := _cut(text, start, start + size))
    cuts.append(len(text))
    return cuts


def _cut(text: str, start: int, end: int) -> int:
    """Where to end the window ``text[start:end]``: just after the best boundary in it."""
    half = start + (end - start) // 2
    for pattern in (_PARAGRAPH, _LINE, _SENTENCE, _SPACE):
        for lo in (half, start + 1):
            ends = [m.end() for m in pattern.finditer(text, lo, end)]
            if ends:
                return ends[-1]
    return end  # no whitespace in the whole window: a hard cut


def segments(text: str, size: int) -> list[str]:
    cuts = segment_bounds(text, size)
    return [text[a:b] for a, b in zip(cuts, cuts[1:], strict=False)] or [text]


def parse_texts(
    nlp: Language, texts: list[str], size: int = DEFAULT_SEGMENT_CHARS, n_process: int = 1
) -> list[Doc]:
    """One Doc per text, as ``nlp.pipe`` would give, with long texts parsed window by window."""
    pieces = [(i, seg) for i, text in enumerate(texts) for seg in segments(text, size)]
    parts: list[list[Doc]] = [[] for _ in texts]
    for group in _groups(pieces, size):
        segs = [seg for _, seg in group]
        for (i, _), doc in zip(
            group,
            nlp.pipe(segs, batch_size=max(1, len(segs)), n_process=n_process),
            strict=True,
        ):
            parts[i].append(doc)
    out: list[Doc] = []
    for docs in parts:
        if len(docs) == 1:
            out.append(docs[0])
            continue
        for d in docs:  # not carried into the joined Doc: free them before it is built
            d.tensor = numpy.zeros((0,), dtype="float32")
        out.append(Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor"]))  # type: ignore[call-arg]
    return out


def _groups(pieces: list[tuple[int, str]], size: int) -> Iterator[list[tuple[int, str]]]:
    """Consecutive pieces, at most ``size`` characters per group (or one longer piece)."""
    group: list[tuple[int, str]] = []
    chars = 0
    for piece in pieces:
        if group and chars + len(piece[1]) > size:
            yield group
            group, chars = [], 0
        group.append(piece)
        chars += len(piece[1])
    if group:
        yield group
