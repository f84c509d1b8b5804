"""Context checks that keep a dictionary match from resolving where the text means something
else (precision first: an uncertain mention stays unresolved).

- A name inside a longer proper name is not the shorter entity: "Panama Papers", "Iran Air",
  "Lewis Hamilton" (Hamilton is also Bermuda's capital), "Cleveland Indians".
- A place name that modifies a longer name is that name's, not the place: "the Barcelona
  process", "the Minsk agreement", "the Oslo Accords" (``name_modifier``, used by the places
  stage).
- A first name that contradicts the KB person's blocks a surname match: "Kevin Harris" is not
  Kamala Harris.
- A demonym in a sports sentence ("the Indians won the game") is a team, not a state.
- A capital is its government only where it acts ("Washington warned", "accused Moscow"),
  not in a sports sentence, and not when the article uses the word as a surname ("Lewis
  Hamilton ... Hamilton said").
- A local alias ("Senate", "Republicans") names the body of the state the article is about
  (the state it names most by KB names), and nothing in an article that names no such state.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from spacy.attrs import IS_ALPHA, IS_LOWER, LOWER, ORTH
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from newsgraph.names import COMPASS, compound_given, norm_alias, same_given_name
from newsgraph.resolve.fuzzy import spelt_alike
from newsgraph.resolve.kb import KnowledgeBase
from newsgraph.types import Actor

# Nouns that make a demonym or a state name before them that state's government ("Iranian
# officials") or forces ("Syrian troops").
GOV_NOUNS = {
    "government",
    "regime",
    "authorities",
    "official",
    "officials",
    "leadership",
    "administration",
    "cabinet",
    "ministry",
    "diplomats",
    "diplomat",
    "embassy",
    "side",
    "delegation",
    "negotiators",
}
MIL_NOUNS = {
    "army",
    "military",
    "forces",
    "troops",
    "soldiers",
    "jets",
    "warplanes",
    "navy",
    "militaries",
    "aircraft",
    "drones",
    "artillery",
    "units",
    "battalion",
    "brigade",
}

SPORTS_WORDS = {
    "game",
    "games",
    "season",
    "inning",
    "innings",
    "playoff",
    "playoffs",
    "league",
    "championship",
    "tournament",
    "coach",
    "striker",
    "goalkeeper",
    "midfielder",
    "pitcher",
    "quarterback",
    "scored",
    "score",
    "match",
    "world series",
    "cup",
    "stadium",
    "grand prix",
    "lap",
}
_ACTING = {"nsubj", "nsubjpass", "poss", "agent", "dobj", "pobj", "dative", "conj", "ROOT"}
_NOT_NAME = {"the", "a", "an", "and", "or", "of"}
# The honorifics that say a person's gender ("Mr Corker", "Ms Begum").
MALE_HONORIFICS = frozenset({"mr", "sir", "lord"})
FEMALE_HONORIFICS = frozenset({"mrs", "ms", "miss", "lady", "dame"})
# Words before a name that are not a first name: honorifics, ranks, offices.
HONORIFICS = (
    MALE_HONORIFICS
    | FEMALE_HONORIFICS
    | {
        "dr",
        "prof",
        "professor",
        "senator",
        "sen",
        "rep",
        "representative",
        "congressman",
        "congresswoman",
        "gov",
        "governor",
        "mayor",
        "judge",
        "justice",
        "general",
        "gen",
        "lt",
        "lieutenant",
        "colonel",
        "col",
        "major",
        "maj",
        "captain",
        "capt",
        "admiral",
        "adm",
        "marshal",
        "sergeant",
        "sgt",
        "commander",
        "president",
        "minister",
        "secretary",
        "ambassador",
        "envoy",
        "chairman",
        "director",
        "sheikh",
        "shaikh",
        "ayatollah",
        "imam",
        "mullah",
        "rabbi",
        "pope",
        "cardinal",
        "bishop",
        "archbishop",
        "father",
        "prince",
        "princess",
        "king",
        "queen",
        "emir",
        "sultan",
        "chancellor",
        "premier",
        "speaker",
        "deputy",
        "jr",
        "sr",
        "saint",
        "st",
        "brig",
        "brigadier",
    }
)


def is_headline(sent: Span) -> bool:
    """Title Case Sentences (headlines) make every word look like part of a name."""
    # One pass that stops at the first word (alphabetic, 3+ letters) neither in title case
    # nor upper case: most sentences are not headlines, and this is called per mention.
    words = 0
    for t in sent:
        if t.is_alpha and len(t) >= 3:
            if not (t.is_title or t.is_upper):
                return False
            words += 1
    return words >= 4


def in_headline(span: Span) -> bool:
    """Whether ``span`` stands in a Title Case headline: its sentence, or its own line where
    the sentence runs over several ("Cuban Mothers Seek Elian's Return" above a wire story's
    slug lines, the parser's one sentence)."""
    sent = span.sent
    if is_headline(sent):
        return True
    doc = span.doc
    start, end = span.start, span.end
    while start > sent.start and "\n" not in doc[start - 1].text:
        start -= 1
    while end < sent.end and "\n" not in doc[end].text:
        end += 1
    return (start, end) != (sent.start, sent.end) and is_headline(doc[start:end])


def _name_word(tok: Token, taken: set[int]) -> bool:
    return (
        tok.i not in taken
        and (tok.is_title or (tok.is_upper and len(tok) > 1))
        and tok.pos_ == "PROPN"
        and tok.lower_ not in _NOT_NAME
        and tok.ent_type_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT")
        and norm_alias(tok.text) not in HONORIFICS
    )


def longer_name(e: Span, taken: set[int]) -> Span | None:
    """The longer proper name ``e`` is part of, or None: capitalised proper nouns right
    before or after it that no other entity, title or actor claims ("Panama Papers", "Lewis
    Hamilton", "Iran Air"). ``taken`` holds the token indices of titles and other entities."""
    doc = e.doc
    if not (e.start > 0 and _name_word(doc[e.start - 1], taken)) and not (
        e.end < len(doc) and _name_word(doc[e.end], taken)
    ):
        return None  # no name word on either side (most entities): no sentence needed
    sent = e.sent  # a computation (a walk to the sentence's start and end): once
    if is_headline(sent):
        return None
    start, end = e.start, e.end
    while start > sent.start and _name_word(doc[start - 1], taken) and e.start - start < 3:
        start -= 1
    while end < sent.end and _name_word(doc[end], taken) and end - e.end < 3:
        end += 1
    if (start, end) == (e.start, e.end):
        return None
    return doc[start:end]


# Lower-case heads of named processes, agreements, documents and formats: a place right
# before one is a modifier of the name ("the Barcelona process", "the Minsk agreement").
NAME_HEADS = {
    "process",
    "format",
    "agreement",
    "agreements",
    "accord",
    "accords",
    "treaty",
    "papers",
    "files",
    "leaks",
    "protocol",
    "protocols",
    "declaration",
    "memorandum",
    "communique",
    "convention",
    "conventions",
    "pact",
}


def name_modifier(e: Span) -> Span | None:
    """The named process, agreement or document that ``e`` (a place name) modifies, or None:
    a head from ``NAME_HEADS`` right after it ("the Barcelona process", "the Minsk agreement",
    "the Panama Papers", "the Oslo Accords"). Only these heads: a longer capitalised name is
    often a facility in the place ("Kabul University", "Kano Central Prison"), which locates
    an event there (measured: dropping those cost FA-KES story and event clustering)."""
    doc = e.doc
    if e.end < len(doc) and doc[e.end].lower_ in NAME_HEADS and not is_headline(e.sent):
        head = doc[e.end]
        if e.root.head.i == head.i and e.root.dep_ in ("compound", "nmod", "amod"):
            return doc[e.start : e.end + 1]
    return None


ROLE_NOUNS = {
    "candidate",
    "nominee",
    "citizen",
    "comrade",
    "brother",
    "sister",
    "uncle",
    "aunt",
    "mother",
    "father",
    "son",
    "daughter",
    "wife",
    "husband",
    "officer",
    "agent",
    "analyst",
    "spokesman",
    "spokeswoman",
    "leader",
    "chief",
    "head",
    "founder",
    "editor",
    "writer",
}


# Nouns of a person that say the person's gender ("a woman said he ..." is not her).
FEMALE_NOUNS = frozenset(
    {"woman", "girl", "lady", "mother", "wife", "daughter", "sister", "widow", "grandmother"}
    | {"spokeswoman"}
)
MALE_NOUNS = frozenset(
    {"man", "boy", "gentleman", "father", "husband", "son", "brother", "widower", "grandfather"}
    | {"spokesman"}
)
# Common nouns of one person ("a California woman", "a witness"): where one brings a person
# in before a he/she (the subject of a clause holding it, or the noun a relative clause
# holding it is said of), the pronoun is that person, not a named person of the sentence
# before (``mentions._person_noun_before``).
PERSON_NOUNS = (
    FEMALE_NOUNS
    | MALE_NOUNS
    | frozenset(
        {
            "child",
            "teenager",
            "resident",
            "villager",
            "witness",
            "survivor",
            "victim",
            "farmer",
            "teacher",
            "student",
            "doctor",
            "nurse",
            "journalist",
            "reporter",
            "activist",
            "driver",
            "passenger",
            "neighbour",
            "neighbor",
            "friend",
            "relative",
            "official",
            "spokesperson",
            "source",
            "lawyer",
            "worker",
            "officer",
            "soldier",
            "fighter",
            "commander",
            "person",
            "citizen",
            "refugee",
            "migrant",
            "protester",
            "demonstrator",
            "suspect",
            "prisoner",
            "detainee",
            "owner",
            "employee",
            "diplomat",
            "analyst",
            "expert",
            "aide",
            "adviser",
            "advisor",
        }
    )
)


NAME_PARTICLES = {"de", "van", "von", "al", "el", "bin", "ibn", "abu", "da", "di", "le", "la"}


def lower_texts(doc: Doc) -> list[str]:
    """``Token.lower_`` of every token, from the LOWER column (no Token each), each distinct
    word looked up once in the string store."""
    hashes = doc.to_array(LOWER).tolist()
    strings = doc.vocab.strings
    lower_of = {h: strings[h] for h in set(hashes)}
    return [lower_of[h] for h in hashes]


def lowercase_words(doc: Doc) -> set[str]:
    """The words the document also writes in lower case (common words, not names)."""
    # From the token columns in one pass (``Token.text`` is the ORTH string), no Token each.
    # Each distinct word looked up once in the string store.
    hashes = {
        o for o, low, alpha in doc.to_array([ORTH, IS_LOWER, IS_ALPHA]).tolist() if low and alpha
    }
    strings = doc.vocab.strings
    return {strings[o] for o in hashes}


# English function words that open a sentence before a name ("Beyond Trump's finances",
# "Despite Clinton's lead"): no first name there, even where the article never writes them in
# lower case. Less the few that are given names too ("Will", "May", "Per", "To Lam", "Than Shwe").
_FUNCTION_WORDS = (
    frozenset(w for w in STOP_WORDS if w.isalpha())
    | {"despite", "unlike", "amid", "like", "following", "inside", "outside"}
) - {"will", "may", "per", "to", "do", "no", "nor", "ten", "than", "by", "she", "bill"}


def plausible_first_name(tok: Token, lower: set[str]) -> bool:
    """``tok`` can be a first name: "Kevin", "J.", not "GET", not an honorific or a role noun,
    and not, at the start of a sentence or quotation (where every word is capitalised), a word
    the article also writes in lower case ("Candidate Trump", "Notice Trump") or an English
    function word ("Beyond Trump's finances")."""
    text = tok.text
    key = norm_alias(text)
    if key in NAME_PARTICLES:
        return True  # "De Blasio", "al-Baghdadi", "Van Hollen"
    if key in HONORIFICS or key in ROLE_NOUNS:
        return False
    word = text.lower()
    if (word in lower or word in _FUNCTION_WORDS) and (
        tok.is_sent_start or tok.i == 0 or not tok.nbor(-1).is_alpha
    ):
        return False  # "Candidate Trump" opening a sentence; mid-sentence, "Bill" is a name
    if len(key) == 1:
        return text[:1].isupper()  # an initial
    return tok.is_title and tok.is_alpha and tok.pos_ == "PROPN"


def given_names(actor: Actor) -> set[str]:
    """The words before the surname in a person's name and aliases ("kamala"; "júlio" of
    "Júlio Castro Caldas", whose KB ``surname`` is "Castro Caldas")."""
    out: set[str] = set()
    for full in (actor.name, *actor.aliases):
        own = compound_given(full, actor.surname) if actor.surname else None
        words = own if own is not None else full.split()[:-1]
        out.update(norm_alias(w) for w in words)
    return out


def contradicting_first_name(
    e: Span, actor: Actor, before: Span | None, lower: set[str]
) -> Span | None:
    """``before`` (the token or PERSON entity right before the surname ``e``) as the span
    "Kevin Harris" when its first word is a first name but not one of ``actor`` (nor its
    initial). ``lower``: the words the article writes in lower case (see
    ``plausible_first_name``)."""
    if actor.type != "person" or before is None or len(e) != 1:
        return None
    if not plausible_first_name(before[0], lower):
        return None
    first = norm_alias(before[0].text)
    names = given_names(actor)
    if not names or first in names:
        return None
    if len(first) == 1 and any(n.startswith(first) for n in names):
        return None  # "K. Harris"
    if any(spelt_alike(first, n) for n in names):
        return None  # "Bronisaw Geremek": "Bronisław" without its "ł"
    if any(same_given_name(first, n) for n in names):
        return None  # "Charles Schumer": the KB's "Chuck Schumer" (names.NICKNAMES)
    return e.doc[before.start : e.end]


def named_in_full(e: Span, actor: Actor, before: Span | None, lower: set[str]) -> Span | None:
    """The full name "Charles Schumer" (``before`` and the surname ``e``) when its first
    word is a first name the KB gives ``actor`` or another form of one (``names.NICKNAMES``:
    "Chuck Schumer"; "William Clinton", "Bill Clinton"): the person named in full, which the
    actor ruler does not match where the KB does not spell the full name so. Only a plausible
    first name (``plausible_first_name``) and at most one word between it and the surname
    ("Charles E. Schumer")."""
    if actor.type != "person" or before is None or len(e) != 1 or len(before) > 2:
        return None
    if not plausible_first_name(before[0], lower):
        return None
    if len(before) == 2 and not (before[1].is_title or before[1].text.endswith(".")):
        return None
    first = norm_alias(before[0].text)
    firsts = {norm_alias(n.split()[0]) for n in (actor.name, *actor.aliases) if len(n.split()) > 1}
    if not any(same_given_name(first, n) for n in firsts):
        return None  # another first name: another person ("Kevin Harris")
    return e.doc[before.start : e.end]


PLACE_NOUNS = {
    "village",
    "town",
    "city",
    "province",
    "region",
    "district",
    "camp",
    "neighbourhood",
    "neighborhood",
    "suburb",
    "county",
    "state",
    "governorate",
    "area",
    "enclave",
    "island",
    "settlement",
}


# Natural features a name qualifies as a place: "Sambisa forest", "the Nuba mountains".
FEATURE_NOUNS = {
    "forest",
    "mountain",
    "mountains",
    "river",
    "valley",
    "desert",
    "lake",
    "plain",
    "plains",
    "hills",
    "coast",
    "peninsula",
}

_PLACE_OR_FEATURE = frozenset(PLACE_NOUNS | FEATURE_NOUNS)
_COORDINATORS = frozenset({"and", "or", ",", "&"})


def _first_conjunct(e: Span) -> Token:
    """The first of the coordinated names ``e`` is the last or a later one of, when only
    "and", "or" or commas stand between them ("Moscow" of "in Washington, Paris and Moscow"
    -> "Washington"), else ``e``'s root ("Florida and Gov. John Kasich": a title between)."""
    root, start = e.root, e.start
    while (
        root.dep_ == "conj"
        and root.head.i < root.i
        and all(t.lower_ in _COORDINATORS for t in e.doc[root.head.i + 1 : start])
    ):
        root = root.head
        start = root.left_edge.i
    return root


def place_like(e: Span, org_heads: set[str]) -> bool:
    """A name that reads as a place: "Eastern Ghouta" (a compass word and no organisation
    noun), "the village of Tal Qasab", "Sambisa forest" (a name before a place or feature
    noun in lower case)."""
    words = [t.lower_ for t in e if t.lower_ != "the"]
    if words and words[0] in COMPASS and not org_heads & set(words):
        return True
    root = _first_conjunct(e)  # "the towns of Fua and Kefraya"
    head = root.head
    if root.dep_ in ("compound", "nmod") and head.i >= e.end and head.is_lower:
        return head.lemma_.lower() in _PLACE_OR_FEATURE or head.lower_ in FEATURE_NOUNS
    return bool(
        root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in PLACE_NOUNS
    )


def sports_sentence(e: Span) -> bool:
    text = e.sent.text.lower()
    return any(f" {w} " in f" {text} " or f" {w}," in text for w in SPORTS_WORDS)


def capital_acts(e: Span) -> bool:
    """The capital is the subject, possessor, agent or object of the clause: it acts."""
    return e.root.dep_ in _ACTING


def used_as_name(e: Span, taken: set[int]) -> bool:
    """The article uses this word after a first name somewhere ("Lewis Hamilton"): then
    every "Hamilton" of the article is the person, not the capital."""
    doc = e.doc
    orth = e[0].orth  # the same text is the same ORTH hash: only those tokens are looked at
    for i, o in enumerate(doc.to_array(ORTH).tolist()):
        if o == orth and i > 0 and _name_word(doc[i - 1], taken) and not is_headline(doc[i].sent):
            return True
    return False


def owner_state(e: Span, ents: Sequence[Span] | None, kb: KnowledgeBase) -> str | None:
    """The state a name right before ``e`` makes its owner: "Kenya's" or "Kenyan" in
    "Kenya's Supreme Court", "the Kenyan Senate", "Iraq's Interior Ministry" when the NER
    leaves it out of the entity. ``ents``: the document's ``doc.ents``, when read."""
    doc = e.doc
    end = e.start - 1 if e.start > 0 and doc[e.start - 1].lower_ in ("'s", "’s") else e.start
    before = [x for x in (doc.ents if ents is None else ents) if x.end == end]
    return kb.state(before[0].text) if before else None


def context_countries(
    doc: Doc, kb: KnowledgeBase, *, people: bool = False, ents: Sequence[Span] | None = None
) -> Counter[str]:
    """How often an article names each state and body by a KB name: every actor id the actor
    ruler gave an entity, with its state ("IRN.GOV" -> "IRN") and, for an organisation or
    institution, its country ("FBI" -> "USA"). People count only with ``people``, for the
    country of their role at any time ("Trump" -> "USA"): a person is no cue for another
    person's surname, but says which country's "Senate" an article means. ``ents``: the
    document's ``doc.ents``, when the caller has read them."""
    out: Counter[str] = Counter()
    for e in doc.ents if ents is None else ents:
        aid = e.ent_id_
        actor = kb.get(aid) if aid else None
        if actor is None:
            continue
        if actor.type == "person":
            if people:
                out.update({r.country for r in actor.roles if r.country})
            continue
        keys = {aid, aid.split(".", 1)[0]}
        if actor.country:
            keys.add(actor.country)
        out.update(keys)
    return out


def named_people(
    doc: Doc, kb: KnowledgeBase, ents: Sequence[Span] | None = None
) -> dict[str, set[str]]:
    """The KB people an article names in full (two words or more: "Hillary Clinton"), with
    the states of their offices at any time: context for another person's bare surname
    ("Trump" in an article naming Hillary Clinton). ``ents``: as for ``context_countries``."""
    out: dict[str, set[str]] = {}
    for e in doc.ents if ents is None else ents:
        actor = kb.get(e.ent_id_) if e.ent_id_ and len(e) > 1 else None
        if actor is not None and actor.type == "person":
            out.setdefault(actor.id, set()).update(r.country for r in actor.roles if r.country)
    return out


def pick_local(
    ids: list[str], countries: Counter[str], kb: KnowledgeBase, owner: str | None = None
) -> str | None:
    """The actor a local alias ("Senate") names in this article: the one whose country the
    article names most (``context_countries``); None when it names none of them, or two
    equally. ``owner``: the state the text makes the body's own ("Kenya's Supreme Court"):
    its claimant only, or None (not Israel's because the article names Israel too)."""
    if owner is not None:
        own = [i for i in ids if (a := kb.get(i)) and a.country == owner]
        return own[0] if len(own) == 1 else None
    scored = sorted(
        ((countries[a.country], a.id) for i in ids if (a := kb.get(i)) and a.country),
        reverse=True,
    )
    if not scored or scored[0][0] == 0:
        return None
    if len(scored) > 1 and scored[1][0] == scored[0][0]:
        return None
    return scored[0][1]


__all__ = [
    "capital_acts",
    "context_countries",
    "named_people",
    "pick_local",
    "contradicting_first_name",
    "named_in_full",
    "given_names",
    "lower_texts",
    "lowercase_words",
    "plausible_first_name",
    "is_headline",
    "longer_name",
    "in_headline",
    "name_modifier",
    "place_like",
    "sports_sentence",
    "used_as_name",
]
