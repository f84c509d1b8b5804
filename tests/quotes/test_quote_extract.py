"""The quote extractor on small documents parsed by the real model."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.extract.quotes import quote_at, speaker_at
from newsgraph.types import Mention, Quote

pytestmark = pytest.mark.model


def _one(qs: list[Quote], word: str) -> Quote:
    found = [q for q in qs if word in q.content]
    assert found, [q.content for q in qs]
    return found[0]


def test_direct_quote_with_pronoun_speaker(quotes: Any) -> None:
    qs = quotes(
        "Iranian Foreign Minister Abbas Araghchi visited Ankara on Monday. "
        "“We will stand with Syria until the end,” he said."
    )
    q = _one(qs, "stand with Syria")
    assert q.kind == "direct" and q.cue == "said"
    assert q.content == "We will stand with Syria until the end"
    assert q.speaker is not None and q.speaker.text == "he"
    assert q.speaker.name == "Abbas Araghchi"
    assert q.speaker_method == "pronoun"


def test_said_colon_quote(quotes: Any) -> None:
    q = _one(
        quotes('Peskov said: "We continue our contacts at the appropriate level."'), "contacts"
    )
    assert q.kind == "direct" and q.cue == "said" and q.speaker and q.speaker.text == "Peskov"


def test_indirect_quote(quotes: Any) -> None:
    q = _one(
        quotes("Araghchi said that Tehran would consider sending troops to Syria."), "Tehran would"
    )
    assert q.kind == "indirect"
    assert q.cue == "said" and q.speaker and q.speaker.text == "Araghchi"
    assert q.content.startswith("that Tehran would")


def test_mixed_quote(quotes: Any) -> None:
    q = _one(
        quotes(
            "Fidan remarked that the regime had “wasted valuable time” in addressing the crisis."
        ),
        "wasted",
    )
    assert q.kind == "mixed" and q.speaker and q.speaker.text == "Fidan"


def test_pronoun_without_antecedent_stays_unresolved(quotes: Any) -> None:
    q = _one(
        quotes("“The situation is very dangerous for everyone in the region,” he said."),
        "dangerous",
    )
    assert q.speaker is not None and q.speaker.text == "he"
    assert q.speaker.actor_id is None and q.speaker.name is None
    assert q.speaker_method is None


def test_heading_is_not_an_antecedent(quotes: Any) -> None:
    text = (
        "The fighting spread to Hama on Tuesday.\nLavrov's warning\n"
        "“The situation is very dangerous for everyone in the region,” he said."
    )
    q = _one(quotes(text), "dangerous")
    assert q.speaker is not None and q.speaker.name is None


def test_agency_reported_that_x_said(quotes: Any) -> None:
    q = _one(
        quotes("IRNA reported that Pezeshkian said Iran was ready to help Syria."), "ready to help"
    )
    assert q.speaker and q.speaker.text == "Pezeshkian"
    assert q.via == ("IRNA",)


def test_told_reuters(quotes: Any) -> None:
    q = _one(
        quotes("A senior Iranian official told Reuters that Iran had sent advisers."), "advisers"
    )
    assert "Reuters" in q.via
    assert q.anonymous and q.affiliation == "IRN" and q.speaker_role == "official"


def test_according_to_a_website_is_via(quotes: Any) -> None:
    q = _one(
        quotes(
            "Pezeshkian said his country is ready for any cooperation with Russia, "
            "according to the Iranian government's website."
        ),
        "cooperation",
    )
    assert q.speaker and q.speaker.text == "Pezeshkian"
    assert any("website" in v for v in q.via)


def test_statement_quoted_him_as_saying(quotes: Any) -> None:
    q = _one(
        quotes(
            "“The escalation reflects far-reaching goals,” a statement from Assad’s "
            "office quoted him as saying."
        ),
        "escalation",
    )
    assert q.kind == "direct"
    assert q.speaker and q.speaker.text == "Assad"
    assert q.via == ("Assad’s office statement",)


def test_anonymous_source_from_a_ministry(quotes: Any) -> None:
    q = _one(
        quotes("A source from the Turkish foreign ministry said that the talks were difficult."),
        "talks",
    )
    assert q.anonymous and q.affiliation == "TUR foreign ministry" and q.speaker_role == "source"
    assert q.speaker and q.speaker.actor_id is None


def test_two_officials_as_reported_to_reuters_is_article_wide(quotes: Any) -> None:
    text = (
        "Assad complained about Turkey to Iran's foreign minister, as reported by two "
        "Iranian officials to Reuters this week. The meeting was tense.\n\n"
        "Fidan said that Turkey had no role in the offensive."
    )
    qs = quotes(text, outlet="Defence Talks")
    first = _one(qs, "complained")
    assert first.anonymous and first.affiliation == "IRN" and "Reuters" in first.via
    later = _one(qs, "no role")
    assert later.via[-1] == "Reuters" and later.via_kinds[-1] == "article"


def test_dispute_links_to_the_disputed_quote(quotes: Any) -> None:
    text = (
        "Fidan blamed Assad, claiming that his reluctance to negotiate caused the "
        "conflict. A source from the Turkish foreign ministry clarified that these were "
        "not Fidan's exact words."
    )
    qs = quotes(text)
    disputing = _one(qs, "exact words")
    (d,) = [x for x in disputing.disputes if x["role"] == "disputes"]
    assert d["kind"] == "clarification"
    assert d["claim_by"]["text"] == "Fidan"
    disputed = _one(qs, "reluctance")
    assert d["quote_id"] == disputed.id
    assert any(x["role"] == "disputed" and x["quote_id"] == disputing.id for x in disputed.disputes)


def test_denial(quotes: Any) -> None:
    q = _one(
        quotes("The Turkish foreign ministry denied that Ankara had backed the rebels."), "Ankara"
    )
    assert q.disputes and q.disputes[0]["kind"] == "denial"


def test_speaker_resolved_through_actor_mentions(quotes: Any) -> None:
    text = "The spokesman said that talks would resume."
    m = Mention(
        "a1",
        0,
        0,
        13,
        "The spokesman",
        "TITLE",
        "esmaeil-baghaei",
        "coreference",
        0.9,
        role="IRN foreign ministry spokesman",
        country="IRN",
        sector="GOV",
    )
    q = _one(quotes(text, (m,)), "talks")
    assert q.speaker and q.speaker.actor_id == "esmaeil-baghaei"
    assert q.speaker_method == "coreference"


@pytest.mark.parametrize(
    "text",
    [
        "He said “this quote never closes and goes on\nNext paragraph.",
        "Stray ” closing and “ opening ” marks ” everywhere “ said he.",
        "“" + "very long quote " * 700 + "” the minister said.",
        '"""" \'\'\' “”“” ‘’',
        "",
        "she said",
    ],
)
def test_bad_input_does_not_crash(quotes: Any, text: str) -> None:
    qs = quotes(text)
    assert all(q.content_start <= q.content_end for q in qs)


