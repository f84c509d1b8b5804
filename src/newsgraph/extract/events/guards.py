"""Sentences and spans the event coder must not code: the known ways coders invent events.

A sentence-level guard returns the reason to skip (recorded as a ``Skip``), or None.
"""

from __future__ import annotations

from spacy.tokens import Span

MAX_TOKENS = 120  # news sentences past this are run-ons, scraped tables or missing full stops
_LIST_MARKS = {"|", "•", "·", "▪", "–", "*", ";", "\t"}


def sentence_skip_reason(sent: Span) -> str | None:
    n = len(sent)
    if n > MAX_TOKENS:
        return f"sentence too long ({n} tokens > {MAX_TOKENS})"
    marks = commas = verbs = words = nums = 0
    has_verb = False
    for t in sent:  # one pass: token access is the cost here
        text, pos = t.text, t.pos_
        if text in _LIST_MARKS:
            marks += 1
        elif text == ",":
            commas += 1
        if pos == "VERB":
            has_verb = True
            verbs += 1
        elif pos == "AUX":
            verbs += 1
        if not (t.is_punct or t.is_space):
            words += 1
            nums += t.like_num
    breaks = sent.text.count("\n")
    numeric = words >= 8 and nums / words > 0.4
    if marks >= 4 or breaks >= 3 or (commas >= 8 and verbs <= 1) or numeric:
        return "looks like a flattened list or table"
    if not has_verb:
        return "no verb (headline, caption or fragment)"
    if _title_case(sent):
        return "headline in title case (unreliable parse)"
    return None


def _title_case(sent: Span) -> bool:
    """ "Four Syrian Terrorist Groups Join Ranks With Ahrar al-Sham": most words capitalised,
    verbs and common nouns included. Names do not count: "Iranian Foreign Minister Abbas
    Araghchi met Syrian President Bashar al-Assad in Damascus" is an ordinary sentence (its
    verb is lower-case)."""
    verbs = [t for t in sent[1:] if t.pos_ == "VERB" and t.is_alpha]
    if verbs and any(t.text[0].islower() for t in verbs):
        return False  # a lower-case verb: running text, however many names it holds
    words = [
        t
        for t in sent[1:]
        if t.is_alpha and len(t.text) > 3 and not t.ent_type_ and t.pos_ != "PROPN"
    ]
    if len(words) < 3:
        return bool(verbs) and len([t for t in sent if t.is_alpha]) >= 5
    return sum(1 for t in words if t.text[0].isupper()) / len(words) >= 0.8


_OPEN = {"“": "”", "«": "»", "„": "“"}
_CLOSE = {"”", "»"}


def quote_depths(text: str) -> list[int]:
    """The quotation depth at each character of ``text`` (0 outside quotes), paragraph by
    paragraph: curly and straight double quotes, and single curly quotes that are not
    apostrophes. Unbalanced quotes are closed at the end of the paragraph."""
    depths = [0] * len(text)
    depth = 0
    straight_open = False
    for i, ch in enumerate(text):
        if ch == "\n":
            depth, straight_open = 0, False
        elif ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif ch == '"':
            if straight_open:
                depth, straight_open = max(0, depth - 1), False
            else:
                depth, straight_open = depth + 1, True
        elif ch == "‘" and (i == 0 or not text[i - 1].isalnum()):
            depth += 1
        elif ch == "’" and (i + 1 >= len(text) or not text[i + 1].isalnum()) and depth > 0:
            depth -= 1
            depths[i] = depth + 1
            continue
        depths[i] = depth
    return depths
