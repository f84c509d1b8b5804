"""The event stage's reference data (``newsgraph/data/events``), loaded once per stage instance.

Built by ``scripts/build_event_dict.py`` from the petrarch2 CAMEO verb dictionary (MIT), PLOVER's
CAMEO2PLOVER table (CC BY-SA 4.0) and PLOVER_agents (MIT), plus newsgraph's nominal triggers.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from importlib import resources
from typing import Any


@dataclass(frozen=True)
class PloverCode:
    type: str
    mode: str | None
    context: str | None


# Nouns of a quantity: investigating one ("the number of casualties", "the death toll") is a
# count, no inquiry into a party (triggers); the people a toll counts ("the number of
# civilians killed in the strike has risen") were harmed in the news it updates (dating).
QUANTITIES = frozenset({"number", "toll", "figure", "count", "amount", "tally"})

# (CAMEO code or None, word slots in pattern order, slots before the verb, the verb it was
# written for or "")
Pattern = tuple[str | None, list[frozenset[str]], int, str]


@dataclass(frozen=True)
class Nominal:
    words: tuple[str, ...]  # modifiers that must precede the head, then the head lemma
    cameo: str
    code: PloverCode


@dataclass
class EventLexicon:
    verbs: dict[str, dict[str, Any]]  # lemma (or "lemma particle") -> {block, code}
    blocks: dict[str, list[Pattern]]  # block -> patterns in dictionary order
    plover: dict[str, PloverCode]  # CAMEO code -> PLOVER
    nominals: dict[str, list[Nominal]]  # head lemma -> nominal triggers, longest first
    agents: dict[str, str]  # role noun -> sector
    light_verbs: frozenset[str]
    speech_verbs: frozenset[str]
    intent_verbs: frozenset[str]
    quads: dict[str, int]
    labels: dict[str, str] = field(default_factory=dict)  # CAMEO code -> label
    # block -> word -> indexes of the block's patterns whose first slot holds that word, so a
    # verb's clause is matched against the few patterns that can fit, not the whole block.
    index: dict[str, dict[str, list[int]]] = field(default_factory=dict)

    # slot -> first word -> the slot's multi-word alternatives starting with it ("armed forces")
    multi: dict[frozenset[str], dict[str, list[tuple[str, ...]]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for pats in self.blocks.values():
            for _code, slots, _nb, _verb in pats:
                for slot in slots:
                    if slot in self.multi:
                        continue
                    by_first: dict[str, list[tuple[str, ...]]] = {}
                    for alt in slot:
                        if " " in alt:
                            words = tuple(alt.split())
                            by_first.setdefault(words[0], []).append(words)
                    self.multi[slot] = by_first
        for name, pats in self.blocks.items():
            by_word: dict[str, list[int]] = {}
            for i, (_code, slots, _nb, _verb) in enumerate(pats):
                for w in slots[0]:
                    by_word.setdefault(w.split()[0], []).append(i)
            self.index[name] = by_word

    def candidates(self, block: str, bag: set[str]) -> list[Pattern]:
        by_word = self.index.get(block, {})
        pats = self.blocks.get(block, [])
        hits = sorted({i for w in bag for i in by_word.get(w, ())})
        return [pats[i] for i in hits]

    def to_plover(self, cameo: str | None) -> PloverCode | None:
        """CAMEO code -> PLOVER (longest known prefix); None for dropped codes (01, statements)."""
        if not cameo:
            return None
        for n in (len(cameo), 3, 2):
            hit = self.plover.get(cameo[:n])
            if hit is not None:
                return hit
        return None

    def quad(self, plover_type: str) -> int | None:
        return self.quads.get(plover_type)


def load_lexicon() -> EventLexicon:
    root = resources.files("newsgraph") / "data" / "events"
    verbs = json.loads((root / "cameo_verbs.json").read_text(encoding="utf-8"))
    blocks = {
        name: [
            (p[0], [frozenset(slot) for slot in p[1]], p[2] if len(p) > 2 else 0, (p + ["", ""])[3])
            for p in pats
        ]
        for name, pats in verbs["blocks"].items()
    }
    plover: dict[str, PloverCode] = {}
    labels: dict[str, str] = {}
    for row in _tsv(root / "cameo2plover.tsv"):
        code, typ, mode, ctx = (row + ["", "", "", ""])[:4]
        plover[code] = PloverCode(typ, mode or None, ctx or None)
        if len(row) > 4:
            labels[code] = row[4]
    _add_appeals(plover)
    plover.update(_PLOVER_READINGS)
    nominals: dict[str, list[Nominal]] = {}
    for row in _tsv(root / "nominals.tsv"):
        lemma, cameo, typ, mode, ctx = (row + [""] * 5)[:5]
        words = tuple(lemma.split())
        nominals.setdefault(words[-1], []).append(
            Nominal(words, cameo, PloverCode(typ, mode or None, ctx or None))
        )
    for items in nominals.values():
        items.sort(key=lambda n: -len(n.words))
    agents = {r[0]: r[1] for r in _tsv(root / "agents.tsv") if len(r) > 1}
    lex = json.loads((root / "lexicon.json").read_text(encoding="utf-8"))
    return EventLexicon(
        verbs=verbs["verbs"],
        blocks=blocks,
        plover=plover,
        nominals=nominals,
        agents=agents,
        light_verbs=frozenset(lex["light_verbs"]),
        speech_verbs=frozenset(lex["speech_verbs"]),
        intent_verbs=frozenset(lex["intent_verbs"]),
        quads=lex["quads"],
        labels=labels,
    )


# CAMEO codes whose PLOVER 2021 reading differs from CAMEO2PLOVER's mapping. Occupying
# territory (CAMEO 192, "seized the town", "regained control of the district") is taken by
# force: the manual's COERCE is "coercive uses of power falling short of violence", its `seize'
# mode a search, a confiscation or a raid by police or other authorities; a town captured in
# war is ASSAULT (conventional military force), as the realnews judgements code "areas
# retaken by Assad".
_PLOVER_READINGS: dict[str, PloverCode] = {"192": PloverCode("ASSAULT", None, "military")}


def _add_appeals(plover: dict[str, PloverCode]) -> None:
    """CAMEO 02 (APPEAL) is dropped by PLOVER; newsgraph codes it as REQUEST, with the mode of
    the matching CAMEO 10 (DEMAND) code (020 -> 100, 0231 -> 1031, ...), as POLECAT does."""
    for code, pc in list(plover.items()):
        if code.startswith("10") and pc.type == "REQUEST":
            appeal = "02" + code[2:]
            plover.setdefault(appeal, pc)


def _tsv(path: Any) -> list[list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows
