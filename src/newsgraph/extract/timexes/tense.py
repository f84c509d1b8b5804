"""The tense of the clause a time expression sits in, from the spaCy parse.

``governing_verb(span)`` climbs the dependency tree from the expression's root to the first
verb (or auxiliary); ``tense_of(verb)`` reads its tag and auxiliaries:

- future: ``will``/``shall``/``'ll``/``would`` auxiliary, ``going to``, ``is to``, or an
  infinitive under ``plan``/``expect``/``due``/``set``...
- past: VBD, or VBN with ``has``/``had``/``was``/``were``, or a past auxiliary;
- present: VBZ/VBP/VBG otherwise; None when no verb governs the expression (headlines).

``clause_tense(span)`` is the tense the expression is resolved with: a past verb does not
date a time that hangs on what it plans, on ``payable`` or on the ``until``/``through`` of a
present perfect ("scheduled a vote for Thursday", "declared a dividend payable Dec. 15", "have
extended the loans through January": the planned act, the payment or the end of a state that
holds now may lie ahead), so there the nearer occurrence is taken (None).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

_FUTURE_AUX = {"will", "shall", "'ll", "wo", "ll", "would"}
_FUTURE_HEADS = {
    "plan",
    "expect",
    "due",
    "set",
    "schedule",
    "hope",
    "intend",
    "aim",
    "want",
    "prepare",
    "agree",
    "decide",
    "promise",
    "vow",
    "pledge",
    "threaten",
}
_PAST_AUX = {"was", "were", "had", "did", "has", "have", "'d"}
# verbs whose object is an act still to come when they happen ("scheduled a vote on Friday")
_PLAN_VERBS = {"plan", "schedule"}
_UNTIL = {"until", "till", "through"}


def _perfect(verb: Token) -> bool:
    """A present perfect: "has given", "have extended" (not "had")."""
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve") for c in verb.children
    )


def governing_verb(span: Span) -> Token | None:
    tok: Token = span.root
    for _ in range(12):
        if tok.pos_ in ("VERB", "AUX") and not (tok.i >= span.start and tok.i < span.end):
            return tok
        if tok.head.i == tok.i:
            return tok if tok.pos_ in ("VERB", "AUX") else None
        tok = tok.head
    return None


def tense_of(verb: Token | None, depth: int = 0) -> str | None:
    if verb is None or depth > 6:
        return None
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    aux_words = {a.lower_ for a in aux}
    if aux_words & _FUTURE_AUX:
        return "future"
    if verb.tag_ == "VB" and any(a.lower_ == "to" for a in aux):
        head = verb.head
        if head.i != verb.i and head.lemma_.lower() in _FUTURE_HEADS:
            return "future"
        if head.lemma_.lower() in ("go", "be") and head.tag_ in ("VBG", "VBZ", "VBP"):
            return "future"  # "is going to", "is to"
        return tense_of(head, depth + 1) if head.i != verb.i else None
    if verb.tag_ == "VBD" or aux_words & {"was", "were", "had", "did", "'d"}:
        return "past"
    if verb.tag_ == "VBN":
        if aux_words & {"has", "have"}:
            return "past"
        if aux_words & {"is", "are", "be", "'s", "'re"}:
            return "present"
        return "past"  # a reduced relative or participle clause in narration
    if verb.tag_ == "VBG" and aux_words & {"was", "were"}:
        return "past"
    if (
        verb.tag_ == "VBG"
        and not aux
        and verb.dep_ in ("advcl", "acl", "conj", "xcomp")
        and verb.head.i != verb.i
    ):
        # a participle clause shares its clause's time: "Addressing a press conference on
        # Monday, the spokesman claimed ..." is past narration, not the present
        return tense_of(verb.head, depth + 1)
    if verb.tag_ in ("VBZ", "VBP", "VBG"):
        return "present"
    if verb.tag_ == "MD":
        return "future" if verb.lower_ in _FUTURE_AUX else None
    if verb.dep_ in ("xcomp", "advcl", "conj", "ccomp", "acl", "relcl") and verb.head.i != verb.i:
        return tense_of(verb.head, depth + 1)
    return None


def clause_tense(span: Span) -> str | None:
    """The tense of the clause ``span`` is resolved with (see the module's docstring)."""
    verb = governing_verb(span)
    tense = tense_of(verb)
    if tense == "past" and verb is not None and _ahead_of(span, verb):
        return None
    return tense


def _ahead_of(span: Span, verb: Token) -> bool:
    """True when the path from the expression up to ``verb`` passes ``payable``, the object of
    a plan verb or its ``for``, or the ``until``/``through`` of a present perfect."""
    tok: Token = span.root
    below: Token | None = None
    while tok.i != verb.i and tok.head.i != tok.i:
        if tok.lower_ == "payable" and not (span.start <= tok.i < span.end):
            return True
        below, tok = tok, tok.head
    if below is None:
        return False
    if below.dep_ == "prep" and below.lower_ in _UNTIL and _perfect(verb):
        return True  # "have extended the loans through January": the end lies ahead
    if verb.lemma_.lower() not in _PLAN_VERBS:
        return False
    if below.dep_ == "prep":  # "scheduled a vote for Thursday"
        return below.lower_ == "for"
    return below.dep_ == "dobj" and below.pos_ in ("NOUN", "PROPN")
