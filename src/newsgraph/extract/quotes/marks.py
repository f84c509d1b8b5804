"""Finding quoted stretches of text by their quotation marks: the direct-quote finder.

One linear pass over the characters. Handles curly and straight double quotes, guillemets,
single curly quotes used as the outer marks (British style) when they are clearly not
apostrophes, quotes inside quotes (single marks inside double ones are left to the outer
quote), and the convention that a quote running over several paragraphs has no closing mark
at the end of each paragraph but an opening mark at the start of the next one. A quote that
never closes ends at the end of its paragraph and is flagged ``closed=False``; a stray closing
mark is ignored. Nothing here is quadratic, so a 10,000-character quote costs what it weighs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsgraph.extract.quotes.lexicon import (
    CLOSE_MARKS,
    OPEN_MARKS,
    SINGLE_CLOSE,
    SINGLE_OPEN,
)

# The characters the scan acts on; it jumps from one to the next over everything else.
_MARK_CHARS = re.compile(
    "[" + re.escape(OPEN_MARKS + CLOSE_MARKS + "\"'`" + SINGLE_OPEN + SINGLE_CLOSE) + "]"
)


@dataclass(frozen=True)
class QuoteMarks:
    """A stretch of text between quotation marks; offsets include the marks themselves."""

    start: int  # the opening mark
    end: int  # just after the closing mark (or the end of the text it ran to)
    closed: bool = True
    paragraphs: int = 1  # how many paragraphs it runs over

    width: int = 1  # characters in the opening mark ('' and `` have two)

    @property
    def inner_start(self) -> int:
        return self.start + self.width

    def inner_end(self, text: str) -> int:
        """The end of the quoted words: before the closing mark and any trailing , or space."""
        end = (
            self.end
            if not self.closed
            else self.end - (2 if text[self.end - 2 : self.end] in ("''", "``") else 1)
        )
        while end > self.inner_start and text[end - 1] in " \t\n,;:":
            end -= 1
        return end


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _opens_straight(text: str, i: int, start: int, end: int, width: int = 1) -> bool:
    """Does the straight quote at ``i`` open a quote (rather than close one)?"""
    before = text[i - 1] if i > start else " "
    after = text[i + width] if i + width < end else " "
    if before.isdigit():  # 5" (inches) or 2" of rain
        return False
    return (before.isspace() or before in "([{—–-/:") and not after.isspace()


def _single_opens(text: str, i: int, start: int) -> bool:
    before = text[i - 1] if i > start else " "
    return before.isspace() or before in '([{—–-"“'


def _single_closes(text: str, i: int, end: int) -> bool:
    before = text[i - 1]
    after = text[i + 1] if i + 1 < end else " "
    # ’ followed by a letter is an apostrophe (don’t, Iran’s); after an "s" it may be a plural
    # possessive (ministers’ meeting): only a close when followed by punctuation.
    if after.isalnum():
        return False
    if before in "sS" and not (after in ",.;:!?)" or after == "\u201d"):
        return False
    return not before.isspace()


def find_quote_marks(text: str) -> list[QuoteMarks]:
    """Every quoted stretch in ``text``, in order of their opening marks."""
    found: list[QuoteMarks] = []
    paras = _paragraphs(text)
    open_at: int | None = None  # position of the pending opening mark (double)
    n_paras = 0
    for pi, (pstart, pend) in enumerate(paras):
        if open_at is not None:
            n_paras += 1
        single_at: int | None = None
        i = pstart
        while i < pend:
            hit = _MARK_CHARS.search(text, i, pend)
            if hit is None:
                break
            i = hit.start()
            c = text[i]
            if c in OPEN_MARKS:
                if open_at is not None and not (n_paras > 1 and _first_char(text, pstart) == i):
                    # A new opening mark while one is pending: the pending quote never closed.
                    found.append(_unclosed(text, open_at, i, n_paras))
                    open_at = i
                    n_paras = 1
                elif open_at is None:
                    open_at, n_paras = i, 1
                single_at = None
            elif c in CLOSE_MARKS:
                if open_at is not None:
                    found.append(_mk(text, open_at, i + 1, True, n_paras))
                    open_at = None
                single_at = None
            elif c == '"' or c in "'`" and text[i + 1 : i + 2] == c:
                # " or the typewriter pairs '' and `` (as some archives write quotes)
                width = 1 if c == '"' else 2
                if open_at is None:
                    if c == "`" or _opens_straight(text, i, pstart, pend, width):
                        open_at, n_paras = i, 1
                elif n_paras > 1 and _first_char(text, pstart) == i:
                    pass  # the opening mark of a continued paragraph
                elif c != "`":
                    found.append(_mk(text, open_at, i + width, True, n_paras))
                    open_at = None
                i += width - 1
            elif open_at is None and c == SINGLE_OPEN and _single_opens(text, i, pstart):
                single_at = i
            elif (
                open_at is None
                and single_at is not None
                and c == SINGLE_CLOSE
                and (_single_closes(text, i, pend))
            ):
                found.append(QuoteMarks(single_at, i + 1, True, 1))
                single_at = None
            i += 1
        if open_at is not None:
            nxt = _next_paragraph_start(text, paras, pi)
            if nxt is None or not (
                text[nxt] in OPEN_MARKS + '"' or text[nxt : nxt + 2] in ("''", "``")
            ):
                found.append(_unclosed(text, open_at, pend, n_paras))
                open_at = None
    found.sort(key=lambda q: q.start)
    return found


def _first_char(text: str, pstart: int) -> int:
    i = pstart
    while i < len(text) and text[i] in " \t":
        i += 1
    return i


def _next_paragraph_start(text: str, paras: list[tuple[int, int]], pi: int) -> int | None:
    """The first character of the next non-empty paragraph (blank lines are skipped)."""
    for start, end in paras[pi + 1 : pi + 4]:
        i = _first_char(text, start)
        if i < end:
            return i
    return None


def _mk(text: str, start: int, end: int, closed: bool, n_paras: int) -> QuoteMarks:
    width = 2 if text[start : start + 2] in ("''", "``") else 1
    return QuoteMarks(start, max(end, start + width), closed, n_paras, width)


def _unclosed(text: str, start: int, end: int, n_paras: int) -> QuoteMarks:
    while end > start + 1 and text[end - 1].isspace():
        end -= 1
    return _mk(text, start, end, False, n_paras)
