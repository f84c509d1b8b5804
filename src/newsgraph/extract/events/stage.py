"""The ``events`` doc stage: sentence by sentence, triggers -> arguments -> PLOVER/CAMEO code,
date, place, factuality, confidence. Reads the facts of the earlier stages (mentions, timexes,
places, quotes) and degrades to spaCy entities where a stage did not run."""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

import numpy as np
from spacy.tokens import Span, Token

from newsgraph.calendar import date_range
from newsgraph.config import Settings
from newsgraph.extract.docview import DocView, Names
from newsgraph.extract.events import arguments as args
from newsgraph.extract.events.confidence import EVIDENCE_ONLY_CONFIDENCE, Evidence, confidence
from newsgraph.extract.events.dating import (
    WINDOW_DAYS,
    EventDate,
    background_clause,
    date_for,
    durative,
    fallback_timexes,
    frame_of,
    recent_window,
    reduced_relative,
    root_date,
    simple_past,
    span_window,
    time_anchor,
    told_past,
    unread_time,
)
from newsgraph.extract.events.discourse import resolve_refs
from newsgraph.extract.events.factuality import Flags, flags_for
from newsgraph.extract.events.guards import (
    OTHER,
    PRONOUNS,
    best_kind,
    civil_genre,
    home_towns,
    not_political,
    on_business,
    only_places,
    sense_skip_reason,
    sentence_skip_reason,
)
from newsgraph.extract.events.harm_told import harm_attack, harm_told, harm_triggers
from newsgraph.extract.events.lexicon import EventLexicon, PloverCode, load_lexicon
from newsgraph.extract.events.main_event import pick_main_event
from newsgraph.extract.events.patterns import is_time
from newsgraph.extract.events.placing import fallback_places, place_for
from newsgraph.extract.events.statements import statement_only
from newsgraph.extract.events.triggers import CONSENTING, Trigger, find_triggers
from newsgraph.extract.events.typeclf import load_classifier
from newsgraph.extract.events.unnamed import (
    misparsed_owner,
    named_owner,
    state_forces,
    suffered,
    unnamed_attack,
)
from newsgraph.extract.events.verbal import CRITICISM, CRITICISM_CAMEO, attack_in_words
from newsgraph.extract.timexes.lexicon import ORDINALS
from newsgraph.quoting import quote_depths
from newsgraph.registry import register_stage
from newsgraph.resolve.roles import refs_on
from newsgraph.types import Actor, ActorRef, EventReport, Parsed, Place, Quote, Skip, Timex

_PHYSICAL = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "PROTEST", "RETREAT", "AID"})
_TO_AGREE = frozenset({"COOPERATE", "AID", "SUPPORT", "CONSULT"})
_YIELDING = frozenset({"RETREAT", "CONCEDE"})
_REFUSING = frozenset({"refuse", "decline"})
_FORCE = frozenset({"ASSAULT", "COERCE", "SANCTION"})
# Types that are by definition done with or to a partner (consult with, cooperate with, aid,
# support, agree with, concede to): coded from a verb's default code only when the clause
# names the partner. Ordinary verbs of these blocks ("escalate", "manage", "learn", "join",
# "respect") otherwise turn every sentence into cooperation.
_DYADIC = frozenset({"CONSULT", "COOPERATE", "AID", "SUPPORT", "AGREE", "CONCEDE"})
SKIP_STAGE = "events:sentence"  # sentence-level skips; the article's events stage stays ok


@register_stage("events")
class EventStage:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.lex = load_lexicon()
        self.names = Names()  # token strings, read once for all the documents

    def __call__(self, batch: list[Parsed]) -> list[Parsed | Skip]:
        out: list[Parsed | Skip] = []
        for p in batch:
            events, skips = extract_events(p, self.lex, self.names)
            main = pick_main_event(events, p.article.title)
            out.append(
                p.with_facts("events", events).with_facts("main_event", [main] if main else [])
            )
            out.extend(skips)
        return out


@dataclass
class _Context:
    p: Parsed
    lex: EventLexicon
    index: args.MentionIndex
    timexes: list[Timex]
    places: list[Place]
    quotes: Sequence[Quote]
    depths: list[int]
    view: DocView
    published: date | None
    skips: list[Skip] = field(default_factory=list)
    last_dated: dict[int, tuple[EventDate, set[str]]] = field(default_factory=dict)
    sents: list[Span] = field(default_factory=list)
    dated_tokens: dict[int, EventDate] = field(default_factory=dict)  # trigger token -> date
    event_verbs: frozenset[int] = frozenset()  # the sentence's trigger tokens, folded ones too
    event_types: dict[int, str | None] = field(default_factory=dict)  # their PLOVER types
    lead: tuple[EventDate, set[str]] | None = None  # the lead's dated event: reference time
    frame: EventDate | None = None  # the paragraph's fronted time adverbial (dating.frame_of)
    frames: dict[int, EventDate] = field(default_factory=dict)  # sentence -> its frame, if any
    latest_end: dict[int, str] = field(default_factory=dict)  # sentence -> its latest date's end
    latest_first: dict[int, str] = field(default_factory=dict)  # ... and that date's first day
    latest_start: dict[int, str] = field(default_factory=dict)  # sentence -> its main date's start
    actors: dict[str, Actor] = field(default_factory=dict)  # the article's KB actors, by id
    told_past: set[int] = field(default_factory=set)  # undated reports told as past: triggers
    type_probs: dict[int, np.ndarray] = field(default_factory=dict)  # sentence -> P(type | it)
    record: list[tuple[EventReport, Evidence]] | None = None  # (model training)
    civil: bool = False  # the article reads as civil prose (guards.civil_genre)


def extract_events(
    p: Parsed,
    lex: EventLexicon,
    names: Names | None = None,
    record: list[tuple[EventReport, Evidence]] | None = None,
) -> tuple[list[EventReport], list[Skip]]:
    """The article's event reports and the sentences skipped. ``record``: a list to which
    every report coded is appended with its evidence (training the confidence model); a
    report merged into another afterwards is there too."""
    doc, a = p.doc, p.article
    view = DocView.of(doc, a.text, names)
    ctx = _Context(
        p=p,
        lex=lex,
        index=args.MentionIndex(
            p.facts.get("mentions", ()),
            view,
            {getattr(x, "id", ""): getattr(x, "name", "") for x in p.facts.get("actors", ())},
        ),
        timexes=list(p.facts["timexes"])
        if "timexes" in p.facts
        else fallback_timexes(doc, a.id, a.published),
        places=list(p.facts["places"]) if "places" in p.facts else fallback_places(doc, a.id),
        quotes=p.facts.get("quotes", ()),
        depths=quote_depths(a.text),
        view=view,
        published=a.published,
        actors={x.id: x for x in p.facts.get("actors", ()) if isinstance(x, Actor)},
        record=record,
    )
    ctx.civil = civil_genre(p.facts.get("mentions", ()), ctx.actors)
    events: list[EventReport] = []
    ctx.sents = ctx.view.sents
    for si, sent in enumerate(ctx.sents):
        events.extend(_sentence_events(ctx, si, sent))
    return [_undated_roles(ctx, e) for e in events], ctx.skips


def _reference_time(ctx: _Context, si: int) -> EventDate | None:
    """The discourse's reference time for an undated report of sentence ``si``: the
    paragraph's frame ("In 2015, ..."), else, in the lead's sentences, the lead's dated event
    (known once they are read), as for inherited dates (``_inherit``); never a time after
    publication. Further on, the lead's date is no reference: it may be an old comparison
    ("donations passed their 2012 level"), not the time of what follows."""
    lead = ctx.lead[0] if ctx.lead is not None and si <= _LEAD_SENTS else None
    for ref in (ctx.frames.get(si), lead):
        first = date_range(ref.value)[0] if ref is not None else None
        if ref is not None and first is not None and not _after_publication(ctx, ref):
            return ref
    return None


