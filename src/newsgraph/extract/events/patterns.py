"""Ordered matching of a verb's clause against the CAMEO verb dictionary's patterns (TABARI /
PETRARCH style), using the patterns written for that verb (TABARI's "# VERB" notes).

The words of a pattern must appear in the verb's own clause in the pattern's order, those
written before ``*`` before the verb and the others after it; a preposition or particle must
belong to the verb (or to its object: "asked the EC for aid"), so "on" in "on Tuesday" or "for"
inside the subject ("a camp for refugees was attacked") do not select a pattern. Time phrases
("on Tuesday", "last week") are left out of the clause."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.events.lexicon import EventLexicon, Pattern

# Dependents that open another clause: their words are not the verb's own.
_NESTED = frozenset({"relcl", "acl", "ccomp", "advcl"})
_TOP_SKIP = frozenset(
    {"ccomp", "advcl", "relcl", "acl", "xcomp", "csubj", "parataxis", "conj", "mark", "appos"}
)
_TIME_ENTS = frozenset({"DATE", "TIME"})
PREPS = frozenset(
    {
        "about",
        "across",
        "after",
        "against",
        "along",
        "among",
        "around",
        "as",
        "at",
        "away",
        "back",
        "by",
        "down",
        "for",
        "from",
        "in",
        "into",
        "of",
        "off",
        "on",
        "onto",
        "out",
        "over",
        "through",
        "to",
        "toward",
        "towards",
        "under",
        "up",
        "upon",
        "with",
        "within",
        "without",
    }
)


def clause_tokens(verb: Token) -> list[Token]:
    """The tokens of the verb's own clause (not of nested clauses, not time phrases), in
    sentence order, the verb included."""
    out = [verb]
    stack = [c for c in verb.children if c.dep_ not in _TOP_SKIP and not is_time(c)]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in _NESTED and not is_time(c))
    return sorted(out, key=lambda t: t.i)


def is_time(t: Token) -> bool:
    """ "on Tuesday", "last week", "in March 2011": a time phrase."""
    if t.ent_type_ in _TIME_ENTS and t.dep_ in ("npadvmod", "tmod", "obl"):
        return True
    if t.dep_ == "prep":
        objs = [g for g in t.children if g.dep_ == "pobj"]
        return bool(objs) and all(o.ent_type_ in _TIME_ENTS for o in objs)
    return False


def bag_of(tokens: list[Token]) -> set[str]:
    bag: set[str] = set()
    for t in tokens:
        bag.add(t.lower_)
        bag.add(t.lemma_.lower())
    return bag


def best_pattern(verb: Token, lex: EventLexicon, block: str) -> tuple[bool, str | None]:
    """(matched, code) of the most specific pattern of ``block`` that fits the verb's clause
    (most slots; among equals the first in dictionary order). A matched ``None`` code is an
    explicit "not an event" pattern."""
    toks = clause_tokens(verb)
    bag = bag_of(toks)
    before = [t for t in toks if t.i < verb.i]
    after = [t for t in toks if t.i > verb.i]
    best: tuple[int, int, str | None] | None = None
    lemma = verb.lemma_.lower()
    for pat in lex.candidates(block, bag):
        code, slots, nb, written_for = pat
        if written_for and written_for != lemma and not written_for.startswith(lemma + " "):
            continue  # written for another verb of the block ("* ATTACK" of PREVENT, not BLAME)
        if best is not None and len(slots) < best[0]:
            continue
        pre = _in_order(before, slots[:nb], verb, lex)
        post = _in_order(after, slots[nb:], verb, lex)
        if pre is None or post is None:
            continue
        # Most slots first; among equals the pattern whose words sit nearest the verb
        # ("launched artillery ... fire against camps near the border": artillery, not border).
        near = min(pre + post) if pre + post else 0
        if best is None or (len(slots), -near) > best[:2]:
            best = (len(slots), -near, code)
    return (best is not None, best[2] if best else None)


def _in_order(
    toks: list[Token], slots: list[frozenset[str]], verb: Token, lex: EventLexicon
) -> list[int] | None:
    """The distances from the verb of the slots' matches, in order; None if they do not fit."""
    k = 0
    dist: list[int] = []
    for slot in slots:
        while k < len(toks):
            used = _fits(toks[k], slot, verb, lex)
            if used:
                dist.append(abs(toks[k].i - verb.i))
                k += used
                break
            k += 1
        else:
            return None
    return dist


def _fits(t: Token, slot: frozenset[str], verb: Token, lex: EventLexicon) -> int:
    """How many tokens from ``t`` on fill the slot (0: none)."""
    low, lemma = t.lower_, t.lemma_.lower()
    hit = low if low in slot else lemma if lemma in slot else None
    if hit is not None and (hit not in PREPS or _belongs(t, verb)):
        return 1
    by_first = lex.multi.get(slot)
    if not by_first:
        return 0
    doc = t.doc
    for words in by_first.get(low, []) + (by_first.get(lemma, []) if lemma != low else []):
        if t.i + len(words) <= len(doc) and all(
            doc[t.i + j].lower_ == w or doc[t.i + j].lemma_.lower() == w
            for j, w in enumerate(words)
        ):
            return len(words)
    return 0


def _belongs(t: Token, verb: Token) -> bool:
    """A preposition or particle of the verb itself, or of its direct object."""
    if t.dep_ not in ("prep", "prt", "agent", "dative", "advmod"):
        return True  # the word used as something else ("up" as an adjective): no constraint
    h = t.head
    return h.i == verb.i or (h.head.i == verb.i and h.dep_ in ("dobj", "obj", "dative", "attr"))


__all__ = ["PREPS", "Pattern", "bag_of", "best_pattern", "clause_tokens", "is_time"]
