"""Content boundaries: a cue inside its content, a quote split by its cue, and how the PolNeAR
evaluation reads a quote in pieces. Made-up sentences, parsed by the real model."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from eval.quotes import predicted
from spacy.tokens import Doc

from newsgraph.extract.docview import DocView
from newsgraph.extract.quotes.cues import _clause_without
from newsgraph.types import Quote

pytestmark = pytest.mark.model


def _by_cue(qs: list[Quote], cue: str) -> list[Quote]:
    found = [q for q in qs if q.cue == cue]
    assert found, [(q.cue, q.content) for q in qs]
    return found


@pytest.mark.parametrize(
    "text, content",
    [
        (
            "Freeing the hostages, the minister said, was the government's first priority.",
            "Freeing the hostages, the minister said, was the government's first priority",
        ),
        (
            "In the long run, the economists argued, the new tariff would raise prices for "
            "farmers.",
            "In the long run, the economists argued, the new tariff would raise prices for farmers",
        ),
    ],
)
def test_cue_inside_its_clause_keeps_both_pieces(quotes: Any, text: str, content: str) -> None:
    (q,) = [q for q in quotes(text) if q.method == "parenthetical"]
    assert q.content == content


@pytest.mark.parametrize(
    "text, content",
    [
        # a linking word before the cue is not what was said
        (
            "But, the minister said, the talks with the rebels would resume next week.",
            "the talks with the rebels would resume next week",
        ),
        # a quotation right after the cue is the content, not the adverbial before it
        (
            "On Monday, the minister said, “The talks with the rebels will resume next week.”",
            "The talks with the rebels will resume next week.",
        ),
        # a cue at the end leaves one piece
        (
            "The talks with the rebels would resume next week, the minister said.",
            "The talks with the rebels would resume next week",
        ),
    ],
)
def test_one_piece_when_the_other_is_no_content(quotes: Any, text: str, content: str) -> None:
    q = _by_cue(quotes(text), "said")[0]
    assert q.content == content


def test_according_to_at_the_end_is_not_inside(quotes: Any) -> None:
    text = "The governor has spent $5 million on radio ads, according to a count by the agency."
    q = _by_cue(quotes(text), "according to")[0]
    assert q.content == "The governor has spent $5 million on radio ads"


def test_quote_split_by_its_cue_is_continued(quotes: Any) -> None:
    qs = quotes(
        "“It is the wrong plan for the farmers,” Senator Okafor said on Tuesday, “and the "
        "voters know it.”"
    )
    first = _by_cue(qs, "said")
    assert [q.content for q in first] == [
        "It is the wrong plan for the farmers",
        "and the voters know it.",
    ]
    second = first[1]
    assert second.method == "continuation"
    assert second.speaker is not None and second.speaker.text == "Senator Okafor"


def test_cue_word_inside_the_second_half_is_not_a_cue(quotes: Any) -> None:
    qs = quotes(
        "“We have to start treating people the same,” he said, “and finding out what people "
        "really think.”"
    )
    assert all(q.cue == "said" for q in qs), [(q.cue, q.content) for q in qs]
    assert [q.content for q in qs][-1] == "and finding out what people really think."


def test_quote_after_another_sentence_is_not_split_continuation(quotes: Any) -> None:
    qs = quotes(
        "“The plan will fail the farmers and the workers of this state,” Okafor said in a radio "
        "interview. In a television interview later that day, Okafor went even further: “It is "
        "the end of his career.”"
    )
    assert not any(q.method == "continuation" for q in qs), [(q.method, q.content) for q in qs]


def test_quote_beside_a_participle_cue_is_not_continued(quotes: Any) -> None:
    # the cue's speaker is not between the quotes: no split quote
    qs = quotes(
        "The senator attacked reports of messages deemed “top secret,” saying in a post on "
        "Twitter: “The new release is a disaster for the governor.”"
    )
    assert not any(q.method == "continuation" for q in qs), [(q.method, q.content) for q in qs]


def test_evaluation_reads_a_continued_quote_as_one_attribution(quotes: Any) -> None:
    text = (
        "“It is the wrong plan for the farmers,” Senator Okafor said on Tuesday. “The voters "
        "know it.” The minister said that the plan would pass."
    )
    qs = quotes(text)
    assert [q.method for q in qs].count("continuation") == 1
    atts = predicted(qs)
    assert len(atts) == len(qs) - 1
    first = atts[0]["content"]
    assert first is not None
    assert text[first[0] : first[1]].startswith("It is the wrong plan")
    assert text[first[0] : first[1]].endswith("know it.")
    assert [text[a["content"][0] : a["content"][1]] for a in atts[1:] if a["content"]] == [
        "that the plan would pass"
    ]


def _parataxis_doc(quoted: bool) -> Doc:
    """On Monday, the minister said, [“]The talks will resume.[”] -- "said" a parenthetical
    (parataxis) on "resume", the parse the small model gives some such sentences."""
    words = ["On", "Monday", ",", "the", "minister", "said", ",", "“", "The", "talks", "will"]
    words += ["resume", ".", "”"]
    spaces = [True, False, True, True, True, False, True, False, True, True, True, False, False]
    spaces += [False]
    heads = [11, 0, 11, 4, 5, 11, 5, 5, 9, 11, 11, 11, 11, 11]
    deps = ["prep", "pobj", "punct", "det", "nsubj", "parataxis", "punct", "punct", "det"]
    deps += ["nsubj", "aux", "ROOT", "punct", "punct"]
    if not quoted:  # the same sentence without the marks
        for k in (13, 7):
            del words[k], spaces[k], heads[k], deps[k]
        heads = [h - (h > 7) for h in heads]
    return Doc(
        spacy.blank("en").vocab,
        words=words,
        spaces=spaces,
        heads=heads,
        deps=deps,
        sent_starts=[True] + [False] * (len(words) - 1),
    )


@pytest.mark.parametrize("quoted, content", [(True, "The talks will resume"), (False, None)])
def test_parenthetical_cue_before_a_quotation(quoted: bool, content: str | None) -> None:
    doc = _parataxis_doc(quoted)
    view = DocView.of(doc)
    said = next(t for t in doc if t.text == "said")
    rng = _clause_without(said.head.i, (said.i,), next(iter(doc.sents)), view)
    assert rng is not None
    got = doc[rng[0] : rng[1]].text
    # quoted: the quotation is the content; unquoted: both pieces, the cue within
    assert got == (content or "On Monday, the minister said, The talks will resume")


@pytest.mark.parametrize(
    "text, content",
    [
        ("The agency said that unemployment in the region rose to 7%.", "rose to 7%"),
        ("Okafor: Is the new trade deal good for the farmers?", "good for the farmers?"),
    ],
)
def test_final_percent_and_question_mark_stay(quotes: Any, text: str, content: str) -> None:
    qs = quotes(text)
    assert any(q.content.endswith(content) for q in qs), [q.content for q in qs]


def test_typewriter_marks_continue_after_a_sentence(quotes: Any) -> None:
    qs = quotes(
        "''Without these changes, the industry would be in desperate trouble,'' he said of the "
        "sector in general. ''This is an absolute necessity.''"
    )
    assert [q.method for q in qs] == ["dependency", "continuation"], [q.content for q in qs]


def test_continuation_over_a_title_in_quotation_marks(quotes: Any) -> None:
    qs = quotes(
        '"It is time to deliver a win for the farmers," Okafor said on the radio show '
        '"Morning Talk." "There is no way to check who is coming across. Who do you call?"'
    )
    last = qs[-1]
    assert last.method == "continuation" and last.content.startswith("There is no way")
    assert last.speaker is not None and last.speaker.text == "Okafor"


def test_no_continuation_over_a_sentence_with_a_title(quotes: Any) -> None:
    qs = quotes(
        "“The plan will fail the farmers of this state,” Okafor said. Even the host of the "
        "comedy show “Late Hour,” appeared to lose his temper on air. “Nobody in this country "
        "should have to listen to that kind of talk.”"
    )
    assert not any(q.method == "continuation" for q in qs), [(q.method, q.content) for q in qs]


def test_quote_right_after_an_indirect_one_is_its_speakers(quotes: Any) -> None:
    qs = quotes(
        "Ruto said the talks with the opposition would resume next week. “We have no other choice.”"
    )
    last = qs[-1]
    assert last.method == "continuation" and last.content == "We have no other choice."
    assert last.speaker is not None and last.speaker.text == "Ruto"


@pytest.mark.parametrize(
    "text",
    [
        # not a verb of saying
        "Ruto believes the talks with the opposition would resume next week. “We have no other "
        "choice.”",
        # a sentence between the two
        "Ruto said the talks with the opposition would resume next week. The opposition left "
        "the capital on Monday. “We have no other choice.”",
    ],
)
def test_quote_after_an_indirect_one_stays_unattributed(quotes: Any, text: str) -> None:
    qs = quotes(text)
    assert not any(q.method == "continuation" for q in qs), [(q.method, q.content) for q in qs]


@pytest.mark.parametrize(
    "text, content, kind",
    [
        # the quotation opened in the clause goes on past the clause's sentence
        (
            "Okafor said the senator “knows full well that the budget is late. Still, he "
            "does nothing about it.”",
            "the senator “knows full well that the budget is late. Still, he does nothing "
            "about it.",
            "mixed",
        ),
        (
            "The mayor argued that the council had “ignored the warnings for years. Now the "
            "bridge is closed and the town is cut off.”",
            "that the council had “ignored the warnings for years. Now the bridge is closed and "
            "the town is cut off.",
            "mixed",
        ),
    ],
)
def test_content_runs_to_the_end_of_its_quotation(
    quotes: Any, text: str, content: str, kind: str
) -> None:
    q = [q for q in quotes(text) if q.cue in ("said", "argued")][0]
    assert (q.content, q.kind) == (content, kind)


def test_quotation_in_a_content_stops_at_its_paragraph(quotes: Any) -> None:
    qs = quotes(
        "Okafor said the senator “knows full well that the budget is late.\n\n“Still, he does "
        "nothing about it.”"
    )
    q = _by_cue(qs, "said")[0]
    assert "\n" not in q.content


@pytest.mark.parametrize(
    "text, first, second",
    [
        (
            "“Senator,” Okafor said, “I have never seen a budget this late in thirty years.”",
            "Senator",
            "I have never seen a budget this late in thirty years.",
        ),
        (
            '"The danger," said Edward Lamb, an economist at the university, "is that we are '
            'going to lose the factories."',
            "The danger",
            "is that we are going to lose the factories.",
        ),
        (
            "“If the bridge had been repaired” by the council last spring, the mayor said at a "
            "town hall on Monday, “we would not be talking about this today.”",
            "If the bridge had been repaired",
            "we would not be talking about this today.",
        ),
    ],
)
def test_short_first_piece_of_a_split_quote(
    quotes: Any, text: str, first: str, second: str
) -> None:
    qs = quotes(text)
    assert [(q.content, q.method == "continuation") for q in qs] == [
        (first, False),
        (second, True),
    ]
    assert qs[0].speaker is not None and qs[0].speaker == qs[1].speaker
    (att,) = predicted(qs)  # one attribution, from the first piece to the last
    assert att["content"] is not None and text[att["content"][0] :].startswith(first)


@pytest.mark.parametrize(
    "text, cue, content",
    [
        (
            "The governor urged voters to reject the new tax on fuel.",
            "urged",
            "voters to reject the new tax on fuel",
        ),
        (
            "The union asked the company to reopen the plant in the spring.",
            "asked",
            "the company to reopen the plant in the spring",
        ),
        (
            "The mayor called on the council to repair the bridge.",
            "called",
            "the council to repair the bridge",
        ),
    ],
)
def test_who_is_urged_belongs_to_the_content(
    quotes: Any, text: str, cue: str, content: str
) -> None:
    q = _by_cue(quotes(text), cue)[0]
    assert q.content == content


@pytest.mark.parametrize(
    "text, cue, content",
    [
        (
            "She warned of the dangers of a trade war with Canada.",
            "warned of",
            "the dangers of a trade war with Canada",
        ),
        (
            "The mayor called for an inquiry into the collapse of the bridge.",
            "called for",
            "an inquiry into the collapse of the bridge",
        ),
    ],
)
def test_preposition_of_the_cue(quotes: Any, text: str, cue: str, content: str) -> None:
    q = _by_cue(quotes(text), cue)[0]
    assert q.content == content


def test_dateline_with_a_day_is_not_content(quotes: Any) -> None:
    qs = quotes(
        "NAIROBI, Feb. 2 (UPI) — The new budget will not raise taxes on farmers, the minister said."
    )
    q = _by_cue(qs, "said")[0]
    assert q.content == "The new budget will not raise taxes on farmers"


@pytest.mark.parametrize(
    "text",
    [
        "“Our approach is a humanitarian one,” said Okafor. “We do not ignore the threats.” On "
        "the issue of the children, he said: “We are aware it is a difficult issue in Europe.”",
        "Okafor, a former soldier, said: “There is no reason the aid workers should not go to the "
        "camps.” Kamau had said: “Children should not suffer for what their parents did.”",
    ],
)
def test_a_finished_quote_is_no_first_piece_of_the_next(quotes: Any, text: str) -> None:
    # the first quote ends its sentence: the next cue's quote is not its second half
    qs = quotes(text)
    last = qs[-1]
    assert last.method != "continuation" and last.content.startswith(("We are", "Children"))
    assert all(q.method != "continuation" or q.content.startswith("We do not") for q in qs)
