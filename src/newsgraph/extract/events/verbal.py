"""Attacks in words: "the senator attacked her rival", "the candidate hit his opponent hard on
trade". Between two named people, with no armed party, an attack verb is criticism (CAMEO
111, PLOVER ACCUSE/disapprove), not an ASSAULT: states, forces and armed groups attack with
weapons; a politician attacks another with words. A person attacking a place, a state or a
force ("Putin attacked Ukraine"), and any attacker that is not a named person (a gunman, the
army, rebels) keep the ASSAULT.

The same holds for an attacker who holds no arms (a named person with no government or armed
role, legislators, a party, judges, journalists: "dozens of House members blasted the raids",
"the candidate's attacks on immigrants") when what is attacked is no state, place or force:
people, a group of people, a party, a policy, or nothing named.
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


# Sectors that may hold arms (a head of government orders strikes) and those that hold none.
ARMED_SECTORS = frozenset({"GOV", "MIL", "REB", "INS", "COP", "SPY", "UAF", "CRM"})
UNARMED_SECTORS = frozenset({"LEG", "PTY", "ELI", "JUD", "JRN"})
_UNKNOWN_SECTORS = frozenset({"UNK", "NON"})
# Bodies that never hold arms whatever they attack: legislators, judges, journalists ("House
# members blasted the White House", "the editors attacked the government"); a party may have
# a militia and is left to the recipient.
_WORDS_ONLY_SECTORS = frozenset({"LEG", "JUD", "JRN"})
# Personal pronouns of one person: "he attacked her", "Khan had attacked him" name a person.
_PERSON_PRONOUNS = frozenset({"him", "her", "he", "she"})


def _ents(ref: ActorRef, doc: Doc) -> set[str]:
    span = doc.char_span(ref.start, ref.end, alignment_mode="expand")
    return {t.ent_type_ for t in span} - {""} if span is not None else set()


def _named_person(ref: ActorRef, doc: Doc) -> bool:
    return "PERSON" in _ents(ref, doc)


def _unarmed(ref: ActorRef, doc: Doc) -> bool:
    """A named person with no government or armed role, or a body that holds no arms."""
    if ref.sector in UNARMED_SECTORS:
        return True
    return ref.sector not in ARMED_SECTORS and _named_person(ref, doc)


def _no_force(ref: ActorRef, doc: Doc) -> bool:
    """A party that is no state, place or force: a person, a group of people, a party."""
    if ref.sector in ARMED_SECTORS:
        return False
    if ref.text.lower() in _PERSON_PRONOUNS:
        return True
    ents = _ents(ref, doc)
    if ents & {"GPE", "LOC", "FAC"}:
        return False
    if ref.country and not ref.actor_id and "NORP" not in ents:
        return False  # a state named otherwise
    # people of a known kind (civilians, refugees, clergy, a party) or named people
    known = ref.sector is not None and ref.sector not in _UNKNOWN_SECTORS
    return known or bool(ents & {"PERSON", "NORP"})


def attack_in_words(tok: Token, actors: Sequence[ActorRef], recips: Sequence[ActorRef]) -> bool:
    """An attack verb (or noun) whose actors and recipients are all named people (spaCy
    PERSON), whose actors are legislators, judges or journalists, or whose actors hold no arms
    and whose recipients are no state, place or force (a "him" or "her" is a person)."""
    if tok.lemma_.lower() not in WORD_ATTACK_VERBS or not actors:
        return False
    doc = tok.doc
    if recips and all(_named_person(r, doc) for r in (*actors, *recips)):
        return True
    if all(a.sector in _WORDS_ONLY_SECTORS for a in actors):
        return True
    return all(_unarmed(a, doc) for a in actors) and all(_no_force(r, doc) for r in recips)
