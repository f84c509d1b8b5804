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


def test_fuzzy_keys_are_the_exact_keys_holding_a_name() -> None:
    """Alternate names are no fuzzy target; a key that later also holds a name is one."""
    from newsgraph.resolve.places.gazetteer import ALT, NAME

    gaz = Gazetteer()
    gaz._add(_entry(1, "Manbij", "SYR"), ["Manbij"])
    gaz._index_names(0, ["Menbij", "Mambij"], ALT)
    gaz._add(_entry(2, "Mambij", "SYR"), ["Mambij"])  # an alternate name, then a name
    gaz._add(_entry(3, "Mosul", "IRQ"), ["Mosul"])
    assert gaz.fuzzy("Mosull")  # builds the key lists
    exact = gaz._index["exact"]
    expected: dict[str, list[str]] = {}
    for k, hits in exact.items():
        if any(kind == NAME for _, kind in hits):
            expected.setdefault(k[0], []).append(k)
    assert gaz._fuzzy_keys == expected
    assert "menbij" not in expected["m"] and "mambij" in expected["m"]
