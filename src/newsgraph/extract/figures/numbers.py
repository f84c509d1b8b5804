"""Amounts as news writes them: "16", "280,000", "six", "two million", "dozens", "at least 16"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsgraph.extract.timexes.lexicon import NUMBER_WORDS

# Number words below a hundred: the time-expression lexicon's, one list for the project.
UNITS = {
    word: value
    for word, value in NUMBER_WORDS.items()
    if " " not in word and value < 100 and word != "dozen"
} | {"zero": 0}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
# Vague amounts: (low, high) bounds the word allows.
VAGUE = {
    "dozens": (24, None),
    "scores": (40, None),
    "hundreds": (200, None),
    "thousands": (2_000, None),
    "tens of thousands": (20_000, None),
    "hundreds of thousands": (200_000, None),
    "millions": (2_000_000, None),
    "several": (3, 9),
    "a few": (2, 5),
    "a dozen": (12, 12),
    "dozen": (12, 12),
}
# Qualifier words -> how they bound the number.
QUALIFIERS = {
    "at least": "at least",
    "more than": "over",
    "over": "over",
    "above": "over",
    "upwards of": "over",
    "in excess of": "over",
    "nearly": "nearly",
    "almost": "nearly",
    "close to": "nearly",
    "just under": "nearly",
    "about": "about",
    "around": "about",
    "approximately": "about",
    "roughly": "about",
    "some": "about",
    "an estimated": "about",
    "up to": "up to",
    "as many as": "up to",
    "at most": "up to",
    "less than": "up to",
    "fewer than": "up to",
    "no fewer than": "at least",
    "no less than": "at least",
}

_DIGITS = re.compile(r"^\d{1,3}(?:[,\u202f ]\d{3})+$|^\d+(?:\.\d+)?$")


@dataclass(frozen=True)
class Amount:
    count: int | None
    low: int | None
    high: int | None


def parse_amount(words: str) -> Amount | None:
    """Parse a number phrase ("280,000", "two million", "1.5 million", "dozens")."""
    text = " ".join(words.lower().replace("-", " ").split())
    if not text:
        return None
    if text in VAGUE:
        low, high = VAGUE[text]
        count = low if low == high else None
        return Amount(count, low, high)
    parts = text.split()
    total = 0
    current: float = 0
    seen = False
    previous = ""
    for part in parts:
        if part == "and":
            continue
        if _DIGITS.match(part):
            value = float(re.sub(r"[,\u202f ]", "", part))
            # "1 200": the thousands written apart
            grouped = previous.isdigit() and len(part) == 3 and part.isdigit()
            current = current * 1000 + value if grouped else current + value
            seen = True
        elif part in UNITS:
            current += UNITS[part]
            seen = True
        elif part in SCALES and seen:
            scale = SCALES[part]
            if scale == 100:
                current *= scale
            else:
                total += int(current * scale)
                current = 0
        elif part in SCALES:  # "hundred" alone
            current = SCALES[part]
            seen = True
        else:
            return None
        previous = part
    if not seen:
        return None
    value = int(total + current)
    return Amount(value, value, value)


def bounds(amount: Amount, qualifier: str | None) -> tuple[int | None, int | None]:
    """The range a qualified amount allows: "at least 16" -> (16, None)."""
    low, high = amount.low, amount.high
    if amount.count is None:
        return low, high
    n = amount.count
    if qualifier == "at least":
        return n, None
    if qualifier == "over":
        return n + 1 if n < 100 else n, None
    if qualifier == "nearly":
        return int(n * 0.85), n
    if qualifier == "about":
        return int(n * 0.85), int(n * 1.15) + 1
    if qualifier == "up to":
        return 0, n
    return n, n
