"""Build the event stage's reference data in src/newsgraph/data/events/ from the public sources.

    .venv/bin/python scripts/build_event_dict.py [--datasets ../shared/datasets]

Reads (development machine only; nothing here is read at run time):
  cameo/CAMEO.2.0.txt              petrarch2 CAMEO verb dictionary (TABARI format), MIT
  plover/CAMEO2PLOVER-2021.txt     CAMEO -> PLOVER type, mode, context, CC BY-SA 4.0
  plover/PLOVER_agents.txt         role nouns -> sector codes, MIT
Writes (all small, diffable):
  cameo_verbs.json     verb lemma -> verb block and default CAMEO code; block -> patterns
  cameo2plover.tsv     CAMEO code -> PLOVER type, mode, context (+ newsgraph overrides)
  nominals.tsv         nominal and multi-word triggers (curated here, see NOMINALS)
  agents.tsv           role nouns -> PLOVER sector
  SOURCE.md            sources and licences
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "newsgraph" / "data" / "events"

# PLOVER's quad categories (PLOVER manual, "Quad categories in PLOVER").
QUADS = {
    "AGREE": 1,
    "CONSULT": 1,
    "SUPPORT": 1,
    "CONCEDE": 1,
    "COOPERATE": 2,
    "AID": 2,
    "RETREAT": 2,
    "REQUEST": 3,
    "ACCUSE": 3,
    "REJECT": 3,
    "SANCTION": 3,
    "THREATEN": 3,
    "PROTEST": 4,
    "MOBILIZE": 4,
    "COERCE": 4,
    "ASSAULT": 4,
}

# Nominal and phrase triggers, curated for newsgraph from the PLOVER codebook's mode definitions
# (newsgraph's own table, same licence as the project). Columns: lemma (space-separated for
# multi-word heads: the last word is the head noun, the others must precede it as compound or
# amod), CAMEO code, PLOVER type, mode, context.
NOMINALS: list[tuple[str, str, str, str, str]] = [
    ("visit", "042", "CONSULT", "visit", ""),
    ("trip", "042", "CONSULT", "visit", ""),
    ("phone call", "041", "CONSULT", "phone", ""),
    ("telephone call", "041", "CONSULT", "phone", ""),
    ("phone conversation", "041", "CONSULT", "phone", ""),
    ("telephone conversation", "041", "CONSULT", "phone", ""),
    ("meeting", "040", "CONSULT", "", ""),
    ("talks", "040", "CONSULT", "", ""),
    ("summit", "040", "CONSULT", "multilateral", ""),
    ("consultation", "040", "CONSULT", "", ""),
    ("negotiation", "046", "CONSULT", "", "diplomatic"),
    ("news conference", "040", "CONSULT", "", ""),
    ("air raid", "195", "ASSAULT", "aerial", "military"),
    ("airstrike", "195", "ASSAULT", "aerial", "military"),
    ("air strike", "195", "ASSAULT", "aerial", "military"),
    ("bombing", "195", "ASSAULT", "aerial", "military"),
    ("drone strike", "195", "ASSAULT", "drone", "military"),
    ("drone attack", "195", "ASSAULT", "drone", "military"),
    ("shelling", "194", "ASSAULT", "heavy-weapons", "military"),
    ("artillery fire", "194", "ASSAULT", "heavy-weapons", "military"),
    ("rocket attack", "194", "ASSAULT", "heavy-weapons", "military"),
    ("missile strike", "194", "ASSAULT", "heavy-weapons", "military"),
    ("offensive", "190", "ASSAULT", "", "military"),
    ("attack", "190", "ASSAULT", "", "military"),
    ("assault", "190", "ASSAULT", "", "military"),
    # only aimed at someone (triggers._AIMED_ONLY): "strikes on Gaza", "the fight against Isis",
    # not a labour strike or "the fight for the presidency"
    ("strike", "190", "ASSAULT", "", "military"),
    ("fight", "190", "ASSAULT", "", "military"),
    ("battle", "190", "ASSAULT", "", "military"),
    ("clash", "190", "ASSAULT", "", "military"),
    ("onslaught", "190", "ASSAULT", "", "military"),
    ("raid", "190", "ASSAULT", "", "military"),
    ("incursion", "190", "ASSAULT", "", "military"),
    ("invasion", "190", "ASSAULT", "", "military"),
    ("operation", "190", "ASSAULT", "", "military"),
    ("rebellion", "190", "ASSAULT", "", "military"),
    ("intervention", "190", "ASSAULT", "", "military"),
    ("ceasefire", "0871", "RETREAT", "ceasefire", "military"),
    ("truce", "0871", "RETREAT", "ceasefire", "military"),
    ("cease - fire", "0871", "RETREAT", "ceasefire", "military"),
    ("armistice", "0871", "RETREAT", "ceasefire", "military"),
    ("withdrawal", "0874", "RETREAT", "withdraw", "military"),
    ("sanction", "163", "COERCE", "restrict", "diplomatic"),
    ("suspension", "160", "SANCTION", "", ""),
    ("embargo", "163", "COERCE", "restrict", "economic"),
    ("blockade", "191", "COERCE", "restrict", "military"),
    ("support", "050", "SUPPORT", "", "diplomatic"),
    ("backing", "050", "SUPPORT", "", "diplomatic"),
    ("aid", "070", "AID", "", ""),
    ("assistance", "070", "AID", "", ""),
    ("military aid", "072", "AID", "", "military"),
    ("military assistance", "072", "AID", "", "military"),
    ("humanitarian aid", "073", "AID", "", "humanitarian"),
    ("intelligence", "064", "AID", "", "intelligence"),
    ("satellite imagery", "064", "AID", "", "intelligence"),
    ("asylum", "075", "AID", "", "asylum"),
    # PLOVER MOBILIZE `troops': "mobilize armed personnel or units" (sending or deploying
    # them); arms and equipment sent to a party stay AID (military).
    ("troops", "154", "MOBILIZE", "troops", "military"),
    ("soldier", "154", "MOBILIZE", "troops", "military"),
    ("reinforcement", "154", "MOBILIZE", "troops", "military"),
    # readiness: "on high alert", "issued an alert to the army" (triggers._on_alert)
    ("alert", "152", "MOBILIZE", "troops", "military"),
    ("weapon", "072", "AID", "", "military"),
    ("arm", "072", "AID", "", "military"),
    ("military equipment", "072", "AID", "", "military"),
    ("condemnation", "111", "ACCUSE", "disapprove", ""),
    ("criticism", "111", "ACCUSE", "disapprove", ""),
    ("grievance", "114", "ACCUSE", "allege", "diplomatic"),
    ("complaint", "114", "ACCUSE", "allege", "diplomatic"),
    ("accusation", "112", "ACCUSE", "allege", ""),
    ("allegation", "112", "ACCUSE", "allege", ""),
    ("protest", "141", "PROTEST", "demo", ""),
    ("demonstration", "141", "PROTEST", "demo", ""),
    ("arrest", "173", "COERCE", "arrest", "legal"),
    ("coordination", "060", "COOPERATE", "", ""),
    ("cooperation", "060", "COOPERATE", "", ""),
    ("collaboration", "060", "COOPERATE", "", ""),
    ("threat", "130", "THREATEN", "", ""),
    ("ultimatum", "139", "THREATEN", "relations", "diplomatic"),
    ("appeal", "100", "REQUEST", "", ""),
    ("demand", "100", "REQUEST", "", ""),
    ("request", "100", "REQUEST", "", ""),
    ("agreement", "030", "AGREE", "", "diplomatic"),
    ("deal", "030", "AGREE", "", "diplomatic"),
    ("pledge", "030", "AGREE", "", "diplomatic"),
    ("rally", "141", "PROTEST", "demo", ""),
    ("march", "141", "PROTEST", "demo", ""),
    ("sit-in", "141", "PROTEST", "demo", ""),
    ("hunger strike", "142", "PROTEST", "hunger", ""),
    ("general strike", "143", "PROTEST", "strike", ""),
    ("boycott", "143", "PROTEST", "boycott", ""),
    ("riot", "145", "PROTEST", "riot", ""),
    ("ethnic cleansing", "203", "ASSAULT", "cleansing", "religion_ethnicity"),
    ("massacre", "202", "ASSAULT", "massacre", ""),
    ("mediation", "045", "CONSULT", "", "diplomatic"),
    ("curfew", "1723", "COERCE", "curfew", ""),
    ("restriction", "172", "COERCE", "restrict", ""),
    ("siege", "191", "COERCE", "restrict", "military"),
    ("car bomb", "1832", "ASSAULT", "explosives", ""),
    ("roadside bomb", "1833", "ASSAULT", "explosives", ""),
    ("suicide bombing", "1831", "ASSAULT", "suicide-attack", ""),
    ("suicide attack", "1831", "ASSAULT", "suicide-attack", ""),
    ("assassination", "186", "ASSAULT", "assassinate", ""),
    ("kidnapping", "181", "ASSAULT", "abduct", ""),
    ("expulsion", "174", "COERCE", "deport", "legal"),
    ("tie", "050", "SUPPORT", "", "diplomatic"),
    ("relation", "050", "SUPPORT", "", "diplomatic"),
    ("promise", "030", "AGREE", "", "diplomatic"),
]

# Verb lemmas that carry a nominal trigger ("launched air raids", "paid a visit", "held talks",
# "pledged support", "provided intelligence"): the event takes the light verb's arguments.
# Columns: lemma, mode of combination: "carry" (the noun decides the type) or a CAMEO code
# that overrides for that noun family (e.g. provide + support -> AID).
LIGHT_VERBS = (
    "launch",
    "carry",
    "conduct",
    "stage",
    "mount",
    "unleash",
    "begin",
    "start",
    "continue",
    "resume",
    "intensify",
    "step",
    "escalate",
    "hold",
    "have",
    "pay",
    "make",
    "receive",
    "express",
    "extend",
    "pledge",
    "offer",
    "give",
    "provide",
    "supply",
    "send",
    "deliver",
    "voice",
    "reiterate",
    "reaffirm",
    "announce",
    "declare",
    "impose",
    "level",
    "issue",
    "announce",
    "lodge",
    "file",
    "agree",
    "discuss",
    "seek",
    "request",
    "host",
    "attend",
    "join",
    "sign",
    "reach",
    "accept",
    "grant",
    "increase",
    "deploy",
    "bolster",
    "enhance",
    "restore",
    "renew",
    "establish",
    "upgrade",
    "normalize",
    "normalise",
    "strengthen",
    "sever",
    "cut",
    "break",
    "suspend",
    "downgrade",
)

# Verbs whose complement is what a speaker says: their clausal complements are reported speech.
SPEECH_VERBS = (
    "say",
    "tell",
    "state",
    "add",
    "note",
    "claim",
    "allege",
    "assert",
    "insist",
    "argue",
    "report",
    "announce",
    "declare",
    "stress",
    "emphasize",
    "emphasise",
    "warn",
    "indicate",
    "suggest",
    "confirm",
    "deny",
    "believe",
    "think",
    "remark",
    "write",
    "explain",
    "reiterate",
    "acknowledge",
    "admit",
    "reveal",
    "accuse",
    "quote",
    "mention",
    "highlight",
    "signal",
    "maintain",
    "contend",
    "predict",
    "express",
    "agree",
    "accord",
)

# Verbs that set their complement in the future or make it intended, and hypothetical markers.
INTENT_VERBS = (
    "plan",
    "intend",
    "aim",
    "seek",
    "want",
    "hope",
    "vow",
    "promise",
    "pledge",
    "threaten",
    "prepare",
    "decide",
    "agree",
    "expect",
    "try",
    "attempt",
    "consider",
    "propose",
    "offer",
    "wish",
    "need",
    "urge",
    "call",
    "ask",
    "demand",
    "refuse",
    "ready",
)

# Military hardware and force nouns that the agents file lacks: head nouns that make an
# argument MIL ("Syrian and Russian jets").
EXTRA_AGENTS = {
    "jet": "MIL",
    "warplane": "MIL",
    "aircraft": "MIL",
    "helicopter": "MIL",
    "drone": "MIL",
    "troop": "MIL",
    "force": "MIL",
    "army": "MIL",
    "soldier": "MIL",
    "military": "MIL",
    "navy": "MIL",
    "fleet": "MIL",
    "flotilla": "MIL",
    "air force": "MIL",
    "tank": "MIL",
    "artillery": "MIL",
    "militant": "REB",
    "rebel": "REB",
    "insurgent": "REB",
    "fighter": "REB",
    "jihadist": "REB",
    "terrorist": "REB",
    "militia": "REB",
    "president": "GOV",
    "government": "GOV",
    "minister": "GOV",
    "authority": "GOV",
    "official": "GOV",
    "leader": "GOV",
    "regime": "GOV",
    "spokesman": "GOV",
    "spokeswoman": "GOV",
    "ministry": "GOV",
    "embassy": "GOV",
    "counterpart": "GOV",
    "diplomat": "GOV",
    "envoy": "GOV",
    "ambassador": "GOV",
    "guard": "MIL",
    "unit": "MIL",
    "battalion": "MIL",
    "brigade": "MIL",
    "warship": "MIL",
    "pair": "UNK",  # "the pair were detained": people, not a topic
    "duo": "UNK",
    # "suicide attackers targeted the police" ("plane" is left out: a crash "killing all its
    # passengers" would become an attack)
    "attacker": "UAF",
    # "the opposition demanded his resignation": PLOVER's opposition sector
    "opposition": "OPP",
    "suicide attacker": "REB",
}


SOURCE_MD = """# Event dictionaries: sources and licences

