"""Attacks told by the harm they did in a noun phrase (branch evatk10): "the bombing resulted in
the death of three people", "the rocket led to the killing of one person", "victims of an air
strike", "dozens fell victim to the shelling", "an attack which killed dozens".

``unnamed.py`` codes an attack whose noun is the subject of a harm verb ("an air strike killed
15") or the instrument of a passive one ("were killed in an air strike"). Other outlets' war
news tells the same harm in three more constructions, where no verb of the clause is an attack:

- **nominalised harm**: the attack or weapon is the subject of a verb of causing whose
  complement is a harm noun of people: "led to / resulted in / caused the killing / death /
  injury / martyrdom of N people" (also its participle, "the bombing took place in the market,
  resulting in the death of three", the participle's host having the attack as its subject);
- **victimhood**: the attack is what people are victims of: "victims of an attack", "fell
  victim(s) to / of air strikes";
- **a relative clause on the attack noun** whose verb is a harm verb: "an attack which killed
  dozens", "the blast that hit the buses" (the relative clause itself is not coded: a verb
  inside a noun phrase is background, ``stage._background``).

Only an attack or a weapon makes it an attack (``unnamed.weapon``): "the storm led to the
death of three", "victims of the earthquake", "fell victim to a scam" are not; the harm noun
must be of people ("the death of the project", "led to the killing of the bill" are not); a
"heart attack" or a "cyber attack" is no weapon. A weapon word that the lexicon does not list
as an event ("rocket", "bomb", "explosion") becomes a nominal trigger here only in these
constructions (``harm_triggers``), with the CAMEO code of its kind of weapon.
"""

from __future__ import annotations

from spacy.tokens import Span

from newsgraph.extract.docview import DocView
from newsgraph.extract.events import arguments as args
from newsgraph.extract.events.lexicon import EventLexicon
from newsgraph.extract.events.triggers import Trigger
from newsgraph.extract.events.unnamed import HARM_VERBS, WEAPON_NOUNS, weapon, weapon_owner
from newsgraph.types import ActorRef

# Verbs of causing and the preposition that introduces what they caused ("cause" takes it as
# its object).
CAUSING = {"lead": "to", "result": "in", "cause": None, "inflict": None}
# Nouns of harm to people: "the killing of", "the death of", "the injury of".
HARM_NOUNS = frozenset(
    {
        "killing",
        "death",
        "injury",
        "injuring",
        "wounding",
        "martyrdom",
        "murder",
        "massacre",
        "slaughter",
    }
)
_VICTIM = "victim"
_VICTIM_PREPS = frozenset({"of", "to"})
_RELATIVE = frozenset({"which", "that"})
# Compounds that make an attack no act of violence ("a heart attack", "a cyber attack").
NOT_VIOLENT = frozenset({"heart", "panic", "asthma", "anxiety", "cyber", "shark", "dog", "seizure"})
# The CAMEO code of a weapon word told as the attack (a lexicon nominal keeps its own).
_WEAPON_CAMEO = {
    "rocket": "194",
    "mortar": "194",
    "shell": "194",
    "artillery": "194",
    "gunfire": "193",
    "drone": "195",
    "airstrike": "195",
}
_GENERIC = "190"


def harm_attack(
    noun: int, v: DocView, index: args.MentionIndex, lex: EventLexicon
) -> tuple[list[ActorRef], list[int]] | None:
    """For an attack nominal (token ``noun``) told by the harm it did in one of this module's
    constructions: its owner as its actors (``unnamed.weapon_owner``: empty when none is
    named) and the heads of the people harmed; else None."""
    if harm_told(noun, v, lex) is None:
        return None
    return weapon_owner(noun, v, index, lex), harmed(noun, v, lex)


def harm_told(noun: int, v: DocView, lex: EventLexicon) -> int | None:
    """The token through which the attack noun ``noun`` is told as what harmed people, in one
    of the three constructions of this module (the verb of causing, "victim(s)", or the harm
    verb of its relative clause); else None."""
    if _not_violent(noun, v):
        return None
    for c in v.children[noun]:
        # "an attack which killed dozens", "the blast that hit the buses"
        if v.dep[c] == "relcl" and v.lemma_lower[c] in HARM_VERBS and _active_relative(c, v):
            return c
    host = victim_host(noun, v)
    if host is not None:
        return host
    head = v.head[noun]
    if v.dep[noun] == "nsubj":
        verb = head
        if _caused_harm(verb, v, lex):
            return verb  # "the bombing resulted in the death of three people"
        for c in v.children[verb]:
            # "the bombing took place in the market, resulting in the death of three"
            if v.dep[c] == "advcl" and v.tag[c] == "VBG" and _caused_harm(c, v, lex):
                return c
    return None


def victim_host(noun: int, v: DocView) -> int | None:
    """The word that makes people the victims of the attack noun ``noun``: "victim" in
    "(were) victims of an attack", or the verb of "fell victim to air strikes" (the preposition
    hung on the verb); else None."""
    head = v.head[noun]
    if v.dep[noun] != "pobj" or v.lower[head] not in _VICTIM_PREPS:
        return None
    host = v.head[head]
    if host != head and v.lemma_lower[host] == _VICTIM:
        return host
    if v.lemma_lower[host] in ("fall", "become") and any(
        v.lemma_lower[c] == _VICTIM for c in v.children[host]
    ):
        return host
    return None


