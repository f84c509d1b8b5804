"""Mine extra aliases for actors we already have from the Phoenix/PETRARCH actor dictionaries.

    .venv/bin/python scripts/mine_phoenix.py [--datasets ../shared/datasets]

Writes ``src/newsgraph/data/kb/phoenix_aliases.yaml`` (``extend:`` entries). Only ALIASES are
taken: the dictionaries' codes and date ranges stop in 2014 and are wrong in places (they code
Jabhat al-Nusra as SYRGOV), so no role, sector or country comes from them. A Phoenix entry is
matched to one of our person/organisation actors when one of its names is already an alias of
that actor; from it we keep the names that no other actor claims, that carry no title
("PRESIDENT_...", "AMBASSADOR_..."), and, for organisations, that are not people's names
(the Nusra block lists al-Jolani; the ISIL block lists al-Baghdadi).
Source: openeventdata/petrarch2, petrarch2/data/dictionaries (MIT, (c) 2014 Open Event Data
Alliance).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsgraph.names import norm_alias  # noqa: E402
from newsgraph.resolve.actors import build_kb, shipped_kb_dir  # noqa: E402
from newsgraph.resolve.kb import translit_key  # noqa: E402
from newsgraph.resolve.kb_files import read_kb_file  # noqa: E402

OUT = ROOT / "src" / "newsgraph" / "data" / "kb" / "phoenix_aliases.yaml"
FILES = (
    "Phoenix.Countries.actors.txt",
    "Phoenix.International.actors.txt",
    "Phoenix.MilNonState.actors.txt",
)
TITLE_WORDS = {
    "president",
    "prime",
    "minister",
    "ambassador",
    "mr",
    "mrs",
    "dr",
    "general",
    "gen",
    "foreign",
    "defense",
    "defence",
    "secretary",
    "king",
    "emir",
    "sheikh",
    "ayatollah",
    "former",
    "chairman",
    "leader",
    "chief",
    "spokesman",
    "envoy",
    "commander",
    "pm",
    "official",
    "officials",
    "spokesperson",
    "spokeswoman",
    "russian",
    "syrian",
    "iranian",
    "turkish",
    "iraqi",
    "american",
    "israeli",
    "minister's",
    "premier",
    "colonel",
    "lt",
    "sen",
    "senator",
    "gov",
    "governor",
}
ORG_WORDS = {
    "government",
    "regime",
    "forces",
    "army",
    "administration",
    "office",
    "cabinet",
    "military",
    "troops",
    "loyalists",
    "supporters",
}
PERSON_START = {"abu", "abd", "abdul", "abdel", "sheikh", "mullah", "umm"}
PARTICLES = {"al", "el", "bin", "ibn", "bint", "de", "la", "van", "von", "der", "ad", "as"}


FUNCTION_WORDS = {"of", "the", "for", "and", "in", "on", "to", "at", "fi"}
# Descriptions, branches and look-alikes ("al-Qaeda in Iraq", "al-Qaeda-linked Abu Sayyaf").
DESCRIPTIVE = {
    "linked",
    "operatives",
    "offshoot",
    "affiliated",
    "affiliate",
    "in",
    "group",
    "abu",
    "sayyaf",
    "cell",
    "cells",
    "militants",
    "fighters",
    "members",
    "unscr",
}
ORG_VOCAB = {
    "committee",
    "council",
    "agency",
    "command",
    "office",
    "department",
    "organization",
    "organisation",
    "front",
    "army",
    "brigade",
    "brigades",
    "party",
    "movement",
    "news",
    "broadcaster",
    "service",
    "group",
    "state",
    "jihad",
    "union",
    "league",
    "court",
    "fund",
    "bank",
    "corps",
    "forces",
    "network",
    "television",
    "radio",
    "press",
    "nations",
    "assembly",
    "alliance",
    "coalition",
    "commission",
    "programme",
    "program",
    "battalion",
    "base",
    "qaeda",
    "qaida",
    "emirate",
    "caliphate",
}
ORG_TYPES = {"armed_group", "media", "igo", "ngo", "party"}
# Entries whose Phoenix block lumps several groups together (the Qassam block lists Islamic
# Jihad's al-Quds Brigades; the Barzani block lists the Kurdistan region; the AQAP block lists
# Anwar al-Awlaki; the CPI (Maoist) block lists its predecessor MCC): not mined.
SKIP = {"qassam", "masoud-barzani", "aqap", "cpi-maoist"}


def pretty(raw: str) -> str:
    """HAYAT_TAHRIR_AL-SHAM_ -> Hayat Tahrir al-Sham; U.S._SENATE -> U.S. Senate."""
    words = raw.strip("_ ").replace("_", " ").split()
    out = []
    for i, w in enumerate(words):
        parts = []
        for j, p in enumerate(w.split("-")):
            low = p.lower()
            if low in PARTICLES or low in FUNCTION_WORDS:
                parts.append(low if (i or j) else low.capitalize())
            elif "." in p or len(p) <= 2 or not re.search(r"[AEIOUY]", p):
                parts.append(p.upper())
            else:
                parts.append(p[:1].upper() + p[1:].lower())
        out.append("-".join(parts))
    return " ".join(out)


def blocks(path: Path) -> list[list[str]]:
    out: list[list[str]] = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if not line.strip() or line.lstrip().startswith("#") or line[:1] in " \t[":
            continue
        text = re.sub(r"#.*$", "", line)
        text = re.sub(r"\[[^\]]*\]", "", text).strip()
        if not text or not re.match(r"^\+?[A-Z0-9]", text):
            continue
        if text.startswith("+"):
            if out:
                out[-1].append(text[1:].strip())
        else:
            out.append([text])
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--datasets", default=str(ROOT.parent / "shared" / "datasets"))
    args = ap.parse_args()
    # The KB without this script's own output, so a rerun gives the same file, and without the
    # heads mined by mine_phoenix_heads.py (their bare surnames are kept out on purpose).
    skip = {OUT.name, "phoenix_heads.yaml"}
    kb = build_kb(
        [[read_kb_file(p) for p in sorted(shipped_kb_dir().glob("*.yaml")) if p.name not in skip]]
    )
    owner: dict[str, set[str]] = defaultdict(set)
    for key, hit in kb.aliases():
        owner[key].add(hit.actor_id)
    person_keys = {
        translit_key(h.alias)
        for _, h in kb.aliases()
        if (a := kb.get(h.actor_id)) is not None and a.type == "person"
    }
    wanted = {a.id for a in kb if a.type == "person" or a.type in ORG_TYPES}
    states = {
        key
        for key, hit in kb.aliases()
        if (a := kb.get(hit.actor_id)) is not None and a.type == "state"
    }
    found: dict[str, set[str]] = defaultdict(set)
    for name in FILES:
        path = Path(args.datasets) / "cameo" / name
        if not path.is_file():
            sys.exit(f"dataset not found: {path}")
        for block in blocks(path):
            names = [pretty(n) for n in block]
            if any(norm_alias(n) in states for n in names):
                continue  # a country's entry (its cities, provinces, leaders): not mined
            ids = {
                i
                for n in names
                for i in owner.get(norm_alias(n), ())
                if i in wanted and (len(norm_alias(n)) >= 6 or " " in norm_alias(n))
            }
            if len(ids) != 1:
                continue
            aid = ids.pop()
            if aid in SKIP:
                continue
            actor = kb.get(aid)
            assert actor is not None
            for n in names:
                key = norm_alias(n)
                words = key.split()
                if key in owner or len(key) < 4 or not words:
                    continue
                if TITLE_WORDS & set(words) or DESCRIPTIVE & set(key.replace("-", " ").split()):
                    continue
                if actor.type == "person" and ORG_WORDS & set(words):
                    continue
                if actor.type != "person" and (
                    words[0] in PERSON_START
                    or translit_key(n) in person_keys
                    or (len(words) > 1 and not ORG_VOCAB & set(words))
                ):
                    continue
                found[aid].add(n)
    entries = [{"id": aid, "aliases": sorted(found[aid])} for aid in sorted(found)]
    header = (
        "# GENERATED by scripts/mine_phoenix.py -- do not edit; rerun the script.\n"
        "# Extra aliases for actors defined in the other files, mined from the Phoenix actor\n"
        "# dictionaries of openeventdata/petrarch2 (petrarch2/data/dictionaries; MIT licence,\n"
        "# (c) 2014 Open Event Data Alliance). Aliases only: their roles/codes are not used.\n"
    )
    body = yaml.safe_dump(
        {
            "source": "openeventdata/petrarch2 Phoenix.*.actors.txt (aliases only)",
            "licence": "MIT",
            "extend": entries,
        },
        allow_unicode=True,
        sort_keys=False,
        width=100,
    )
    OUT.write_text(header + body, encoding="utf-8")
    print(
        f"wrote {sum(len(e['aliases']) for e in entries)} aliases for {len(entries)} actors "
        f"to {OUT}"
    )


if __name__ == "__main__":
    main()
