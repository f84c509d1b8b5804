"""Build the cleaned text from the raw text minus the removed spans, keeping an offset map.

What changes, besides the removed spans:

- runs of whitespace fold to one space; a run holding one line break stays ``\\n`` (or becomes
  a space when it breaks a sentence mid-way: the line before has no final punctuation and the
  next begins in lower case); two or more line breaks become ``\\n\\n``; none at either end;
- zero-width characters, soft hyphens, byte-order marks and control characters are dropped;
- HTML entities left in plain text (``&amp;``, ``&#8217;``) are decoded;
- every word is put in Unicode NFC. Curly quotes and dashes are kept as they are.

The offset map is a tuple of ``(clean_offset, raw_offset)`` anchors: from one anchor to the
next, offsets advance together, so ``to_raw`` gives the exact raw offset of any cleaned
character copied from the raw text (and the start of the raw run that a folded whitespace run,
a decoded entity or an NFC-composed character came from).
"""

from __future__ import annotations

import html
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Sequence

from newsgraph.types import RemovedSpan

OffsetMap = tuple[tuple[int, int], ...]

_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f")
_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_FINAL = frozenset('.!?:;"”’»)]…')
_NO_SPACE_BEFORE = frozenset(".,;:!?)]”’")
_NON_SPACE = re.compile(r"\S+")
_SPACES = re.compile(r"\s*")
_GAP = re.compile(r"\s*[^\S ]\s*| \s+")  # any whitespace run but a single plain space
_SLOW = re.compile("[&\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\x00-\x08\x0e-\x1f\x7f-\x9f]")


def _drop(ch: str) -> bool:
    return ch in _INVISIBLE or (unicodedata.category(ch) == "Cc" and not ch.isspace())


class _Builder:
    """The cleaned text, built piece by piece, with its offset anchors."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.anchors: list[tuple[int, int]] = []
        self.length = 0
        self.expect = -1  # the raw offset that continues the last piece; -1: none yet

    def emit(self, piece: str, raw_at: int) -> None:
        """``piece`` stands for the raw text from ``raw_at`` on (verbatim, or a folded stand-in)."""
        if raw_at != self.expect:
            self.anchors.append((self.length, raw_at))
        self.parts.append(piece)
        self.length += len(piece)
        self.expect = raw_at + len(piece)

    @property
    def last(self) -> str:
        return self.parts[-1][-1] if self.parts else ""

    def result(self, raw_len: int) -> tuple[str, OffsetMap]:
        end = self.expect if self.expect >= 0 else raw_len
        return "".join(self.parts), (*self.anchors, (self.length, end))


def build_clean_text(raw: str, removed: Sequence[RemovedSpan]) -> tuple[str, OffsetMap]:
    """(cleaned text, offset map) for ``raw`` with ``removed`` (sorted, disjoint) cut out."""
    return _Cleaner(raw).run(removed)


class _Cleaner:
    """Copies the kept text in chunks: runs of words joined by single spaces are copied as they
    are; only the other whitespace runs, and words with characters to fix, are looked at."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.out = _Builder()
        self.gap_newlines = 0  # most line breaks in one whitespace run of the current gap
        self.run_newlines = 0  # line breaks in the whitespace run being read
        self.gap_start = -1  # raw offset where the current gap began; -1: no gap

    def run(self, removed: Sequence[RemovedSpan]) -> tuple[str, OffsetMap]:
        raw, prev_end = self.raw, 0
        for a, z in _kept(removed, len(raw)):
            if a > prev_end:  # a removed span lies between: the gap goes on across it
                self.gap_newlines, self.run_newlines = max(self.gap_newlines, self.run_newlines), 0
                self.gap_start = prev_end if self.gap_start < 0 else self.gap_start
            a2 = _SPACES.match(raw, a, z).end()  # type: ignore[union-attr]
            self._gap(a, a2)
            z2 = z
            while z2 > a2 and raw[z2 - 1].isspace():
                z2 -= 1
            pos = a2
            for m in _GAP.finditer(raw, a2, z2):
                self._chunk(pos, m.start())
                self._gap(m.start(), m.end())
                pos = m.end()
            self._chunk(pos, z2)
            self._gap(z2, z)
            prev_end = z
        return self.out.result(len(raw))

    def _gap(self, start: int, end: int) -> None:
        """Whitespace from ``start`` to ``end`` (may be empty)."""
        if end > start:
            self.run_newlines += self.raw.count("\n", start, end)
        if self.gap_start < 0 and end > start:
            self.gap_start = start

    def _chunk(self, start: int, end: int) -> None:
        if end <= start:
            return
        text = self.raw[start:end]
        if not _SLOW.search(text) and (text.isascii() or unicodedata.is_normalized("NFC", text)):
            self._word(text, start, None)
            return
        for m in _NON_SPACE.finditer(self.raw, start, end):  # single spaces between words
            if m.start() > start:
                self._gap(start, m.start())
            fixed, positions = _changed_word(self.raw, m.start(), m.end())
            if fixed:
                self._word(fixed, m.start(), positions)
            elif self.gap_start < 0:  # only invisible characters: as good as whitespace
                self.gap_start = m.start()
            start = m.end()

    def _word(self, text: str, at: int, positions: list[int] | None) -> None:
        if self.gap_start >= 0:
            _separator(self.out, max(self.gap_newlines, self.run_newlines), self.gap_start, text[0])
            self.gap_start, self.gap_newlines, self.run_newlines = -1, 0, 0
        if positions is None:
            self.out.emit(text, at)
        else:
            for ch, p in zip(text, positions, strict=True):
                self.out.emit(ch, p)


