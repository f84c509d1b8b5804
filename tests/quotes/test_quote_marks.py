"""The direct-quote finder on quotation marks alone (no model)."""

from __future__ import annotations

import time

from newsgraph.extract.quotes.marks import find_quote_marks


def _quoted(text: str) -> list[str]:
    return [text[q.inner_start : q.inner_end(text)] for q in find_quote_marks(text)]


def test_curly_and_straight_quotes() -> None:
    text = 'He said: “We will win.” Then "maybe," she added.'
    assert _quoted(text) == ["We will win.", "maybe"]


def test_quote_inside_quote_stays_one_quote() -> None:
    text = "“They called it ‘a plot’ against us,” he said."
    assert _quoted(text) == ["They called it ‘a plot’ against us"]


def test_quote_continued_in_next_paragraph_without_closing_mark() -> None:
    text = "“First paragraph of the speech\n\n“Second paragraph,” he said."
    (q,) = find_quote_marks(text)
    assert q.closed and q.paragraphs > 1
    assert text[q.inner_start : q.inner_end(text)].endswith("Second paragraph")


def test_quote_that_never_closes_ends_at_its_paragraph() -> None:
    text = "He said “this never ends\nA new paragraph with no quote."
    (q,) = find_quote_marks(text)
    assert not q.closed
    assert text[q.inner_start : q.end] == "this never ends"


def test_stray_closing_mark_and_apostrophes_are_ignored() -> None:
    text = 'Iran’s minister” spoke of the ministers’ meeting and 5" of rain.'
    assert find_quote_marks(text) == []


def test_single_curly_quotes_as_outer_marks() -> None:
    text = "The minister said ‘we will respond’, officials said."
    assert _quoted(text) == ["we will respond"]


def test_ten_thousand_character_quote_is_linear() -> None:
    body = "word " * 2000
    text = f"“{body}” he said. " * 20
    t = time.perf_counter()
    marks = find_quote_marks(text)
    assert len(marks) == 20
    assert time.perf_counter() - t < 1.0
