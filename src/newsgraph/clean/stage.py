"""The clean stage: one RawDoc in, one Article (or a Skip) out.

Order of work: find debris (``boilerplate.py`` with the rules of ``patterns.py``), read the
head (date line, title: ``head.py``), build the cleaned text with its offset map
(``normalize.py``), settle the publication date (``newsgraph/pubdate.py``) and the language
(``language.py``). Duplicates are linked later, by ``dedup.py``, against the store.
"""

from __future__ import annotations

import hashlib
from datetime import date

from newsgraph.clean.boilerplate import disjoint, find_debris
from newsgraph.clean.head import Head, read_head
from newsgraph.clean.language import LanguageDetector
from newsgraph.clean.normalize import build_clean_text
from newsgraph.clean.patterns import rules
from newsgraph.config import Settings
from newsgraph.pubdate import check_range, read_date
from newsgraph.registry import register_stage
from newsgraph.types import Article, RawDoc, Skip

_TEXT_DATE_SLACK_DAYS = 1  # a text date this close to the metadata date is not worth a warning


def article_id(raw_text: str) -> str:
    """The stable id: a hash of the whitespace-normalised raw text."""
    norm = " ".join(raw_text.split())
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:16]


@register_stage("clean", kind="raw")
class CleanStage:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.languages = LanguageDetector()
        today = settings.extra.get("today")  # for reproducible runs: an ISO date
        self._today = date.fromisoformat(str(today)) if today else None

    def __call__(self, batch: list[RawDoc]) -> list[Article | Skip]:
        return [self.clean_one(r) for r in batch]

    def clean_one(self, raw: RawDoc) -> Article | Skip:
        text = raw.text
        if not text.strip():
            return Skip(raw.origin, "clean", "no text", source_id=raw.source_id)
        meta_title = _clean_title(raw.meta.get("title"))
        debris = find_debris(text)
        head = read_head(text, debris, meta_title)
        removed = disjoint([*debris, *head.spans])
        clean, offset_map = build_clean_text(text, removed)
        warnings = list(getattr(raw, "warnings", ()))
        if not clean.strip() and head.spans:  # a headline with no body: keep the headline
            removed = [r for r in removed if r.kind not in ("title", "dateline")]
            clean, offset_map = build_clean_text(text, removed)
            warnings.append("no article body: the text is only a headline")
        if not clean.strip():
            kinds = sorted({r.kind for r in removed})
            return Skip(
                raw.origin,
                "clean",
                f"no text: only boilerplate ({', '.join(kinds)})",
                article_id=article_id(text),
                source_id=raw.source_id,
            )
        published, published_source = self._published(raw, head, warnings)
        language = self._language(raw, clean, warnings)
        return Article(
            id=article_id(text),
            source_id=raw.source_id,
            origin=raw.origin,
            format=raw.format,
            raw_text=text,
            text=clean,
            removed=tuple(removed),
            title=meta_title or _clean_title(head.title),
            url=raw.meta.get("url"),
            outlet=raw.meta.get("outlet"),
            published=published,
            published_source=published_source,
            language=language,
            warnings=tuple(dict.fromkeys(warnings)),
            offset_map=offset_map,
        )

    def _published(
        self, raw: RawDoc, head: Head, warnings: list[str]
    ) -> tuple[date | None, str | None]:
        """The publication date and where it came from; every doubt goes into ``warnings``."""
        today = self._today or date.today()
        value = raw.meta.get("published")
        source = raw.meta.get("published_source") or (
            "html" if raw.format == "html" else "metadata"
        )
        found: date | None = None
        if value:
            found = _checked(value, f"publication date {value!r} ({source})", today, warnings)
        text_date: date | None = None
        if head.date is not None and head.date_text:
            label = f"the date line {head.date_text!r}"
            if head.date.value is None:
                warnings.append(f"{label} is an impossible date; ignored")
            else:
                text_date = _checked(head.date.value.isoformat(), label, today, warnings)
                if text_date and head.date.note:
                    warnings.append(f"{label}: {head.date.note}")
        if found is not None:
            if text_date and abs((text_date - found).days) > _TEXT_DATE_SLACK_DAYS:
                warnings.append(
                    f"the date in the text ({text_date}) differs from the "
                    f"publication date in the metadata ({found})"
                )
            return found, source
        if text_date is not None:
            if value:
                warnings.append(f"publication date taken from the text ({text_date}) instead")
            return text_date, "text"
        warnings.append("no publication date")
        return None, None

    def _language(self, raw: RawDoc, text: str, warnings: list[str]) -> str | None:
        given = (raw.meta.get("language") or "").strip().lower() or None
        detected, prob = self.languages.detect(text)
        if given and detected and detected != given[:2] and prob >= 0.95 and len(text) >= 200:
            warnings.append(f"language given as {given!r} but the text reads as {detected!r}")
        language = given or detected
        if language is None:
            warnings.append("language not identified")
        elif not language.startswith("en"):
            warnings.append(
                f"language {language!r}: extraction is English-only, so few facts will be found"
            )
        return language


def _checked(value: str, label: str, today: date, warnings: list[str]) -> date | None:
    reading = read_date(value)
    if reading.value is None:
        what = "an impossible date" if reading.problem == "impossible date" else "not a date"
        warnings.append(f"{label} is {what}; ignored")
        return None
    problem = check_range(reading.value, today)
    if problem:
        warnings.append(f"{label} is {problem}; ignored")
        return None
    if reading.note:
        warnings.append(f"{label}: {reading.note}")
    return reading.value


def _clean_title(title: str | None) -> str | None:
    if not title:
        return None
    out = " ".join(title.split())
    for rule in rules("inline"):
        if rule.kind == "glyph":
            out = rule.regex.sub("", out)
    return out.strip() or None