def victims_of_attack(sent: Span, v: DocView) -> bool:
    """Whether the sentence says people were victims of an attack ("The children were victims
    of an attack on their school"): a clause whose only verb may be the copula, which still
    reports the attack (``guards``' no-verb rule lets it through). Only an attack or a weapon
    noun ("victims of the earthquake" is none; ``unnamed.WEAPON_NOUNS``)."""
    return any(
        v.pos[i] == "NOUN"
        and (v.lemma_lower[i] in WEAPON_NOUNS or v.lower[i] in WEAPON_NOUNS)
        and not _not_violent(i, v)
        and victim_host(i, v) is not None
        and v.dep[v.head[v.head[i]]] == "attr"
        and v.pos[v.head[v.head[v.head[i]]]] == "AUX"
        for i in range(sent.start, sent.end)
    )


def harm_triggers(sent: Span, lex: EventLexicon, v: DocView, found: list[Trigger]) -> list[Trigger]:
    """Nominal ASSAULT triggers on the weapon words of the sentence that no trigger covers and
    that are told as what harmed people ("the rocket led to the killing of one person", "the
    car bomb which killed 20")."""
    taken = {t.token.i for t in found} | {t.noun.i for t in found if t.noun is not None}
    out = []
    for i in range(sent.start, sent.end):
        if i in taken or v.pos[i] != "NOUN" or not weapon(i, v, lex):
            continue
        if v.dep[i] == "compound":
            continue  # "rocket attack": the head is the attack
        if harm_told(i, v, lex) is None:
            continue
        first = i
        while first > sent.start and v.dep[first - 1] == "compound" and v.head[first - 1] == i:
            first -= 1
        word = v.lemma_lower[i]
        kinds = [_WEAPON_CAMEO[w] for w in v.lemma_lower[first:i] if w in _WEAPON_CAMEO]
        cameo = kinds[0] if kinds else _WEAPON_CAMEO.get(word, _GENERIC)
        out.append(
            Trigger(
                v.doc[i],
                v.idx[first],
                v.end[i],
                v.span_text(first, i + 1),
                cameo,
                None,
                "nominal",
            )
        )
    return out


def harmed(noun: int, v: DocView, lex: EventLexicon) -> list[int]:
    """The people the construction says were harmed, as recipients: the "of" objects of the
    harm nouns ("the death of three people"), the subject of "fell victim to" or of "were
    victims of"; counted people, role nouns and names only."""
    at = harm_told(noun, v, lex)
    if at is None:
        return []
    if v.dep[at] == "relcl":
        return [c for c in v.children[at] if v.dep[c] == "dobj"]  # "which killed dozens"
    if v.lemma_lower[at] == _VICTIM:
        host = v.head[at]
        subj = args.subject_of(host, v) if v.dep[at] in ("attr", "dobj", "npadvmod") else None
        return [subj] if subj is not None else []
    if v.lemma_lower[at] in ("fall", "become"):
        subj = args.subject_of(at, v)
        return [subj] if subj is not None else []
    return [p for h in _harm_nouns(at, v) for p in _of_people(h, v, lex)]


def _not_violent(noun: int, v: DocView) -> bool:
    return any(
        v.dep[c] in ("compound", "amod") and v.lemma_lower[c] in NOT_VIOLENT
        for c in v.children[noun]
    )


def _active_relative(verb: int, v: DocView) -> bool:
    """A relative clause whose subject is the noun it modifies: "which killed", "that hit"."""
    kids = v.children[verb]
    if any(v.dep[c] in ("auxpass", "nsubjpass") for c in kids):
        return False
    return any(v.dep[c] == "nsubj" and v.lower[c] in _RELATIVE for c in kids)


def _caused_harm(verb: int, v: DocView, lex: EventLexicon) -> bool:
    """A verb of causing whose complement is harm to people: "led to the killing of one
    person", "resulted in the death of three people", "caused the deaths of dozens"."""
    return any(_of_people(h, v, lex) for h in _harm_nouns(verb, v))


def _harm_nouns(verb: int, v: DocView) -> list[int]:
    """The harm nouns a verb of causing governs, with their conjuncts ("the killing of one
    person and the injury of 40")."""
    lemma = v.lemma_lower[verb]
    if lemma not in CAUSING:
        return []
    prep = CAUSING[lemma]
    if prep is None:
        objs = [c for c in v.children[verb] if v.dep[c] == "dobj"]
    else:
        objs = [
            g
            for c in v.children[verb]
            if v.dep[c] == "prep" and v.lower[c] == prep
            for g in v.children[c]
            if v.dep[g] == "pobj"
        ]
    objs += [g for o in objs for g in v.children[o] if v.dep[g] == "conj"]
    return [o for o in objs if v.lemma_lower[o] in HARM_NOUNS or v.lower[o] in HARM_NOUNS]


def _of_people(harm: int, v: DocView, lex: EventLexicon) -> list[int]:
    """The people a harm noun is of ("the death of three people", "the killing of one person",
    "the injury of 40 others", "the deaths of hundreds of people"); not a thing ("the death of
    the project", "the killing of the bill")."""
    out = []
    for c in v.children[harm]:
        if v.dep[c] != "prep" or v.lower[c] != "of":
            continue
        for g in v.children[c]:
            if v.dep[g] == "pobj" and _people(g, v, lex):
                out.append(g)
    return out


_PERSONS = frozenset(
    {"other", "others", "civilian", "citizen", "child", "resident", "woman", "man"}
)


def _people(h: int, v: DocView, lex: EventLexicon) -> bool:
    """Counted people, a number, people by role ("many terrorists") or by name."""
    if v.ent_type[h] in ("CARDINAL", "PERSON", "NORP") or v.pos[h] == "NUM":
        return True
    if args.counted_people(h, v) or v.lemma_lower[h] in _PERSONS:
        return True
    if any(v.dep[c] == "nummod" for c in v.children[h]) and v.lemma_lower[h] not in WEAPON_NOUNS:
        return True  # "40 others", "12 soldiers"
    return v.tag[h] == "NNS" and args.agent_sector(h, lex, v) is not None