Generated by `scripts/build_event_dict.py` (do not edit by hand; edit the script and rerun).

- `cameo_verbs.json`: openeventdata/petrarch2, `petrarch2/data/dictionaries/CAMEO.2.0.txt`
  (CAMEO verb dictionary, TABARI format), converted to verb lemma -> block and default code,
  block -> patterns as ordered word slots, with the verb's position (synonym sets expanded).
  Licence: MIT, Copyright (c) 2015 Open Event Data Alliance.
- `cameo2plover.tsv`: openeventdata/PLOVER, `CAMEO2PLOVER-2021.txt` (CAMEO -> PLOVER type,
  mode, context); 195 mode set to `aerial` per the 2021 codebook.
  Licence: CC BY-SA 4.0 (this derived file is shared under the same licence).
- `agents.tsv`: ahalterman/NGEC-2025, `NGEC/assets/PLOVER_agents.txt` (role nouns -> sector),
  plus newsgraph additions. Licence: MIT.
- `nominals.tsv`, `lexicon.json`: newsgraph maintainers, from the PLOVER codebook's mode
  definitions (PLOVER_structured_codebook_updated.csv, MIT) and the PLOVER manual's quad
  table. Licence: MIT (newsgraph).
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--datasets", default=str(ROOT.parent / "shared" / "datasets"))
    args = ap.parse_args()
    ds = Path(args.datasets)
    OUT.mkdir(parents=True, exist_ok=True)
    verbs = read_verb_dictionary(ds / "cameo" / "CAMEO.2.0.txt")
    (OUT / "cameo_verbs.json").write_text(
        json.dumps(verbs, separators=(",", ":"), sort_keys=True), encoding="utf-8"
    )
    write_cameo2plover(ds / "plover" / "CAMEO2PLOVER-2021.txt", OUT / "cameo2plover.tsv")
    with (OUT / "nominals.tsv").open("w", encoding="utf-8") as fh:
        fh.write(
            "# lemma\tcameo\ttype\tmode\tcontext  (newsgraph, curated from the PLOVER "
            "codebook mode definitions)\n"
        )
        for row in NOMINALS:
            fh.write("\t".join(row) + "\n")
    write_agents(ds / "plover" / "PLOVER_agents.txt", OUT / "agents.tsv")
    lex = {
        "light_verbs": sorted(set(LIGHT_VERBS)),
        "speech_verbs": sorted(set(SPEECH_VERBS)),
        "intent_verbs": sorted(set(INTENT_VERBS)),
        "quads": QUADS,
    }
    (OUT / "lexicon.json").write_text(json.dumps(lex, indent=1, sort_keys=True), encoding="utf-8")
    (OUT / "SOURCE.md").write_text(SOURCE_MD, encoding="utf-8")
    n_pat = sum(len(b) for b in verbs["blocks"].values())
    print(
        f"wrote {OUT}: {len(verbs['verbs'])} verb lemmas, {len(verbs['blocks'])} blocks, "
        f"{n_pat} patterns, {len(NOMINALS)} nominals"
    )


