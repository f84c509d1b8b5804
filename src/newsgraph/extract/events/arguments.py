"""Actor and recipient of a trigger, from the dependency parse, resolved through the actor
stage's mentions (``p.facts["mentions"]``). Without mentions, entities and role nouns give
unresolved ``ActorRef``s carrying their text. Compound arguments stay lists: "Malian and
French troops" -> [MLI (MIL), FRA (MIL)]; "the prime ministers of Spain and Portugal" ->
[ESP (GOV), PRT (GOV)].
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Span

from newsgraph.calendar import MONTHS
from newsgraph.extract.docview import DocView
from newsgraph.extract.events.lexicon import EventLexicon
from newsgraph.extract.events.triggers import APPEALING, alert_holder, to_clause_subject
from newsgraph.types import ActorRef, Mention

_RECIPIENT_PREPS = (
    "with",
    "to",
    "against",
    "on",
    "toward",
    "towards",
    "for",
    "from",
    "upon",
    "between",
    "among",
    "of",
)
# Verbs whose subject undergoes the event named by their object ("faced accusations",
# "came under attack" is a prep): the subject is the recipient, not the actor.
UNDERGO = frozenset(
    {
        "face",
        "suffer",
        "endure",
        "receive",
        "draw",
        "attract",
        "deny",
        "reject",
        "dismiss",
        "rebuff",
        "weather",
        "survive",
        "repel",
        "repulse",
        "withstand",
        "incur",
        "undergo",
    }
)
_POSS_PRONOUNS = frozenset({"his", "her", "its", "their"})
_SENDS = frozenset({"deploy", "send", "dispatch", "station", "mobilize", "mobilise"})
_PARTY_PREPS = frozenset({"with", "to", "against", "toward", "towards", "between"})
_NOT_ACTOR_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY"})
_SKIP_IN_ARG = frozenset({"relcl", "acl", "advcl", "ccomp", "appos", "parataxis", "xcomp"})
_ACTOR_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_LOCATIVE = frozenset({"in", "at", "near", "inside", "around", "across", "throughout", "within"})
# Nouns that name parties without a sector of their own ("countries in the region").
ACTOR_NOUNS = frozenset(
    {
        "country",
        "nation",
        "ally",
        "partner",
        "side",
        "coalition",
        "alliance",
        "faction",
        "neighbour",
        "neighbor",
        "delegation",
        "counterpart",
        "opposition",
        "people",
        "power",
        "member",
        "bloc",
        "union",
        "party",
        "organisation",
        "organization",
        "agency",
        "council",
        "court",
    }
)
# "Rwandan-backed groups", "Saudi-led bloc": the modifier is not the party itself.
_BACKER = re.compile(
    r"\s*[-‐–]\s*(backed|led|held|allied|aligned|sponsored|funded|supported|"
    r"controlled|based|affiliated|linked|dominated|run|owned|trained|armed|financed)\b",
    re.I,
)


class MentionIndex:
    """The article's actor mentions, found by character offset, with the document's view."""

    def __init__(
        self,
        mentions: Sequence[Mention],
        view: DocView,
        names: dict[str, str] | None = None,
    ) -> None:
        self.view = view
        self.text = view.text
        self.items = sorted(mentions, key=lambda m: (m.start, -m.end))
        self.starts = [m.start for m in self.items]
        self.longest = max((m.end - m.start for m in self.items), default=0)
        self.names = names or {}
        # The document's actor-like entities, computed once (Doc.ents rebuilds its spans).
        self.ents = [_Ent(e) for e in view.doc.ents if e.label_ in _ACTOR_ENTS]
        self._genders: dict[str, set[str]] | None = None

    def covering(self, i: int) -> Mention | None:
        """The longest mention (the first of equals) over token ``i``."""
        at = self.view.idx[i]
        best = None
        # Only a mention starting at most ``longest`` characters before can cover ``at``.
        lo = bisect.bisect_left(self.starts, at - self.longest)
        hi = bisect.bisect_right(self.starts, at)
        for m in self.items[lo:hi]:
            longer = best is None or m.end - m.start > best.end - best.start
            if m.start <= at < m.end and longer:
                best = m
        return best

    def ref(self, m: Mention, sector: str | None = None) -> ActorRef:
        """``to_ref(m, sector)``, named from the actors stage when the mention has no name."""
        name = getattr(m, "name", None)
        if m.actor_id and not name and m.actor_id in self.names:
            name = self.names[m.actor_id]
        return ActorRef(m.text, m.start, m.end, m.actor_id, name, m.country, m.sector or sector)

    def genders(self) -> dict[str, set[str]]:
        """actor id -> the pronouns the actor stage resolved to it ("he", "she"): the only
        evidence of a person's gender the article gives."""
        if self._genders is None:
            self._genders = {}
            for m in self.items:
                if m.label == "PRON" and m.actor_id:
                    self._genders.setdefault(m.actor_id, set()).add(m.text.lower())
        return self._genders

    def within(self, start: int, end: int) -> list[Mention]:
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_right(self.starts, end)
        return [m for m in self.items[lo:hi] if m.end <= end]


class _Ent:
    """An entity span with its offsets read once (each ``Span`` property is a computation)."""

    __slots__ = ("end", "end_char", "span", "start", "start_char")

    def __init__(self, span: Span) -> None:
        self.span = span
        self.start, self.end = span.start, span.end
        self.start_char, self.end_char = span.start_char, span.end_char


def resolve_arg(head: int, index: MentionIndex, lex: EventLexicon) -> list[ActorRef]:
    """The actors an argument (token ``head``) names: its head and its conjuncts, each a mention
    or a role noun."""
    v = index.view
    out: list[ActorRef] = []
    head = _through_quantity(head, v)
    for h in _with_conjuncts(head, v):
        h = _through_quantity(h, v)
        if v.ent_type[h] in _NOT_ACTOR_ENTS or v.dep[h] == "npadvmod":
            continue
        out.extend(_resolve_one(h, index, lex))
    return dedupe(out)


_QUANTIFIERS = frozenset(
    {
        "thousands",
        "hundreds",
        "dozens",
        "scores",
        "tens",
        "millions",
        "some",
        "many",
        "most",
        "all",
        "third",
        "half",
        "number",
        "handful",
        "none",
        "several",
        "both",
        "each",
        "one",
        "two",
        "three",
    }
)


