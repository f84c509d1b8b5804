"""How an article names its actors: the labels that carry an outlet's framing.

Four ways a phrase becomes a label for an actor:

- ``modifier``: words around a mention in its noun phrase ("jihadist group Boko
  Haram" -> "jihadist group"; "Russian-backed regime" -> a label of the state it governs);
- ``apposition``: "al-Shabaab, an al-Qaeda affiliate," -> "al-qaeda affiliate";
- ``predicate``: "The RSF is a paramilitary force led by ..." -> "paramilitary force";
- ``reference``: a generic noun phrase for an armed group or a government with no name in it
  ("the terrorists", "Sunni rebels", "jihadists", "the regime"), tied to the armed group or
  government the article is about (its most-mentioned one): ``method="salience"``, with a
  lower confidence, because that link is an inference, not a reading of the text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.docview import DocView
from newsgraph.names import COMPASS
from newsgraph.types import Label, Mention

ARMED_NOUNS = {
    "terrorist",
    "rebel",
    "militant",
    "jihadist",
    "insurgent",
    "extremist",
    "fighter",
    "gunman",
    "mercenary",
    "takfiri",
    "islamist",
    "militia",
    "faction",
    "opposition",
    "insurgency",
    "terrorism",
    "jihadi",
    "radical",
    "separatist",
    "thug",
    "bandit",
    "group",
    "alliance",
}
# Generic nouns that need a qualifying word to be about armed groups ("terrorist groups").
_WEAK_ARMED = {"group", "alliance", "faction", "opposition"}
_PARTICLES = {"al", "el", "ad", "as", "ash", "bin", "ibn", "abu", "de", "der", "von"}
_BACKED = {"backed", "supported", "sponsored", "funded", "armed", "financed"}
STATE_NOUNS = {"regime", "government", "authority", "administration", "leadership", "state"}
ARMED_SECTORS = {"REB", "INS", "UAF", "TER", "MIL_NONSTATE"}
_DROP = {"DET", "PUNCT", "PRON", "CCONJ", "ADP", "PART", "NUM", "SPACE"}
# Words that place or count an actor rather than judge it: "northern Syria", "both sides".
_NEUTRAL = COMPASS | {
    "greater",
    "entire",
    "whole",
    "rural",
    "neighboring",
    "neighbouring",
    "other",
    "both",
    "same",
    "several",
    "many",
    "own",
}
_MAX_LABEL_WORDS = 6


def find_labels(
    doc: Doc, article_id: str, mentions: Sequence[Mention], view: DocView | None = None
) -> list[Label]:
    """``view``: the document's view (sentences, char spans), shared with ``find_backing``."""
    view = DocView(doc) if view is None else view
    resolved = [m for m in mentions if m.actor_id]
    by_token = mentions_by_token(doc, resolved, view)
    armed = salient_armed(resolved)
    states = Counter(m.country for m in resolved if m.country)
    sent_at = view.sent_of
    out: list[Label] = []
    for chunk in _labelled_chunks(view, by_token):
        out.extend(_chunk_labels(chunk, sent_at[chunk.start], article_id, by_token, armed, states))
    heads: dict[int, int] = {}  # id(mention) -> its head token (one char_span per mention)
    for i in sorted(by_token):
        m = by_token[i]
        head = heads.get(id(m))
        if head is None:
            head = heads[id(m)] = _head_index(view, m)
        if i != head:
            continue
        tok = doc[i]
        if tok.dep_ in ("amod", "compound", "npadvmod", "poss", "nmod"):
            continue  # "Saudi-led bloc, a coalition": the apposition is about the bloc
        sent_idx = sent_at[i]
        span = view.char_span(m.start, m.end)
        if span is not None and any(
            t.pos_ == "NOUN" and t.text.islower() and t.lower_ not in _PARTICLES for t in span
        ):
            # The mention itself describes: "the Venezuelan regime", "transitional authorities".
            words = [t for t in span if t.pos_ not in _DROP and t.tag_ != "POS"]
            if words:
                out.append(
                    _label(
                        span,
                        sent_idx,
                        article_id,
                        m.actor_id,
                        _text(words),
                        "reference",
                        "mention",
                        0.9,
                    )
                )
        for appos in (c for c in tok.children if c.dep_ == "appos"):
            out.extend(
                _phrase_label(
                    appos, sent_idx, article_id, m.actor_id, "apposition", "mention", 0.8, by_token
                )
            )
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_ == "be":
            for attr in (c for c in tok.head.children if c.dep_ == "attr" and _indefinite(c)):
                out.extend(
                    _phrase_label(
                        attr,
                        sent_idx,
                        article_id,
                        m.actor_id,
                        "predicate",
                        "mention",
                        0.7,
                        by_token,
                    )
                )
    return _dedupe(out)


