"""Find casualty, displacement and detention figures on the dependency parse.

A figure is a number phrase ("at least 16", "280,000", "dozens of") with the group it counts
("civilians", "children", "people": the noun it modifies) and the category the sentence gives
it ("killed", "injured", "displaced", "detained", "missing"), found first along the parse (the
verb or noun that governs the group noun) and else from the nearest cue in a small window.

Not counts: ages ("aged 42", "a 42-year-old", "the driver, 42,"), speeds and measures
("doing 50 on a 12mph bend", "30 km"), percentages, money, ordinals, years and days, gallery
counters ("1 of 22", "22 photos"), and "one of the victims" (one person among them). A bare
number with no group found by the parse is kept only when the parse ties it to its category.
"Members" of a named organisation are its members, not "people". A running total ("since
2011", "so far", "the war has killed") is a figure of scope "cumulative", not of one event.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from newsgraph.calendar import MONTHS
from newsgraph.extract.docview import DocView
from newsgraph.extract.figures.numbers import QUALIFIERS, SCALES, UNITS, VAGUE, bounds, parse_amount
from newsgraph.extract.timexes.lexicon import ORDINALS, WEEKDAYS
from newsgraph.extract.timexes.lexicon import UNITS as TIME_UNITS
from newsgraph.types import Figure

CATEGORY_CUES: dict[str, str] = {
    **dict.fromkeys(
        [
            "kill",
            "dead",
            "death",
            "die",
            "toll",
            "massacre",
            "execute",
            "slaughter",
            "fatality",
            "murder",
            "behead",
            "perish",
            "body",
            "corpse",
            "life",
        ],
        "killed",
    ),
    **dict.fromkeys(["injure", "wound", "hurt", "injury", "maim"], "injured"),
    **dict.fromkeys(["casualty"], "casualties"),
    **dict.fromkeys(
        ["displace", "flee", "refugee", "evacuate", "uproot", "homeless", "displacement", "exodus"],
        "displaced",
    ),
    **dict.fromkeys(
        [
            "detain",
            "arrest",
            "capture",
            "abduct",
            "kidnap",
            "imprison",
            "prisoner",
            "detainee",
            "hostage",
            "jail",
            "seize",
        ],
        "detained",
    ),
    **dict.fromkeys(["missing"], "missing"),
}
GROUPS: dict[str, str] = {
    **dict.fromkeys(
        [
            "civilian",
            "resident",
            "villager",
            "inhabitant",
            "passenger",
            "worker",
            "patient",
            "worshipper",
            "shopper",
            "protester",
            "demonstrator",
            "activist",
            "journalist",
            "doctor",
            "aid worker",
        ],
        "civilians",
    ),
    **dict.fromkeys(
        ["child", "kid", "minor", "boy", "girl", "infant", "baby", "student"], "children"
    ),
    **dict.fromkeys(["woman", "mother"], "women"),
    **dict.fromkeys(
        [
            "fighter",
            "militant",
            "rebel",
            "jihadist",
            "insurgent",
            "terrorist",
            "gunman",
            "combatant",
            "militiaman",
        ],
        "fighters",
    ),
    **dict.fromkeys(
        ["soldier", "troop", "officer", "serviceman", "guard", "policeman", "personnel", "army"],
        "soldiers",
    ),
    **dict.fromkeys(
        [
            "people",
            "person",
            "individual",
            "man",
            "victim",
            "human",
            "life",
            "refugee",
            "member",
            "syrian",
            "iraqi",
            "palestinian",
            "kurd",
        ],
        "people",
    ),
}
_SKIP_ENTS = {"DATE", "TIME", "PERCENT", "MONEY", "ORDINAL"}
_WINDOW = 7
# Words after a number that make it a measure, a speed, an age or a counter, not a count.
_MEASURES = {
    "mph",
    "kph",
    "km",
    "kmh",
    "km/h",
    "kilometres",
    "kilometers",
    "miles",
    "mile",
    "metres",
    "meters",
    "feet",
    "ft",
    "knots",
    "kg",
    "tonnes",
    "tons",
    "percent",
    "per",
    "%",
    "year-old",
    "years",
    "year",
    "yrs",
    "photos",
    "photographs",
    "pictures",
    "images",
    "minutes",
    "hours",
    "days",
    "weeks",
    "months",
    "times",
}
_AGE_BEFORE = {"aged", "age", "ages"}
_CUMULATIVE = (
    "so far",
    "to date",
    "in total",
    "in all,",
    "throughout the",
    "over the years",
    "war has killed",
    "conflict has killed",
    "war that has killed",
    "conflict that has killed",
    "war which has killed",
    "conflict which has killed",
    "war, which has killed",
    "conflict, which has killed",
    "war has left",
    "conflict has left",
)
_MEMBERS = {"member", "members"}
# Nouns a number near a casualty word counts that are no people: places ("the attack on two
# villages killed 15"), buildings and vehicles, weapons and attacks ("three strikes killed"),
# times and parts ("half", "a number").
_NOT_PEOPLE = frozenset(
    {
        *("town", "village", "city", "neighbourhood", "neighborhood", "district", "area"),
        *("province", "region", "country", "state", "site", "battleground", "front"),
        *("position", "base", "checkpoint", "building", "house", "home", "hospital", "school"),
        *("mosque", "church", "clinic", "facility", "market", "vehicle", "car", "bus", "truck"),
        *("tank", "aircraft", "plane", "helicopter", "jet", "drone", "boat", "ship"),
        *("strike", "airstrike", "raid", "attack", "clash", "bomb", "bombing", "shell", "shot"),
        *("explosion", "blast", "battle", "operation", "missile", "rocket", "mortar", "round"),
        *("day", "week", "month", "year", "hour", "number", "half", "stage", "part", "time"),
        *("group", "air", "monitor", "opposition", "dozen"),
    }
)


# Vague amounts as word tuples, keyed by their first word, longest phrase first (a constant
# derived from VAGUE, so that the per-token scan does not re-sort or re-split it).
_VAGUE_BY_FIRST: dict[str, tuple[tuple[str, ...], ...]] = {}
for _words in (tuple(v.split()) for v in sorted(VAGUE, key=len, reverse=True)):
    _VAGUE_BY_FIRST[_words[0]] = (*_VAGUE_BY_FIRST.get(_words[0], ()), _words)
del _words


def find_figures(doc: Doc, article_id: str, view: DocView | None = None) -> list[Figure]:
    """``view``: the document's shared view (token columns), if the caller has it."""
    out: list[Figure] = []
    view = DocView(doc) if view is None else view
    lowers = view.lower  # the scan reads each token's form often
    numeric = [
        _is_number_word(low, num, punct)
        for low, num, punct in zip(lowers, view.like_num, view.is_punct, strict=True)
    ]
    for sent_idx, sent in enumerate(doc.sents):
        for f in _sentence_figures(sent, sent_idx, article_id, lowers, numeric):
            if f.scope == _TOLD_PAST:
                # told in the past ("last week", "in March"): background once the article
                # has given a figure of its own news or a running total ("the war has
                # claimed 400,000 lives"); the first figure is the article's subject, told a
                # week on ("at least 355 died last week")
                told = any(g.scope in ("event", "cumulative") for g in out)
                f = replace(f, scope="background" if told else "event")
            out.append(f)
    return out