def _through_quantity(h: int, v: DocView) -> int:
    """ "Thousands of Iraqi Kurds", "one third of the guerrillas": the people counted."""
    dep, low = v.dep, v.lower
    for _ in range(3):
        if not (v.ent_type[h] in ("CARDINAL", "QUANTITY") or low[h] in _QUANTIFIERS):
            return h
        of = next((c for c in v.children[h] if dep[c] == "prep" and low[c] == "of"), None)
        obj = (
            next((g for g in v.children[of] if dep[g] == "pobj"), None) if of is not None else None
        )
        if obj is None:
            return h
        h = obj
    return h


def dedupe(refs: list[ActorRef]) -> list[ActorRef]:
    seen: set[str] = set()
    uniq = []
    for r in refs:
        key = r.actor_id or r.text.lower().strip(" ,")
        if key not in seen:
            seen.add(key)
            uniq.append(r)
    return uniq


def _with_conjuncts(head: int, v: DocView) -> list[int]:
    dep, children = v.dep, v.children
    out = [head]
    stack = [c for c in children[head] if dep[c] == "conj" and not _opens_clause(c, head, v)]
    while stack:
        c = stack.pop(0)
        out.append(c)
        stack.extend(g for g in children[c] if dep[g] == "conj" and not _opens_clause(g, head, v))
    return out


_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _opens_clause(c: int, first: int, v: DocView) -> bool:
    """A noun "conjunct" that is the subject of the next clause: "objected to the invasion and
    Russia had urged restraint" (a finite verb follows it and belongs to another clause than
    the first conjunct's; "Syria and Russia have agreed" shares its verb)."""
    nxt = c + 1
    if v.pos[c] not in ("NOUN", "PROPN", "PRON") or nxt >= len(v) or v.tag[nxt] not in _FINITE:
        return False
    verb = v.head[nxt] if v.dep[nxt] in ("aux", "auxpass") else nxt
    return (
        v.pos[verb] in ("VERB", "AUX")
        and verb != v.head[first]
        and v.head[c] != verb
        and not any(v.dep[g] in _SUBJECTS for g in v.children[verb])  # it has its own
    )


_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})


def _arg_tokens(h: int, v: DocView) -> list[int]:
    dep, children = v.dep, v.children
    toks = []
    stack = [h]
    # "the attack on the embassy by Hamas militants": the agent hung on the target is not it
    nested = _nested_agent(h, v)
    agent = v.head[nested] if nested is not None else -1
    while stack:
        t = stack.pop()
        toks.append(t)
        stack.extend(
            c
            for c in children[t]
            if dep[c] not in _SKIP_IN_ARG and not (t == h and dep[c] == "conj") and c != agent
        )
    return sorted(toks)


def _resolve_one(h: int, index: MentionIndex, lex: EventLexicon) -> list[ActorRef]:
    v = index.view
    pos, low, dep, head = v.pos, v.lower, v.dep, v.head
    if pos[h] == "PRON" and low[h] in ("who", "whom", "which", "that"):
        rel = _relative_clause(h, v)
        if rel is None and low[h] != "that":
            ante = _antecedent_before(h, v)  # the relative clause the parser missed
            if ante is not None:
                return [r for a in _with_conjuncts(ante, v) for r in _resolve_one(a, index, lex)]
        if rel is not None:
            h = head[rel]  # "the envoy, who met the rebels", "many of whom": the antecedent
            prep = head[h]
            if dep[h] == "pobj" and low[prep] in ("with", "of") and not is_party(h, lex, v):
                if pos[head[prep]] in ("NOUN", "PROPN"):
                    h = head[prep]  # "a fighter with Somali heritage, who was killed": the fighter
                elif prep > 0 and pos[prep - 1] in ("NOUN", "PROPN") and is_party(prep - 1, lex, v):
                    h = prep - 1  # the same, "with" hung on the verb: the party before it
    for ap in (c for c in v.children[h] if dep[c] == "appos"):
        # "its neighbours Chad and Niger", "Moscow's ally, Belarus": the apposition names them.
        named = [r for a in _with_conjuncts(ap, v) for r in _resolve_one(a, index, lex)]
        if named and index.covering(h) is None:
            return named
    lemma = v.lemma_lower[h]
    sector = agent_sector(h, lex, v) if pos[h] == "NOUN" else None
    m = index.covering(h)
    if m is None or m.actor_id is None:
        led = _led_by(h, index)
        if led:
            return led  # "fighters led by the RSF", "a coalition headed by Saudi Arabia"
    toks = _arg_tokens(h, v)
    while len(toks) > 1 and (v.is_punct[toks[-1]] or dep[toks[-1]] == "cc"):
        toks.pop()
    start, end = v.idx[toks[0]], v.end[toks[-1]]
    inner = [
        x
        for x in index.within(start, end)
        if _in_tokens(x, toks, v) and not _BACKER.match(index.text, x.end)
    ]
    topic = m is None and pos[h] == "NOUN" and sector is None and (lemma not in ACTOR_NOUNS)
    if topic:
        # A topic, not a party: "developments in Sudan", "the rise of piracy in Somalia",
        # "the drought, which started ...": only names attached to the noun itself count
        # ("the al-Qaeda network", "Russia's envoy").
        inner = [x for x in inner if _modifies(h, x.end, v)]
    inner = _not_where(inner, h, sector, v)
    if m is not None:
        # "Malian and French troops": the head's mention plus its conjoined modifiers' actors.
        mods = [x for x in inner if x.end <= m.start and x.label in ("NORP", "GPE")]
        return [index.ref(x, m.sector or sector) for x in mods] + [index.ref(m, sector)]
    if inner:
        # "the leaders of Kenya and Uganda", "Malian and French troops": the modifiers' actors,
        # with the head noun's sector.
        refs = [index.ref(m, sector) for m in inner]
        mod = bisect.bisect_right(v.idx, inner[0].start) - 1
        side = _armed_side(h, sector, lex, v)
        if len(refs) == 1 and side and _is_state(refs[0]) and _premodifies(mod, h, v):
            # "Libyan rebels", "a Libyan rebel Islamist group": that country's armed
            # opposition, not its state (no actor; the country and the side's sector)
            s0 = min(refs[0].start, v.idx[h])
            text = index.text[s0 : v.end[h]]
            return [ActorRef(text, s0, v.end[h], country=refs[0].country, sector=side)]
        if len(refs) == 1 and sector and head[mod] == h and dep[mod] in ("amod", "compound"):
            # "Egyptian police": EGY with the sector of police, the text the whole phrase
            s0 = min(refs[0].start, v.idx[h])
            refs = [replace(refs[0], text=index.text[s0 : v.end[h]], start=s0, end=v.end[h])]
        return refs
    ents = [e for e in index.ents if e.start <= h < e.end]
    if ents:
        e = ents[0]
        text = index.text[e.start_char : e.end_char]  # the entity's text
        return [ActorRef(text=text, start=e.start_char, end=e.end_char, sector=sector)]
    inner_ents = [
        e
        for e in index.ents
        if e.start_char >= start
        and e.end_char <= end
        and not _locative(e.span.root.i, v)
        and not _BACKER.match(index.text, e.end_char)
        and (not topic or _modifies(h, e.end_char, v))
    ]
    if inner_ents:
        return [
            ActorRef(
                text=index.text[e.start_char : e.end_char],
                start=e.start_char,
                end=e.end_char,
                sector=sector,
            )
            for e in inner_ents
        ]
    if pos[h] == "PROPN":  # a name the NER missed: keep it, unresolved
        left = h
        while left > 0 and pos[left - 1] == "PROPN" and dep[left - 1] == "compound":
            left -= 1
        return [
            ActorRef(
                text=index.text[v.idx[left] : v.end[h]],
                start=v.idx[left],
                end=v.end[h],
                sector=sector,
            )
        ]
    if sector or counted_people(h, v):
        return [ActorRef(text=index.text[start:end], start=start, end=end, sector=sector)]
    counted = _counted_parties(h, v)
    if counted is not None:  # "the two countries": discourse.py names them, or nobody
        return [ActorRef(text=index.text[counted : v.end[h]], start=counted, end=v.end[h])]
    if lemma in ACTOR_NOUNS and pos[h] == "NOUN" and _backed(h, index):
        # "the Saudi-led coalition", "a US-backed alliance": a party, not its backer
        return [ActorRef(text=index.text[start:end], start=start, end=end)]
    if pos[h] == "PRON" and (
        low[h] in _PARTY_PRONOUNS or low[h] in _OBJECT_PRONOUNS and not _acts(h, v)
    ):
        return [ActorRef(text=v.words[h], start=v.idx[h], end=v.end[h])]
    return []


