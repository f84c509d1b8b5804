"""The issue's time-expression cases, real spaCy model, published 2024-12-03 (a Tuesday)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from newsgraph.extract.timexes import TimexExtractor, governing_timex
from newsgraph.types import Article, Parsed, Timex

PUB = date(2024, 12, 3)


@pytest.fixture(scope="module")
def extract(nlp: Any) -> Any:
    extractor = TimexExtractor()

    def run(text: str, published: date | None = PUB) -> list[Timex]:
        return extractor.extract(nlp(text), published, "a1")

    return run


def one(timexes: list[Timex], text: str) -> Timex:
    hits = [t for t in timexes if t.text.lower() == text.lower()]
    assert hits, [(t.text, t.value) for t in timexes]
    return hits[0]


@pytest.mark.parametrize(
    ("sentence", "expr", "value", "type_"),
    [
        (
            "Iranian Foreign Minister Abbas Araghchi flew to Syria on Sunday.",
            "Sunday",
            "2024-12-01",
            "DATE",
        ),
        ("The ceasefire came into effect last Wednesday.", "last Wednesday", "2024-11-27", "DATE"),
        (
            "IRNA, the official news agency, reported Tuesday that the talks had ended.",
            "Tuesday",
            "2024-12-03",
            "DATE",
        ),
        (
            "Earlier this week, Araghchi indicated that Tehran would consider intervention.",
            "Earlier this week",
            "2024-W49",
            "DATE",
        ),
        (
            "Rebels launched a two-pronged attack on Aleppo last week.",
            "last week",
            "2024-W48",
            "DATE",
        ),
        (
            "Over the past 14 months, the regime has increased its attacks on Syria.",
            "the past 14 months",
            "P14M",
            "DURATION",
        ),
        (
            "They launched a surprise attack on Aleppo on Wednesday 27 November.",
            "Wednesday 27 November",
            "2024-11-27",
            "DATE",
        ),
        ("Assad met Araqchi in Damascus on December 2.", "December 2", "2024-12-02", "DATE"),
        ("The decree was signed on 27/11/2024 in Damascus.", "27/11/2024", "2024-11-27", "DATE"),
        (
            "The agreement was signed on Dec. 2, 2024 in Ankara.",
            "Dec. 2, 2024",
            "2024-12-02",
            "DATE",
        ),
        ("The war broke out in 2011.", "2011", "2011", "DATE"),
        ("The spokesman addressed a weekly press conference.", "weekly", "P1W", "SET"),
        ("In recent days the fighting has intensified.", "recent days", "PAST_REF", "DATE"),
        ("The group was founded in the 1990s.", "the 1990s", "199", "DATE"),
        ("Prices peaked in mid-2024.", "mid-2024", "2024", "DATE"),
        ("The talks lasted two weeks.", "two weeks", "P2W", "DURATION"),
        ("The minister will travel to Ankara on Friday.", "Friday", "2024-12-06", "DATE"),
        ("Iran is now trying to enlist Qatar.", "now", "PRESENT_REF", "DATE"),
        ("Officials met yesterday in Doha.", "yesterday", "2024-12-02", "DATE"),
        ("The council meets every Monday.", "every Monday", "XXXX-WXX-1", "SET"),
        ("The offensive could stall in the future.", "the future", "FUTURE_REF", "DATE"),
        (
            "Profits fell in the third quarter of 2024.",
            "the third quarter of 2024",
            "2024-Q3",
            "DATE",
        ),
    ],
)
def test_issue_cases(extract: Any, sentence: str, expr: str, value: str, type_: str) -> None:
    t = one(extract(sentence), expr)
    assert (t.value, t.type) == (value, type_)
    assert sentence[t.start : t.end] == t.text
    assert t.sent == 0


def test_relative_values_carry_their_anchor(extract: Any) -> None:
    t = one(extract("Araghchi flew to Syria on Sunday."), "Sunday")
    assert (t.anchor, t.anchor_kind, t.precision, t.tense) == (
        "2024-12-03",
        "publication",
        "day",
        "past",
    )
    absolute = one(extract("The war broke out in 2011."), "2011")
    assert (absolute.anchor, absolute.anchor_kind, absolute.precision) == (None, "none", "year")


def test_following_day_is_anchored_on_the_previous_date(extract: Any) -> None:
    text = (
        "Assad met Araqchi in Damascus on December 2. During this meeting, Assad expressed "
        "his frustration. The following day, Araqchi held discussions with Fidan."
    )
    tx = extract(text, date(2024, 12, 13))
    t = one(tx, "The following day")
    assert (t.value, t.anchor, t.anchor_kind, t.sent) == ("2024-12-03", "2024-12-02", "previous", 2)
    later = one(
        extract("Rebels took Aleppo on 29 November. Two days later they reached Hama."),
        "Two days later",
    )
    assert (later.value, later.anchor_kind) == ("2024-12-01", "previous")


def test_following_day_without_an_earlier_date_says_so(extract: Any) -> None:
    t = one(extract("The following day, Araqchi held discussions with Fidan."), "The following day")
    assert t.value == "2024-12-04" and t.anchor_kind == "publication"
    assert t.note and "no earlier date" in t.note


def test_unknown_publication_date_leaves_relative_expressions_unresolved(extract: Any) -> None:
    tx = extract(
        "Araghchi flew to Syria on Sunday, last week, and returned yesterday. "
        "The war began in 2011.",
        None,
    )
    for expr in ("Sunday", "last week", "yesterday"):
        t = one(tx, expr)
        assert t.value is None and t.anchor is None
        assert t.note and "no publication date" in t.note
    assert one(tx, "2011").value == "2011"  # absolute dates need no anchor


def test_impossible_date_is_kept_with_a_note(extract: Any) -> None:
    tx = extract("The decree is dated 31 February and 30/02/2024, then 29 February 2023.")
    for expr in ("31 February", "30/02/2024", "29 February 2023"):
        t = one(tx, expr)
        assert t.value is None and t.note and "impossible date" in t.note
    assert (
        one(extract("It was signed on 29 February 2024."), "29 February 2024").value == "2024-02-29"
    )


def test_future_and_past_narration_pick_different_weekdays(extract: Any) -> None:
    past = one(extract("The delegation arrived in Doha on Thursday."), "Thursday")
    future = one(extract("The delegation will arrive in Doha on Thursday."), "Thursday")
    assert (past.value, future.value) == ("2024-11-28", "2024-12-05")


def test_not_time_expressions(extract: Any) -> None:
    tx = extract(
        "The fall of Aleppo shocked Damascus. Some 2000 troops may march on Hama. "
        "The Christian quarter was shelled."
    )
    assert [t.text for t in tx] == [], [(t.text, t.value) for t in tx]


def test_governing_timex_prefers_the_attached_expression(nlp: Any) -> None:
    text = "Officials said on Monday that rebels struck Aleppo on Sunday."
    doc = nlp(text)
    a = Article(
        id="g1", source_id="g", origin="t", format="text", raw_text=text, text=text, published=PUB
    )
    p = Parsed(a, doc).with_facts("timexes", TimexExtractor().extract(doc, PUB, "g1"))
    said = next(t for t in doc if t.text == "said")
    struck = next(t for t in doc if t.text == "struck")
    assert governing_timex(p, said).value == "2024-12-02"  # type: ignore[union-attr]
    assert governing_timex(p, struck).value == "2024-12-01"  # type: ignore[union-attr]


def test_a_month_of_that_year_is_the_year_told_before(extract: Any) -> None:
    got = extract(
        "The siege began in 2013. The council voted against intervention in August that year."
    )
    t = one(got, "August that year")
    assert t.value == "2013-08" and t.anchor_kind == "previous"
    t = one(extract("The council voted against intervention in August."), "August")
    assert t.value == "2024-08"  # alone: the last August before publication
