"""A place name inside a longer proper name is that name's, not a mention of the place
(made-up sentences, the real pipeline: the actors stage runs before the places stage)."""

from __future__ import annotations

import pytest

from newsgraph.types import Article, Place

pytestmark = pytest.mark.model


def places(pipeline, text: str) -> list[Place]:  # type: ignore[no-untyped-def]
    a = Article(id="t", source_id="t", origin="t", format="text", raw_text=text, text=text)
    parsed, skips = pipeline.process([a])
    assert not skips
    return list(parsed[0].facts["places"])


def names(found: list[Place]) -> list[str]:
    return [p.text for p in found]


def test_a_document_name_is_no_place(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = places(
        pipeline, "The Panama Papers revealed offshore accounts of officials in Iceland."
    )
    assert names(found) == ["Iceland"]


def test_a_named_process_or_agreement_is_no_place(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = places(pipeline, "Talks under the Astana process resumed in Geneva on Monday.")
    assert names(found) == ["Geneva"]
    found = places(
        pipeline, "Leaders signed the Minsk agreement, and the Oslo Accords were recalled in Gaza."
    )
    assert names(found) == ["Gaza"]
    # talks are held somewhere ("the Geneva talks"): "talks" is not a head of a name
    found = places(pipeline, "Russia and Iran agreed in the Astana talks to set up zones.")
    assert {"Russia", "Iran", "Astana"} <= set(names(found))


def test_the_short_form_of_an_organisation_follows_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = places(
        pipeline,
        "The State Duma approved the bill on Tuesday. Later the Duma voted again in Moscow.",
    )
    assert [(p.text, p.country) for p in found] == [("Moscow", "RUS")]


def test_the_place_itself_and_its_province_stay_places(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = places(
        pipeline,
        "Rebels shelled Douma on Friday. Jets struck Astana and Idlib Province on Monday.",
    )
    by_text = {p.text: p for p in found}
    assert by_text["Douma"].country == "SYR"
    assert by_text["Astana"].country == "KAZ"
    assert any(t.startswith("Idlib") and p.country == "SYR" for t, p in by_text.items())


def test_a_run_of_places_without_commas_is_a_list_not_one_name(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = places(pipeline, "They used chlorine and sarin in Damascus Hama Idlib and Aleppo.")
    assert {"Damascus", "Hama"} <= set(names(found))
