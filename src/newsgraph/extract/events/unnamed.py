"""Attacks told without their attacker: "An air strike killed 15 civilians in Idlib",
"Shelling hit a market", "15 people were killed in a car bomb", "The hospital was bombed".

News of violence often names the weapon or the attack and not who used it. Such a sentence
is a report of an event (who was hit, when and where), and the reports of one attack across
outlets cluster on it, so it is coded, with the actor left empty, or with the attack noun's
owner when the sentence names one ("a Russian air strike": Russia, military; "government
shelling"; "air strikes by the coalition"). A suicide bomber or gunmen are parties already
(role nouns) and are not handled here.

Only the construction makes it an attack: the attack or weapon noun (an ASSAULT nominal or a
weapon word) is what did the harm (the subject of "killed"/"hit", or the instrument of a
passive "were killed in/by"), or the verb itself is an act of war in the passive ("was
shelled", "was bombed"). "The storm killed three people", "shares were hit by the news" and
"killed in a car crash" are not attacks. With no owner, or an owner that is no named state or
organisation ("artillery fire", "rebel rocket fire"), its confidence is capped below the
default shown threshold (``confidence.EVIDENCE_ONLY_CONFIDENCE``): the report is evidence for
the cross-outlet analysis, which clusters from ``ANALYSIS_MIN_CONFIDENCE``, not an event shown
as who did what to whom. An owner that is one ("a US-led coalition air strike", "a Russian air
strike") is who did it, and the report keeps the model's confidence (``stage._event``).
"""

from __future__ import annotations

from newsgraph.extract.docview import DocView
from newsgraph.extract.events import arguments as args
from newsgraph.extract.events.lexicon import EventLexicon
from newsgraph.extract.events.triggers import Trigger
from newsgraph.types import ActorRef

# Verbs whose subject (or passive instrument) does the harm.
HARM_VERBS = frozenset(
    {
        "kill",
        "injure",
        "wound",
        "hit",
        "strike",
        "destroy",
        "damage",
        "target",
        "claim",
        "slay",
        "explode",
        "detonate",
    }
)
# Verbs that are acts of war by themselves: their passive needs no instrument ("execute" is
# an event only with people as its object: "two men were executed"; "were beheaded").
WAR_VERBS = frozenset(
    {"bomb", "shell", "airstrike", "bombard", "strafe", "blitz", "execute", "behead"}
)
# Verbs whose subject is the victim: "died in an air strike" is the strike's harm, as
# "were killed in an air strike" is ("died in a car crash" is not: no weapon).
DEATH_VERBS = frozenset({"die", "perish"})
# Weapons and attacks that can be the subject of "killed" (the ASSAULT nominals of the
# lexicon are attacks too; these are what the lexicon does not list as events).
WEAPON_NOUNS = frozenset(
    {
        "airstrike",
        "strike",
        "raid",
        "shelling",
        "bombardment",
        "bombing",
        "bomb",
        "explosion",
        "blast",
        "rocket",
        "missile",
        "mortar",
        "shell",
        "barrel",
        "artillery",
        "gunfire",
        "drone",
        "ied",
        "grenade",
        "attack",
        "assault",
        "ambush",
        "offensive",
        "explosive",
        "munition",
        "projectile",
        "landmine",
    }
)
_INSTRUMENT_PREPS = frozenset({"in", "by", "during", "after"})
_LISTING = frozenset({"including"})
_FIRING = frozenset({"tank", "sniper", "gun", "machine-gun", "cannon", "artillery"})
_MILITARY = "MIL"


def unnamed_attack(
    trig: Trigger, attacks: set[int], v: DocView, index: args.MentionIndex, lex: EventLexicon
) -> list[ActorRef] | None:
    """For an ASSAULT trigger whose clause names no actor: None when the sentence is not an
    attack told by its weapon (keep it uncoded), else the attack's owner as its actors (empty
    when none is named). ``attacks``: the sentence's verb triggers coded ASSAULT, which carry
    the report when the nominal is their subject or instrument."""
    tok = trig.token.i
    if trig.kind == "nominal":
        # "A car bomb killed 15", "killed in a car bomb", "the death toll from the attack"
        verb = _harmed_by(tok, v)
        if verb is None or verb in attacks:
            return None
        return weapon_owner(tok, v, index, lex)
    lemma = v.lemma_lower[tok]
    if lemma in HARM_VERBS:
        subj = args.subject_of(tok, v)
        if subj is None and any(
            c < tok and v.dep[c] == "aux" and v.lower[c] in WEAPON_NOUNS for c in v.children[tok]
        ):
            return []  # "Shelling hit a market": the parser took the gerund for an auxiliary
        if subj is not None and weapon(subj, v, lex):
            return weapon_owner(subj, v, index, lex)
        if subj is None and _passive(tok, v):
            noun = _instrument(tok, v, lex)
            if noun is not None:
                return weapon_owner(noun, v, index, lex)
            for c in v.children[tok]:
                owner = misparsed_owner(c, v, lex) if v.dep[c] == "advcl" else None
                if owner is not None:
                    return _party_refs(owner, v, index, lex)
        return None
    if lemma in WAR_VERBS and _passive(tok, v) and args.subject_of(tok, v) is None:
        return []  # "the hospital was shelled on Tuesday"
    owner = misparsed_owner(tok, v, lex) if v.dep[tok] in ("acl", "advcl") else None
    if owner is not None and v.head[v.head[owner]] not in attacks:
        # "died in regime shelling" (a harm verb coded as an attack carries it: "killed in
        # regime shelling", above)
        return _party_refs(owner, v, index, lex)
    return None


