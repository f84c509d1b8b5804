"""Denials and disputes: who disputes which claim, made by whom.

A quote is a dispute when its cue is a verb of denial ("denied", "rejected claims that",
"dismissed reports", "refuted") or when it says that earlier words were not someone's
("clarified that those were not Lula's words") or were false ("called the report
baseless"). The disputed claim is linked to the earlier quote it targets when one is found:
the last quote by the person whose claim it names, else the closest earlier quote by another
speaker that shares content words with it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from spacy.tokens import Doc, Token

from newsgraph.extract.quotes.lexicon import (
    CLAIM_NOUNS,
    DISPUTABLE_OBJECTS,
    DISPUTE_VERBS,
    FALSITY_WORDS,
)

_STOP = {
    "the",
    "a",
    "an",
    "of",
    "to",
    "in",
    "and",
    "that",
    "was",
    "were",
    "is",
    "are",
    "be",
    "it",
    "its",
    "his",
    "her",
    "their",
    "on",
    "for",
    "with",
    "by",
    "not",
    "no",
    "this",
    "these",
    "those",
    "had",
    "has",
    "have",
    "did",
    "do",
    "from",
    "as",
    "at",
}


_CLAIM_FORMS = CLAIM_NOUNS | frozenset(w + "s" for w in CLAIM_NOUNS)  # "claim", "claims"


def _words(text: str) -> set[str]:
    return {w.strip(".,;:“”\"'’‘()").lower() for w in text.split()} - _STOP - {""}


# Verbs that dispute a claim only when the claim is their object: "rejected the claims",
# "dismissed reports that" are disputes; "rejected the proposal", "dismissed the minister"
# are not.
_CLAIM_OBJECT_VERBS = frozenset(
    {"reject", "dismiss", "dispute", "contest", "counter", "contradict"}
)
_OBJECT_DEPS = ("dobj", "ccomp", "xcomp", "obj", "attr")


def dispute_kind(doc: Doc, cue_tok: int | None, lemma: str, content: str) -> str | None:
    """The kind of dispute a quote voices, or None. A denial cue must take the claim as its
    object and must itself be asserted: "there's no denying", "did not deny", "has insisted"
    are not denials."""
    low = content.lower()
    words = _words(low)
    negated = any(n in f" {low} " for n in (" not ", " no ", "n't ", " never "))
    names_claim = bool(words & _CLAIM_FORMS)
    verb = doc[cue_tok] if cue_tok is not None and 0 <= cue_tok < len(doc) else None
    if lemma in DISPUTE_VERBS:
        if verb is not None and _not_asserted(verb):
            return None
        if low.lstrip(" \"“'‘").startswith(("whether", "if ")):
            return None  # "refused to confirm or deny whether ...": no claim is denied
        if lemma in ("clarify", "correct", "counter") and not (negated or names_claim):
            return None
        if lemma in _CLAIM_OBJECT_VERBS and not (names_claim or _claim_object(verb)):
            return None
        if verb is not None and not _has_object(verb) and not content.strip():
            return None
        return DISPUTE_VERBS[lemma]
    if words & FALSITY_WORDS and names_claim:
        return "denial"  # "called the report baseless"
    if verb is not None:
        for c in verb.children:
            if c.dep_ in ("dobj", "oprd", "ccomp") and c.lower_ in FALSITY_WORDS:
                return "denial"
    return None


def _not_asserted(verb: Token) -> bool:
    """ "did not deny", "there's no denying", "never disputed", "refused to deny"."""
    if any(c.dep_ == "neg" or c.lower_ in ("no", "never") for c in verb.children):
        return True
    if verb.dep_ in ("xcomp", "conj") and verb.head.lemma_.lower() in (
        "refuse",
        "decline",
        "confirm",
    ):
        return True
    prev = verb.doc[verb.i - 1] if verb.i > 0 else None
    return prev is not None and prev.lower_ in ("no", "not", "never", "without")


def _has_object(verb: Token) -> bool:
    return any(c.dep_ in _OBJECT_DEPS for c in verb.children)


def _claim_object(verb: Token | None) -> bool:
    """Whether the verb's object is a claim ("the claims", "reports that ...") or a clause."""
    if verb is None:
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    if objects:
        # "rejected the demands, but the message was clear: ...": the object is a demand,
        # whatever clause the parser also hangs on the verb
        return any(c.lemma_.lower() in DISPUTABLE_OBJECTS for c in objects)
    return any(c.dep_ == "ccomp" for c in verb.children)


