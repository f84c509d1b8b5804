"""A verb of saying whose content is a statement, not the act it is coded as.

"The senator suggested that the governor does not want voters to see the budget" is a claim,
not a request: a suggestion is a request only when its content asks for an act ("suggested
that the governor should resign", "suggested that he resign"). "The mayor warned residents
that a rival victory would bring chaos" is a warning about a state of affairs, not a threat: a
warning threatens when its content is an act of a party ("warned the rebels that it would
shell their positions", "warned that Israel would pay a heavy price") or tells an act
("warned that the alternative would be to release them").

Three more of the same kind. "The senator agrees that the plan is hurting small firms" shares
an opinion: an agreement's content is an act to come ("agreed that talks would resume", "agreed
that a truce should begin"), else it is a view. "The professor argued that the reforms were a
sham" is a claim: a generic disapproval (CAMEO 110) told through a content clause is an
accusation only when the clause tells an act ("complained that the army shelled the town").
"The mayor asked me", "asked whether the police had arrested anyone" is a question: a request
asks for something (``asked X to``, ``asked for``, ``asked that X should``, a thing asked). And a
warning threatens only an act to come: its content has a future or conditional ("warned that it
would strike", "... will pay a heavy price"); "warned that Washington cannot afford to wait"
is advice.

Such reports stay in the store below the default threshold (``stage.py``), like the negated.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from spacy.tokens import Token

# Modals that make a content clause an appeal ("should resign", "must leave").
_APPEAL_MODALS = frozenset({"should", "must", "ought", "need", "shall"})
# Auxiliaries of an act to come ("would strike", "will pay", "is going to").
_TO_COME = frozenset({"will", "would", "shall", "'ll", "wo", "going"})
# Verbs of asking: a question unless they ask for something.
_QUESTION_VERBS = frozenset({"ask", "wonder", "inquire", "enquire"})
# Generic disapproval (CAMEO 110), not criticism (111) or an accusation (112).
_DISAPPROVE = "110"


def _content(tok: Token) -> Token | None:
    """The finite content clause of a verb of saying (its ccomp, or a "that" clause of its
    object noun: "disputes the idea that ..."), when it has no infinitive complement (``urged
    X to``, ``warned X not to`` are appeals)."""
    kids = list(tok.children)
    if any(c.dep_ == "xcomp" for c in kids):
        return None
    clauses = [c for c in kids if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
    if not clauses:
        # the content of its object noun: "disputes the idea that she needed to be ..." (a
        # "that" the parser marks as a complementizer, not a relative pronoun)
        clauses = [
            g
            for c in kids
            if c.dep_ == "dobj" and c.pos_ == "NOUN"
            for g in c.children
            if g.dep_ in ("acl", "relcl", "ccomp")
            and g.pos_ in ("VERB", "AUX")
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in g.children)
        ]
    return clauses[0] if clauses else None


def _appeal(clause: Token) -> bool:
    kids = list(clause.children)
    if any(c.dep_ == "aux" and c.lower_ in _APPEAL_MODALS for c in kids):
        return True
    # a subjunctive: a bare verb with no auxiliary ("suggested that he resign")
    return clause.tag_ == "VB" and not any(c.dep_ in ("aux", "auxpass") for c in kids)


def _to_come(clause: Token) -> bool:
    """Whether a content clause tells an act to come: a future or conditional auxiliary on its
    verb or a conjunct of it, or a condition ("if ...", "unless ...")."""
    verbs = [clause, *(c for c in clause.children if c.dep_ == "conj")]
    for v in verbs:
        for c in v.children:
            if c.dep_ == "aux" and c.lower_ in _TO_COME:
                return True
            if c.dep_ == "advcl" and any(
                g.dep_ == "mark" and g.lower_ in ("if", "unless") for g in c.children
            ):
                return True
    return False


def _asks_nothing(tok: Token, is_party: Callable[[Token], bool]) -> bool:
    """A verb of asking with nothing asked for: no infinitive ("asked X to"), no "for", no
    appeal in its content clause, no thing asked ("asked their help"): a question."""
    for c in tok.children:
        if c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for"):
            return False
        if c.dep_ == "ccomp" and _appeal(c):
            return False
        if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and not is_party(c):
            return c.lemma_.lower() == "question"  # "asked questions": still a question
    return True


def statement_only(
    tok: Token,
    type_: str,
    speech_verbs: frozenset[str],
    is_party: Callable[[Token], bool],
    acts: Collection[int],
    cameo: str | None = None,
) -> bool:
    """Whether a REQUEST, THREATEN, AGREE or (generic) ACCUSE coded on a verb of saying
    reports only a statement; ``acts``: the token indices of the sentence's other event
    triggers; ``cameo``: the trigger's CAMEO code."""
    lemma = tok.lemma_.lower()
    if type_ == "REQUEST" and lemma in _QUESTION_VERBS:
        return _asks_nothing(tok, is_party)
    if type_ not in ("REQUEST", "THREATEN", "AGREE", "ACCUSE"):
        return False
    if type_ == "ACCUSE" and cameo != _DISAPPROVE:
        return False
    if type_ in ("REQUEST", "THREATEN") and lemma not in speech_verbs:
        return False
    clause = _content(tok)
    if clause is None:
        return False
    told = any(t.i in acts for t in clause.subtree)
    if type_ == "REQUEST":
        return not _appeal(clause)
    if type_ == "AGREE":
        return not (_appeal(clause) or _to_come(clause))
    if type_ == "ACCUSE":
        return not told
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    # a threat's content is an act to come: of a party, the speaker ("it would strike") or
    # another, or an act told in the clause ("the alternative would be to release them")
    if not _to_come(clause):
        return True
    if not subjects or any(s.pos_ == "PRON" or is_party(s) for s in subjects):
        return False
    return not told
