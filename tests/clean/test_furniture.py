"""Page furniture (ad breaks, caption toggles, image credits, gallery counters, related-story
headers) is removed and recorded as a removed span, in plain text (a line of its own or inside
a text flattened to one line) as in HTML. The examples are made up, not from any corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.clean import CleanStage
from newsgraph.clean.boilerplate import find_debris
from newsgraph.clean.normalize import build_clean_text
from newsgraph.config import Settings
from newsgraph.ingest import IngestOptions, read_inputs
from newsgraph.types import Article, RawDoc

A = "The regional council voted on Tuesday to extend the curfew by two weeks."
B = "Opposition members walked out of the chamber before the vote was taken."

# (furniture, its kind): each must go whether on a line of its own or inside a sentence run.
FURNITURE = [
    ("Advertisement Continue reading the main story", "ad"),
    ("Continue reading the main story", "ad"),
    ("Story continues below advertisement", "ad"),
    ("Hide Caption", "caption"),
    ("toggle caption", "caption"),
    ("Enlarge this image", "caption"),
    ("Photo 3/10", "caption"),
    ("Image 4 of 12", "caption"),
    ("Share this with Email Facebook Messenger Twitter WhatsApp LinkedIn Copy this link", "share"),
]
LINE_ONLY = [
    ("1 of 22", "caption"),
    ("(5/9)", "caption"),
    ("Next image", "caption"),
    ("Related stories", "see_also"),
    ("Related Topics", "see_also"),
    ("Image copyright Harbour Press Image caption Delegates arrived at the hall", "caption"),
    ("Media caption The mayor spoke outside the court", "caption"),
    ("Read more: Council extends the curfew", "see_also"),
    ("More on this story", "see_also"),
    ("Related Internet links", "see_also"),
]


@pytest.mark.parametrize(("junk", "kind"), FURNITURE + LINE_ONLY)
def test_furniture_line_is_removed(junk: str, kind: str) -> None:
    text = f"{A}\n\n{junk}\n\n{B}\n"
    spans = find_debris(text)
    assert [s.text for s in spans] == [junk]
    assert spans[0].kind in (kind, "subscribe")  # "continue reading" is also a paywall line
    assert build_clean_text(text, spans)[0] == f"{A}\n\n{B}"


@pytest.mark.parametrize(("junk", "kind"), FURNITURE)
def test_furniture_inside_a_flattened_text_is_removed(junk: str, kind: str) -> None:
    text = f"{A} {junk} {B}"
    spans = find_debris(text)
    assert [(s.kind, s.text) for s in spans] == [(kind, junk)]
    assert build_clean_text(text, spans)[0] == f"{A} {B}"


def test_image_copyright_inline_keeps_the_prose() -> None:
    body = f"{A} {B} " * 3  # a whole article flattened to one line
    text = f"Image copyright Harbour Press Image caption {body}"
    spans = find_debris(text)
    assert [(s.kind, s.text) for s in spans] == [
        ("credit", "Image copyright Harbour Press"),
        ("credit", "Image caption"),
    ]
    assert build_clean_text(text, spans)[0] == body.strip()


@pytest.mark.parametrize(
    "prose",
    [
        "Only 1 of 22 detainees was released before the hearing.",
        "The court will hide the caption of the document from the public, the judge said.",
        "She asked readers to continue reading the report before judging the ministry.",
        "The council said related stories in the press were inaccurate.",
        "Photo agencies sold 3 of 10 images to the ministry.",
        "“We will not back down,” the mayor said.",
        "He called the plan ‘unworkable’",
        "The ministry will share this with Facebook and Twitter executives next week.",
        "Officials said they would read more reports before deciding whether to sign up.",
        "Refugees said they would email the ministry • a demand it rejected • before the vote.",
        "You can sign up to vote at the town hall until Friday, the council said.",
    ],
)
def test_prose_that_looks_like_furniture_stays(prose: str) -> None:
    text = f"{A}\n\n{prose}\n\n{B}\n"
    assert find_debris(text) == []


def test_stray_quote_glyphs_at_line_edges() -> None:
    text = f"Council Extends Curfew ”`\n\n´{A}\n\n{B}\n"
    spans = find_debris(text)
    assert [(s.kind, s.text) for s in spans] == [("glyph", "”`"), ("glyph", "´")]
    assert build_clean_text(text, spans)[0] == f"Council Extends Curfew\n\n{A}\n\n{B}"


def test_furniture_in_html_is_a_recorded_removed_span(tmp_path: Path) -> None:
    page = (
        "<html lang='en'><head><title>Council extends curfew</title></head><body><article>"
        f"<h1>Council extends curfew</h1><p>{A} The measure follows a week of unrest in the "
        "harbour district, officials said.</p><p>Advertisement Continue reading the main story</p>"
        "<figure><figcaption>Delegates leave the hall. Hide Caption</figcaption></figure>"
        f"<p>{B} Several members said they would challenge the decision in court.</p>"
        "<p>Photo 3/10</p></article></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    (raw,) = read_inputs([str(path)], IngestOptions(min_words=5))
    assert isinstance(raw, RawDoc)
    art = CleanStage(Settings()).clean_one(raw)
    assert isinstance(art, Article)
    for junk in ("Continue reading the main story", "Hide Caption", "Photo 3/10"):
        assert junk not in art.text
    removed = {(r.kind, r.text) for r in art.removed}
    assert ("ad", "Advertisement Continue reading the main story") in removed
    for r in art.removed:
        assert art.raw_text[r.start : r.end] == r.text  # offsets into the raw text
    assert A in art.text and B in art.text


# The publisher's own prompts inside a text flattened to one line (made up).
FLAT_PROMPTS = [
    ("• Join the debate – email letters@harbourgazette.example", "see_also"),
    ("• Read more Gazette letters – click here to visit hg.example/letters", "see_also"),
    ("• As told to Jane Roe.", "byline"),
    ("Don’t forget, you can sign up to our briefing for the day’s top stories.", "subscribe"),
    ("What else should we cover? Email us at tips@harbourgazette.example", "subscribe"),
    (
        "To order a copy for £16.14 (RRP £18.99) go to shop.harbourgazette.example or call 0100 "
        "333 6846. Free UK p&p over £10, online orders only. Phone orders min p&amp;p of £1.99.",
        "ad",
    ),
]


@pytest.mark.parametrize(("junk", "kind"), FLAT_PROMPTS)
def test_publisher_prompts_in_a_flattened_text_are_removed(junk: str, kind: str) -> None:
    text = f"{A} {B} {junk}"
    spans = find_debris(text)
    assert [(s.kind, s.text) for s in spans] == [(kind, junk)]
    assert build_clean_text(text, spans)[0] == f"{A} {B}"


def test_bulleted_prompts_in_a_row_each_go() -> None:
    text = (
        f"{A} {B} • Join the debate – email letters@harbourgazette.example • Do you have a "
        "photo to share with our readers? Click here to upload it"
    )
    spans = find_debris(text)
    assert [s.kind for s in spans] == ["see_also", "see_also"]
    assert build_clean_text(text, spans)[0] == f"{A} {B}"
