"""The tense of the clause a time expression sits in, from the spaCy parse.

``governing_verb(span)`` climbs the dependency tree from the expression's root to the first
verb (or auxiliary); ``tense_of(verb)`` reads its tag and auxiliaries:

- future: ``will``/``shall``/``'ll``/``would`` auxiliary, ``going to``, ``is to``, or an
  infinitive under ``plan``/``expect``/``due``/``set``...
- past: VBD, or VBN with ``has``/``had``/``was``/``were``, or a past auxiliary;
- present: VBZ/VBP/VBG otherwise; None when no verb governs the expression (headlines).
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