def _undated_roles(ctx: _Context, e: EventReport) -> EventReport:
    """The roles of a report with no date or window, read at the discourse's reference time
    (``_reference_time``), else at publication (as the mentions were), the text's own title
    first (``roles.refs_on``): a report with a date or window was read at it in ``_event``.

    A report told as past (``ctx.told_past``) is not on its reference time: it lies in a window
    that ends there and reaches back at least ``WINDOW_DAYS`` days before it; a status that
    changed in those days (an office that ended on the lead's day or in the week before
    publication) is read as it was before the change (``refs_on``'s ``reach``)."""
    if e.date is not None or e.date_start is not None or not ctx.actors:
        return e
    if ctx.published is None:
        return e
    ref = _reference_time(ctx, e.sent)
    first_s, last_s = date_range(ref.value) if ref is not None else (None, None)
    first = date.fromisoformat(first_s) if first_s else None
    last = min(date.fromisoformat(last_s), ctx.published) if last_s else ctx.published
    reach = None
    if e.trigger_start in ctx.told_past:
        reach = (first or last) - timedelta(days=WINDOW_DAYS)
    text = ctx.p.article.text
    actors = refs_on(e.actors, ctx.actors, first, last, text, undated=True, reach=reach)
    recips = refs_on(e.recipients, ctx.actors, first, last, text, undated=True, reach=reach)
    if actors == list(e.actors) and recips == list(e.recipients):
        return e
    return replace(e, actors=tuple(actors), recipients=tuple(recips))


def _skip(ctx: _Context, si: int, reason: str) -> None:
    a = ctx.p.article
    ctx.skips.append(
        Skip(
            a.origin, SKIP_STAGE, f"sentence {si}: {reason}", article_id=a.id, source_id=a.source_id
        )
    )


def _sentence_events(ctx: _Context, si: int, sent: Span) -> list[EventReport]:
    reason = sentence_skip_reason(sent, ctx.view)
    if reason is not None:
        if not reason.startswith("no verb") or find_triggers(sent, ctx.lex, ctx.view):
            _skip(ctx, si, reason)
        return []
    stimex = [t for t in ctx.timexes if sent.start_char <= t.start < sent.end_char]
    _set_frame(ctx, si, sent, stimex)
    splaces = [pl for pl in ctx.places if sent.start_char <= pl.start < sent.end_char]
    in_place = _place_offsets(ctx.view.idx, sent, splaces)
    found_triggers = find_triggers(sent, ctx.lex, ctx.view, in_place)
    # weapons told by the harm they did ("the rocket led to the killing of", harm_told.py)
    found_triggers += harm_triggers(sent, ctx.lex, ctx.view, found_triggers)
    ctx.event_types = {t.token.i: _type(t, ctx.lex) for t in found_triggers}
    ctx.event_verbs = frozenset(ctx.event_types)
    triggers = _covered(found_triggers, ctx.lex, ctx.view)
    heads = {t.token.i for t in triggers if t.kind != "nominal"}
    found: list[tuple[Trigger, EventReport]] = []
    for trig in triggers:
        if ctx.depths[trig.start] >= 2:
            _skip(ctx, si, f"trigger {trig.text!r} inside a nested quotation")
            continue
        ev = _event(ctx, si, sent, trig, heads, stimex, splaces)
        if ev is not None:
            found.append((trig, ev))
    verbs = {t.token.i: t for t in triggers if t.kind != "nominal"}
    coded = {t.token.i for t, _ in found}
    found = [  # a deplored use of force only where the disapproval is coded too
        (t, ev) for t, ev in found if _deplored_by(t, verbs, ctx.lex, ctx.view) in (None, *coded)
    ]
    return _merge_adjuncts(found)


def _set_frame(ctx: _Context, si: int, sent: Span, stimex: list[Timex]) -> None:
    """The paragraph's reference time: set by a fronted time adverbial, kept through the
    paragraph, dropped at a paragraph break, a sentence dated otherwise or a time shift."""
    if _new_paragraph(ctx, si):
        ctx.frame = None
    main = root_date(sent, stimex)  # the sentence's own time, whether or not an event has it
    if main is not None:
        first, end = date_range(main.value)
        _reaches(ctx, si, first, end)
        if first is not None:
            ctx.latest_start[si] = first
    frame = frame_of(sent, stimex)
    if frame is not None:
        ctx.frame = frame
    elif main is not None or any(c.lower_ in _SHIFTS for c in sent.root.children):
        ctx.frame = None
    if ctx.frame is not None:
        ctx.frames[si] = ctx.frame


def _new_paragraph(ctx: _Context, si: int) -> bool:
    """Whether sentence ``si`` starts a paragraph: a line break after the previous sentence's
    last character (the sentence's own span may hold its trailing line breaks)."""
    if si == 0:
        return True
    seg = ctx.p.article.text[ctx.sents[si - 1].start_char : ctx.sents[si].start_char]
    return "\n" in seg[len(seg.rstrip()) :]


def _place_offsets(idx: list[int], sent: Span, places: list[Place]) -> frozenset[int]:
    """The character offsets of the sentence's tokens that start inside one of ``places``."""
    out: set[int] = set()
    for pl in places:
        lo = bisect.bisect_left(idx, pl.start, sent.start, sent.end)
        hi = bisect.bisect_left(idx, pl.end, lo, sent.end)
        out.update(idx[lo:hi])
    return frozenset(out)


# Prepositions by which a verb event takes a nominal event as its topic ("accused X of the
# attacks", "protested against the offensive", "criticised over the raid").
_TOPIC_PREPS = frozenset({"of", "against", "over", "for", "about", "on", "at", "to", "regarding"})


# Subordinate clauses that condition or frame the main event rather than report another one.
_BACKGROUND_MARKS = frozenset(
    {
        "if",
        "unless",
        "when",
        "as",
        "because",
        "while",
        "since",
        "whether",
        "after",
        "before",
        "until",
        "following",
        "once",
    }
)


def _framed(i: int, v: DocView) -> bool:
    """Whether the verb (token ``i``) heads a background clause: "after crowds trashed its
    embassy", "since demonstrators were crushed", "if he is elected", "when they blew
    themselves up"."""
    dep, low = v.dep, v.lower
    if any(dep[c] == "mark" and low[c] in _BACKGROUND_MARKS for c in v.children[i]):
        return True
    if _when_of_a_date(i, v):
        return True
    return dep[i] in ("pcomp", "pobj") and low[v.head[i]] in _BACKGROUND_MARKS


def _when_of_a_date(i: int, v: DocView) -> bool:
    """Whether verb ``i`` heads a "when" clause the parser hung on a date as a relative clause
    ("The scene played out in August, when Trump threw the reporter out"): a time clause, not
    a description of a noun (framed, as a "when" clause on the verb is)."""
    return (
        v.dep[i] == "relcl"
        and v.ent_type[v.head[i]] in ("DATE", "TIME")
        and any(v.dep[c] == "advmod" and v.lower[c] == "when" for c in v.children[i])
    )


def _harm_told(i: int, t: Trigger, lex: EventLexicon, v: DocView) -> bool:
    """Whether the framed attack (trigger ``t`` on token ``i``) is what did the harm its main
    clause tells with no attacker: "two people were killed when gunmen attacked the
    checkpoint", "died after rebels shelled the town" (a passive harm verb with no agent, or
    a verb of dying, is the attack's outcome, not another event)."""
    if _type(t, lex) != "ASSAULT" or v.dep[i] != "advcl":
        return False
    host = v.head[i]
    return suffered(host, v) and not any(v.dep[c] == "agent" for c in v.children[host])