def _labelled_chunks(view: DocView, by_token: dict[int, Mention]) -> list[Span]:
    """The noun chunks ``_chunk_labels`` may label: those holding a mention's token or a state
    or armed noun (the chunk's head is one of its tokens, and it labels nothing else); the
    others are passed over without a Span. All of ``doc.noun_chunks`` where the view cannot
    list its ranges."""
    ranges = view.noun_chunk_ranges()
    if ranges is None:
        return list(view.doc.noun_chunks)
    lemma = view.lemma_lower
    return [
        Span(view.doc, start, end, label="NP")
        for start, end in ranges
        if any(
            t in by_token or lemma[t] in STATE_NOUNS or lemma[t] in ARMED_NOUNS
            for t in range(start, end)
        )
    ]


def _chunk_labels(
    chunk: Span,
    sent_idx: int,
    article_id: str,
    by_token: dict[int, Mention],
    armed: str | None,
    states: Counter[str] | None = None,
) -> list[Label]:
    head = chunk.root
    head_mention = by_token.get(head.i)
    lemma = head.lemma_.lower()
    if head_mention is None and lemma not in STATE_NOUNS and lemma not in ARMED_NOUNS:
        return []  # most chunks: nothing below can label them
    inside = {by_token[t.i].actor_id for t in chunk if t.i in by_token}
    words = [t for t in chunk if t.pos_ not in _DROP and t.i not in by_token and t.tag_ != "POS"]
    if head_mention is not None:
        # A named actor with words around it: those words are how the text frames it.
        if not words or all(t.lower_ in _NEUTRAL for t in words):
            return []
        return [
            _label(
                chunk,
                sent_idx,
                article_id,
                head_mention.actor_id,
                _text(words),
                "modifier",
                "mention",
                0.9,
            )
        ]
    if lemma in STATE_NOUNS and len(inside) == 1:
        # "the Venezuelan regime", "Maduro's government", "the Russian-backed regime"
        # Whose government it is: a country or person named as a possessive or plain modifier.
        owner = _owner(chunk, by_token)
        if owner is not None:
            return [
                _label(
                    chunk,
                    sent_idx,
                    article_id,
                    government_of(owner.country) or owner.actor_id,
                    _text([t for t in chunk if t.pos_ not in _DROP]),
                    "reference",
                    "mention",
                    0.8,
                )
            ]
    if (
        lemma in STATE_NOUNS
        and lemma != "state"
        and states
        and not (inside and _owner(chunk, by_token))
    ):
        # "the regime", "the Russian-backed regime": the government the article is most
        # about, never the backer's own: an inference, marked as such.
        words_all = [t for t in chunk if t.pos_ not in _DROP and t.tag_ != "POS"]
        backers = {t.i for t in chunk if t.i in by_token and _backs(t)}
        if any(t.i in by_token and t.i not in backers for t in chunk):
            return []  # "Kurdish authorities": someone else's, named in the phrase
        backer = {by_token[i].country for i in backers}
        target = next((c for c, _ in states.most_common() if c not in backer), None)
        if target is not None and words_all:
            return [
                _label(
                    chunk,
                    sent_idx,
                    article_id,
                    government_of(target),
                    _text(words_all),
                    "reference",
                    "salience",
                    0.5,
                )
            ]
    if lemma in ARMED_NOUNS and not inside and armed is not None:
        label_words = [t for t in chunk if t.pos_ not in _DROP and t.tag_ != "POS"]
        if lemma in _WEAK_ARMED and len(label_words) < 2:
            return []  # "the group" alone says nothing about framing
        return [
            _label(
                chunk, sent_idx, article_id, armed, _text(label_words), "reference", "salience", 0.5
            )
        ]
    return []


def _backs(tok: Token) -> bool:
    """ "Iranian" in "Iranian-backed", or the fused token "U.S.-backed"."""
    doc = tok.doc
    nxt = doc[tok.i + 1 : tok.i + 3]
    fused = "-" in tok.lower_ and tok.lower_.rsplit("-", 1)[1] in _BACKED
    return fused or (len(nxt) == 2 and nxt[0].text in ("-", "‐") and nxt[1].lower_ in _BACKED)


