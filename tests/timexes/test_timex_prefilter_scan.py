"""The tagger's prefiltered scan finds exactly what plain ``finditer`` scans find.

``TimexTagger.tag`` tries each rule only where its prefilter (the first characters its matches
can have, ``prefixes.py``) allows; ``tag(..., full_scan=True)`` runs every rule over the whole
text. Any position the prefilter wrongly rules out shows up here as a missing candidate.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from bench.corpus import generate_articles

from newsgraph.extract.timexes.prefixes import prefix_source, prefixes
from newsgraph.extract.timexes.tagger import Candidate, TimexTagger


@pytest.fixture(scope="module")
def tagger() -> TimexTagger:
    return TimexTagger()


def _same(tagger: TimexTagger, text: str) -> list[Candidate]:
    fast = tagger.tag(text)
    assert fast == tagger.tag(text, full_scan=True), text[:200]
    return fast


EDGE_CASES = [
    "Dec. 1, 2024",
    "the past two and a half years",
    "over the past 2 1/2 years, and the 1990s",
    "The 1990s were quiet; the late 1980s were not.",
    "It happened on 2024-12-01 and again on 03/04/2024 and 1.5.2024.",
    "2024",
    "In 2024",
    "Tuesday",
    "at 10 p.m. Wednesday",
    "10:30 GMT",
    "the first half of 2024 and Q3 2024, the third quarter",
    "twice a week, every Monday, four times a year, daily",
    "three years ago; two weeks from now; the day before.",
    "the following day",
    "nineteen ninety-five and two thousand and eight",
    "'90s and the 20th century and the twenty-first century",
    "Christmas Eve and New Year's Day",
    "recently, now, currently, in the near future",
    "the year-earlier period",
    "last\n\n\n\nweek and the     past     14     months",
    "On Sunday, May 5, 2024, in May, March 3",
    "« 5 décembre » ſeconds Kweek İn 2024 ıt",
    "a decade-long war, 60 Minutes, 2000 troops",
]


def test_hand_made_cases_at_every_cut(tagger: TimexTagger) -> None:
    """Each case alone, cut at every position from either end, and inside other text."""
    found = 0
    for case in EDGE_CASES:
        for i in range(len(case) + 1):
            _same(tagger, case[:i])
            _same(tagger, case[i:])
        for text in (f"x {case}", f"{case}.", f"He said: {case} and {case}\n"):
            found += len(_same(tagger, text))
    assert found > 3 * len(EDGE_CASES)  # the cases do contain expressions


def test_hand_made_cases_are_found_whole(tagger: TimexTagger) -> None:
    spans = {c.text for case in EDGE_CASES for c in tagger.tag(case)}
    for expected in (
        "Dec. 1, 2024",
        "the past two and a half years",
        "the 1990s",
        "2024-12-01",
        "03/04/2024",
        "10 p.m. Wednesday",
        "the     past     14     months",
        "last\n\n\n\nweek",
        "the past 2 1/2 years",
    ):
        assert expected in spans


def test_sample_and_generated_corpus(tagger: TimexTagger, sample_dir: Path) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(sample_dir.glob("articles/*.txt"))]
    texts += [text for _, text in generate_articles(300, seed=3)]
    assert sum(len(_same(tagger, t)) for t in texts) > 1000


def test_random_strings_of_time_words(tagger: TimexTagger) -> None:
    words = re.findall(
        r"\S+",
        "the past last next this a an two 2 14 1990s '90s 2024 12/03/2024 2024-12-01 Dec. "
        "December May march Monday Mon. weeks year-earlier years ago later quarter half of "
        "Q3 fiscal 10 p.m. 10:30 GMT noon o'clock morning every once times daily and , . ; - "
        "early mid- late 20th century nineteen ninety-five recently now soon Christmas",
    )
    gaps = [" ", " ", " ", "  ", "\n", "\n\n", "", "-", ", "]
    rng = random.Random(5)
    for _ in range(1500):
        n = rng.randint(1, 9)
        text = "".join(rng.choice(words) + rng.choice(gaps) for _ in range(n))
        _same(tagger, text.upper() if rng.random() < 0.1 else text)


def test_every_rule_has_a_prefilter(tagger: TimexTagger) -> None:
    """A rule the derivation cannot handle is scanned in full: correct, but slow."""
    assert not tagger._unfiltered, [tagger.rules[i][0] for i in tagger._unfiltered]


def test_prefixes_of_a_small_pattern() -> None:
    assert prefixes(r"(?:the\s+)?\d{2}", re.IGNORECASE, 4) == {
        ("[\\d]", "[\\d]"),
        ("t", "h", "e", "[\\s]"),
    }
    assert prefixes(r"a?", 0, 3) is None  # may match nothing: no condition
    assert prefixes(r"(?P<s>[/.])\d(?P=s)", 0, 3) == {("[/\\.]", "[\\d]", "(?s:.)")}
    source = prefix_source(prefixes(r"(?:ab|ac|b)c?", 0, 3) or set())
    assert re.fullmatch(source, "abc") and re.fullmatch(source, "b")
    assert not re.match(source, "ca")
