"""Cues on the dependency parse: who says, with which verb, and what (the indirect-quote finder).

For every speech cue in a sentence (a verb of saying, "according to", "quoted X as saying",
"as reported by X"), find its speaker span, its content span (the clausal complement, or the
clause a parenthetical "..., X said" hangs on) and the media it names ("told Reuters", "said in
a statement"). Direct quotes are attached to these cues later (``assemble``).
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
from spacy.attrs import LEMMA, LOWER, ORTH, POS
from spacy.symbols import AUX, NOUN, VERB
from spacy.tokens import Doc, Span, Token

from newsgraph.extract.docview import DocView
from newsgraph.extract.quotes.draft import Draft, ViaItem, doc_text
from newsgraph.extract.quotes.lexicon import (
    CLAIM_NOUNS,
    CLAIM_OBJECT_SPEECH_VERBS,
    CLAUSE_VERBS,
    DISPUTABLE_OBJECTS,
    EXPRESS_NOUNS,
    IN_MEDIUM_NOUNS,
    OBJECT_SPEECH_VERBS,
    OPEN_MARKS,
    SAYING_NOUNS,
    SINGLE_OPEN,
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
# Cue verbs only with their particle.
_WITH_PARTICLE = {"point": "out"}
# Verbs whose object can be what was said when it holds a quoted fragment ("noted the
# drought's “severe toll”"); "pledged “full backing”" stays an event.
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
# Punctuation that ends a span of what was said without being an edge to trim.
_KEEP_LAST = frozenset({"?", "!", "%"})
# Words that only link a sentence to the one before ("But, he said, ..."): not what was said.
_LINKERS = frozenset({"cc", "advmod", "punct", "intj", "mark", "npadvmod"})
# What a quotation can open with: curly, straight and typewriter marks (``marks``).
_OPENING_MARKS = (*OPEN_MARKS, SINGLE_OPEN, '"', "''", "``")
_TELL = {"tell", "inform", "assure", "reassure", "brief", "notify", "warn", "remind", "ask", "urge"}


# Token ranges are worked out on token indices, with the document's ``DocView``.


def trim(tokens: Iterable[int], view: DocView) -> tuple[int, int] | None:
    """Token range (start, end) of ``tokens`` (indices) without leading/trailing punctuation;
    a final "?", "!" or "%" stays (a question, an exclamation, "40%" are what was said)."""
    toks = sorted(tokens)
    punct, space = view.is_punct, view.is_space
    lo, hi = 0, len(toks)
    while lo < hi and (punct[toks[lo]] or space[toks[lo]]):
        lo += 1
    while hi > lo and (punct[toks[hi - 1]] or space[toks[hi - 1]]):
        t = toks[hi - 1]
        if hi - 1 > lo and view.text[view.idx[t] : view.end[t]] in _KEEP_LAST:
            break
        hi -= 1
    if lo == hi:
        return None
    return toks[lo], toks[hi - 1] + 1


def char_span(view: DocView, rng: tuple[int, int]) -> tuple[int, int]:
    return view.idx[rng[0]], view.end[rng[1] - 1]


def _subtree_in_sentence(tok: int, sent: Span, view: DocView) -> list[int]:
    return [t for t in view.subtree(tok) if sent.start <= t < sent.end]


def _longest_run(tokens: list[int]) -> list[int]:
    """The longest run of consecutive tokens (indices) in ``tokens``."""
    if not tokens:
        return []
    tokens = sorted(tokens)
    best: list[int] = []
    run = [tokens[0]]
    for t in tokens[1:]:
        if t == run[-1] + 1:
            run.append(t)
        else:
            best = run if len(run) > len(best) else best
            run = [t]
    return run if len(run) > len(best) else best


def _clause_without(
    head: int, cut: tuple[int, ...], sent: Span, view: DocView
) -> tuple[int, int] | None:
    """``head``'s clause minus the subtrees of ``cut`` (the cue): the content a parenthetical
    cue hangs on. A cue inside the clause ("Freeing him, she said, was her priority") leaves it
    in two pieces, both what was said: the content runs from the first to the last, the cue
    within it (as PolNeAR reads its discontinuous spans). Else, or when a quotation opens
    right after the cue (“On Monday, he said, “...”: the quote is what was said), it is the
    longest piece."""
    cut_ids = {t for c in cut for t in view.subtree(c)}
    rest = [t for t in _subtree_in_sentence(head, sent, view) if t not in cut_ids]
    run = _longest_run(rest)
    lo, hi = min(cut_ids), max(cut_ids)
    left = [t for t in rest if t < lo]
    right = [t for t in rest if t > hi]
    if (
        left
        and right
        and left == list(range(left[0], lo))
        and right == list(range(hi + 1, right[-1] + 1))
        and cut_ids == set(range(lo, hi + 1))
        and any(view.dep[t] not in _LINKERS for t in left)
        and trim(right, view) is not None
        and not any(m in view.text[view.idx[hi] : view.idx[right[0]] + 2] for m in _OPENING_MARKS)
    ):
        run = left + sorted(cut_ids) + right
    return trim(run, view)


def subject_of(verb: Token, hops: int = 3) -> Token | None:
    """The subject of ``verb``, inherited through conjunctions and participles if needed."""
    v: Token | None = verb
    for _ in range(hops):
        if v is None:
            return None
        for c in _subjects(v):
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


def _subjects(v: Token) -> list[Token]:
    """The subjects of ``v``, those on its own line first: the parser can join a heading or a
    time stamp to the sentence below it and make it a subject too ("12:15 p.m.:\n\nThe
    governor says ...")."""
    subj = [c for c in v.children if c.dep_ in _SUBJ]
    if len(subj) > 1:
        text = doc_text(v.doc)
        subj.sort(key=lambda c: "\n" in text[min(c.idx, v.idx) : max(c.idx, v.idx)])
    return subj


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


def _made_clear(v: Token) -> Token | None:
    """ "made (it) clear that ...": the "clear" of a verb "make"."""
    return next((c for c in v.children if c.lower_ == "clear" and c.i <= v.i + 2), None)


def _called_on(v: Token) -> bool:
    """ "called on Congress to act": "call on/upon" someone to do something is urging them."""
    return v.lemma_.lower() == "call" and any(
        c.dep_ == "prep" and c.lower_ in ("on", "upon") and c.i == v.i + 1 for c in v.children
    )


def _urged(v: Token, xcomp: Token) -> int | None:
    """The first token of who ``v`` urges to do ``xcomp``: the object of "called on", or the
    plain object before the infinitive ("urged voters to act", "asked the court to rule")."""
    if _called_on(v):
        return v.i + 2  # after the "on" of ``_called_on``
    obj = next((c for c in v.children if c.dep_ == "dobj" and v.i < c.i < xcomp.i), None)
    return obj.left_edge.i if obj is not None else None


def _content_child(v: Token, para: tuple[int, int]) -> Token | None:
    """The head of what ``v`` says: its clausal complement on the cue's paragraph ``para``
    (character range). The parser can hang the last sentence of the paragraph before on the
    cue as a second complement (“...”\n\nThe ministry said it would ...): that one is not
    what was said here."""
    lemma = v.lemma_.lower()
    if lemma == "make":  # the clause of "made (it) clear that ...", on "made" or on "clear"
        clear = _made_clear(v)
        heads = [v] + ([clear] if clear is not None else [])
        return next(
            (
                c
                for h in heads
                for c in h.children
                if c.dep_ in ("ccomp", "advcl")
                and any(m.dep_ == "mark" and m.lower_ in ("that", "whether") for m in c.children)
            ),
            None,
        )
    for c in v.children:
        if c.dep_ == "ccomp" and para[0] <= c.idx < para[1]:
            return c
    for c in v.children:
        if c.dep_ == "xcomp" and c.i > v.i and (lemma in _XCOMP_CUES or _called_on(v)):
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
    v: Token, view: DocView, mention_sectors: dict[int, str], owner: str | None = None
) -> list[ViaItem]:
    """Media named around a cue: "told Reuters", "said in a statement", "speaking to AP"."""
    out: list[ViaItem] = []
    for c in v.children:
        if (
            c.dep_ in ("dative", "dobj")
            and v.lemma_.lower() in _TELL
            and is_medium(c, mention_sectors, strict=True)
        ):
            out.append(_via(c, view, "agency"))
        if c.dep_ == "prep" and c.lower_ in ("in", "on", "to", "via", "through"):
            for g in c.children:
                if g.dep_ != "pobj":
                    continue
                if c.lower_ == "in" and g.lemma_.lower() in IN_MEDIUM_NOUNS:
                    out.append(_via(g, view, "medium", owner))
                    for p in g.children:  # "in an interview with Reuters"
                        if p.dep_ == "prep" and p.lower_ in ("with", "to"):
                            out += [
                                _via(x, view, "agency")
                                for x in p.children
                                if x.dep_ == "pobj" and is_medium(x, mention_sectors, strict=True)
                            ]
                elif is_medium(g, mention_sectors, strict=c.lower_ != "on"):
                    out.append(_via(g, view, "agency"))
    return out


