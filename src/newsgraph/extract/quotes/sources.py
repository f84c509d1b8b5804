"""Anonymous sources: "a senior Kenyan official" -> anonymous, affiliation KEN, role official.

Also the demonym table the fallback needs when the actor stage has not tagged a nationality
word ("Kenyan" -> KEN): built once per stage from pycountry's names, plus the irregular forms
no rule derives. The actor stage's Mention.country wins whenever it is there.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from newsgraph.extract.quotes.lexicon import ANON_DETERMINERS, ANON_NOUNS

# Nationality words no suffix rule derives from the country's English short name.
_IRREGULAR = {
    "american": "USA",
    "us": "USA",
    "u.s.": "USA",
    "british": "GBR",
    "uk": "GBR",
    "english": "GBR",
    "scottish": "GBR",
    "welsh": "GBR",
    "french": "FRA",
    "dutch": "NLD",
    "swiss": "CHE",
    "emirati": "ARE",
    "saudi": "SAU",
    "turkish": "TUR",
    "greek": "GRC",
    "irish": "IRL",
    "afghan": "AFG",
    "filipino": "PHL",
    "thai": "THA",
    "danish": "DNK",
    "swedish": "SWE",
    "finnish": "FIN",
    "polish": "POL",
    "spanish": "ESP",
    "portuguese": "PRT",
    "lebanese": "LBN",
    "chinese": "CHN",
    "japanese": "JPN",
    "vietnamese": "VNM",
    "sudanese": "SDN",
    "palestinian": "PSE",
    "israeli": "ISR",
    "iraqi": "IRQ",
    "qatari": "QAT",
    "kuwaiti": "KWT",
    "yemeni": "YEM",
    "omani": "OMN",
    "bahraini": "BHR",
    "pakistani": "PAK",
    "bangladeshi": "BGD",
    "egyptian": "EGY",
    "jordanian": "JOR",
    "syrian": "SYR",
    "iranian": "IRN",
    "persian": "IRN",
    "russian": "RUS",
    "ukrainian": "UKR",
    "german": "DEU",
    "italian": "ITA",
    "belgian": "BEL",
    "norwegian": "NOR",
    "austrian": "AUT",
    "korean": "KOR",
    "south korean": "KOR",
    "north korean": "PRK",
    "moroccan": "MAR",
    "tunisian": "TUN",
    "algerian": "DZA",
    "libyan": "LBY",
    "azerbaijani": "AZE",
    "armenian": "ARM",
    "georgian": "GEO",
    "kazakh": "KAZ",
    "uzbek": "UZB",
    "tajik": "TJK",
    "turkmen": "TKM",
    "kyrgyz": "KGZ",
    "cypriot": "CYP",
    "maltese": "MLT",
    "indian": "IND",
    "indonesian": "IDN",
    "malaysian": "MYS",
    "australian": "AUS",
    "canadian": "CAN",
    "mexican": "MEX",
    "brazilian": "BRA",
    "argentine": "ARG",
    "nigerian": "NGA",
    "ethiopian": "ETH",
    "somali": "SOM",
    "kenyan": "KEN",
    "venezuelan": "VEN",
    "cuban": "CUB",
    "belarusian": "BLR",
    "serbian": "SRB",
    "hungarian": "HUN",
    "czech": "CZE",
    "slovak": "SVK",
    "romanian": "ROU",
    "bulgarian": "BGR",
    "croatian": "HRV",
}
_SUFFIXES = ("n", "ian", "i", "ese", "an", "ish", "ic")


class Demonyms:
    """Nationality word or country name -> ISO3. Built from pycountry when first made."""

    def __init__(self) -> None:
        import pycountry

        table: dict[str, str] = {}
        for c in pycountry.countries:
            names = {c.name, getattr(c, "common_name", c.name), getattr(c, "official_name", "")}
            for name in names:
                if not name:
                    continue
                base = name.split(",")[0].strip().lower()
                table.setdefault(base, c.alpha_3)
                stems = {base, base[:-1] if base[-1:] in "aeoy" else base}
                for stem in stems:
                    for suf in _SUFFIXES:
                        table.setdefault(stem + suf, c.alpha_3)
        table.update(_IRREGULAR)
        self._table = table

    def iso3(self, word: str) -> str | None:
        return self._table.get(word.lower().strip(".’'s"))


@dataclass(frozen=True)
class Anonymity:
    anonymous: bool
    affiliation: str | None = None
    role: str | None = None


def _country(tok: Token, demonyms: Demonyms, countries: dict[int, str]) -> str | None:
    if not tok.text[:1].isupper():  # "foreign" inside "Kenyan foreign ministry"
        return None
    return countries.get(tok.i) or (
        demonyms.iso3(tok.text)
        if tok.ent_type_ in ("NORP", "GPE", "") or tok.pos_ in ("ADJ", "PROPN")
        else None
    )


def describe_source(head: Token, demonyms: Demonyms, countries: dict[int, str]) -> Anonymity:
    """Is the noun phrase headed by ``head`` an unnamed source, and from where?

    ``countries`` maps token index -> ISO3 from the actor stage's mentions, when present.
    """
    lemma = head.lemma_.lower()
    if lemma not in ANON_NOUNS or head.pos_ == "PROPN":
        return Anonymity(False)
    left = [t for t in head.lefts]
    if any(t.ent_type_ == "PERSON" for x in left for t in x.subtree):
        return Anonymity(False)
    for c in head.children:  # "a source, Ali Rezaei," names the source
        if c.dep_ == "appos" and (c.ent_type_ == "PERSON" or c.pos_ == "PROPN"):
            return Anonymity(False)
    det = next((t for t in left if t.dep_ in ("det", "nummod", "predet")), None)
    mods = {t.lower_ for t in left}
    definite = det is not None and det.lower_ in ("the", "this", "that", "these", "those")
    plural = head.tag_ in ("NNS", "NNPS")
    anon = (
        (det is not None and det.lower_ in ANON_DETERMINERS)
        or (det is not None and det.pos_ == "NUM")
        or bool(mods & {"anonymous", "unnamed", "unidentified", "senior", "another"})
        or (det is None and plural)
    )
    if definite or not anon:
        return Anonymity(False, role=lemma if definite else None)
    country: str | None = None
    org_words: list[str] = []
    for t in left:
        if t.dep_ in ("amod", "compound", "nmod", "poss"):
            iso = _country(t, demonyms, countries)
            if iso and country is None:
                country = iso
            elif (
                t.lower_ not in ANON_DETERMINERS
                and t.lower_ not in ("anonymous", "unnamed", "unidentified", "'s", "’s")
                and t.pos_ in ("NOUN", "PROPN", "ADJ")
                and t.dep_ in ("compound", "amod")
                and t.lower_
                not in (
                    "senior",
                    "top",
                    "high",
                    "ranking",
                    "former",
                    "current",
                    "second",
                    "third",
                    "other",
                    "local",
                    "western",
                    "regional",
                    "familiar",
                    "knowledgeable",
                )
            ):
                org_words.append(t.lower_)
    for p in head.rights:
        if p.dep_ == "prep" and p.lower_ in ("from", "at", "in", "with", "of", "within"):
            pobj = next((g for g in p.children if g.dep_ == "pobj"), None)
            if pobj is None or pobj.lemma_.lower() in (
                "matter",
                "discussion",
                "talk",
                "condition",
                "anonymity",
            ):
                continue
            words = []
            for t in pobj.subtree:
                if t.dep_ in ("det", "case", "punct") or t.i > pobj.i:
                    continue
                iso = _country(t, demonyms, countries)
                if iso and t.i != pobj.i:
                    country = country or iso
                    continue
                if iso and t.i == pobj.i and t.pos_ == "PROPN":
                    country = country or iso
                    continue
                words.append(t.text if t.pos_ == "PROPN" else t.lower_)
            org_words += words
            break
    org = " ".join(org_words).strip()
    affiliation = " ".join(x for x in (country, org) if x) or None
    return Anonymity(True, affiliation, lemma)
