"""Page furniture left inside texts scraped as one long line (keyword lists after "Tags",
related-headline lists, print and tweet bars, embedded video titles, photo captions with an
agency photographer's credit, gallery counters, time stamps, leading and trailing signatures)
is removed and recorded; the story's sentences around it stay. The texts are made up."""

from __future__ import annotations

import pytest

from newsgraph.clean import CleanStage
from newsgraph.clean.boilerplate import find_debris
from newsgraph.clean.normalize import build_clean_text
from newsgraph.config import Settings
from newsgraph.types import Article, RawDoc

A = "The regional council voted on Tuesday to extend the curfew by two weeks."
B = "Opposition members walked out of the chamber before the vote was taken."
C = "At least 12 people were arrested near the port on Monday, the police said."


def _clean(text: str) -> tuple[str, list[tuple[str, str]]]:
    spans = find_debris(text)
    return build_clean_text(text, spans)[0], [(s.kind, s.text) for s in spans]


def _article(text: str, title: str | None = None) -> Article:
    raw = RawDoc(source_id="s", origin="o", format="jsonl", text=text, meta={"title": title})
    out = CleanStage(Settings()).clean_one(raw)
    assert isinstance(out, Article)
    return out


# (the text, what the cleaned text must be, the kind of each removed span)
GOES = [
    (  # a keyword list glued between the summary and the lede
        f"{A} Tags Harbour Council curfew old town protests {C} {B}",
        f"{A} {C} {B}",
        ["footer"],
    ),
    (  # the same list at the very end, after a view counter
        f"{A} {B} ... 0 12 Tags curfew Harbour Council (HC) old town",
        f"{A} {B}",
        ["footer"],
    ),
    (  # a related-headlines list in title case, then the keyword list, at the end
        f"{A} {B} ... 48 Related Council Extends Curfew for Two Weeks Mayor Resigns Over Budget "
        "Row - Reports Port Reopens After Strike Tags curfew Harbour",
        f"{A} {B}",
        ["see_also", "footer"],
    ),
    (  # a related block running into the site's footer (it holds sentences of its own)
        f"{A} {B} Source Harbour Press Related News Council extends curfew. Mayor resigns over "
        "budget row Follow us on X. We wont spam you. Contact Us Privacy Policy Cookie Policy",
        f"{A} {B} Source Harbour Press",
        ["see_also"],
    ),
    (  # a print and tweet bar and a related list before the lede
        f"Curfew extended Print Tweet Views 371 Related Mayor resigns over budget row Port "
        f"reopens after strike {A}",
        f"Curfew extended {A}",
        ["share"],
    ),
    (  # an embedded video's title
        f"{A} Curfew protest turns violent in old town - YouTube {B}",
        f"{A} {B}",
        ["caption"],
    ),
    (  # an agency photographer's credit after a caption (the caption, a sentence, stays)
        f"{A} A man walks past the closed market in the old town May 2 2016. REUTERS/Jane Roe {B}",
        f"{A} A man walks past the closed market in the old town May 2 2016. {B}",
        ["credit"],
    ),
    (
        f"{A} REUTERS/Stringer The port stayed closed. {B}",
        f"{A} The port stayed closed. {B}",
        ["credit"],
    ),
    (f"{A} Slideshow (3 Images) {B}", f"{A} {B}", ["caption"]),
    (
        f"{A} {B} Never miss a story again sign up to our Harbour channel and stay informed!",
        f"{A} {B}",
        ["subscribe"],
    ),
    (f"Last updated at Apr 232017 {A} {B}", f"{A} {B}", ["dateline"]),
    (
        f"{A} {B} Last Update: Saturday 7 October 2017 KSA 16:06 - GMT 13:06 3885",
        f"{A} {B}",
        ["dateline"],
    ),
    (f"{A} {B} Read Also", f"{A} {B}", ["see_also"]),
    (f"{A} {B} Also", f"{A} {B}", ["see_also"]),
    (f"{A} {B} Jane Roe/ John Doe", f"{A} {B}", ["byline"]),
    (f"{A} {B} Jane Roe", f"{A} {B}", ["byline"]),
    (f"{A} {B} JRDB", f"{A} {B}", ["byline"]),
    (f"{A} {B} JRD 11", f"{A} {B}", ["byline"]),
    # an agency's photo credit that lost its slash, before a related headline in title case
    (
        f"{A} AP Photo Jane Roe Council Extends Curfew {B}",
        f"{A} Council Extends Curfew {B}",
        ["credit"],
    ),
    (f"{A} REUTERS Jane Roe {B}", f"{A} {B}", ["credit"]),
    (f"{A} XINHUA Jane K. Roe {B}", f"{A} {B}", ["credit"]),
    (
        f"{A} Residents inspect the damage. (Harbour TV and Agencies) {B}",
        f"{A} Residents inspect the damage. {B}",
        ["credit"],
    ),
    (f"{A} (Agencies) {B}", f"{A} {B}", ["credit"]),
    (  # a navigation trail between a caption's name and the lede (furn11)
        f"{A} Mayor Jane Roe Harbour - Live News - Coast - News - {B}",
        f"{A} Mayor Jane Roe {B}",
        ["see_also"],
    ),
    (f"Home > World > Middle East > Syria > {C} {B}", f"{C} {B}", ["see_also"]),
]