def _via(tok: Token, view: DocView, kind: str, owner: str | None = None) -> ViaItem:
    rng = trim(view.subtree(tok.i), view) or (tok.i, tok.i + 1)
    start, end = char_span(view, rng)
    return ViaItem(medium_name(tok, owner), start, end, kind)


def owner_text(doc: Doc, start: int, end: int) -> str:
    """A speaker span as an owner of a medium: without a leading determiner."""
    words = doc_text(doc)[start:end].split()
    if words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words)


def find_cue_drafts(
    doc: Doc, in_quote: list[int], mention_sectors: dict[int, str], view: DocView
) -> list[Draft]:
    """One draft per speech cue in ``doc``; ``in_quote[i]`` is the quote index of token i or -1.
    ``view``: the document's token columns (the scan reads them, not Token objects)."""
    drafts: list[Draft] = []
    cue_verbs = SPEECH_VERBS | CLAUSE_VERBS
    sents, sent_of = view.sents, view.sent_of
    for i in _cue_candidates(doc):
        t, sent = doc[i], sents[sent_of[i]]
        if t.lower_ == "according" and t.i + 1 < sent.end and doc[t.i + 1].lower_ == "to":
            d = _according(t, doc, sent, view)
        elif t.text == ":":
            d = _colon_headline(t, doc, view)
        elif t.pos_ == "NOUN" and t.lemma_.lower() in SAYING_NOUNS:
            d = _noun_cue(t, doc, sent, view)
        elif t.pos_ in ("VERB", "AUX") and (
            t.lemma_.lower() in cue_verbs or t.lemma_.lower() == "make" and _made_clear(t)
        ):
            d = _verb_cue(t, doc, sent, in_quote, mention_sectors, view)
        else:
            continue
        if d is not None:
            drafts.append(d)
    return drafts


