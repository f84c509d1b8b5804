"""An output-identical, faster call for spaCy's rule-based lemmatizer.

spaCy's ``Lemmatizer`` in mode "rule" (as in every ``en_core_web_*`` pipeline) lemmatises
token by token in Python (a ``Token`` object, its strings and morphology each time), and its
cache leaves out base forms (most nouns, verbs and adjectives): they are worked out anew.
Its answer depends on nothing but the token's form, part of speech and morphology (the key
of its own cache): ``MemoLemmatizer`` reads those three columns and the current lemmas of a
document at once, asks the component's own ``lemmatize`` once per distinct combination, and
writes the lemmas back in one ``Doc.from_array``. Tokens that already have a lemma (set by the
attribute ruler) keep it unless the component overwrites, as in spaCy.

``speed_up_lemmatizers(nlp)`` gives this ``__call__`` (by making the component an instance
of a subclass, e.g. ``MemoEnglishLemmatizer``: its settings, tables and place in the pipeline
stay) to every lemmatizer whose answer is known to depend on those columns only (spaCy's own
rule lemmatizer, plain or English); any other is left as it was.
``tests/parse/test_fast_components.py`` compares every lemma with the plain model's. The
setting ``fast_components = false`` turns it off.
"""

from __future__ import annotations

from typing import Any, cast

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.errors import Errors
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

_MEMO_MAX = 200_000  # distinct (form, POS, morphology) remembered, then forgotten
# Functions whose answers depend on the token's form, POS and morphology only.
_KNOWN: dict[str, set[Any]] = {
    "rule_lemmatize": {Lemmatizer.rule_lemmatize},
    "is_base_form": {Lemmatizer.is_base_form, EnglishLemmatizer.is_base_form},
}


class MemoLemmatizer:
    """Mixed in before a ``Lemmatizer`` class: a memoised ``__call__``, same lemmas."""

    _plain: type  # the class it speeds up

    def __call__(self: Any, doc: Doc) -> Doc:
        if not self._validated:
            self._validate_tables(Errors.E1004)
        error_handler = self.get_error_handler()
        try:
            _lemmatize(self, doc)
            return doc
        except Exception as e:  # noqa: BLE001 - as spaCy's own __call__ does
            return error_handler(self.name, self, [doc], e)

    def __reduce_ex__(self, protocol: Any) -> Any:
        """Pickled (``nlp.pipe(n_process=...)``) as the plain class: the same lemmas."""
        fn, args, *rest = cast(tuple[Any, ...], super().__reduce_ex__(protocol))
        return (fn, (self._plain, *args[1:]), *rest)


def _lemmatize(lemmatizer: Any, doc: Doc) -> None:
    memo: dict[tuple[int, int, int], int] = lemmatizer.__dict__.setdefault("_memo", {})
    if len(memo) > _MEMO_MAX:
        memo.clear()
    strings = doc.vocab.strings
    lemmas: Any = doc.to_array(LEMMA)  # one column, as a numpy array
    for i, (orth, pos, morph, lemma) in enumerate(doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()):
        if lemma and not lemmatizer.overwrite:
            continue
        key = (orth, pos, morph)
        found = memo.get(key)
        if found is None:
            found = memo[key] = strings.add(lemmatizer.lemmatize(doc[i])[0])
        lemmas[i] = found
    if len(doc):
        doc.from_array([LEMMA], lemmas)


def speed_up_lemmatizers(nlp: Language) -> list[str]:
    """Give every rule lemmatizer in ``nlp`` the memoised call; the names of those changed."""
    changed = []
    for name, component in nlp.pipeline:
        cls = type(component)
        if (
            not isinstance(component, Lemmatizer)
            or isinstance(component, MemoLemmatizer)
            or component.mode != "rule"
            or any(getattr(cls, f) not in known for f, known in _KNOWN.items())
        ):
            continue
        component.__class__ = type(f"Memo{cls.__name__}", (MemoLemmatizer, cls), {"_plain": cls})
        changed.append(name)
    return changed