# Pronouns that stand for a party (discourse.py resolves them). The object pronouns are
# recipients only ("let her go", "her cooperation" name no actor); "them" is left out: it is
# as often the weapons or the places of the clause before ("fired rockets and Israel downed
# them").
_PARTY_PRONOUNS = frozenset({"he", "she", "they", "we", "it"})
_OBJECT_PRONOUNS = frozenset({"him", "her"})
_PEOPLE = frozenset({"people", "person", "persons"})


_COUNTING = frozenset({"two", "three", "four"})


def _backed(h: int, index: MentionIndex) -> bool:
    """Whether a name modifies the noun as its backer or leader ("Saudi-led", "US-backed")."""
    v = index.view
    for c in v.children[h]:
        if c < h and v.dep[c] in ("amod", "compound", "npadvmod") and v.tag[c] in ("VBN", "JJ"):
            m = index.covering(c - 2) if c >= 2 else None
            if m is not None and m.actor_id and _BACKER.match(index.text, m.end):
                return True
    return False


def _counted_parties(h: int, v: DocView) -> int | None:
    """The start of "the two countries", "both sides", "all three governments" (a determiner,
    a number, a plural party noun and nothing else), or None."""
    if v.tag[h] != "NNS" or v.lemma_lower[h] not in ACTOR_NOUNS:
        return None
    left = [c for c in v.children[h] if c < h]
    words = [v.lower[c] for c in left]
    if words in (["both"], *(([d, n]) for d in ("the", "all") for n in _COUNTING)):
        return v.idx[left[0]]
    return None


def object_pronoun(ref: ActorRef) -> bool:
    """A "him"/"her" party: no partner of a verb's default cooperative code nor the host of a
    visit ("left him stranded", "leaving him with little choice" are no visits)."""
    return ref.text.lower() in _OBJECT_PRONOUNS


def _acts(h: int, v: DocView) -> bool:
    """Whether the noun (or the quantity it is counted by: "dozens of people") is a subject or
    a possessor, the roles of an actor."""
    if v.dep[h] == "pobj" and v.lower[v.head[h]] == "of" and v.head[h] != h:
        q = v.head[v.head[h]]
        if v.lower[q] in _QUANTIFIERS or v.ent_type[q] == "CARDINAL":
            h = q
    return v.dep[h] in ("nsubj", "csubj", "poss", "expl")


def crowd(h: int, index: MentionIndex) -> list[ActorRef]:
    """ "Thousands of people protested", "hundreds of people rallied": people counted are the
    actor of a protest (PLOVER's civilians), as they are of no other act (``counted_people``)."""
    v = index.view
    q = h
    h = _through_quantity(h, v)
    if v.lemma_lower[h] not in _PEOPLE and v.lower[h] not in _PEOPLE:
        return []
    if h == q and not any(v.dep[c] == "nummod" for c in v.children[h]):
        return []  # bare "people": no crowd counted
    toks = _arg_tokens(h, v)
    start, end = v.idx[min(toks)], v.end[max(toks)]
    return [ActorRef(text=index.text[start:end], start=start, end=end, sector="CVL")]


def counted_people(h: int, v: DocView) -> bool:
    """ "four people", "dozens of people", "at least 12 people" that an act was done to: a
    recipient with no sector of its own. Not as an actor ("40 people died in the strike"), and
    bare "people" stays a topic ("people's concerns", "the Syrian people")."""
    if v.lemma_lower[h] not in _PEOPLE and v.lower[h] not in _PEOPLE or _acts(h, v):
        return False
    if any(v.dep[c] == "nummod" for c in v.children[h]):
        return True
    of = v.head[h]
    return (
        v.dep[h] == "pobj"
        and v.lower[of] == "of"
        and (v.lower[v.head[of]] in _QUANTIFIERS or v.ent_type[v.head[of]] == "CARDINAL")
    )


def agent_sector(h: int, lex: EventLexicon, v: DocView) -> str | None:
    """The PLOVER sector of a role noun: by lemma, by word, and for a plural in "-men" the
    lemmatiser left ("servicemen", "tribesmen") by its singular."""
    lemma, low = v.lemma_lower[h], v.lower[h]
    found = lex.agents.get(lemma) or lex.agents.get(low)
    if found is None and low.endswith("men") and len(low) > 5:
        found = lex.agents.get(low[:-3] + "man")
    if found is None and military_craft(h, lex, v):
        found = "MIL"
    return found


