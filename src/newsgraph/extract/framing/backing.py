"""Explicit statements of backing: "Rwandan-backed groups", "backed by Rwanda", "France backs
Chad".

These feed the relations graph beside the coded events: an outlet that calls a force
"US-backed" asserts a relation as surely as one that reports a shipment of arms.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import numpy as np
from spacy.attrs import LEMMA, LOWER, POS
from spacy.symbols import VERB
from spacy.tokens import Doc, Token

from newsgraph.extract.docview import DocView
from newsgraph.extract.framing.labels import (
    ARMED_NOUNS,
    STATE_NOUNS,
    government_of,
    mentions_by_token,
    salient_armed,
    salient_state,
)
from newsgraph.types import ActorRef, Backing, Mention

BACKING_LEMMAS = {"back", "support", "sponsor", "fund", "arm", "finance", "bankroll"}
_BACKED_WORDS = {"backed", "supported", "sponsored", "funded", "armed", "financed"}


def find_backing(
    doc: Doc, article_id: str, mentions: Sequence[Mention], view: DocView | None = None
) -> list[Backing]:
    """``view``: the document's view (sentences, char spans), shared with ``find_labels``."""
    view = DocView(doc) if view is None else view
    by_token = mentions_by_token(doc, mentions, view)
    armed = salient_armed(mentions)
    sent_at = view.sent_of
    out: list[Backing] = []
    for i in _candidates(view):
        tok = doc[i]
        low = tok.lower_
        sent_idx = sent_at[i]
        hyphen = low in _BACKED_WORDS and tok.i >= 2 and doc[tok.i - 1].text in ("-", "‐", "–")
        fused = "-" in low and low.rsplit("-", 1)[1] in _BACKED_WORDS  # "U.S.-backed"
        if hyphen or fused:
            # "Rwandan-backed groups": the supporter is left of the hyphen, the supported is
            # the noun it modifies
            supporter_tok = doc[tok.i - 2] if hyphen else tok
            supported_tok = _modified_noun(tok)
            if supported_tok is None:
                continue
            supporter = _ref(supporter_tok, by_token, None)
            supported = _ref(supported_tok, by_token, armed, after=tok.i)
            if supported.actor_id is None and supported_tok.lemma_.lower() in STATE_NOUNS:
                # "the Russian-backed regime": a government the article is about, not the backer's
                state = salient_state(mentions, exclude=supporter.country or supporter.actor_id)
                supported = ActorRef(
                    supported.text,
                    supported.start,
                    supported.end,
                    actor_id=government_of(state),
                    country=state,
                )
            if supporter.actor_id:
                out.append(
                    _backing(
                        doc,
                        article_id,
                        sent_idx,
                        supporter_tok.i,
                        supported_tok.i,
                        supporter,
                        supported,
                        "adjectival",
                    )
                )
        elif tok.lemma_ in BACKING_LEMMAS and tok.pos_ == "VERB":
            found = _verbal(tok, by_token, armed)
            if found is not None:
                supporter, supported, pattern, lo, hi = found
                out.append(
                    _backing(doc, article_id, sent_idx, lo, hi, supporter, supported, pattern)
                )
    return out


def _candidates(view: DocView) -> list[int]:
    """The tokens the scan of ``find_backing`` can act on (a superset), in order, found without
    reading every token's strings: a lower-case form in ``_BACKED_WORDS`` or a backing lemma
    on a verb (compared as string-store hashes), or a token with a hyphen ("U.S.-backed")."""
    doc = view.doc
    strings = doc.vocab.strings
    table = doc.to_array([LOWER, LEMMA, POS])  # uint64 hashes (POS: a symbol id)

    def one_of(column: np.ndarray, words: set[str]) -> np.ndarray:
        hashes = np.array([strings[w] for w in words], dtype=table.dtype)
        return np.asarray((column[:, None] == hashes[None, :]).any(axis=1))

    hits = one_of(table[:, 0], _BACKED_WORDS)
    hits |= one_of(table[:, 1], BACKING_LEMMAS) & (table[:, 2] == VERB)
    found = set(np.flatnonzero(hits).tolist())
    text, idx = view.text, view.idx
    at = text.find("-")
    while at >= 0:  # the token the hyphen is in, or the one before the space it is in
        found.add(max(0, bisect.bisect_right(idx, at) - 1))
        at = text.find("-", at + 1)
    return sorted(i for i in found if i < len(idx))


def _verbal(
    verb: Token, by_token: dict[int, Mention], armed: str | None
) -> tuple[ActorRef, ActorRef, str, int, int] | None:
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is not None and verb.dep_ in ("acl", "amod", "relcl"):
        # "a rebel coalition backed by Rwanda"
        pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
        if pobj is None:
            return None
        supporter, supported = _ref(pobj, by_token, None), _ref(verb.head, by_token, armed)
        lo, hi = sorted((verb.head.i, pobj.i))
        return (supporter, supported, "passive", lo, hi) if supporter.actor_id else None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if subj is not None and subj.tag_ == "WDT" and verb.dep_ == "relcl":
        subj = verb.head  # "France, which backs Chad"
    if subj is None or obj is None or _negated(verb):
        return None
    supporter, supported = _ref(subj, by_token, None), _ref(obj, by_token, armed)
    if not supporter.actor_id:
        return None
    lo, hi = sorted((subj.i, obj.i))
    return supporter, supported, "active", lo, hi


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _modified_noun(tok: Token) -> Token | None:
    head = tok.head
    for _ in range(3):
        if head.pos_ in ("NOUN", "PROPN"):
            return head
        head = head.head
    return None


def _ref(tok: Token, by_token: dict[int, Mention], armed: str | None, after: int = -1) -> ActorRef:
    """The actor a token stands for; ``after``: ignore mentions at or before this token."""
    m = by_token.get(tok.i)
    if m is not None:
        return ActorRef(
            text=m.text,
            start=m.start,
            end=m.end,
            actor_id=m.actor_id,
            country=m.country,
            sector=m.sector,
        )
    # The noun phrase of the token, minus determiners.
    left = [t for t in tok.lefts if t.dep_ in ("amod", "compound", "nmod")]
    start = min([tok.i, *[t.i for t in left]])
    span = tok.doc[start : tok.i + 1]
    inner = [
        by_token[t.i] for t in span if t.i > after and t.i in by_token and by_token[t.i].actor_id
    ]
    if inner:
        m = inner[-1]
        return ActorRef(
            text=span.text,
            start=span.start_char,
            end=span.end_char,
            actor_id=m.actor_id,
            country=m.country,
            sector=m.sector,
        )
    if tok.lemma_.lower() in ARMED_NOUNS and armed is not None:
        return ActorRef(text=span.text, start=span.start_char, end=span.end_char, actor_id=armed)
    return ActorRef(text=span.text, start=span.start_char, end=span.end_char)


def _backing(
    doc: Doc,
    article_id: str,
    sent_idx: int,
    lo: int,
    hi: int,
    supporter: ActorRef,
    supported: ActorRef,
    pattern: str,
) -> Backing:
    lo, hi = min(lo, hi), max(lo, hi)
    span = doc[lo : hi + 1]
    return Backing(
        article_id=article_id,
        sent=sent_idx,
        start=span.start_char,
        end=span.end_char,
        text=span.text,
        supporter=supporter,
        supported=supported,
        pattern=pattern,
    )