# ---------------------------------------------------------------- CAMEO verb dictionary


def _word(w: str) -> str:
    return w.strip().rstrip("_").replace("_", " ").lower()


def _code(raw: str) -> str | None:
    """'[042:043]' -> '042' (the source->target code); '[---]' or '[:173]' -> None."""
    first = raw.strip("[] ").split(":")[0].strip()
    return first if first and first != "---" and first.isdigit() else None


def read_verb_dictionary(path: Path) -> dict[str, object]:
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    synsets: dict[str, list[str]] = {}
    verbs: dict[str, dict[str, object]] = {}
    blocks: dict[str, list[list[object]]] = {}
    i = 0
    current: str | None = None
    block_code: str | None = None
    in_verbs = False
    while i < len(lines):
        line = lines[i].split("#")[0].rstrip()
        i += 1
        if not line.strip():
            continue
        if line.startswith("&"):
            name = line.strip()
            words: list[str] = []
            while i < len(lines) and lines[i].startswith("+"):
                words.append(_word(lines[i].split("#")[0][1:]))
                i += 1
            synsets[name] = [w for w in words if w]
            continue
        m = re.match(r"^---\s+(\S+)\s+(\[[^\]]*\])\s+---", line)
        if m:
            current, block_code, in_verbs = m.group(1), _code(m.group(2)), True
            blocks.setdefault(current, [])
            continue
        if current is None:
            continue
        if line.startswith("-"):
            in_verbs = False
            pat = _parse_pattern(line[1:], synsets)
            if pat is not None:
                # TABARI notes which verb a pattern was written for ("# CONDEMN"); kept so the
                # coder can prefer a pattern written for the verb it is matching.
                note = (
                    re.match(r"\s*([A-Z][A-Z_]+)\b", lines[i - 1].split("#", 1)[1])
                    if "#" in lines[i - 1]
                    else None
                )
                pat.append(note.group(1).lower().replace("_", " ") if note else "")
                blocks[current].append(pat)
                continue
            if pat is not None:
                blocks[current].append(pat)
            continue
        if in_verbs:
            _add_verb(line, current, block_code, verbs)
    return {"verbs": verbs, "blocks": {k: v for k, v in blocks.items() if v}}


