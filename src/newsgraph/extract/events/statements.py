"""A verb of saying whose content is a statement, not the act it is coded as.

"The senator suggested that the governor does not want voters to see the budget" is a claim,
not a request: a suggestion is a request only when its content asks for an act ("suggested
that the governor should resign", "suggested that he resign"). "The mayor warned residents
that a rival victory would bring chaos" is a warning about a state of affairs, not a threat: a
warning threatens when its content is an act of a party ("warned the rebels that it would
shell their positions", "warned that Israel would pay a heavy price") or tells an act
("warned that the alternative would be to release them").

Such reports stay in the store below the default threshold (``stage.py``), like the negated.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from spacy.tokens import Token

# Modals that make a content clause an appeal ("should resign", "must leave").
_APPEAL_MODALS = frozenset({"should", "must", "ought", "need", "shall"})


def _content(tok: Token) -> Token | None:
    """The finite content clause of a verb of saying (its ccomp), when it has no infinitive
    complement (``urged X to``, ``warned X not to`` are appeals)."""
    kids = list(tok.children)
    if any(c.dep_ == "xcomp" for c in kids):
        return None
    clauses = [c for c in kids if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
    return clauses[0] if clauses else None


def _appeal(clause: Token) -> bool:
    kids = list(clause.children)
    if any(c.dep_ == "aux" and c.lower_ in _APPEAL_MODALS for c in kids):
        return True
    # a subjunctive: a bare verb with no auxiliary ("suggested that he resign")
    return clause.tag_ == "VB" and not any(c.dep_ in ("aux", "auxpass") for c in kids)


def statement_only(
    tok: Token,
    type_: str,
    speech_verbs: frozenset[str],
    is_party: Callable[[Token], bool],
    acts: Collection[int],
) -> bool:
    """Whether a REQUEST or THREATEN coded on a verb of saying reports only a statement;
    ``acts``: the token indices of the sentence's other event triggers."""
    if type_ not in ("REQUEST", "THREATEN") or tok.lemma_.lower() not in speech_verbs:
        return False
    clause = _content(tok)
    if clause is None:
        return False
    if type_ == "REQUEST":
        return not _appeal(clause)
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    # a threat's content is an act: of a party, the speaker ("it would strike") or another,
    # or an act told in the clause ("the alternative would be to release them")
    if not subjects or any(s.pos_ == "PRON" or is_party(s) for s in subjects):
        return False
    return not any(t.i in acts for t in clause.subtree)