def _party_refs(
    owner: int, v: DocView, index: args.MentionIndex, lex: EventLexicon
) -> list[ActorRef]:
    """The owner's parties, military; an X-led coalition with no party of its own is X's
    ("killed in US-led coalitions strikes": the US)."""
    refs = args.resolve_arg(owner, index, lex)
    if not any(r.actor_id or r.country for r in refs):
        for g in sorted(_leaders(owner, v)):
            mention = index.covering(g)
            if mention is not None and (mention.actor_id or mention.country):
                return [args.with_sector(index.ref(mention), _MILITARY)]
    return [args.with_sector(r, _MILITARY) for r in refs]


def misparsed_owner(verb: int, v: DocView, lex: EventLexicon) -> int | None:
    """ "Children were killed in regime shelling of the area", "died in regime shelling": the
    parser takes the gerund for a verb and its owner for the object of "in" (the gerund hung
    on the harm verb, or on that object). The party just before a subjectless war gerund,
    the owner being the instrument of a passive harm verb or of a verb of dying, owns the
    attack (the victims who died are not the gerund's subject)."""
    if verb == 0 or not (
        (v.tag[verb] == "VBG" and v.lemma_lower[verb] in WAR_VERBS) or _lost_apostrophe(verb, v)
    ):
        return None
    owner = verb - 1
    prep = v.head[owner]
    if v.dep[owner] != "pobj" or v.lower[prep] not in _INSTRUMENT_PREPS or prep == owner:
        return None
    if v.dep[verb] == "acl" and v.head[verb] != owner:
        return None
    host = v.head[prep]
    if not suffered(host, v):
        return None
    subj = args.subject_of(verb, v)
    if subj is not None and subj != args.subject_of(host, v):
        return None
    return owner if args.is_party(owner, lex, v) else None


def _lost_apostrophe(verb: int, v: DocView) -> bool:
    """ "Killed in US-led coalitions strikes" (the source lost the apostrophe of "coalition's",
    branch evatk10): a plural attack noun the parser read as a verb after a plural that owns
    it ("strikes", "raids", "attacks" after "coalitions", "regimes")."""
    low = v.lower[verb]
    return (
        v.pos[verb] == "VERB"
        and low.endswith("s")
        and low[:-1] in WEAPON_NOUNS
        and v.lower[verb - 1].endswith("s")
    )


def named_owner(actors: list[ActorRef], lex: EventLexicon) -> bool:
    """Whether an attack's owner says who did it: a named state or organisation ("a US-led
    coalition air strike") or a noun of a role ("regime shelling", "rebel rocket fire"); not a
    weapon told alone ("artillery fire")."""
    return any(a.actor_id or a.country or _role(a.text, lex) for a in actors)


def _role(text: str, lex: EventLexicon) -> bool:
    words = text.lower().split()
    word = words[-1].removesuffix("'s") if words else ""
    if word in WEAPON_NOUNS or word in _FIRING:
        return False  # "artillery" is a unit and a weapon: "artillery fire" names no one
    return word in lex.agents or word.removesuffix("s") in lex.agents


def state_forces(actors: list[ActorRef]) -> list[ActorRef]:
    """The owners of a military attack noun: a state is its military ("a Russian air strike":
    Russia, sector MIL); named organisations keep their own sector."""
    return [
        args.with_sector(a, _MILITARY) if a.actor_id and a.actor_id == a.country else a
        for a in actors
    ]


def _harmed_by(noun: int, v: DocView) -> int | None:
    """The word through which an attack noun did harm: the harm verb it is the subject of
    ("the attack claimed 27 lives") or the instrument of in the passive ("were killed in a
    bombing"), or the toll it caused ("the death toll from the attack"); else None."""
    head = v.head[noun]
    if v.dep[noun] == "nsubj" and v.lemma_lower[head] in HARM_VERBS:
        return head
    for c in v.children[noun]:
        # "US-led air strikes killed 20 fighters", parsed as a participle on the noun: a
        # harm verb with its own object is what the noun did
        if (
            v.dep[c] == "acl"
            and v.lemma_lower[c] in HARM_VERBS
            and any(v.dep[g] == "dobj" for g in v.children[c])
        ):
            return c
    if v.dep[noun] != "pobj":
        return None
    host = v.head[head]
    if v.lower[head] in _INSTRUMENT_PREPS and suffered(host, v):
        return host
    if v.lower[head] in ("from", "of") and v.lemma_lower[host] == "toll":
        return host
    return None