def _background(i: int, v: DocView) -> bool:
    """A verb inside a noun phrase: a relative clause, a participle modifier without agent, an
    adjectival participle. Not the clause of a counted time ("It was the first time that X
    struck Y"), which tells the act itself, nor a "when" clause hung on a date."""
    dep = v.dep
    if dep[i] == "relcl" and (_counted_time(i, v) or _when_of_a_date(i, v)):
        return False
    if dep[i] in ("relcl", "amod", "compound"):
        return True
    if dep[i] == "acl" and not any(dep[c] == "agent" for c in v.children[i]):
        return True
    return _adjectival(i, v)


# What a time is counted by in "the first / second / last / only time that ...".
_TIME_COUNTS = frozenset(ORDINALS) | {"last", "latest", "only", "final"}


def _counted_time(i: int, v: DocView) -> bool:
    """Whether the relative clause (verb ``i``) is the act a counted time stands for: "It was
    the second time this month that gunmen attacked the police", "This was the first time the
    army had shelled the town", "The raid marked the first time Israel has struck ...": "time"
    with an ordinal (or "last", "only") is the complement of "be" or the object of "mark", and
    the clause has its own subject. Not "the time that he spent in Damascus" (no count), nor
    "the first time that has happened" (the relative pronoun is the subject)."""
    head = v.head[i]
    if v.lemma_lower[head] != "time" or v.dep[head] not in ("attr", "dobj"):
        return False
    if v.lemma_lower[v.head[head]] not in ("be", "mark"):
        return False
    if not any(
        v.dep[c] == "amod" and (v.lower[c] in _TIME_COUNTS or v.ent_type[c] == "ORDINAL")
        for c in v.children[head]
    ):
        return False
    return any(
        v.dep[c] in ("nsubj", "nsubjpass") and v.tag[c] not in ("WDT", "WP") for c in v.children[i]
    )


def _adjectival(i: int, v: DocView) -> bool:
    """A participle used as an adjective that the parser took for a clause: "the two nations'
    disputed maritime boundary", "the occupied territories"."""
    if v.tag[i] not in ("VBN", "VBG") or i + 1 >= len(v) or i == 0:
        return False
    dep = v.dep
    if any(
        dep[c] in ("nsubj", "nsubjpass", "dobj", "agent", "aux", "auxpass") for c in v.children[i]
    ):
        return False
    return v.pos[i + 1] in ("NOUN", "PROPN", "ADJ") and v.pos[i - 1] in (
        "DET",
        "PART",
        "ADJ",
        "PRON",
    )


def _covered(triggers: list[Trigger], lex: EventLexicon, v: DocView) -> list[Trigger]:
    """Triggers that are part of another trigger's event, not events of their own: the
    complement or purpose of an event verb ("threatened to launch an offensive", "blocked roads
    to press their demands", "agreed to resume talks"), a nominal that is an event verb's
    object or topic ("cancelled a planned visit", "condemned the attack"), and a verb whose
    subject is a nominal of the same type ("the attack killed dozens")."""
    dep, low, heads, children = v.dep, v.lower, v.head, v.children
    verbs = {t.token.i: t for t in triggers if t.kind != "nominal"}
    noms = {t.token.i: t for t in triggers if t.kind == "nominal"}
    framed = {i: _framed(i, v) for i in verbs}
    out = []
    for t in triggers:
        i = t.token.i
        head = heads[i]
        if t.kind == "nominal":
            deplored = _deplored_by(t, verbs, lex, v) is not None
            if dep[i] in ("dobj", "nsubjpass", "attr") and head in verbs and not deplored:
                continue
            if (
                dep[i] == "pobj"
                and dep[head] == "prep"
                and low[head] in _TOPIC_PREPS
                and heads[head] in verbs
                and not deplored
            ):
                continue
        else:
            if (
                dep[i] == "xcomp"
                and head in verbs
                and head != i
                and v.lemma_lower[head] not in lex.speech_verbs  # "says it is fighting"
            ):
                continue
            if (
                dep[i] == "ccomp"
                and head in verbs
                and v.lemma_lower[head] not in lex.speech_verbs
                and any(dep[c] == "aux" and low[c] == "to" for c in children[i])
            ):
                continue  # "want Trump to strike": what the appeal asks for
            if dep[i] == "ccomp" and head in verbs and _type(verbs[head], lex) == "REQUEST":
                continue  # "demanded that Hamas renounce violence": what is demanded
            if (
                dep[i] == "advcl"
                and head in verbs
                and any(
                    (dep[c] == "aux" and low[c] == "to")
                    or (dep[c] == "mark" and low[c] in _BACKGROUND_MARKS)
                    for c in children[i]
                )
                and not _harm_told(i, t, lex, v)
            ):
                continue  # "blocked roads to press demands", "... if he is elected"
            if (
                framed.get(i)
                and not (dep[i] == "pcomp" and v.tag[i] == "VBG")
                and not _harm_told(i, t, lex, v)
                and any(not f and not _background(j, v) for j, f in framed.items())
            ):
                # background to the sentence's main event; not a gerund, whose act is the
                # main clause subject's own ("readmitted Y years after expelling it")
                continue
            if (
                dep[i] == "advcl"
                and v.tag[i] == "VBG"
                and head in verbs
                and _type(verbs[head], lex) == _type(t, lex)
            ):
                continue  # "carried out air raids, killing 12 civilians": one attack
            if (
                dep[i] in ("advcl", "xcomp")
                and head in verbs
                and _type(verbs[head], lex) == "PROTEST"
                and _type(t, lex) in ("REQUEST", "ACCUSE", "REJECT", "PROTEST")
            ):
                continue  # "demonstrated in Kirkuk calling for independence": its demand
            if _background(i, v) and misparsed_owner(i, v, lex) is None:
                # inside a noun phrase: "Hamas, which advocates ...", "disputed border" (not
                # "died in regime shelling", a gerund the parser hung on its owner)
                continue
            subj = next((c for c in children[i] if dep[c] == "nsubj"), None)
            if subj is not None and subj in noms and _type(noms[subj], lex) == _type(t, lex):
                continue
        out.append(t)
    return out


# The verbs of an allegation: what they name is alleged, not reported as done ("accused Syria of
# the attacks", "blamed the rebels for the bombing").
_ALLEGING = frozenset({"accuse", "blame", "charge", "allege", "suspect", "claim"})


def _deplored_by(
    nom: Trigger, verbs: dict[int, Trigger], lex: EventLexicon, v: DocView
) -> int | None:
    """The verb of disapproval (its token) that deplores a use of force which is an event of its
    own: "Syria objected to the Turkish invasion", "condemned Russia's air strikes". The act is
    told as done, and its noun phrase names who did it (a possessive, a nationality, "by X"),
    someone other than the one who deplores it. An allegation ("accused Syria of the attacks",
    "blamed X for the bombing") is not: the act alleged is no second event. The stage keeps the
    nominal only when the disapproval itself is coded (a political party deplores it), so a
    coach criticising "the Brazilian attack" gives neither."""
    if nom.kind != "nominal":
        return None
    i = nom.token.i
    verb = _topic_verb(i, v)
    if verb is None:
        return None
    vt = verbs.get(verb)
    if vt is None or _type(vt, lex) != "ACCUSE" or v.lemma_lower[verb] in _ALLEGING:
        return None
    if _type(nom, lex) not in ("ASSAULT", "COERCE"):
        return None
    actor, _ = args.nominal_args(i, v)
    if actor is not None and actor != args.subject_of(verb, v):
        return verb
    # "condemned the bombing that targeted the headquarters": no attacker named, but told as
    # done by the harm it did (harm_told.py); ``_event`` does not make the one who deplores it
    # its attacker
    return verb if _type(nom, lex) == "ASSAULT" and harm_told(i, v, lex) is not None else None


