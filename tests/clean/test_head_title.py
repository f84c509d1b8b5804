"""The title at the top of the text when the metadata's title carries the site's sections and
name, or an apostrophe one of the two lost; the date line after it is the publication date."""

from __future__ import annotations

from datetime import date

from newsgraph.clean.head import read_head

TEXT = (
    "Rebels shell Idlibs main market monitor AFP Friday 20 Jun 2014 Rebel shells hit the "
    "main market of the town on Friday, killing nine people, a monitor said."
)


def test_a_title_with_the_site_sections_after_it_is_found_and_the_date_line_after_it() -> None:
    head = read_head(
        TEXT, [], "Rebels shell Idlib's main market: monitor - Region - World - Example Online"
    )
    kinds = [(s.kind, s.text) for s in head.spans]
    assert kinds[0] == ("title", "Rebels shell Idlibs main market monitor")
    assert kinds[1] == ("dateline", "AFP Friday 20 Jun 2014")
    assert head.date is not None and head.date.value == date(2014, 6, 20)


def test_an_apostrophe_the_title_has_and_the_text_lost_or_the_other_way() -> None:
    head = read_head(
        "Kenya's army takes the border town of Mandera. " + TEXT,
        [],
        "Kenyas army takes the border town of Mandera",
    )
    assert head.spans and head.spans[0].kind == "title"


def test_a_text_not_opening_with_the_title_keeps_its_first_words() -> None:
    head = read_head(TEXT, [], "Market shelled in Idlib - Region - World - Example Online")
    assert all(s.kind != "title" for s in head.spans)
    # the first words stay; the agency stamp after them is still one (furn10's stamp rule:
    # an agency, a weekday and a date near the top, before a capitalised lede)
    assert [(s.kind, s.text) for s in head.spans] == [("dateline", "AFP Friday 20 Jun 2014")]


def test_a_short_first_part_of_the_title_is_no_title_in_running_text() -> None:
    text = "Syria talks resumed in Geneva on Monday, diplomats said, after a week of delays."
    head = read_head(text, [], "Syria talks - Region - World - Example Online")
    assert all(s.kind != "title" for s in head.spans)
