"""The actor network as of any date, answered from per-day edge counts held in memory.

Built once per state of the store (see ``web.cache``) from ``store.relations.edge_days`` into
numpy arrays sorted by day; a request sums a prefix of them per edge (``bincount``) instead of
scanning every event report, so "as of" any date costs a few milliseconds.

Grouped (the default of ``/api/network``), a state's government, forces, institutions and
officials are one node with the state (the ids ``--actor STATE`` rolls up); ungrouped, each
is its own node. An edge's weight counts sentences, as ``newsgraph relations`` does.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np

from newsgraph.calendar import start_of
from newsgraph.store import relations as sql

UNDATED = -1  # day number of evidence without a date: counted at every "as of"


def day_number(day: str | None) -> int:
    if not day:
        return UNDATED
    try:
        return date.fromisoformat(day[:10]).toordinal()
    except ValueError:
        start = start_of(day[:10])  # a week, month or year: its first day
        return start.toordinal() if start else UNDATED


@dataclass
class Graph:
    sources: list[str]  # per edge
    targets: list[str]
    kinds: list[str]
    row_edge: np.ndarray  # per (edge, day) row, sorted by day: edge index
    row_day: np.ndarray  # day number
    row_n: np.ndarray  # evidence count that day
    outlet_edge: np.ndarray  # per (edge, outlet), sorted by its first day
    outlet_day: np.ndarray
    names: dict[str, str]
    dates: dict[str, str | None]
    members: dict[str, list[str]]  # grouped: state id -> the ids it stands for (itself first)

    def query(
        self,
        *,
        as_of: str | None = None,
        since: str | None = None,
        kind: str | None = None,
        actor: str | list[str] | None = None,
        limit: int = 300,
    ) -> dict[str, Any]:
        n_edges = len(self.sources)
        hi = (
            len(self.row_day)
            if as_of is None
            else int(np.searchsorted(self.row_day, day_number(as_of), side="right"))
        )
        lo = 0 if since is None else int(np.searchsorted(self.row_day, day_number(since)))
        lo = min(lo, hi)
        edge, day = self.row_edge[lo:hi], self.row_day[lo:hi]
        weight = np.bincount(edge, weights=self.row_n[lo:hi], minlength=n_edges)
        keep = weight > 0
        if kind:
            keep &= np.array([k == kind for k in self.kinds], dtype=bool)
        if actor:
            wanted = {actor} if isinstance(actor, str) else set(actor)
            wanted |= {s for s, ids in self.members.items() if wanted & set(ids)}
            keep &= np.array(
                [
                    s in wanted or t in wanted
                    for s, t in zip(self.sources, self.targets, strict=True)
                ],
                dtype=bool,
            )
        idx = np.flatnonzero(keep)
        if len(idx) > limit:  # heaviest first; ties broken by the edge order (source, target)
            order = np.lexsort((idx, -weight[idx]))
            idx = idx[order[:limit]]
        else:
            idx = idx[np.lexsort((idx, -weight[idx]))]
        dated = day != UNDATED
        first = np.full(n_edges, -2, dtype=np.int64)
        last = np.full(n_edges, -2, dtype=np.int64)
        # rows are sorted by day: the first write per edge (reversed) is the earliest day
        first[edge[dated][::-1]] = day[dated][::-1]
        last[edge[dated]] = day[dated]
        o_hi = (
            len(self.outlet_day)
            if as_of is None
            else int(np.searchsorted(self.outlet_day, day_number(as_of), side="right"))
        )
        outlets = np.bincount(self.outlet_edge[:o_hi], minlength=n_edges)
        out: list[dict[str, Any]] = []
        for i in idx.tolist():
            s, t = self.sources[i], self.targets[i]
            out.append(
                {
                    "source": s,
                    "target": t,
                    "kind": self.kinds[i],
                    "weight": int(weight[i]),
                    "first": _iso(int(first[i])),
                    "last": _iso(int(last[i])),
                    "outlets": int(outlets[i]),
                    "source_label": self.names.get(s, s),
                    "target_label": self.names.get(t, t),
                }
            )
        nodes: dict[str, dict[str, Any]] = {}
        for e in out:
            for end in ("source", "target"):
                node = nodes.setdefault(
                    e[end],
                    {
                        "id": e[end],
                        "label": e[end + "_label"],
                        "degree": 0,
                        "members": self.members.get(e[end], [e[end]]),
                    },
                )
                node["degree"] += e["weight"]
        return {
            "origin": "relations",
            "nodes": list(nodes.values()),
            "edges": out,
            "dates": self.dates,
            "grouped": bool(self.members),
        }

    def ids_of(self, node: str) -> list[str]:
        """The actor ids a node stands for (a grouped state: itself and its members)."""
        return self.members.get(node, [node])


def _iso(n: int) -> str | None:
    return date.fromordinal(n).isoformat() if n > 0 else None


def build_graph(conn: sqlite3.Connection, *, group: bool = False) -> Graph:
    """The graph of the whole store; ``group``: states stand for their members."""
    days = sql.edge_days(conn)
    groups = sql.state_groups(conn, sorted({x for r in days for x in r[:2]})) if group else {}
    members: dict[str, list[str]] = {}
    for m, state in sorted(groups.items()):
        members.setdefault(state, [state]).append(m)
    keys: dict[tuple[str, str, str], int] = {}
    rows_e: list[int] = []
    rows_d: list[int] = []
    rows_n: list[int] = []
    firsts: dict[tuple[int, str], int] = {}
    for source, target, kind, day, n, outlets in days:
        source, target = groups.get(source, source), groups.get(target, target)
        if source == target:  # a state's officials on its government: inside one node
            continue
        e = keys.setdefault((source, target, kind), len(keys))
        d = day_number(day)
        rows_e.append(e)
        rows_d.append(d)
        rows_n.append(n)
        for o in (outlets or "").split(","):
            if not o:
                continue
            old = firsts.get((e, o))
            if old is None or d < old:
                firsts[(e, o)] = d
    order = np.argsort(np.array(rows_d, dtype=np.int64), kind="stable")
    o_items = sorted(firsts.items(), key=lambda kv: kv[1])
    edges = sorted(keys.items(), key=lambda kv: kv[1])
    ids = sorted({x for k in keys for x in k[:2]})
    dated = sorted(d for d in set(rows_d) if d != UNDATED)
    dates = {"first": _iso(dated[0]), "last": _iso(dated[-1])} if dated else sql.date_span(conn)
    return Graph(
        sources=[k[0] for k, _ in edges],
        targets=[k[1] for k, _ in edges],
        kinds=[k[2] for k, _ in edges],
        row_edge=np.array(rows_e, dtype=np.int64)[order],
        row_day=np.array(rows_d, dtype=np.int64)[order],
        row_n=np.array(rows_n, dtype=np.float64)[order],
        outlet_edge=np.array([k[0] for k, _ in o_items], dtype=np.int64),
        outlet_day=np.array([d for _, d in o_items], dtype=np.int64),
        names=sql.actor_names(conn, ids),
        dates=dates,
        members={k: v for k, v in members.items() if k in ids},
    )