def _sentence_figures(
    sent: Span, sent_idx: int, article_id: str, lowers: list[str], numeric: list[bool]
) -> list[Figure]:
    figures: list[Figure] = []
    i = sent.start
    doc = sent.doc
    while i < sent.end:
        phrase = _number_phrase(lowers, numeric, i, sent.end)
        if phrase is None:
            i += 1
            continue
        start, end = phrase
        i = end
        if any(doc[k].ent_type_ in _SKIP_ENTS for k in range(start, end)):
            continue
        amount = parse_amount(doc[start:end].text)
        if (
            amount is None
            or _is_year_like(doc[start:end], amount.count)
            or _is_date(doc, start, end)
            or _not_a_count(doc, start, end, sent)
        ):
            continue
        qual, qual_start = _qualifier(doc, start, sent.start)
        group_tok = _group_noun(doc, start, end, sent.end)
        found = _category(doc, start, end, group_tok, sent)
        if found is None:
            continue
        category, on_parse = found
        if group_tok is None and not on_parse:
            continue  # a bare number near a cue: "doing 50" in a sentence about a crash
        group = "people"
        if group_tok is not None:
            lemma = _group_lemma(group_tok)
            if lemma in _MEMBERS and _of_organisation(group_tok):
                group = "members"  # "25 members of the Nusra Front": not "people"
            elif lemma in GROUPS:
                group = GROUPS[lemma]
            elif lemma in CATEGORY_CUES or group_tok.pos_ == "PROPN":
                group = "people"
            elif on_parse and group_tok.pos_ == "NOUN" and lemma not in _NOT_PEOPLE:
                group = group_tok.text.lower()  # "40 protesters arrested": the text's own word
            else:
                continue  # the number counts something else ("two million homes")
        low, high = bounds(amount, qual)
        anchor = group_tok if group_tok is not None else doc[end - 1]
        clause_start, clause_end = _clause(anchor, sent)
        phrase_start = doc[qual_start].idx if qual_start is not None else doc[start].idx
        tail = group_tok.i + 1 if group_tok is not None and group_tok.i >= end else end
        figures.append(
            Figure(
                article_id=article_id,
                sent=sent_idx,
                start=phrase_start,
                end=doc[tail - 1].idx + len(doc[tail - 1]),
                text=doc[qual_start if qual_start is not None else start : tail].text,
                count=amount.count,
                low=low,
                high=high,
                qualifier=qual,
                category=category,
                group=group,
                number_text=doc[start:end].text,
                scope=_scope(
                    doc, qual_start if qual_start is not None else start, end, sent, anchor
                ),
                clause_start=clause_start,
                clause_end=clause_end,
            )
        )
    return figures


