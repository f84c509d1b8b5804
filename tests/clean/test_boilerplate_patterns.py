"""Strings that must and must not be removed (trafilatura-style), and exact offsets."""

from __future__ import annotations

import pytest

from newsgraph.clean.boilerplate import find_debris
from newsgraph.clean.normalize import build_clean_text, to_raw
from newsgraph.clean.patterns import RULES

LEAD = (
    "Iranian Foreign Minister Abbas Araghchi visited Damascus on Sunday and met President "
    "Bashar al-Assad, extending his country's full support to the Syrian government."
)
TAIL = (
    "Turkey, a NATO member, has controlled significant areas in northern Syria following "
    "multiple cross-border operations against the Syrian Kurdish YPG militia."
)


def _doc(line: str) -> str:
    return f"{LEAD}\n\n{line}\n\n{TAIL}\n"


# Debris lines, each as a line of its own between two paragraphs. The first group is verbatim
# from the sample corpus; the rest are realistic debris of other sites.
MUST_GO = [
    ("Discover more from Defence Talks | Defense News Military Pictures", "subscribe"),
    ("Subscribe to get the latest posts sent to your email.", "subscribe"),
    ("Your email address will not be published. Required fields are marked *", "comments"),
    (
        "See also\u00a0 Khamenei claims Israeli leaders deserve death sentences, not just arrest "
        "warrants",
        "see_also",
    ),
    ("Advance since late Nov. shown as of 2 December. Image credit: Samuel Granados", "caption"),
    (
        "A nurse attended to a woman injured in an airstrike, in Idlib, Syria, on Sunday. Photo "
        "credit: Omar Albam",
        "caption",
    ),
    ("Sign up for our daily newsletter", "subscribe"),
    ("Get the latest headlines delivered to your inbox every morning", "subscribe"),
    ("Already a subscriber? Sign in", "subscribe"),
    ("Leave a Reply", "comments"),
    ("Cancel reply", "comments"),
    ("Save my name, email, and website in this browser for the next time I comment.", "comments"),
    ("Read more: Iran vows increased support for Syria", "see_also"),
    ("READ MORE: Assad flees to Moscow", "see_also"),
    ("Related: Turkey denies role in rebel offensive", "see_also"),
    ("Also read: What is Hayat Tahrir al-Sham?", "see_also"),
    ("Photo: Reuters", "credit"),
    ("Image credit: Getty", "credit"),
    ("File photo", "credit"),
    ("Omar Haj Kadour/AFP via Getty Images", "credit"),
    ("Photo by Bakr Alkasem / AFP", "credit"),
    ("Rebel fighters enter Aleppo on Friday (Photo: Reuters)", "caption"),
    (
        "FILE PHOTO: Syrian President Bashar al-Assad speaks in Damascus, Syria, June 3, 2021. "
        "REUTERS/Yamam Al Shaar/File Photo",
        "caption",
    ),
    ("Share this:", "share"),
    ("Share on Facebook", "share"),
    ("Facebook Twitter WhatsApp Email", "share"),
    ("Click to share on Twitter (Opens in new window)", "share"),
    ("Follow us on Telegram", "share"),
    ("Like this:", "share"),
    ("© 2024 Defence Talks. All rights reserved.", "footer"),
    ("Copyright © 2024 Tehran Times", "footer"),
    (
        "This website uses cookies to improve your experience. We'll assume you're ok with this.",
        "footer",
    ),
    ("By continuing to use this site, you agree to our use of cookies.", "footer"),
    ("Tags: Syria, Iran, Turkey, HTS", "footer"),
    ("Our Standards: The Thomson Reuters Trust Principles.", "footer"),
    ("Reporting by Parisa Hafezi in Dubai; Editing by William Maclean", "byline"),
    ("By Parisa Hafezi and Jonathan Landay", "byline"),
    ("ADVERTISEMENT", "ad"),
    ("* * *", "glyph"),
    # raw newswire feeds (ANPA codes, as in TimeBank's AP, NYT and Xinhua texts)
    ("w2213 &amp;Cx1f; wstm-", "wire_code"),
    ("w2394 Cx1f wstmu i Cx13 Cx11 BC-OAU-Rwanda 02-27 0216", "wire_code"),
    ("u i &amp;Cx13;  &amp;Cx11;  BC-Kenya-EmbassyBombings 2ndLd   08-08 0257", "wire_code"),
    ("BC-Kenya-Embassy Bombings, 2nd Ld,0256", "wire_code"),
    ("(PROFILE (WS SL:BC-Kenya-Embassy Bombings; CT:i; (REG:EURO;) (REG:BRIT;)", "wire_code"),
    ("&amp;UR; Eds: UPDATES with explosion near U.S. Embassy in Tanzania. &amp;QL;", "wire_code"),
    ("NYT-01-13-00 1933EST &amp;QL;", "wire_code"),
    ("A7656 &amp;Cx1f; tdt-z", "wire_code"),
    ("&amp;HT;    c. 2000 Cox News Service", "wire_code"),
    ("WSJ891102-0188 = 891102 891102-0188.", "wire_code"),
    (
        "Duty-Free Status Cleared @ For Certain Watch Imports 11/02/89 WALL STREET JOURNAL (J) "
        "MONETARY NEWS, FOREIGN EXCHANGE, TRADE (MON) EXECUTIVE (EXE) WASHINGTON",
        "wire_code",
    ),
]