def _add_verb(
    line: str, block: str, block_code: str | None, verbs: dict[str, dict[str, object]]
) -> None:
    codes = re.findall(r"\[[^\]]*\]", line)
    text = re.sub(r"\{[^}]*\}|\[[^\]]*\]", " ", line).strip()
    if not text:
        return
    phrasal = text.startswith("+")
    parts = _word(text.lstrip("+").split()[0]).split()
    if not parts:
        return
    lemma, particle = parts[0], " ".join(parts[1:]) or None
    code = _code(codes[0]) if codes else block_code
    key = lemma if not particle else f"{lemma} {particle}"
    if key in verbs and not phrasal:
        return
    verbs[key] = {"block": block, "code": code}


def _parse_pattern(body: str, synsets: dict[str, list[str]]) -> list[object] | None:
    """'- * (TO BORDER) &FOOD  [154]' -> [code, [[alternatives], ...], n_before]: the slots in
    pattern order, the first ``n_before`` of them before the verb ("*"). The caller appends the
    verb the pattern was written for."""
    m = re.search(r"\[([^\]]*)\]", body)
    if not m:
        return None
    code = _code(m.group(0))
    text = body[: m.start()]
    text = re.sub(r"[(){}$^%+=]", " ", text).replace("*", " * ")
    slots: list[list[str]] = []
    n_before = 0
    for tok in text.split():
        if tok == "*":
            n_before = len(slots)
            continue
        if tok.startswith("&"):
            alts = synsets.get(tok.rstrip("_"), synsets.get(tok, []))
            if alts:
                slots.append(sorted(set(alts)))
            continue
        w = _word(tok)
        if w and w.isascii() and not w.isdigit():
            slots.append([w])
    if not slots:
        return None
    return [code, slots, n_before]


