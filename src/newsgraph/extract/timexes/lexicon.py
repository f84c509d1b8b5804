"""Words of time: weekdays, numbers, units, and the regex pieces built from them (the months
are ``newsgraph.calendar.MONTHS``).

Everything here is a constant (plain data and regex source strings); nothing is compiled or
loaded at import time.
"""

from __future__ import annotations

WEEKDAYS: dict[str, int] = {  # ISO weekday - 1 (Monday = 0), as ``date.weekday()``
    "monday": 0,
    "mon": 0,
    "tuesday": 1,
    "tues": 1,
    "tue": 1,
    "wednesday": 2,
    "wed": 2,
    "thursday": 3,
    "thurs": 3,
    "thu": 3,
    "thur": 3,
    "friday": 4,
    "fri": 4,
    "saturday": 5,
    "sat": 5,
    "sunday": 6,
    "sun": 6,
}

NUMBER_WORDS: dict[str, int] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "a hundred": 100,
    "one hundred": 100,
    "a dozen": 12,
    "dozen": 12,
    "a couple of": 2,
    "a couple": 2,
    "couple of": 2,
    "half a": 0,
    "a half": 0,
}
VAGUE_NUMBERS = (
    "a few",
    "few",
    "several",
    "some",
    "many",
    "dozens of",
    "hundreds of",
    "a number of",
    "countless",
    "numerous",
)

ORDINALS: dict[str, int] = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "twenty-first": 21,
    "21st": 21,
    "final": 4,
    "last": 4,
}

# unit word (singular) -> (TimeML duration letter, precision name)
UNITS: dict[str, tuple[str, str]] = {
    "second": ("S", "second"),
    "minute": ("M", "minute"),
    "hour": ("H", "hour"),
    "day": ("D", "day"),
    "night": ("D", "day"),
    "week": ("W", "week"),
    "fortnight": ("W", "week"),
    "weekend": ("WE", "week"),
    "month": ("M", "month"),
    "quarter": ("Q", "quarter"),
    "year": ("Y", "year"),
    "decade": ("DE", "decade"),
    "century": ("CE", "century"),
    "millennium": ("ML", "millennium"),
}

DECADE_WORDS: dict[str, int] = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}

SEASONS: dict[str, str] = {
    "spring": "SP",
    "summer": "SU",
    "autumn": "FA",
    "fall": "FA",
    "winter": "WI",
}
PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "overnight": "NI",
    "midday": "MI",
}

# ----------------------------------------------------------------- regex pieces (source text)

MONTH_RE = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.|Apr\.?|Jun\.|Jul\.|Aug\.?|Sept\.?|Sep\.|Oct\.?|Nov\.?|Dec\.?)"
)
WEEKDAY_RE = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
WEEKDAY_ABBR_RE = r"(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\."
YEAR_RE = r"(?:1[5-9]\d\d|20\d\d)"
DAY_RE = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_UNIT_WORDS = "seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|weekends?|months?|"
_UNIT_WORDS += "quarters?|years?|decades?|century|centuries|millennium|millennia"
UNIT_RE = rf"(?:{_UNIT_WORDS})"
CAL_UNIT_RE = r"(?:week|weekend|month|year|quarter|decade|century)"
_SMALL = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    "|fifteen|sixteen|seventeen|eighteen|nineteen"
)
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
NUMBER_RE = (
    rf"(?:\d{{1,3}}(?:,\d{{3}})*(?:\.\d+)?|(?:{_TENS})(?:[- ](?:{_SMALL}))?|{_SMALL}"
    r"|a couple of|a couple|couple of|a dozen|dozens of|hundreds of|a few|few|several|some"
    r"|many|a number of|numerous|a hundred|one hundred|a|an)"
)
ORDINAL_RE = r"(?:first|second|third|fourth|final|1st|2nd|3rd|4th)"
PART_RE = r"(?:morning|afternoon|evening|night)"


def parse_number(text: str) -> int | None:
    """'two' -> 2, '14' -> 14, 'twenty-four' -> 24, 'several' -> None (vague)."""
    t = " ".join(text.lower().replace("-", " ").split())
    if t in NUMBER_WORDS:
        return NUMBER_WORDS[t]
    digits = t.replace(",", "")
    if digits.replace(".", "", 1).isdigit():
        value = float(digits)
        return int(value) if value.is_integer() else None
    parts = t.split()
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        return NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]]
    return None


def unit_of(word: str) -> str:
    """'months' -> 'month', 'centuries' -> 'century'."""
    w = word.lower()
    irregular = {"centuries": "century", "millennia": "millennium"}
    if w in irregular:
        return irregular[w]
    return w[:-1] if w.endswith("s") and w[:-1] in UNITS else w