def suffered(verb: int, v: DocView) -> bool:
    """A verb whose subject suffered the harm: a passive harm verb ("were killed") or a verb
    of dying ("died")."""
    if v.lemma_lower[verb] in DEATH_VERBS:
        return True
    return v.lemma_lower[verb] in HARM_VERBS and _passive(verb, v)


def _passive(verb: int, v: DocView) -> bool:
    """A passive clause, or a bare past participle ("civilians killed in air strikes")."""
    kids = v.children[verb]
    if any(v.dep[c] in ("auxpass", "nsubjpass") for c in kids):
        return True
    return (
        v.tag[verb] == "VBN"
        and v.dep[verb] in ("acl", "advcl")
        and not any(v.dep[c] == "aux" for c in kids)
    )


def _instrument(verb: int, v: DocView, lex: EventLexicon) -> int | None:
    """The attack a passive verb's victims were hit in or by: "killed in a car bomb"."""
    for prep in v.children[verb]:
        if v.dep[prep] not in ("prep", "agent") or v.lower[prep] not in _INSTRUMENT_PREPS:
            continue
        for obj in v.children[prep]:
            if v.dep[obj] != "pobj":
                continue
            # "killed in the fighting, including a Hizballah ambush": the attack listed
            listed = [
                g
                for c in v.children[obj]
                if v.dep[c] == "prep" and v.lower[c] in _LISTING
                for g in v.children[c]
                if v.dep[g] == "pobj"
            ]
            for noun in (obj, *listed):
                if weapon(noun, v, lex):
                    return noun
    return None


def weapon(noun: int, v: DocView, lex: EventLexicon) -> bool:
    """An attack or a weapon, not a party: "air strike", "shelling", "barrel bombs"."""
    if v.pos[noun] not in ("NOUN", "PROPN") or args.is_party(noun, lex, v):
        return False
    if v.lemma_lower[noun] == "fire":
        # "rocket fire", "tank fire", "sniper fire" (a house fire is no weapon)
        return any(
            v.dep[c] == "compound" and v.lemma_lower[c] in WEAPON_NOUNS | _FIRING
            for c in v.children[noun]
        )
    return v.lemma_lower[noun] in WEAPON_NOUNS or v.lower[noun] in WEAPON_NOUNS


def _place_name(c: int, noun: int, v: DocView, index: args.MentionIndex) -> bool:
    """Whether token ``c``, a modifier of attack noun ``noun``, is a place's name: a city or a
    region (a place, never a side), or a state's name (not its demonym) before an attack any
    side carries out ("Iraq car bombings"; "US air strikes" are the US's)."""
    mention = index.covering(c)
    if mention is None:
        return v.ent_type[c] == "GPE"
    if mention.label != "GPE":
        return False
    if not (mention.actor_id and mention.actor_id == mention.country):
        return True
    return args.anyone_attacks(noun, v)


def weapon_owner(
    noun: int, v: DocView, index: args.MentionIndex, lex: EventLexicon
) -> list[ActorRef]:
    """Who the attack belongs to when the noun phrase says ("a Russian air strike",
    "Turkey's shelling", "strikes by the coalition", "a bomb planted by Isis", "regime
    shelling")."""
    head, _ = args.nominal_args(noun, v)
    if head is not None and v.dep[head] == "compound" and _place_name(head, noun, v, index):
        head = None  # "Aleppo air strikes": a city is where, not whose ("Syria's bombing" is)
    if head is None:
        # "regime shelling", "Syrian government air strikes": a party noun as the modifier
        # ("regime barrel bomb attacks": a modifier of a modifier)
        # ("rebel rocket fire": a role noun the parser made an adjective)
        mods = [
            c
            for c in v.children[noun]
            if c < noun
            and (
                v.dep[c] in ("compound", "nmod")
                or (v.dep[c] == "amod" and v.lemma_lower[c] in lex.agents)
            )
        ]
        mods += [g for c in mods for g in v.children[c] if v.dep[g] in ("compound", "nmod")]
        # "US-led air strikes": the strikes of the coalition the US leads
        mods += _leaders(noun, v)
        # "Baghdad car bombings", "Iraq bombings": where, not whose
        mods = [c for c in mods if not _place_name(c, noun, v, index)]
        for c in sorted(mods):
            mention = index.covering(c)
            if mention is not None and (mention.actor_id or mention.country):
                return [args.with_sector(index.ref(mention), _MILITARY)]  # "US" in "US-led"
        head = next((c for c in sorted(mods) if args.is_party(c, lex, v)), None)
    if head is None:
        return []
    # "the US-led coalition's strikes": the coalition the US leads, as "US-led strikes"
    return _party_refs(head, v, index, lex)


def _leaders(noun: int, v: DocView) -> list[int]:
    """The words before "led" in an "X-led" modifier of a noun ("US" in "US-led strikes")."""
    led = [c for c in v.children[noun] if v.dep[c] == "amod" and v.lemma_lower[c] == "lead"]
    return [g for c in led for g in v.children[c] if g < c]
