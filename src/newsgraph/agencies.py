"""The news agencies: the one list of wire and photo agencies, and the patterns built from it.

Cleaning finds their photo credits and dateline prefixes, duplicate detection their credits
(two texts crediting one agency may be copies of one wire story), the quote stage their
datelines ("(Reuters) -") and names as intermediaries. Names are as the agencies write them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Agency:
    key: str  # lower case, stable: "afp"
    names: tuple[str, ...]  # as written, the usual first: ("AFP", "Agence France-Presse")
    # what confirms a credit in running text, when a name alone is too common a word ("AP")
    credit: str | None = None

    @property
    def forms(self) -> tuple[str, ...]:
        """Its names as written and in capitals ("Reuters", "REUTERS")."""
        return tuple(dict.fromkeys([*self.names, *(n.upper() for n in self.names)]))

    @property
    def credit_pattern(self) -> str:
        return self.credit or r"\b(?:" + alternation(self.forms) + r")\b"


AGENCIES: tuple[Agency, ...] = (
    Agency("reuters", ("Reuters",)),
    Agency("afp", ("AFP", "Agence France-Presse", "Agence France Presse")),
    Agency(
        "ap",
        ("AP", "Associated Press"),
        credit=r"\bAssociated Press\b|\(AP\)|\bAP\s+(?:reported|said|news agency)\b",
    ),
    Agency("xinhua", ("Xinhua",)),
    Agency("anadolu", ("Anadolu Agency", "Anadolu")),
    Agency("dpa", ("dpa", "Deutsche Presse-Agentur")),
    Agency(
        "upi",
        ("UPI", "United Press International"),
        credit=r"\bUnited Press International\b|\(UPI\)",
    ),
    Agency("efe", ("EFE",)),
    Agency("epa", ("EPA", "EPA-EFE")),
    Agency("aap", ("AAP",)),
    Agency("ansa", ("ANSA",)),
    Agency("kyodo", ("Kyodo",)),
    Agency("irna", ("IRNA",)),
    Agency("tass", ("TASS",)),
    Agency("ria", ("RIA Novosti",)),
    Agency("interfax", ("Interfax",)),
    Agency("sana", ("SANA",)),
)


def agency_names() -> tuple[str, ...]:
    """Every name of every agency, as written."""
    return tuple(n for a in AGENCIES for n in a.names)


def alternation(names: tuple[str, ...] | None = None, *, upper: bool = False) -> str:
    """Regex source matching any of ``names`` (default: every agency's), longest first so
    "EPA-EFE" wins over "EPA"; ``upper``: in capitals, as photo credits write them."""
    names = agency_names() if names is None else names
    forms = {n.upper() if upper else n for n in names}
    return "|".join(re.escape(n) for n in sorted(forms, key=lambda n: (-len(n), n)))


# A wire dateline opening a story: "NAIROBI --", "WASHINGTON (AP) -", "LOS ANGELES, Feb. 2
# (UPI) —": a place in capitals, a day, a wire in brackets, a dash. Regex source (the quote
# stage strips it from what was said; cleaning splits a headline glued before it).
WIRE_DATELINE = (
    r"[A-Z][A-Z .,'-]{2,40}(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s*)?(?:\([^)]{1,30}\))?"
    r"\s*(?:--|—|–|-)\s+"
)