# Aircraft nouns that are no party alone (a plane is often civilian; "jet", "warplane",
# "aircraft" and "helicopter" are listed as MIL in agents.tsv).
_CRAFT = frozenset({"plane", "airplane", "aeroplane"})
# Modifiers that make an aircraft civilian ("a passenger plane", "a Russian cargo plane").
_CIVIL_CRAFT = frozenset(
    {
        "passenger",
        "cargo",
        "commercial",
        "civilian",
        "civil",
        "private",
        "airline",
        "airlines",
        "airways",
        "charter",
        "aid",
        "relief",
        "medical",
        "ambulance",
        "rescue",
        "light",
        "model",
        "toy",
        "paper",
        "firefighting",
        "crop",
    }
)
_ARMED_CRAFT_SECTORS = frozenset({"MIL", "GOV", "REB", "INS", "UAF"})


def military_craft(h: int, lex: EventLexicon, v: DocView) -> bool:
    """A plane its party owns: "regime planes", "Russian planes", "coalition planes", "army
    planes", "war planes", "the government's planes"; not "a passenger plane", "a plane",
    "the plane of the minister" (a party modifier makes it a military party; a civil one, even
    with a party, "a Russian passenger plane", does not)."""
    if v.lemma_lower[h] not in _CRAFT and v.lower[h] not in _CRAFT:
        return False
    mods = [c for c in v.children[h] if v.dep[c] in ("amod", "compound", "poss", "nmod")]
    if any(v.lemma_lower[c] in _CIVIL_CRAFT or v.lower[c] in _CIVIL_CRAFT for c in mods):
        return False
    if any(
        v.lemma_lower[c] in ("war", "military", "coalition")
        or lex.agents.get(v.lemma_lower[c]) in _ARMED_CRAFT_SECTORS
        for c in mods
    ):
        return True
    # a state's or group's name alone: planes of a side ("Russian planes bombed the town"),
    # not one craft, which is as often an airliner ("Iran shot down a Ukrainian plane")
    return v.tag[h] == "NNS" and any(v.ent_type[c] in ("NORP", "GPE", "ORG") for c in mods)


_LEADS = frozenset({"lead", "head", "command", "spearhead"})


def _led_by(h: int, index: MentionIndex) -> list[ActorRef]:
    """The resolved leader of an unresolved group: "fighters led by the RSF" -> RSF (the text
    and offsets stay the group's)."""
    v = index.view
    for c in v.children[h]:
        if v.dep[c] != "acl" or v.lemma_lower[c] not in _LEADS:
            continue
        for a in (g for g in v.children[c] if v.dep[g] == "agent"):
            for obj in (g for g in v.children[a] if v.dep[g] == "pobj"):
                m = index.covering(obj)
                if m is not None and m.actor_id:
                    ref = index.ref(m)
                    return [
                        replace(
                            ref, text=index.text[v.idx[h] : v.end[h]], start=v.idx[h], end=v.end[h]
                        )
                    ]
    return []


def _relative_clause(h: int, v: DocView) -> int | None:
    """The relative clause a relative pronoun opens ("who attacked", "many of whom were")."""
    t = h
    for _ in range(4):
        if v.dep[t] == "relcl":
            return t
        if v.head[t] == t:
            return None
        t = v.head[t]
    return None


def _antecedent_before(h: int, v: DocView) -> int | None:
    """The noun a relative pronoun follows when the parser made its clause a main clause:
    "rebels and jihadists, many of whom have been blacklisted" -> the rebels (with their
    conjuncts); "the army, which shelled": the army. Only right after a comma."""
    start = h
    if h >= 2 and v.lower[h - 1] == "of" and v.lower[h - 2] in _QUANTIFIERS:
        start = h - 2  # "many of whom", "some of which"
    n = start - 2
    if n < 0 or v.words[start - 1] != "," or v.pos[n] not in ("NOUN", "PROPN"):
        return None
    while v.dep[n] == "conj" and v.head[n] < n:
        n = v.head[n]
    return n


# Passive frames whose subject is the doer of their infinitive ("is poised to", "is
# expected to"); "was forced/said to" are not among them (a coerced or rumoured act).
_POISED = frozenset({"poise", "expect"})
# Prepositions of time whose gerund shares the subject of the verb they hang on and tells what
# it did before ("readmitted Y years after expelling it"). Not "before"/"upon" (as often still
# to come), nor "without"/"despite" (what was not done, or a concession).
_GERUND_PREPS = frozenset({"after", "since"})
# The preposition of a means: its gerund is the subject's own act when the verb it hangs on
# tells what was done ("Moscow responded by expelling diplomats", "has retaliated by seizing a
# tanker"), not when it is proposed, asked for or to come ("can start by withdrawing", "urged
# Israel to respond by withdrawing", "will respond by ...": `_done`).
_MEANS_PREPS = frozenset({"by"})


def _done(verb: int, v: DocView) -> bool:
    """``verb`` is a finite past act: a simple past, or a perfect ("has responded"), with no
    modal and no "to"."""
    kids = v.children[verb]
    if any(v.tag[c] == "MD" or v.lower[c] == "to" for c in kids):
        return False
    if v.tag[verb] == "VBD":
        return True
    return v.tag[verb] == "VBN" and any(
        v.dep[c] == "aux" and v.lemma_lower[c] == "have" for c in kids
    )


# Sectors of armed non-state sides: a state's demonym before their role noun is where they
# fight, not who they are ("Libyan rebels" are rebels, not Libya).
_SIDE_SECTORS = frozenset({"REB", "INS"})
# Sectors of a state's organs: "the government in Tripoli", "troops in Mali" are that state's.
_STATE_ORGANS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})


def _is_state(ref: ActorRef) -> bool:
    """A state itself (its id is its country), not a group or a person of it."""
    return ref.actor_id is not None and ref.actor_id == ref.country


def _armed_side(h: int, sector: str | None, lex: EventLexicon, v: DocView) -> str | None:
    """The side sector (``_SIDE_SECTORS``) of role noun ``h``, or, for a noun with no sector of
    its own, of a role noun modifying it ("a rebel Islamist group": the rebels'), else None."""
    if sector in _SIDE_SECTORS:
        return sector
    if sector not in (None, "UNK"):
        return None  # "Libyan fighter jets": the noun's own sector (jets: MIL) decides
    for c in v.children[h]:
        if c < h and v.dep[c] in _PREMODIFIERS:
            found = agent_sector(c, lex, v)
            if found in _SIDE_SECTORS:
                return found
    return None


