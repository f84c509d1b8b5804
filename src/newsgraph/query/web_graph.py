"""The actor network as of any date, answered from per-day edge counts held in memory.

Built once per state of the store (see ``web.cache``) from ``store.web_graph.edge_days``;
a request then costs a binary search per edge instead of a scan of every event report.
"""

from __future__ import annotations

import bisect
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from newsgraph.store import web_graph as sql


@dataclass
class EdgeSeries:
    source: str
    target: str
    kind: str
    dates: list[str] = field(default_factory=list)  # sorted days ("" for undated)
    cum: list[int] = field(default_factory=list)  # evidence count up to and including dates[i]
    outlets: list[set[str]] = field(default_factory=list)  # outlets up to dates[i]

    def upto(self, day: str | None) -> tuple[int, int]:
        """(index past the last day <= ``day``, count up to it)."""
        i = len(self.dates) if day is None else bisect.bisect_right(self.dates, day)
        return i, (self.cum[i - 1] if i else 0)


@dataclass
class Graph:
    edges: list[EdgeSeries]
    names: dict[str, str]
    dates: dict[str, str | None]

    def query(self, *, as_of: str | None = None, since: str | None = None,
              kind: str | None = None, actor: str | None = None, limit: int = 300
              ) -> dict[str, Any]:
        out: list[dict[str, Any]] = []
        for e in self.edges:
            if (kind and e.kind != kind) or (actor and actor not in (e.source, e.target)):
                continue
            i, n = e.upto(as_of)
            if since:
                j = bisect.bisect_left(e.dates, since)
                n -= e.cum[j - 1] if j else 0
                first_i = j
            else:
                first_i = 0
            if n <= 0:
                continue
            dated = [d for d in e.dates[first_i:i] if d]
            outlets = e.outlets[i - 1] if i else set()
            out.append({"source": e.source, "target": e.target, "kind": e.kind, "weight": n,
                        "first": dated[0] if dated else None,
                        "last": dated[-1] if dated else None, "outlets": len(outlets)})
        out.sort(key=lambda x: (-x["weight"], x["source"], x["target"], x["kind"]))
        out = out[:limit]
        nodes: dict[str, dict[str, Any]] = {}
        for edge in out:
            edge["source_label"] = self.names.get(edge["source"], edge["source"])
            edge["target_label"] = self.names.get(edge["target"], edge["target"])
            for end in ("source", "target"):
                node = nodes.setdefault(edge[end], {"id": edge[end],
                                                    "label": edge[end + "_label"], "degree": 0})
                node["degree"] += edge["weight"]
        return {"origin": "relations", "nodes": list(nodes.values()), "edges": out,
                "dates": self.dates}


def build_graph(conn: sqlite3.Connection) -> Graph:
    series: dict[tuple[str, str, str], EdgeSeries] = {}
    rows = sorted(sql.edge_days(conn), key=lambda r: (r[0], r[1], r[2], r[3] or ""))
    for source, target, kind, day, n, outlets in rows:
        e = series.setdefault((source, target, kind), EdgeSeries(source, target, kind))
        e.dates.append(day or "")
        e.cum.append((e.cum[-1] if e.cum else 0) + n)
        seen = set(e.outlets[-1]) if e.outlets else set()
        e.outlets.append(seen | set((outlets or "").split(",")) - {""})
    ids = sorted({x for k in series for x in k[:2]})
    return Graph(list(series.values()), sql.actor_names(conn, ids), sql.date_range(conn))