def _kept(removed: Sequence[RemovedSpan], n: int) -> list[tuple[int, int]]:
    """The (start, end) pieces of the raw text outside the removed spans."""
    out, at = [], 0
    for r in sorted(removed, key=lambda r: r.start):
        if r.start > at:
            out.append((at, r.start))
        at = max(at, r.end)
    if at < n:
        out.append((at, n))
    return out


def _changed_word(raw: str, s: int, e: int) -> tuple[str, list[int]]:
    """A word with invisible characters dropped, entities decoded and NFC applied."""
    chars = [(ch, i) for i, ch in enumerate(raw[s:e], s) if not _drop(ch)]
    text = "".join(c for c, _ in chars)
    if "&" in text and _ENTITY.search(text):
        text = html.unescape(text).replace("\xa0", " ")
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text, _align(text, chars) if chars else []


def _align(new: str, old: list[tuple[str, int]]) -> list[int]:
    """Raw offsets for the characters of a word as changed (NFC, entities): an unchanged prefix
    and suffix map exactly; the changed middle maps to where it began in the raw text."""
    n, m = len(new), len(old)
    pre = 0
    while pre < min(n, m) and new[pre] == old[pre][0]:
        pre += 1
    suf = 0
    while suf < min(n, m) - pre and new[n - 1 - suf] == old[m - 1 - suf][0]:
        suf += 1
    mid = old[pre][1] if pre < m else old[-1][1] + 1
    tail = [p for _, p in old[m - suf :]] if suf else []
    return [p for _, p in old[:pre]] + [mid] * (n - pre - suf) + tail


def _separator(out: _Builder, newlines: int, at: int, nxt: str) -> None:
    if not out.parts:
        return  # nothing before: no leading whitespace
    prev = out.last
    if newlines >= 2:
        sep = "\n\n"
    elif newlines == 1:
        sep = " " if prev not in _FINAL and nxt.islower() else "\n"
    else:
        sep = "" if nxt in _NO_SPACE_BEFORE else " "
    if sep:
        out.emit(sep, at)


def to_raw(offset_map: OffsetMap, clean_offset: int) -> int:
    """The raw-text offset of a cleaned-text offset."""
    if not offset_map:
        return clean_offset
    k = bisect_right([a for a, _ in offset_map], clean_offset) - 1
    if k < 0:
        return offset_map[0][1]
    c, r = offset_map[k]
    if k + 1 < len(offset_map):
        return min(r + (clean_offset - c), max(r, offset_map[k + 1][1]))
    return r + (clean_offset - c)