def test_long_quote_is_kept_whole(quotes: Any) -> None:
    body = "we will respond " * 700
    q = _one(quotes(f"“{body.strip()}” the minister said."), "we will respond")
    assert len(q.content) > 10_000 - 200 and q.kind == "direct"


def test_unclosed_quote_kept_with_flag(quotes: Any) -> None:
    q = _one(
        quotes(
            "The minister said: “we will never accept this outcome from anyone\n"
            "Other news followed."
        ),
        "never accept",
    )
    assert not q.closed


def test_quote_at_for_events(quotes: Any) -> None:
    text = "Araghchi said that Iran would send troops to Syria."
    qs = quotes(text)
    start = text.index("send")
    q = quote_at(qs, start, start + 4)
    assert q is not None and q.speaker and q.speaker.text == "Araghchi"
    assert speaker_at(qs, start, start + 4) == q.speaker
    assert quote_at(qs, 0, 3) is None


def test_headline_colon_and_claims_on_objects(quotes: Any) -> None:
    qs = quotes(
        "Obama: I am optimistic Americans will say no to Trump.\n\n"
        "Iran accused Turkey of backing the rebels. De Blasio called Trump a blowhard."
    )
    colon = _one(qs, "optimistic")
    assert colon.cue == ":" and colon.method == "colon" and colon.speaker
    assert colon.speaker.text == "Obama"
    assert _one(qs, "backing the rebels").speaker.text == "Iran"  # type: ignore[union-attr]
    assert _one(qs, "blowhard").cue == "called"


def test_transcript_labels_are_not_speakers(quotes: Any) -> None:
    qs = quotes("Q: Have you talked to her about the war?\n\nA: It has been about a month now.")
    assert not [q for q in qs if q.method == "colon"]


@pytest.mark.parametrize(
    "text, cue, content",
    [
        (
            "The senator pointed out that the bill had never been debated.",
            "pointed out",
            "that the bill had never been debated",
        ),
        (
            "The minister made it clear that the talks were over.",
            "made it clear",
            "that the talks were over",
        ),
        (
            "The senator made clear that she would not support the bill.",
            "made clear",
            "that she would not support the bill",
        ),
        (
            "Okafor questioned whether the army could hold the town.",
            "questioned",
            "whether the army could hold the town",
        ),
        (
            "The court ruled that the new law was unconstitutional.",
            "ruled",
            "that the new law was unconstitutional",
        ),
    ],
)
def test_claim_verbs_with_a_clause(quotes: Any, text: str, cue: str, content: str) -> None:
    q = _one(quotes(text), content.split()[1])
    assert (q.cue, q.content, q.kind) == (cue, content, "indirect")


@pytest.mark.parametrize(
    "text",
    [
        "The army made clear gains in the north of the country.",
        "The rain made the road to the border slippery.",
        "The minister pointed to the map of the region.",
        "The crisis pointed up that the budget was far too small.",  # "point" only with "out"
        "The police questioned the two suspects on Monday.",
        "The party ruled the country for thirty years.",
    ],
)
def test_the_same_verbs_without_a_clause_are_no_cue(quotes: Any, text: str) -> None:
    assert quotes(text) == []


def test_noun_of_saying_with_its_owner_and_clause(quotes: Any) -> None:
    q = _one(quotes("The ministry's warning that the border would close came too late."), "border")
    assert (q.cue, q.content) == ("warning", "that the border would close")
    assert q.speaker is not None and q.speaker.text == "The ministry"


@pytest.mark.parametrize(
    "text",
    [
        "The claim that the border would close spread quickly in the town.",  # nobody's
        "The ministry's claim that he made on Monday was false.",  # a relative clause
        "The ministry's warning about the border came too late.",  # no clause
    ],
)
def test_noun_of_saying_without_owner_or_clause_is_no_cue(quotes: Any, text: str) -> None:
    assert [q.cue for q in quotes(text)] == []


def test_subject_on_the_cue_line_wins_over_a_joined_time_stamp(quotes: Any) -> None:
    # the parser makes the time stamp above a subject of "says" too
    qs = quotes(
        "12:15 p.m.:\n\nGovernor Ann Otieno says that contrary to the claims of some candidates, "
        "she is not plotting to raise taxes."
    )
    q = _one(qs, "raise taxes")
    assert q.speaker is not None and q.speaker.text == "Governor Ann Otieno"
