from __future__ import annotations

import pytest

from newsgraph.extract.figures import find_figures, parse_amount
from newsgraph.extract.figures.numbers import bounds


@pytest.mark.parametrize(
    ("words", "count"),
    [
        ("16", 16),
        ("280,000", 280000),
        ("six", 6),
        ("two million", 2_000_000),
        ("a hundred", 100),
        ("one hundred and twenty", 120),
        ("dozens", None),
    ],
)
def test_parse_amount(words: str, count: int | None) -> None:
    amount = parse_amount(words)
    assert amount is not None
    assert amount.count == count


def test_bounds_make_at_least_compatible() -> None:
    amount = parse_amount("16")
    assert amount is not None
    assert bounds(amount, "at least") == (16, None)
    assert bounds(amount, None) == (16, 16)


def _figs(nlp, text: str) -> list[tuple[str, int | None, str, str, str | None]]:
    return [
        (f.number_text, f.count, f.category, f.group, f.qualifier)
        for f in find_figures(nlp(text), "a1")
    ]


@pytest.mark.model
def test_figures_in_news_sentences(nlp) -> None:
    assert _figs(
        nlp, "HTS militants have seized Aleppo and Hama, displacing over 280,000 people."
    ) == [("280,000", 280000, "displaced", "people", "over")]
    assert _figs(
        nlp, "At least 16 civilians were killed, including five children, in strikes."
    ) == [("16", 16, "killed", "civilians", "at least"), ("five", 5, "killed", "children", None)]
    got = _figs(nlp, "A bomb blast killed six people and injured 32 in the Salah al-Din district.")
    assert got == [("six", 6, "killed", "people", None), ("32", 32, "injured", "people", None)]
    assert _figs(nlp, "Government forces arrested 40 protesters on Friday.") == [
        ("40", 40, "detained", "civilians", None)
    ]


@pytest.mark.model
def test_no_figure_without_a_casualty_cue(nlp) -> None:
    assert _figs(nlp, "Aleppo is home to over two million people and was freed in 2016.") == []
    assert _figs(nlp, "On 16 Apr 2017 the army said the road was open.") == []


@pytest.mark.model
def test_offsets_point_at_the_phrase(nlp) -> None:
    text = "Officials said at least 112 people died in the blast."
    (fig,) = find_figures(nlp(text), "a1")
    assert text[fig.start : fig.end] == fig.text == "at least 112 people"


def test_eval_gate_fakes() -> None:
    from eval import figures

    result = figures.run(quick=True)
    if not result:
        pytest.skip("FA-KES development set not present")
    assert result["civilians killed (FA-KES)"]["accuracy"] >= 0.55
