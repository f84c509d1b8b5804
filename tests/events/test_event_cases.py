"""The issue's cases, through the real pipeline (real model, every configured stage)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from newsgraph.types import Article, EventReport, Skip


def run_text(
    pipeline: Any, text: str, published: date | None = date(2024, 12, 7)
) -> tuple[list[EventReport], list[Skip]]:
    a = Article(
        id="t" + str(abs(hash(text)) % 10**8),
        source_id="t",
        origin="test",
        format="text",
        raw_text=text,
        text=text,
        published=published,
    )
    parsed, skips = pipeline.process([a])
    assert parsed, skips
    return list(parsed[0].facts.get("events", ())), skips


def find(events: list[EventReport], type_: str) -> EventReport:
    hits = [e for e in events if e.type == type_]
    assert hits, [(e.type, e.trigger) for e in events]
    return hits[0]


def test_compound_actors_aerial_with_place_and_date(pipeline: Any) -> None:
    evs, _ = run_text(
        pipeline,
        "On Monday, Syrian and Russian jets launched air raids on rebel positions in Idlib.",
    )
    e = find(evs, "ASSAULT")
    assert e.mode == "aerial"
    texts = " ".join(a.text for a in e.actors)
    assert "Syrian" in texts and "Russian" in texts and len(e.actors) >= 2
    assert all(a.sector == "MIL" for a in e.actors)
    assert e.place is not None and "Idlib" in (e.place.name or e.place.text)
    assert e.date == "2024-12-02" and e.date_precision == "day"


def test_presidents_of_two_states_are_two_actors(pipeline: Any) -> None:
    evs, _ = run_text(pipeline, "The presidents of Russia and Iran pledged support to Syria.")
    e = find(evs, "AGREE")  # a pledge of support: AGREE (PLOVER)
    assert {a.text for a in e.actors} >= {"Russia", "Iran"}
    assert any("Syria" in r.text for r in e.recipients)


def test_negated(pipeline: Any) -> None:
    evs, _ = run_text(pipeline, "Russia did not attack Ukraine on Monday.")
    assert find(evs, "ASSAULT").negated


def test_conditional_is_hypothetical(pipeline: Any) -> None:
    evs, _ = run_text(
        pipeline,
        "Tehran would consider direct military intervention in Syria if requested by Damascus.",
    )
    assert evs and all(e.hypothetical for e in evs)


def test_historical_has_year_date(pipeline: Any) -> None:
    evs, _ = run_text(pipeline, "In 2015, Russia sent troops to Syria.")
    e = evs[0]
    assert e.historical and e.date == "2015" and e.date_precision == "year"


def test_reported_speech_has_speaker(pipeline: Any) -> None:
    evs, _ = run_text(
        pipeline,
        "Baghaei claimed that Israel and the US have supported the terrorist groups in Syria.",
    )
    sup = find(evs, "SUPPORT")
    assert sup.reported and sup.speaker is not None and "Baghaei" in sup.speaker.text
    acc = find(evs, "ACCUSE")
    assert not acc.reported and {"Israel", "US"} <= {r.text for r in acc.recipients}


def test_never_the_publication_date(pipeline: Any) -> None:
    evs, _ = run_text(
        pipeline, "Russian jets bombed rebel positions near Idlib.", published=date(2024, 12, 3)
    )
    assert evs and all(e.date is None for e in evs)


def test_place_only_from_the_same_clause(pipeline: Any) -> None:
    evs, _ = run_text(
        pipeline, "Araghchi visited Damascus on Sunday. Russia attacked the rebels on Monday."
    )
    visit = find(evs, "CONSULT")
    assert visit.mode == "visit" and visit.place is not None
    attack = find(evs, "ASSAULT")
    assert attack.place is None


# ---------------------------------------------------------------- bad input


def test_500_word_sentence_is_skipped(pipeline: Any) -> None:
    text = "Russia attacked Ukraine and " + " and ".join(["the army shelled the town"] * 100) + "."
    evs, skips = run_text(pipeline, text)
    assert not evs
    assert any(s.stage == "events:sentence" and "too long" in s.reason for s in skips)


def test_flattened_table_is_skipped(pipeline: Any) -> None:
    text = (
        "Date | Actor | Event | Target\n2024-12-01 | Russia | attacked | Idlib\n"
        "2024-12-02 | Iran | visited | Damascus\n2024-12-03 | Turkey | backed | rebels"
    )
    evs, skips = run_text(pipeline, text)
    assert not evs
    assert any("list or table" in s.reason for s in skips)


@pytest.mark.parametrize("headline", ["Iran attack on Israel", "‘Unconditional Support’ to Syria"])
def test_verbless_headline_gives_no_event(pipeline: Any, headline: str) -> None:
    evs, _ = run_text(pipeline, headline)
    assert evs == []


def test_nested_quote_is_not_coded(pipeline: Any) -> None:
    text = "Fidan said: “They told us ‘Russia attacked the rebels’ and left.”"
    evs, skips = run_text(pipeline, text)
    assert not [e for e in evs if e.type == "ASSAULT"]
    assert any("nested quotation" in s.reason for s in skips)


@pytest.mark.parametrize(
    "text",
    [
        "The foreign ministers of France, Germany, Italy, Spain, Poland, Sweden, Denmark, "
        "Finland, Austria and Greece condemned the attack on the embassy.",
        "The spokesman accused Israel of arming, funding, training, sheltering, advising, "
        "transporting, paying and protecting the militants, and of attacking Syria.",
        "Iran alleges coordination between the rebels and the US\n\nAddressing a weekly press "
        "conference on Monday, the spokesman claimed that the US has supported the rebels.\n\n",
    ],
)
def test_a_real_sentence_with_many_commas_or_a_merged_headline_is_not_a_list(
    pipeline: Any, text: str
) -> None:
    _, skips = run_text(pipeline, text)
    assert not any("list or table" in s.reason for s in skips)


@pytest.mark.parametrize(
    "text",
    [
        "Home, World, UK, Politics, Business, Sport, Culture, Travel, Opinion, Video, "
        "Podcasts, Newsletters, Sign up",
        "Starters, soup of the day, garlic bread, olives, Mains, lamb, chicken, fish, "
        "Desserts, ice cream, cheese, fruit",
        "Russia attacked Idlib\nIran visited Damascus\nTurkey backed rebels\nIsrael struck Gaza",
    ],
)
def test_a_flattened_menu_or_table_is_still_refused(pipeline: Any, text: str) -> None:
    evs, skips = run_text(pipeline, text)
    assert not evs
    assert any("list or table" in s.reason for s in skips) or not skips