@pytest.mark.parametrize(("text", "clean", "kinds"), GOES)
def test_flattened_furniture_goes(text: str, clean: str, kinds: list[str]) -> None:
    got, spans = _clean(text)
    assert got == clean
    assert [k for k, _ in spans] == kinds
    for _, s in spans:
        assert s in text


# Prose that looks a little like that furniture: nothing is removed.
STAYS = [
    # no sentence opener after the list: where the list ends is not known, the lede is kept
    f"{A} Tags Harbour Council curfew Residents of the old town protested on Monday. {B}",
    # a word a sentence needs (here "were") inside what follows "Tags"
    f"Tags were attached to every crate at the port. The customs office said so. {B}",
    f"{A} {B} Related talks are planned for next week.",
    f"{A} The activists shared the footage on Facebook Twitter and YouTube. {B}",
    f"{A} The clip was taken down - YouTube said it broke the rules. {B}",
    f"{A} The list was last updated on 3 May 2017, officials said. {B}",
    f"{A} The register was Last updated on 3 May 2017, officials said. {B}",
    f"{A} Last updated on 3 May 2017 the register lists 40 names. {B}",
    f"{A} Share prices fell after the vote. {B}",
    f"{A} He said the photo was taken on May 2 2016. {B}",
    f"{A} The treaty was signed on May 2 2016. (AP) {B}",
    f"{A} {B} Reuters",
    f"{A} {B} - REUTERS",
    f"{A} {B} (Source: Harbour Council)",
    f"{A} {B} Source SANA",
    f"{A} {B} Residents said the curfew would not hold and asked for help",
    # an agency written as it always is (not in capitals it does not use), with no "Photo"
    f"{A} AFP Chief Executive Jane Roe said the agency would appeal. {B}",
    f"{A} Reuters Jane Roe reported the vote. {B}",
    f"{A} A Reuters photographer said. REUTERS staff left the city. {B}",
    # agencies in brackets that are not a credit
    f"{A} Aid came from several groups (UN bodies and agencies). {B}",
    f"{A} Aid came from several groups (and agencies) on Monday. {B}",
    # dashes between place names in prose: three closed, or the sections in lower case
    f"{A} The London - Paris - Brussels - Amsterdam line was cut. {B}",
    f"{A} Talks - Monday - were - postponed - again, the envoy said. {B}",
]


@pytest.mark.parametrize("text", STAYS)
def test_prose_like_furniture_stays(text: str) -> None:
    assert find_debris(text) == []


