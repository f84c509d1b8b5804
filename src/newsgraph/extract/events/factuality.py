"""How the text presents an event: negated, hypothetical or conditional, future or intended,
historical background, or reported speech (with the speaker)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from spacy.tokens import Token

from newsgraph.extract.events.periods import start_of

_MODAL_HYPO = frozenset({"would", "could", "might", "may", "should", "can", "must", "ought"})
_MODAL_FUT = frozenset({"will", "shall", "'ll", "wo"})
_COND_MARKS = frozenset({"if", "unless", "whether"})
_HYPO_WORDS = frozenset(
    {
        "potential",
        "possible",
        "possibly",
        "hypothetical",
        "likely",
        "consider",
        "considering",
        "imagine",
        "imagining",
        "unlikely",
    }
)
_NEG_WORDS = frozenset({"not", "n't", "never", "no", "without", "nor"})
_NEG_VERBS = frozenset({"fail", "refuse", "deny", "decline", "avoid", "stop", "halt"})
_FUT_WORDS = frozenset({"future", "planned", "proposed", "upcoming", "new"})
_IRREALIS = frozenset({"xcomp", "advcl", "acl", "ccomp", "relcl", "oprd"})
_HIST_WORDS = frozenset({"historically", "formerly", "once", "previously"})


@dataclass(frozen=True)
class Flags:
    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    historical: bool = False
    reported: bool = False
    speech_verb: Token | None = None  # the verb (or "according to") that reports the event


def ancestors_in_clause(tok: Token, limit: int = 6) -> list[Token]:
    """``tok`` and the verbs above it, up to and including the first clause that embeds it."""
    chain = [tok]
    cur = tok
    for _ in range(limit):
        if cur.head.i == cur.i:
            break
        if cur.dep_ in ("ccomp", "parataxis") or cur.dep_ == "ROOT":
            chain.append(cur.head)
            break
        cur = cur.head
        chain.append(cur)
    return chain


def flags_for(
    trigger: Token,
    noun: Token | None,
    speech_verbs: frozenset[str],
    intent_verbs: frozenset[str],
    quote_depth: int,
    event_date: str | None,
    published: date | None,
) -> Flags:
    negated = hypothetical = future = historical = reported = False
    speech: Token | None = None
    local = [trigger] + ([noun] if noun is not None else [])
    for t in local:
        for c in t.children:
            if c.dep_ == "neg" or (c.dep_ in ("det", "advmod") and c.lower_ in _NEG_WORDS):
                negated = True
            if c.dep_ == "aux" and c.lower_ in _MODAL_HYPO:
                hypothetical = True
            if c.dep_ == "aux" and c.lower_ in _MODAL_FUT:
                future = True
            if c.dep_ == "aux" and c.lower_ == "going":
                future = True
            if c.dep_ == "mark" and c.lower_ in _COND_MARKS:
                hypothetical = True
            if c.dep_ in ("amod", "advmod") and c.lower_ in _HYPO_WORDS:
                hypothetical = True
            if c.dep_ == "amod" and c.lower_ in _FUT_WORDS and c.lower_ != "new":
                future = True
            if c.dep_ == "advmod" and c.lower_ in _HIST_WORDS:
                historical = True
            if (
                c.dep_ == "prep"
                and c.lower_ in ("in", "during")
                and any(g.dep_ == "pobj" and g.lower_ == "past" for g in c.children)
            ):
                historical = True  # "in the past"
            if c.dep_ == "advcl" and any(
                g.dep_ == "mark" and g.lower_ in _COND_MARKS for g in c.children
            ):
                hypothetical = True
        if t.dep_ == "pcomp" and t.head.lower_ == "without":
            negated = True
    # Governing verbs: "failed to attack", "would consider intervention", "agreed to resume",
    # "said that ...".
    cur = trigger  # a light verb's nominal hangs on the verb itself: start above the verb
    steps = 0
    while cur.head.i != cur.i and steps < 6:
        dep, head = cur.dep_, cur.head
        steps += 1
        lemma = head.lemma_.lower()
        if dep in (
            "xcomp",
            "dobj",
            "pobj",
            "prep",
            "acomp",
            "pcomp",
            "advcl",
            "ccomp",
            "parataxis",
            "conj",
            "attr",
            "nsubj",
            "nsubjpass",
            "compound",
            "amod",
        ):
            pass
        if dep in ("xcomp", "dobj", "ccomp", "acomp") and head.pos_ in ("VERB", "ADJ", "AUX"):
            if lemma in _NEG_VERBS and dep == "xcomp":
                negated = True
            if lemma in intent_verbs and dep in ("xcomp", "dobj", "acomp") or lemma == "ready":
                future = True
            if lemma in _HYPO_WORDS:
                hypothetical = True
            for c in head.children:
                if c.dep_ == "aux" and c.lower_ in _MODAL_HYPO and dep != "ccomp":
                    hypothetical = True
                if c.dep_ == "aux" and c.lower_ in _MODAL_FUT and dep == "xcomp":
                    future = True
                if c.dep_ == "mark" and c.lower_ in _COND_MARKS:
                    hypothetical = True
                if c.dep_ == "neg" and dep == "xcomp":
                    negated = True
        if (
            dep in ("ccomp", "parataxis")
            and lemma in speech_verbs
            or (
                dep == "xcomp" and lemma in speech_verbs  # "Turkey claims to be fighting ..."
            )
        ):
            reported, speech = True, head
            break
        if head.dep_ in ("ROOT",) and dep not in ("xcomp", "conj", "dobj", "prep", "pobj"):
            break
        cur = head
    if not reported:
        for t in ancestors_in_clause(trigger):
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ == "according":
                    reported, speech = True, c
    if quote_depth > 0:
        reported = True
    if event_date and published:
        start = start_of(event_date)
        if start is not None and (published - start).days > 366:
            historical = True
    return Flags(negated, hypothetical, future, historical, reported, speech)