# Attacks any side carries out: a place's name before them is where they happened ("Iraq car
# bombings", "a Kabul blast"); a state's name before an air strike, a shelling or a missile
# is whose it is ("US air strikes").
ANYONE_ATTACKS = frozenset(
    {
        "bombing",
        "bomb",
        "blast",
        "explosion",
        "attack",
        "ied",
        "explosive",
        "landmine",
        "grenade",
        "ambush",
        "assault",
    }
)


def anyone_attacks(noun: int, v: DocView) -> bool:
    """Whether noun ``noun`` is an attack any side carries out (``ANYONE_ATTACKS``)."""
    return v.lemma_lower[noun] in ANYONE_ATTACKS or v.lower[noun] in ANYONE_ATTACKS


_PREMODIFIERS = ("amod", "compound", "nmod")


def _premodifies(t: int, h: int, v: DocView) -> bool:
    """Whether token ``t`` before ``h`` modifies it, directly or through another modifier
    ("Libyan" in "Libyan rebel group")."""
    for _ in range(4):
        if t >= h or v.dep[t] not in _PREMODIFIERS:
            return False
        t = v.head[t]
        if t == h:
            return True
    return False


def _not_where(inner: list[Mention], h: int, sector: str | None, v: DocView) -> list[Mention]:
    """The mentions of an argument less those in a place phrase ("Opposition fighters in
    Libya", "five people in Iraq car bombings": where, not who): a place phrase is kept only
    for a state organ with no other name ("the government in Tripoli")."""
    here = [x for x in inner if not _in_place_phrase(x, h, v)]
    if here or sector not in _STATE_ORGANS:
        return here
    return inner


def _in_place_phrase(m: Mention, h: int, v: DocView) -> bool:
    """Whether mention ``m`` (in the argument headed by ``h``) is in a locative phrase: its
    root or a noun it modifies is the object of "in", "near", ... under ``h``."""
    t = bisect.bisect_right(v.idx, m.start) - 1
    for _ in range(8):
        if t == h or t < 0:
            return False
        if _locative(t, v):
            return True
        if v.head[t] == t:
            return False
        t = v.head[t]
    return False


def _locative(root: int, v: DocView) -> bool:
    """An entity that is the object of a locative preposition ("in Syria")."""
    return v.dep[root] == "pobj" and v.lower[v.head[root]] in _LOCATIVE


def _modifies(h: int, end: int, v: DocView) -> bool:
    """Whether the name ending at ``end`` hangs on ``h`` through compound/poss/amod links only."""
    idx, ends = v.idx, v.end
    tok = next((t for t in v.subtree(h) if idx[t] < end <= ends[t]), None)
    for _ in range(6):
        if tok is None or v.dep[tok] not in ("compound", "poss", "nmod", "conj", "case"):
            return tok is not None and tok == h
        tok = v.head[tok]
        if tok == h:
            return True
    return False


def _in_tokens(m: Mention, toks: list[int], v: DocView) -> bool:
    idxs = {v.idx[t] for t in toks}
    return any(m.start <= i < m.end for i in idxs)


# ---------------------------------------------------------------- who did it, to whom


def at_the_hands_of(word: int, v: DocView) -> int | None:
    """X in "killed at the hands of X", "defeats at the hands of X": who did it."""
    for c in v.children[word]:
        if v.dep[c] != "prep" or v.lower[c] != "at":
            continue
        for h in v.children[c]:
            if v.dep[h] != "pobj" or v.lower[h] != "hands":
                continue
            for of in v.children[h]:
                if v.dep[of] == "prep" and v.lower[of] == "of":
                    return next((g for g in v.children[of] if v.dep[g] == "pobj"), None)
    return None


def subject_of(verb: int, v: DocView) -> int | None:
    """The grammatical actor of ``verb``: its subject, the agent of a passive, or the subject
    it shares with the verb it is conjoined to or controlled by."""
    dep, children = v.dep, v.children
    kids = children[verb]
    passive = any(dep[c] in ("auxpass", "nsubjpass") for c in kids)
    subjects = [c for c in kids if dep[c] in ("nsubj", "csubj")]
    if subjects:
        # Several subjects mean a misparse (a headline glued to the sentence): the nearest.
        return min(subjects, key=lambda c: abs(verb - c))
    for c in kids:
        if dep[c] == "agent":
            for g in children[c]:
                if dep[g] == "pobj":
                    return _through_instrument(verb, g, v)
    hands = at_the_hands_of(verb, v)
    if hands is not None:
        return hands  # "were killed at the hands of the militia"
    stray = None if passive else _stray_subject(verb, v)
    if stray is not None:
        return stray  # "objected to the invasion and Russia had urged restraint": Russia
    if passive:
        return None  # "the town was retaken": the passive subject is the recipient, not the actor
    head = v.head[verb]
    if dep[verb] == "xcomp" and v.lemma_lower[head] in _POISED:
        # "X is poised/set/expected to readmit Y": X, the subject of the passive frame
        framed = next((c for c in children[head] if dep[c] == "nsubjpass"), None)
        if framed is not None:
            return framed
    if (
        dep[verb] == "pcomp"
        and v.tag[verb] == "VBG"
        and (
            v.lower[head] in _GERUND_PREPS
            or (v.lower[head] in _MEANS_PREPS and _done(v.head[head], v))
        )
        and v.pos[v.head[head]] in ("VERB", "AUX")
        and v.head[head] != head
        and not any(v.tag[c] == "MD" for c in children[v.head[head]])  # "will leave after ..."
    ):
        # "readmit Y, years after expelling it", "responded by expelling": the gerund's
        # subject is the clause's ("accused X of arming Z", "blamed X for arming" are the
        # object's)
        return subject_of(v.head[head], v)
    if (
        dep[verb] in ("xcomp", "advcl", "acomp")
        and v.tag[verb] == "VBN"
        and not any(dep[c] in ("aux", "auxpass") for c in kids)
    ):
        # "X, believed killed in an airstrike", "wounded in the attack, he ...": a bare past
        # participle is passive; the subject above it is what it happened to, not its actor
        return None
    if dep[verb] in ("conj", "xcomp", "advcl", "acomp") and head != verb:
        if dep[verb] == "advcl" and any(dep[c] == "mark" for c in kids):
            return None
        return subject_of(head, v)
    if dep[verb] in ("acl", "relcl") and head != verb:
        if dep[verb] == "relcl":
            return head
        for c in kids:  # "the raid carried out by militants"
            if dep[c] == "agent":
                return next((g for g in children[c] if dep[g] == "pobj"), None)
    return None