def test_head_stamps_and_leading_names() -> None:
    for head, kind in (
        ("1849 UTC+3 ", "dateline"),
        ("World Middle East 07-08-2013 0147 PM ", "dateline"),
        ("Jane Roe Jonathan Doewell. ", "byline"),
    ):
        art = _article(head + f"{A} {B} {C}")
        assert art.text == f"{A} {B} {C}", head
        assert [(r.kind, r.text) for r in art.removed] == [(kind, head.strip())]
    # an abbreviation is no end of a name list: "Sen." and "Corp." begin the story
    for text in (f"Harbour Sen. Jane Roe said the vote was lost. {B}", f"Service Corp. {A}"):
        assert _article(text + f" {C}").text == text + f" {C}"


def test_head_bylines_glued_dates_and_agency_stamps() -> None:
    """The top of a scraped page: a byline in lower case, a date glued to the next word, a
    section stamp with the time before the date, an agency's date stamp after the standfirst.
    A date read there is the text's date."""
    for head, spans, day in (
        ("by Jane Roe and John Doe ", [("byline", "by Jane Roe and John Doe")], None),
        ("by Harbour Gazette English ", [("byline", "by Harbour Gazette English")], None),
        (
            "21.08.2013Get short URL 0 15 ",
            [("dateline", "21.08.2013"), ("share", "Get short URL 0 15")],
            "2013-08-21",
        ),
        (
            "30.04.2017) Get short URL 3214 ",
            [("dateline", "30.04.2017)"), ("share", "Get short URL 3214")],
            "2017-04-30",
        ),
        (
            "World Middle East 0041 06.04.2017 ",
            [("dateline", "World Middle East 0041 06.04.2017")],
            "2017-04-06",  # the stamp's date (dt11; it was removed unread)
        ),
        ("REUTERS Jane Roe ", [("credit", "REUTERS Jane Roe")], None),
        (
            "Get short URL Topic Floods in the Delta (61) 0 25 ",
            [("share", "Get short URL"), ("see_also", "Topic Floods in the Delta (61) 0 25")],
            None,
        ),
    ):
        art = _article(head + f"{C} {B}")
        assert art.text == f"{C} {B}", head
        assert [(r.kind, r.text) for r in art.removed] == spans
        assert (art.published and art.published.isoformat()) == day
    standfirst = "Council extends curfew in the old town says the mayor"
    for agency in ("AFP", "Reuters"):
        stamp = f"{agency} Friday 23 Aug 2013"
        art = _article(
            f"Harbour Council Extends Curfew {standfirst} {stamp} {A} {B}",
            title="Harbour Council Extends Curfew",
        )
        assert art.text == f"{standfirst} {A} {B}"
        assert [(r.kind, r.text) for r in art.removed] == [
            ("title", "Harbour Council Extends Curfew"),
            ("dateline", stamp),
        ]
        assert art.published is not None and art.published.isoformat() == "2013-08-23"
    # a view counter is two numbers at most (zeros aside): a third is the story's first word
    story = C.removeprefix("At least ")  # "12 people were arrested ..."
    assert _article(f"Get short URL 0 85 {story} {B}").text == f"{story} {B}"
    assert _article(f"Get short URL 0 0 0 {C} {B}").text == f"{C} {B}"
    # prose: a date told to an agency, a lower-case word after the date; "By" opening a sentence
    for text in (
        f"A spokesman told AFP Friday 23 Aug 2013 that the port would reopen. {B}",
        f"By Sunday the rebels had left the town. {B}",
        f"by the port At least 12 people were arrested. {B}",
    ):
        assert _article(text).text == text


def test_metadata_title_goes_before_a_leading_name_list() -> None:
    """A title-case headline ending in a stop, repeated from the metadata, is the title."""
    title = "Council Extends Harbour Curfew."
    art = _article(f"{title} {A} {B}", title=title)
    assert art.text == f"{A} {B}"
    assert [r.kind for r in art.removed] == ["title"]


def test_offsets_of_flattened_furniture() -> None:
    text = GOES[4][0]
    art = _article(text)
    for r in art.removed:
        assert text[r.start : r.end] == r.text
