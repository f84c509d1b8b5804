"""A document's token attributes as plain Python lists, for the doc stages' hot loops.

spaCy builds a new ``Token`` on every ``doc[i]``, every iteration over a span and every
``tok.children``, and each string attribute (``pos_``, ``dep_``, ``lemma_`` ...) is a lookup
in the string store. Code that scans every token of an article, sentence after sentence,
spends most of its time there. The doc stages share one ``DocView`` per document
(``DocView.of``) and read the columns they need by token index: each column is built on
first use, in one pass (``Doc.to_array``), and then serves every stage after.

Every column holds exactly what the ``Token`` attribute of the same name gives.
"""

from __future__ import annotations

from functools import cached_property
from typing import Any

import numpy as np
from spacy.attrs import (
    DEP,
    ENT_IOB,
    ENT_TYPE,
    HEAD,
    IDX,
    IS_ALPHA,
    IS_PUNCT,
    IS_SPACE,
    LEMMA,
    LENGTH,
    LIKE_NUM,
    LOWER,
    ORTH,
    POS,
    TAG,
)
from spacy.lang.en.syntax_iterators import noun_chunks as _english_noun_chunks
from spacy.tokens import Doc, Span

_IOB = ("", "I", "O", "B")  # Token.ent_iob_ by ENT_IOB value
# The dependencies of a base noun phrase's head in spaCy's English noun-chunk iterator
_NP_DEPS = frozenset(
    {"oprd", "nsubj", "dobj", "nsubjpass", "pcomp", "pobj", "dative", "appos", "attr", "ROOT"}
)
_USER_DATA_KEY = "newsgraph.docview"  # where ``DocView.of`` keeps a document's shared view


def parsed_text(doc: Doc, text: str) -> str:
    """``doc.text`` for a document parsed from ``text`` or from a prefix of it (the parse
    stage cuts texts at ``max_chars``), without rebuilding it from the tokens."""
    if not len(doc):
        return ""
    last = doc[-1]
    n = last.idx + len(last.text_with_ws)
    return text if n == len(text) else text[:n]


class Names:
    """String-store hashes -> strings, kept across the documents a stage reads: a word's hash
    recurs from article to article, and a dict lookup is much cheaper than a string-store one.
    (A hash names the same string in every vocabulary.) Bounded: emptied past ``limit``."""

    def __init__(self, limit: int = 200_000) -> None:
        self.limit = limit
        self.by_hash: dict[int, str] = {}

    def column(self, doc: Doc, hashes: list[int]) -> list[str]:
        by_hash = self.by_hash
        try:
            return list(map(by_hash.__getitem__, hashes))
        except KeyError:
            if len(by_hash) > self.limit:
                by_hash.clear()
            strings = doc.vocab.strings
            for h in set(hashes).difference(by_hash):
                by_hash[h] = strings[h] if h else ""
            return list(map(by_hash.__getitem__, hashes))


def _no_view() -> None:
    return None


