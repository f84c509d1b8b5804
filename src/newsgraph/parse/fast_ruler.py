"""An output-identical, faster matcher for spaCy's attribute ruler.

spaCy's ``attribute_ruler`` (in every ``en_core_web_*`` pipeline) maps fine-grained tags to
POS and morphology and fixes lemmas with ~180 patterns run by a general ``Matcher``: every
pattern is tried at every token, which is about 15% of ``en_core_web_sm``'s parse time. Its
patterns are nearly all one or two tokens with exact, ``IN``, ``NOT_IN`` or ``REGEX`` tests
on a few attributes, so ``IndexedMatcher`` indexes each pattern by the value one of its
tokens needs (its word, else its tag ...) and tests only those candidates. One-token
patterns depend on nothing but the token's own values, so their answer is remembered for
each distinct combination of values (tag, dependency, word ...) met.

It returns exactly what the ``Matcher`` returns (the same ``(match_id, start, end)`` triples,
deduplicated as the ``Matcher`` does); the attribute ruler then sorts them and sets the
attributes as always. ``speed_up_attribute_rulers(nlp)`` swaps it in for every attribute
ruler whose patterns it can index, and leaves any other ruler as it was. Anything else the
ruler asks of its matcher (adding patterns, serialisation) goes to the original ``Matcher``;
adding or removing patterns rebuilds the index (a pattern added later that it cannot index
sends every call to the ``Matcher``). A document the index cannot serve (another vocabulary,
or without the tags or parse the patterns read) goes to the ``Matcher`` too.
``tests/parse/test_fast_components.py`` compares the two on the sample corpus and generated
articles. Setting ``fast_components = false`` turns it off.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, cast

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.strings import StringStore
from spacy.tokens import Doc
from spacy.vocab import Vocab

# Token attributes whose value is a string id in ``Doc.to_array``, and the flags it gives as 0/1.
_STRING_ATTRS = ("ORTH", "LOWER", "NORM", "TAG", "POS", "DEP", "LEMMA")
_FLAG_ATTRS = ("IS_SPACE",)
# Attributes that are annotations: a doc without them goes to the plain Matcher.
_ANNOTATIONS = frozenset({"TAG", "POS", "DEP", "LEMMA"})
# Which attribute to index a pattern by, when it tests several: the most selective first.
_PREFERENCE = ("ORTH", "LOWER", "NORM", "LEMMA", "TAG", "DEP", "POS", "IS_SPACE")

Test = Callable[[int, StringStore], bool]  # (value id, the vocab's strings)
Key = str | int  # a match key, as given to ``Matcher.add``
Row = tuple[int, ...]  # one token's values, a column per attribute the patterns test
_MEMO_MAX = 200_000  # distinct token rows remembered (then forgotten, and learnt again)


@dataclass(frozen=True)
class _Pattern:
    key: int  # the match id, as the Matcher reports it
    tests: tuple[tuple[tuple[int, Test], ...], ...]  # per token: (column, test) pairs
    anchor: int = 0  # the token the index finds it by

    def fits(self, rows: list[Row], start: int, strings: StringStore) -> bool:
        if start < 0 or start + len(self.tests) > len(rows):
            return False
        return all(
            test(rows[start + j][col], strings)
            for j, token in enumerate(self.tests)
            for col, test in token
        )


class NotIndexable(ValueError):
    """A pattern uses something ``IndexedMatcher`` does not do: keep the plain Matcher."""


class _Index:
    """Patterns by the value one of their tokens needs in one column, and the rest."""

    def __init__(self) -> None:
        self.by_value: dict[int, dict[int, list[_Pattern]]] = {}
        self.others: list[_Pattern] = []

    def add(self, pattern: _Pattern, col: int | None, values: frozenset[int]) -> None:
        if col is None:
            self.others.append(pattern)
            return
        table = self.by_value.setdefault(col, {})
        for value in values:
            table.setdefault(value, []).append(pattern)

    def candidates(self, row: Row) -> list[_Pattern]:
        found = [p for col, table in self.by_value.items() for p in table.get(row[col], ())]
        return found + self.others if self.others else found


class _OneTokenMemo(dict[Row, tuple[int, ...]]):
    """Row -> the keys of the one-token patterns that match a token with those values."""

    def __init__(self, index: _Index, strings: StringStore) -> None:
        super().__init__()
        self.index, self.strings = index, strings

    def __missing__(self, row: Row) -> tuple[int, ...]:
        rows = [row]
        keys = tuple(
            dict.fromkeys(
                p.key for p in self.index.candidates(row) if p.fits(rows, 0, self.strings)
            )
        )
        self[row] = keys
        return keys


class IndexedMatcher:
    """Wraps an attribute ruler's ``Matcher``; called like it, answers the same, faster."""

    def __init__(
        self, matcher: Matcher, patterns: Iterable[tuple[Key, list[list[dict[str, Any]]]]]
    ) -> None:
        self.matcher: Any = matcher  # spaCy's Matcher (its type stubs lack ``vocab``)
        self.vocab: Vocab = cast(Any, matcher).vocab
        self._patterns = [(self._id(k), p) for k, p in patterns]
        self._index()

    def __reduce__(self) -> tuple[Any, ...]:  # pickled (nlp.pipe n_process > 1) as its inputs
        return (IndexedMatcher, (self.matcher, self._patterns))

    # -- the Matcher interface the attribute ruler uses
    def __call__(self, doc: Doc, *, allow_missing: bool = False, as_spans: bool = False) -> Any:
        if (
            as_spans
            or not self.indexed
            or doc.vocab is not self.vocab
            or not all(doc.has_annotation(a) for a in self._needs)
        ):
            return self.matcher(doc, allow_missing=allow_missing, as_spans=as_spans)
        return self.match(doc)

    def add(self, key: Key, patterns: list[list[dict[str, Any]]], **kwargs: Any) -> None:
        self.matcher.add(key, patterns, **kwargs)
        self._patterns.append((self._id(key), patterns))
        self._index()

    def remove(self, key: Key) -> None:
        self.matcher.remove(key)
        self._patterns = [(k, p) for k, p in self._patterns if k != self._id(key)]
        self._index()

    def __getattr__(self, name: str) -> Any:  # get, has_key, vocab, ...
        if name in ("matcher", "vocab"):  # not set yet (copying): no recursion
            raise AttributeError(name)
        return getattr(self.matcher, name)

    def __len__(self) -> int:
        return len(self.matcher)

    def __contains__(self, key: Key) -> bool:
        return key in self.matcher

    def _id(self, key: Key) -> int:
        return key if isinstance(key, int) else int(self.vocab.strings.add(key))

    # -- matching
    def match(self, doc: Doc) -> list[tuple[int, int, int]]:
        """The ``(match_id, start, end)`` triples the ``Matcher`` finds, in no set order."""
        if not len(doc):
            return []
        rows: list[Row] = [tuple(r) for r in doc.to_array(list(self._columns)).tolist()]
        memo = self._memo
        if len(memo) > _MEMO_MAX:
            memo.clear()
        out = [(key, i, i + 1) for i, row in enumerate(rows) for key in memo[row]]
        if self._longer.by_value or self._longer.others:
            strings = self.vocab.strings
            seen: set[tuple[int, int, int]] = set()
            for i, row in enumerate(rows):
                for p in self._longer.candidates(row):
                    start = i - p.anchor
                    found = (p.key, start, start + len(p.tests))
                    if found not in seen and p.fits(rows, start, strings):
                        seen.add(found)
                        out.append(found)
        return out

    # -- building the index
    def _index(self) -> None:
        """Index the patterns; with one it cannot index, the ``Matcher`` answers every call."""
        try:
            self._build()
            self.indexed = True
        except NotIndexable:
            self.indexed = False

    def _build(self) -> None:
        strings = self.vocab.strings
        columns: list[str] = []
        needs: set[str] = set()
        one, longer = _Index(), _Index()
        for key, patterns in self._patterns:
            for pattern in patterns:
                if not pattern:
                    raise NotIndexable("empty pattern")
                tests: list[tuple[tuple[int, Test], ...]] = []
                anchor: tuple[int, int, int | None, frozenset[int]]
                anchor = (len(_PREFERENCE), 0, None, frozenset())
                for j, token in enumerate(pattern):
                    checks = []
                    for attr, spec in sorted(token.items()):
                        if attr not in _STRING_ATTRS + _FLAG_ATTRS:
                            raise NotIndexable(f"attribute {attr!r}")
                        if attr in _ANNOTATIONS:
                            needs.add(attr)
                        if attr not in columns:
                            columns.append(attr)
                        col = columns.index(attr)
                        test, values = _test(attr, spec, strings)
                        checks.append((col, test))
                        rank = _PREFERENCE.index(attr)
                        if values is not None and rank < anchor[0]:
                            anchor = (rank, j, col, values)
                    tests.append(tuple(checks))
                _, at, by_col, by_values = anchor
                compiled = _Pattern(key, tuple(tests), at)
                (one if len(tests) == 1 else longer).add(compiled, by_col, by_values)
        self._columns = tuple(columns)
        self._needs = tuple(sorted(needs))
        self._longer = longer
        self._memo = _OneTokenMemo(one, strings)


