"""The top of an article: a date line, a repeated or plain-text title, head debris.

Decision (documented in docs/cleaning.md): a title found at the top of the text is moved out of
the text into ``Article.title`` and recorded as a RemovedSpan of kind ``title``, so that

- the cleaned text is the body only, for every format (HTML extraction gives body text too);
- a headline with no final punctuation is not glued by the sentence splitter to the lede;
- offsets stay exact: the title's span in ``raw_text`` is on record like any removed span.

A date line at the top (``Wed 05 Apr 2017``, ``Published August 3 2015``, a date glued before
the first sentence) is removed the same way, as kind ``dateline``, and its date is the text's
publication date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsgraph.agencies import WIRE_DATELINE, alternation
from newsgraph.clean.boilerplate import span
from newsgraph.clean.patterns import rules
from newsgraph.pubdate import DateLine, DateReading, date_in, match_date_line, updated_stamp
from newsgraph.types import RemovedSpan

_WORDS = re.compile(r"[\w’'‘-]+")
_MAX_TITLE_CHARS = 160
_MAX_TITLE_WORDS = 25
# A date glued to the next word, or closed by a stray bracket ("21.08.2013Get ...",
# "30.04.2017) Get ..."): the date is read up to its year.
_GLUED_DATE = re.compile(r"([^\n]{4,40}?\d{4})(?:\)|(?=[A-Z]))")
# An agency's name opening a page's date stamp after the standfirst ("... says monitoring group
# AFP Friday 23 Aug 2013 A suicide bombing ..."): looked for in the first line's first 400
# characters once nothing else opens the text.
_AGENCY_AT = re.compile(r"(?<=\s)(?:" + alternation() + r")(?=\s)")
_STAMP_REACH = 400
_LEDE_OPENS = re.compile(r"\s*(?:[A-Z0-9\"“‘]|$)")


@dataclass(frozen=True)
class Head:
    spans: tuple[RemovedSpan, ...]
    title: str | None  # a title found in the text (None if none, or if the metadata gave one)
    date: DateReading | None  # the date of a leading date line
    date_text: str | None


def read_head(text: str, removed: list[RemovedSpan], meta_title: str | None) -> Head:
    """Find the date line, the title and head debris at the top of ``text``."""
    spans: list[RemovedSpan] = []
    title: str | None = None
    reading: DateReading | None = None
    date_text: str | None = None
    title_done = stamp_done = False
    for _ in range(6):
        pos = _next_kept(text, removed + spans, 0)
        if pos >= len(text):
            break
        line_end = _line_end(text, removed + spans, pos)
        if not title_done and meta_title:
            # The metadata title repeated here goes first: a head rule (a leading byline such
            # as "Jane Roe John Doe.") must not take a title-case headline for debris.
            found = _title_at(text, pos, line_end, meta_title)
            if found is not None:
                title_done = True
                spans.append(found)
                continue
        rule_hit = False
        for rule in rules("head"):
            m = rule.regex.match(text, pos, line_end)
            if m and m.end() > pos:
                sp = span(text, pos, m.end(), rule.kind)
                if sp:
                    spans.append(sp)
                    rule_hit = True
                    break
        if rule_hit:
            continue
        if reading is None:
            dl = match_date_line(text, pos, line_end) or _glued_date(text, pos, line_end)
            if dl is not None:
                sp = span(text, dl.start, dl.end, "dateline")
                if sp:
                    spans.append(sp)
                    reading, date_text = dl.reading, sp.text
                    continue
        if not title_done:
            title_done = True
            found = _title_at(text, pos, line_end, meta_title)
            if found is None and not meta_title:  # a metadata title not in the text: the text
                found = _glued_title(text, pos, line_end)  # opens with its own first words
            if found is not None:
                spans.append(found)
                if not meta_title:
                    title = found.text
                continue
        if not stamp_done:
            stamp_done = True
            dl = _agency_stamp(text, pos, line_end) or updated_stamp(
                text, pos, min(line_end, pos + _STAMP_REACH)
            )
            sp = span(text, dl.start, dl.end, "dateline") if dl else None
            if dl is not None and sp is not None:
                spans.append(sp)
                if reading is None:
                    reading, date_text = dl.reading, sp.text
                continue
        break
    if reading is None:
        reading, date_text = _stamp_date(text, removed + spans)
    return Head(tuple(spans), title, reading, date_text)


def _stamp_date(text: str, removed: list[RemovedSpan]) -> tuple[DateReading | None, str | None]:
    """The date of a page's date stamp that a rule removed from the head, before the body's
    first kept character ("Last updated at Apr 092017", "World Middle East 07-08-2013 0147
    PM"), when no date line was read: the stamp is the page's date."""
    body = _next_kept(text, removed, 0)
    for r in sorted(removed, key=lambda r: r.start):
        if r.start >= body:
            break
        if r.kind == "dateline":
            reading = date_in(r.text)
            if reading is not None and reading.value is not None:
                return reading, r.text
    return None, None


def _glued_date(text: str, pos: int, line_end: int) -> DateLine | None:
    """A date at ``pos`` glued to the next word or closed by a stray bracket, as a date line
    that ends where the glue begins (the bracket goes with it)."""
    m = _GLUED_DATE.match(text, pos, line_end)
    if m is None:
        return None
    dl = match_date_line(text, pos, m.end(1))
    if dl is None or not dl.whole_line:
        return None
    return DateLine(dl.start, m.end(), dl.reading, True)


def _agency_stamp(text: str, pos: int, line_end: int) -> DateLine | None:
    """An agency's date stamp after the standfirst: an agency's name, a date, then a word."""
    for m in _AGENCY_AT.finditer(text, pos, min(line_end, pos + _STAMP_REACH)):
        dl = match_date_line(text, m.start(), line_end)
        # the lede opens after it with a capital, a digit or a quote ("... told AFP Friday 23
        # Aug 2013 that ..." is prose)
        if dl is not None and dl.reading.value is not None and _LEDE_OPENS.match(text, dl.end):
            return dl
    return None


def _next_kept(text: str, removed: list[RemovedSpan], pos: int) -> int:
    """The first non-space character at or after ``pos`` not inside a removed span."""
    n = len(text)
    while pos < n:
        if text[pos].isspace():
            pos += 1
            continue
        inside = [r for r in removed if r.start <= pos < r.end]
        if not inside:
            return pos
        pos = max(r.end for r in inside)
    return n


def _line_end(text: str, removed: list[RemovedSpan], pos: int) -> int:
    """End of the line at ``pos``, stopping early at a removed span (e.g. a trailing glyph)."""
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    cut = [r.start for r in removed if pos <= r.start < end]
    end = min([end] + cut)
    while end > pos and text[end - 1].isspace():
        end -= 1
    return end


# The separator before a site's section and name after a headline ("... - Region - World -
# Ahram Online", "... | World news"): the headline in the text often stops before it.
_SITE_PART = re.compile(r"\s+[-|–—]\s+")
_APOSTROPHE = re.compile(r"['’‘]")


def _title_at(text: str, pos: int, line_end: int, meta_title: str | None) -> RemovedSpan | None:
    if meta_title:
        parts = _SITE_PART.split(meta_title)
        for n in range(len(parts), 0, -1):  # the whole title, then without its last parts
            found = _meta_title_at(text, pos, line_end, " - ".join(parts[:n]))
            if found is not None:
                return found
        return None
    return _plain_title_at(text, pos, line_end)


def _meta_title_at(text: str, pos: int, line_end: int, meta_title: str) -> RemovedSpan | None:
    words = _WORDS.findall(meta_title)
    if not words:
        return None
    pattern = r"\W*".join(_word_pattern(w) for w in words) + r"[\s.:!?\-–—|]*"
    m = re.compile(pattern, re.IGNORECASE).match(text, pos, line_end)
    if m is None:
        return None
    whole_line = m.end() >= line_end
    if not whole_line and (len(words) < 3 or not text[m.end() - 1].isspace()):
        return None  # a short title that merely begins the first sentence stays
    return span(text, pos, m.end(), "title")


def _word_pattern(word: str) -> str:
    """A title word as the text may write it: an apostrophe may be lost on either side
    ("Syria's" in the title, "Syrias" in the text, or the other way)."""
    bare = _APOSTROPHE.sub("", word)
    if len(bare) > 2 and bare[-1] in "sS":
        return _APOSTROPHE.sub("['’‘]?", re.escape(bare[:-1])) + "['’‘]?" + bare[-1]
    return (
        "['’‘]?".join(re.escape(c) for c in bare) if _APOSTROPHE.search(word) else re.escape(bare)
    )


def _plain_title_at(text: str, pos: int, line_end: int) -> RemovedSpan | None:
    line = text[pos:line_end]
    words = _WORDS.findall(line)
    nl = text.find("\n", line_end)
    rest = text[nl:] if nl >= 0 else ""
    if (
        3 <= len(words) <= _MAX_TITLE_WORDS
        and len(line) <= _MAX_TITLE_CHARS
        and line[-1] not in ".!?,;:…"
        and not line[0].islower()
        and len(_WORDS.findall(rest)) >= 2 * len(words)
    ):
        return span(text, pos, line_end, "title")
    return None


# Where a headline glued to what follows it on the first line ends: a wire dateline ("DAMASCUS,
# April 5 (Reuters) - ", "BEIRUT - "; the place in capitals), a place with an agency in brackets
# ("Aleppo (AFP) - "), or an agency's name before a capital ("... in Aleppo AFP Syrian forces
# ...", "... AFP Sunday 26 Jul 2015 ..."). The lede or the dateline goes on after it.
_GLUE = re.compile(
    r"\s+(?:(?=(?-i:[A-Z]{3}|[A-Z]{2}[ ,]))"
    + WIRE_DATELINE
    + r"|[A-Z][a-z]+,?\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s*)?"
    r"\((?:" + alternation() + r")\)\s*(?:--|—|–|-)\s+"
    r"|(?:" + alternation() + r")\s+(?=[A-Z0-9\"“]))"
)
# Words that put an agency's name inside a sentence ("... told AFP Syrian forces had ...").
_BEFORE_AGENCY_IN_PROSE = frozenset(
    {"told", "tell", "tells", "telling", "said", "says", "according", "via", "that", "the"}
    | {"to", "by", "from", "with", "of", "and", "for", "at", "in", "on", "an", "a", "as"}
)
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s")


def _glued_title(text: str, pos: int, line_end: int) -> RemovedSpan | None:
    """A headline with no break before the dateline or the lede that follows it on the first
    line: the words before the first glue point, when they read as a headline (3 to 25 words,
    no sentence end, no final stop, not opening in lower case) and the text goes on well after."""
    at, end = pos, min(line_end, pos + _MAX_TITLE_CHARS + 1)
    while (m := _GLUE.search(text, at, end)) is not None:
        head = text[pos : m.start()]
        words = _WORDS.findall(head)
        if len(words) < 3:
            at = m.start() + 1
            continue
        if (
            len(words) > _MAX_TITLE_WORDS
            or head[-1] in ".!?,;:…"
            or head[0].islower()
            or _SENTENCE_END.search(head)
            or words[-1].lower() in _BEFORE_AGENCY_IN_PROSE
            or len(_WORDS.findall(text[m.end() :])) < 2 * len(words)
        ):
            return None
        return span(text, pos, m.start(), "title")
    return None
