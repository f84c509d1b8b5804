"""Where a text is quoted: the quotation depth of each character, for the stages that treat
quoted words apart (the events stage's guards, the actors stage's pronouns)."""

from __future__ import annotations

import re

_OPEN = {"“": "”", "«": "»", "„": "“"}
_CLOSE = {"”", "»"}
# The only characters that change the depth: everything between two of them shares one depth.
_MARKS = re.compile('[\n“«„”»"‘’]')


def quote_depths(text: str) -> list[int]:
    """The quotation depth at each character of ``text`` (0 outside quotes), paragraph by
    paragraph: curly and straight double quotes, and single curly quotes that are not
    apostrophes. Unbalanced quotes are closed at the end of the paragraph.

    English quotations nest by alternating double and single marks, so a double mark opened
    inside an open double quotation (or a single one inside a single one) is no deeper
    quotation: the one before was left open (a quoted paragraph continued, a lost closing
    mark, a text whose paragraph breaks were flattened) and this mark opens it again. A
    closing single mark closes only an open single quotation (else it is an apostrophe:
    "the rebels’ positions"), and a closing double mark also closes the single quotations
    left open inside it."""
    depths = [0] * len(text)
    stack: list[str] = []  # "d" (double) or "s" (single), innermost last
    straight_open = False
    done = 0  # depths[:done] are set
    for m in _MARKS.finditer(text):
        i = m.start()
        if stack:
            depths[done:i] = [len(stack)] * (i - done)
        ch = text[i]
        if ch == "\n":
            stack, straight_open = [], False
        elif ch in _OPEN:
            if not stack or stack[-1] != "d":
                stack.append("d")
        elif ch in _CLOSE:
            if "d" in stack:
                del stack[len(stack) - 1 - stack[::-1].index("d") :]
        elif ch == '"':
            if straight_open and "d" in stack:
                del stack[len(stack) - 1 - stack[::-1].index("d") :]
                straight_open = False
            elif not stack or stack[-1] != "d":
                stack.append("d")
                straight_open = True
        elif ch == "‘" and (i == 0 or not text[i - 1].isalnum()):
            if not stack or stack[-1] != "s":
                stack.append("s")
        elif ch == "’" and (i + 1 >= len(text) or not text[i + 1].isalnum()) and "s" in stack:
            depths[i] = len(stack)
            del stack[len(stack) - 1 - stack[::-1].index("s") :]
            done = i + 1
            continue
        depths[i] = len(stack)
        done = i + 1
    if stack:
        depths[done:] = [len(stack)] * (len(text) - done)
    return depths