def _deplorer_as_actor(noun: int, ctx: _Context) -> bool:
    """Whether the actor of the nominal ``noun`` is only the subject of the verb of disapproval
    that deplores it ("the opposition condemned the bombing that targeted X":
    ``arguments.nominal_args`` falls back on the subject of the verb whose object the noun is,
    and so does ``unnamed.weapon_owner`` through it)."""
    verb = _topic_verb(noun, ctx.view)
    if verb is None or ctx.event_types.get(verb) != "ACCUSE":
        return False
    actor, _ = args.nominal_args(noun, ctx.view)
    return actor is not None and actor == args.subject_of(verb, ctx.view)


def _topic_verb(i: int, v: DocView) -> int | None:
    """The verb whose object or topic the noun ``i`` is ("condemned the attack", "protested
    against the offensive"), else None."""
    verb = v.head[i]
    if v.dep[i] == "pobj" and v.dep[verb] == "prep" and v.lower[verb] in _TOPIC_PREPS - {"of"}:
        return v.head[verb]
    return verb if v.dep[i] in ("dobj", "nsubjpass", "attr") else None


def _type(t: Trigger, lex: EventLexicon) -> str | None:
    code = t.code or lex.to_plover(t.cameo)
    return code.type if code is not None else None


def _merge_adjuncts(found: list[tuple[Trigger, EventReport]]) -> list[EventReport]:
    """One event, not two, for "In a telephone conversation, X and Y discussed ...": a nominal
    trigger that is an adjunct of a verb trigger of the same type lends it its mode."""
    by_token = {t.token.i: i for i, (t, _) in enumerate(found) if t.kind != "nominal"}
    drop: set[int] = set()
    events = [ev for _, ev in found]
    for i, (trig, ev) in enumerate(found):
        tok = trig.token
        if trig.kind != "nominal" or tok.dep_ != "pobj":
            continue
        j = by_token.get(tok.head.head.i)
        if j is None or events[j].type != ev.type:
            continue
        drop.add(i)
        if events[j].mode is None and ev.mode is not None:
            events[j] = replace(events[j], mode=ev.mode)
    return [ev for i, ev in enumerate(events) if i not in drop]


def _code(ctx: _Context, trig: Trigger) -> PloverCode | None:
    return trig.code or ctx.lex.to_plover(trig.cameo)