class DocView:
    """Per-document token columns (``view.pos[i] == doc[i].pos_`` ...), built lazily."""

    def __init__(self, doc: Doc, text: str | None = None, names: Names | None = None) -> None:
        self.doc = doc
        self._text = text
        self.names = names if names is not None else Names()
        self._spans: dict[tuple[int, int], Span | None] = {}

    @classmethod
    def of(cls, doc: Doc, text: str | None = None, names: Names | None = None) -> DocView:
        """The view the doc stages share: made by the first stage that asks (with its
        ``names``, and ``text``: the article text the document was parsed from, or a prefix
        of it), kept in ``doc.user_data`` for the next ones; ``Pipeline`` drops it
        (``DocView.drop``) when the stages are done with the document."""
        view = doc.user_data.get(_USER_DATA_KEY)
        if not isinstance(view, DocView) or view.doc is not doc:
            view = cls(doc, None if text is None else parsed_text(doc, text), names)
            doc.user_data[_USER_DATA_KEY] = view
        return view

    @staticmethod
    def drop(doc: Doc) -> None:
        doc.user_data.pop(_USER_DATA_KEY, None)

    def __reduce__(self) -> tuple[Any, ...]:
        """Never copied with its document (``Doc.copy``, pickling): the copy gets None in its
        place, and ``DocView.of`` makes the copy's own view when a stage asks."""
        return (_no_view, ())

    @property
    def text(self) -> str:
        """The document's text. ``doc.text`` is rebuilt from the tokens on every access: it is
        read once, and not at all when the caller gave it (``parsed_text``)."""
        if self._text is None:
            self._text = self.doc.text
        return self._text

    def char_span(self, start: int, end: int) -> Span | None:
        """``doc.char_span(start, end, alignment_mode="expand")``, made once per range."""
        key = (start, end)
        if key not in self._spans:
            self._spans[key] = self.doc.char_span(start, end, alignment_mode="expand")
        return self._spans[key]

    def __len__(self) -> int:
        return len(self.doc)

    def _strings(self, attr: int) -> list[str]:
        return self.names.column(self.doc, self.doc.to_array(attr).tolist())

    def _flags(self, attr: int) -> list[int]:
        """A lexical flag as 1 or 0 (what the ``Token`` flag gives as True or False)."""
        return list(self.doc.to_array(attr).tolist())

    # ------------------------------------------------------------ string columns

    @cached_property
    def words(self) -> list[str]:
        """``Token.text``."""
        return self._strings(ORTH)

    @cached_property
    def lower(self) -> list[str]:
        """``Token.lower_``."""
        return self._strings(LOWER)

    @cached_property
    def lemma(self) -> list[str]:
        """``Token.lemma_``."""
        return self._strings(LEMMA)

    @cached_property
    def lemma_lower(self) -> list[str]:
        """``Token.lemma_.lower()``."""
        return [s.lower() for s in self.lemma]

    @cached_property
    def pos(self) -> list[str]:
        """``Token.pos_``."""
        return self._strings(POS)

    @cached_property
    def tag(self) -> list[str]:
        """``Token.tag_``."""
        return self._strings(TAG)

    @cached_property
    def dep(self) -> list[str]:
        """``Token.dep_``."""
        return self._strings(DEP)

    @cached_property
    def ent_type(self) -> list[str]:
        """``Token.ent_type_`` ("" outside entities)."""
        return self._strings(ENT_TYPE)

    @cached_property
    def ent_iob(self) -> list[str]:
        """``Token.ent_iob_``: "B", "I", "O" or ""."""
        return [_IOB[x] for x in self.doc.to_array(ENT_IOB).tolist()]

    # ------------------------------------------------------------ numbers and flags

    @cached_property
    def idx(self) -> list[int]:
        """``Token.idx``: the character offset of the token."""
        return list(self.doc.to_array(IDX).tolist())

    @cached_property
    def end(self) -> list[int]:
        """``Token.idx + len(Token.text)``: the character offset just past the token."""
        table = self.doc.to_array([IDX, LENGTH])
        return list((table[:, 0] + table[:, 1]).tolist())

    @cached_property
    def head(self) -> list[int]:
        """``Token.head.i`` (a root is its own head)."""
        rel = self.doc.to_array(HEAD).astype("int64")  # relative offsets, stored unsigned
        return list((rel + np.arange(len(rel), dtype="int64")).tolist())

    @cached_property
    def children(self) -> list[list[int]]:
        """``[c.i for c in Token.children]``: in sentence order, a root not its own child."""
        out: list[list[int]] = [[] for _ in range(len(self.doc))]
        for i, h in enumerate(self.head):
            if h != i:
                out[h].append(i)
        return out

    @cached_property
    def is_punct(self) -> list[int]:
        return self._flags(IS_PUNCT)

    @cached_property
    def is_space(self) -> list[int]:
        return self._flags(IS_SPACE)

    @cached_property
    def is_alpha(self) -> list[int]:
        return self._flags(IS_ALPHA)

    @cached_property
    def like_num(self) -> list[int]:
        return self._flags(LIKE_NUM)

    def subtree(self, i: int) -> list[int]:
        """The token and its descendants (``Token.subtree``), sorted by index: the same order
        as ``Token.subtree`` for a projective parse (only sets of tokens are asked for)."""
        children = self.children
        out = [i]
        stack = [i]
        while stack:
            kids = children[stack.pop()]
            out += kids
            stack += kids
        out.sort()
        return out

    # ------------------------------------------------------------ sentences

    @cached_property
    def sents(self) -> list[Span]:
        """``list(doc.sents)``."""
        return list(self.doc.sents)

    @cached_property
    def sent_of(self) -> list[int]:
        """The index (in ``sents``) of each token's sentence."""
        out = [0] * len(self.doc)
        for k, sent in enumerate(self.sents):
            out[sent.start : sent.end] = [k] * (sent.end - sent.start)
        return out

    @cached_property
    def ents(self) -> tuple[Span, ...]:
        """``doc.ents`` (spaCy builds the tuple, a Span per entity, on every access)."""
        return tuple(self.doc.ents)

    def span_ents(self, start: int, end: int) -> list[Span]:
        """``doc[start:end].ents``: the entities from the first that starts in the range, up to
        the first that does not end in it (exactly spaCy's ``Span.ents``)."""
        out: list[Span] = []
        for e in self.ents:
            if e.start >= start:
                if e.end <= end:
                    out.append(e)
                else:
                    break
        return out

    def noun_chunk_ranges(self) -> list[tuple[int, int]] | None:
        """The (start, end) token ranges of ``doc.noun_chunks``, in order, read from the
        columns: a Token only for a chunk's head (its left edge), no Span each. None where
        the document's language has another noun-chunk iterator than spaCy's English one, or
        no parse (``doc.noun_chunks`` then gives, or raises, what it always does)."""
        doc = self.doc
        iterator = getattr(doc, "noun_chunks_iterator", None)  # not in spaCy's type stubs
        if iterator is not _english_noun_chunks or not doc.has_annotation("DEP"):
            return None
        pos, dep, head = self.pos, self.dep, self.head
        out: list[tuple[int, int]] = []
        prev_end = -1
        for i, p in enumerate(pos):
            if p not in ("NOUN", "PROPN", "PRON"):
                continue
            d = dep[i]
            if d == "conj":
                h = head[i]
                while dep[h] == "conj" and head[h] < h:
                    h = head[h]
                if dep[h] not in _NP_DEPS:
                    continue
            elif d not in _NP_DEPS:
                continue
            left = doc[i].left_edge.i
            if left <= prev_end:
                continue  # no nested chunks
            prev_end = i
            out.append((left, i + 1))
        return out

    def span_text(self, start: int, end: int) -> str:
        """``doc[start:end].text`` for a non-empty token range."""
        return self.text[self.idx[start] : self.end[end - 1]]
