"""Heads of state and government, from the Phoenix dictionaries, for the states the KB lacks.

    .venv/bin/python scripts/mine_phoenix_heads.py [--datasets ../shared/datasets] [--offices]

Writes ``src/newsgraph/data/kb/phoenix_heads.yaml``. ``Phoenix.Countries.actors.txt`` is built
from CountryInfo.txt, whose "leaders" of a state (its heads of state and of government) come
as entries marked ``# CountryInfo.txt`` that hold an elite spell (``[SYRELI ...]``) and plain
government spells (``[SYRGOV 000717-...]``: no sub-code such as GOVFIN or GOVLEG, which mark
ministers and parliamentarians of its cabinet lists). Only those entries are read, and only
for the states in which the KB has no head-of-state or head-of-government role at all.

Phoenix does not say which of the two offices a leader held, so the role's title is
``head of state or government`` (sector GOV). Spells are clipped to start no earlier than
2000-01-01 and are kept only if they reach past it. An open Phoenix spell (``[BTNGOV >061214]``)
means "in office when CountryInfo was compiled" (the date in its name, CountryInfo.140130.txt),
not "in office today": it ends on that date, since the KB's open end means "held at the
data's cut-off". A person whose names include an alias of a KB person is left out (already in
the KB), as is a name a KB actor already claims; names with titles ("PRESIDENT_...") and
one-word names are not taken; a leading "Sir"/"Dame" is dropped. Every person gets the
inverted catalogue form of the name ("Young, Colville") as an alias, so that the loader makes
no bare surname an alias (see docs/actors.md, "Surnames"): the surnames of leaders of small
states ("Harris", "Hughes", "Young") are far more often someone else's in the news, while the
full name and surname coreference after it still resolve. Each actor's comment gives the
line of Phoenix.Countries.actors.txt it comes from. The run ends by listing the states that
still have no head: CountryInfo names no leader for them (dependent territories, coded as
sub-units such as USAPRI or DNKGRL, Western Sahara, and Bosnia, whose block has no people).

No minister is mined, and ``--offices`` (which writes nothing) prints why: it looks up the KB's
own dated office holders in Phoenix and counts the code Phoenix gives each of them a month into
the role. Foreign ministers carry plain ``XXXGOV``, the code of the heads themselves (and of
ambassadors and ministers without a sub-code); interior ministers mostly plain GOV too, else
GOVMIL, GOVCOP or GOVJUD; defence ministers GOVMIL in about half the cases, a code Phoenix also
gives interior ministers (Sarkozy 2003), security-service heads (Patrushev, Bortnikov),
national security advisers and junior ministers. No code or field states the office, so a
minister taken from these dictionaries would be a guess (see docs/actors.md, "Coverage").
Source: openeventdata/petrarch2, petrarch2/data/dictionaries (MIT, (c) 2014 Open Event Data
Alliance).
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT.parent / "src"))

from kb_coverage import OFFICES, shipped_kb  # noqa: E402
from mine_phoenix import TITLE_WORDS, pretty  # noqa: E402

from newsgraph.names import norm_alias  # noqa: E402
from newsgraph.resolve.actors import build_kb, shipped_kb_dir  # noqa: E402
from newsgraph.resolve.kb import KnowledgeBase  # noqa: E402
from newsgraph.resolve.kb_files import read_kb_file  # noqa: E402

OUT = ROOT.parent / "src" / "newsgraph" / "data" / "kb" / "phoenix_heads.yaml"
TITLE = "head of state or government"
SINCE = date(2000, 1, 1)
HEAD_TITLES = {*OFFICES["head of state"], *OFFICES["head of government"], TITLE}
_SPELL = re.compile(r"\[([A-Z]{3})(ELI|GOV)([A-Z]*)\s*([<>]?)\s*(\d{6}|\d{8})?(?:-(\d{6}))?\s*\]")
_COMPILED = re.compile(r"CountryInfo\.(\d{6})\.txt")
# Errors of the dictionary itself, found by reading its output (a head of Mauritius deposed in
# Nouakchott): CountryInfo lists Mauritania's leaders in the Mauritius block with Mauritius's
# code, MUS. Their spells are recoded to Mauritania's before anything else is read.
_MISCODED = ("MUS", "MRT")
_MISCODED_LEADERS = {
    "MOKTAR_OULD_DADDAH", "MUSTAFA_OULD_SALEK", "MOHAMED_MAHMOUD_OULD_LOULY",
    "MOHAMED_KHOUNA_OULD_HAIDALLA", "MAAOUYA_OULD_SID'AHMED_TAYA", "ELY_OULD_MOHAMED_VALL",
    "SIDI_MOHAMED_OULD_CHEIKH_ABDALLAHI", "MOHAMED_OULD_ABDEL_AZIZ", "AHMED_OULD_BOUCEIF",
    "SID_AHMED_OULD_BNEIJARA", "SIDI_MOHAMED_OULD_BOUBACAR", "CHEIKH_EL_AVIA_OULD_MOHAMED_KHOUNA",
    "MOHAMED_LEMINE_OULD_GUIG", "SGHAIR_OULD_M'BARECK", "ZEINE_OULD_ZEIDANE",
    "YAHYA_OULD_AHMED_EL_WAGHEF",
}  # fmt: skip


def yymmdd(s: str) -> date | None:
    if len(s) == 8:
        return None  # 19280101: long before 2000
    yy, mm, dd = int(s[:2]), int(s[2:4]), int(s[4:6])
    try:
        return date(2000 + yy if yy < 30 else 1900 + yy, mm, dd)
    except ValueError:
        return None  # the dictionaries hold a few impossible dates


@dataclass
class Entry:
    line: int
    names: list[str]
    countryinfo: bool
    miscoded: bool = False  # one of _MISCODED_LEADERS
    eli: set[str] = field(default_factory=set)  # countries with an elite spell
    gov: list[tuple[str, date, date | None]] = field(default_factory=list)  # plain GOV spells
    # every dated GOV spell with its sub-code ("" for plain GOV), for --offices
    coded: list[tuple[str, str, date, date | None]] = field(default_factory=list)


def bare(name: str) -> str:
    """Sir Daniel Williams -> Daniel Williams."""
    return re.sub(r"^(?:Sir|Dame)\s+", "", name)


def entries(text: str) -> list[Entry]:
    out: list[Entry] = []
    for no, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line[:1] in " \t[":
            if not out:
                continue
            for m in _SPELL.finditer(line):
                country, kind, sub, op, first, second = m.groups()
                if out[-1].miscoded and country == _MISCODED[0]:
                    country = _MISCODED[1]
                if kind == "ELI":
                    out[-1].eli.add(country)
                    continue
                if first is None or op == "<":
                    continue  # no dates
                a = yymmdd(first)
                b = yymmdd(second) if second else None
                if a is None or (second and b is None) or (op != ">" and not second):
                    continue
                out[-1].coded.append((country, sub, a, b))
                if not sub:  # a ministry or other body has a sub-code
                    out[-1].gov.append((country, a, b))
            continue
        name, _, comment = line.partition("#")
        name = name.strip()
        miscoded = name.rstrip("_") in _MISCODED_LEADERS
        if name.startswith("+"):
            if out:
                out[-1].names.append(bare(pretty(name[1:])))
        elif name:
            out.append(Entry(no, [bare(pretty(name))], "CountryInfo.txt" in comment, miscoded))
    return out


def slug(name: str) -> str:
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--datasets", default=str(ROOT.parent.parent / "shared" / "datasets"))
    ap.add_argument(
        "--offices",
        action="store_true",
        help="write nothing; print the Phoenix codes of the KB's own office holders",
    )
    args = ap.parse_args()
    path = Path(args.datasets) / "cameo" / "Phoenix.Countries.actors.txt"
    if not path.is_file():
        sys.exit(f"dataset not found: {path}")
    text = path.read_text(encoding="utf-8", errors="replace")
    m = _COMPILED.search(text)
    if m is None:
        sys.exit("no CountryInfo date in the dictionary's header")
    compiled = yymmdd(m.group(1))
    assert compiled is not None
    # The KB without this script's own output, so a rerun gives the same file.
    kb = build_kb(
        [[read_kb_file(p) for p in sorted(shipped_kb_dir().glob("*.yaml")) if p.name != OUT.name]]
    )
    states = {a.country or a.id for a in kb if a.type == "state"}
    headed = {
        r.country
        for a in kb
        for r in a.roles
        if r.country
        and (
            (r.title in HEAD_TITLES and r.title != "leader")
            or (r.title == "leader" and r.org == f"{r.country}.GOV")
        )
    }
    if args.offices:
        offices_report(entries(text), shipped_kb(), compiled)
        return
    claimed = {key for key, _ in kb.aliases()}
    person_keys = {
        key for key, h in kb.aliases() if (a := kb.get(h.actor_id)) and a.type == "person"
    }
    ids = {a.id for a in kb}
    people: dict[str, dict[str, object]] = {}
    by_key: dict[str, str] = {}  # a name's key -> id of the new person who has it
    for e in entries(text):
        if not e.countryinfo:
            continue
        spells = []
        for country, a, b in e.gov:
            if country not in e.eli or country not in states or country in headed:
                continue
            end = b if b is not None else compiled
            if end <= SINCE:
                continue
            spells.append((country, max(a, SINCE), end))
        if not spells:
            continue
        keys = [norm_alias(n) for n in e.names]
        if any(k in person_keys for k in keys if " " in k):
            continue  # already in the KB
        names = [
            n
            for n, k in zip(e.names, keys, strict=True)
            if " " in k and not TITLE_WORDS & set(k.split()) and k not in claimed
        ]
        if not names:
            continue
        same = {by_key[k] for k in map(norm_alias, names) if k in by_key}
        if len(same) > 1:
            continue  # two Phoenix people share a name: which one is unclear
        if same:
            aid = same.pop()
        else:
            aid = slug(names[0])
            while aid in ids:
                aid += "-x"
            ids.add(aid)
            people[aid] = {"name": names[0], "names": [], "roles": [], "lines": []}
        person = people[aid]
        for n in names:
            if norm_alias(n) not in by_key:
                by_key[norm_alias(n)] = aid
                if norm_alias(n) != norm_alias(str(person["name"])):
                    person["names"].append(n)  # type: ignore[attr-defined]
        person["lines"].append(e.line)  # type: ignore[attr-defined]
        person["roles"].extend(spells)  # type: ignore[attr-defined]
    write(people, compiled)
    mined = {r[0] for p in people.values() for r in p["roles"]}  # type: ignore[attr-defined]
    left = sorted(states - headed - mined)
    print(f"{len(states - headed)} states have no head in the other files; {len(left)} of them")
    print("have no CountryInfo leader since 2000 either: " + " ".join(left))


def offices_report(found: list[Entry], kb: KnowledgeBase, compiled: date) -> None:
    """Which Phoenix code the KB's own office holders carry: the check behind mining heads only.

    A KB person is matched to the CountryInfo entries that share one of its multi-word names;
    each of its roles in a state starting 2000 to ``compiled`` is looked up on one day (a month
    after its start, or its middle if shorter) among the dated GOV spells Phoenix gives that
    person in that state. Counted per office (``kb_coverage.OFFICES``) and Phoenix code."""
    by_key: dict[str, list[Entry]] = defaultdict(list)
    for e in found:
        if e.countryinfo:
            for n in e.names:
                if " " in norm_alias(n):
                    by_key[norm_alias(n)].append(e)
    keys: dict[str, set[str]] = defaultdict(set)
    for key, h in kb.aliases():
        if " " in key and key in by_key:
            keys[h.actor_id].add(key)
    office_of = {t: o for o, ts in OFFICES.items() for t in ts} | {TITLE: "head of state"}
    table: Counter[tuple[str, str]] = Counter()
    for aid, ks in keys.items():
        a = kb.get(aid)
        if a is None or a.type != "person":
            continue
        mine = {id(e): e for k in ks for e in by_key[k]}.values()
        for r in a.roles:
            if r.country is None or r.start is None or not SINCE <= r.start < compiled:
                continue
            end = min(r.end or compiled, compiled)
            day = r.start + min(timedelta(days=31), (end - r.start) / 2)
            codes = {
                "GOV" + sub
                for e in mine
                for c, sub, s, t in e.coded
                if c == r.country and s <= day < (t or compiled)
            }
            office = office_of.get(r.title, "other titles")
            if office == "head of government" or office == "head of state":
                office = "head of state or government"
            table[(office, "+".join(sorted(codes)) or "not coded then")] += 1
    rows = ["head of state or government", "foreign", "defence", "interior", "other titles"]
    cols = [c for c, _ in Counter(c for _, c in table.elements()).most_common()]
    print("KB roles (2000 to CountryInfo's date) of people with a CountryInfo entry, by the")
    print("Phoenix code of that person in that state a month into the role:")
    print()
    print("| KB office | " + " | ".join(cols) + " |")
    print("| --- |" + " ---: |" * len(cols))
    for row in rows:
        print(f"| {row} | " + " | ".join(str(table[(row, c)]) for c in cols) + " |")


def write(people: dict[str, dict[str, object]], compiled: date) -> None:
    lines = [
        "# GENERATED by scripts/mine_phoenix_heads.py -- do not edit; rerun the script.",
        "# Heads of state or government since 2000 of the states that have none in the other",
        "# files, from the leaders that CountryInfo.txt lists in Phoenix.Countries.actors.txt",
        "# (openeventdata/petrarch2, petrarch2/data/dictionaries; MIT licence, (c) 2014 Open",
        "# Event Data Alliance). Phoenix does not say which office, hence the title. Spells are",
        "# clipped to 2000-01-01; a spell Phoenix leaves open ends on the date CountryInfo was",
        f"# compiled ({compiled}): what came after is unknown here, not 'still in office'.",
        "# The comment of each actor gives its line(s) in Phoenix.Countries.actors.txt.",
        "source: openeventdata/petrarch2 Phoenix.Countries.actors.txt (CountryInfo leaders)",
        "licence: MIT",
        "actors:",
    ]
    order = sorted(people, key=lambda i: (people[i]["roles"][0][0], people[i]["roles"][0][1], i))  # type: ignore[index]
    for aid in order:
        p = people[aid]
        roles = merged(p["roles"])  # type: ignore[arg-type]
        country = roles[0][0]
        where = ", ".join(map(str, p["lines"]))  # type: ignore[call-overload]
        lines.append(f"  - id: {aid}  # Phoenix.Countries.actors.txt line {where}")
        lines.append("    type: person")
        lines.append(f"    name: {quote(str(p['name']))}")
        first, _, last = str(p["name"]).rpartition(" ")
        aliases = [f"{last}, {first}", *p["names"]]  # type: ignore[misc]
        lines.append("    aliases: [" + ", ".join(quote(n) for n in aliases) + "]")
        lines.append(f"    country: {country}")
        lines.append("    roles:")
        for c, a, b in roles:
            lines.append(
                f"      - {{title: {TITLE}, country: {c}, sector: GOV, start: {a}, end: {b}}}"
            )
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    n = sum(len(merged(p["roles"])) for p in people.values())  # type: ignore[arg-type]
    states = {r[0] for p in people.values() for r in p["roles"]}  # type: ignore[attr-defined]
    print(f"wrote {len(people)} people, {n} spells, {len(states)} states to {OUT}")


def merged(spells: list[tuple[str, date, date]]) -> list[tuple[str, date, date]]:
    """One spell for overlapping or touching spells of a person in one state (a person listed
    twice, as Phoenix does for some)."""
    out: list[tuple[str, date, date]] = []
    for c, a, b in sorted(set(spells), key=lambda r: (r[0], r[1])):
        if out and out[-1][0] == c and a <= out[-1][2]:
            out[-1] = (c, out[-1][1], max(b, out[-1][2]))
        else:
            out.append((c, a, b))
    return sorted(out, key=lambda r: (r[1], r[0]))


def quote(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


if __name__ == "__main__":
    main()