def _cue_candidates(doc: Doc) -> list[int]:
    """The tokens, in order, that can open a cue: "according", ":", a verb or auxiliary, a noun
    of saying (a superset, found on string-store hashes without reading every token's
    strings)."""
    strings = doc.vocab.strings
    table = doc.to_array([LOWER, ORTH, POS, LEMMA])
    hits = (table[:, 0] == strings["according"]) | (table[:, 1] == strings[":"])
    hits |= (table[:, 2] == VERB) | (table[:, 2] == AUX)
    nouns = np.array([strings.as_int(w) for w in SAYING_NOUNS], dtype=table.dtype)
    hits |= (table[:, 2] == NOUN) & np.isin(table[:, 3], nouns)
    return list(np.flatnonzero(hits).tolist())


def _colon_headline(colon: Token, doc: Doc, view: DocView) -> Draft | None:
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
    content = trim((t.i for t in right), view)
    if content is None or content[1] - content[0] < 3:
        return None
    d = Draft(colon.idx, colon.idx + 1, cue_tok=colon.i, cue_lemma=":", method="colon")
    d.content_start, d.content_end = char_span(view, content)
    src = trim((t.i for t in left), view)
    if src is not None:
        head = max((doc[i] for i in range(*src)), key=lambda t: (t.pos_ == "PROPN", t.i))
        d.speaker_tok = head.i
        d.speaker_start, d.speaker_end = char_span(view, src)
    return d


