"""Find scraping debris in a raw text: the spans to drop, with offsets into that text.

The rules are in ``patterns.py``. Every span is trimmed to non-whitespace at both ends; the
whitespace around it is folded by ``normalize.py`` when the cleaned text is built.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from newsgraph.clean.patterns import Rule, hint_text, rules
from newsgraph.types import RemovedSpan

_LINE = re.compile(r"[^\n]*")
_WORD = re.compile(r"\w+")


def text_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line, trimmed of surrounding whitespace."""
    out = []
    for m in _LINE.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def is_prose(line: str) -> bool:
    """A line that reads as article prose: a dozen words or more."""
    return len(_WORD.findall(line)) >= 12


def span(text: str, start: int, end: int, kind: str) -> RemovedSpan | None:
    """A RemovedSpan over ``text[start:end]`` trimmed of whitespace; None if nothing is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return RemovedSpan(start, end, kind, text[start:end]) if end > start else None


def _line_match(line: str, candidates: Iterable[Rule]) -> Rule | None:
    folded = hint_text(line)
    for rule in candidates:
        if len(line) <= rule.max_len and rule.worth_trying(folded) and rule.regex.fullmatch(line):
            return rule
    return None


def find_debris(text: str) -> list[RemovedSpan]:
    """Every span of ``text`` that a rule in ``patterns.RULES`` calls debris, in order."""
    lines = text_lines(text)
    line_rules = rules("line") + rules("cut")
    cut_rules = rules("cut")
    found: list[RemovedSpan] = []
    kept: list[tuple[int, int]] = []
    prose = 0
    for i, (s, e) in enumerate(lines):
        line = text[s:e]
        if prose >= 2 and (rule := _line_match(line, cut_rules)) is not None:
            # A comments or related-stories block: it and everything after it.
            found.append(RemovedSpan(s, lines[-1][1], rule.kind, text[s : lines[-1][1]]))
            lines = lines[:i]
            break
        rule = _line_match(line, line_rules)
        if rule is not None:
            found.append(RemovedSpan(s, e, rule.kind, line))
            continue
        if is_prose(line):
            prose += 1
        kept.append((s, e))
    for s, e in kept:
        found += _inline(text, s, e)
    if kept:
        found += _tail(text, *kept[-1])
    return disjoint(found)


def _inline(text: str, start: int, end: int) -> list[RemovedSpan]:
    out: list[RemovedSpan] = []
    line = text[start:end]
    folded = hint_text(line)
    for rule in rules("inline"):
        if not rule.worth_trying(folded):
            continue
        for m in rule.regex.finditer(line):
            sp = span(text, start + m.start(), start + m.end(), rule.kind)
            if sp and not any(o.start < sp.end and sp.start < o.end for o in out):
                out.append(sp)
    return out


def _tail(text: str, start: int, end: int) -> list[RemovedSpan]:
    """Peel debris off the end of the last kept line, one rule at a time."""
    out: list[RemovedSpan] = []
    for _ in range(4):
        line = text[start:end]
        for rule in rules("tail"):
            m = rule.regex.search(line)
            sp = None
            if m and m.start():
                sp = span(text, start + m.start(), start + m.end(), rule.kind)
            if sp:
                out.append(sp)
                end = sp.start
                break
        else:
            break
    return out


def disjoint(spans: Iterable[RemovedSpan]) -> list[RemovedSpan]:
    """The spans in order, dropping any that overlaps one before it (the longer wins a tie)."""
    out: list[RemovedSpan] = []
    for sp in sorted(spans, key=lambda r: (r.start, -r.end)):
        if not out or sp.start >= out[-1].end:
            out.append(sp)
    return out


def overlaps(spans: Iterable[RemovedSpan], start: int, end: int) -> bool:
    return any(s.start < end and start < s.end for s in spans)
