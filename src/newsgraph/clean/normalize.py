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
_FINAL = frozenset(".!?:;\"”’»)]…")
_NO_SPACE_BEFORE = frozenset(".,;:!?)]”’")


def _drop(ch: str) -> bool:
    return ch in _INVISIBLE or (unicodedata.category(ch) == "Cc" and not ch.isspace())


def build_clean_text(raw: str, removed: Sequence[RemovedSpan]) -> tuple[str, OffsetMap]:
    """(cleaned text, offset map) for ``raw`` with ``removed`` (sorted, disjoint) cut out."""
    out: list[str] = []
    pos: list[int] = []  # raw offset of each output character
    word: list[tuple[str, int]] = []
    gap_newlines = 0  # most line breaks in one whitespace run of the gap since the last word
    run_newlines = 0  # line breaks in the current whitespace run
    gap_start = -1  # raw offset where that gap began; -1: no gap
    spans = iter(sorted(removed, key=lambda r: r.start))
    nxt = next(spans, None)
    i, n = 0, len(raw)

    def flush() -> None:
        if not word:
            return
        text = "".join(c for c, _ in word)
        if "&" in text and _ENTITY.search(text):
            text = html.unescape(text).replace("\xa0", " ")
        if not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
        out.extend(text)
        pos.extend(_align(text, word))
        word.clear()

    while i < n:
        if nxt is not None and i >= nxt.start:
            flush()
            if gap_start < 0:
                gap_start = nxt.start
            gap_newlines, run_newlines = max(gap_newlines, run_newlines), 0
            i = max(i, nxt.end)
            nxt = next(spans, None)
            continue
        ch = raw[i]
        if ch.isspace():
            flush()
            if gap_start < 0:
                gap_start = i
            run_newlines += ch == "\n"
        elif not _drop(ch):
            if gap_start >= 0:
                _separator(out, pos, max(gap_newlines, run_newlines), gap_start, ch)
                gap_start, gap_newlines, run_newlines = -1, 0, 0
            word.append((ch, i))
        i += 1
    flush()
    return "".join(out), _anchors(pos, n)


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
    tail = [p for _, p in old[m - suf:]] if suf else []
    return [p for _, p in old[:pre]] + [mid] * (n - pre - suf) + tail


def _separator(out: list[str], pos: list[int], newlines: int, at: int, nxt: str) -> None:
    if not out:
        return  # nothing before: no leading whitespace
    prev = out[-1]
    if newlines >= 2:
        sep = "\n\n"
    elif newlines == 1:
        sep = " " if prev not in _FINAL and nxt.islower() else "\n"
    else:
        sep = "" if nxt in _NO_SPACE_BEFORE else " "
    out.extend(sep)
    pos.extend([at] * len(sep))


def _anchors(pos: list[int], raw_len: int) -> OffsetMap:
    anchors: list[tuple[int, int]] = []
    for k, p in enumerate(pos):
        if k == 0 or p != pos[k - 1] + 1:
            anchors.append((k, p))
    anchors.append((len(pos), pos[-1] + 1 if pos else raw_len))
    return tuple(anchors)


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