# Article prose that looks a little like debris and must stay.
MUST_STAY = [
    "Iran will not subscribe to any plan that weakens Damascus, Araghchi said on Monday.",
    "The photo, taken by a Reuters photographer, shows rebels entering the city.",
    "Share prices in Istanbul fell 3% on Monday as the fighting spread.",
    "Read more than 400 pages of the report and you will find no mention of Turkey, he said.",
    "Related talks between Ankara and Tehran are expected next week.",
    "See the statement below, the ministry said.",
    "Follow-up meetings were held in Doha on Saturday.",
    "Copyright claims were not the issue, the lawyer said.",
    "Tags were found on the bodies, the monitor said.",
    "By Sunday, the rebels had taken most of the city.",
    "Reporting by state media could not be independently verified.",
    "Editing by the censors removed all references to the offensive.",
    "The Turkish connection",
    "Iran alleges coordination between HTS, Israel and US",
    "Credit agencies downgraded Turkey's outlook after the offensive.",
    "Leave a reply to the ministry's letter was not an option, he said.",
    "“We will leave a reply on the table,” the envoy said.",
    "BC-Hydro said on Monday it would raise its rates.",
    "The Wall Street Journal (J) reported the deal on 11/02/89, the filing says.",
]


@pytest.mark.parametrize(("line", "kind"), MUST_GO)
def test_debris_line_is_removed(line: str, kind: str) -> None:
    text = _doc(line)
    spans = find_debris(text)
    assert [(s.text, s.kind) for s in spans] == [(line, kind)]
    clean, _ = build_clean_text(text, spans)
    assert clean == f"{LEAD}\n\n{TAIL}"


@pytest.mark.parametrize("line", MUST_STAY)
def test_prose_line_stays(line: str) -> None:
    text = _doc(line)
    assert find_debris(text) == []
    clean, _ = build_clean_text(text, [])
    assert line in clean


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_every_rule_example_is_debris(rule) -> None:  # type: ignore[no-untyped-def]
    """Each rule's documented example is caught by the cleaner (in its position)."""
    if rule.where in ("line", "cut"):
        text = _doc(rule.example) if rule.where == "line" else f"{LEAD}\n{TAIL}\n{rule.example}\n"
    elif rule.where == "tail":
        text = LEAD + " " + rule.example.removeprefix("... ")
    elif rule.where == "head":
        text = rule.example + LEAD
    else:
        text = f"{LEAD}\n{rule.example}\n{TAIL}"
    if rule.where == "head":
        from newsgraph.clean.head import read_head

        assert read_head(text, [], None).spans
        return
    assert find_debris(text), rule.example


def test_inline_credit_and_glyph() -> None:
    text = (
        "Iran Vows Increased Support for Syria “`\n\nPeople inspect the damage in Ariha August "
        "3 2015(Reuters Photo) Thirty-five people were killed, officials said."
    )
    spans = find_debris(text)
    assert [(s.kind, s.text) for s in spans] == [("glyph", "“`"), ("credit", "(Reuters Photo)")]
    clean, _ = build_clean_text(text, spans)
    assert clean == (
        "Iran Vows Increased Support for Syria\n\nPeople inspect the damage in Ariha "
        "August 3 2015 Thirty-five people were killed, officials said."
    )


def test_agency_dateline_is_not_a_credit() -> None:
    text = f"BEIRUT (Reuters) - {LEAD}\n\nHe said so (AP).\n\n{TAIL}"
    assert find_debris(text) == []


def test_tail_debris_of_one_line_texts() -> None:
    text = (
        f"{LEAD} {TAIL} Reporting by Oliver Holmes; Editing by John Stonestreet Our "
        "Standards:The Thomson Reuters Trust Principles."
    )
    spans = find_debris(text)
    assert [s.kind for s in spans] == ["byline", "footer"]
    assert build_clean_text(text, spans)[0] == f"{LEAD} {TAIL}"
    sputnik = (
        f"{LEAD} ... 38 Tags strike Syria United States Homs Community standardsDiscussion "
        "Comment via FacebookComment via Sputnik News"
    )
    spans = find_debris(sputnik)
    assert build_clean_text(sputnik, spans)[0] == LEAD
    for tail, kept in [
        (" Editing by Stephen Powell and Sonya Hepinstall", ""),
        (" (Source: Syrian Coalition) Twitter", " (Source: Syrian Coalition)"),
        (
            " Syria United States Community standardsDiscussion Comment via FacebookComment via "
            "Sputnik News",
            " Syria United States",
        ),
    ]:
        text = LEAD + tail
        assert build_clean_text(text, find_debris(text))[0] == LEAD + kept
    # A closing sentence that merely mentions Twitter or editing stays.
    for prose in (" He posted the video on Twitter.", " Editing by hand took weeks, he said."):
        assert find_debris(LEAD + prose) == []


