"""Long texts are parsed in bounded windows: offsets kept, short texts parsed exactly as before."""

from __future__ import annotations

import pytest

from newsgraph.parse.segments import parse_texts, segment_bounds, segments

PARA = (
    "Russian jets struck rebel positions near Idlib on Monday, the Syrian Observatory said. "
    "Mr. Lavrov told reporters in Moscow that talks would resume. "
)


def test_windows_cover_the_text_and_respect_the_size() -> None:
    text = "\n\n".join(PARA * (i % 3 + 1) for i in range(40))
    cuts = segment_bounds(text, 1000)
    assert cuts[0] == 0 and cuts[-1] == len(text)
    assert all(0 < b - a <= 1000 for a, b in zip(cuts, cuts[1:], strict=False))
    assert "".join(segments(text, 1000)) == text
    # Every cut falls just after a paragraph break (there is one in every half window).
    assert all(text[c - 2 : c] == "\n\n" for c in cuts[1:-1])


def test_cut_prefers_sentence_ends_then_spaces_then_a_hard_cut() -> None:
    prose = PARA * 30  # no newlines: cuts after a sentence end
    for c in segment_bounds(prose, 700)[1:-1]:
        assert prose[c - 2 : c] == ". " and prose[c].isupper()
    words = "word " * 500
    assert all(words[c - 1] == " " for c in segment_bounds(words, 300)[1:-1])
    blob = "x" * 2500
    assert segment_bounds(blob, 1000) == [0, 1000, 2000, 2500]
    assert segment_bounds("", 10) == [0, 0]
    with pytest.raises(ValueError):
        segment_bounds("abc", 0)


@pytest.mark.model
def test_short_texts_parse_exactly_as_a_whole(nlp) -> None:  # type: ignore[no-untyped-def]
    texts = [PARA * 3, "Go. " * 20, ""]
    whole = [nlp(t) for t in texts]
    windowed = parse_texts(nlp, texts, size=10_000)
    for a, b in zip(whole, windowed, strict=True):
        assert a.to_json() == b.to_json()


@pytest.mark.model
def test_long_text_keeps_offsets_and_entities(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "\n\n".join(PARA * 2 for _ in range(30))
    (doc,) = parse_texts(nlp, [text], size=2_000)
    assert doc.text == text
    assert all(text[t.idx : t.idx + len(t)] == t.text for t in doc)
    assert [e.text for e in doc.ents] and all(
        text[e.start_char : e.end_char] == e.text for e in doc.ents
    )
    whole = nlp(text)
    # Cut at paragraph breaks, the windows give the same entities and sentences as the whole.
    assert [(e.start_char, e.label_) for e in doc.ents] == [
        (e.start_char, e.label_) for e in whole.ents
    ]
    assert len(list(doc.sents)) == len(list(whole.sents))