def _test(attr: str, spec: Any, strings: Any) -> tuple[Test, frozenset[int] | None]:
    """The test of one attribute of one pattern token, and the values it accepts (if finite)."""
    if attr in _FLAG_ATTRS:
        if not isinstance(spec, bool):
            raise NotIndexable(f"{attr}: {spec!r}")
        flag = int(spec)
        return (lambda v, _: v == flag), frozenset({flag})
    if isinstance(spec, str):
        wanted = strings.add(spec)
        return (lambda v, _: v == wanted), frozenset({wanted})
    if not isinstance(spec, dict) or len(spec) != 1:
        raise NotIndexable(f"{attr}: {spec!r}")
    ((op, value),) = spec.items()
    if op in ("IN", "NOT_IN") and isinstance(value, list | tuple):
        if not all(isinstance(v, str) for v in value):
            raise NotIndexable(f"{attr}: {spec!r}")
        ids = frozenset(strings.add(v) for v in value)
        if op == "IN":
            return (lambda v, _: v in ids), ids
        return (lambda v, _: v not in ids), None
    if op == "REGEX" and isinstance(value, str):
        rx = re.compile(value)
        return (lambda v, strings: rx.search(strings[v]) is not None), None
    raise NotIndexable(f"{attr}: {spec!r}")


def speed_up_attribute_rulers(nlp: Language) -> list[str]:
    """Give every attribute ruler in ``nlp`` an ``IndexedMatcher``; the names of those changed."""
    changed = []
    for name, component in nlp.pipeline:
        if not isinstance(component, AttributeRuler) or isinstance(
            component.matcher, IndexedMatcher
        ):
            continue
        matcher = component.matcher
        indexed = IndexedMatcher(matcher, [(k, matcher.get(k)[1]) for k in _keys(component)])
        if indexed.indexed:
            component.matcher = indexed  # type: ignore[assignment]
            changed.append(name)
    return changed


def _keys(ruler: AttributeRuler) -> list[str]:
    """The ruler's match keys, in the order it added them (``str(i)`` for its i-th rule)."""
    return [str(i) for i in range(len(ruler.attrs))]
