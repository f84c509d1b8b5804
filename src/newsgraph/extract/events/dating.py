"""An event's date: from a time expression governing its clause, else one standing for the
whole sentence, else unknown. Never the publication date: that is kept apart as the report date.

Every report says how it was dated (``basis``): ``explicit`` (a time expression of its own
sentence), ``inherited`` (the discourse's reference time: the verb it is conjoined to, an earlier
dated event of the same paragraph with the same actor) or ``window`` (no date: an undated report
in the simple past is bounded by the week before publication, ``window_for``; a report with no
tense of its own takes the time of the clause that asserts it, ``time_anchor``). A window is
never a date: ``date`` stays empty and only ``date_start``/``date_end`` carry it.

Time expressions come from the timexes stage (``p.facts["timexes"]``). Without it, a small
fallback normalises spaCy DATE entities (years, "27 November", "December 2", weekdays).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from newsgraph.calendar import MONTHS, date_range, precision_of, start_of
from newsgraph.extract.docview import DocView
from newsgraph.extract.events.lexicon import QUANTITIES
from newsgraph.types import Timex

__all__ = [
    "Anchor",
    "EventDate",
    "background_clause",
    "date_for",
    "date_range",
    "fallback_timexes",
    "frame_of",
    "loose_week",
    "normalise",
    "presupposed",
    "recent_window",
    "reduced_relative",
    "root_date",
    "simple_past",
    "start_of",
    "time_anchor",
    "unread_time",
]


@dataclass(frozen=True)
class EventDate:
    value: str
    precision: str
    text: str
    governed: bool  # True: attached to the trigger's clause; False: the sentence's only date
    basis: str = "explicit"  # explicit | inherited (window reports carry no EventDate)


def usable(t: Timex) -> bool:
    v = t.value or ""
    return t.type in ("DATE", "TIME") and precision_of(v[:10]) is not None


def date_for(
    trigger: Token,
    clause_head: Token,
    sent: Span,
    timexes: list[Timex],
    other_heads: set[int],
    speech_verbs: frozenset[str] = frozenset(),
    event_verbs: frozenset[int] | set[int] = frozenset(),
) -> EventDate | None:
    """The date of the event whose trigger is ``trigger`` (clause verb ``clause_head``).

    A time expression under "by/until/since/before/after" bounds the event rather than dates
    it ("captured the city by Friday", "has held Goma since 2017") and is not used. One under a
    participle inside a noun phrase that is not itself an event ("the army-controlled
    port on Friday", a common misattachment) belongs to the clause above that noun phrase.
    ``event_verbs``: the token indices of every event trigger of the sentence, those folded
    into another event included ("troops deployed in 2015" keeps its own date)."""
    dated = [t for t in timexes if usable(t)]
    if not dated:
        return None
    doc = sent.doc
    governed: list[Timex] = []
    free: list[Timex] = []
    n_bound = 0
    for t in dated:
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None:
            continue
        if _bounding(span.root) or _attribute(span.root, trigger) or loose_week(t) is not None:
            n_bound += 1  # a bound, another noun's date, or a week read two ways: no date
            continue
        verb, path = _governing_verb(span.root, set(event_verbs) | other_heads)
        if trigger.i in path or clause_head.i in path:
            governed.append(t)  # "met ... on Monday", "a meeting on Monday"
        elif verb is None or (
            verb.dep_ == "ROOT"
            and verb.i not in other_heads
            and verb.lemma_.lower() not in speech_verbs  # when it was said, not done
        ):
            free.append(t)  # a sentence-level date, not one of another clause
    if governed:
        t = governed[0]
        return EventDate(_value(t), precision_of(_value(t)) or "day", t.text, True)
    if len(free) == 1 and len(dated) - n_bound == 1:
        t = free[0]
        return EventDate(_value(t), precision_of(_value(t)) or "day", t.text, False)
    return None


def _value(t: Timex) -> str:
    v = t.value or ""
    return v[:10] if precision_of(v[:10]) else v


_BOUNDS = frozenset({"by", "until", "till", "since", "before", "after", "through", "from"})
_SINCE = frozenset({"since", "from"})
_PAST_SPAN = re.compile(r"\b(past|last|previous)\b", re.I)


def span_window(
    trigger: Token, clause_head: Token, sent: Span, timexes: list[Timex], published: date | None
) -> tuple[str, str, str] | None:
    """A window the sentence's own words give the event's clause, as (start, end, text):
    "since 2017" or "since the war began in 2011" (a perfect clause) -> from then to
    publication, "over the past two weeks" -> the two weeks before publication, "last week"
    read at a weekend (``loose_week``). Only for a time expression governing the trigger's
    clause or its "since" clause."""
    if published is None:
        return None
    doc = sent.doc
    since_verb = _since_clause(clause_head)
    for t in timexes:
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None:
            continue
        verb, path = _governing_verb(span.root)
        start = start_of(_value(t)) if usable(t) else None
        in_since = since_verb is not None and verb is not None and verb.i == since_verb.i
        if in_since and start is not None and start <= published:
            return start.isoformat(), published.isoformat(), t.text  # "since the war began in 2011"
        if trigger.i not in path and clause_head.i not in path:
            continue
        root = span.root
        since = (root.dep_ == "pobj" and root.head.lower_ in _SINCE) or any(
            c.lower_ in _SINCE for c in root.children
        )
        loose = loose_week(t)
        if loose is not None and published >= loose and not _attribute(span.root, trigger):
            return loose.isoformat(), published.isoformat(), t.text
        if since and usable(t):
            start = start_of(_value(t))
            if start is not None and start <= published:
                return start.isoformat(), published.isoformat(), t.text
        if t.type == "DURATION" and _PAST_SPAN.search(t.text) and t.value:
            back = _duration_days(t.value)
            if back:
                return (published - timedelta(days=back)).isoformat(), published.isoformat(), t.text
    return None


_LAST_WEEK = re.compile(r"^(?:the\s+)?(?:last|past|previous)\s+week$", re.I)


def loose_week(t: Timex) -> date | None:
    """The first day of a "last week" read against a weekend publication, else None.

    On a Saturday or Sunday "last week" is read two ways: the calendar week before (what the
    timexes stage resolves) or the week now ending, as weekend editions use it ("killed in
    air strikes last week" in a Saturday paper: Monday to Friday of that week). Neither is
    sure, so the report takes the window over both: from the Monday of the week before to
    publication (``span_window``), never the one week as its date."""
    if not _LAST_WEEK.match(t.text.strip()) or t.anchor_kind != "publication" or not t.anchor:
        return None
    try:
        pub = date.fromisoformat(t.anchor[:10])
    except ValueError:
        return None
    if pub.weekday() < 5:
        return None
    return pub - timedelta(days=pub.weekday() + 7)


_PERFECT = frozenset({"has", "have", "had", "'s", "'ve", "'d"})


def _perfect(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in _PERFECT for c in verb.children)


def _since_clause(clause_head: Token) -> Token | None:
    """The verb of a "since" clause of a perfect clause ("has backed the rebels since the
    uprising began"): the clause's act runs from that time on (with the perfect, "since" is
    temporal, not causal)."""
    if not _perfect(clause_head):
        return None
    for c in clause_head.children:
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children):
            return c
    return None


def durative(trigger: Token, clause_head: Token, sent: Span, timexes: list[Timex]) -> bool:
    """Whether the clause spans a stretch of time the text does not bound ("for years",
    "throughout the conflict", "every week", "has backed them since the uprising began", "has
    long backed them"): no window of the days before publication."""
    heads = [clause_head, clause_head.head] if clause_head.dep_ == "conj" else [clause_head]
    if any(c.dep_ == "prep" and c.lower_ == "throughout" for h in heads for c in h.children):
        return True  # "throughout the war", and for a conjoined verb its head's
    if _since_clause(clause_head) is not None:
        return True  # from a time the text gives no date for (span_window reads a dated one)
    if _perfect(clause_head) and any(
        c.dep_ == "advmod" and c.lower_ == "long" for c in clause_head.children
    ):
        return True  # "has long backed the rebels", "have long been the tool of ..."
    doc = sent.doc
    for t in timexes:
        if t.type not in ("DURATION", "SET") or _PAST_SPAN.search(t.text):
            continue
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None:
            continue
        _, path = _governing_verb(span.root)
        if trigger.i in path or clause_head.i in path:
            return True
    return False


_DURATION = re.compile(r"^P(\d+)([DWMY])$")
_UNIT_DAYS = {"D": 1, "W": 7, "M": 31, "Y": 366}


def _duration_days(value: str) -> int | None:
    m = _DURATION.match(value)
    return int(m.group(1)) * _UNIT_DAYS[m.group(2)] if m else None


def _attribute(root: Token, trigger: Token) -> bool:
    """A time expression that is an attribute of another noun than the trigger ("Ghouta,
    scene of the 2013 sarin attack", "last week's capitulation"): it dates that noun's event,
    not the clause ("Saddam Hussein's 1988 attack" still dates the attack)."""
    return (
        root.dep_ in ("compound", "amod", "nummod", "nmod", "poss")
        and root.head.pos_ in ("NOUN", "PROPN")
        and root.head.i != trigger.i
    )


def _bounding(root: Token) -> bool:
    """A time expression that bounds rather than dates: "by Friday", "since 2017"."""
    head = root.head
    if root.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in _BOUNDS:
        return True
    return any(c.dep_ in ("case", "prep") and c.lower_ in _BOUNDS for c in root.children)


def _np_participle(tok: Token, events: set[int]) -> bool:
    """A participle inside a noun phrase that is no event of its own: "the army
    controlled port", "the areas held by rebels" (not "troops deployed in 2015": an event);
    a bare past participle the parser hung on the verb instead counts too."""
    return (
        (tok.dep_ in ("acl", "amod") or (tok.dep_ == "advcl" and tok.tag_ == "VBN"))
        and tok.tag_ in ("VBN", "VBG")
        and tok.i not in events
        # "as reported by X this week": a clause of its own (its subordinator), not a modifier
        and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in tok.children
        )
    )


def _adjunct_participle(tok: Token) -> bool:
    """A present participle adjunct of its clause, with no subject or subordinator of its own:
    "Speaking to reporters on Monday, the minister accused ...": its time is the
    clause's ("after meeting X on Monday" is a prepositional phrase, not this)."""
    return (
        tok.dep_ == "advcl"
        and tok.tag_ == "VBG"
        and tok.head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux") for c in tok.children)
    )


def _governing_verb(tok: Token, events: set[int] | None = None) -> tuple[Token | None, set[int]]:
    """The nearest verb above a time expression, and the tokens on the way to it; participles
    inside noun phrases that are no event (``_np_participle``) are passed through."""
    cur = tok
    path = {tok.i}
    for _ in range(16):
        if cur.head.i == cur.i:
            return (cur if cur.pos_ in ("VERB", "AUX") else None), path
        cur = cur.head
        path.add(cur.i)
        if cur.pos_ in ("VERB", "AUX") and not (
            events is not None and (_np_participle(cur, events) or _adjunct_participle(cur))
        ):
            return cur, path
    return None, path


# ---------------------------------------------------------------- windows

WINDOW_DAYS = 7
_PAST_AUX = frozenset({"was", "were", "did"})


def reported_past(verb: Token) -> bool:
    """Whether ``verb``'s clause reports a past act as news does: the simple past
    ("attacked", "was attacked", "did not attack") or the present perfect of news leads ("has
    warned", "have seized"); not the past perfect ("had attacked": a time before another past),
    the present, the future, nor an infinitive."""
    kids = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    low = [c.lower_ for c in kids]
    if any(w in ("had", "'d") for w in low):
        return False
    if low and low[0] in ("has", "have", "'s", "'ve") and verb.tag_ == "VBN":
        return all(w in ("has", "have", "'s", "'ve", "been") for w in low)
    if low and all(w in _PAST_AUX or w == "n't" for w in low):
        return True
    if kids:
        return False  # "will attack", "is attacking", "to attack"
    if verb.tag_ == "VBD":
        return True
    # a conjoined verb shares its head's tense: "met X and discussed Y", "has met X and said";
    # so does a participle of the same act: "opened fire, killing two guards"
    if verb.dep_ == "conj" and verb.head.i != verb.i and verb.tag_ in ("VBD", "VBN"):
        return reported_past(verb.head)
    if verb.dep_ == "advcl" and verb.head.i != verb.i and verb.tag_ == "VBG":
        return reported_past(verb.head)
    return False


def told_past(verb: Token) -> bool:
    """Whether ``verb``'s clause tells an act before its reference time, however long before:
    ``reported_past`` or the past perfect ("had backed him"); an infinitive takes the tense of
    the verb it completes ("invested billions to support him", not "must act to save him")."""
    for _ in range(3):
        to = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        if not (to and verb.dep_ in ("xcomp", "advcl") and verb.head.i != verb.i):
            break
        verb = verb.head
    low = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return bool(low and low[0] in ("had", "'d")) or reported_past(verb)


def simple_past(verb: Token) -> bool:
    """The simple past of a narration ("sent", "was sent", "did not send"), which a frame such
    as "In 2015," can date; not the present perfect ("has sent": no definite past time)."""
    if not reported_past(verb):
        return False
    low = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(w in ("has", "have", "'s", "'ve") for w in low):
        return False
    if verb.dep_ == "conj" and not low and verb.tag_ != "VBD":
        return simple_past(verb.head)
    return True


def window_for(clause_verb: Token | None, published: date | None) -> tuple[str, str] | None:
    """The window of an undated report: the ``WINDOW_DAYS`` before publication (publication
    day included) when its clause reports a past act (``reported_past``), else None (present,
    past perfect, future: no honest bound)."""
    if published is None or clause_verb is None or clause_verb.pos_ not in ("VERB", "AUX"):
        return None
    if not reported_past(clause_verb):
        return None
    return recent_window(published)


def recent_window(published: date) -> tuple[str, str]:
    """The ``WINDOW_DAYS`` before publication, publication day included (ISO days)."""
    return (published - timedelta(days=WINDOW_DAYS)).isoformat(), published.isoformat()


# Subordinators of a temporal clause: "when she travelled to Syria", "as the army cracked down".
_TEMPORAL_MARKS = frozenset({"when", "whenever", "as", "while", "once", "after", "before"})


def background_clause(verb: Token, event_verbs: frozenset[int] | set[int]) -> bool:
    """Whether ``verb`` heads a temporal clause ("When the militia left the town, we were
    able to ...", "As the army cracked down on the protests, she wanted to ...") whose main
    clause states a state, a wish or an ability (``_STATES``, a predicate adjective or noun)
    and no act: the clause then sets the scene of a story, often told years later, and the
    days before publication would be a guess. Under an act ("police opened fire when
    protesters stormed the building", "the vote came as troops fired on the crowd") it
    takes that act's time as before."""
    if verb.dep_ != "advcl" or verb.head.i == verb.i:
        return False
    if not any(c.dep_ in ("mark", "advmod") and c.lower_ in _TEMPORAL_MARKS for c in verb.children):
        return False
    head = verb.head
    if head.i in event_verbs:
        return False
    return head.lemma_.lower() in _STATES or any(c.dep_ in ("acomp", "attr") for c in head.children)


# Verbs of a state, not an act: a clause they head sets a scene ("she was a minor", "she wanted
# to record every breach", "we were able to ...") rather than reporting news.
_STATES = frozenset(
    {
        "be",
        "have",
        "remain",
        "stay",
        "seem",
        "appear",
        "live",
        "exist",
        "belong",
        "own",
        "want",
        "wish",
        "hope",
        "need",
        "know",
        "believe",
        "think",
        "feel",
        "fear",
        "like",
        "love",
        "hate",
        "understand",
        "remember",
    }
)


def reduced_relative(tok: Token) -> bool:
    """A past participle modifying a noun, with no subordinator ("two men killed fighting
    the militia", "the town captured by the rebels"): it says what befell the noun's referent,
    at a time the clause around it does not give (the families condemned a report this
    week; the men were killed months before). Not the people a toll counts ("the number of
    civilians killed in the strike has risen to 20"): the toll updates the news of them."""
    return (
        tok.dep_ == "acl"
        and tok.tag_ == "VBN"
        and tok.head.pos_ in ("NOUN", "PROPN", "PRON")
        and not any(c.dep_ in ("aux", "auxpass", "mark", "nsubj") for c in tok.children)
        and not _counted(tok.head)
    )


def _counted(noun: Token) -> bool:
    """``noun`` is what a quantity noun counts: "the number / toll of <noun>"."""
    of = noun.head
    return (
        noun.dep_ == "pobj"
        and of.lower_ == "of"
        and of.head.i != of.i
        and of.head.lemma_.lower() in QUANTITIES
    )


# ---------------------------------------------------------------- fallback without timexes

_DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def fallback_timexes(doc: Doc, article_id: str, published: date | None) -> list[Timex]:
    """Timexes from spaCy DATE entities, for when the timexes stage did not run."""
    sent_of = {s.start: i for i, s in enumerate(doc.sents)}
    starts = sorted(sent_of)
    out: list[Timex] = []
    for ent in doc.ents:
        if ent.label_ != "DATE":
            continue
        value = normalise(ent.text, published)
        idx = max(i for i, s in enumerate(starts) if s <= ent.start) if starts else 0
        out.append(
            Timex(
                article_id,
                idx,
                ent.start_char,
                ent.end_char,
                ent.text,
                "DATE",
                value,
                anchor=published.isoformat() if published else None,
                anchor_kind="publication" if published else "none",
                precision=precision_of(value) if value else None,
                note=None if value else "unresolved (events fallback)",
            )
        )
    return out


def normalise(text: str, pub: date | None) -> str | None:
    s = text.lower().replace(",", " ")
    words = s.split()
    year = next((int(w) for w in words if re.fullmatch(r"(19|20)\d\d", w)), None)
    month = next((MONTHS[w.rstrip(".")] for w in words if w.rstrip(".") in MONTHS), None)
    day = next(
        (
            int(re.sub(r"(st|nd|rd|th)$", "", w))
            for w in words
            if re.fullmatch(r"\d{1,2}(st|nd|rd|th)?", w)
        ),
        None,
    )
    weekday = next((_DAYS.index(w) for w in words if w in _DAYS), None)
    if month and day:
        y = year or (pub.year if pub else None)
        if y is None:
            return None
        try:
            d = date(y, month, day)
        except ValueError:
            return None
        if year is None and pub and d > pub + timedelta(days=7):
            d = d.replace(year=y - 1)
        return d.isoformat()
    if weekday is not None and pub is not None:
        back = (pub.weekday() - weekday) % 7
        if "last" in words and back == 0:
            back = 7
        return (pub - timedelta(days=back)).isoformat()
    if month and year:
        return f"{year:04d}-{month:02d}"
    if year and len(words) <= 3:
        return f"{year:04d}"
    if pub and ("last week" in s or "past week" in s):
        y, w, _ = (pub - timedelta(days=7)).isocalendar()
        return f"{y:04d}-W{w:02d}"
    if pub and "this week" in s:
        y, w, _ = pub.isocalendar()
        return f"{y:04d}-W{w:02d}"
    return None


# ---------------------------------------------------------------- the time a report holds at

_WILL = frozenset({"will", "shall", "'ll", "wo"})
_MODALS = frozenset({"would", "could", "might", "may", "should", "can", "must", "ought"})
_PRESENT_AUX = frozenset({"is", "are", "am", "'s", "'re", "'m"})
# Where an embedded clause or a nominal takes the time of the clause above it: complements,
# purposes and participles ("said that X is arming", "met them to discuss the border",
# "rebels armed by a neighbour attacked", "stressing X's role").
_EMBEDDED = frozenset({"ccomp", "xcomp", "advcl", "acl", "relcl", "conj", "pcomp", "csubj"})


# Verbs of using something for an act: what the thing is used to do is done as it is used
# ("is using the militias to attack the rebels", "used the truce to rearm"), not a mere purpose.
_USING = frozenset({"use", "employ", "exploit", "utilise", "utilize", "harness", "leverage"})


@dataclass(frozen=True)
class Anchor:
    """The verb whose time an undated report holds at, and how: ``past`` (a past act: the
    report took place before publication), ``now`` (going on at publication: "is trying",
    "claims") or ``announced`` (a pledge with no tensed verb of saying: announced by
    publication)."""

    verb: Token
    kind: str


def time_anchor(
    tok: Token,
    clause: Token,
    speech_verbs: frozenset[str],
    pledge: bool = False,
    reported: bool = False,
) -> Anchor | None:
    """The verb whose time the report of ``tok`` (clause verb ``clause``) holds at, or None
    when no honest bound follows from the text (past perfect, future, modal, a present that
    is no report of news).

    A report without a tense of its own takes the time of the clause that asserts it: a
    nominal that of its verb ("voiced his anger over the neighbour's aid to the rebels"); a
    present or infinitive complement that of the verb above it ("said that the militias are
    working together": when it was said; "met the envoy to discuss the border"); a
    participle modifying a party that of the party's clause ("rebels armed by a neighbour
    attacked the town"). ``pledge``: the report is the promise itself (PLOVER's AGREE or
    THREATEN for "will", "agreed to", "vowed to"), dated when it was made, not when the
    promised act would happen; a bare "X will ..." of the writer's dates no promise, one
    attributed (``reported``: "..., according to Y") was made by publication."""
    v: Token | None = clause if clause.pos_ in ("VERB", "AUX") else _verb_above(tok)
    # a nominal the clause takes as given holds when the clause is said, as a pledge does
    pledge = pledge or presupposed(tok)
    if (
        v is tok
        and not pledge
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        and tok.head.lemma_.lower() not in speech_verbs
        and tok.head.lemma_.lower() not in _USING  # "is using militias to attack X": the use
    ):
        return None  # "to protect Kenya's borders": a purpose or goal, not an act that happened
    for _ in range(8):
        if v is None:
            return None
        if v.lemma_ == "go" and any(c.dep_ == "xcomp" for c in v.children) and not pledge:
            return None  # "was going to spend three months learning Arabic": the future then
        low = [c.lower_ for c in v.children if c.dep_ in ("aux", "auxpass")]
        if any(w in ("had", "'d") for w in low):
            return None  # the past perfect: a time before another past
        if reported_past(v):
            return Anchor(v, "past")
        if any(w in _MODALS for w in low) and not (pledge and "would" in low):
            return None  # a speculation, or an obligation
        if any(w in _WILL or w == "going" for w in low) and not pledge:
            return None  # the future: it has not happened
        up = v.head if v.dep_ in _EMBEDDED | {"prep"} and v.head.i != v.i else None
        if up is not None and up.pos_ not in ("VERB", "AUX"):
            up = _verb_above(up) if v.dep_ in ("acl", "relcl", "prep") else None
        if up is not None:
            v = up  # the embedded clause holds at the time of the clause above it
            continue
        if v.dep_ != "ROOT":
            return None
        if pledge and reported and any(w in _WILL or w == "going" for w in low):
            return Anchor(v, "announced")  # "X will send more aid, according to Y"
        progressive = v.tag_ == "VBG" and any(w in _PRESENT_AUX for w in low)
        if progressive or (v.tag_ in ("VBZ", "VBP") and v.lemma_.lower() in speech_verbs):
            return Anchor(v, "now")  # "X is now trying to ...", "X claims ..."
        return None
    return None


# Prepositions of a goal: "will push for its release", "will contribute to its rebuilding"
# name an act to come, not one taken as given.
_GOALS = frozenset({"for", "to", "toward", "towards", "into"})


def presupposed(tok: Token) -> bool:
    """Whether the nominal ``tok`` names an event its clause takes as given: it is, or hangs
    under, the object of a preposition whose noun has a possessive ("will step up its aid to
    Kampala in its war on the rebels' raids": the war and the raids exist when this is
    said), so a future or modal verb above it does not put it in the future. Only an
    adjunct of the clause ("will look into the ministry's demand" is the noun's argument, and
    a demand may be years old), and not under a preposition of a goal ("will push for their
    release")."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    cur = tok
    for _ in range(8):
        if cur.pos_ in ("VERB", "AUX") or cur.head.i == cur.i:
            return False
        if (
            cur.dep_ == "pobj"
            and cur.pos_ in ("NOUN", "PROPN")
            and cur.head.lower_ not in _GOALS
            and cur.head.head.pos_ in ("VERB", "AUX")  # an adjunct of the clause, no noun's
            and any(c.dep_ == "poss" for c in cur.children)
        ):
            return True
        cur = cur.head
    return False


def _verb_above(tok: Token) -> Token | None:
    """The nearest verb above a noun ("his grievances" -> "expressed"), or None."""
    cur = tok
    for _ in range(10):
        if cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            return cur
    return None


def frame_of(sent: Span, timexes: list[Timex]) -> EventDate | None:
    """The sentence's frame-setting time adverbial: a date placed before the main verb and
    governing it ("In 2011, militants launched ...", "On Thursday, the rebels seized ..."). It sets
    the reference time of the narration that follows in the paragraph."""
    root = sent.root
    if root.pos_ not in ("VERB", "AUX"):
        return None
    doc = sent.doc
    for t in timexes:
        if not usable(t) or t.start >= root.idx:
            continue
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None or _bounding(span.root) or loose_week(t) is not None:
            continue
        head = span.root.head
        if head.i == root.i or (head.dep_ == "prep" and head.head.i == root.i):
            v = _value(t)  # an adverbial of the main verb itself, not inside one of its phrases
            return EventDate(v, precision_of(v) or "day", t.text, False, "inherited")
    return None


def root_date(sent: Span, timexes: list[Timex]) -> EventDate | None:
    """The date governing the sentence's main verb wherever it stands ("France intervened in
    2013 ..."): the narration's time, which moves the reference time of what follows."""
    root = sent.root
    doc = sent.doc
    for t in timexes:
        if not usable(t):
            continue
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if (
            span is None
            or _bounding(span.root)
            or _attribute(span.root, root)  # "breaking a 2019 truce": the truce's
            or loose_week(t) is not None
        ):
            continue
        _, path = _governing_verb(span.root)
        if root.i in path:
            v = _value(t)
            return EventDate(v, precision_of(v) or "day", t.text, False, "inherited")
    return None


_AT = frozenset({"in", "on", "at", "during"})


def unread_time(verb: Token, sent: Span, timexes: list[Timex]) -> bool:
    """Whether the text dates ``verb``'s clause with a time it does not let us read ("In the
    days before the vote, the president voiced ..."): a date phrase of the parser's that
    no usable time expression covers, placed "in/on/at/during" the clause. The week before
    publication would then be a guess the text may contradict: no window."""
    read = [(t.start, t.end) for t in timexes if usable(t)]
    # a participle adjunct or a conjoined verb is set when the clause it hangs on is
    held = {verb.i} | ({verb.head.i} if _adjunct_participle(verb) or verb.dep_ == "conj" else set())
    view = DocView.of(sent.doc)  # the document's shared columns and entities
    for ent in view.span_ents(sent.start, sent.end):
        if ent.label_ not in ("DATE", "TIME"):
            continue
        if any(s < ent.end_char and ent.start_char < e for s, e in read):
            continue
        head = ent.root.head
        if ent.root.dep_ == "pobj" and head.lower_ in _AT:
            _, path = _governing_verb(ent.root)
            if held & path:
                return True
    lower, idx = view.lower, view.idx
    for i in range(sent.start, sent.end):
        if lower[i] not in _PERIODS:
            continue  # what ``_period_phrase`` asks first, without a Token
        tok = sent.doc[i]
        if _period_phrase(tok) and not any(s <= idx[i] < e for s, e in read):
            _, path = _governing_verb(tok)
            if held & path:
                return True  # "During his time with the militia, he rose to ..."
    return False


# Nouns naming a stretch of someone's life or of history: "during his time with the YPG",
# "in her years as a minister", "during the occupation". A clause set in one is set in a past
# the text does not date, not in the days before publication.
_PERIODS = frozenset(
    {
        "time",
        "tenure",
        "years",
        "stint",
        "career",
        "stay",
        "captivity",
        "childhood",
        "youth",
        "presidency",
        "premiership",
        "reign",
        "rule",
        "era",
        "decades",
        "occupation",
    }
)


def _period_phrase(tok: Token) -> bool:
    """``tok`` is the noun of "during/throughout/in <his/the> <period>" ("during his time
    with the group"): a period noun with a possessive or determiner, under such a preposition."""
    return (
        tok.lower_ in _PERIODS
        and tok.dep_ == "pobj"
        and tok.head.lower_ in ("during", "throughout", "in")
        and any(c.dep_ in ("poss", "det") for c in tok.children)
    )