def _event(
    ctx: _Context,
    si: int,
    sent: Span,
    trig: Trigger,
    heads: set[int],
    stimex: list[Timex],
    splaces: list[Place],
) -> EventReport | None:
    code = _code(ctx, trig)
    if code is None:
        return None  # CAMEO statements (01): PLOVER drops them; quotes cover them
    lex, tok = ctx.lex, trig.token
    if trig.kind == "nominal":
        actor_h, rec_hs = args.nominal_args(tok.i, ctx.view)
        clause = tok.head if tok.head.pos_ in ("VERB", "AUX") else tok
        if clause.i in heads and clause.i != tok.i and actor_h is None and code.type != "ASSAULT":
            return None  # an attack's noun may still be what did the harm (below, unnamed.py)
    else:
        noun = trig.noun.i if trig.noun is not None else None
        actor_h = args.subject_of(tok.i, ctx.view)
        rec_hs = args.object_heads(tok.i, noun, ctx.view)
        giver = args.giver_of(tok.i, noun, ctx.view) if trig.kind == "light" else None
        if giver is not None and tok.lemma_.lower() in args.UNDERGO:
            # "Jordan received military aid from the US": the giver acts, the subject gets it
            rec_hs = [actor_h] if actor_h is not None else []
            actor_h = giver
        clause = tok
    actors = args.resolve_arg(actor_h, ctx.index, lex) if actor_h is not None else []
    actors = _no_bare_it(
        resolve_refs(actors, ctx.index, ctx.quotes, ctx.actors)
    )  # "They launched ...": named before
    if not actors and code.type == "PROTEST" and actor_h is not None:
        actors = args.crowd(actor_h, ctx.index)  # "thousands of people protested"
    unnamed = False
    if code.type == "ASSAULT" and not any(a.actor_id or a.country for a in actors):
        # "An air strike killed 15 civilians", "barrel bombs killed 10": an attack told by its
        # weapon, its actor unnamed or the weapon's owner (unnamed.py)
        attacks = {i for i in heads if ctx.event_types.get(i) == "ASSAULT"}
        owner = unnamed_attack(trig, attacks, ctx.view, ctx.index, lex)
        if owner is None and trig.kind == "nominal":
            # "the bombing resulted in the death of three", "victims of an attack", "an
            # attack which killed dozens": told by the harm it did (harm_told.py)
            harm = harm_attack(tok.i, ctx.view, ctx.index, lex)
            if harm is not None:
                owner = harm[0]
                rec_hs = rec_hs or harm[1]
        if owner is not None:
            actors = _no_bare_it(resolve_refs(owner, ctx.index, ctx.quotes, ctx.actors))
            # "a US-led coalition air strike killed": the owner is a named party (a state or an
            # organisation), who did it; else the attack is told without its attacker
            unnamed = not named_owner(actors, lex)
    if trig.kind == "nominal" and _deplorer_as_actor(tok.i, ctx):
        # "X condemned the bombing that killed 12": X did not bomb; told without its attacker
        actors, unnamed = [], code.type == "ASSAULT"
    if not actors and not unnamed:
        return None  # no actor: not coded (PETRARCH's spurious events start here)
    if code.type == "ASSAULT" and code.context == "military" and trig.kind == "nominal":
        actors = state_forces(actors)  # "a Russian air strike": Russia's military
    recips: list[ActorRef] = []
    for h in rec_hs:
        recips.extend(args.resolve_arg(h, ctx.index, lex))
    if not recips and code.type in ("ACCUSE", "REQUEST"):
        recips = _accused(tok, ctx, trig.noun)  # "demanded that Hamas ...": of Hamas
    recips = args.drop_overlap(
        actors, _no_bare_it(resolve_refs(recips, ctx.index, ctx.quotes, ctx.actors))
    )
    if code.type == "MOBILIZE":
        recips = args.mobilized_against(recips, ctx.view)  # not "an alert to the army"
    if not recips and code.type == "ASSAULT":
        recips = _aimed_at(tok, trig.noun, ctx)  # "fired shells at Zealand"
    if code.type == "ASSAULT" and attack_in_words(tok, actors, recips):
        code = CRITICISM  # "the senator attacked her rival": criticism (verbal.py)
    if (
        code.type == "ACCUSE"
        and not recips
        and trig.kind != "light"
        and tok.lemma_.lower() in lex.speech_verbs
    ):
        return None  # "X claimed that ...", with nobody accused: a statement, not an event
    akind = best_kind(actors, ctx.view, lex.agents)
    rkind = best_kind(recips, ctx.view, lex.agents)
    if not_political(akind, rkind) or on_business(actors, recips, ctx.view, lex.agents):
        return None  # business prose: no political party to the act
    if sense_skip_reason(
        tok.i,
        trig.kind,
        code.type,
        ctx.view,
        lambda i: args.is_party(i, lex, ctx.view),
        lex.agents,
    ):
        return None  # "defeated her rival in the primary", "destroyed its own arsenal" (guards)
    # a partner told by "him"/"her" alone does not make a verb's default code an event ("left
    # him without help" is no CONSULT)
    hosts = [r for r in recips if not args.object_pronoun(r)]
    hkind = best_kind(hosts, ctx.view, lex.agents)
    if trig.kind == "verb" and code.type in _DYADIC and _joint_act(tok, ctx.event_types, actors):
        # "X and Y cooperated", "all sides cooperated in the assault": material cooperation
        # (CAMEO 06), not the diplomatic default (050) of "cooperate with X"
        code = PloverCode("COOPERATE", None, code.context)
    elif (
        trig.kind == "verb" and hkind is None and code.type in _DYADIC and not _mutual(actors, tok)
    ):
        return None  # "the crisis escalated", "he learned": a verb's default code, no partner
    if code.mode == "visit" and (
        hkind in (None, OTHER) or only_places(hosts, ctx.view) or home_towns(hosts, actors, splaces)
    ):
        return None  # a trip to a lake, a beach or a town at home: a visit is to a host
    dclause = _date_clause(tok, clause)
    ed = date_for(tok, dclause, sent, stimex, heads - {tok.i}, lex.speech_verbs, ctx.event_verbs)
    inherited = False
    if (
        ed is None
        and tok.dep_ in ("conj", "advcl")
        and tok.tag_ not in ("VBZ", "VBP")  # "died a month ago, and she blames ...": now
        and not any(c.dep_ in ("aux", "auxpass") and c.lower_ != "to" for c in tok.children)
    ):
        # "visited the capital on Sunday and met the king", "sent troops in 2015, aiding ...";
        # a verb that is no event dates its conjunct too ("when prices fell in 2014 and
        # militants swept across the north")
        head = tok.head
        hd = ctx.dated_tokens.get(head.i)
        if hd is None and tok.dep_ == "conj" and head.pos_ in ("VERB", "AUX"):
            hd = date_for(
                head, head, sent, stimex, heads - {head.i}, lex.speech_verbs, ctx.event_verbs
            )
        if hd is not None:
            ed, inherited = replace(hd, governed=False), True
    if ed is None:
        hd = _same_act_date(ctx, tok, sent, stimex, heads)
        if hd is not None:
            ed, inherited = replace(hd, governed=False), True
    if (
        ed is None
        and dclause.pos_ in ("VERB", "AUX")
        and simple_past(dclause)  # not "has supported": the present perfect has no past date
        and not any(c.lower_ in _SHIFTS for c in dclause.children)
    ):
        ed, inherited = _inherit(ctx, si, actors, recips), True
    if ed is not None and inherited and _after_publication(ctx, ed):
        ed, inherited = None, False  # a past act inherits no date after its article
    if ed is not None and inherited:
        ed = replace(ed, basis="inherited")
    if ed is not None:
        ctx.dated_tokens[tok.i] = ed
    if ed is not None:
        ctx.last_dated[si] = (ed, _keys(actors, recips))  # inherited too: narration goes on
        _reaches(ctx, si, *date_range(ed.value))
    if ed is not None and not inherited and ctx.lead is None and si < _LEAD_SENTS and ed.governed:
        ctx.lead = (ed, _keys(actors, recips))
    taken = {(a.start, a.end) for a in actors}
    if code.type not in _PHYSICAL and code.mode != "visit":
        taken |= {(r.start, r.end) for r in recips}  # "reached out to Turkey": a party
    place = place_for(
        tok,
        [trig.noun] if trig.noun is not None else [],
        sent,
        splaces,
        taken,
        physical=code.type in _PHYSICAL,
        is_party=lambda t: args.is_party(t.i, lex, ctx.view),
    )
    recips = args.domestic(recips, actors, place.country if place else None)
    flags = flags_for(
        tok,
        trig.noun,
        lex.speech_verbs,
        lex.intent_verbs,
        ctx.depths[trig.start],
        ed.value if ed else None,
        ctx.published,
        ctx.view,
    )
    speaker = _speaker(ctx, trig, flags)
    reported_will = _reported_will(tok, lex.speech_verbs)
    refusal = False
    if reported_will:
        # "said they would blockade Paris": the "will" of reported speech, an announced act
        flags = replace(flags, future=True, hypothetical=False)
    if code.type == "REJECT" and tok.lemma_.lower() in CONSENTING:
        # "will not accept more refugees": the refusal is the act, not negated or to come
        flags = replace(flags, negated=False, future=False)
    if code.type not in ("AGREE", "REQUEST", "THREATEN", "REJECT") and _ultimatum(
        tok, reported_will
    ):
        # "will withdraw its force unless ...": an act announced on a condition is a threat
        # (CAMEO 13); the threatening happened, whatever comes of it.
        code = PloverCode("THREATEN", None, code.context)
        flags = replace(flags, hypothetical=False, future=True)
    elif tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _REFUSING and not flags.hypothetical:
        # "refused to withdraw", "declined to meet": the refusal happened; PLOVER REJECT.
        code = PloverCode("REJECT", None, code.context)
        flags = replace(flags, negated=False, future=False)
        refusal = True
    elif (
        flags.future
        and not flags.hypothetical
        and code.type in _TO_AGREE
        and not any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)
    ):
        # PLOVER: promised cooperation ("will provide aid", "agreed to resume") is AGREE; not
        # what is to be done to the subject ("will be greeted by protesters"): its agent
        # promised nothing, and it stays an act to come.
        code = PloverCode("AGREE", None, code.context)
    elif (
        flags.future
        and not flags.negated
        and code.type in _YIELDING
        and _announced(tok, reported_will)
    ):
        # "will release the hostages", "will withdraw its troops": an intent to yield (CAMEO 035).
        code = PloverCode("AGREE", None, code.context)
    elif (
        flags.future
        and not flags.negated
        and code.type in _FORCE
        and _announced(tok, reported_will)
    ):
        # "will extend the curfew", "vowed to retaliate": a threat (CAMEO 13), not the act.
        # Not a speculation ("groups could launch an offensive"): that stays hypothetical.
        code = PloverCode("THREATEN", None, code.context)
    elif not flags.negated and code.type in _FORCE and _said_may(tok, lex.speech_verbs):
        # "Turkey said it might launch an offensive", "he said he may use his powers to exclude
        # her": force the speaker says it may use is a threat; the threatening happened.
        code = PloverCode("THREATEN", None, code.context)
        flags = replace(flags, hypothetical=False, future=True)
    window: tuple[str, str] | None = None
    # A promise coded as the promise (AGREE/THREATEN) is dated when it was made; so is a
    # reported threat whose content is conditional ("hinted that the army would
    # consider strikes if ..."): the threatening happened, whatever it threatens; and so is
    # a refusal coded as the refusal (REJECT).
    pledge = (
        (flags.future and not flags.hypothetical and code.type in ("AGREE", "THREATEN"))
        or (flags.hypothetical and flags.reported and code.type == "THREATEN")
        or refusal  # "refused to disarm": dated when refused, as a pledge when made
    )
    if ed is None and (pledge or not (flags.hypothetical or flags.future)):
        spanned = None if flags.future else span_window(tok, dclause, sent, stimex, ctx.published)
        if spanned is not None:
            window = spanned[:2]
            _reaches(ctx, si, *window)  # the narration's time reaches the window's end
        elif not (flags.historical or durative(tok, dclause, sent, stimex)):
            ed, window = _anchored(ctx, si, sent, tok, dclause, heads, stimex, pledge, flags)
            if ed is not None and _after_publication(ctx, ed):
                ed = None
            inherited = ed is not None
            if ed is not None:
                ctx.dated_tokens[tok.i] = ed
                flags = replace(flags, historical=_historical(ctx, tok, trig, ed))
    if ed is None and window is None and not (flags.hypothetical or flags.future):
        verb = _window_verb(tok, dclause)
        if flags.historical or (verb is not None and told_past(verb)):
            ctx.told_past.add(trig.start)  # lies before its reference time (_undated_roles)
    # Roles at the event's date, not the article's: a president met on 2 December is the
    # president then, in an article of 13 December when he no longer holds office.
    first, last = window if window else date_range(ed.value) if ed else (None, None)
    if first and last and ctx.actors:
        day0, day1 = date.fromisoformat(first), date.fromisoformat(last)
        text = ctx.p.article.text
        actors = refs_on(actors, ctx.actors, day0, day1, text)
        recips = refs_on(recips, ctx.actors, day0, day1, text)
    unreal = flags.hypothetical or flags.future
    p_type, top = _type_probability(ctx, si, sent, code.type)
    # "suggested that X does not want ...": a claim, not a request (statements.py)
    said = statement_only(
        tok,
        code.type,
        lex.speech_verbs,
        lambda t: args.is_party(t.i, lex, ctx.view),
        heads,
        trig.cameo,
    )
    evidence = Evidence(
        kind=trig.kind,
        actor=akind or "unknown",
        actor_known=any(a.actor_id for a in actors),
        pronoun=all(a.text.lower() in PRONOUNS and not a.actor_id for a in actors),
        recipient=rkind or "none",
        type=code.type,
        quad=lex.quad(code.type),
        negated=flags.negated,
        hypothetical=flags.hypothetical,
        future=flags.future,
        reported=flags.reported,
        quoted=ctx.depths[trig.start] > 0,
        long_sentence=len(sent) > 40,
        inherited_date=inherited and ed is not None,
        type_probability=p_type,
        type_top=top,
        civil=ctx.civil,
    )
    report = EventReport(
        article_id=ctx.p.article.id,
        sent=si,
        trigger=trig.text,
        trigger_start=trig.start,
        trigger_end=trig.end if trig.kind != "light" else _light_end(trig),
        actors=tuple(actors),
        recipients=tuple(recips),
        type=code.type,
        mode=code.mode,
        context=code.context,
        cameo=CRITICISM_CAMEO if code is CRITICISM else trig.cameo,
        quad=lex.quad(code.type),
        date=ed.value if ed else None,
        date_precision=ed.precision if ed else None,
        date_text=ed.text if ed else None,
        place=place,
        negated=flags.negated,
        hypothetical=flags.hypothetical,
        future=flags.future,
        historical=flags.historical,
        reported=flags.reported,
        speaker=speaker,
        # a report with no named actor, a negated one ("did not attack", "denied
        # arresting"), a statement coded as an act, or an act not told as happened (to come,
        # owed, supposed, asked about: "will meet", "has to condemn", "could strike", "Has he
        # called for ...?"; a promise or a threat is the act it codes), is evidence for the
        # analysis, not shown
        confidence=min(confidence(evidence), EVIDENCE_ONLY_CONFIDENCE)
        if unnamed or flags.negated or said or (unreal and not pledge)
        else confidence(evidence),
        date_basis=ed.basis if ed else ("window" if window else None),
        date_start=window[0] if window else None,
        date_end=window[1] if window else None,
    )
    if ctx.record is not None:
        ctx.record.append((report, evidence))
    return report