def _stray_subject(verb: int, v: DocView) -> int | None:
    """The noun the parser hung as a conjunct of the clause before although it opens this
    verb's clause (see ``_opens_clause``)."""
    first = min(
        [c for c in v.children[verb] if v.dep[c] in ("aux", "auxpass") and c < verb] + [verb]
    )
    n = first - 1
    if n < 0 or v.dep[n] != "conj":
        return None
    root = n
    while v.dep[root] == "conj" and v.head[root] != root:
        root = v.head[root]
    return n if _opens_clause(n, root, v) and first in (verb, *v.children[verb]) else None


def _through_instrument(verb: int, agent: int, v: DocView) -> int:
    """ "hit by a rocket fired by militants", "killed by a bomb planted by X": the agent of
    the participle that names who used the instrument (the parser hangs that participle on the
    noun or, often, on the verb)."""
    if v.pos[agent] != "NOUN" or v.ent_type[agent]:
        return agent
    dep, children = v.dep, v.children
    hosts = [c for c in children[agent] if dep[c] == "acl"]
    hosts += [c for c in children[verb] if dep[c] == "advcl" and v.tag[c] == "VBN" and c > agent]
    for p in hosts:
        for a in (c for c in children[p] if dep[c] == "agent"):
            inner = next((g for g in children[a] if dep[g] == "pobj"), None)
            if inner is not None:
                return inner
    return agent


def object_heads(verb: int, noun: int | None, v: DocView) -> list[int]:
    """Recipient candidates: direct object (or passive subject), dative, then the objects of
    recipient prepositions on the verb and on the nominal it carries."""
    dep, low, children = v.dep, v.lower, v.children
    out: list[int] = []
    hosts = _with_conjuncts(noun, v) if noun is not None else []
    carried_ids = set(hosts)
    sends = v.lemma_lower[verb] in _SENDS
    kids = children[verb]
    if (
        dep[verb] == "conj"
        and any(dep[c] == "auxpass" for c in kids)
        and not any(dep[c] in ("nsubj", "nsubjpass") for c in kids)
    ):
        # "The two men were thought to ... and have since been questioned by X": the passive
        # shares its subject, the one acted on, with the verb it is conjoined to
        out.extend(c for c in children[v.head[verb]] if dep[c] in ("nsubj", "nsubjpass"))
    for c in children[verb]:
        carried = noun is not None and c == noun
        if sends and dep[c] in ("dobj", "obj"):
            continue  # "deployed its marines": what is sent, not to whom
        if dep[c] in ("ccomp", "xcomp") and not out and v.lemma_lower[verb] in APPEALING:
            g = to_clause_subject(c, v)  # "want Trump to strike": Trump is appealed to
            if g is not None:
                out.append(g)
        if dep[c] in ("dobj", "nsubjpass", "dative", "obj") and not carried:
            out.append(c)
            if v.pos[c] == "NOUN" and v.ent_type[c] == "" and not _denied_tie(verb, c, v):
                hosts.append(c)  # "held discussions with Ruto": the party hangs on the noun
    if not sends and not any(dep[c] in ("dobj", "obj", "dative", "nsubjpass") for c in kids):
        out.extend(_raised_object(verb, v))
    if any(dep[c] == "agent" for c in kids) and not any(dep[c] == "nsubjpass" for c in kids):
        host = participle_host(verb, v)  # "rebels armed by Iran": the rebels
        if host is not None:
            out.insert(0, host)
    for c in children[verb]:
        if dep[c] == "prep" and low[c] in ("for", "on", "about", "over"):
            # "called for dialogue with Russia", "pushed for talks with Tehran": the party
            # hangs on the topic (a noun, not a name); only party prepositions count there.
            hosts.extend(
                g
                for g in children[c]
                if dep[g] == "pobj" and v.pos[g] == "NOUN" and v.ent_type[g] == ""
            )
    for host in [*hosts, verb]:
        for c in children[host]:
            if (
                dep[c] in ("prep", "dative")
                and low[c] in _RECIPIENT_PREPS
                and (host == verb or host in carried_ids or low[c] in _PARTY_PREPS)
            ) or (host == verb and dep[c] == "prt" and low[c] in _RECIPIENT_PREPS):
                # "called on Republicans to ...": the parser makes "on" a particle with an object
                out.extend(g for g in children[c] if dep[g] == "pobj")
    return out


# Nouns of a tie between parties: "denied any links to the PKK" is no denial addressed to it.
_TIES = frozenset(
    {
        "link",
        "tie",
        "connection",
        "relation",
        "relationship",
        "contact",
        "association",
        "affiliation",
        "involvement",
        "role",
        "collusion",
        "cooperation",
        "coordination",
    }
)


def _denied_tie(verb: int, noun: int, v: DocView) -> bool:
    return v.lemma_lower[verb] == "deny" and v.lemma_lower[noun] in _TIES


def participle_host(verb: int, v: DocView) -> int | None:
    """The noun a passive participle phrase modifies: "rebels armed by Iran", "the cleric,
    arrested in March and sentenced by a court" (through the conjunction), "Ali Hassan,
    convicted of fraud and jailed by a court" (the parser hangs the second participle on the
    first one's complement)."""
    dep, head = v.dep, v.head
    t = verb
    for _ in range(6):
        if head[t] == t:
            return None
        if dep[t] == "acl":
            return head[t] if v.pos[head[t]] in ("NOUN", "PROPN") else None
        if dep[t] not in ("conj", "pcomp", "prep") or any(
            dep[c] in ("nsubj", "nsubjpass") for c in v.children[t]
        ):
            return None
        t = head[t]
    return None


# Verbs mostly used without an object: no object is raised to them.
_INTRANSITIVE = frozenset(
    {
        "withdraw",
        "retreat",
        "flee",
        "pull",
        "surrender",
        "resign",
        "protest",
        "demonstrate",
        "riot",
        "march",
        "rally",
        "gather",
        "arrive",
        "return",
        "advance",
        "escape",
        "die",
        "clash",
    }
)


