"""Sentences and spans the event coder must not code: the known ways coders invent events.

A sentence-level guard returns the reason to skip (recorded as a ``Skip``), or None.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from spacy.tokens import Span

from newsgraph.extract.docview import DocView
from newsgraph.types import ActorRef

MAX_TOKENS = 120  # news sentences past this are run-ons, scraped tables or missing full stops
_LIST_MARKS = {"|", "•", "·", "▪", "–", "*", ";", "\t"}


def sentence_skip_reason(sent: Span, view: DocView) -> str | None:
    """``view``: the sentence's document (token columns read by index, not Token objects)."""
    n = len(sent)
    if n > MAX_TOKENS:
        return f"sentence too long ({n} tokens > {MAX_TOKENS})"
    lo, hi = sent.start, sent.end
    words_, pos_ = view.words[lo:hi], view.pos[lo:hi]
    marks = sum(1 for w in words_ if w in _LIST_MARKS)
    commas = words_.count(",")
    verbs = pos_.count("VERB") + pos_.count("AUX")
    has_verb = "VERB" in pos_
    punct, space, num = view.is_punct, view.is_space, view.like_num
    words = nums = 0
    for i in range(lo, hi):
        if not (punct[i] or space[i]):
            words += 1
            nums += num[i]
    lines = sum(1 for x in view.text[sent.start_char : sent.end_char].split("\n") if x.strip())
    numeric = words >= 8 and nums / words > 0.4
    clause = verbs > 0 and _has_clause(lo, hi, view)
    if marks >= 4 or lines >= 4 or numeric or ((commas >= 8 or lines >= 3) and not clause):
        return "looks like a flattened list or table"
    if not has_verb:
        return "no verb (headline, caption or fragment)"
    if _title_case(lo, hi, view):
        return "headline in title case (unreliable parse)"
    return None


def _has_clause(lo: int, hi: int, view: DocView) -> bool:
    """Whether the sentence has a clause: a verb with its own subject, and words enough between
    its commas. A real sentence may list many things ("accused X of arming, funding, training
    and sheltering ..."; "The ministers of France, Germany, ... condemned the attack"); a
    flattened menu or table is a run of one- or two-word items with no subject-verb pair
    ("Home, World, Politics, Business, ..."). ``lo``/``hi``: the sentence's token range."""
    pos, dep, children = view.pos, view.dep, view.children
    if not any(
        pos[i] in ("VERB", "AUX") and any(dep[c] in ("nsubj", "nsubjpass") for c in children[i])
        for i in range(lo, hi)
    ):
        return False
    words = sum(1 for i in range(lo, hi) if not (view.is_punct[i] or view.is_space[i]))
    items = 1 + view.words[lo:hi].count(",")
    return items < 8 or words / items >= 1.5


def _title_case(lo: int, hi: int, view: DocView) -> bool:
    """ "Three Opposition Parties Join Forces Ahead Of Vote": most words capitalised,
    verbs and common nouns included. Names do not count: "Kenyan Foreign Minister Musalia
    Mudavadi met Ugandan President Yoweri Museveni in Kampala" is an ordinary sentence (its
    verb is lower-case). ``lo``/``hi``: the sentence's token range."""
    text, pos, alpha, ent = view.words, view.pos, view.is_alpha, view.ent_type
    rest = range(lo + 1, hi)  # the words after the first one
    verbs = [i for i in rest if pos[i] == "VERB" and alpha[i]]
    if verbs and any(text[i][0].islower() for i in verbs):
        return False  # a lower-case verb: running text, however many names it holds
    words = [i for i in rest if alpha[i] and len(text[i]) > 3 and not ent[i] and pos[i] != "PROPN"]
    if len(words) < 3:
        return bool(verbs) and sum(1 for i in range(lo, hi) if alpha[i]) >= 5
    return sum(1 for i in words if text[i][0].isupper()) / len(words) >= 0.8


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


