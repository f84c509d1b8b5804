"""What the first few characters of a regex's matches can be, derived from the regex itself.

``prefixes(pattern, flags, k)`` returns the first ``k`` characters of every string ``pattern``
can match (the whole string when it is shorter), as tuples of one-character classes;
``prefix_source`` joins them into one regex. Testing that on the next ``k`` characters of a
text is a necessary condition, cheap to check, that the tagger uses to skip positions where a
rule cannot start (``tagger.py``). It is computed from the parse tree of Python's own regex
engine (``re._parser``), so it follows the rules as they are edited; assertions (lookarounds,
``\\b``) are dropped, which only widens the condition. It returns None for a construct it
does not handle (the caller then tries that rule everywhere).

Example: ``prefixes(r"(?:the\\s+)?\\d{2}", re.I, 4)`` is
``{("[\\d]", "[\\d]"), ("t", "h", "e", "[\\s]")}``.
"""

from __future__ import annotations

import re
from re import _constants as sc  # type: ignore[attr-defined]
from re import _parser as sp  # type: ignore[attr-defined]
from typing import Any

Prefixes = set[tuple[str, ...]]  # each tuple: one character class per character

_CATEGORIES = {
    sc.CATEGORY_DIGIT: r"\d",
    sc.CATEGORY_NOT_DIGIT: r"\D",
    sc.CATEGORY_SPACE: r"\s",
    sc.CATEGORY_NOT_SPACE: r"\S",
    sc.CATEGORY_WORD: r"\w",
    sc.CATEGORY_NOT_WORD: r"\W",
}
_ANY = "(?s:.)"
_MAX_PREFIXES = 20_000  # beyond this a rule is left without a prefilter (none comes close)


class Unsupported(Exception):
    """A regex construct the derivation does not handle."""


def prefixes(pattern: str, flags: int, k: int) -> Prefixes | None:
    """The first ``k`` characters of ``pattern``'s matches, one character class each.

    A tuple shorter than ``k`` is a whole match. None for a construct not handled here or a
    pattern that can match the empty string (no condition then).
    """
    try:
        tuples = _seq(list(sp.parse(pattern, flags).data), k)
    except Unsupported:
        return None
    return None if () in tuples else tuples


def prefix_source(tuples: Prefixes) -> str:
    """One regex (to compile with the pattern's flags) matching any of ``tuples`` at its start.

    Common beginnings are factored out (``the\\s(?:p|f)``), which keeps it small and quick.
    """
    groups: dict[str, Prefixes] = {}
    for t in tuples:
        if t:
            groups.setdefault(t[0], set()).add(t[1:])
    alts = [head + prefix_source(rest) for head, rest in sorted(groups.items())]
    if () in tuples:  # a whole match may end here
        alts.append("")
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


def _seq(items: list[Any], k: int) -> Prefixes:
    """Prefixes (at most ``k`` characters) of the concatenation ``items``."""
    out: Prefixes = {()}
    for op, av in items:
        if all(len(t) >= k for t in out):
            break
        out = _concat(out, _atom(op, av, k), k)
    return out


def _concat(left: Prefixes, right: Prefixes, k: int) -> Prefixes:
    out: Prefixes = set()
    for a in left:
        if len(a) >= k:
            out.add(a)
            continue
        for b in right:
            out.add((a + b)[:k])
    if len(out) > _MAX_PREFIXES:
        raise Unsupported("too many prefixes")
    return out


def _atom(op: Any, av: Any, k: int) -> Prefixes:
    if op in (sc.AT, sc.ASSERT, sc.ASSERT_NOT):
        return {()}  # zero-width: dropping the condition only widens the result
    if op is sc.LITERAL:
        return {(re.escape(chr(av)),)}
    if op is sc.NOT_LITERAL:
        return {("[^" + re.escape(chr(av)) + "]",)}
    if op is sc.ANY:
        return {(_ANY,)}
    if op is sc.IN:
        return {(_charset(av),)}
    if op is sc.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if add_flags or del_flags:
            raise Unsupported("inline flags")
        return _seq(list(sub.data), k)
    if op is sc.ATOMIC_GROUP:
        return _seq(list(av.data), k)  # matches a subset of the plain group's strings
    if op is sc.BRANCH:
        out: Prefixes = set()
        for alt in av[1]:
            out |= _seq(list(alt.data), k)
        return out
    if op in (sc.MAX_REPEAT, sc.MIN_REPEAT, sc.POSSESSIVE_REPEAT):
        lo, hi, sub = av
        body = _seq(list(sub.data), k)
        reps: Prefixes = set()
        cur: Prefixes = {()}
        # Past lo + k rounds a prefix is k long already, or it has as many non-empty rounds
        # as one with fewer rounds (the others matched nothing).
        for n in range(min(hi, lo + k) + 1):
            if n >= lo:
                reps |= cur
            cur = _concat(cur, body, k)
        return reps
    if op is sc.GROUPREF:
        return {(_ANY,) * k}  # any text at all (covers the empty reference too)
    raise Unsupported(str(op))


def _charset(items: list[Any]) -> str:
    parts: list[str] = []
    negate = False
    for op, av in items:
        if op is sc.NEGATE:
            negate = True
        elif op is sc.LITERAL:
            parts.append(re.escape(chr(av)))
        elif op is sc.RANGE:
            parts.append(re.escape(chr(av[0])) + "-" + re.escape(chr(av[1])))
        elif op is sc.CATEGORY and av in _CATEGORIES:
            parts.append(_CATEGORIES[av])
        else:
            raise Unsupported(str(op))
    return "[" + ("^" if negate else "") + "".join(parts) + "]"
