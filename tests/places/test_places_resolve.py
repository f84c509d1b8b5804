"""Geocoding of place mentions with the real model, gazetteer and overlay (no mocks)."""

from __future__ import annotations

import pytest

from newsgraph.extract.place_roles import place_for_token
from newsgraph.extract.places import PlacesStage
from newsgraph.types import Article, Parsed, Place

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def stage(settings):  # type: ignore[no-untyped-def]
    return PlacesStage(settings)


def places(stage, nlp, text: str) -> list[Place]:  # type: ignore[no-untyped-def]
    a = Article(id="t", source_id="t", origin="t", format="text", raw_text=text, text=text)
    return stage.places_of(Parsed(article=a, doc=nlp(text)))


def one(found: list[Place], text: str) -> Place:
    hits = [p for p in found if p.text == text]
    assert hits, f"{text!r} not found among {[p.text for p in found]}"
    return hits[0]


def test_aleppo_and_its_arabic_name_are_the_same_city(stage, nlp):  # type: ignore[no-untyped-def]
    found = places(stage, nlp, "Rebels entered Aleppo on Friday. Residents of Halab fled north.")
    for text in ("Aleppo", "Halab"):
        p = one(found, text)
        assert (p.geonames_id, p.country, p.precision) == (170063, "SYR", "city")
        assert abs(p.lat - 36.20) < 0.05 and abs(p.lon - 37.16) < 0.05  # type: ignore[operator]


def test_transliterations_with_diacritics(stage, nlp):  # type: ignore[no-untyped-def]
    found = places(
        stage,
        nlp,
        "The fighting reached Ḩamāh, and Turkish-backed forces took "
        "Tall Rif'at, while Deir Ezzor stayed quiet.",
    )
    assert one(found, "Ḩamāh").geonames_id == 170017
    assert one(found, "Tall Rif'at").geonames_id == 163476
    assert one(found, "Deir Ezzor").geonames_id == 170794


def test_damascus_is_syria_unless_the_text_says_oregon(stage, nlp):  # type: ignore[no-untyped-def]
    plain = one(places(stage, nlp, "Israeli jets struck targets near Damascus."), "Damascus")
    assert (plain.geonames_id, plain.country, plain.feature) == (170654, "SYR", "PPLC")
    oregon = places(stage, nlp, "She grew up in Damascus, Oregon, and moved to Portland.")
    d = one(oregon, "Damascus")
    assert d.country == "USA" and d.admin1 == "OR" and d.method == "container"
    assert d.lat is not None and d.lat > 40  # Oregon, not Maryland (39.3)
    state = one(oregon, "Oregon")
    assert (state.precision, state.feature) == ("region", "ADM1")


def test_doha_is_qatar_unless_the_text_says_india(stage, nlp):  # type: ignore[no-untyped-def]
    plain = one(places(stage, nlp, "Talks resumed in Doha on Sunday."), "Doha")
    assert (plain.geonames_id, plain.country) == (290030, "QAT")
    india = one(places(stage, nlp, "A fair was held in Doha, India, last week."), "Doha")
    assert india.country != "QAT"
    assert india.country == "IND" or (india.precision is None and india.candidates)


def test_a_list_of_places_is_not_a_containment(stage, nlp):  # type: ignore[no-untyped-def]
    found = places(stage, nlp, "They discussed the situation in Gaza, Lebanon, and Syria.")
    gaza = one(found, "Gaza")
    assert gaza.country == "PSE" and gaza.precision == "region"


def test_unknown_name_stays_unresolved_with_candidates(stage, nlp):  # type: ignore[no-untyped-def]
    found = places(stage, nlp, "Shelling was reported in Khan Shaykun and in Zorbistanovka.")
    near = one(found, "Khan Shaykun")
    assert near.precision is None and near.geonames_id is None and near.lat is None
    assert near.note and "candidates" in near.note
    assert [c["name"] for c in near.candidates][:1] == ["Khan Sheikhoun"]
    nothing = one(found, "Zorbistanovka")
    assert nothing.precision is None and nothing.lat is None and nothing.candidates == ()
    assert nothing.note == "not in the gazetteer"


def test_spelling_variants_resolve_by_loose_key(stage, nlp):  # type: ignore[no-untyped-def]
    p = one(places(stage, nlp, "Shelling was reported in Qamishlyy."), "Qamishlyy")
    assert (p.geonames_id, p.method) == (173377, "skeleton")
    assert p.confidence < 0.8  # a loose match is less certain than the exact name


def test_country_mention_is_explicitly_country_precision(stage, nlp):  # type: ignore[no-untyped-def]
    p = one(places(stage, nlp, "Thousands fled into Lebanon overnight."), "Lebanon")
    assert (p.precision, p.feature, p.country, p.geonames_id) == ("country", "PCLI", "LBN", 272103)
    assert p.admin_level == "ADM0"


def test_province_word_gives_the_governorate(stage, nlp):  # type: ignore[no-untyped-def]
    found = places(stage, nlp, "Airstrikes hit Idlib province and the city of Idlib.")
    assert [p.text.split()[0] for p in found] == ["Idlib", "Idlib"]
    prov, city = found
    assert (prov.feature, prov.precision, prov.geonames_id) == ("ADM1", "region", 169387)
    assert (city.precision, city.geonames_id) == ("city", 169389)


def test_metonyms_are_flagged_but_still_placed(stage, nlp):  # type: ignore[no-untyped-def]
    found = places(
        stage,
        nlp,
        "Damascus said it would respond. Tehran would consider "
        "sending troops. Ankara pledged its support. Araghchi visited "
        "Damascus on Sunday.",
    )
    flags = [(p.text, p.metonym) for p in found]
    assert flags[:3] == [("Damascus", True), ("Tehran", True), ("Ankara", True)]
    visit = found[-1]
    assert visit.text == "Damascus" and not visit.metonym and visit.geonames_id == 170654
    assert all(p.lat is not None for p in found)


def test_destinations_and_partners_are_told_apart(stage, nlp):  # type: ignore[no-untyped-def]
    found = places(
        stage,
        nlp,
        "Russia sent troops to Syria. Iran wants closer relations with "
        "Ankara. Turkey's role grew. Aleppo fell to the rebels.",
    )
    flags = {(p.text, p.metonym) for p in found}
    assert {
        ("Russia", True),
        ("Syria", False),
        ("Ankara", True),
        ("Turkey", True),
        ("Aleppo", False),
    } <= flags


def test_place_for_token_finds_the_clause_location(stage, nlp):  # type: ignore[no-untyped-def]
    text = "Damascus said that jets bombed a market in Idlib on Monday."
    a = Article(id="t", source_id="t", origin="t", format="text", raw_text=text, text=text)
    doc = nlp(text)
    found = stage.places_of(Parsed(article=a, doc=doc))
    bombed = next(t for t in doc if t.lemma_ == "bomb")
    said = next(t for t in doc if t.lemma_ == "say")
    where = place_for_token(doc, found, bombed)
    assert where is not None and where.text == "Idlib"
    assert place_for_token(doc, found, said) is None  # Damascus is the speaker, not a place