def _raised_object(verb: int, v: DocView) -> list[int]:
    """ "arrested and tortured dozens of students", "is killing or imprisoning Kurds": the
    object of the verb conjoined right after is this verb's too, when only the conjunction
    stands between them and that verb has no subject of its own."""
    dep, children = v.dep, v.children
    for c in children[verb]:
        if dep[c] != "conj" or v.pos[c] != "VERB" or c <= verb + 1:
            continue
        if v.lemma_lower[verb] in _INTRANSITIVE:
            return []  # "the army withdrew and shelled the town": not withdrew from it
        if not all(dep[t] == "cc" or v.words[t] == "," for t in range(verb + 1, c)):
            continue
        if any(dep[g] in ("nsubj", "nsubjpass", "auxpass") for g in children[c]):
            continue
        return [g for g in children[c] if dep[g] in ("dobj", "obj")]
    return []


_AIMED = frozenset({"on", "against", "upon"})


def _nested_agent(target: int, v: DocView) -> int | None:
    """The "by" phrase the parser hung on a nominal's target rather than on the nominal: "the
    attack on the embassy by Hamas militants". Only a party's name, or a noun a name modifies,
    is the agent ("houses by the river" is where)."""
    for c in v.children[target]:
        if v.dep[c] != "prep" or v.lower[c] != "by":
            continue
        for g in v.children[c]:
            if v.dep[g] != "pobj":
                continue
            named = [g] + [m for m in v.children[g] if v.dep[m] in ("compound", "amod")]
            if v.lemma_lower[g] in ACTOR_NOUNS or any(v.ent_type[m] in _ACTOR_ENTS for m in named):
                return g
    return None


def nominal_args(noun: int, v: DocView) -> tuple[int | None, list[int]]:
    """Actor and recipient heads of a standalone nominal trigger: "Chad's backing of rebels",
    "a phone call between Macron and Lula", "the raid carried out by al-Shabaab", "during a
    phone call with Ramaphosa, the Kenyan president ..."."""
    dep, low, pos, head, children = v.dep, v.lower, v.pos, v.head, v.children
    actor: int | None = None
    recips: list[int] = []
    for c in children[noun]:
        if dep[c] == "poss":
            actor = c
        elif (
            dep[c] == "compound"
            and v.ent_type[c] in _ACTOR_ENTS
            and not (v.ent_type[c] == "GPE" and anyone_attacks(noun, v))
            or dep[c] == "amod"
            and v.ent_type[c] in ("NORP", "GPE")
        ):
            # "Iraq car bombings", "a Kabul blast": a place's name before an attack any side
            # carries out is where it happened ("US air strikes" are the US's)
            actor = actor if actor is not None else c
        elif dep[c] == "prep" and low[c] == "between":
            objs = [g for g in children[c] if dep[g] == "pobj"]
            if objs:
                conj = _with_conjuncts(objs[0], v)
                actor, recips = conj[0], conj[1:]
        elif dep[c] == "prep" and low[c] in ("by",):
            if actor is None:
                actor = next((g for g in children[c] if dep[g] == "pobj"), None)
        elif dep[c] == "prep" and low[c] in _RECIPIENT_PREPS:
            objs = [
                g
                for g in children[c]
                if dep[g] == "pobj" and v.ent_type[g] not in _NOT_ACTOR_ENTS  # "on Monday"
            ]
            recips.extend(objs)
            if actor is None and low[c] in _AIMED and objs:
                actor = _nested_agent(objs[0], v)
        elif dep[c] in ("acl", "relcl"):
            for g in children[c]:
                if dep[g] == "agent" and actor is None:
                    actor = next((p for p in children[g] if dep[p] == "pobj"), None)
    if actor is None:
        actor = at_the_hands_of(noun, v)  # "defeats at the hands of government forces"
    if actor is None:
        actor = alert_holder(noun, v)  # "the fleet has been on high alert"
    if dep[noun] == "pobj" and low[head[noun]] == "under" and actor is None:
        # "Kurdish militias are under assault from Turkey", "came under fire from X": the
        # source acts, the subject is acted on.
        for c in children[noun]:
            if dep[c] == "prep" and low[c] in ("from", "by"):
                actor = next((g for g in children[c] if dep[g] == "pobj"), None)
        verb = head[head[noun]]
        if actor is not None and pos[verb] in ("VERB", "AUX"):
            subj = subject_of(verb, v)
            recips = [subj] if subj is not None else recips
    if actor is not None and low[actor] in _POSS_PRONOUNS:
        # "Museveni expressed ... his concerns", "Russia announced its withdrawal": the
        # possessor is the subject of the verb the noun belongs to.
        verb = head[noun]
        for _ in range(4):
            if pos[verb] in ("VERB", "AUX") or head[verb] == verb:
                break
            verb = head[verb]
        subj = subject_of(verb, v) if pos[verb] in ("VERB", "AUX") else None
        if subj is not None and pos[subj] != "PRON":
            actor = subj
    if actor is None and dep[noun] == "pobj" and low[head[noun]] in ("during", "in", "at"):
        # "During a phone call with Ramaphosa, the president ...": the subject took part.
        # Not "surrendered following a government offensive": another party's act; not "40
        # people died in the strike", "Isis lost 15 fighters in the attack": the side hit.
        verb = head[head[noun]]
        if pos[verb] in ("VERB", "AUX") and v.lemma_lower[verb] in _HARMED:
            subj = subject_of(verb, v)
            recips = recips or ([subj] if subj is not None else [])
        elif pos[verb] in ("VERB", "AUX"):
            actor = subject_of(verb, v)
            if (
                actor is None
                and v.lemma_lower[verb] in _TAKING_PART
                and _passive(verb, v)
                and not any(dep[c] == "neg" for c in children[verb])
            ):
                # "fighters who were allied with the US in the fight against Isis": the
                # passive subject of a verb of taking part is a side of the event (not "was
                # not involved in the attack": a denial)
                actor = next((c for c in children[verb] if dep[c] == "nsubjpass"), None)
            if not recips and v.lemma_lower[verb] in _TELLS:
                # "X told Y in a meeting": the one told took part
                recips = [c for c in children[verb] if dep[c] in ("dobj", "dative")]
    if (
        not recips
        and dep[noun] == "pobj"
        and low[head[noun]] in ("in", "by")
        and _passive(head[head[noun]], v)
    ):
        # "was killed in a US airstrike", "who were wounded in an Israeli raid": the passive
        # subject is what the nominal event hit.
        recips = [c for c in children[head[head[noun]]] if dep[c] == "nsubjpass"]
    elif (
        not recips
        and dep[noun] == "pobj"
        and low[head[noun]] in ("in", "by")
        and dep[head[head[noun]]] == "acl"
        and v.tag[head[head[noun]]] == "VBN"
    ):
        recips = [head[head[head[noun]]]]  # "fighters killed in a US airstrike": the fighters
    elif not recips and dep[noun] == "pobj" and low[head[noun]] in ("in", "by"):
        held = _believed_of(head[head[noun]], v)  # "X, believed killed in a US airstrike"
        recips = [held] if held is not None else recips
    if dep[noun] == "dobj" and pos[head[noun]] == "VERB":
        verb = head[noun]
        if v.lemma_lower[verb] in UNDERGO:
            # "The militia faced charges from Amnesty": the target; the actor is "from"/"by".
            subj = subject_of(verb, v)
            if subj is not None and not recips:
                recips = [subj]
            if actor is None:
                actor = giver_of(verb, noun, v)
        elif actor is None:
            actor = subject_of(verb, v)
    return actor, recips


