"""Time expressions: tagged, typed and normalised TimeML-style (the ``timexes`` doc stage).

Layout: ``lexicon`` (words and regex pieces), ``tagger`` (rules over the text -> candidate
spans), ``calendar`` (periods and their TimeML values), ``normaliser`` (context and dispatch),
``absolute``, ``relative`` and ``quantities`` (the rules), ``tense`` (tense of the governing
verb from the spaCy parse), ``stage`` (the registered stage), ``lookup`` (for the events stage).

Each ``Timex`` has ``value`` (``2024-12-01``, ``2024-W48``, ``2024-Q3``, ``199``, ``P14M``,
``XXXX-WXX-1``, ``PAST_REF``; None when unresolved, with ``note`` saying why), ``type``
(DATE, TIME, DURATION, SET), ``precision``, ``anchor`` (the ISO value it was resolved
against) and ``anchor_kind`` (``publication``: the article's date; ``previous``: the last date
the text mentioned before it; ``none``: absolute), ``mod`` (TimeML START/MID/END/APPROX/...)
and ``tense`` of its governing verb.

Using it from a later stage (events)::

    from newsgraph.extract.timexes import governing_timex
    tx = governing_timex(parsed, trigger_token)   # Timex | None
    if tx is not None and tx.precision == "day":
        event_date = tx.value                      # "2024-12-01"

``governing_timex`` prefers the expression the parse attaches to the token, then the nearest
one in its sentence; ``sentence_timexes(parsed, sent)`` lists a sentence's expressions. Use
``TimexExtractor().extract(doc, published)`` directly on any spaCy Doc.
"""

from newsgraph.extract.timexes.lookup import governing_timex, sentence_timexes
from newsgraph.extract.timexes.stage import TimexExtractor, TimexStage

__all__ = ["TimexExtractor", "TimexStage", "governing_timex", "sentence_timexes"]
