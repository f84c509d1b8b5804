"""Actors of the corpus: named people and organisations the knowledge base does not have.

A PERSON, ORG or NORP mention that resolves to nothing becomes a *discovered* actor:

- its id is the slug of its normalised name ("Joseph Y. Yun" -> ``joseph-yun``: case, accents,
  hyphens, "the", honorifics and middle initials dropped), so the same name gets the same id in
  every article and every run, and the actors of many articles merge by name;
- within an article, the surname after the full name ("Yun" after "Joseph Yun"), an initial
  and the surname ("J. Pilkington" with "Jonas Pilkington"), an acronym given in brackets
  ("Federal Bureau of Investigation (FBI)") and later uses of that acronym take the full
  name's id; across articles the writer merges a new person whose name is a variant of one
  stored before ("Jim Smith", "J. Smith" after "John Smith": ``store.actors.variant_renames``);
- a person's lone surname or first name with no full name in the article stays unresolved
  (which "Harris" is not ours to guess);
- its type comes from the NER label (PERSON -> person, ORG -> organisation, NORP -> group);
  its country and role from the text when it states them: a title or a "US envoy"-like
  modifier before the name, or an apposition ("Joseph Yun, the US envoy"; "the Russian
  ambassador, Alexander Yakovenko").

The actor is returned as an ``Actor`` with ``origin="corpus"``; later stages use its id like a
KB id. ``newsgraph actors discovered`` lists them, ``newsgraph actors add`` promotes one to the
user's KB file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from newsgraph.names import norm_alias
from newsgraph.resolve.context import FEMALE_HONORIFICS, HONORIFICS, MALE_HONORIFICS
from newsgraph.resolve.kb import KnowledgeBase
from newsgraph.types import Actor

CORPUS_ORIGIN = "corpus"
MAX_ID = 80
_TYPES = {"PERSON": "person", "ORG": "organisation", "NORP": "group"}
_INITIAL = re.compile(r"^[A-Z]\.?$")
_SLUG = re.compile(r"[^a-z0-9]+")
_ROLE_POS = {"NOUN", "ADJ"}


def clean_name(text: str, person: bool = True) -> str:
    """The name without "the", "Mr" or "Ms", possessive or middle initials, and a person's
    without a rank or office ("Gen. John Allen"; an organisation keeps it: "General Motors",
    "Justice Department"). ``person``: the NER called it a person."""
    text = re.sub(r"[’']s$", "", text.split("(")[0].strip(" ,;:-"))
    words = text.split()
    strip = HONORIFICS if person else MALE_HONORIFICS | FEMALE_HONORIFICS
    while words and (words[0].lower() == "the" or norm_alias(words[0]) in strip):
        words = words[1:]
    if len(words) > 2:
        words = [words[0], *(w for w in words[1:-1] if not _INITIAL.match(w)), words[-1]]
    return " ".join(words)


def is_initial(word: str) -> bool:
    """ "J." or "J": an initial standing for a first name."""
    return bool(_INITIAL.match(word))


def discovered_id(name: str, label: str, kb: KnowledgeBase) -> str | None:
    """The stable id of a discovered actor named ``name`` (None when nothing is left)."""
    key = norm_alias(clean_name(name, person=label == "PERSON"))
    if label == "NORP" and len(key) > 4 and key.endswith("s") and not key.endswith("ss"):
        key = key[:-1]  # "Democrats" and "Democrat" are one group
    slug = _SLUG.sub("-", key).strip("-")[:MAX_ID].strip("-")
    if not slug or not any(c.isalpha() for c in slug):
        return None
    return slug + "-x" if slug in kb else slug


@dataclass
class Found:
    """One discovered actor of an article: its id, name, type and what the text says."""

    id: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    country: str | None = None
    role: str | None = None
    sector: str | None = "GOV"  # the role's: a title's body's ("chief of army staff": MIL)

    def actor(self) -> Actor:
        return Actor(
            id=self.id,
            type=self.type,
            name=self.name,
            country=self.country,
            sector=self.sector if self.role and self.country else None,
            aliases=tuple(a for a in dict.fromkeys(self.aliases) if a != self.name),
            note=self.role,
            origin=CORPUS_ORIGIN,
        )


def acronym_of(name: str) -> str:
    """ "Federal Bureau of Investigation" -> "FBI" (capitalised words only)."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def stated_role(span: Span, kb: KnowledgeBase) -> tuple[str | None, str | None]:
    """(country, role) the text gives a name: "US envoy Joseph Yun", "Britain's ambassador
    Karen Pierce", "Joseph Yun, the US envoy", "the Russian ambassador, Alexander Yakovenko".
    The role is the lower-case nouns and adjectives (or an office abbreviation: "Iraqi MP"),
    headed by a noun of a state office (``OFFICE_NOUNS``: not "a Syria analyst"); the country
    a state's name or demonym among them. Both or nothing."""
    doc = span.doc
    country, words = _role_before(doc, span.start - 1, span.sent.start, kb)
    head = span.root.head
    if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ == "NOUN":
        head = head.head.head  # "the US special representative for Syria, James Jeffrey"
    appos = span.root.dep_ == "appos" and head.i < span.start and head.pos_ == "NOUN"
    if not (words and country) and appos and head.is_lower and _next_to(doc, head.i, span):
        # the name is the apposition of the role: "the Russian ambassador, Alexander Yakovenko"
        country, words = _role_before(doc, head.i - 1, span.sent.start, kb, [head.text])
    if not (words and country):
        words, country = [], None
        for tok in span:
            for child in tok.children:
                if child.dep_ != "appos" or child.i < span.end:
                    continue
                sub = list(child.subtree)[:8]
                states = [s for s in (_state_of(t, kb) for t in sub) if s]
                nouns = [t.text for t in sub if t.is_lower and t.pos_ in _ROLE_POS and t.is_alpha]
                if states and child.pos_ == "NOUN" and child.text in nouns:
                    country, words = states[0], nouns[: nouns.index(child.text) + 1]
                    break
    if words and country and (words[-1] in OFFICE_NOUNS or words[-1] in OFFICE_ABBREVIATIONS):
        return country, f"{country} {' '.join(words)}"
    return None, None


