"""Attacks in words: "the senator attacked her rival", "the candidate hit his opponent hard on
trade". Between two named people, with no armed party, an attack verb is criticism (CAMEO
111, PLOVER ACCUSE/disapprove), not an ASSAULT: states, forces and armed groups attack with
weapons; a politician attacks another with words. A person attacking a place, a state or a
force ("Putin attacked Ukraine"), and any attacker that is not a named person (a gunman, the
army, rebels) keep the ASSAULT.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from newsgraph.extract.events.lexicon import PloverCode
from newsgraph.types import ActorRef

# The attack verbs also used of words.
WORD_ATTACK_VERBS = frozenset({"attack", "hit", "slam", "blast", "lash", "savage"})

CRITICISM = PloverCode("ACCUSE", "disapprove", None)
CRITICISM_CAMEO = "111"  # criticize or denounce


def _named_person(ref: ActorRef, doc: Doc) -> bool:
    span = doc.char_span(ref.start, ref.end, alignment_mode="expand")
    return span is not None and any(t.ent_type_ == "PERSON" for t in span)


def attack_in_words(tok: Token, actors: Sequence[ActorRef], recips: Sequence[ActorRef]) -> bool:
    """An attack verb whose actors and recipients are all named people (spaCy PERSON)."""
    if tok.lemma_.lower() not in WORD_ATTACK_VERBS or not actors or not recips:
        return False
    return all(_named_person(r, tok.doc) for r in (*actors, *recips))
