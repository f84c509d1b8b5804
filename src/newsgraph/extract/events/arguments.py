"""Actor and recipient of a trigger, from the dependency parse, resolved through the actor
stage's mentions (``p.facts["mentions"]``). Without mentions, entities and role nouns give
unresolved ``ActorRef``s carrying their text. Compound arguments stay lists: "Syrian and
Russian jets" -> [SYR (MIL), RUS (MIL)]; "the presidents of Russia and Iran" ->
[RUS (GOV), IRN (GOV)].
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Span, Token

from newsgraph.extract.events.lexicon import EventLexicon
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
# "Turkish-backed groups", "Iran-led axis": the modifier is not the party itself.
_BACKER = re.compile(
    r"\s*[-‐–]\s*(backed|led|held|allied|aligned|sponsored|funded|supported|"
    r"controlled|based|affiliated|linked)\b",
    re.I,
)


class MentionIndex:
    """The article's actor mentions, found by character offset."""

    def __init__(
        self,
        mentions: Sequence[Mention],
        names: dict[str, str] | None = None,
        ents: Sequence[Span] = (),
        text: str = "",
    ) -> None:
        self.text = text  # the document's text (Doc.text is rebuilt on every access)
        self.items = sorted(mentions, key=lambda m: (m.start, -m.end))
        self.names = names or {}
        # The document's actor-like entities, computed once (Doc.ents rebuilds its spans).
        self.ents = [e for e in ents if e.label_ in _ACTOR_ENTS]

    def covering(self, tok: Token) -> Mention | None:
        best = None
        for m in self.items:
            longer = best is None or m.end - m.start > best.end - best.start
            if m.start <= tok.idx < m.end and longer:
                best = m
        return best

    def named(self, ref: ActorRef) -> ActorRef:
        if ref.actor_id and not ref.name and ref.actor_id in self.names:
            return replace(ref, name=self.names[ref.actor_id])
        return ref

    def within(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.items if m.start >= start and m.end <= end]


def to_ref(m: Mention, sector: str | None = None) -> ActorRef:
    return ActorRef(
        text=m.text,
        start=m.start,
        end=m.end,
        actor_id=m.actor_id,
        name=getattr(m, "name", None),
        country=m.country,
        sector=m.sector or sector,
    )


def resolve_arg(head: Token, index: MentionIndex, lex: EventLexicon) -> list[ActorRef]:
    """The actors an argument names: its head and its conjuncts, each a mention or a role noun."""
    out: list[ActorRef] = []
    head = _through_quantity(head)
    for h in _with_conjuncts(head):
        h = _through_quantity(h)
        if h.ent_type_ in _NOT_ACTOR_ENTS or h.dep_ == "npadvmod":
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


