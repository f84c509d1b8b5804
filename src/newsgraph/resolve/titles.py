"""Title phrases: "the Kenyan president", "Uganda's foreign minister", "the Emir of Kuwait",
"the Kremlin spokesman", "his Ugandan counterpart", "Kenyan Foreign Minister" (before a name).

``find_titles`` reads them off a parsed Doc; the resolver then asks the KB who held the title.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from newsgraph.resolve.context import GOV_NOUNS, MIL_NOUNS, lower_texts
from newsgraph.resolve.kb import KnowledgeBase

# Lower-case token sequences -> canonical title (longest match first).
TITLE_WORDS: dict[tuple[str, ...], str] = {
    ("president",): "president",
    ("head", "of", "state"): "president",
    ("prime", "minister"): "prime minister",
    ("premier",): "prime minister",
    ("pm",): "prime minister",
    ("foreign", "minister"): "foreign minister",
    ("foreign", "affairs", "minister"): "foreign minister",
    ("minister", "of", "foreign", "affairs"): "foreign minister",
    ("foreign", "secretary"): "foreign minister",
    ("secretary", "of", "state"): "foreign minister",
    ("top", "diplomat"): "foreign minister",
    ("fm",): "foreign minister",
    ("defence", "minister"): "defence minister",
    ("defense", "minister"): "defence minister",
    ("minister", "of", "defence"): "defence minister",
    ("minister", "of", "defense"): "defence minister",
    ("defence", "secretary"): "defence minister",
    ("defense", "secretary"): "defence minister",
    ("secretary", "of", "defense"): "defence minister",
    ("war", "secretary"): "defence minister",
    ("supreme", "leader"): "supreme leader",
    ("emir",): "emir",
    ("amir",): "emir",
    ("king",): "king",
    ("crown", "prince"): "crown prince",
    ("chancellor",): "chancellor",
    ("vice", "president"): "vice president",
    ("vice-president",): "vice president",
    ("spokesman",): "spokesperson",
    ("spokeswoman",): "spokesperson",
    ("spokesperson",): "spokesperson",
    ("foreign", "ministry", "spokesman"): "foreign ministry spokesperson",
    ("foreign", "ministry", "spokeswoman"): "foreign ministry spokesperson",
    ("foreign", "ministry", "spokesperson"): "foreign ministry spokesperson",
    ("secretary-general",): "secretary-general",
    ("secretary", "general"): "secretary-general",
    ("secretary", "-", "general"): "secretary-general",
    ("leader",): "leader",
    ("chief",): "leader",
    ("national", "security", "adviser"): "national security adviser",
    ("national", "security", "advisor"): "national security adviser",
    ("attorney", "general"): "attorney general",
    ("attorney-general",): "attorney general",
    ("ambassador", "to", "the", "un"): "ambassador to the un",
    ("ambassador", "to", "the", "united", "nations"): "ambassador to the un",
    ("un", "ambassador"): "ambassador to the un",
    ("counterpart",): "counterpart",
    ("counterparts",): "counterpart",
}
_MAX = max(len(k) for k in TITLE_WORDS)
TITLE_FIRST_WORDS = frozenset(k[0] for k in TITLE_WORDS)  # "president", "foreign", ...
FORMER_CUES = {
    "former",
    "ousted",
    "deposed",
    "toppled",
    "exiled",
    "overthrown",
    "ex",
    "fallen",
    "late",
    "then",
}
_DETS = {"the", "a", "an", "his", "her", "their", "its"}
# Before a title, words that make it no holder of the day: "a Syrian leader", "the next
# president", "the incoming prime minister".
_NOT_THE_HOLDER = {
    "a",
    "an",
    "another",
    "next",
    "future",
    "incoming",
    "would-be",
    "prospective",
    "potential",
}
# The words a title phrase takes in before its title words ("the former acting ...").
_BEFORE_TITLE = (
    _DETS | FORMER_CUES | _NOT_THE_HOLDER | {"-", "senior", "top", "new", "acting", "interim"}
)
# "running for president", "a contender for U.S. president": the office, not its holder.
_FOR_THE_OFFICE = {
    "run",
    "running",
    "ran",
    "runs",
    "candidate",
    "candidates",
    "contender",
    "contenders",
    "nominee",
    "nomination",
    "bid",
    "campaign",
    "race",
    "candidacy",
    "hopeful",
    "hopefuls",
}
# One-word titles that are also adjectives: "chief justice", "Japan's premier makers".
_ADJECTIVE_TITLES = {"chief", "premier"}
# "chief of the defence staff", "chief of the defence forces": the head of a state's armed
# forces, a "military chief" (its holder the KB's chief of staff of the state's forces). The
# chief of one service or of a general staff ("chief of army staff", "chief of the general
# staff", which heads the army in some states and all forces in others) is a "service chief":
# a military office, its holder not guessed.
_MILITARY_CHIEF_OF: dict[tuple[str, ...], str] = {
    ("defence", "staff"): "military chief",
    ("defense", "staff"): "military chief",
    ("defence", "forces"): "military chief",
    ("defense", "forces"): "military chief",
    ("armed", "forces"): "military chief",
    ("military",): "military chief",
    ("army", "staff"): "service chief",
    ("naval", "staff"): "service chief",
    ("air", "staff"): "service chief",
    ("general", "staff"): "service chief",
    ("joint", "staff"): "service chief",
    ("army",): "service chief",
    ("navy",): "service chief",
    ("air", "force"): "service chief",
}


@dataclass(frozen=True)
class TitlePhrase:
    start: int  # token index where the phrase starts (determiner/possessive included)
    end: int  # token index after the title words (and "of X")
    title: str  # canonical title
    countries: tuple[str, ...]  # ISO3 qualifiers ("Kenyan", "Uganda's", "of Kuwait", "Kremlin")
    org: str | None  # an organisation qualifier ("RSF leader", "NATO chief")
    possessive: str | None  # "his" / "her" / "their" (for counterparts)
    former: bool  # "former", "ousted", ... before it
    plural: bool
    head: int  # token index of the title's last word

    def span(self, doc: Doc) -> Span:
        return doc[self.start : self.end]


def _qualifier(tok_ent: Span | None, kb: KnowledgeBase) -> tuple[str | None, str | None]:
    """(country, org) an entity names, via its ent_id from the actor ruler."""
    if tok_ent is None or not tok_ent.ent_id_:
        return None, None
    actor = kb.get(tok_ent.ent_id_)
    if actor is None:
        return None, None
    if actor.type == "person":
        return None, None
    if actor.type == "state":
        return actor.id, None
    if actor.type == "institution" and actor.sector in (None, "GOV"):
        return actor.country, None  # "the Kremlin spokesman": the state's office
    # "the Indian army chief", "the CIA director": the body's own office, not the state's
    return actor.country, actor.id


def find_titles(
    doc: Doc, kb: KnowledgeBase, ents: Sequence[Span] | None = None
) -> list[TitlePhrase]:
    """The title phrases of ``doc``; ``ents``: its ``doc.ents``, when the caller has read them."""
    ent_at: dict[int, Span] = {}
    for e in doc.ents if ents is None else ents:
        for i in range(e.start, e.end):
            ent_at[i] = e
    out: list[TitlePhrase] = []
    lowers = lower_texts(doc)
    i, n = 0, len(doc)
    while i < n:
        if lowers[i] not in TITLE_FIRST_WORDS:
            i += 1
            continue
        match = None
        for size in range(min(_MAX, n - i), 0, -1):
            key = tuple(lowers[i : i + size])
            if key in TITLE_WORDS:
                match = (size, TITLE_WORDS[key])
                break
        if match is None:
            i += 1
            continue
        size, title = match
        if size == 1 and lowers[i] in _ADJECTIVE_TITLES and _qualifies_a_noun(doc, i):
            i += 1
            continue
        if title == "leader":
            reading = _head_of(doc, lowers, i, ent_at, kb)
            if reading is None:
                i += 1
                continue
            title, size = reading
        start, end = i, i + size
        countries: list[str] = []
        org: str | None = None
        # Left qualifiers: "Kenyan", "Uganda 's", "Kremlin", "RSF", "Kenyan and Ugandan".
        j = start - 1
        while j >= 0:
            t = doc[j]
            if t.text in ("'s", "’s", "‘s", "'", "’", "‘") and j - 1 >= 0 and (j - 1) in ent_at:
                j -= 1
                continue
            if j in ent_at:
                c, o = _qualifier(ent_at[j], kb)
                if c is None and o is None:
                    break
                if c and c not in countries:
                    countries.insert(0, c)
                org = org or o
                j = ent_at[j].start - 1
                start = ent_at[j + 1].start
                continue
            if t.lower_ == "and" and countries and j - 1 in ent_at:
                j -= 1
                continue
            stem = t.text[:-2] if t.text[-2:] in ("'s", "’s", "‘s") else None
            if stem and (iso := kb.state(stem)) is not None:  # "Iran‘s" left as one token
                countries.insert(0, iso)
                start = j
                j -= 1
                continue
            break
        possessive = None
        former = not_the_holder = False
        k = start - 1
        while k >= 0 and doc[k].lower_ in _BEFORE_TITLE:
            if doc[k].lower_ in ("his", "her", "their"):
                possessive = doc[k].lower_
            if doc[k].lower_ in FORMER_CUES:
                former = True
            not_the_holder = not_the_holder or doc[k].lower_ in _NOT_THE_HOLDER
            k -= 1
            if doc[k + 1].lower_ in _DETS:
                break
        start = k + 1
        # Right qualifier: "of Kuwait", "of the Kenyan foreign ministry", "of the RSF".
        if end + 1 < n and doc[end].lower_ == "of":
            m = end + 1
            while m < n and doc[m].lower_ in ("the", "a"):
                m += 1
            if m in ent_at and _whole_qualifier(doc, ent_at[m]):
                c, o = _qualifier(ent_at[m], kb)
                if c or o:
                    if c and c not in countries:
                        countries.append(c)
                    org = org or o
                    end = ent_at[m].end
                    if title == "spokesperson" and doc[end : end + 2].text.lower() in (
                        "foreign ministry",
                        "foreign office",
                    ):
                        title = "foreign ministry spokesperson"
                        end += 2
        head = i if title in ("leader", "military chief", "service chief") else i + size - 1
        if (not_the_holder or _names_the_office(doc, head)) and title != "counterpart":
            i = max(i + size, end)  # "a Syrian leader", "running for president": no holder
            continue
        plural = (
            doc[head].tag_ in ("NNS", "NNPS")
            or doc[head].lower_.endswith("s")
            and doc[head].lower_ not in ("counterparts",)
            and title != "counterpart"
            and doc[head].lower_ not in ("chancellor",)
            and doc[head].lemma_.lower() != doc[head].lower_
        )
        if doc[head].lower_ == "counterparts":
            plural = True
        if title in ("military chief", "service chief") and org is None and len(countries) == 1:
            org = f"{countries[0]}.MIL"  # "Britain's chief of the defence staff": its forces'
        out.append(
            TitlePhrase(start, end, title, tuple(countries), org, possessive, former, plural, head)
        )
        i = max(i + size, end)
    return out


def _head_of(
    doc: Doc, lowers: Sequence[str], i: int, ent_at: dict[int, Span], kb: KnowledgeBase
) -> tuple[str, int] | None:
    """How "leader" or "chief" at ``i`` reads: (title, words), or None where it is no head's
    title ("chief" before a noun it qualifies is left out before: ``_qualifies_a_noun``).
    "chief of (the) staff" is a chief of staff; "chief of the defence staff" a military
    chief and "chief of army staff" a service chief (``_MILITARY_CHIEF_OF``). "of" and an
    organisation or a state ("the chief of the RSF", "the leader of Hezbollah") is left to the
    right qualifier; "of" and anything else ("leader of the opposition", "chief of police")
    names no head of a state or a body."""
    n = len(doc)
    if i + 1 >= n or lowers[i + 1] != "of":
        return "leader", 1
    k = i + 2
    if k < n and lowers[k] == "the":
        k += 1
    if lowers[i] == "chief" and k < n and lowers[k] == "staff" and k == i + 2:
        return "chief of staff", 3
    if lowers[i] == "chief":
        for words, title in _MILITARY_CHIEF_OF.items():
            if tuple(lowers[k : k + len(words)]) == words:
                return title, k + len(words) - i
    if k in ent_at and _whole_qualifier(doc, ent_at[k]) and any(_qualifier(ent_at[k], kb)):
        return "leader", 1  # "the leader of Hezbollah": the right qualifier reads it
    return None


def _qualifies_a_noun(doc: Doc, i: int) -> bool:
    """The adjective-like title word at ``i`` qualifies the lower-case noun or adjective after
    it: "chief justice", "chief nuclear negotiator", "Japan's premier makers"."""
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return (
        nxt is not None and nxt.is_alpha and nxt.is_lower and nxt.pos_ in ("NOUN", "ADJ", "PROPN")
    )


def _whole_qualifier(doc: Doc, ent: Span) -> bool:
    """``ent`` after a title's "of" is the whole of what it qualifies, not a modifier of a noun
    after it: "the leader of the Syrian opposition", "the chief of the Cuban Interests Section"
    name no state's office ("of the Kenyan government" does)."""
    if ent.end >= len(doc):
        return True
    nxt = doc[ent.end]
    if nxt.lower_ in GOV_NOUNS or nxt.lower_ in MIL_NOUNS:
        return True
    return not (nxt.pos_ == "NOUN" or (ent.label_ == "NORP" and nxt.pos_ == "PROPN"))


def _names_the_office(doc: Doc, head: int) -> bool:
    """The title at ``head`` is said of the office, not its holder of the day: a predicate
    ("he will become the president of the United States", "whose husband was president",
    "her tenure as America's top diplomat") or what one runs for ("running for president", "a
    contender for U.S. president")."""
    tok = doc[head]
    if tok.dep_ in ("attr", "oprd"):
        return True
    if tok.dep_ != "pobj":
        return False
    return tok.head.lower_ == "as" or (
        tok.head.lower_ == "for" and tok.head.head.lower_ in _FOR_THE_OFFICE
    )