# ---------------------------------------------------------------- political parties
# PLOVER codes interactions between political actors: states, governments, officials,
# militaries, police, armed groups, parties, organisations, identifiable social groups and
# people acting politically. Sectors (PLOVER_agents) of the parties that count; business,
# health, education, farming, sport and unknown roles do not.
POLITICAL_SECTORS = frozenset(
    {
        "GOV",
        "MIL",
        "REB",
        "INS",
        "OPP",
        "COP",
        "LEG",
        "JUD",
        "PTY",
        "SPY",
        "UAF",
        "IGO",
        "NGO",
        "ELI",
        "PRE",
        "PRM",
        "CVL",
        "LAB",
        "REF",
        "REL",
        "CRM",
        "JRN",
        "SOC",
    }
)
PRONOUNS = frozenset(
    {"he", "she", "they", "we", "i", "it", "you", "who", "them", "him", "her", "us", "me"}
)
_POLITICAL_ENTS = frozenset({"GPE", "NORP"})
# Sectors whose parties are not political actors, whatever they do (PLOVER_agents' UNK, NON
# and the like say nothing either way).
_OTHER_SECTORS = frozenset({"BUS"})

POLITICAL, UNKNOWN, OTHER = "political", "unknown", "other"


def party_kind(ref: ActorRef, view: DocView, agents: dict[str, str]) -> str:
    """``political`` (a known actor, a state or people of a state, a political role, apposed
    or not), ``other`` (a non-political role: a driver, a company, a player) or ``unknown`` (a
    pronoun, a name the knowledge base lacks with no role: left to the confidence)."""
    if ref.actor_id or ref.country:
        return POLITICAL
    if ref.sector in POLITICAL_SECTORS:
        return POLITICAL
    words = ref.text.lower().split()
    if not words or (len(words) == 1 and words[0] in PRONOUNS):
        return UNKNOWN
    lo = bisect.bisect_left(view.idx, ref.start)
    hi = bisect.bisect_left(view.idx, ref.end, lo)
    lemmas = view.lemma_lower[lo:hi]
    for i in range(lo, hi):  # "Belgium's justice minister, Koen Geens": the role apposed
        if view.dep[i] == "appos" and not lo <= view.head[i] < hi:
            lemmas = [*lemmas, *(view.lemma_lower[j] for j in _noun_phrase(view.head[i], view))]
        for c in view.children[i]:
            if view.dep[c] == "appos" and not lo <= c < hi:
                lemmas = [*lemmas, *(view.lemma_lower[j] for j in _noun_phrase(c, view))]
    sectors = {agents.get(w) for w in lemmas} | {
        agents.get(f"{a} {b}") for a, b in zip(lemmas, lemmas[1:], strict=False)
    }
    if sectors & POLITICAL_SECTORS:
        return POLITICAL
    ents = {view.ent_type[i] for i in range(lo, hi)} - {""}
    if ents & _POLITICAL_ENTS:
        return POLITICAL
    if ref.sector in _OTHER_SECTORS or sectors & _OTHER_SECTORS:
        return OTHER  # a business: "the company", "the carmaker", "shareholders"
    return UNKNOWN


def _noun_phrase(h: int, view: DocView) -> list[int]:
    """The noun ``h`` and its compound and adjectival modifiers."""
    return [h, *(c for c in view.children[h] if view.dep[c] in ("compound", "amod"))]


_RANK = {POLITICAL: 2, UNKNOWN: 1, OTHER: 0}


def best_kind(refs: Sequence[ActorRef], view: DocView, agents: dict[str, str]) -> str | None:
    """The most political of the parties' kinds (None: no party)."""
    kinds = [party_kind(r, view, agents) for r in refs]
    return max(kinds, key=_RANK.__getitem__) if kinds else None


def not_political(actor: str | None, recipient: str | None) -> bool:
    """An act of a party with no political role on no political party: "the carmaker sued
    its supplier" is no PLOVER event; "a volunteer fought Isis" is one."""
    return actor == OTHER and recipient != POLITICAL


_PLACE_ENTS = frozenset({"LOC", "FAC"})


def only_places(refs: Sequence[ActorRef], view: DocView) -> bool:
    """Whether every party is a geographic place or a building, not a polity ("a lake", "the
    promenade", "Sylvan Park"): the destination of a trip, not a host."""
    if not refs:
        return False
    for r in refs:
        lo = bisect.bisect_left(view.idx, r.start)
        hi = bisect.bisect_left(view.idx, r.end, lo)
        ents = {view.ent_type[i] for i in range(lo, hi)} - {""}
        if r.actor_id or r.country or not ents or not ents <= _PLACE_ENTS:
            return False
    return True
