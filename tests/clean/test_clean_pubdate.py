"""Publication dates: metadata, date lines in the text, and bad dates (issue 4, "Bad input")."""

from __future__ import annotations

from datetime import date

import pytest

from newsgraph.clean import CleanStage
from newsgraph.config import Settings
from newsgraph.pubdate import normalize_date, read_date
from newsgraph.types import Article, RawDoc

BODY = (
    "Iranian Foreign Minister Abbas Araghchi visited Damascus on Sunday and met President "
    "Bashar al-Assad, extending his country's full support to the Syrian government. "
    "He then travelled to Ankara for talks with his Turkish counterpart Hakan Fidan."
)


@pytest.fixture(scope="module")
def stage() -> CleanStage:
    return CleanStage(Settings(extra={"today": "2025-06-01"}))


def _clean(stage: CleanStage, text: str, **meta: str) -> Article:
    a = stage.clean_one(RawDoc("x.txt", "x.txt", "text", text, dict(meta)))
    assert isinstance(a, Article)
    return a


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-12-03", date(2024, 12, 3)),
        ("2024-12-03T10:15:00Z", date(2024, 12, 3)),
        ("December 3, 2024", date(2024, 12, 3)),
        ("3 December 2024", date(2024, 12, 3)),
        ("Wed 05 Apr 2017", date(2017, 4, 5)),
        ("Tue, 03 Dec 2024 10:00:00 GMT", date(2024, 12, 3)),
        ("21.05.2017", date(2017, 5, 21)),
        ("17-08-2014", date(2014, 8, 17)),
        ("20241203", date(2024, 12, 3)),
    ],
)
def test_read_date(value: str, expected: date) -> None:
    assert read_date(value).value == expected


def test_impossible_and_unreadable_dates() -> None:
    assert read_date("31 February 2024").problem == "impossible date"
    assert read_date("2024-02-30").problem == "impossible date"
    assert read_date("last Tuesday").problem == "not a date"
    r = read_date("4/8/17")
    assert r.value == date(2017, 4, 8) and r.note and "ambiguous" in r.note


def test_metadata_date(stage: CleanStage) -> None:
    a = _clean(stage, BODY, published="2024-12-03", published_source="manifest")
    assert (a.published, a.published_source, a.warnings) == (date(2024, 12, 3), "manifest", ())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wed 05 Apr 2017\n" + BODY, date(2017, 4, 5)),
        ("December 3, 2024\n\n" + BODY, date(2024, 12, 3)),
        ("Published August 3 2015 " + BODY, date(2015, 8, 3)),
        ("Fri 07 Apr 2017 at 0914 " + BODY, date(2017, 4, 7)),
        ("Syria talks resume in Ankara\nWed 5 Apr 2017 10.27 BST\n" + BODY, date(2017, 4, 5)),
    ],
)
def test_date_line_in_text(stage: CleanStage, text: str, expected: date) -> None:
    a = _clean(stage, text)
    assert (a.published, a.published_source) == (expected, "text")
    assert a.text == BODY
    assert any(r.kind == "dateline" for r in a.removed)
    assert a.warnings == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a "Last updated" stamp whose comma was lost, gluing the day to the year
        ("Last updated at Mar 082019 " + BODY, date(2019, 3, 8)),
        ("Last updated at Nov 4, 2016 " + BODY, date(2016, 11, 4)),
        # a section path with a numeric date (day first) and a time, after the title
        (
            "Talks resume in the capital\nNews Region Politics 12-10-2014 0930 AM " + BODY,
            date(2014, 10, 12),
        ),
    ],
)
def test_a_removed_date_stamp_is_the_publication_date(
    stage: CleanStage, text: str, expected: date
) -> None:
    a = _clean(stage, text)
    assert (a.published, a.published_source) == (expected, "text")
    assert a.text == BODY


def test_a_date_stamp_with_its_update_after_head_furniture(stage: CleanStage) -> None:
    """A page's stamp "date(updated time date)" after words of the page's head (a section, a
    byline) is the page's date wherever it stands in the head; one after a sentence's end is
    the story's."""
    a = _clean(stage, "World News Jane Roe Africa 0915 03.02.2016(updated 1002 03.02.2016) " + BODY)
    assert (a.published, a.published_source) == (date(2016, 2, 3), "text")
    assert ("dateline", "0915 03.02.2016(updated 1002 03.02.2016)") in [
        (r.kind, r.text) for r in a.removed
    ]
    told = BODY + " He spoke on 03.02.2016 (updated 1002 03.02.2016) in Ankara."
    assert _clean(stage, told).published is None