# Symmetric verbs: "X and Y met" is X met Y. ("cooperate" is left out: its default code is
# SUPPORT, CAMEO 050, and "X and Y cooperated" is COOPERATE, `_joint_act`.)
_RECIPROCAL = frozenset({"meet", "agree", "negotiate", "reconcile", "confer"})


def _mutual(actors: Sequence[ActorRef], verb: Token) -> bool:
    """Two known parties or more as the subject of a symmetric verb with no object: "Syria and
    Turkey agreed to ...", "the two countries cooperated" name the partners in the subject
    ("traded fire", "managed the crisis", "X and Y intervened" do not)."""
    return (
        verb.lemma_.lower() in _RECIPROCAL
        and not any(c.dep_ in ("dobj", "nsubjpass", "agent") for c in verb.children)
        and len({a.actor_id for a in actors if a.actor_id}) >= 2
    )


_COOPERATING = frozenset({"cooperate", "collaborate"})


def _joint_act(verb: Token, acts: Mapping[int, str | None], actors: Sequence[ActorRef]) -> bool:
    """Cooperation with no partner named apart from the subject: the parties of a compound
    subject ("Jordan and Egypt cooperated on border security"), or a joint act coded in the same
    sentence ("all three sides cooperated in the assault"). Not "cooperated on the battery" (no
    act coded there) nor "the two companies cooperated" (no known party)."""
    if verb.lemma_.lower() not in _COOPERATING or any(
        c.dep_ == "prep" and c.lower_ == "with" for c in verb.children
    ):
        return False  # "cooperated with X": the verb's default code and its partner
    if len({a.actor_id or a.country for a in actors if a.actor_id or a.country}) >= 2:
        return True
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("in", "on")
        and any(g.dep_ == "pobj" and acts.get(g.i) is not None for g in c.children)
        for c in verb.children
    )


def _no_bare_it(refs: list[ActorRef]) -> list[ActorRef]:
    """Without an antecedent, "it" is no party ("it is clear", "it was attacked")."""
    return [r for r in refs if r.actor_id is not None or r.text.lower() != "it"]


def _type_probability(
    ctx: _Context, si: int, sent: Span, plover_type: str
) -> tuple[float | None, bool]:
    """The learned classifier's P(type | sentence), and whether the type is its best guess.
    The sentence's probabilities are computed once, for all its reports (its text cut from
    the view's text: ``sent.text`` rebuilds it from a Token per word)."""
    clf = load_classifier()
    if clf is None or plover_type not in clf.index:
        return None, False
    probs = ctx.type_probs.get(si)
    if probs is None:
        text = ctx.view.text[sent.start_char : sent.end_char]
        probs = ctx.type_probs[si] = clf.probabilities(text)
    return float(probs[clf.index[plover_type]]), clf.labels[int(probs.argmax())] == plover_type


_WILL = frozenset({"will", "shall", "'ll", "wo", "going"})
_ANNOUNCING = frozenset(
    {
        "vow",
        "threaten",
        "pledge",
        "promise",
        "warn",
        "plan",
        "intend",
        "decide",
        "announce",
        "offer",
        "swear",
        "agree",
    }
)


def _reported_will(tok: Token, speech_verbs: frozenset[str]) -> bool:
    """ "X said they would blockade Paris": "would" in the complement of a verb of saying is
    the reported "will" (not "would have", a counterfactual)."""
    if tok.dep_ != "ccomp" or tok.head.lemma_.lower() not in speech_verbs:
        return False
    aux = [c.lower_ for c in tok.children if c.dep_ == "aux"]
    if "would" not in aux or "have" in aux:
        return False
    # the speaker's own act ("they would", "it would", "Iran said Iran would"), not a
    # prediction about another party ("analysts said Russia would attack")
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    speaker = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    if subj is None or speaker is None:
        return False
    return subj.pos_ == "PRON" or subj.lemma_.lower() == speaker.lemma_.lower()


_MAY = frozenset({"may", "might", "could"})


def _said_may(tok: Token, speech_verbs: frozenset[str]) -> bool:
    """ "Turkey said it might launch an offensive", "he said he may use his powers to exclude
    her": the act (or the purpose of the act) that a party says it may do, in the complement of
    a verb of saying with "may/might/could" and the speaker's own subject (as
    ``_reported_will``); not a passive ("said he could be arrested": done to him), not a
    prediction about another party ("analysts said Russia could attack"), not "could have"."""
    if any(c.dep_ == "auxpass" for c in tok.children):
        return False
    t = tok
    for _ in range(4):
        aux = {c.lower_ for c in t.children if c.dep_ == "aux"}
        if aux & _MAY:
            break
        purpose = t.dep_ in ("advcl", "xcomp") and "to" in aux
        if t.dep_ not in ("conj", "xcomp") and not purpose or t.head is t:
            return False
        t = t.head
    else:
        return False
    if "have" in aux or t.dep_ != "ccomp" or t.head.lemma_.lower() not in speech_verbs:
        return False
    subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
    speaker = next((c for c in t.head.children if c.dep_ == "nsubj"), None)
    if subj is None or speaker is None:
        return False
    return subj.pos_ == "PRON" or subj.lemma_.lower() == speaker.lemma_.lower()