def _through_quantity(h: Token) -> Token:
    """ "Thousands of Iraqi Kurds", "one third of the guerrillas": the people counted."""
    for _ in range(3):
        if not (h.ent_type_ in ("CARDINAL", "QUANTITY") or h.lower_ in _QUANTIFIERS):
            return h
        of = next((c for c in h.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
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


def _with_conjuncts(head: Token) -> list[Token]:
    out = [head]
    stack = [c for c in head.children if c.dep_ == "conj"]
    while stack:
        c = stack.pop(0)
        out.append(c)
        stack.extend(g for g in c.children if g.dep_ == "conj")
    return out


def _arg_tokens(h: Token) -> list[Token]:
    toks = []
    stack = [h]
    while stack:
        t = stack.pop()
        toks.append(t)
        stack.extend(
            c
            for c in t.children
            if c.dep_ not in _SKIP_IN_ARG and not (t.i == h.i and c.dep_ == "conj")
        )
    return sorted(toks, key=lambda t: t.i)


def _resolve_one(h: Token, index: MentionIndex, lex: EventLexicon) -> list[ActorRef]:
    if h.pos_ == "PRON" and h.lower_ in ("who", "which", "that") and h.head.dep_ == "relcl":
        h = h.head.head  # "Araghchi, who visited Assad": the relative's antecedent
    for ap in (c for c in h.children if c.dep_ == "appos"):
        # "US allies Turkey and Qatar", "Tehran's ally, Syria": the apposition names them.
        named = [r for a in _with_conjuncts(ap) for r in _resolve_one(a, index, lex)]
        if named and index.covering(h) is None:
            return named
    sector = (
        lex.agents.get(h.lemma_.lower()) or lex.agents.get(h.lower_) if h.pos_ == "NOUN" else None
    )
    m = index.covering(h)
    toks = _arg_tokens(h)
    while len(toks) > 1 and (toks[-1].is_punct or toks[-1].dep_ == "cc"):
        toks.pop()
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    inner = [
        x
        for x in index.within(start, end)
        if _in_tokens(x, toks) and not _BACKER.match(index.text, x.end)
    ]
    topic = (
        m is None and h.pos_ == "NOUN" and sector is None and (h.lemma_.lower() not in ACTOR_NOUNS)
    )
    if topic:
        # A topic, not a party: "developments in Syria", "the rise of terrorism in Syria",
        # "the civil war, which began ...": only names attached to the noun itself count
        # ("the al-Qaeda network", "Russia's envoy").
        inner = [x for x in inner if _modifies(h, x.end)]
    if m is not None:
        # "Syrian and Russian jets": the head's mention plus its conjoined modifiers' actors.
        mods = [x for x in inner if x.end <= m.start and x.label in ("NORP", "GPE")]
        return [index.named(to_ref(x, m.sector or sector)) for x in mods] + [
            index.named(to_ref(m, sector))
        ]
    if inner:
        # "the presidents of Russia and Iran", "Syrian and Russian jets": the modifiers' actors,
        # with the head noun's sector.
        return [index.named(to_ref(m, sector)) for m in inner]
    ents = [e for e in index.ents if e.start <= h.i < e.end]
    if ents:
        e = ents[0]
        return [ActorRef(text=e.text, start=e.start_char, end=e.end_char, sector=sector)]
    inner_ents = [
        e
        for e in index.ents
        if e.start_char >= start
        and e.end_char <= end
        and not (e.root.dep_ == "pobj" and e.root.head.lower_ in _LOCATIVE)
        and not _BACKER.match(index.text, e.end_char)
        and (not topic or _modifies(h, e.end_char))
    ]
    if inner_ents:
        return [
            ActorRef(text=e.text, start=e.start_char, end=e.end_char, sector=sector)
            for e in inner_ents
        ]
    if h.pos_ == "PROPN":  # a name the NER missed: keep it, unresolved
        left = h
        while left.i > 0 and left.nbor(-1).pos_ == "PROPN" and left.nbor(-1).dep_ == "compound":
            left = left.nbor(-1)
        return [
            ActorRef(
                text=index.text[left.idx : h.idx + len(h.text)],
                start=left.idx,
                end=h.idx + len(h.text),
                sector=sector,
            )
        ]
    if sector or h.pos_ == "PRON" and h.lower_ in ("he", "she", "they", "we"):
        text = index.text[start:end] if sector else h.text
        s, e_ = (start, end) if sector else (h.idx, h.idx + len(h.text))
        return [ActorRef(text=text, start=s, end=e_, sector=sector)]
    return []


def _modifies(h: Token, end: int) -> bool:
    """Whether the name ending at ``end`` hangs on ``h`` through compound/poss/amod links only."""
    tok = next((t for t in h.subtree if t.idx < end <= t.idx + len(t.text)), None)
    for _ in range(6):
        if tok is None or tok.dep_ not in ("compound", "poss", "nmod", "conj", "case"):
            return tok is not None and tok.i == h.i
        tok = tok.head
        if tok.i == h.i:
            return True
    return False


def _in_tokens(m: Mention, toks: list[Token]) -> bool:
    idxs = {t.idx for t in toks}
    return any(m.start <= i < m.end for i in idxs)


# ---------------------------------------------------------------- who did it, to whom


def subject_of(verb: Token) -> Token | None:
    """The grammatical actor of ``verb``: its subject, the agent of a passive, or the subject
    it shares with the verb it is conjoined to or controlled by."""
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    if subjects:
        # Several subjects mean a misparse (a headline glued to the sentence): the nearest.
        return min(subjects, key=lambda c: abs(verb.i - c.i))
    for c in verb.children:
        if c.dep_ == "agent":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    if passive:
        return None  # "Aleppo was freed": the passive subject is the recipient, not the actor
    if verb.dep_ in ("conj", "xcomp", "advcl", "acomp") and verb.head.i != verb.i:
        if verb.dep_ == "advcl" and any(c.dep_ == "mark" for c in verb.children):
            return None
        return subject_of(verb.head)
    if verb.dep_ in ("acl", "relcl") and verb.head.i != verb.i:
        if verb.dep_ == "relcl":
            return verb.head
        for c in verb.children:  # "the attack launched by terrorist groups"
            if c.dep_ == "agent":
                return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def object_heads(verb: Token, noun: Token | None = None) -> list[Token]:
    """Recipient candidates: direct object (or passive subject), dative, then the objects of
    recipient prepositions on the verb and on the nominal it carries."""
    out: list[Token] = []
    carrier = noun if noun is not None else None
    hosts = _with_conjuncts(carrier) if carrier is not None else []
    carried_ids = {h.i for h in hosts}
    sends = verb.lemma_.lower() in _SENDS
    for c in verb.children:
        carried = carrier is not None and c.i == carrier.i
        if sends and c.dep_ in ("dobj", "obj"):
            continue  # "deployed its Revolutionary Guards": what is sent, not to whom
        if c.dep_ in ("dobj", "nsubjpass", "dative", "obj") and not carried:
            out.append(c)
            if c.pos_ == "NOUN" and c.ent_type_ == "":
                hosts.append(c)  # "held discussions with Fidan": the party hangs on the noun
    for host in [*hosts, verb]:
        for c in host.children:
            if (
                c.dep_ in ("prep", "dative")
                and c.lower_ in _RECIPIENT_PREPS
                and (host.i == verb.i or host.i in carried_ids or c.lower_ in _PARTY_PREPS)
            ):
                out.extend(g for g in c.children if g.dep_ == "pobj")
    return out


def nominal_args(noun: Token) -> tuple[Token | None, list[Token]]:
    """Actor and recipient heads of a standalone nominal trigger: "Turkey's backing of rebels",
    "a phone call between Putin and Pezeshkian", "the attack launched by HTS", "during a phone
    call with al-Sudani, the Iranian president ..."."""
    actor: Token | None = None
    recips: list[Token] = []
    for c in noun.children:
        if c.dep_ == "poss":
            actor = c
        elif (
            c.dep_ == "compound"
            and c.ent_type_ in _ACTOR_ENTS
            or c.dep_ == "amod"
            and c.ent_type_ in ("NORP", "GPE")
        ):
            actor = actor or c
        elif c.dep_ == "prep" and c.lower_ == "between":
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if objs:
                conj = _with_conjuncts(objs[0])
                actor, recips = conj[0], conj[1:]
        elif c.dep_ == "prep" and c.lower_ in ("by",):
            actor = actor or next((g for g in c.children if g.dep_ == "pobj"), None)
        elif c.dep_ == "prep" and c.lower_ in _RECIPIENT_PREPS:
            recips.extend(g for g in c.children if g.dep_ == "pobj")
        elif c.dep_ in ("acl", "relcl"):
            for g in c.children:
                if g.dep_ == "agent":
                    actor = actor or next((p for p in g.children if p.dep_ == "pobj"), None)
    if actor is not None and actor.lower_ in _POSS_PRONOUNS:
        # "Assad expressed ... his grievances", "Russia announced its withdrawal": the
        # possessor is the subject of the verb the noun belongs to.
        verb = noun.head
        for _ in range(4):
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        subj = subject_of(verb) if verb.pos_ in ("VERB", "AUX") else None
        if subj is not None and subj.pos_ != "PRON":
            actor = subj
    if actor is None and noun.dep_ == "pobj" and noun.head.lower_ in ("during", "in", "at"):
        # "During a phone call with al-Sudani, the president ...": the subject took part.
        # Not "surrendered following a government offensive": another party's act.
        verb = noun.head.head
        if verb.pos_ in ("VERB", "AUX"):
            actor = subject_of(verb)
    if noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
        verb = noun.head
        if verb.lemma_.lower() in UNDERGO:
            # "HTS has faced accusations from Amnesty": HTS is the target, the actor is "from"/"by".
            subj = subject_of(verb)
            if subj is not None and not recips:
                recips = [subj]
            if actor is None:
                for host in (noun, verb):
                    for c in host.children:
                        if c.dep_ in ("prep", "agent") and c.lower_ in ("from", "by"):
                            actor = next((g for g in c.children if g.dep_ == "pobj"), actor)
        elif actor is None:
            actor = subject_of(verb)
    return actor, recips


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


def is_party(tok: Token, lex: EventLexicon) -> bool:
    """Whether a noun names a party (a name, a role or body noun) rather than a topic."""
    if tok.pos_ == "PROPN" or tok.ent_type_ in _ACTOR_ENTS:
        return True
    lemma = tok.lemma_.lower()
    return lemma in ACTOR_NOUNS or lemma in lex.agents


def with_sector(ref: ActorRef, sector: str | None) -> ActorRef:
    return ref if ref.sector or not sector else replace(ref, sector=sector)