# Dependents that make a verb a clause of its own: its subject.
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
# A clause hung on a noun: the noun it modifies is its subject ("an attack that killed 12",
# "the town where 30 died").
_NOUN_CLAUSES = frozenset({"relcl", "acl"})


def _own_clause(tok: Token) -> bool:
    """A verb with its own subject: "shelling killed 12", "while 12 died"."""
    return tok.pos_ in ("VERB", "AUX") and any(c.dep_ in _SUBJECTS for c in tok.children)


def _clause(anchor: Token, sent: Span) -> tuple[int, int]:
    """The characters of the clause a figure is told in: from the token it hangs on, up to
    the first verb with its own subject (else the sentence's root), that verb's words without
    the clauses with a subject of their own hung on it ("A strike on X killed 5, and shelling
    of Y killed 12": the first figure's clause ends before "shelling"; "Five died in a raid on
    X, while 12 died in shelling of Y"); a relative clause takes in the noun it modifies ("an
    April attack that killed 12")."""
    doc = sent.doc
    head = anchor
    while not _own_clause(head) and head.head.i != head.i and sent.start <= head.head.i < sent.end:
        head = head.head
    lo, hi = max(head.left_edge.i, sent.start), min(head.right_edge.i, sent.end - 1)
    for c in head.children:
        if _own_clause(c):
            if c.i > head.i:
                hi = min(hi, c.left_edge.i - 1)
            else:
                lo = max(lo, c.right_edge.i + 1)
    if head.dep_ in _NOUN_CLAUSES and sent.start <= head.head.i < head.i:
        lo = max(min(lo, head.head.left_edge.i), sent.start)
    return doc[lo].idx, doc[hi].idx + len(doc[hi])


def _not_a_count(doc: Doc, start: int, end: int, sent: Span) -> bool:
    """Ages, speeds, measures, gallery counters and "one of the victims"."""
    after = doc[end].lower_ if end < sent.end else ""
    before = doc[start - 1].lower_ if start > sent.start else ""
    last = doc[end - 1].lower_
    if after in _MEASURES or after.startswith("-year") or last.endswith(("mph", "km", "%")):
        return True
    if before in _AGE_BEFORE:
        return True
    # "the driver, 42, was": a number set off by commas after a noun is an age
    if before == "," and after == "," and start >= 2 and doc[start - 2].pos_ in ("NOUN", "PROPN"):
        return True
    # gallery counters: "1 of 22", "Photograph 3/22"
    if after == "of" and end + 1 < sent.end and doc[end + 1].like_num:
        return True
    if after == "/" or before == "/":
        return True
    # "one of the victims": one person among them, not a count of one
    return last in ("one", "1") and after == "of"