def test_comment_section_is_cut_only_after_the_article() -> None:
    text = (
        f"{LEAD}\n{TAIL}\nLeave a Reply\nJohn: Great article, thanks for the detailed "
        "explanation of what is going on in the region right now.\n"
    )
    spans = find_debris(text)
    assert len(spans) == 1 and spans[0].kind == "comments"
    assert spans[0].text.startswith("Leave a Reply") and spans[0].text.endswith("right now.")
    # At the top of a page the same line is dropped alone; nothing else goes.
    top = f"Leave a Reply\n{LEAD}\n{TAIL}\n"
    assert [s.text for s in find_debris(top)] == ["Leave a Reply"]


def test_sample_corpus_debris(sample_dir) -> None:  # type: ignore[no-untyped-def]
    """The exact debris of the sample articles goes; their prose stays; offsets are exact."""
    from newsgraph.clean import CleanStage
    from newsgraph.config import Settings
    from newsgraph.ingest.text import split_header
    from newsgraph.types import Article, RawDoc

    stage = CleanStage(Settings())
    removed: dict[str, list[str]] = {}
    for f in sorted((sample_dir / "articles").glob("*.txt")):
        meta, body = split_header(f.read_text(encoding="utf-8"))
        a = stage.clean_one(RawDoc(f.name, str(f), "text", body, meta))
        assert isinstance(a, Article)
        removed[f.name[:3]] = [r.kind for r in a.removed]
        for r in a.removed:
            assert a.raw_text[r.start : r.end] == r.text
        for junk in (
            "Subscribe",
            "Leave a Reply",
            "Photo credit",
            "Image credit",
            "See also",
            "Discover more",
            "Required fields",
            "“`",
        ):
            assert junk not in a.text
        _assert_offsets(a.raw_text, a.text, a.offset_map)
    assert removed == {
        "000": [],
        "001": ["caption", "caption"],
        "002": ["title"],
        "003": ["title", "glyph"],
        "004": ["title", "see_also", "subscribe", "subscribe", "comments"],
    }


def _assert_offsets(raw: str, clean: str, offset_map) -> None:  # type: ignore[no-untyped-def]
    """Every non-space character of the cleaned text maps to the same character in the raw."""
    for i, ch in enumerate(clean):
        if not ch.isspace():
            assert raw[to_raw(offset_map, i)] == ch, (i, ch)


def test_normalisation_keeps_offsets() -> None:
    raw = (
        "  Caf\u0065\u0301 talks\u200b in Doha &amp; Ankara  \n\n\n\nThe envoy said\n"
        "the talks would go on. “Curly quotes” stay.\r\n"
    )
    clean, omap = build_clean_text(raw, [])
    assert clean == (
        "Café talks in Doha & Ankara\n\nThe envoy said the talks would go on. “Curly quotes” stay."
    )
    for i, ch in enumerate(clean):
        if ch.isalpha() and ch != "é":
            assert raw[to_raw(omap, i)] == ch
    assert to_raw(omap, clean.index("The envoy")) == raw.index("The envoy")
    assert to_raw(omap, len(clean)) == len(raw.rstrip())


def _without_hints(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every rule tried on every line, as if no rule had hints."""
    from dataclasses import replace

    from newsgraph.clean import patterns

    monkeypatch.setattr(patterns, "RULES", tuple(replace(r, hints=()) for r in RULES))
    patterns.rules.cache_clear()


def test_hints_never_change_what_is_found(monkeypatch: pytest.MonkeyPatch) -> None:
    """A rule's hints only skip lines it cannot match: the same spans with and without them,
    on every debris string of these tests, each inside prose and on a line of its own."""
    from tests.clean.test_furniture import FURNITURE, LINE_ONLY

    from newsgraph.clean import patterns

    # "ſ" and "ı": IGNORECASE matches them to "s" and "i", str.lower keeps them as they are
    odd = ["ſlide 3 of 22", "Hıde Caption", "İmage 4 of 12", "Photo 3/10 ſhare this"]
    strings = [s for s, _ in MUST_GO + FURNITURE + LINE_ONLY] + [r.example for r in RULES]
    texts = [t for s in strings + odd + MUST_STAY for t in (_doc(s), f"{LEAD} {s} {TAIL}")]
    hinted = [find_debris(t) for t in texts]
    _without_hints(monkeypatch)
    try:
        assert [find_debris(t) for t in texts] == hinted
    finally:
        monkeypatch.undo()
        patterns.rules.cache_clear()
    assert [s.text for s in find_debris(f"{LEAD} ſlide 3 of 22 {TAIL}")] == ["ſlide 3 of 22"]


def test_hint_text_folds_what_ignorecase_matches() -> None:
    from newsgraph.clean.patterns import hint_text

    assert hint_text("Hide CAPTION") == "hide caption"
    assert "slide" in hint_text("ſlide") and "hide" in hint_text("Hıde")
    assert "image" in hint_text("İmage")
