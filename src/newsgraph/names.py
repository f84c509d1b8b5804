"""Names: the form they are compared in (the knowledge base's aliases, the store's lookups by
name) and the compass words that qualify a place's name ("Eastern Ghouta", "northern Syria").

At the bottom of the package, so the store needs nothing of ``resolve`` to look a name up.
"""

from __future__ import annotations

import functools
import re
import unicodedata

# Words of direction and position: "Eastern Ghouta" reads as a place, "northern Syria" places an
# actor rather than judging it.
COMPASS = frozenset(
    {
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "north-east",
        "north-west",
        "south-east",
        "south-west",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "northeastern",
        "northwestern",
        "southeastern",
        "southwestern",
        "central",
        "upper",
        "lower",
    }
)

_ARTICLE = re.compile(r"^(the)\s+")
_SPACE = re.compile(r"[\s\-‐‑–—_]+")
_QUOTE = re.compile(r"[’‘`ʼʻ´]")


@functools.lru_cache(maxsize=1 << 16)
def norm_alias(text: str) -> str:
    """Case-, accent-, hyphen- and article-insensitive form used to compare aliases (memoised:
    the same names recur in every article)."""
    s = unicodedata.normalize("NFKD", _QUOTE.sub("'", text))
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = _SPACE.sub(" ", s.replace(".", "")).strip(" ,;:'\"")
    s = re.sub(r"'s$", "", s)
    return _ARTICLE.sub("", s)


# Generational suffixes that end a name after the surname: "Ferdinand Marcos Jr.", "Adalberto
# Costa Júnior" (the surname is "Marcos", "Costa").
GENERATION = frozenset({"jr", "sr", "ii", "iii", "iv", "junior"})


def name_words(full: str) -> list[str]:
    """A full name's words without a trailing generational suffix."""
    words = full.split()
    while len(words) > 1 and norm_alias(words[-1].rstrip(".,")) in GENERATION:
        words.pop()
    return words


def compound_given(full: str, surname: str) -> list[str] | None:
    """The given names of a person's name or alias written with the compound surname
    ``surname`` (a KB person's ``surname``, "Castro Caldas"), in either order: "Júlio Castro
    Caldas" and "Castro Caldas, Júlio" -> ["Júlio"], "Castro Caldas" -> []; None where
    ``full`` does not end with the surname whole ("Júlio Caldas")."""
    key = norm_alias(surname)
    head, comma, rest = full.partition(",")
    if comma:
        return rest.split() if norm_alias(head) == key else None
    words = name_words(full)
    for i in range(len(words)):
        if norm_alias(" ".join(words[i:])) == key:
            return words[:i]
    return None


# English short forms of given names that stand for one full name only: "Jim" is James, but
# "Jack" (John or Jack), "Alex" (Alexander or Alexandra), "Chris", "Sam", "Ed" are not listed.
NICKNAMES = {
    "jim": "james",
    "jimmy": "james",
    "bill": "william",
    "billy": "william",
    "bob": "robert",
    "bobby": "robert",
    "rob": "robert",
    "mike": "michael",
    "mick": "michael",
    "tom": "thomas",
    "tommy": "thomas",
    "tony": "anthony",
    "dick": "richard",
    "dave": "david",
    "dan": "daniel",
    "danny": "daniel",
    "matt": "matthew",
    "nick": "nicholas",
    "ollie": "oliver",
    "andy": "andrew",
    "pete": "peter",
    "joe": "joseph",
    "ben": "benjamin",
    "ron": "ronald",
    "ken": "kenneth",
    "greg": "gregory",
    "phil": "philip",
    "tim": "timothy",
    "larry": "lawrence",
    "bernie": "bernard",
    "liz": "elizabeth",
    "jenny": "jennifer",
    "becky": "rebecca",
    "vince": "vincent",
    "charlie": "charles",
    "chuck": "charles",
    "doug": "douglas",
    "zach": "zachary",
}

# Words a transliteration writes or leaves out ("Nasr al-Hariri", "Nasr Hariri").
_ARTICLE_PARTICLES = {"al", "el"}
# A first word that is a kunya or patronymic particle ("Abu Ahmed", "Umm Abdullah"): the
# name is not a given name and a surname, so it has no variants.
_KUNYA = {"abu", "abou", "umm", "um", "ibn", "bin", "bint"}


def _person_parts(name: str) -> tuple[str, tuple[str, ...], str] | None:
    words = [w for w in norm_alias(name).split() if w not in _ARTICLE_PARTICLES]
    if len(words) < 2 or words[0] in _KUNYA:
        return None
    return words[0], tuple(w for w in words[1:-1] if len(w) > 1), words[-1]


def person_surname_key(name: str) -> str | None:
    """The surname of a person's name as ``person_name_variants`` compares it ("hariri" for
    "Nasr al-Hariri"); None for a name that has no variants (one word, "Abu Ahmed")."""
    parts = _person_parts(name)
    return parts[2] if parts else None


def same_given_name(a: str, b: str) -> bool:
    """Two given names that are one name: the same, or short forms of it (``NICKNAMES``):
    "Chuck" and "Charles", "Bill" and "William", "Jim" and "Jimmy"; not "Jack" and "John"."""
    x, y = norm_alias(a), norm_alias(b)
    return x == y or NICKNAMES.get(x, x) == NICKNAMES.get(y, y)


def given_name_forms(given: str) -> set[str]:
    """The other forms of a given name (normalised) that ``NICKNAMES`` knows: "charles" ->
    {"charlie", "chuck"}, "chuck" -> {"charles", "charlie"}; empty for a name it lacks."""
    key = norm_alias(given)
    full = NICKNAMES.get(key, key)
    forms = {short for short, f in NICKNAMES.items() if f == full}
    if forms:
        forms.add(full)
    return forms - {key}


def _same_given(a: str, b: str) -> bool:
    if same_given_name(a, b):
        return True
    return (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


def person_name_variants(a: str, b: str) -> bool:
    """Whether two people's names (first name ... surname) can name one person: the same
    surname ("al-" and "el-" aside), the same first name, its initial ("J. Smith") or its
    short form ("Jim", James), and no middle names that differ ("Neil Christopher Prakash",
    "Neil Prakash"). Two different given names are two people ("Jack Letts", "John Letts")."""
    pa, pb = _person_parts(a), _person_parts(b)
    if pa is None or pb is None or pa[2] != pb[2] or not _same_given(pa[0], pb[0]):
        return False
    return not (pa[1] and pb[1] and pa[1] != pb[1])
