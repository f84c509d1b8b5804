"""Ordered matching of a verb's clause against the CAMEO verb dictionary's patterns (TABARI /
PETRARCH style), using the patterns written for that verb (TABARI's "# VERB" notes).

The words of a pattern must appear in the verb's own clause in the pattern's order, those
written before ``*`` before the verb and the others after it; a preposition or particle must
belong to the verb (or to its object: "asked the EC for aid"), so "on" in "on Tuesday" or "for"
inside the subject ("a camp for refugees was attacked") do not select a pattern. Time phrases
("on Tuesday", "last week") are left out of the clause."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.docview import DocView
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


def clause_tokens(verb: int, view: DocView) -> list[int]:
    """The tokens (indices) of the verb's own clause (not of nested clauses, not time phrases),
    in sentence order, the verb included."""
    dep, ent, children = view.dep, view.ent_type, view.children
    # ``not is_time(c)``, asked only of a preposition or a time entity (the others are not)
    out = [verb]
    stack = [
        c
        for c in children[verb]
        if dep[c] not in _TOP_SKIP
        and ((ent[c] not in _TIME_ENTS and dep[c] != "prep") or not is_time(c, view))
    ]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(
            c
            for c in children[t]
            if dep[c] not in _NESTED
            and ((ent[c] not in _TIME_ENTS and dep[c] != "prep") or not is_time(c, view))
        )
    return sorted(out)


def is_time(t: int, view: DocView) -> bool:
    """ "on Tuesday", "last week", "in March 2011": token ``t`` opens a time phrase."""
    dep, ent = view.dep, view.ent_type
    if ent[t] in _TIME_ENTS and dep[t] in ("npadvmod", "tmod", "obl"):
        return True
    if dep[t] == "prep":
        objs = [g for g in view.children[t] if dep[g] == "pobj"]
        return bool(objs) and all(ent[o] in _TIME_ENTS for o in objs)
    return False


def bag_of(tokens: list[int], view: DocView) -> set[str]:
    lower, lemma = view.lower, view.lemma_lower
    return {lower[t] for t in tokens} | {lemma[t] for t in tokens}


def best_pattern(
    verb: Token, lex: EventLexicon, block: str, view: DocView | None = None
) -> tuple[bool, str | None]:
    """(matched, code) of the most specific pattern of ``block`` that fits the verb's clause
    (most slots; among equals the first in dictionary order). A matched ``None`` code is an
    explicit "not an event" pattern. ``view``: the verb's document (built if not given)."""
    view = view if view is not None else DocView(verb.doc)
    v = verb.i
    toks = clause_tokens(v, view)
    bag = bag_of(toks, view)
    # A passive's agent is the active subject, not the object the patterns name after the
    # verb ("were attacked by government forces" is no "ATTACK GOVERNMENT", criticism).
    agent = {
        t
        for c in view.children[v]
        if view.dep[c] == "agent"
        for g in view.children[c]
        for t in view.subtree(g)
    }
    before = [t for t in toks if t < v]
    after = [t for t in toks if t > v and t not in agent]
    best: tuple[int, int, str | None] | None = None
    lemma = view.lemma_lower[v]
    for pat in lex.candidates(block, bag):
        code, slots, nb, written_for = pat
        if written_for and written_for != lemma and not written_for.startswith(lemma + " "):
            continue  # written for another verb of the block ("* ATTACK" of PREVENT, not BLAME)
        if best is not None and len(slots) < best[0]:
            continue
        pre = _in_order(before, slots[:nb], v, lex, view)
        post = _in_order(after, slots[nb:], v, lex, view)
        if pre is None or post is None:
            continue
        # Most slots first; among equals the pattern whose words sit nearest the verb
        # ("launched artillery ... fire against camps near the border": artillery, not border).
        near = min(pre + post) if pre + post else 0
        if best is None or (len(slots), -near) > best[:2]:
            best = (len(slots), -near, code)
    return (best is not None, best[2] if best else None)


def _in_order(
    toks: list[int], slots: list[frozenset[str]], verb: int, lex: EventLexicon, view: DocView
) -> list[int] | None:
    """The distances from the verb of the slots' matches, in order; None if they do not fit."""
    k = 0
    dist: list[int] = []
    for slot in slots:
        while k < len(toks):
            used = _fits(toks[k], slot, verb, lex, view)
            if used:
                dist.append(abs(toks[k] - verb))
                k += used
                break
            k += 1
        else:
            return None
    return dist


def _fits(t: int, slot: frozenset[str], verb: int, lex: EventLexicon, view: DocView) -> int:
    """How many tokens from ``t`` on fill the slot (0: none)."""
    lower, lemmas = view.lower, view.lemma_lower
    low, lemma = lower[t], lemmas[t]
    hit = low if low in slot else lemma if lemma in slot else None
    if hit is not None and (hit not in PREPS or _belongs(t, verb, view)):
        return 1
    by_first = lex.multi.get(slot)
    if not by_first:
        return 0
    n = len(lower)
    for words in by_first.get(low, []) + (by_first.get(lemma, []) if lemma != low else []):
        if t + len(words) <= n and all(
            lower[t + j] == w or lemmas[t + j] == w for j, w in enumerate(words)
        ):
            return len(words)
    return 0


def _belongs(t: int, verb: int, view: DocView) -> bool:
    """A preposition or particle of the verb itself, or of its direct object."""
    if view.dep[t] not in ("prep", "prt", "agent", "dative", "advmod"):
        return True  # the word used as something else ("up" as an adjective): no constraint
    h = view.head[t]
    return h == verb or (view.head[h] == verb and view.dep[h] in ("dobj", "obj", "dative", "attr"))


__all__ = ["PREPS", "Pattern", "bag_of", "best_pattern", "clause_tokens", "is_time"]
