"""Place-name keys: diacritics folded, Arabic articles and spelling variants reduced.

Three keys per name, from strict to loose; the gazetteer indexes all three and a lookup tries
them in order, so "Şanlıurfa" finds Sanliurfa (folded), "Al-Hasakah" finds Hasakah (article dropped)
and "Deir Ezzor" finds "Deir ez-Zor" (skeleton).
"""

from __future__ import annotations

import re
import unicodedata

# Apostrophe-like marks used in transliterations (ʿayn, hamza, okina, quotes).
_MARKS = "'`´‘’ʼʻʿʾ′\u02bc\u02bb\u02bf\u02be"
_MARK_RE = re.compile(f"[{re.escape(_MARKS)}]")
_NON_WORD = re.compile(r"[^0-9a-z]+")
_LEADING = re.compile(r"^(?:the|al|el|ar|as|ad|ash|at|az|an|ad|adh|ath)\s+")
_DOUBLE = re.compile(r"(.)\1+")
# Transliteration variants mapped to one form, applied to the skeleton only.
_SKELETON_SUBS = (
    (re.compile(r"ou"), "u"),
    (re.compile(r"ee"), "i"),
    (re.compile(r"oo"), "u"),
    (re.compile(r"eh\b"), "ah"),
    (re.compile(r"(?<=[aiu])h\b"), ""),
    (re.compile(r"\b(?:ez|az)(?=z[a-z]{2,})"), ""),
    (re.compile(r"\bdeir\b|\bdayr\b|\bdair\b"), "dir"),
    (re.compile(r"\b(?:tel|tell|tal|tall)\b"), "tal"),
    (re.compile(r"\b(?:ain|ayn|ein)\b"), "ayn"),
    (re.compile(r"\b(?:ez|az|es|as|al|el|ar|ad|ash|an)\b"), ""),
    (re.compile(r"y"), "i"),
    (re.compile(r"e"), "a"),
    (re.compile(r"o"), "u"),
)


# Anything outside Latin letters, Latin punctuation and spacing modifiers: another script.
_NON_LATIN = re.compile("[^\x00-\u024f\u02b0-\u02ff\u0300-\u036f\u1e00-\u1eff\u2010-\u203a]")


def fold(name: str) -> str:
    """Lower case, diacritics removed, apostrophes dropped, punctuation to single spaces."""
    if name.isascii():
        return _NON_WORD.sub(" ", _MARK_RE.sub("", name.lower())).strip()
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("ı", "i").replace("ß", "ss").replace("ø", "o").replace("ł", "l")
    text = _MARK_RE.sub("", text.lower())
    return _NON_WORD.sub(" ", text).strip()


def strip_article(key: str) -> str:
    """A folded key without a leading "the" or Arabic article: "al hasakah" -> "hasakah"."""
    return _LEADING.sub("", key)


def skeleton(key: str) -> str:
    """A loose key for transliteration variants: vowels and doubled letters reduced, no spaces."""
    text = strip_article(key)
    for pattern, repl in _SKELETON_SUBS:
        text = pattern.sub(repl, text)
    return _DOUBLE.sub(r"\1", text.replace(" ", ""))


def is_foreign_script(name: str) -> bool:
    """True when ``name`` has letters of a non-Latin script (cheap pre-filter before folding)."""
    return not name.isascii() and _NON_LATIN.search(name) is not None


def is_latin(key: str) -> bool:
    """True when a folded key is made of ASCII letters and digits (worth indexing for English)."""
    return bool(key) and key.isascii() and any(c.isalpha() for c in key)
