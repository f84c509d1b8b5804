"""Gazetteer lookups are memoised; adding an entry must not leave a stale answer behind."""

from __future__ import annotations

from newsgraph.resolve.places.gazetteer import Gazetteer
from newsgraph.types import GeoEntry


def _entry(gid: int, name: str, country: str) -> GeoEntry:
    return GeoEntry(gid, name, 1.0, 2.0, country, None, "PPL", population=20_000)


def test_a_name_added_after_a_lookup_is_found_by_the_next_one() -> None:
    gaz = Gazetteer()
    gaz._add(_entry(1, "Tal Rifaat", "SYR"), ["Tal Rifaat"])
    assert [m.entry.geonames_id for m in gaz.lookup("Tal Rifaat")] == [1]
    assert gaz.lookup("Manbij") == [] and gaz.fuzzy("Manbij") == []

    gaz._add(_entry(2, "Manbij", "SYR"), ["Manbij"])
    assert [m.entry.geonames_id for m in gaz.lookup("Manbij")] == [2]
    assert [m.entry.geonames_id for m in gaz.fuzzy("Manbjj")] == [2]

    # An overlay refining entry 1 replaces what the memoised answer pointed at.
    gaz._add(_entry(1, "Tal Rifaat", "TUR"), [])
    assert [m.entry.country for m in gaz.lookup("Tal Rifaat")] == ["TUR"]


def test_callers_get_their_own_list() -> None:
    gaz = Gazetteer()
    gaz._add(_entry(1, "Aleppo", "SYR"), ["Aleppo"])
    gaz.lookup("Aleppo").clear()
    assert len(gaz.lookup("Aleppo")) == 1