def _announced(tok: Token, reported_will: bool = False) -> bool:
    """An act the actor says it will do ("will extend the curfew", "vowed to retaliate", "said
    it would retaliate"), not one it tried or attempted ("tried to seize the town" is the
    attempt itself). ``reported_will``: ``_reported_will`` of the token."""
    if reported_will or any(c.dep_ == "aux" and c.lower_ in _WILL for c in tok.children):
        return True
    return tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _ANNOUNCING


_ANNOUNCED_AUX = frozenset({"will", "would", "shall", "'ll", "wo"})


def _ultimatum(tok: Token, reported_will: bool) -> bool:
    """An act announced ("will", "would", "vowed to") on a condition the other side must meet:
    "unless ..." or "if ... not ..."."""
    if not _announced(tok, reported_will) and not any(
        c.dep_ == "aux" and c.lower_ in _ANNOUNCED_AUX for c in tok.children
    ):
        return False
    for c in tok.children:
        if c.dep_ != "advcl":
            continue
        marks = {g.lower_ for g in c.children if g.dep_ == "mark"}
        if "unless" in marks or ("if" in marks and any(g.dep_ == "neg" for g in c.children)):
            return True
    return False


def _light_end(trig: Trigger) -> int:
    n = trig.noun
    return n.idx + len(n.text) if n is not None else trig.end


def _accused(tok: Token, ctx: _Context, noun: Token | None = None) -> list[ActorRef]:
    """ "alleged that Rwanda had armed the rebels ...": the complement's subject;
    "complaints about Rwanda's support", "criticised Chad over its attacks on ...": the
    party whose act is the topic."""
    for c in tok.children:
        if c.dep_ == "ccomp":
            subj = args.subject_of(c.i, ctx.view)
            if subj is not None:
                return args.resolve_arg(subj, ctx.index, ctx.lex)
    for host in (noun, tok) if noun is not None else (tok,):
        for c in host.children:
            if c.dep_ != "prep" or c.lower_ not in _TOPIC_PREPS | {"concerning", "with"}:
                continue
            for obj in (g for g in c.children if g.dep_ == "pobj"):
                owner = next(
                    (
                        g
                        for g in obj.children
                        if g.dep_ in ("poss", "nmod")
                        or (
                            g.dep_ in ("compound", "amod")
                            and (
                                g.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") or g.pos_ == "PROPN"
                            )
                        )
                    ),
                    None,
                )
                if owner is not None:
                    return args.resolve_arg(owner.i, ctx.index, ctx.lex)
    return []


def _aimed_at(tok: Token, noun: Token | None, ctx: _Context) -> list[ActorRef]:
    """The target of an attack given by "at"/"on": "fired two shells at Seoul"; or the
    object of an attack participle folded into it: "opened fire, killing the guard"."""
    for c in tok.children:
        if c.dep_ == "advcl" and c.tag_ == "VBG" and ctx.event_types.get(c.i) == "ASSAULT":
            for obj in (g for g in c.children if g.dep_ == "dobj"):
                refs = args.resolve_arg(obj.i, ctx.index, ctx.lex)
                if refs:
                    return refs
    hosts = [tok] if noun is None else [noun, tok]
    hosts += [c for c in tok.children if c.dep_ == "dobj"]  # "fired two shells at Seoul"
    for host in hosts:
        for c in host.children:
            if c.dep_ == "prep" and c.lower_ in ("at", "on", "upon") and not is_time(c.i, ctx.view):
                for obj in (g for g in c.children if g.dep_ == "pobj"):
                    refs = args.resolve_arg(obj.i, ctx.index, ctx.lex)
                    if refs:
                        return refs
    return []


# Adverbs that move the time away from the discourse's ("the army later pledged ..."): no
# inherited date.
_SHIFTS = frozenset(
    {"later", "earlier", "afterwards", "subsequently", "previously", "eventually", "ago", "once"}
)
_FORWARD = frozenset({"later", "afterwards", "subsequently", "eventually"})  # after the last time
_LEAD_SENTS = 2  # the lead: an article's first sentences, whose date is its reference time
_DURING = frozenset({"during", "in", "at", "on", "amid"})


def _date_clause(tok: Token, clause: Token) -> Token:
    """The clause a nominal trigger is dated by: "On Friday, during a phone call with X, the
    minister said ..." -> "said" (the call is when it was said)."""
    if clause.i != tok.i or tok.dep_ != "pobj":
        return clause
    prep = tok.head
    if prep.lower_ in _DURING and prep.dep_ == "prep" and prep.head.pos_ in ("VERB", "AUX"):
        return prep.head
    return clause


def _reaches(ctx: _Context, si: int, first: str | None, end: str | None) -> None:
    """Sentence ``si``'s narration reaches the time ``first..end``: kept when it ends latest."""
    if end is not None and end > ctx.latest_end.get(si, ""):
        ctx.latest_end[si] = end
        if first is not None:
            ctx.latest_first[si] = first


def _elsewhen(ctx: _Context, si: int) -> str | None:
    """The first day of the time the narration has moved its reference to, when that lies
    before the days before publication: the previous sentence's latest date ("France
    intervened in 2013. Chad sent troops." -> 2013-01-01), else None."""
    end = ctx.latest_end.get(si - 1)
    if end is None or ctx.published is None:
        return None
    if end >= (ctx.published - timedelta(days=WINDOW_DAYS)).isoformat():
        return None
    return ctx.latest_first.get(si - 1)


def _anchored(
    ctx: _Context,
    si: int,
    sent: Span,
    tok: Token,
    dclause: Token,
    heads: set[int],
    stimex: list[Timex],
    pledge: bool,
    flags: Flags,
) -> tuple[EventDate | None, tuple[str, str] | None]:
    """The date or window of a report with no date of its own (``dating.time_anchor``): the
    date of the clause that asserts it (inherited), else the paragraph's frame for a past act
    of its main clause (inherited: "In 2015, Kenya sent troops. Uganda also backed
    the government."), else the days before publication (a window), or, when the previous
    sentence moved the narration's time to before them, from that time to publication
    (``_elsewhen``)."""
    start = _window_verb(tok, dclause) or dclause
    anchor = time_anchor(tok, start, ctx.lex.speech_verbs, pledge, flags.reported)
    if anchor is None or ctx.published is None:
        return None, None
    v = anchor.verb
    if v.i != dclause.i and durative(v, v, sent, stimex):
        return None, None  # "Throughout the war, X spent billions to support Y"
    if v.i != start.i:
        ed = ctx.dated_tokens.get(v.i) or date_for(
            v, v, sent, stimex, heads - {v.i}, ctx.lex.speech_verbs, ctx.event_verbs
        )
        if ed is not None:
            return replace(ed, basis="inherited", governed=False), None
    if unread_time(v, sent, stimex) or (_infinitive(start, v) and unread_time(start, sent, stimex)):
        return None, None  # an infinitive's own time too: "used X to fund a war in the 1980s"
    if background_clause(v, ctx.event_verbs) or reduced_relative(tok):
        return None, None  # "when she travelled to Syria, she was ...", "two men killed in ..."
    if _told_before(ctx, sent, v, heads, stimex):
        return None, None
    if anchor.kind != "past":
        return None, recent_window(ctx.published)
    if _in_relative(v):
        return None, None  # "the cell that beheaded hostages": a noun's background, not news
    main = v.i == sent.root.i or (v.dep_ == "conj" and v.head.i == sent.root.i)
    shifted = any(c.lower_ in _SHIFTS for x in (v, tok) for c in x.children)
    if ctx.frame is not None and main and not shifted and simple_past(v):
        _reaches(ctx, si, *date_range(ctx.frame.value))  # the framed narration goes on
        return ctx.frame, None
    after = ctx.latest_start.get(si - 1) if not _new_paragraph(ctx, si) else None
    forward = any(c.lower_ in _FORWARD for x in (v, tok) for c in x.children)
    if after is not None and forward and after <= ctx.published.isoformat():
        return None, (after, ctx.published.isoformat())  # "In 2017 ... the army later pledged"
    since = _elsewhen(ctx, si)
    if since is None:
        return None, recent_window(ctx.published)
    # the act of the verb itself: its own clause, a conjunct sharing its tense, or what a
    # pledge or refusal is about ("agreed to resume talks", "refused to disarm")
    own = tok.i == v.i or (
        tok.head.i == v.i
        and ((tok.dep_ == "conj" and not _has_aux(tok)) or (pledge and tok.dep_ == "xcomp"))
    )
    if own and tok.pos_ in ("VERB", "AUX") and not flags.reported:
        # A past act told after an older time ("Uganda sent troops in 2013. The militias
        # refused to disarm."): the narration goes on from that time, to background or
        # back to the news; the days before publication would be a guess, the span from that
        # time to publication is not. Not a noun or a clause under the verb: they may name an
        # event of any time ("critics of the 2015 deal", "if a strike threatened ..."); nor
        # reported speech, which has the speaker's reference time, not the narrator's.
        return None, (since, ctx.published.isoformat())
    return None, None