def _among_cue(verb: Token) -> str | None:
    """The category of what a subject is "among": "were among those killed", "among the dead"."""
    if verb.lemma_ != "be":
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "among":
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue
                for tok in (pobj, *pobj.children):
                    cat = _cue(tok)
                    if cat:
                        return cat
    return None


# "its earlier toll of 15", "a previous death toll of 12": a figure the text replaces.
_EARLIER = frozenset({"earlier", "previous", "initial", "preliminary", "former", "old"})
_TOLLS = frozenset({"toll", "tally", "count", "figure"})


def _scope(doc: Doc, start: int, end: int, sent: Span, anchor: Token) -> str:
    """event; cumulative: a running total; earlier: a toll the text replaces; background: a
    toll of another event, told in its own clause ("a convoy bombing last week that killed
    126"); increment: what adds to a toll ("three more people had died"). ``anchor``: the
    token the figure hangs on in the parse (its group noun, else its number)."""
    path = [anchor, *(t for t in anchor.ancestors if sent.start <= t.i < sent.end)]
    if _cumulative(sent) or _running_total(path, sent):
        return "cumulative"
    if _superseded(doc, start, sent):
        return "earlier"
    told = _told_elsewhen(path, range(start, end))
    if told is not None:
        return told
    if end < sent.end and doc[end].lower_ in _MORE:
        return "increment"
    return "event"


_MORE = frozenset({"more", "additional", "further"})


def _superseded(doc: Doc, start: int, sent: Span) -> bool:
    """A toll the sentence says was superseded: "updated its earlier death toll of 15"."""
    before = [t.lower_ for t in doc[max(sent.start, start - 5) : start]]
    return any(w in _TOLLS for w in before) and any(w in _EARLIER for w in before)


# An event noun made another event by its modifier: "a previous attack", "an earlier raid",
# "a separate incident", "a similar bombing", "another blast".
_OTHER_EVENT = frozenset({"previous", "earlier", "prior", "separate", "similar", "another"})
# "last week", "the past month", "the previous year"
_PAST = frozenset({"last", "previous", "past"})
# the clause is placed after or before another time: "a week after", "days before"
_GAP_MARKS = frozenset({"after", "before"})
_TOLD_PAST = "past"  # a figure's clause told in the past: resolved by ``find_figures``
_SHORT_UNITS = frozenset({"second", "minute", "hour", "day", "week-end", "weekend"})


def _long_unit(tok: Token) -> bool:
    """A week, a month, a year (or longer): time words that place an event in another news
    cycle; a day or an hour does not (the article's event may be yesterday's)."""
    lemma = tok.lemma_.lower()
    return lemma in TIME_UNITS and TIME_UNITS[lemma][1] not in _SHORT_UNITS and lemma != "weekend"


def _running_total(path: list[Token], sent: Span) -> bool:
    """A running total: "since 2011", "since the war began", "this year" ("bringing the
    total this year to 300"), "in recent days" told with the figure. A period counts on the
    figure's own clause; a "since" anywhere in the sentence, except one the figure is inside
    (an earlier event: ``_told_elsewhen``), one of a comparison ("the deadliest since May",
    "the worst fighting since the battle") and one inside a clause the figure is not in ("the
    monitor, which has tracked the war since 2011, said 40 were killed")."""
    on_path = {t.i for t in path}
    for t in path:
        if _war_told(t):
            return True  # "the war has claimed 400,000 lives", "a war which has killed"
        for c in t.children:
            words = {d.lower_ for d in c.children}
            if c.i not in on_path and _period(c, words):
                return True  # "this year", "in recent days"; not "earlier this year"
            if c.dep_ == "prep" and any(g.dep_ == "pobj" and _period(g) for g in c.children):
                return True
            # "have been killed in the Syrian war", "are estimated to have been killed in ..."
            verbs = (c, *(g for g in c.children if c.dep_ == "xcomp"))
            if any(map(_in_the_war, verbs)) and not _dated_day(path):
                return True
            # "killed over the past two weeks"; on the subject too: "shelling in the last
            # month has killed"
            for p in (c, *(d for d in c.children if c.dep_ in _SUBJECTS)):
                if p.dep_ == "prep" and p.lower_ in _OVER and _past_period(p):
                    return True
    for tok in sent:
        if tok.lower_ != "since" or tok.dep_ not in ("prep", "mark") or tok.i in on_path:
            continue
        head = tok.head.head if tok.dep_ == "mark" else tok.head
        if tok.dep_ == "mark" and tok.head.i in on_path:
            continue  # the figure's clause is the "since" clause: an earlier event
        if _comparison(head):
            continue
        if any(a.dep_ == "relcl" and a.i not in on_path for a in tok.ancestors):
            continue
        return True
    return False