def _according(t: Token, doc: Doc, sent: Span, view: DocView) -> Draft | None:
    to = doc[t.i + 1]
    src = next((c for c in to.children if c.dep_ == "pobj"), None)
    if src is None:
        src = next((c for c in t.children if c.dep_ == "pobj"), None)
    if src is None:
        return None
    cue_s, cue_e = char_span(view, (t.i, t.i + 2))
    d = Draft(cue_s, cue_e, cue_tok=t.i, cue_lemma="according to", method="according")
    rng = trim(view.subtree(src.i), view)
    if rng:
        d.speaker_tok = src.i
        d.speaker_start, d.speaker_end = char_span(view, rng)
    head = t.head if t.head.i != t.i else None
    if head is not None:
        content = _clause_without(head.i, (t.i, to.i), sent, view)
    else:
        cut = set(view.subtree(t.i))
        content = trim(_longest_run([x for x in range(sent.start, sent.end) if x not in cut]), view)
    if content:
        d.content_start, d.content_end = char_span(view, content)
    return d


def _noun_cue(n: Token, doc: Doc, sent: Span, view: DocView) -> Draft | None:
    """ "Trump's claim that ...", "a warning from the ministry that ...": a noun of saying, its
    "that" clause (not a relative one: "the claim that he made"), and its owner."""
    clause = next(
        (
            c
            for c in n.children
            if c.dep_ in ("acl", "ccomp")
            and c.i > n.i
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        ),
        None,
    )
    if clause is None or _relative(clause):
        return None
    para = _paragraph(doc, n)
    content = trim(_clip(_subtree_in_sentence(clause.i, sent, view), para, view), view)
    if content is None:
        return None
    owner = next((c for c in n.children if c.dep_ == "poss"), None)
    if owner is None:
        owner = next(
            (
                g
                for c in n.children
                if c.dep_ == "prep" and c.lower_ in ("by", "from") and c.i < clause.i
                for g in c.children
                if g.dep_ == "pobj"
            ),
            None,
        )
    if owner is None:
        return None  # "the claim that ...": nobody's
    cue_s, cue_e = char_span(view, (n.i, n.i + 1))
    d = Draft(cue_s, cue_e, cue_tok=n.i, cue_lemma=n.lemma_.lower(), method="dependency")
    d.content_start, d.content_end = char_span(view, content)
    rng = trim(_clip(view.subtree(owner.i), para, view), view)
    if rng:
        rng = _with_entities(doc, rng)
        if rng[1] - rng[0] > 1 and doc[rng[1] - 1].dep_ == "case":  # "Trump’s"
            rng = (rng[0], rng[1] - 1)
        d.speaker_tok = owner.i
        d.speaker_start, d.speaker_end = char_span(view, rng)
    return d


# Verbs whose object a claim is: "the claim that he made" is a relative clause.
_CLAIM_OBJECT_VERBS = SPEECH_VERBS | CLAUSE_VERBS | {"make", "issue", "retract", "withdraw", "echo"}


def _relative(clause: Token) -> bool:
    """A "that" clause on a noun of saying whose verb lacks the object the noun fills: "the
    claim that he made", "the statement that she issued" (the parser marks that "that" as a
    complementizer too)."""
    return clause.lemma_.lower() in _CLAIM_OBJECT_VERBS and not any(
        c.dep_ in ("dobj", "ccomp", "xcomp", "nsubjpass") for c in clause.children
    )


