"""Cues on the dependency parse: who says, with which verb, and what (the indirect-quote finder).

For every speech cue in a sentence (a verb of saying, "according to", "quoted X as saying",
"as reported by X"), find its speaker span, its content span (the clausal complement, or the
clause a parenthetical "..., X said" hangs on) and the media it names ("told Reuters", "said in
a statement"). Direct quotes are attached to these cues later (``assemble``).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.quotes.draft import Draft, ViaItem, doc_text
from newsgraph.extract.quotes.lexicon import (
    CLAIM_NOUNS,
    CLAUSE_VERBS,
    EXPRESS_NOUNS,
    IN_MEDIUM_NOUNS,
    SPEECH_VERBS,
)
from newsgraph.extract.quotes.media import is_medium, medium_name

_SUBJ = ("nsubj", "nsubjpass", "csubj")
_RELATIVE = {"who", "which", "that", "whom"}
_XCOMP_CUES = {
    "claim",
    "promise",
    "pledge",
    "vow",
    "threaten",
    "deny",
    "agree",
    "ask",
    "urge",
    "warn",
    "hope",
    "expect",
    "appear",
    "seem",
    "refuse",
    "offer",
}
# Verbs whose object can be what was said when it holds a quoted fragment ("noted the
# crisis's “clear impact”"); "pledged “unconditional support”" stays an event.
_DOBJ_CUES = {
    "note",
    "stress",
    "emphasize",
    "emphasise",
    "reiterate",
    "acknowledge",
    "mention",
    "underline",
    "underscore",
    "highlight",
    "repeat",
    "cite",
    "describe",
    "call",
}
_TELL = {"tell", "inform", "assure", "reassure", "brief", "notify", "warn", "remind", "ask", "urge"}


def trim(tokens: Iterable[Token]) -> tuple[int, int] | None:
    """Token range (start, end) of ``tokens`` without leading/trailing punctuation."""
    toks = sorted(tokens, key=lambda t: t.i)
    while toks and (toks[0].is_punct or toks[0].is_space):
        toks.pop(0)
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks.pop()
    if not toks:
        return None
    return toks[0].i, toks[-1].i + 1


def char_span(doc: Doc, rng: tuple[int, int]) -> tuple[int, int]:
    return doc[rng[0]].idx, doc[rng[1] - 1].idx + len(doc[rng[1] - 1])


def _subtree_in_sentence(tok: Token, sent: Span) -> list[Token]:
    return [t for t in tok.subtree if sent.start <= t.i < sent.end]


def _longest_run(tokens: list[Token]) -> list[Token]:
    """The longest run of consecutive tokens (by index) in ``tokens``."""
    if not tokens:
        return []
    tokens = sorted(tokens, key=lambda t: t.i)
    best: list[Token] = []
    run = [tokens[0]]
    for t in tokens[1:]:
        if t.i == run[-1].i + 1:
            run.append(t)
        else:
            best = run if len(run) > len(best) else best
            run = [t]
    return run if len(run) > len(best) else best


def _clause_without(head: Token, cut: Token, sent: Span) -> tuple[int, int] | None:
    """``head``'s clause minus ``cut``'s subtree: the content a parenthetical cue hangs on."""
    cut_ids = {t.i for t in cut.subtree}
    rest = [t for t in _subtree_in_sentence(head, sent) if t.i not in cut_ids]
    return trim(_longest_run(rest))


def subject_of(verb: Token, hops: int = 3) -> Token | None:
    """The subject of ``verb``, inherited through conjunctions and participles if needed."""
    v: Token | None = verb
    for _ in range(hops):
        if v is None:
            return None
        for c in v.children:
            if c.dep_ in _SUBJ:
                if c.lower_ in _RELATIVE and v.dep_ == "relcl":
                    return v.head  # "officials who said ..." -> officials
                return c
        agent = _agent(v)
        if agent is not None:
            return agent
        if v.dep_ == "relcl" and v.head.pos_ in ("NOUN", "PROPN"):
            return None
        if v.dep_ in ("conj", "advcl", "xcomp", "pcomp") and v.head.i != v.i:
            v = v.head if v.dep_ != "pcomp" else v.head.head
            continue
        return None
    return None


def _agent(v: Token) -> Token | None:
    for c in v.children:
        if c.dep_ == "agent":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    return None


def cue_range(v: Token) -> tuple[int, int]:
    """The cue: the verb with the auxiliaries, negation and adverbs right before it, and
    a particle right after ("has also said", "pointed out")."""
    start = v.i
    left = sorted(
        (c for c in v.children if c.i < v.i and c.dep_ in ("aux", "auxpass", "neg", "advmod")),
        key=lambda c: -c.i,
    )
    for c in left:
        if c.i == start - 1:
            start = c.i
    end = v.i + 1
    for c in v.children:
        if c.dep_ == "prt" and c.i == end:
            end = c.i + 1
    return start, end


def _content_child(v: Token) -> Token | None:
    lemma = v.lemma_.lower()
    for c in v.children:
        if c.dep_ == "ccomp":
            return c
    for c in v.children:
        if c.dep_ == "xcomp" and lemma in _XCOMP_CUES and c.i > v.i:
            return c
    for c in v.children:
        if c.dep_ in ("dobj", "attr") and (
            c.lemma_.lower() in CLAIM_NOUNS or c.lemma_.lower() in EXPRESS_NOUNS
        ):
            for g in c.children:
                if g.dep_ in ("acl", "ccomp", "relcl") and any(
                    m.dep_ == "mark" and m.lower_ == "that" for m in g.children
                ):
                    return g
    if lemma in ("ask", "wonder"):
        for c in v.children:
            if c.dep_ == "advcl" and any(m.lower_ in ("whether", "if") for m in c.children):
                return c
    return None


def media_of(
    v: Token, doc: Doc, mention_sectors: dict[int, str], owner: str | None = None
) -> list[ViaItem]:
    """Media named around a cue: "told Reuters", "said in a statement", "speaking to AP"."""
    out: list[ViaItem] = []
    for c in v.children:
        if (
            c.dep_ in ("dative", "dobj")
            and v.lemma_.lower() in _TELL
            and is_medium(c, mention_sectors, strict=True)
        ):
            out.append(_via(c, doc, "agency"))
        if c.dep_ == "prep" and c.lower_ in ("in", "on", "to", "via", "through"):
            for g in c.children:
                if g.dep_ != "pobj":
                    continue
                if c.lower_ == "in" and g.lemma_.lower() in IN_MEDIUM_NOUNS:
                    out.append(_via(g, doc, "medium", owner))
                    for p in g.children:  # "in an interview with Reuters"
                        if p.dep_ == "prep" and p.lower_ in ("with", "to"):
                            out += [
                                _via(x, doc, "agency")
                                for x in p.children
                                if x.dep_ == "pobj" and is_medium(x, mention_sectors, strict=True)
                            ]
                elif is_medium(g, mention_sectors, strict=c.lower_ != "on"):
                    out.append(_via(g, doc, "agency"))
    return out


def _via(tok: Token, doc: Doc, kind: str, owner: str | None = None) -> ViaItem:
    rng = trim(tok.subtree) or (tok.i, tok.i + 1)
    start, end = char_span(doc, rng)
    return ViaItem(medium_name(tok, owner), start, end, kind)


def owner_text(doc: Doc, start: int, end: int) -> str:
    """A speaker span as an owner of a medium: without a leading determiner."""
    words = doc_text(doc)[start:end].split()
    if words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words)


def find_cue_drafts(doc: Doc, in_quote: list[int], mention_sectors: dict[int, str]) -> list[Draft]:
    """One draft per speech cue in ``doc``; ``in_quote[i]`` is the quote index of token i or -1."""
    drafts: list[Draft] = []
    for sent in doc.sents:
        for t in sent:
            if t.lower_ == "according" and t.i + 1 < sent.end and doc[t.i + 1].lower_ == "to":
                d = _according(t, doc, sent)
            elif t.text == ":":
                d = _colon_headline(t, doc)
            elif t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in SPEECH_VERBS | CLAUSE_VERBS:
                d = _verb_cue(t, doc, sent, in_quote, mention_sectors)
            else:
                continue
            if d is not None:
                drafts.append(d)
    return drafts


def _colon_headline(colon: Token, doc: Doc) -> Draft | None:
    """ "Obama: I'm optimistic voters will say no" -- a name, a colon, what they said, on a
    line of its own (headlines, live blogs, summaries)."""
    para = _paragraph(doc, colon)
    left: list[Token] = []
    i = colon.i - 1
    while i >= 0 and doc[i].idx >= para[0] and len(left) <= 12:
        left.insert(0, doc[i])
        i -= 1
    for k in range(len(left) - 1, -1, -1):  # "TOP STORY - Name: ..." keeps only the name
        if left[k].text in ("-", "—", "–", "|"):
            left = left[k + 1 :]
            break
    if (
        not left
        or len(left) > 6
        or not any(
            t.pos_ in ("PROPN", "NOUN") and len(t.text) > 1 and t.text[0].isupper() for t in left
        )
    ):
        return None
    if left[-1].lower_ in (
        "related",
        "update",
        "photo",
        "video",
        "source",
        "read",
        "watch",
        "q",
        "a",
        "editor",
        "note",
        "credit",
        "image",
        "caption",
    ):
        return None
    if any(t.pos_ in ("VERB", "AUX") or t.is_digit for t in left):
        return None
    right: list[Token] = []
    i = colon.i + 1
    while i < len(doc) and doc[i].idx < para[1]:
        right.append(doc[i])
        i += 1
    content = trim(right)
    if content is None or content[1] - content[0] < 3:
        return None
    d = Draft(colon.idx, colon.idx + 1, cue_tok=colon.i, cue_lemma=":", method="colon")
    d.content_start, d.content_end = char_span(doc, content)
    src = trim(left)
    if src is not None:
        head = max((doc[i] for i in range(*src)), key=lambda t: (t.pos_ == "PROPN", t.i))
        d.speaker_tok = head.i
        d.speaker_start, d.speaker_end = char_span(doc, src)
    return d


def _according(t: Token, doc: Doc, sent: Span) -> Draft | None:
    to = doc[t.i + 1]
    src = next((c for c in to.children if c.dep_ == "pobj"), None)
    if src is None:
        src = next((c for c in t.children if c.dep_ == "pobj"), None)
    if src is None:
        return None
    cue_s, cue_e = char_span(doc, (t.i, t.i + 2))
    d = Draft(cue_s, cue_e, cue_tok=t.i, cue_lemma="according to", method="according")
    rng = trim(src.subtree)
    if rng:
        d.speaker_tok = src.i
        d.speaker_start, d.speaker_end = char_span(doc, rng)
    head = t.head if t.head.i != t.i else None
    if head is not None:
        content = _clause_without(head, t, sent)
    else:
        content = trim(_longest_run([x for x in sent if x.i not in {y.i for y in t.subtree}]))
    if content:
        d.content_start, d.content_end = char_span(doc, content)
    return d


def _verb_cue(
    v: Token, doc: Doc, sent: Span, in_quote: list[int], mention_sectors: dict[int, str]
) -> Draft | None:
    lemma = v.lemma_.lower()
    # "quoted him as saying", "was quoted as saying", "cited X as saying": the cue is "saying".
    if lemma in ("quote", "cite") and any(
        c.dep_ == "prep" and c.lower_ == "as" for c in v.children
    ):
        return None  # handled from the "saying" side
    quoted_as = (
        v.dep_ == "pcomp"
        and v.head.lower_ == "as"
        and v.head.head.lemma_.lower() in ("quote", "cite")
    )
    content_tok = _content_child(v)
    content: tuple[int, int] | None = None
    method = "dependency"
    para = _paragraph(doc, v)
    if content_tok is not None:
        content = trim(_clip(_subtree_in_sentence(content_tok, sent), para))
    elif v.dep_ == "advcl" and any(c.lower_ == "as" and c.dep_ == "mark" for c in v.children):
        content = _clause_without(v.head, v, sent)  # "..., as reported by X"
        method = "passive"
    elif v.dep_ in ("parataxis",) and v.head.i != v.i:
        content = _clause_without(v.head, v, sent)  # "..., X said." / "In his state, X said, ..."
        method = "parenthetical"
    if content is None and lemma in _DOBJ_CUES:
        obj = next((c for c in v.children if c.dep_ == "dobj"), None)
        if obj is not None and any(tok_quote_has(in_quote, t.i) for t in obj.subtree):
            content = trim(_clip(list(obj.subtree), para))  # noted the crisis's “clear impact”
    if content is None and lemma == "call":
        content = _call_content(v, para)
    if content is None and lemma in _OBJECT_CLAIMS:
        content = _object_content(v, para)
    if content is not None:
        content = trim(_clip([doc[i] for i in range(*content)], para))
    if content is None and lemma not in SPEECH_VERBS:
        return None
    if content is None and lemma in CLAUSE_VERBS - SPEECH_VERBS:
        return None
    if lemma in ("express", "voice") and content_tok is None:
        return None
    cs, ce = cue_range(v)
    if quoted_as:  # cue "quoted him as saying"
        cs = min(cs, v.head.head.i)
    cue_s, cue_e = char_span(doc, (cs, ce))
    d = Draft(cue_s, cue_e, cue_tok=v.i, cue_lemma=lemma, method=method)
    if content:
        d.content_start, d.content_end = char_span(doc, content)
    speaker, via_tok = _speaker_of(v, quoted_as)
    if speaker is not None and sent.start <= speaker.i < sent.end:
        rng = trim(_clip(_speaker_tokens(speaker, v), para))
        if rng:
            rng = _with_entities(doc, rng)
            if rng[1] - rng[0] > 1 and doc[rng[1] - 1].dep_ == "case":  # "Assad’s"
                rng = (rng[0], rng[1] - 1)
        if rng:
            d.speaker_tok = speaker.i
            d.speaker_start, d.speaker_end = char_span(doc, rng)
    if via_tok is not None:
        d.via.append(_via(via_tok, doc, "medium"))
    owner = None
    if d.speaker_start is not None and d.speaker_end is not None:
        owner = owner_text(doc, d.speaker_start, d.speaker_end)
    if quoted_as:
        d.via += media_of(v.head.head, doc, mention_sectors, owner)
        d.method = "quoted-as"
    d.via += media_of(v, doc, mention_sectors, owner)
    for c in v.children:
        if c.dep_ in ("dative", "dobj") and lemma in _TELL:
            d.addressee_tok = c.i
    if d.speaker_tok is not None:  # "a senior official, speaking anonymously to Reuters, said"
        for c in doc[d.speaker_tok].children:
            if c.dep_ == "acl" and c.lemma_.lower() in ("speak", "talk", "write"):
                d.via += media_of(c, doc, mention_sectors)
    return d


# Verbs whose object and its "of / as / for" phrase are the claim: "accused Turkey of backing
# the rebels", "described the attack as terrorism", "warned of a wider war".
_OBJECT_CLAIMS = {
    "accuse",
    "describe",
    "criticize",
    "criticise",
    "blame",
    "praise",
    "condemn",
    "slam",
    "blast",
    "denounce",
    "mock",
    "label",
    "characterize",
    "dub",
    "brand",
    "warn",
}


_OF_AS = ("of", "as", "for")
_BARE_OBJECT = {"slam", "blast", "denounce", "condemn", "criticize", "criticise", "praise", "mock"}


def _object_content(v: Token, para: tuple[int, int]) -> tuple[int, int] | None:
    parts = [
        c
        for c in v.children
        if c.i > v.i and (c.dep_ in ("dobj", "oprd") or c.dep_ == "prep" and c.lower_ in _OF_AS)
    ]
    has_prep = any(
        t.dep_ == "prep" and t.lower_ in _OF_AS and (t.head == v or t.head.head == v)
        for c in parts
        for t in ([c] if c.dep_ == "prep" else list(c.children))
    )
    if not parts or not has_prep and v.lemma_.lower() not in _BARE_OBJECT:
        return None
    return trim(_clip([t for c in parts for t in c.subtree], para))


def _call_content(v: Token, para: tuple[int, int]) -> tuple[int, int] | None:
    """ "called Trump a blowhard" -> "Trump a blowhard"; "called for a ceasefire" -> "a
    ceasefire"."""
    objs = [c for c in v.children if c.dep_ in ("dobj", "oprd") and c.i > v.i]
    if len(objs) >= 2 or objs and any(g.dep_ == "appos" for g in objs[0].children):
        toks = [t for o in objs for t in o.subtree]
        return trim(_clip(toks, para))
    for c in v.children:
        if c.dep_ == "prep" and c.lower_ == "for" and c.i == v.i + 1:
            toks = [t for g in c.children if g.dep_ == "pobj" for t in g.subtree]
            return trim(_clip(toks, para)) if toks else None
    return None


