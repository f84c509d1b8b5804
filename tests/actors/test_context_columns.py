"""The context helpers read token columns (``Doc.to_array``) instead of one ``Token`` per
word: each gives exactly what its definition over tokens gives."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from newsgraph.resolve.context import is_headline, lowercase_words, used_as_name

_SENTS = [
    ("Minister Lewis Hamilton Meets Allies In Hamilton Today", "PROPN"),
    ("The talks in Hamilton ended on Monday without a deal .", "NOUN"),
    ("He said Lewis Hamilton would return , officials said .", "PROPN"),
    ("UN NATO EU OK", "PROPN"),
    ("Big Talks End", "PROPN"),
]


def _doc() -> Doc:
    words: list[str] = []
    pos: list[str] = []
    starts: list[bool] = []
    for sent, tag in _SENTS:
        for k, w in enumerate(sent.split()):
            words.append(w)
            pos.append(tag if w[:1].isupper() else "NOUN")
            starts.append(k == 0)
    return Doc(spacy.blank("en").vocab, words=words, pos=pos, sent_starts=starts)


def test_lowercase_words_as_tokens_give_them() -> None:
    doc = _doc()
    assert lowercase_words(doc) == {t.text for t in doc if t.is_lower and t.is_alpha}
    assert "talks" in lowercase_words(doc) and "Hamilton" not in lowercase_words(doc)


def test_is_headline_as_its_definition() -> None:
    doc = _doc()
    for sent in doc.sents:
        words = [t for t in sent if t.is_alpha and len(t) >= 3]
        expected = len(words) >= 4 and all(t.is_title or t.is_upper for t in words)
        assert is_headline(sent) == expected
    assert [is_headline(s) for s in doc.sents] == [True, False, False, False, False]


def test_used_as_name_finds_the_word_after_a_first_name_outside_headlines() -> None:
    doc = _doc()
    hamilton = [t.i for t in doc if t.text == "Hamilton"]
    in_talks = doc[hamilton[2] : hamilton[2] + 1]  # "... talks in Hamilton ..."
    assert used_as_name(in_talks, set())  # "Lewis Hamilton" in the third sentence
    lewis = [t.i for t in doc if t.text == "Lewis"]
    assert not used_as_name(in_talks, {lewis[1]})  # that "Lewis" is claimed: no first name
    assert not used_as_name(doc[0:1], set())  # "Minister": never after a first name