def _verb_cue(
    v: Token,
    doc: Doc,
    sent: Span,
    in_quote: list[int],
    mention_sectors: dict[int, str],
    view: DocView,
) -> Draft | None:
    lemma = v.lemma_.lower()
    if lemma in _WITH_PARTICLE and not any(
        c.dep_ == "prt" and c.lower_ == _WITH_PARTICLE[lemma] for c in v.children
    ):
        return None  # "pointed out that ...", not "pointed to"
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
    para = _paragraph(doc, v)
    content_tok = _content_child(v, para)
    content: tuple[int, int] | None = None
    method = "dependency"
    if content_tok is not None:
        content = trim(_clip(_subtree_in_sentence(content_tok.i, sent, view), para, view), view)
        if content is not None and content_tok.dep_ == "xcomp":
            # who was urged belongs to what was said: "called on the government to release
            # them", "urged voters to reject the tax"
            urged = _urged(v, content_tok)
            if urged is not None and urged < content[0]:
                content = (urged, content[1])
    elif v.dep_ == "advcl" and any(c.lower_ == "as" and c.dep_ == "mark" for c in v.children):
        content = _clause_without(v.head.i, (v.i,), sent, view)  # "..., as reported by X"
        method = "passive"
    elif v.dep_ in ("parataxis",) and v.head.i != v.i:
        # "..., X said." / "In his state, X said, ..."
        content = _clause_without(v.head.i, (v.i,), sent, view)
        method = "parenthetical"
    if content is None and lemma in _DOBJ_CUES:
        obj = next((c for c in v.children if c.dep_ == "dobj"), None)
        if obj is not None and any(tok_quote_has(in_quote, t) for t in view.subtree(obj.i)):
            # noted the drought's “severe toll”
            content = trim(_clip(view.subtree(obj.i), para, view), view)
    if content is None and lemma == "call":
        content = _call_content(v, para, view)
    if content is None and lemma in _OBJECT_CLAIMS:
        content = _object_content(v, para, view)
    if content is not None:
        content = trim(_clip(range(*content), para, view), view)
    obj_span = _said_object(v, para, view) if content is None else None
    if content is None and obj_span is None and lemma not in SPEECH_VERBS:
        return None
    if content is None and obj_span is None and lemma in CLAUSE_VERBS - SPEECH_VERBS:
        return None
    if lemma in ("express", "voice") and content_tok is None:
        return None
    cs, ce = cue_range(v)
    if lemma == "make" and (clear := _made_clear(v)) is not None:  # "made it clear"
        ce = clear.i + 1
    prep = _cue_preposition(v)
    if prep is not None and content is not None and content[0] in (prep, prep + 1):
        # "called for a ceasefire", "warned of a wider war": the preposition is the cue's
        ce, content = prep + 1, (prep + 1, content[1])
    if quoted_as:  # cue "quoted him as saying"
        cs = min(cs, v.head.head.i)
    cue_s, cue_e = char_span(view, (cs, ce))
    d = Draft(cue_s, cue_e, cue_tok=v.i, cue_lemma=lemma, method=method)
    if content:
        d.content_start, d.content_end = char_span(view, content)
    elif obj_span is not None:
        d.object_span = char_span(view, obj_span)
    speaker, via_tok = _speaker_of(v, quoted_as)
    if speaker is not None and sent.start <= speaker.i < sent.end:
        rng = trim(_clip(_speaker_tokens(speaker, v, view), para, view), view)
        if rng:
            rng = _with_entities(doc, rng)
            if rng[1] - rng[0] > 1 and doc[rng[1] - 1].dep_ == "case":  # "Ruto’s"
                rng = (rng[0], rng[1] - 1)
        if rng:
            d.speaker_tok = speaker.i
            d.speaker_start, d.speaker_end = char_span(view, rng)
    if via_tok is not None:
        d.via.append(_via(via_tok, view, "medium"))
    owner = None
    if d.speaker_start is not None and d.speaker_end is not None:
        owner = owner_text(doc, d.speaker_start, d.speaker_end)
    if quoted_as:
        d.via += media_of(v.head.head, view, mention_sectors, owner)
        d.method = "quoted-as"
    d.via += media_of(v, view, mention_sectors, owner)
    for c in v.children:
        if c.dep_ in ("dative", "dobj") and lemma in _TELL:
            d.addressee_tok = c.i
    if d.speaker_tok is not None:  # "a senior official, speaking anonymously to Reuters, said"
        for c in doc[d.speaker_tok].children:
            if c.dep_ == "acl" and c.lemma_.lower() in ("speak", "talk", "write"):
                d.via += media_of(c, view, mention_sectors)
    return d


# Verbs whose object and its "of / as / for" phrase are the claim: "accused Rwanda of backing
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
    "decry",
    "bemoan",
    "deride",
    "lambast",
    "assail",
    "chide",
    "label",
    "characterize",
    "dub",
    "brand",
    "warn",
}


_OF_AS = ("of", "as", "for")
_BARE_OBJECT = {
    "slam",
    "blast",
    "denounce",
    "condemn",
    "criticize",
    "criticise",
    "praise",
    "mock",
    "decry",
    "bemoan",
    "deride",
    "lambast",
    "assail",
    "chide",
}


# Verbs of saying whose preposition belongs to the cue when what was said is its object.
_CUE_PREPOSITIONS = {"call": "for", "warn": "of"}