# a war told as the subject of a toll: its running total, not one event's
_WARS = frozenset({"war", "conflict"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_RELATIVE = frozenset({"which", "that", "who"})
# the prepositions of a period a toll adds up over ("over the past month")
_OVER = frozenset({"in", "over", "during", "within", "throughout", "for"})


def _war_told(verb: Token) -> bool:
    """A verb whose subject is a war or a conflict ("the war has claimed 400,000 lives",
    "the civil war, which has killed 300,000"): a running total. Not "the war's deadliest
    attack killed 90" (the subject is the attack), nor "fighting claimed 25 lives"."""
    for c in verb.children:
        if c.dep_ not in _SUBJECTS:
            continue
        subject = verb.head if c.lower_ in _RELATIVE and verb.dep_ == "relcl" else c
        if subject.lemma_.lower() in _WARS:
            return True
    return False


def _in_the_war(prep: Token) -> bool:
    """ "in the war", "during the conflict", "throughout the civil war": the toll of a whole
    war (not "in the war's deadliest attack": the attack is the figure's)."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ in ("in", "during", "throughout")
        and any(g.dep_ == "pobj" and g.lemma_.lower() in _WARS for g in prep.children)
    )


def _past_period(prep: Token) -> bool:
    """ "over the past two weeks", "during the last month", "in the past year", "in three
    months": a period of a week or longer, which a toll adds up over; not a day or hours ("in
    the past 24 hours", "over two days": one news cycle's toll), nor a period placed in a
    calendar ("in the last week of March"), nor a bare "last month" (a past event:
    ``_told_elsewhen``)."""
    for g in prep.children:
        if g.dep_ != "pobj" or not _long_unit(g):
            continue
        if any(d.dep_ == "prep" and d.lower_ == "of" for d in g.children):
            continue
        if any(d.dep_ in ("amod", "det") and d.lower_ in ("past", "last") for d in g.children):
            return True
        if any(
            d.dep_ == "nummod" and d.like_num and d.lower_ not in ("a", "an") for d in g.children
        ):
            # "killed in three months", "over two years": a total of the period; not "the
            # deadliest in almost a year" (a comparison)
            return not _comparison(prep.head)
    return False


def _period(tok: Token, words: set[str] | None = None) -> bool:
    """ "this year", "recent days", "recent weeks": a period a toll adds up over (not
    "earlier this year": a past event)."""
    words = {d.lower_ for d in tok.children} if words is None else words
    if "earlier" in words:
        return False
    unit = tok.lemma_.lower() in TIME_UNITS
    return unit and ("recent" in words or ("this" in words and _long_unit(tok)))


def _comparison(tok: Token) -> bool:
    """ "the deadliest", "its worst fighting", "the first such attack": what a "since"
    phrase compares with an earlier time, not a period the figure adds up."""
    return any(
        t.tag_ in ("JJS", "RBS") or t.lower_ in ORDINALS
        for t in (tok, *(c for c in tok.children if c.dep_ in ("amod", "advmod")))
    )


def _told_elsewhen(path: list[Token], number: range) -> str | None:
    """ "background" when the figure's clause tells another event than the article's: one
    inside a "since" phrase ("the deadliest since March, when 80 died"), a clause set a week
    or days after or before another ("a week after a bombing killed 30"), or an event noun
    told as another ("a previous attack", "in a separate incident"); "earlier" when that
    noun is a toll ("the previous toll was 20 with 50 injured"); ``_TOLD_PAST`` when the clause
    is placed in the past ("last week", "two months ago", "earlier this year", "in March",
    "in 2014"): background only after the article's own figure. ``path``: the figure's
    token and its ancestors in the sentence."""
    on_path = {t.i for t in path}
    dated = _dated_day(path)
    own = True  # within the figure's own clause (not above a verb of saying: "another group
    # said hundreds were killed" is another source, not another event)
    for t in path:
        if t.i in number:
            continue
        if t.lower_ == "since" and t.dep_ in ("prep", "mark"):
            return "background"
        if t.lower_ in _GAP_MARKS and t.dep_ == "prep" and any(_gap(c) for c in t.children):
            return "background"
        if own and t is not path[0] and t.pos_ in ("NOUN", "PROPN"):
            other = _other_event(t)
            if other:
                return other
        for c in t.children:
            if c.i in on_path:
                continue
            if not dated and _past_time(c):
                return _TOLD_PAST
            if c.dep_ == "mark" and c.lower_ == "since":
                return "background"  # "since sarin killed hundreds in 2013": the earlier event
            if (
                c.dep_ == "mark"
                and c.lower_ in _GAP_MARKS
                and any(_gap(g) for g in (*t.children, *c.children))
            ):
                return "background"
            if not own:
                other = None
            elif c.dep_ in ("nsubj", "nsubjpass", "npadvmod"):
                other = _other_event(c)
            elif c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in _EVENT_PREPS):
                other = next(
                    (o for o in map(_other_event, c.children) if o), None
                )  # "in a separate attack", "killed by a previous strike"
            else:
                other = None
            if other:
                return other
        # above a verb of saying, not a copula ("the previous toll was 20 with 50 injured")
        own = own and not (t.dep_ in ("ccomp", "parataxis") and t.head.lemma_ != "be")
    return None


# prepositions that take the event a figure belongs to: "killed in a separate attack",
# "died during another raid", "the toll from a previous strike"
_EVENT_PREPS = frozenset({"in", "during", "by", "from", "after"})
_DAY_WORDS = frozenset({"today", "yesterday", "tonight"})


def _dated_day(path: list[Token]) -> bool:
    """Whether the figure's clause names its own day ("in an air strike Saturday", "on
    Tuesday", "yesterday"): a past time attached to it ("... site of an attack earlier
    this week", misparsed onto the verb) is then another phrase's."""
    for t in path:
        for c in t.children:
            if _day_word(c):
                return True
            if c.dep_ == "prep" and any(
                _day_word(g) or (g.dep_ == "pobj" and any(map(_day_word, g.children)))
                for g in c.children
            ):
                return True  # "on Tuesday", "in an air strike Saturday"
    return False


def _day_word(tok: Token) -> bool:
    """ "Tuesday", "yesterday", "today" (not an abbreviation: "sun", "sat")."""
    low = tok.lower_
    return low in _DAY_WORDS or (low.endswith("day") and low in WEEKDAYS)


def _past_time(tok: Token) -> bool:
    """ "last week", "the past month", "two years ago", "earlier this month", "in March",
    "in 2014", as a modifier of the figure's clause."""
    if _long_unit(tok) and any(d.lower_ in _PAST or d.lower_ == "earlier" for d in tok.children):
        return True
    if tok.lower_ == "ago" and any(_long_unit(g) for g in tok.children):
        return True
    if tok.lower_ == "earlier" and any(_long_unit(g) for g in tok.subtree):
        return True
    if tok.dep_ == "prep" and tok.lower_ in ("in", "during"):
        for g in tok.children:
            year = g.text.isdigit() and _is_year_like(g.doc[g.i : g.i + 1], int(g.text))
            if g.dep_ == "pobj" and (g.lower_ in MONTHS or year):
                return True
    return False


def _gap(tok: Token) -> bool:
    """ "a week", "months", "days" before "after" or "before": another news cycle."""
    return tok.dep_ == "npadvmod" and (_long_unit(tok) or tok.lower_ == "days")


def _other_event(noun: Token) -> str | None:
    lemma = noun.lemma_.lower()
    if lemma in TIME_UNITS or lemma in GROUPS or (lemma in CATEGORY_CUES and lemma not in _TOLLS):
        return None  # a time ("the previous 24 hours"), people or bodies ("another 10 bodies")
    if not any(c.dep_ in ("amod", "det") and c.lower_ in _OTHER_EVENT for c in noun.children):
        return None
    return "earlier" if noun.lemma_.lower() in _TOLLS else "background"


def _cumulative(sent: Span) -> bool:
    low = f" {sent.text.lower()} "
    return any(cue in low for cue in _CUMULATIVE)


def _group_lemma(tok: Token) -> str:
    """The group noun's lemma, also when a title-case headline made it a proper noun ("35
    Terrorists Killed": "terrorist", not a name)."""
    lemma = tok.lemma_.lower()
    if lemma in GROUPS or tok.pos_ != "PROPN" or not tok.is_title:
        return lemma
    low = tok.lower_
    # plural forms: "Terrorists", "Women", "Children"
    men = low[:-3] + "man" if low.endswith("men") else low
    for singular in (low, low.removesuffix("s"), men, "child"):
        if singular in GROUPS and (singular != "child" or low == "children"):
            return singular
    return lemma


def _of_organisation(tok: Token) -> bool:
    """ "members of the Nusra Front", "Ahrar al-Sham members", "IS members"."""
    for c in tok.children:
        if c.dep_ == "compound" and (c.pos_ == "PROPN" or c.ent_type_ in ("ORG", "NORP")):
            return True
        if c.dep_ == "prep" and c.lower_ == "of":
            for pobj in c.children:
                if pobj.dep_ == "pobj" and (
                    pobj.pos_ == "PROPN" or pobj.ent_type_ in ("ORG", "NORP")
                ):
                    return True
    return False


def _is_number_word(low: str, like_num: int, is_punct: int) -> bool:
    """Whether a token (its lower-case form, ``like_num`` and ``is_punct``) is a number word."""
    if low in ("a", "an"):
        return False  # only as "a hundred", "a dozen": handled where a phrase starts
    return bool(like_num and not is_punct) or low in UNITS or low in SCALES


def _number_phrase(
    lowers: list[str], numeric: list[bool], i: int, end: int
) -> tuple[int, int] | None:
    """The token range of a number phrase starting at ``i``, or None (``lowers``: each token's
    lower-case form; ``numeric``: ``_is_number_word`` of each token)."""
    low = lowers[i]
    for words in _VAGUE_BY_FIRST.get(low, ()):
        n = len(words)
        if i + n <= end and tuple(lowers[i : i + n]) == words:
            if n == 1 and words[0] in ("a", "an", "dozen"):
                break
            return i, i + n
    if low in ("a", "an") and i + 1 < end and lowers[i + 1] in SCALES:
        j = i + 1
    elif not numeric[i]:
        return None
    else:
        j = i
    j += 1
    # "two hundred and fifty" is one number; "between 500 and 1,300" is two; "86 30 of them
    # children" (a comma lost) is two, "1 200" one
    while j < end and (
        (numeric[j] and not _two_numerals(lowers[j - 1], lowers[j]))
        or (
            lowers[j] in ("and", "-")
            and j + 1 < end
            and numeric[j + 1]
            and (lowers[j] == "-" or lowers[j - 1] in SCALES)
        )
    ):
        j += 1
    return i, j


def _two_numerals(before: str, word: str) -> bool:
    """Two numerals in a row that are two numbers: "86 30" of "86, 30 of them children" as a
    text without its commas gives it; a group of three digits after one to three is the
    thousands of one number ("1 200")."""
    if not (before.isdigit() and word.replace(",", "").isdigit()):
        return False
    return not (len(before) <= 3 and len(word) == 3)


def _is_date(doc: Doc, start: int, end: int) -> bool:
    """ "16 Apr", "April 5", "5th of May": a day of a month, not a count."""
    after = doc[end].lower_.rstrip(".") if end < len(doc) else ""
    before = doc[start - 1].lower_.rstrip(".") if start > 0 else ""
    return (
        after in MONTHS
        or before in MONTHS
        or (after == "of" and end + 1 < len(doc) and doc[end + 1].lower_ in MONTHS)
    )


def _is_year_like(span: Span, count: int | None) -> bool:
    text = span.text
    return count is not None and len(text) == 4 and text.isdigit() and 1900 <= count <= 2100


def _qualifier(doc: Doc, start: int, sent_start: int) -> tuple[str | None, int | None]:
    for width in (3, 2, 1):
        s = start - width
        if s < sent_start:
            continue
        words = " ".join(t.lower_ for t in doc[s:start])
        if words in QUALIFIERS:
            return QUALIFIERS[words], s
    return None, None


def _group_noun(doc: Doc, start: int, end: int, sent_end: int) -> Token | None:
    """The noun the number counts: its syntactic head, or the next noun ("dozens of civilians")."""
    last = doc[end - 1]
    head = last.head
    if (
        last.dep_ in ("nummod", "quantmod", "compound")
        and head.pos_ in ("NOUN", "PROPN")
        and (head.i >= end)
    ):
        return _adjusted(head)
    for k in range(end, min(end + 4, sent_end)):
        tok = doc[k]
        if tok.pos_ in ("NOUN", "PROPN") or tok.lemma_.lower() in GROUPS:
            return _adjusted(tok)
        stop = tok.pos_ in ("VERB", "AUX", "PUNCT", "NUM", "ADP") or tok.lower_ in ("and", "but")
        if stop and tok.lower_ != "of":
            break
    return None


def _adjusted(tok: Token) -> Token:
    """ "Syrian civilians" is parsed with "civilians" as head already; keep compounds' heads."""
    if tok.dep_ == "compound" and tok.head.lemma_.lower() in GROUPS:
        return tok.head
    return tok


def _category(
    doc: Doc, start: int, end: int, group: Token | None, sent: Span
) -> tuple[str, bool] | None:
    """(category, found along the parse) for the number at ``start:end``."""
    anchor = group if group is not None else doc[end - 1]
    # 1. Along the parse: the figure's own participle ("84 people have been killed and
    # another 659 injured": 659 is a conjunct of "killed", not its object; "left 40 dead and
    # 70 wounded", "with at least 70 injured"), unless the figure is the object of a casualty
    # verb ("killed 220,000 people wounded ..." of a text without its commas); else the
    # governing verb/noun of the group or the number.
    if not (anchor.dep_ == "dobj" and _cue(anchor.head)):
        for child in anchor.rights:
            cat = _cue(child) if child.dep_ == "acl" and child.pos_ == "VERB" else None
            if cat in ("killed", "injured") or (cat and anchor.dep_ == "conj"):
                return cat, True
    for tok in (anchor, *list(anchor.ancestors)[:3]):
        cat = _cue(tok)
        if cat:
            return cat, True
        if tok.pos_ in ("VERB", "AUX"):
            # "the death toll reached at least 112 people": the verb's subject is the cue.
            for child in tok.children:
                if child.dep_ in ("nsubj", "nsubjpass") and _cue(child):
                    return _cue(child), True  # type: ignore[return-value]
            # "six civilians were among the 22 people killed": the group they are among
            among = _among_cue(tok)
            if among:
                return among, True
            break
    for child in anchor.children:
        cat = _cue(child) if child.dep_ in ("acl", "relcl", "amod", "prep") else None
        if cat:
            return cat, True
    # 2. The nearest cue in a window of the same sentence, not past another number.
    best: tuple[int, str] | None = None
    lo, hi = max(sent.start, start - _WINDOW), min(sent.end, end + _WINDOW)
    for k in range(lo, hi):
        if start <= k < end:
            continue
        cat = _cue(doc[k])
        if cat:
            between = range(min(k, start) + 1, max(k, end - 1))
            if any(doc[m].like_num and not (start <= m < end) for m in between):
                continue
            dist = abs(k - start)
            if best is None or dist < best[0]:
                best = (dist, cat)
    return (best[1], False) if best else None


def _cue(tok: Token) -> str | None:
    lemma = tok.lemma_.lower()
    cat = CATEGORY_CUES.get(lemma) or CATEGORY_CUES.get(tok.lower_)
    if cat == "detained" and lemma == "seize" and tok.pos_ == "VERB":
        return None  # "seized Mosul" is territory, not detention; "seized 20 people" is rare
    if lemma == "life" and not any(
        c.lemma_ in ("lose", "claim") for c in (tok.head, *tok.children)
    ):
        return None
    return cat