def giver_of(verb: int, noun: int | None, v: DocView) -> int | None:
    """Who acts on the subject of a verb it undergoes (``UNDERGO``): the object of "from" or
    "by" on the event's noun or on the verb ("faced charges from Amnesty", "received military
    aid from the US"); the last one found, the noun's before the verb's."""
    found = None
    for host in (noun, verb):
        if host is None:
            continue
        for c in v.children[host]:
            if v.dep[c] in ("prep", "agent") and v.lower[c] in ("from", "by"):
                found = next((g for g in v.children[c] if v.dep[g] == "pobj"), found)
    return found


# "believed killed", "reported wounded", "presumed dead": who is believed so.
_RAISING = frozenset(
    {"believe", "think", "report", "fear", "presume", "feared", "suspect", "say", "know"}
)


def _believed_of(part: int, v: DocView) -> int | None:
    """Who a bare participle under a verb of belief is said of: "Abu Omar, believed killed in a
    US airstrike" (the parser makes "believed" a verb with "Abu Omar" its subject, or hangs it
    elsewhere after the comma), "X, reported wounded in the raid"."""
    dep, children = v.dep, v.children
    b = v.head[part]
    if (
        dep[part] != "xcomp"
        or v.tag[part] != "VBN"
        or v.lemma_lower[b] not in _RAISING
        or any(dep[c] in ("aux", "auxpass", "dobj", "ccomp") for c in children[b])
    ):
        return None
    if dep[b] == "acl":
        return v.head[b]
    subj = [c for c in children[b] if dep[c] in ("nsubj", "nsubjpass")]
    if subj:
        return subj[0] if v.pos[subj[0]] in ("NOUN", "PROPN") else None
    n = b - 2
    if n >= 0 and v.words[b - 1] == "," and v.pos[n] in ("NOUN", "PROPN"):
        return n
    return None


# Passives of taking part: "were involved / engaged / allied in the fight against X".
_TAKING_PART = frozenset(
    {"involve", "engage", "align", "ally", "unite", "embroil", "enlist", "commit", "join"}
)
# Verbs whose subject is what an event "in"/"at" them hit: "died in the strike".
_HARMED = frozenset({"die", "perish", "lose", "suffer", "survive", "sustain", "incur"})
_TELLS = frozenset({"tell", "inform", "assure", "brief", "urge", "warn", "ask", "reassure"})


def _passive(verb: int, v: DocView) -> bool:
    return v.pos[verb] in ("VERB", "AUX") and any(
        v.dep[c] in ("auxpass", "nsubjpass") for c in v.children[verb]
    )


def domestic(
    recips: list[ActorRef], actors: Sequence[ActorRef], place_country: str | None
) -> list[ActorRef]:
    """Domestic events: an unresolved recipient named by a role noun ("three activists",
    "protesters") gets the state where the event took place when the actor belongs to that
    same state ("Egyptian police arrested three activists in Cairo" -> EGY activists). Without
    a place in the actor's own state nothing is guessed."""
    if place_country is None or not any(a.country == place_country for a in actors):
        return recips
    return [
        replace(r, country=place_country)
        if r.actor_id is None and r.sector and not r.country
        else r
        for r in recips
    ]


# The prepositions of a mobilisation's target: "mobilised its forces against the rebels",
# "moved troops toward the border", "aimed its missiles at Riyadh"
_AGAINST = frozenset({"against", "on", "toward", "towards", "at"})


def mobilized_against(recips: list[ActorRef], v: DocView) -> list[ActorRef]:
    """A mobilisation's recipients: only the party it is directed against (PLOVER's question
    for MOBILIZE: "who was the mobilization directed against?"), the object of "against",
    "toward", ...; not the forces alerted or sent ("issued an alert to the army", "sent
    troops to its ally": the mobilised and the destination), nor a direct object."""
    out = []
    for r in recips:
        t = bisect.bisect_right(v.idx, r.start) - 1
        for _ in range(6):  # up through compounds, conjuncts and modifiers to its preposition
            if t < 0 or v.dep[t] in ("pobj", "dobj", "nsubj", "nsubjpass", "dative", "ROOT"):
                break
            t = v.head[t]
        if t >= 0 and v.dep[t] == "pobj" and v.lower[v.head[t]] in _AGAINST:
            out.append(r)
    return out


def drop_overlap(actors: list[ActorRef], recips: list[ActorRef]) -> list[ActorRef]:
    spans = {(a.start, a.end) for a in actors}
    keys = {a.actor_id or a.text.lower() for a in actors}
    return dedupe(
        [
            r
            for r in recips
            if (r.start, r.end) not in spans and (r.actor_id or r.text.lower()) not in keys
        ]
    )


def is_party(tok: int, lex: EventLexicon, v: DocView) -> bool:
    """Whether a noun names a party (a name, a role or body noun) rather than a topic. A
    month with its day or year ("4 Apr 2017 An alleged chemical attack") is a date, not a
    party ("Theresa May's government" is one)."""
    if v.lemma_lower[tok] in MONTHS and any(v.like_num[c] for c in v.children[tok]):
        return False
    if v.pos[tok] == "PROPN" or v.ent_type[tok] in _ACTOR_ENTS:
        return True
    lemma = v.lemma_lower[tok]
    return lemma in ACTOR_NOUNS or lemma in lex.agents or military_craft(tok, lex, v)


def with_sector(ref: ActorRef, sector: str | None) -> ActorRef:
    return ref if ref.sector or not sector else replace(ref, sector=sector)
