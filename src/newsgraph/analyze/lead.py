"""An article's lead event: what the article is mainly about, as one input to story clustering.

Until the events stage stores each article's main event, the lead is the earliest report in
the article's first ``LEAD_SENTENCES`` sentences that is asserted (not negated, hypothetical,
future or historical) and extracted with confidence at least ``MIN_CONFIDENCE``: news puts
its event first. This is the one function to swap for the stored main event.
"""

from __future__ import annotations

from collections.abc import Iterable

from newsgraph.analyze.model import ReportView

LEAD_SENTENCES = 3
MIN_CONFIDENCE = 0.5


def lead_event(reports: Iterable[ReportView]) -> ReportView | None:
    """The article's lead event among its reports, or None when its lead reports none."""
    lead = [
        r
        for r in reports
        if r.sent < LEAD_SENTENCES
        and r.factual
        and not r.historical
        and r.confidence >= MIN_CONFIDENCE
    ]
    return min(lead, key=lambda r: (r.sent, r.id), default=None)