def tok_quote_has(in_quote: list[int], i: int) -> bool:
    return 0 <= i < len(in_quote) and in_quote[i] >= 0


def _paragraph(doc: Doc, tok: Token) -> tuple[int, int]:
    """Character range of the line (paragraph) ``tok`` is on."""
    text = doc_text(doc)
    start = text.rfind("\n", 0, tok.idx) + 1
    end = text.find("\n", tok.idx)
    return start, end if end >= 0 else len(text)


def _clip(tokens: Iterable[Token], para: tuple[int, int]) -> list[Token]:
    """Only the tokens on the cue's own paragraph (the parser may join a heading to it)."""
    return [t for t in tokens if para[0] <= t.idx < para[1]]


def _with_entities(doc: Doc, rng: tuple[int, int]) -> tuple[int, int]:
    """Widen a token range to the named entities it cuts ("Bashar al-|Assad")."""
    start, end = rng
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return start, end


def _speaker_of(v: Token, quoted_as: bool) -> tuple[Token | None, Token | None]:
    """(speaker head, medium head) of a cue verb."""
    if quoted_as:
        q = v.head.head  # the verb "quoted"
        obj = next((c for c in q.children if c.dep_ == "dobj"), None)
        subj = next((c for c in q.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if obj is not None:
            if obj.pos_ == "PRON" and subj is not None:
                owner = _possessor(subj)
                if owner is not None:  # "a statement from Assad's office quoted him": Assad
                    return owner, subj
            return obj, subj  # "a statement ... quoted him as saying": him, via the statement
        return subj, _agent(q)  # "he was quoted (by IRNA) as saying"
    return subject_of(v), None


def _possessor(medium: Token) -> Token | None:
    """The named owner of a medium: "a statement from Assad's office" -> Assad."""
    cands = [medium]
    for c in medium.children:
        if c.dep_ == "prep" and c.lower_ in ("from", "by", "of"):
            cands += [g for g in c.children if g.dep_ == "pobj"]
    for n in cands:
        for c in n.children:
            if c.dep_ == "poss" and c.pos_ == "PROPN":
                return c
        if n is not medium and n.pos_ == "PROPN" and n.ent_type_ == "PERSON":
            return n
    return None


def _speaker_tokens(speaker: Token, v: Token) -> list[Token]:
    """The speaker's tokens: its subtree, but never the cue verb's own clause."""
    if speaker.i == v.head.i and v.dep_ == "relcl":
        return [t for t in speaker.subtree if not (v.left_edge.i <= t.i <= v.right_edge.i)]
    return list(speaker.subtree)