def _same_act_date(
    ctx: _Context, tok: Token, sent: Span, stimex: list[Timex], heads: set[int]
) -> EventDate | None:
    """The date of the act ``tok`` is part of, up a chain of at most three links
    (``_part_of``): "Warplanes struck the village on Tuesday, killing dozens and wounding
    hundreds" (wounding -> killing -> struck: Tuesday)."""
    cur = tok
    for _ in range(3):
        up = _part_of(cur)
        if up is None:
            return None
        cur = up
        hd = ctx.dated_tokens.get(cur.i) or date_for(
            cur, cur, sent, stimex, heads - {cur.i}, ctx.lex.speech_verbs, ctx.event_verbs
        )
        if hd is not None:
            return hd
    return None


def _part_of(tok: Token) -> Token | None:
    """The verb whose act ``tok`` is part of, at the same time: the verb a bare verb is
    conjoined to, the clause a participle adjunct with no subject or subordinator hangs on
    ("..., killing dozens"); else None (a verb with an auxiliary or in the present has a time
    of its own, and a verb in the present shares none: "X responds by killing 17"). Not a "by"
    gerund ("shelled the camp by firing rockets"): on FA-KES's tune half the one it dated took
    the month of another clause the parse hung it on (a headline glued to its lede: "After
    X expelled Y last month Z counters by killing 17")."""
    if tok.tag_ in ("VBZ", "VBP") or _has_aux(tok) or tok.head.i == tok.i:
        return None
    head = tok.head
    up: Token | None = None
    if tok.dep_ == "conj" and head.pos_ in ("VERB", "AUX"):
        up = head
    elif tok.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in tok.children):
        return None
    elif tok.dep_ == "advcl" and head.pos_ in ("VERB", "AUX"):
        up = head
    return None if up is None or up.tag_ in ("VBZ", "VBP") else up


def _infinitive(tok: Token, v: Token) -> bool:
    """Whether ``tok`` is an infinitive under ``v``, a clause with a time of its own ("used the
    sales to fund a war in the 1980s"; "resumed shelling on the third day" shares its verb's)."""
    return tok.i != v.i and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _has_aux(tok: Token) -> bool:
    return any(c.dep_ in ("aux", "auxpass") for c in tok.children)


def _told_before(ctx: _Context, sent: Span, v: Token, heads: set[int], stimex: list[Timex]) -> bool:
    """Whether ``v`` is what a verb of saying reports, and the saying is dated earlier than
    the days before publication ("Earlier this month, AFP reported that fighters travelled
    to ..."): the act came before the telling, so the recent window would be a guess."""
    teller = v.head
    if v.dep_ != "ccomp" or teller.i == v.i or teller.lemma_.lower() not in ctx.lex.speech_verbs:
        return False
    told = ctx.dated_tokens.get(teller.i) or date_for(
        teller, teller, sent, stimex, heads - {teller.i}, ctx.lex.speech_verbs, ctx.event_verbs
    )
    first = date_range(told.value)[0] if told is not None else None
    return (
        first is not None and ctx.published is not None and first < recent_window(ctx.published)[0]
    )


def _in_relative(v: Token) -> bool:
    """Whether ``v``'s clause is (or is said inside) a relative clause: "the cell that the
    State Department has said beheaded hostages"."""
    for _ in range(4):
        if v.dep_ == "relcl":
            return True
        if v.dep_ not in ("ccomp", "xcomp", "conj") or v.head.i == v.i:
            return False
        v = v.head
    return False


def _after_publication(ctx: _Context, ed: EventDate) -> bool:
    """Whether an inherited date starts after publication ("A week later" read against the
    wrong reference time): never for a report of a past act."""
    first = date_range(ed.value)[0]
    return ctx.published is not None and first is not None and first > ctx.published.isoformat()


def _historical(ctx: _Context, tok: Token, trig: Trigger, ed: EventDate) -> bool:
    lex = ctx.lex
    return flags_for(
        tok,
        trig.noun,
        lex.speech_verbs,
        lex.intent_verbs,
        ctx.depths[trig.start],
        ed.value,
        ctx.published,
        ctx.view,
    ).historical


def _window_verb(tok: Token, dclause: Token) -> Token | None:
    """The verb whose tense bounds an undated report: for a nominal under a preposition the
    verb it hangs on ("expressed support following the attack": the attack came before the
    expression), else its clause."""
    prep = tok.head
    if tok.dep_ == "pobj" and prep.dep_ in ("prep", "advcl") and prep.head.pos_ in ("VERB", "AUX"):
        return prep.head
    return dclause if dclause.pos_ in ("VERB", "AUX") else None


def _keys(actors: Sequence[ActorRef], recips: Sequence[ActorRef] = ()) -> set[str]:
    """What makes two events about the same parties: their ids or texts, and their states."""
    parties = [*actors, *recips]
    return {a.actor_id or a.text for a in parties} | {a.country for a in parties if a.country}


def _inherit(
    ctx: _Context, si: int, actors: list[ActorRef], recips: list[ActorRef]
) -> EventDate | None:
    """A date carried over from the discourse, for a report of a past act: from the previous
    sentence of the same paragraph when it dates an event sharing a party with this one
    (narration continuing about the same actors); else, for a report in the lead, from the
    lead's dated event with a shared party (the article's reference time)."""
    keys = _keys(actors, recips)
    prev = ctx.last_dated.get(si - 1)
    if prev is not None and not _new_paragraph(ctx, si) and prev[1] & keys:
        return replace(prev[0], governed=False)
    if ctx.lead is not None and si <= _LEAD_SENTS:
        ed, ids = ctx.lead
        if ids & keys:
            return replace(ed, governed=False)
    return None


def _speaker(ctx: _Context, trig: Trigger, flags: Flags) -> ActorRef | None:
    if not flags.reported:
        return None
    for q in ctx.quotes:
        if q.content_start <= trig.start < q.content_end and q.speaker is not None:
            return q.speaker
    verb = flags.speech_verb
    if verb is None:
        return None
    if verb.lower_ == "according":
        to = next((c for c in verb.children if c.lower_ == "to"), None)
        obj = next((g for g in to.children if g.dep_ == "pobj"), None) if to is not None else None
        refs = args.resolve_arg(obj.i, ctx.index, ctx.lex) if obj is not None else []
        return refs[0] if refs else None
    subj = args.subject_of(verb.i, ctx.view)
    refs = args.resolve_arg(subj, ctx.index, ctx.lex) if subj is not None else []
    return refs[0] if refs else None
