"""Rules found on the tune half of TimeBank-AQUAINT (``eval/timex.py``), made-up sentences.

Each case failed before its rule; the negative cases pin what the rule must leave alone.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from newsgraph.extract.timexes import TimexExtractor
from newsgraph.types import Timex

PUB = date(2024, 10, 28)  # a Monday late in a year


@pytest.fixture(scope="module")
def extract(nlp: Any) -> Any:
    extractor = TimexExtractor()

    def run(text: str, published: date | None = PUB) -> list[Timex]:
        return extractor.extract(nlp(text), published, "a1")

    return run


def found(timexes: list[Timex]) -> list[tuple[str, str, str | None]]:
    return [(t.text, t.type, t.value) for t in timexes]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an accounting year ending on the date that follows is a span, not the year itself
        (
            "Harwell Mills posted net income of $4 million for the year ended June 30.",
            ("the year", "DURATION", "P1Y"),
        ),
        (
            "Sales rose 8% in the fiscal year to March, the brewer said.",
            ("the fiscal year", "DURATION", "P1Y"),
        ),
        # "a month" after "as" or a quantifier is no rate ("four flights a week")
        (
            "The appeal could take as long as a month, lawyers said.",
            ("a month", "DURATION", "P1M"),
        ),
        (
            "The strike comes barely a month after the last walkout.",
            ("barely a month", "DURATION", "P1M"),
        ),
        # a possessive month
        ("Analysts revised August's figures downward.", ("August", "DATE", "2024-08")),
        # "the 1988 quarter" with no quarter named before: the reported quarter of that year
        (
            "Profit fell to $3 million from $5 million in the 2023 quarter.",
            ("the 2023 quarter", "DATE", "2023-Q3"),
        ),
        # halves of a year named otherwise
        (
            "Shipments slowed in the last half of 2023.",
            ("the last half of 2023", "DATE", "2023-H2"),
        ),
        (
            "The plant will reopen in the first two quarters of 2025.",
            ("the first two quarters of 2025", "DATE", "2025-H1"),
        ),
        # year end
        ("The company expects to close the sale by year end.", ("year end", "DATE", "2024")),
        # business days and "-long" vague spans are durations
        (
            "The index fell for eight trading days in a row.",
            ("eight trading days", "DURATION", "P8D"),
        ),
        ("The decades-long feud ended in a handshake.", ("decades-long", "DURATION", "PXDE")),
        ("It ends a decades-long feud.", ("decades-long", "DURATION", "PXDE")),
        # the week holding a day
        (
            "Hearings will be held the week of March 6.",
            ("the week of March 6", "DATE", "2025-W10"),
        ),
        ("Shops were busy last Thanksgiving.", ("last Thanksgiving", "DATE", "2023-11-23")),
        ("Demand stayed strong well into the summer.", ("the summer", "DATE", "2024-SU")),
        # adjectival expressions leave the determiner out (TimeML extents)
        ("The eight-year war ended in a truce.", ("eight-year", "DURATION", "P8Y")),
        (
            "Sales beat the fiscal second-quarter estimate.",
            ("fiscal second-quarter", "DATE", "2024-Q2"),
        ),
    ],
)
def test_general_rules(extract: Any, sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in found(extract(sentence))


def test_year_end_in_a_past_clause_early_in_a_year_is_the_year_just_ended(extract: Any) -> None:
    got = found(extract("Cash reserves fell at year-end, the bank said.", date(2024, 2, 12)))
    assert ("year-end", "DATE", "2023") in got


def test_year_end_carries_mod_end(extract: Any) -> None:
    t = [t for t in extract("The company expects to close the sale by year end.")]
    assert [x.mod for x in t if x.text == "year end"] == ["END"]


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("Qantas plans four flights a week to Perth.", "a week"),
        ("Harwell declared a quarterly cash dividend of 12 cents.", "quarterly"),
        ("Critics of May's government said nothing.", "May"),
        ("A year-long review found no fault.", "the year"),
    ],
)
def test_left_alone(extract: Any, sentence: str, absent: str) -> None:
    assert absent.lower() not in [t.text.lower() for t in extract(sentence)]


def test_present_clause_takes_the_month_just_ahead(extract: Any) -> None:
    # last year's April is under 300 days back, the coming one under 120 days ahead
    got = found(extract("The three countries join the alliance in April.", date(2024, 12, 5)))
    assert ("April", "DATE", "2025-04") in got


def test_past_clause_month_stays_in_the_past(extract: Any) -> None:
    got = found(extract("The three countries joined the alliance in April.", date(2024, 12, 5)))
    assert ("April", "DATE", "2024-04") in got


def test_the_quarter_ended_stays_a_quarter(extract: Any) -> None:
    got = found(extract("Profit rose in the quarter ended Sept. 30."))
    assert ("the quarter", "DATE", "2024-Q3") in got


def test_year_ago_adjective_leaves_the_determiner_out(extract: Any) -> None:
    texts = [
        t.text for t in extract("Profit rose 8% in the third quarter from the year-ago results.")
    ]
    assert "year-ago" in texts
    assert "the year-ago" not in texts


def test_the_two_days_keeps_its_determiner(extract: Any) -> None:
    assert "the two days" in [t.text for t in extract("Talks resumed after the two days of rain.")]


def test_the_year_period_is_the_quarter_told_before(extract: Any) -> None:
    got = found(
        extract(
            "Orton Steel earned $5 million in the third quarter, "
            "against $3 million in the 2023 period."
        )
    )
    assert ("the 2023 period", "DATE", "2023-Q3") in got


def test_the_year_period_with_no_quarter_is_the_year(extract: Any) -> None:
    assert ("the 2019 period", "DATE", "2019") in found(
        extract("In the 2019 period, the firm was private.")
    )


def test_a_payment_date_under_a_past_verb_is_the_coming_one(extract: Any) -> None:
    got = found(extract("The board declared a dividend of 10 cents a share, payable Dec. 15."))
    assert ("Dec. 15", "DATE", "2024-12-15") in got


def test_the_day_a_vote_was_scheduled_for_is_the_nearer_one(extract: Any) -> None:
    assert ("Thursday", "DATE", "2024-10-31") in found(
        extract("The council scheduled a vote for Thursday.")
    )


def test_a_past_act_on_a_day_keeps_the_past(extract: Any) -> None:
    got = found(extract("The board declared a dividend of 10 cents a share on Dec. 15."))
    assert ("Dec. 15", "DATE", "2023-12-15") in got
    assert ("Thursday", "DATE", "2024-10-24") in found(
        extract("The council held a vote on Thursday.")
    )


def test_the_end_of_a_present_perfect_state_is_the_nearer_one(extract: Any) -> None:
    got = found(extract("The lenders have extended the company's credit line through January."))
    assert ("January", "DATE", "2025-01") in got
    got = found(extract("Officials have given the family until 9 a.m. Thursday to answer."))
    assert ("9 a.m. Thursday", "TIME", "2024-10-31T09:00") in got


def test_until_under_a_past_verb_keeps_the_past(extract: Any) -> None:
    got = found(extract("The lenders had extended the company's credit line through January."))
    assert ("January", "DATE", "2024-01") in got
