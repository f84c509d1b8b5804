"""A headline glued to the dateline or the lede after it on the first line, in a text with no
metadata title (furn11): the headline is moved out of the text as the title, so that the
parser does not read it and the lede as one sentence."""

from __future__ import annotations

import pytest

from newsgraph.clean import CleanStage
from newsgraph.clean.head import read_head
from newsgraph.config import Settings
from newsgraph.types import Article, RawDoc

LEDE = (
    "Government forces pushed rebels out of two villages near the river on Tuesday after a "
    "week of shelling, a monitoring group said, and thousands of families fled to the north."
)


@pytest.mark.parametrize(
    "headline, glue",
    [
        ("Army Pushes Rebels Back Near Riverside Villages", "KARAPOLIS, March 3 (Reuters) - "),
        ("Army pushes rebels back near riverside villages", "KARAPOLIS (AFP) - "),
        ("Army Pushes Rebels Back Near Riverside Villages", "KARAPOLIS - "),
        ("Army pushes rebels back near riverside villages", "Karapolis (AP) -- "),
        ("Army pushes rebels back near riverside villages monitor", "AFP "),
    ],
)
def test_a_headline_glued_to_its_dateline_or_lede_is_the_title(headline: str, glue: str) -> None:
    head = read_head(f"{headline} {glue}{LEDE}", [], None)
    assert head.title == headline
    assert head.spans[0].kind == "title"


def test_the_cleaned_text_opens_with_the_dateline_and_the_title_is_the_articles() -> None:
    text = f"Army Pushes Rebels Back Near Riverside Villages KARAPOLIS (Reuters) - {LEDE}"
    art = CleanStage(Settings()).clean_one(
        RawDoc(source_id="t", origin="t", format="text", text=text)
    )
    assert isinstance(art, Article)
    assert art.title == "Army Pushes Rebels Back Near Riverside Villages"
    assert art.text.startswith("KARAPOLIS (Reuters) - Government forces")


@pytest.mark.parametrize(
    "text",
    [
        # an agency inside the lede's first sentence
        f"Officials in the northern town told AFP {LEDE}",
        # a sentence before the dateline: prose, not a headline
        f"The army said so. Rebels fled KARAPOLIS - {LEDE}",
        # a hyphen after an abbreviation in capitals is no dateline
        f"Forces backed by the U.S. - led coalition retook the town. {LEDE}",
        # two words are no headline
        f"Rebels flee KARAPOLIS - {LEDE}",
        # a headline with its final stop is the first sentence already
        f"Army pushes rebels back near riverside villages. AFP {LEDE}",
    ],
)
def test_prose_and_short_openings_keep_their_first_words(text: str) -> None:
    head = read_head(text, [], None)
    assert all(s.kind != "title" for s in head.spans)


def test_a_metadata_title_not_in_the_text_leaves_the_first_words() -> None:
    text = f"Army pushes rebels back near riverside villages KARAPOLIS (AFP) - {LEDE}"
    head = read_head(text, [], "Thousands flee fighting in the north")
    assert all(s.kind != "title" for s in head.spans)
