"""Relations over time: a directed, time-stamped actor graph with evidence.

Edges come from coded events (actor -> recipient, by PLOVER type) and from explicit
statements of backing ("Rwandan-backed groups"). Each edge keeps every piece of evidence
(article, outlet, sentence, date), its first and last date and its outlets, so the graph
can be asked "as of" a date or over a window. Negated, hypothetical and future events are
left out.

The evidence is ``store.relations.evidence_sql``: one piece per (edge, sentence), the rule the
web graph (``query.graph``) counts by too.

Two clocks: ``as_of``/``since``/``until`` bound the day each piece of evidence happened on (the
event's own date, else its article's publication date: "what had happened by then");
``reported_by`` bounds the day its article was published ("what had been reported by then",
whatever the events' dates). An edge's ``first``/``last`` are days (GEXF needs them);
``as_dict`` gives them as the evidence wrote them ("2015" for a year, "2024-W48" for a week).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from newsgraph.store import relations as sql
from newsgraph.types import KINDS


@dataclass
class Edge:
    source: str
    target: str
    kind: str
    evidence: list[dict[str, Any]] = field(default_factory=list)

    @property
    def first(self) -> str | None:
        dates = [e["date"] for e in self.evidence if e.get("date")]
        return min(dates) if dates else None

    @property
    def last(self) -> str | None:
        dates = [e["date"] for e in self.evidence if e.get("date")]
        return max(dates) if dates else None

    def _as_written(self, latest: bool) -> str | None:
        dated = [e for e in self.evidence if e.get("date")]
        if not dated:
            return None
        pick = (max if latest else min)(dated, key=lambda e: str(e["date"]))
        return str(pick.get("date_value") or pick["date"])

    @property
    def outlets(self) -> list[str]:
        return sorted({e["outlet"] for e in self.evidence})

    def as_dict(self, names: dict[str, str]) -> dict[str, Any]:
        return {
            "source": self.source,
            "source_name": names.get(self.source, self.source),
            "target": self.target,
            "target_name": names.get(self.target, self.target),
            "kind": self.kind,
            "weight": len(self.evidence),
            "first": self._as_written(latest=False),
            "last": self._as_written(latest=True),
            "outlets": self.outlets,
            "evidence": self.evidence,
        }


def build_relations(
    conn: sqlite3.Connection,
    *,
    as_of: str | None = None,
    since: str | None = None,
    until: str | None = None,
    between: tuple[str, str] | None = None,
    kinds: Iterable[str] | None = None,
    reported_by: str | None = None,
) -> list[Edge]:
    """The relation edges whose evidence falls in the window (``as_of`` = until that date, by
    the day it happened) and, with ``reported_by``, was published by that date."""
    until = as_of or until
    wanted = set(kinds or KINDS)
    edges: dict[tuple[str, str, str], Edge] = {}
    for row in sql.iter_evidence(conn):  # one row per (edge, sentence)
        kind = row["kind"]
        if kind not in wanted or not _in_window(row.get("date"), since, until):
            continue
        if reported_by and not _in_window(row.get("published"), None, reported_by):
            continue
        if between and {row["source"], row["target"]} != set(between):
            continue
        key = (row["source"], row["target"], kind)
        edge = edges.setdefault(key, Edge(row["source"], row["target"], kind))
        edge.evidence.append(
            {
                "via": "event" if row["report_id"] is not None else "backing",
                "article_id": row["article_id"],
                "source_id": row["source_id"],
                "outlet": row["outlet"],
                "sent": row["sent"],
                "date": row.get("date"),
                "date_value": row.get("date_value") or row.get("date"),
                "published": row.get("published"),
                "trigger": row.get("trigger"),
                "sentence": row.get("sentence"),
                "report_id": row.get("report_id"),
                "backing_id": row.get("backing_id"),
            }
        )
    return sorted(edges.values(), key=lambda e: (-len(e.evidence), e.source, e.target, e.kind))


def _in_window(date: str | None, since: str | None, until: str | None) -> bool:
    if date is None:
        return since is None and until is None
    day = date[:10]
    return (since is None or day >= since) and (until is None or day <= until)
