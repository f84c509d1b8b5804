"""An organisation named after a place (an airline, a news outlet, a club, a company) is neither
a mention of the place nor of its state; a facility named after its place is in the place
(made-up sentences, the real pipeline: the actors stage runs before the places stage)."""

from __future__ import annotations

import pytest

from newsgraph.types import Article, Mention, Place

pytestmark = pytest.mark.model


def facts(pipeline, text: str) -> tuple[list[Place], list[Mention]]:  # type: ignore[no-untyped-def]
    a = Article(id="t", source_id="t", origin="t", format="text", raw_text=text, text=text)
    parsed, skips = pipeline.process([a])
    assert not skips
    f = parsed[0].facts
    return list(f["places"]), list(f["mentions"])


def names(found: list[Place]) -> list[str]:
    return [p.text for p in found]


def actors(mentions: list[Mention]) -> set[str]:
    return {m.actor_id for m in mentions if m.actor_id}


def test_an_airline_is_no_place(pipeline) -> None:  # type: ignore[no-untyped-def]
    found, mentions = facts(pipeline, "An Iran Air flight landed in Beirut on Monday.")
    assert names(found) == ["Beirut"]
    assert not any(a.startswith("IRN") for a in actors(mentions))


def test_news_outlets_are_no_places_nor_states(pipeline) -> None:  # type: ignore[no-untyped-def]
    found, _ = facts(pipeline, "Aleppo Today said the strikes hit Idlib on Friday.")
    assert names(found) == ["Idlib"]
    found, mentions = facts(
        pipeline, "Syria TV reported that shelling killed five people in Daraa."
    )
    assert names(found) == ["Daraa"]
    assert "SYR" not in actors(mentions)
    found, _ = facts(pipeline, "The Kyiv Post reported fighting near Donetsk.")
    assert names(found) == ["Donetsk"]
    found, _ = facts(
        pipeline, "The Sydney Morning Herald and the Dallas Morning News reported it from Raqqa."
    )
    assert names(found) == ["Raqqa"]


def test_clubs_and_companies_are_no_places(pipeline) -> None:  # type: ignore[no-untyped-def]
    found, _ = facts(
        pipeline, "Manchester United won the match, and Manchester City lost the game in Madrid."
    )
    assert names(found) == ["Madrid"]
    found, _ = facts(
        pipeline,
        "Kabul Bank collapsed in 2010, and the Washington Institute published a study in Cairo.",
    )
    assert names(found) == ["Cairo"]


def test_facilities_and_places_named_so_stay_places(pipeline) -> None:  # type: ignore[no-untyped-def]
    found, _ = facts(
        pipeline, "Jets struck Damascus airport and Aleppo University Hospital on Tuesday."
    )
    assert [(p.text, p.country) for p in found] == [("Damascus", "SYR"), ("Aleppo", "SYR")]
    found, _ = facts(pipeline, "US missiles hit Shayrat Air Base near Homs.")
    assert {"Shayrat Air Base", "Homs"} <= set(names(found))
    # a facility's whole name holding "Air" is no airline
    found, _ = facts(pipeline, "Israeli jets struck the Tiyas Air Base in Homs province on Monday.")
    assert any("Tiyas" in p.text and p.country == "SYR" for p in found)
    found, _ = facts(pipeline, "Protesters gathered in Kuwait City and the West Bank on Friday.")
    assert [p.country for p in found] == ["KWT", "PSE"]
    # "City" names a club only in a sports sentence; "air strikes" are no airline
    found, _ = facts(pipeline, "Syria Air strikes kill 20 in Idlib.")
    assert {"Syria", "Idlib"} <= set(names(found))
    found, mentions = facts(pipeline, "The US United Nations ambassador spoke in New York.")
    assert {"US", "New York"} <= set(names(found))
    assert "USA" in actors(mentions)
