"""Finding time expressions in text: ordered regex rules over the raw text, longest match wins.

``TimexTagger().tag(text, ents)`` returns ``Candidate`` spans, each with the rule that found it
(``kind``) and the pieces the rule captured (``groups``); ``normaliser`` turns them into values.
``ents`` (optional spaCy entity spans ``(start, end, label)``) only vetoes bare four-digit numbers
that spaCy calls a CARDINAL/MONEY/QUANTITY (``2000 troops``), so the tagger also runs without
spaCy. Spans follow TimeML extents: determiners and modifiers are inside (``the past 18 months``,
``earlier this week``, ``more than four decades ago``), governing prepositions outside
(``on Sunday`` -> ``Sunday``, ``over the past week`` -> ``the past week``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import compress

from newsgraph.extract.timexes import lexicon as lx
from newsgraph.extract.timexes.prefixes import prefix_source, prefixes


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    text: str
    kind: str  # the rule that matched: date_dmy, weekday, relunit, duration, ...
    groups: dict[str, str] = field(default_factory=dict)  # non-empty named groups


_DPMOD = (
    r"(?:(?P<pmod>earlier|later|early|mid|late|the\s+(?:end|beginning|start|middle|turn)"
    r"\s+of|the\s+(?:first|second)\s+half\s+of)(?:\s+|-(?=\w)))?"
)
_QPMOD = (
    r"(?P<qmod>about|around|approximately|roughly|nearly|almost|some|more\s+than|over|"
    r"less\s+than|under|at\s+least|up\s+to|just\s+over|just\s+under|fewer\s+than|"
    r"well\s+over|barely|a\s+full)\s+"
)
_DET = (
    r"(?P<det>(?:the|this|these)\s+(?:past|last|previous|next|coming|following|first|"
    r"final|latest|initial|remaining|same|preceding|ensuing|subsequent)|past|last|next|"
    r"first|coming|the)\s+"
)
_NUM, _UNIT, _MON, _WD = lx.NUMBER_RE, lx.UNIT_RE, lx.MONTH_RE, lx.WEEKDAY_RE
_YEAR, _DAY, _PART = lx.YEAR_RE, lx.DAY_RE, lx.PART_RE
_WDX = rf"(?:{_WD}|{lx.WEEKDAY_ABBR_RE})"
_END = r"(?![\w'])"
_CLOCK = (
    r"(?:(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ampm>[ap]\.?\s?m\.?(?![a-z]))"
    r"|(?P<h24>[01]?\d|2[0-3]):(?P<mi24>[0-5]\d)(?=\s*(?:GMT|UTC|[A-Z]{2,4}T|local|hours|"
    r"hrs|h\b))|(?P<named>noon|midnight|midday)|(?P<hw>[01]?\d|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve)(?:\s+o'clock)?\s+in\s+the\s+(?P<hpart>morning|"
    r"afternoon|evening)|(?P<hoc>[01]?\d|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve)\s+o'clock|(?P<hh>[01]\d|2[0-3])(?P<mm>[0-5]\d)(?=\s*(?:GMT|UTC|hrs\b|"
    r"hours\b|local\s+time)))"
    r"(?:\s+(?P<tz>GMT|UTC|[ECMP][SD]T|local\s+time))?"
)

# (kind, pattern). On equal spans the earlier rule wins.
RULES: tuple[tuple[str, str], ...] = (
    (
        "date_dmy",
        rf"(?:(?P<wd>{_WDX}),?\s+)?(?:the\s+)?(?<![\d,.])(?P<day>{_DAY})(?:\s+of)?\s+"
        rf"(?P<month>{_MON})(?:,?\s+(?P<year>{_YEAR})\b)?{_END}",
    ),
    (
        # "the week of March 6": the week holding that day
        "week_of",
        rf"the\s+week\s+of\s+(?:(?P<day>{_DAY})(?:\s+of)?\s+(?P<month>{_MON})|"
        rf"(?P<month2>{_MON})\s+(?P<day2>{_DAY}))(?!\d|:\d)(?:,?\s+(?P<year>{_YEAR})\b)?{_END}",
    ),
    (
        "date_mdy",
        rf"(?:(?P<wd>{_WDX}),?\s+)?(?P<month>{_MON})\s+(?P<day>{_DAY})(?!\d|:\d)"
        rf"(?:,?\s+(?P<year>{_YEAR})\b)?{_END}",
    ),
    ("date_iso", r"(?<![\d/.-])(?P<year>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?![\d/-])"),
    (
        "date_num",
        r"(?<![\d/.])(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)"
        r"(?P<year>\d{4}|\d{2})(?![\d/.-]\d)",
    ),
    (
        "month_year",
        rf"{_DPMOD}(?P<month>{_MON}),?\s+(?:of\s+)?(?:(?P<year>{_YEAR})\b|"
        r"(?P<yrel>last|this|next)\s+year\b)",
    ),
    (
        "spelled_year",
        r"(?:the\s+year\s+)?(?:nineteen[\s-]+(?P<teens>(?:twenty|thirty|forty|fifty|"
        r"sixty|seventy|eighty|ninety)(?:[\s-]+(?:one|two|three|four|five|six|seven|"
        r"eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
        r"seventeen|eighteen|nineteen)|two\s+thousand(?:\s+and)?"
        r"(?P<twok>(?:\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
        r"twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
        r"twenty(?:[\s-]+\w+)?)))?)\b",
    ),
    (
        "month",
        rf"{_DPMOD}(?:(?P<rel>last|this|next|this\s+past|past|coming|that|every|each)\s+)?"
        rf"(?P<month>{_MON})(?:{_END}|(?='s\b))(?!\s*\d)"
        # "in August that year", "in May of the same year": the month of the year told before
        r"(?:\s+(?:of\s+)?(?P<thatyear>that|the\s+same)\s+year\b)?",
    ),
    (
        "half",
        r"(?:the\s+)?(?:(?P<hord>first|second|1st|2nd|last|latter)\s+half|(?P<hqord>first|"
        r"last|final)\s+two\s+quarters)\s+of\s+(?:(?P<hrel>this|last|"
        rf"next|the)\s+year|(?P<year>{_YEAR}))",
    ),
    # "by year end", "around year-end", "the year-end figures": the end of the current year
    (
        "year_end",
        r"(?:the\s+(?=(?:fiscal\s+)?year\s+end))?(?:(?P<yefiscal>fiscal)\s+)?year[\s-]end(?![\w-])",
    ),
    (
        "year",
        rf"{_DPMOD}(?:(?P<fiscal>fiscal(?:\s+year)?|FY)\s*)?(?<![\d,.$£€#])(?<!\d-)"
        rf"(?P<year>{_YEAR})(?![\d%]|,\d|\.\d|-\d|\s*(?:%|percent))",
    ),
    (
        "decade",
        r"(?:the\s+)?(?:(?P<pmod>early|mid|late)[\s-]+)?(?:(?P<dec>1[5-9]\d0|20\d0)'?s|"
        r"'(?P<dec2>[0-9]0)s|(?<=the\s)(?P<dec3>[2-9]0)s|(?:nineteen\s+)?"
        r"(?P<decw>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))"
        r"(?![\w'])",
    ),
    (
        "century",
        r"(?:the\s+)?(?:(?P<pmod>early|mid|late)[\s-]+)?(?P<ord>\d{1,2}(?:st|nd|rd|th)|"
        r"nineteenth|twentieth|twenty-first|eighteenth)[\s-]+century\b",
    ),
    (
        "quarter",
        r"(?:(?P<qdet>the|this|that|last|next)\s+)?(?:(?P<ypre>1[5-9]\d\d|20\d\d)"
        r"\s+|(?P<yrel>this|last|next)\s+year's\s+)?(?:(?P<qadj>latest|current|"
        r"previous|past|same|year-earlier|year-ago|comparable)\s+)?(?:(?:fiscal|calendar)"
        r"\s+)?(?:(?P<qord>first|second|third|fourth|1st|2nd|3rd|4th|final)[\s-]+)?"
        r"(?:(?:fiscal|calendar)\s+)?quarter(?![\w-])(?:\s+of\s+(?:fiscal\s+)?"
        rf"(?P<year>{_YEAR})|,?\s+(?P<year2>{_YEAR}))?\b",
    ),
    ("quarter_q", rf"(?<![\w-])Q(?P<qn>[1-4])(?:\s+(?P<year>{_YEAR}))?\b"),
    (
        "season",
        rf"{_DPMOD}(?:(?P<rel>this|last|next|this\s+past|past|coming|the|that)\s+)?"
        rf"(?P<season>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(?P<year>{_YEAR}))?"
        r"\b",
    ),
    (
        "deictic",
        rf"{_DPMOD}(?P<deix>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|"
        rf"today|tonight|yesterday|tomorrow)(?:\s+(?P<part>{_PART}))?\b",
    ),
    (
        "part",
        rf"{_DPMOD}(?P<prel>this|last|tomorrow|yesterday|that|the\s+next|the\s+following|"
        rf"the\s+previous|the\s+same)\s+(?P<part>{_PART})\b|(?P<over>overnight)\b",
    ),
    (
        "ref",
        r"(?P<ref>now|currently|nowadays|these\s+days|at\s+present|presently|right\s+now|"
        r"at\s+the\s+moment|recently|lately|(?<=in\s)future|the\s+future|the\s+past(?!\s+(?:"
        rf"{_NUM})?\s*{_UNIT}|\s+(?:{_NUM})\s)|(?<!as\s)soon(?!\s+(?:as|after|before))|the\s+near\s+future|the\s+(?:near|short)\s+term|"
        r"recent\s+(?:days|weeks|months|years|times|decades)|"
        r"(?:days|weeks|months|years|decades)\s+ago)\b",
    ),
    ("ref_adj", r"(?<![\w-])(?P<ref>recent|current)(?=\s+[a-z])"),
    (
        "weekday",
        rf"(?:(?P<rel>last|this|next|this\s+past|this\s+coming|past|coming|previous|"
        rf"following|that|every|each)\s+)?(?P<wd>{_WD})(?P<plural>s)?(?:\s+(?P<part>{_PART})(?P<pplural>s)?)?\b",
    ),
    (
        "relunit",
        rf"{_DPMOD}(?P<det>the\s+)?(?P<rel>last|this|next|this\s+past|past|coming|"
        r"current|previous|following|same|preceding|that)\s+(?:fiscal\s+)?(?P<unit>day|week|weekend|"
        r"month|year|decade|century)\b",
    ),
    (
        "the_unit",
        r"(?P<tdet>the|that)\s+(?P<unit>weekend|week|month|year)(?=\s*(?:[,.;]|$))|"
        r"(?P<wdet>the|that)\s+(?P<wunit>weekend)\b|"
        r"(?P<pmod>the\s+(?:end|beginning|start|middle)\s+of)\s+(?P<edet>the|this|that)"
        r"\s+(?P<eunit>week|month|year|decade)\b|"
        r"the\s+(?P<unit2>day|week|month|year)\s+(?P<dir>before|after|earlier|later|"
        r"prior)(?=\s*(?:[,.;]|$))|(?P<tdet2>the\s+same|that)\s+(?P<unit3>day)\b|"
        # an accounting year: "net income for the year ended June 30", "in the fiscal year to
        # March" (a year-long span ending on the date that follows: DURATION P1Y)
        r"the\s+(?:fiscal\s+|financial\s+)?(?P<ayear>year)(?=\s+(?:ended|ending|to\s+"
        rf"(?:the\s+end\s+of\s+)?{_MON}))",
    ),
    (
        "ago",
        rf"(?:{_QPMOD})?(?P<num>{_NUM})[\s-]+(?P<unit>{_UNIT})\s+(?P<dir>ago|earlier|later|"
        r"afterwards?|previously|prior|from\s+now|hence|before(?=\s*(?:[,.;]|$))|"
        r"after(?=\s*(?:[,.;]|$)))\b",
    ),
    # "the year-earlier period"; "the 1988 period" (the period this sentence named, in 1988)
    (
        "yearago",
        r"(?:the\s+)?(?P<ya>year-earlier|year-ago)(?:\s+period\b)?|"
        rf"the\s+(?P<pyear>{_YEAR})\s+period\b",
    ),
    (
        "duration",
        rf"(?:{_DET}|{_QPMOD})?(?<![\w-])(?P<num>{_NUM})(?P<half>\s+1/2|\s+and\s+a"
        rf"\s+half)?[\s-]+(?:(?:more|additional|extra|full|straight|consecutive|trading|business|working|"
        r"school)\s+)?"
        rf"(?P<unit>{_UNIT})(?P<half2>\s+and\s+a\s+half)?"
        r"(?P<long>-long|-old|\s+old)?\b",
    ),
    (
        "bare_units",
        r"(?P<bdet>(?:the\s+)?(?:coming|next|past|last|previous|following)\s+)?"
        r"(?P<vunit>seconds|minutes|hours|days|weeks|months|years|decades|centuries)"
        r"(?:(?P<vlong>-long)(?![\w-])|\b(?!\s+(?:ago|old|earlier|later)))",
    ),
    (
        "set",
        r"(?P<adv>daily|weekly|monthly|yearly|annually|quarterly|hourly|nightly|biweekly|"
        r"fortnightly|bimonthly|biannually|semiannually)\b|(?P<every>every|each)\s+(?:other\s+)?"
        rf"(?:(?P<num>{_NUM})\s+)?(?P<unit>{_UNIT}|morning|evening|night|weekday)\b|"
        r"(?P<freq>once|twice|\w+\s+times)\s+(?:a|per|each|every)\s+(?P<unit2>day|week|month|"
        r"year|quarter)\b",
    ),
    (
        "clock",
        rf"(?:(?P<cmod>around|about|approximately|shortly\s+(?:before|after)|just\s+(?:"
        rf"before|after))\s+)?{_CLOCK}",
    ),
    (
        "holiday",
        r"(?:(?P<hrel>last|this|next|this\s+past|this\s+coming)\s+)?"
        r"(?P<hol>Christmas(?:\s+(?:Day|Eve))?|New\s+Year'?s?(?:\s+(?:Day|Eve))|"
        r"New\s+Year's|Thanksgiving(?:\s+Day)?|Easter(?:\s+(?:Sunday|Monday))?|Halloween|"
        r"Valentine'?s\s+Day)\b",
    ),
)

_AMBIGUOUS_MONTHS = {"may", "march"}
_MONTH_CONTEXT = {
    "in",
    "into",
    "since",
    "until",
    "till",
    "by",
    "from",
    "of",
    "during",
    "before",
    "after",
    "through",
    "early",
    "late",
    "mid",
    "between",
    "last",
    "next",
    "this",
    "on",
    "and",
    "or",
    "to",
    "end",
    "beginning",
    "around",
    "throughout",
}
_YEAR_CONTEXT = {
    "in",
    "since",
    "of",
    "from",
    "by",
    "until",
    "till",
    "to",
    "and",
    "between",
    "before",
    "after",
    "during",
    "year",
    "fiscal",
    "early",
    "mid",
    "late",
    "the",
    "around",
    "circa",
    "c.",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "or",
    "through",
    "throughout",
    "-",
}
_BARE_UNIT_CONTEXT = {
    "for",
    "after",
    "over",
    "within",
    "in",
    "took",
    "take",
    "takes",
    "lasted",
    "last",
    "spent",
    "spend",
    "spending",
}
_SEASON_CONTEXT = {
    "in",
    "into",
    "during",
    "over",
    "since",
    "until",
    "till",
    "by",
    "through",
    "throughout",
    "before",
    "after",
    "for",
    "early",
    "late",
    "mid",
    "of",
}
# Words ending in -s that are no plural noun before "a week" ("as long as a month")
_NOT_PLURALS = {"as", "is", "was", "has", "this", "thus", "its", "his", "hers", "perhaps", "less"}
_NUMERIC_ENTS = {"CARDINAL", "MONEY", "QUANTITY", "PERCENT", "ORDINAL"}
_DAY_ENTS = {"DATE", "TIME"}


_KEY = 6  # characters of text a rule's start prefilter looks at
_MEMO_MAX = 50_000  # prefilter answers remembered (by the text's characters) before a reset


class TimexTagger:
    """Compiles the rules once; ``tag(text)`` finds the candidate time expressions.

    Trying ~30 regexes at every position of the text is what costs. So ``tag`` first finds,
    with one scan, the positions where some rule can start (not after a word character, and
    a character some rule can begin with); there it reads the next ``_KEY`` characters and
    asks each rule's prefilter (``prefixes.py``: the regex of the first ``_KEY`` characters of
    its matches, derived from the rule itself) whether the rule can start there; answers are
    memoised by those characters. Each rule then runs ``rx.match(text, p)`` only at its own
    positions, left to right, skipping those inside its previous match: exactly what
    ``rx.finditer(text)`` returns, since a rule cannot match where its prefilter says no, and
    ``match`` at ``p`` still sees the whole text around ``p`` (lookbehind and lookahead alike).
    ``tag(..., full_scan=True)`` runs the plain ``finditer`` scans (the tests compare both).
    """

    def __init__(self) -> None:
        self.rules = [(kind, re.compile(rf"(?<!\w){pat}", re.IGNORECASE)) for kind, pat in RULES]
        self._month_case = re.compile(lx.MONTH_RE)
        self._weekday_case = re.compile(rf"{lx.WEEKDAY_RE}|{lx.WEEKDAY_ABBR_RE}")
        self._filtered: list[int] = []  # rules with a prefilter, in order
        self._unfiltered: set[int] = set()  # rules without one: plain finditer
        firsts: set[str] = set()
        sources: list[str] = []
        for i, (_, rx) in enumerate(self.rules):
            tuples = prefixes(rx.pattern, re.IGNORECASE, _KEY)
            if tuples is None:
                self._unfiltered.add(i)
                continue
            self._filtered.append(i)
            sources.append(f"(?:(?=({prefix_source(tuples)})))?")
            firsts |= {t[0] for t in tuples}
        # Group n is set when the n-th prefiltered rule can start with these characters.
        self._which = re.compile("".join(sources), re.IGNORECASE)
        # One char consumed: the next position is still tried, and rules all begin (?<!\w).
        self._starts = re.compile(rf"(?<!\w){_one_class(firsts)}", re.IGNORECASE)
        self._key_rules: dict[str, tuple[int, ...]] = {}
        self._rule_sets: dict[tuple[int, ...], tuple[int, ...]] = {}  # one copy of each answer

    def tag(
        self,
        text: str,
        ents: Iterable[tuple[int, int, str]] = (),
        *,
        full_scan: bool = False,
    ) -> list[Candidate]:
        ent_list = sorted(ents)
        starts = None if full_scan else self._rule_starts(text)
        found: list[tuple[int, int, int, Candidate]] = []
        for prio, (kind, rx) in enumerate(self.rules):
            if starts is None or prio in self._unfiltered:
                matches: Iterable[re.Match[str]] = rx.finditer(text)
            else:
                matches = _matches_at(rx, text, starts[prio])
            for m in matches:
                start, end = m.span()
                if end <= start:
                    continue
                groups = {k: v for k, v in m.groupdict().items() if v}
                cand = Candidate(start, end, text[start:end], kind, groups)
                if self._valid(cand, text, ent_list):
                    found.append((start, end, prio, cand))
        # Longest first, then the earlier start, then the earlier rule; no overlaps.
        found.sort(key=lambda f: (-(f[1] - f[0]), f[0], f[2]))
        chosen: list[Candidate] = []
        taken: list[tuple[int, int]] = []
        for start, end, _, cand in found:
            if any(start < e and s < end for s, e in taken):
                continue
            taken.append((start, end))
            chosen.append(cand)
        chosen.sort(key=lambda c: c.start)
        return merge_clock_and_day([_trim(c) for c in chosen], text)

    def _rule_starts(self, text: str) -> list[list[int]]:
        """For each rule, the positions (ascending) where its prefilter lets it start."""
        starts: list[list[int]] = [[] for _ in self.rules]
        memo = self._key_rules
        if len(memo) > _MEMO_MAX:
            memo.clear()
        every = tuple(self._filtered)
        for m in self._starts.finditer(text):
            p = m.start()
            key = text[p : p + _KEY]
            rules = memo.get(key)
            if rules is None:
                if len(key) < _KEY:
                    rules = every  # near the end a back-reference may match nothing: try all
                else:
                    which = self._which.match(key).groups()  # type: ignore[union-attr]
                    found = tuple(compress(self._filtered, which))
                    rules = memo[key] = self._rule_sets.setdefault(found, found)
            for i in rules:
                starts[i].append(p)
        return starts

    def _valid(self, c: Candidate, text: str, ents: Sequence[tuple[int, int, str]]) -> bool:
        g = c.groups
        month = g.get("month") or g.get("month2")
        if month and not self._month_case.fullmatch(month):
            return False  # lower-case "may", "march", "dec"
        if "wd" in g and not self._weekday_case.fullmatch(g["wd"]):
            return False
        prev = previous_word(text, c.start)
        if (
            c.kind == "month"
            and g["month"].lower() in _AMBIGUOUS_MONTHS
            and not (g.get("rel") or g.get("pmod") or prev in _MONTH_CONTEXT)
        ):
            return False
        if c.kind == "month" and text.startswith("'s", c.end):
            # "December's figures"; "May's", "March's" are names more often than months
            return g["month"].lower() not in _AMBIGUOUS_MONTHS
        if c.kind == "month" and g["month"].lower() in (
            "jan",
            "feb",
            "apr",
            "aug",
            "oct",
            "nov",
            "dec",
            "sept",
        ):
            return False  # "Jan", "Dec" alone are names more often than months
        if c.kind in ("relunit", "the_unit") and any(
            g.get(k, "a")[0].isupper() for k in ("unit", "wunit", "eunit")
        ):
            return False  # "This Week", a programme
        if c.kind == "clock" and g.get("named", "n")[0].isupper() and prev not in ("", "at", "by"):
            return False  # "High Noon"
        if (
            c.kind == "set"
            and g.get("adv", "").lower() == "quarterly"
            and re.match(
                r"\s+(?:cash\s+|common\s+|net\s+)?(?:dividends?|loss|profit|earnings|report|"
                r"results|payout)",
                text[c.end :],
            )
        ):
            return False
        if c.kind == "relunit" and g["unit"].lower() == "day":
            return bool(g.get("det")) and " ".join(g["rel"].lower().split()) in (
                "following",
                "next",
                "previous",
                "same",
                "preceding",
            )
        if c.kind == "bare_units":
            return "bdet" in g or "vlong" in g or prev in _BARE_UNIT_CONTEXT  # "decades-long"
        if c.kind == "year":
            return _valid_year(c, text, prev, ents)
        if c.kind == "date_num":
            return _valid_numeric(g)
        if c.kind == "quarter":
            return bool(
                g.get("qord")
                or g.get("year")
                or g.get("year2")
                or g.get("qadj")
                or g.get("qdet", "").lower() in ("this", "last", "next", "that")
                or (
                    g.get("qdet", "").lower() == "the"
                    and not text[c.end : c.end + 4].startswith(" of")
                )
            )
        if c.kind == "season":
            if g.get("rel", "").lower() in ("the", "that") and not g.get("year"):
                # "in the spring" yes; "the fall of Kabul", "the Arab Spring" no
                return prev in _SEASON_CONTEXT and not text[c.end : c.end + 4].startswith(" of")
            return bool(g.get("rel") or g.get("year") or g.get("pmod"))
        if c.kind == "duration":
            if g.get("long", "").strip().endswith("old"):
                return False
            if (
                g["unit"][0].isupper()
                and c.start > 0
                and text[c.start - 2 : c.start].strip(" ") not in (".", "\n", "")
            ):
                return False  # "60 Minutes", a name
            if (
                (
                    g["num"].lower() in ("a", "an")
                    and not g.get("qmod")  # "comes barely a month after": no rate
                    and prev not in _NOT_PLURALS
                )
                and (
                    prev in ("once", "twice", "per", "times", "million", "billion", "thousand")
                    or re.fullmatch(r"[\d,.$%]+|\w+s", prev)
                    or (
                        g["unit"].lower() in ("second", "minute")
                        and re.match(r"\s+[a-z]", text[c.end : c.end + 3])
                    )
                )
            ):
                return False  # "$5 a year", "four flights a week", "a second group"
            if g["num"].lower() in ("a", "an") and g["unit"].lower().endswith("s"):
                return False  # "a decades-long feud": the bare "decades-long" is the span
            if g["unit"].lower().startswith("quarter") and text[c.end : c.end + 3] == " of":
                return False  # "three-quarters of its food"
            return not (
                g["num"].lower() in ("some", "many")
                and "det" not in g
                and g["unit"].lower().rstrip("s") in ("second", "minute")
            )
        return True


def _one_class(classes: set[str]) -> str:
    """``{"t", "[\\d]", "'"}`` -> ``[t\\d']``; an alternation when a class is negated or ``.``."""
    inner = []
    for c in sorted(classes):
        if c.startswith("[") and not c.startswith("[^"):
            inner.append(c[1:-1])
        elif len(c) == 1 or (len(c) == 2 and c[0] == "\\"):
            inner.append(c)
        else:
            return "(?:" + "|".join(sorted(classes)) + ")"
    return "[" + "".join(inner) + "]"


def _matches_at(rx: re.Pattern[str], text: str, positions: list[int]) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)`` when every position where ``rx`` can match is in ``positions``."""
    end = 0
    for p in positions:
        if p >= end and (m := rx.match(text, p)) is not None:
            end = m.end()  # never p: rules with a prefilter cannot match the empty string
            yield m


def _trim(c: Candidate) -> Candidate:
    """TimeML leaves the determiner of an adjectival expression out: the [third-quarter]
    profit, the [fiscal second-quarter] loss, the [eight-year] war, the [year-ago] results."""
    m = None
    if c.kind == "quarter" and not c.groups.get("ypre"):
        m = re.match(r"(?:the|this|that|last|next)\s+(?=(?:fiscal\s+)?\S+-quarter\b)", c.text, re.I)
    elif c.kind == "duration" and c.groups.get("det", "").strip().lower() == "the":
        m = re.match(r"the\s+(?=[\w.]+-\w+$)", c.text, re.I)  # "the eight-year"
    elif c.kind == "yearago" and not c.text.lower().endswith("period"):
        m = re.match(r"the\s+", c.text, re.I)  # "the year-ago results"
    if not m:
        return c
    return Candidate(c.start + m.end(), c.end, c.text[m.end() :], c.kind, c.groups)


def merge_clock_and_day(cands: list[Candidate], text: str) -> list[Candidate]:
    """``10 p.m.`` + ``Wednesday`` (or ``Nov. 9``, ``yesterday``) -> one TIME expression."""
    out: list[Candidate] = []
    i = 0
    while i < len(cands):
        c = cands[i]
        nxt = cands[i + 1] if i + 1 < len(cands) else None
        if (
            c.kind == "clock"
            and nxt is not None
            and nxt.kind in ("weekday", "deictic", "date_dmy", "date_mdy", "date_num", "date_iso")
            and re.fullmatch(r",?\s{1,2}(?:on\s+)?", text[c.end : nxt.start])
        ):
            out.append(
                Candidate(
                    c.start,
                    nxt.end,
                    text[c.start : nxt.end],
                    "clock_day",
                    {
                        **{"day_" + k: v for k, v in nxt.groups.items()},
                        "day_kind": nxt.kind,
                        **c.groups,
                    },
                )
            )
            i += 2
            continue
        out.append(c)
        i += 1
    return out


def previous_word(text: str, start: int) -> str:
    m = re.search(r"([\w.'-]+)\W*$", text[max(0, start - 30) : start])
    return m.group(1).lower() if m else ""


def _valid_year(c: Candidate, text: str, prev: str, ents: Sequence[tuple[int, int, str]]) -> bool:
    y = int(c.groups["year"])
    start = c.start + c.text.rfind(c.groups["year"])
    labels = {lab for s, e, lab in ents if s < start + 4 and start < e}
    if labels & _NUMERIC_ENTS and not labels & _DAY_ENTS:
        return False
    after = text[c.end : c.end + 12].lower()
    if re.match(
        r"\s*(?:people|troops|soldiers|fighters|civilians|members|dollars|euros|"
        r"tons|tonnes|km|kilometers|miles|metres|meters|feet|units|times|more|of\s+the)",
        after,
    ):
        return False
    if c.groups.get("fiscal") or c.groups.get("pmod") or labels & _DAY_ENTS:
        return True
    if 1900 <= y <= 2099:
        return True
    return prev in _YEAR_CONTEXT


def _valid_numeric(g: dict[str, str]) -> bool:
    a, b, y = int(g["a"]), int(g["b"]), g["year"]
    if g["sep"] == "." and len(y) != 4:
        return False  # 1.5.24 reads as a version number more often than a date
    if g["sep"] == "-" and len(y) != 4:
        return False
    return 1 <= a <= 31 and 1 <= b <= 31 and (a <= 12 or b <= 12)