# Verbs whose complement is the speaker's own counter-claim ("countered that the opposition
# had set no preconditions"): whose claim is disputed is said only in their object
# ("countered the minister's claims"), never read from inside that complement.
_OWN_CLAIM_VERBS = frozenset({"counter"})


def claim_owner(
    doc: Doc, start: int, end: int, cue_tok: int | None, in_content: bool = True
) -> Token | None:
    """Whose claim is disputed: "Lula's words", "claims by Brasilia", "X's allegations";
    ``in_content``: whether the quote's content may name it (it is the claim disputed)."""
    span = doc.char_span(start, end, alignment_mode="expand") if in_content else None
    toks: list[Token] = list(span) if span is not None else []
    if cue_tok is not None:
        toks += [t for c in doc[cue_tok].children if c.dep_ == "dobj" for t in c.subtree]
    for t in toks:
        if t.dep_ == "poss" and t.head.lemma_.lower() in CLAIM_NOUNS and t.pos_ == "PROPN":
            return t
        if t.lower_ in ("by", "from") and t.head.lemma_.lower() in CLAIM_NOUNS:
            pobj = next((g for g in t.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    return None


def link_disputes(doc: Doc, items: Sequence[Mapping[str, Any]]) -> dict[int, list[dict[str, Any]]]:
    """For quote dicts in text order (``id``, ``cue_tok``, ``cue_lemma``, ``content``,
    ``content_start``, ``content_end``, ``speaker``), the dispute entries of each index."""
    out: dict[int, list[dict[str, Any]]] = {}
    for i, q in enumerate(items):
        kind = dispute_kind(doc, q["cue_tok"], q["cue_lemma"], q["content"])
        if kind is None:
            continue
        owner = claim_owner(
            doc,
            q["content_start"],
            q["content_end"],
            q["cue_tok"],
            in_content=q["cue_lemma"] not in _OWN_CLAIM_VERBS,
        )
        target = _target(items, i, owner)
        claim_by: dict[str, Any] | None = None
        sp = items[target]["speaker"] if target is not None else None
        if sp is not None:
            claim_by = {"text": sp["text"], "actor_id": sp["actor_id"], "name": sp["name"]}
        elif owner is not None:
            claim_by = {"text": owner.text, "actor_id": None, "name": owner.text}
        entry = {
            # how the disputed claim was found: "owner" (the dispute names whose claim it
            # is), "overlap" (an earlier quote sharing its words), None (its own object)
            "link": None if target is None else ("owner" if owner is not None else "overlap"),
            "kind": kind,
            # "verb": a denial verb takes the claim as its object; "words": the quote
            # itself calls a claim false ("called the report baseless")
            "via": "verb" if q["cue_lemma"] in DISPUTE_VERBS else "words",
            "role": "disputes",
            "cue": q["cue"],
            "disputed_by": q["speaker"],
            "claim": items[target]["content"] if target is not None else q["content"],
            "claim_by": claim_by,
            "quote_id": items[target]["id"] if target is not None else None,
        }
        out.setdefault(i, []).append(entry)
        if target is not None:
            out.setdefault(target, []).append(
                {
                    "kind": kind,
                    "role": "disputed",
                    "cue": q["cue"],
                    "disputed_by": q["speaker"],
                    "claim": items[target]["content"],
                    "claim_by": claim_by,
                    "quote_id": q["id"],
                }
            )
    return out


def _same_speaker(sp: Mapping[str, Any], owner: Token) -> bool:
    if sp.get("actor_id") and sp.get("owner_actor_id") == sp.get("actor_id"):
        return True
    name = (sp.get("name") or sp.get("text") or "").lower()
    return bool(name) and owner.text.lower() in name.split()


def _target(items: Sequence[Mapping[str, Any]], i: int, owner: Token | None) -> int | None:
    me = items[i]
    for j in range(i - 1, max(-1, i - 12), -1):
        sp = items[j]["speaker"]
        if owner is not None:
            if sp is not None and _same_speaker(sp, owner):
                return j
            continue
        if sp is not None and me["speaker"] is not None and sp["text"] == me["speaker"]["text"]:
            continue
        if len(_words(items[j]["content"]) & _words(me["content"])) >= 3:
            return j
    return None