def test_a_stamp_inside_the_body_is_no_publication_date(stage: CleanStage) -> None:
    a = _clean(stage, BODY + " Last updated at Mar 082019 Rebels shelled the town.")
    assert a.published is None


def test_no_date(stage: CleanStage) -> None:
    a = _clean(stage, BODY)
    assert a.published is None and a.published_source is None
    assert a.warnings == ("no publication date",)


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ("2031-01-01", "in the future"),
        ("1850-06-01", "before 1900"),
        ("31 February 2024", "impossible date"),
        ("sometime last week", "not a date"),
    ],
)
def test_bad_metadata_date_warns_and_stays_null(
    stage: CleanStage, value: str, fragment: str
) -> None:
    a = _clean(stage, BODY, published=value)
    assert a.published is None
    assert any(fragment in w and value in w for w in a.warnings), a.warnings
    assert "no publication date" in a.warnings


def test_impossible_date_line_is_not_used(stage: CleanStage) -> None:
    a = _clean(stage, "31 February 2024\n" + BODY)
    assert a.published is None
    assert any("impossible date" in w for w in a.warnings)


def test_bad_metadata_date_falls_back_to_the_text_with_a_warning(stage: CleanStage) -> None:
    a = _clean(stage, "December 3, 2024\n" + BODY, published="2099-01-01")
    assert (a.published, a.published_source) == (date(2024, 12, 3), "text")
    assert any("in the future" in w for w in a.warnings)
    assert any("taken from the text" in w for w in a.warnings)


def test_text_date_disagreeing_with_metadata_is_flagged(stage: CleanStage) -> None:
    a = _clean(stage, "Tuesday 23 Sep 2014\n" + BODY, published="2014-10-10")
    assert a.published == date(2014, 10, 10)
    assert any("differs" in w for w in a.warnings)


def test_title_heuristic_and_repeated_title(stage: CleanStage) -> None:
    a = _clean(stage, "‘Unconditional Support’ to Syria\n" + BODY)
    assert a.title == "‘Unconditional Support’ to Syria" and a.text == BODY
    assert a.raw_text[a.removed[0].start : a.removed[0].end] == a.title
    # A first line that is a sentence is not a title.
    a = _clean(stage, "Iran backs Syria. Russia does too.\n" + BODY)
    assert a.title is None and a.text.startswith("Iran backs Syria.")
    # The metadata title repeated at the top of the text (FA-KES style) is removed.
    a = _clean(
        stage, "Wed 05 Apr 2017 Araghchi visits Damascus. " + BODY, title="Araghchi visits Damascus"
    )
    assert a.title == "Araghchi visits Damascus" and a.text == BODY
    assert [r.kind for r in a.removed] == ["dateline", "title"]


def test_language(stage: CleanStage) -> None:
    assert _clean(stage, BODY).language == "en"
    fr = (
        "Le ministre iranien des Affaires étrangères s'est rendu à Damas dimanche pour "
        "rencontrer le président syrien et lui assurer le soutien total de son pays."
    )
    a = _clean(stage, fr)
    assert a.language == "fr"
    assert any("English-only" in w for w in a.warnings)


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2024-12-03T10:00:00Z", "2024-12-03"),
        ("2024/12/03", "2024-12-03"),
        ("20241203", "2024-12-03"),
        ("3 December 2024", "2024-12-03"),
        ("Dec 3, 2024", "2024-12-03"),
        ("Sept. 3, 2024", "2024-09-03"),
        ("Tue, 03 Dec 2024 10:00:00 GMT", "2024-12-03"),
        ("1733220000", "2024-12-03"),  # Unix seconds, read in UTC
        ("2024-02-31", None),
        ("soon", None),
        ("", None),
    ],
)
def test_metadata_dates_are_read_by_the_one_reader(value: str, iso: str | None) -> None:
    """Ingest's metadata (an input's field, a manifest, --published) and cleaning's date lines
    go through one reader (``newsgraph.pubdate``)."""
    assert normalize_date(value) == iso
