"""What a place name does in its sentence: a location, or a metonym for a government.

"Kabul said", "Nairobi would consider", "Kigali pledged", "Rwanda's role", "support for
Kinshasa", "the Barcelona process": the name stands for an actor, not for where something
happened. Such places keep their coordinates and get ``metonym=True``, so the events stage
does not take them as event locations. ``place_for_token`` gives the events stage the place
a clause happens at.

Rules over the dependency parse, from the mention's head (through "and"-coordination):
subject of a verb other than be/have/lie/fall/see/...; possessor of an agency noun ("role",
"support", "foreign minister"); compound modifier of such a noun ("Kigali government",
"Barcelona process"); object of an agency verb ("urged Kigali", "rejoin Kinshasa"); object of
"with/to/for/against/between" after an agency word ("relations with Kinshasa").
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from newsgraph.types import Place

# A subject of these verbs is still a place: "Mosul is ...", "Mosul fell", "Goma saw ...".
_PLACE_SUBJECT_VERBS = {
    "be",
    "lie",
    "sit",
    "border",
    "fall",
    "remain",
    "become",
    "host",
    "house",
    "see",
    "witness",
    "experience",
    "suffer",
    "stand",
    "lose",
    "contain",
    "include",
    "overlook",
    "stretch",
    "lay",
    "span",
    "locate",
    "shake",
    "burn",
    "flood",
    "collapse",
}
AGENCY_NOUNS = {
    "support",
    "backing",
    "role",
    "position",
    "decision",
    "response",
    "concern",
    "alignment",
    "influence",
    "effort",
    "attempt",
    "policy",
    "stance",
    "ally",
    "involvement",
    "interest",
    "intervention",
    "strategy",
    "demand",
    "plan",
    "proposal",
    "offer",
    "approach",
    "statement",
    "dissatisfaction",
    "relationship",
    "relation",
    "tie",
    "talk",
    "contact",
    "cooperation",
    "coordination",
    "pressure",
    "sanction",
    "message",
    "pledge",
    "aid",
    "deal",
    "agreement",
    "tension",
    "dispute",
    "request",
    "dialogue",
    "negotiation",
    "accord",
    "alliance",
    "process",
    "format",
    "government",
    "regime",
    "administration",
    "leadership",
    "authority",
    "military",
    "army",
    "force",
    "troop",
    "official",
    "spokesman",
    "spokeswoman",
    "envoy",
    "ambassador",
    "embassy",
    "delegation",
    "president",
    "minister",
    "leader",
    "ministry",
    "parliament",
    "diplomat",
    "diplomacy",
    "counterpart",
    "backer",
    "proxy",
    "objective",
    "goal",
    "threat",
    "warning",
    "claim",
    "accusation",
    "denial",
    "refusal",
    "opposition",
    "consent",
    "approval",
    "ultimatum",
    "veto",
    "side",
    "readout",
    "foreign",
}
_AGENCY_VERBS = {
    "support",
    "back",
    "urge",
    "accuse",
    "blame",
    "warn",
    "pressure",
    "sanction",
    "condemn",
    "criticize",
    "criticise",
    "help",
    "join",
    "rejoin",
    "contact",
    "call",
    "tell",
    "inform",
    "ask",
    "persuade",
    "convince",
    "assure",
    "reassure",
    "thank",
    "recognize",
    "recognise",
    "threaten",
    "fund",
    "arm",
    "oppose",
    "enlist",
    "court",
    "lobby",
    "defy",
    "reach",
    "praise",
    "fight",
    "confront",
    "ally",
    "side",
    "cooperate",
    "coordinate",
    "negotiate",
    "talk",
    "meet",
    "engage",
    "appeal",
    "pledge",
    "deliver",
    "send",
    "supply",
    "provide",
    "offer",
    "convey",
}
_TRANSFER_VERBS = {
    "send",
    "deliver",
    "supply",
    "provide",
    "offer",
    "fly",
    "move",
    "ship",
    "deploy",
    "dispatch",
    "transfer",
    "bring",
    "take",
}
_LINK_PREPS = {"with", "to", "for", "against", "between", "from", "toward", "towards", "on", "by"}
LOCATIVE_PREPS = {
    "in",
    "at",
    "near",
    "outside",
    "inside",
    "around",
    "across",
    "into",
    "from",
    "toward",
    "towards",
    "on",
    "over",
    "throughout",
    "within",
    "to",
    "through",
    "via",
    "off",
    "along",
    "between",
    "beyond",
    "onto",
    "north",
    "south",
    "east",
    "west",
}


def is_metonym(span: Span) -> bool:
    """True when the place named by ``span`` stands for an actor in its sentence."""
    tok = span.root
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    dep, head = tok.dep_, tok.head
    if dep in ("nsubj", "csubj"):
        return head.lemma_.lower() not in _PLACE_SUBJECT_VERBS
    if dep == "agent":
        return True
    if dep == "poss":
        return (
            head.lemma_.lower() in AGENCY_NOUNS
            or head.ent_type_ in ("PERSON", "ORG")
            or _has_title(head)
        )
    if dep in ("compound", "nmod", "amod"):
        return head.pos_ in ("NOUN", "PROPN") and (
            head.lemma_.lower() in AGENCY_NOUNS or head.ent_type_ in ("PERSON", "ORG")
        )
    if dep == "dobj":
        return head.lemma_.lower() in _AGENCY_VERBS
    if dep == "pobj" and head.lower_ in _LINK_PREPS:
        gov = head.head
        if head.lower_ == "by" and gov.pos_ == "VERB":
            return True
        lemma = gov.lemma_.lower()
        if lemma in _TRANSFER_VERBS:  # "sent troops to Mali": a destination
            return False
        return head.lower_ != "on" and lemma in AGENCY_NOUNS | _AGENCY_VERBS
    return False


def _has_title(tok: Token) -> bool:
    return any(c.dep_ == "compound" and c.lemma_.lower() in AGENCY_NOUNS for c in tok.children)


def place_for_token(
    doc: Doc, places: Iterable[Place], token: Token, max_steps: int = 6
) -> Place | None:
    """The non-metonym place ``token``'s clause happens at, by the dependency parse.

    A place counts when, walking up from its head word, the walk reaches ``token`` within
    ``max_steps`` through a locative preposition ("attacked ... in Goma", "fighting around
    Mosul") or as the direct object of ``token`` ("seized Bunagana"). Places in other
    sentences, metonyms and places with neither link are ignored; None when there is none.
    """
    sent = token.sent
    best: tuple[int, Place] | None = None
    for place in places:
        if place.metonym or not (sent.start_char <= place.start < sent.end_char):
            continue
        span = doc.char_span(place.start, place.end, alignment_mode="expand")
        if span is None:
            continue
        steps = _steps_to(span.root, token, max_steps)
        if steps is not None and (best is None or steps < best[0]):
            best = (steps, place)
    return best[1] if best else None


def _steps_to(start: Token, target: Token, max_steps: int) -> int | None:
    tok, steps, locative = start, 0, start.dep_ == "dobj" and start.head == target
    while steps < max_steps and tok.head is not tok:
        if tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS:
            locative = True
        tok = tok.head
        steps += 1
        if tok == target:
            return steps if locative else None
        if tok.pos_ == "VERB" and tok != target and tok.dep_ not in ("xcomp", "advcl", "conj"):
            # reached another clause's verb first: the place belongs to that clause
            return None
    return None
