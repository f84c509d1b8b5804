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
