"""Quotes and claims: who said what, and through whom (issue 6).

Modules, in the order the extractor runs them: ``marks`` (direct quotes by their quotation
marks), ``cues`` (speech cues on the dependency parse: the indirect-quote finder), ``assemble``
(direct / indirect / mixed, continuations, nesting), ``speaker`` and ``sources`` (speaker
resolution, anonymous sources), ``via`` (attribution chains), ``disputes``; ``extractor`` ties
them together and ``stage`` registers the "quotes" doc stage. ``lookup.quote_at`` finds the
quote containing a span of text (for reported-speech events).
"""

from newsgraph.extract.quotes.extractor import extract_quotes
from newsgraph.extract.quotes.lookup import quote_at, quotes_in_sentence, speaker_at

__all__ = ["extract_quotes", "quote_at", "quotes_in_sentence", "speaker_at"]