def _next_to(doc: Doc, i: int, span: Span) -> bool:
    """Only the role's own modifiers and a comma stand between the role noun at ``i`` and the
    person ``span`` ("the ambassador to the UN, Karen Pierce"; not "the president, Vladimir
    Putin, annexed Crimea")."""
    between = doc[i + 1 : span.start]
    return (
        span.label_ == "PERSON"
        and len(between) <= 6
        and bool(between)
        and between[-1].text == ","
        and not any(t.text == "," or t.pos_ in ("VERB", "AUX") for t in between[:-1])
    )


def _role_before(
    doc: Doc, i: int, lo: int, kb: KnowledgeBase, words: list[str] | None = None
) -> tuple[str | None, list[str]]:
    """Reading leftwards from token ``i`` (at most 4 tokens, not before ``lo``): the role
    words (after ``words``, already read) and the state they end at ("US special envoy",
    "Britain's ambassador"). A former office ("the former US envoy") is none."""
    words = list(words or [])
    j = i
    while j >= lo and i - j < 4:
        tok = doc[j]
        state = _state_of(tok, kb)
        if state is not None:
            former = j > lo and doc[j - 1].lower_ in _FORMER
            return (None, []) if former or _FORMER & set(words) else (state, words)
        if tok.text in ("'s", "’s") and words:
            j -= 1
            continue
        if tok.is_alpha and (
            (tok.is_lower and tok.pos_ in _ROLE_POS) or tok.text in OFFICE_ABBREVIATIONS
        ):
            words.insert(0, tok.text)
            j -= 1
            continue
        break
    return None, words


_FORMER = {"former", "ex", "late", "onetime"}

# Offices written as capitalised abbreviations: "Iraqi MP Hakim al-Zamili".
OFFICE_ABBREVIATIONS = {"MP", "MEP", "MK"}


# Head nouns of a state's offices: "US envoy Joseph Yun" states a country and a role; "a Syria
# analyst" or "a British journalist" states neither (the state is a topic or a nationality).
OFFICE_NOUNS = {
    "envoy",
    "ambassador",
    "diplomat",
    "emissary",
    "consul",
    "official",
    "officials",
    "minister",
    "secretary",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "president",
    "premier",
    "chancellor",
    "governor",
    "mayor",
    "senator",
    "lawmaker",
    "legislator",
    "congressman",
    "congresswoman",
    "representative",
    "deputy",
    "negotiator",
    "delegate",
    "adviser",
    "advisor",
    "aide",
    "general",
    "commander",
    "officer",
    "colonel",
    "admiral",
    "judge",
    "prosecutor",
    "attorney",
    "agent",
    "director",
    "chief",
    "head",
    "leader",
    "king",
    "queen",
    "prince",
    "emir",
    "sheikh",
    "ruler",
    "coordinator",
    "administrator",
    "commissioner",
    "undersecretary",
}


def _state_of(tok: object, kb: KnowledgeBase) -> str | None:
    ent_id = getattr(tok, "ent_id_", "")
    if not ent_id:
        return None
    a = kb.get(ent_id)
    return a.id if a is not None and a.type == "state" else None


__all__ = [
    "CORPUS_ORIGIN",
    "OFFICE_ABBREVIATIONS",
    "OFFICE_NOUNS",
    "Found",
    "acronym_of",
    "clean_name",
    "discovered_id",
    "is_initial",
    "stated_role",
]