# ---------------------------------------------------------------- CAMEO -> PLOVER


def write_cameo2plover(src: Path, dst: Path) -> None:
    rows: dict[str, tuple[str, str, str, str]] = {}
    for line in src.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{2,4}):\s*([A-Z]+)\s*,?([^,#]*),?([^#]*)#?(.*)$", line)
        if not m:
            continue
        code, typ, mode, ctx, label = (s.strip() for s in m.groups())
        mode = mode.replace(" ", "")
        ctx = ",".join(c.strip() for c in ctx.split(";") if c.strip())
        rows.setdefault(code, (typ, mode, ctx, label))
    # The 2021 table codes CAMEO 20 (mass violence) as ASSAULT and drops 01 (statements) and
    # 02 (appeals). newsgraph keeps 01/02 out (not events in PLOVER) but codes 04/19 modes
    # that PLOVER's 2021 codebook added (aerial) where CAMEO is specific enough.
    rows["195"] = ("ASSAULT", "aerial", "military", "Employ aerial weapons")
    # The PLOVER manual (CAMEO conversion notes) allows "016: Deny responsibility" as REJECT;
    # newsgraph does so (a denial rejects an accusation), as the realnews annotation does.
    rows["016"] = ("REJECT", "", "", "Deny responsibility")
    with dst.open("w", encoding="utf-8") as fh:
        fh.write(
            "# cameo\ttype\tmode\tcontext\tlabel  (PLOVER CAMEO2PLOVER-2021, CC BY-SA 4.0; "
            "195 mode set to 'aerial' per the 2021 codebook; 016 coded REJECT)\n"
        )
        for code in sorted(rows):
            fh.write("\t".join((code, *rows[code])) + "\n")


def write_agents(src: Path, dst: Path) -> None:
    out: dict[str, str] = {}
    for line in src.read_text(encoding="utf-8", errors="replace").splitlines():
        m = re.match(r"^([A-Z][A-Z_!\-']*)\s*(?:\{[^}]*\})?\s*\[~?([A-Z]{3})", line)
        if not m:
            continue
        word = m.group(1).replace("!PERSON!", "man").rstrip("_").replace("_", " ").lower()
        out.setdefault(word, m.group(2))
    for k, v in EXTRA_AGENTS.items():
        out[k] = v
    with dst.open("w", encoding="utf-8") as fh:
        fh.write("# noun\tsector  (PLOVER_agents.txt, NGEC, MIT; plus newsgraph additions)\n")
        for k in sorted(out):
            fh.write(f"{k}\t{out[k]}\n")


if __name__ == "__main__":
    main()