def _owner(chunk: Span, by_token: dict[int, Mention]) -> Mention | None:
    for t in chunk:
        m = by_token.get(t.i)
        if (
            m is not None
            and t.dep_ in ("poss", "amod", "compound", "nmod")
            and ("backed" not in chunk.text.lower())
        ):
            return m
    return None


def _indefinite(tok: Token) -> bool:
    """ "The RSF is a militia": a category; "Norway is part of": not a label."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)


def _phrase_label(
    tok: Token,
    sent_idx: int,
    article_id: str,
    actor_id: str | None,
    kind: str,
    method: str,
    confidence: float,
    by_token: dict[int, Mention],
) -> list[Label]:
    # The phrase's own noun phrase: the head with its left modifiers, not its clauses.
    left = [t for t in tok.lefts if t.dep_ in ("amod", "compound", "nmod", "poss", "npadvmod")]
    toks = sorted([*left, tok], key=lambda t: t.i)
    own = by_token.get(tok.i)
    if own is not None and own.actor_id == actor_id:
        return []  # "the Rapid Support Forces (RSF)": another name, not a label
    # Named actors inside the phrase stay in it: "an al-Qaeda affiliate".
    words = [t for t in toks if t.pos_ not in _DROP and t.tag_ != "POS"]
    if not words or tok.pos_ not in ("NOUN", "PROPN"):
        return []
    span = tok.doc[toks[0].i : tok.i + 1]
    return [_label(span, sent_idx, article_id, actor_id, _text(words), kind, method, confidence)]


def _label(
    span: Span,
    sent_idx: int,
    article_id: str,
    actor_id: str | None,
    text: str,
    kind: str,
    method: str,
    confidence: float,
) -> Label:
    return Label(
        article_id=article_id,
        sent=sent_idx,
        start=span.start_char,
        end=span.end_char,
        actor_id=actor_id,
        label=text,
        kind=kind,
        method=method,
        confidence=confidence,
    )


def _text(tokens: Sequence[Token]) -> str:
    """The label as written from its first to its last kept word (keeps "al-qaeda affiliate")."""
    tokens = list(tokens)[-_MAX_LABEL_WORDS:]
    if not tokens:
        return ""
    doc = tokens[0].doc
    first, last = tokens[0], tokens[-1]
    while (
        first.i > 0
        and doc[first.i - 1].text in ("-", "‐")
        and first.i >= 2
        and (doc[first.i - 2].pos_ not in _DROP or doc[first.i - 2].pos_ == "NUM")
    ):
        first = doc[first.i - 2]  # "al - Qaeda": the word before the hyphen belongs to it
    # The span's text is the doc's text from ``first`` to ``last`` (``doc.text`` would rebuild
    # the whole document's text on every call).
    return " ".join(doc[first.i : last.i + 1].text.lower().split())


def mentions_by_token(
    doc: Doc, mentions: Sequence[Mention], view: DocView | None = None
) -> dict[int, Mention]:
    view = DocView(doc) if view is None else view
    out: dict[int, Mention] = {}
    for m in mentions:
        span = view.char_span(m.start, m.end)
        if span is None:
            continue
        for i in range(span.start, span.end):
            out[i] = m
    return out


def _head_index(view: DocView, m: Mention) -> int:
    span = view.char_span(m.start, m.end)
    return span.root.i if span is not None else -1


def government_of(country: str | None) -> str | None:
    """The knowledge base's id for a state's government ("SYR" -> "SYR.GOV")."""
    return f"{country}.GOV" if country else None


def salient_state(mentions: Sequence[Mention], exclude: str | None = None) -> str | None:
    """The state an article is most about (by mentions of it or its people), but ``exclude``."""
    counts = Counter(m.country for m in mentions if m.country and m.country != exclude)
    return counts.most_common(1)[0][0] if counts else None


def salient_armed(mentions: Sequence[Mention]) -> str | None:
    """The armed group an article is about: its most-mentioned non-state armed actor."""
    counts = Counter(
        m.actor_id for m in mentions if m.actor_id and (m.sector or "") in ARMED_SECTORS
    )
    return counts.most_common(1)[0][0] if counts else None


def _dedupe(labels: list[Label]) -> list[Label]:
    seen: set[tuple[int, int, str | None]] = set()
    out = []
    for lab in sorted(labels, key=lambda x: (x.start, -x.confidence)):
        key = (lab.start, lab.end, lab.actor_id)
        if key not in seen and lab.label:
            seen.add(key)
            out.append(lab)
    return out