def _cue_preposition(v: Token) -> int | None:
    """The index of the preposition right after ``v`` that makes the cue ("called for",
    "warned of"), if any."""
    want = _CUE_PREPOSITIONS.get(v.lemma_.lower())
    nxt = v.i + 1
    if want is None or nxt >= len(v.doc) or v.doc[nxt].lower_ != want:
        return None
    return nxt if v.doc[nxt].head.i == v.i and v.doc[nxt].dep_ == "prep" else None


def _object_content(v: Token, para: tuple[int, int], view: DocView) -> tuple[int, int] | None:
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
    return trim(_clip([t for c in parts for t in view.subtree(c.i)], para, view), view)


def _said_object(v: Token, para: tuple[int, int], view: DocView) -> tuple[int, int] | None:
    """The plain object of a verb of saying in the active voice with a subject ("Ruto announced
    his resignation", "she denied the allegations"): what was said, in summary. Not a pronoun
    ("denied it": nothing to read), nor a second object ("denied them the victory")."""
    if v.lemma_.lower() not in OBJECT_SPEECH_VERBS or v.lower_ == "according":
        return None
    if any(c.dep_ in ("nsubjpass", "auxpass", "dative") for c in v.children):
        return None
    objs = [c for c in v.children if c.dep_ == "dobj"]
    if len(objs) != 1 or objs[0].i < v.i or objs[0].pos_ == "PRON" or subject_of(v) is None:
        return None
    if (
        v.lemma_.lower() in CLAIM_OBJECT_SPEECH_VERBS
        and objs[0].lemma_.lower() not in DISPUTABLE_OBJECTS
    ):
        return None  # "denied entry", "rejected the proposal", "dismissed the minister"
    return trim(_clip(view.subtree(objs[0].i), para, view), view)


def _call_content(v: Token, para: tuple[int, int], view: DocView) -> tuple[int, int] | None:
    """ "called Trump a blowhard" -> "Trump a blowhard"; "called for a ceasefire" -> "a
    ceasefire"."""
    objs = [c for c in v.children if c.dep_ in ("dobj", "oprd") and c.i > v.i]
    if len(objs) >= 2 or objs and any(g.dep_ == "appos" for g in objs[0].children):
        toks = [t for o in objs for t in view.subtree(o.i)]
        return trim(_clip(toks, para, view), view)
    for c in v.children:
        if c.dep_ == "prep" and c.lower_ == "for" and c.i == v.i + 1:
            toks = [t for g in c.children if g.dep_ == "pobj" for t in view.subtree(g.i)]
            return trim(_clip(toks, para, view), view) if toks else None
    return None


def tok_quote_has(in_quote: list[int], i: int) -> bool:
    return 0 <= i < len(in_quote) and in_quote[i] >= 0


def _paragraph(doc: Doc, tok: Token) -> tuple[int, int]:
    """Character range of the line (paragraph) ``tok`` is on."""
    text = doc_text(doc)
    start = text.rfind("\n", 0, tok.idx) + 1
    end = text.find("\n", tok.idx)
    return start, end if end >= 0 else len(text)


def _clip(tokens: Iterable[int], para: tuple[int, int], view: DocView) -> list[int]:
    """Only the tokens on the cue's own paragraph (the parser may join a heading to it)."""
    idx = view.idx
    return [t for t in tokens if para[0] <= idx[t] < para[1]]


def _with_entities(doc: Doc, rng: tuple[int, int]) -> tuple[int, int]:
    """Widen a token range to the named entities it cuts ("Abdel Fattah al-|Burhan")."""
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
                if owner is not None:  # "a statement from Ruto's office quoted him": Ruto
                    return owner, subj
            return obj, subj  # "a statement ... quoted him as saying": him, via the statement
        return subj, _agent(q)  # "he was quoted (by Xinhua) as saying"
    return subject_of(v), None


def _possessor(medium: Token) -> Token | None:
    """The named owner of a medium: "a statement from Ruto's office" -> Ruto."""
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


def _speaker_tokens(speaker: Token, v: Token, view: DocView) -> list[int]:
    """The speaker's tokens (indices): its subtree, but never the cue verb's own clause."""
    if speaker.i == v.head.i and v.dep_ == "relcl":
        lo, hi = v.left_edge.i, v.right_edge.i
        return [t for t in view.subtree(speaker.i) if not (lo <= t <= hi)]
    return view.subtree(speaker.i)
