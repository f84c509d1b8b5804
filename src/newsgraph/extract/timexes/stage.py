"""The ``timexes`` doc stage: tag, find each expression's tense, normalise in text order."""

from __future__ import annotations

from bisect import bisect_right
from datetime import date
from typing import Any

from spacy.tokens import Doc

from newsgraph.extract.docview import parsed_text
from newsgraph.extract.timexes.calendar import Period
from newsgraph.extract.timexes.normaliser import Context, Normaliser
from newsgraph.extract.timexes.tagger import TimexTagger, previous_word
from newsgraph.extract.timexes.tense import clause_tense
from newsgraph.registry import register_stage
from newsgraph.types import Parsed, Skip, Timex

_REF_VALUES = {"PAST_REF", "PRESENT_REF", "FUTURE_REF"}


class TimexExtractor:
    """Tags and normalises the time expressions of one spaCy Doc (reusable, no state kept)."""

    def __init__(self, *, day_first: bool = True) -> None:
        self.tagger = TimexTagger()
        self.normaliser = Normaliser()
        self.day_first = day_first

    def extract(
        self,
        doc: Doc,
        published: date | None,
        article_id: str = "",
        publication_note: str | None = None,
        text: str | None = None,
    ) -> list[Timex]:
        """``text``: the string ``doc`` was parsed from, if at hand (saves rebuilding it)."""
        text = doc.text if text is None else parsed_text(doc, text)
        ents = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
        sent_starts = [s.start_char for s in doc.sents] if doc.has_annotation("SENT_START") else [0]
        last_day: Period | None = None
        last_period: Period | None = None
        sentence_period: Period | None = None
        current_sent = -1
        out: list[Timex] = []
        for cand in self.tagger.tag(text, ents):
            sent = max(0, bisect_right(sent_starts, cand.start) - 1)
            if sent != current_sent:
                current_sent, sentence_period = sent, None
            span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
            tense = clause_tense(span) if span is not None and len(span) else None
            ctx = Context(
                published,
                tense,
                last_day,
                last_period,
                sentence_period,
                self.day_first,
                previous_word(text, cand.start),
            )
            res = self.normaliser.resolve(cand, ctx)
            note = res.note
            if publication_note and res.anchor_kind == "publication":
                note = f"{note}; {publication_note}" if note else publication_note
            out.append(
                Timex(
                    article_id,
                    sent,
                    cand.start,
                    cand.end,
                    cand.text,
                    res.type,
                    res.value,
                    res.anchor,
                    res.anchor_kind,
                    res.precision,
                    note,
                    res.mod,
                    tense,
                )
            )
            comparison = cand.kind == "yearago" or (
                cand.kind == "ago" and cand.groups.get("unit", "").lower().startswith("year")
            )
            if (
                res.period is not None
                and res.value not in _REF_VALUES
                and res.type in ("DATE", "TIME")
                and not comparison
            ):  # "a year earlier" is no new topic
                last_period = sentence_period = res.period
                if res.period.precision == "day":
                    last_day = res.period
        return out


def _publication_note(p: Parsed) -> str | None:
    flagged = [
        w for w in p.article.warnings if "date" in w.lower() and w.lower() != "no publication date"
    ]
    return f"publication date flagged ({'; '.join(flagged)})" if flagged else None


@register_stage("timexes")
class TimexStage:
    """Doc stage: ``p.with_facts("timexes", [Timex, ...])``.

    Settings: ``extra["timexes"]["day_first"]`` (default True) decides how ``03/04/2024`` reads.
    """

    def __init__(self, settings: Any) -> None:
        extra = (getattr(settings, "extra", None) or {}).get("timexes", {})
        self.extractor = TimexExtractor(day_first=bool(extra.get("day_first", True)))

    def __call__(self, batch: list[Parsed]) -> list[Parsed | Skip]:
        return [
            p.with_facts(
                "timexes",
                self.extractor.extract(
                    p.doc, p.article.published, p.article.id, _publication_note(p), p.article.text
                ),
            )
            for p in batch
        ]
