"""The actor network as of any date, answered from per-day edge counts held in memory.

Built once per state of the store (see ``web.cache``) from ``store.relations.edge_days`` into
numpy arrays sorted by day; a request sums a prefix of them per edge (``bincount``) instead of
scanning every event report, so "as of" any date costs a few milliseconds.

Grouped (the default of ``/api/network``), a state's government, forces, institutions and
officials are one node with the state, as ``--actor STATE`` rolls them up: a person with KB
role spells only on the days a spell of an office of that state covers the evidence (a 2022
event of a foreign minister until 2021 stays the person's own edge); ungrouped, each is its
own node, and ``actor=STATE`` keeps a person's evidence of those days only. An edge's weight
counts sentences, as ``newsgraph relations`` does.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np

from newsgraph.calendar import start_of
from newsgraph.store import relations as sql
from newsgraph.store.actors import ActorMatch

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
    row_states: np.ndarray  # (rows, 2): index in ``states`` of the state whose office the
    # source / target holds that day by a KB role spell (-1: none)
    states: list[str]
    outlet_edge: np.ndarray  # per (edge, outlet), sorted by its first day
    outlet_day: np.ndarray
    names: dict[str, str]
    dates: dict[str, str | None]
    members: dict[str, list[str]]  # grouped: state id -> the ids it stands for (itself first)
    static: dict[str, list[str]]  # grouped: state id -> its members whatever the date
    grouped: bool = False

    def query(
        self,
        *,
        as_of: str | None = None,
        since: str | None = None,
        kind: str | None = None,
        actor: str | list[str] | ActorMatch | None = None,
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
        row_n = self.row_n[lo:hi]
        keep = np.ones(n_edges, dtype=bool)
        if kind:
            keep &= np.array([k == kind for k in self.kinds], dtype=bool)
        if actor:
            m = actor if isinstance(actor, ActorMatch) else ActorMatch(_as_ids(actor))
            wanted = set(m.ids)
            wanted |= {s for s, ids in self.members.items() if wanted & set(ids)}
            if m.state is not None:
                wanted.add(m.state)
            ends = np.array(
                [
                    s in wanted or t in wanted
                    for s, t in zip(self.sources, self.targets, strict=True)
                ],
                dtype=bool,
            )
            row_ok = ends[edge]
            if m.state in self.states:  # its officials on the days they hold its office
                row_ok |= (self.row_states[lo:hi] == self.states.index(m.state)).any(axis=1)
            edge, day, row_n = edge[row_ok], day[row_ok], row_n[row_ok]
        weight = np.bincount(edge, weights=row_n, minlength=n_edges)
        keep &= weight > 0
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
            "grouped": self.grouped,
        }

    def ids_of(self, node: str) -> list[str]:
        """The actor ids a node stands for (a grouped state: itself and its members)."""
        return self.members.get(node, [node])


def _index(index: dict[str, int], state: str | None) -> int:
    return -1 if state is None else index.setdefault(state, len(index))


def _as_ids(actor: str | list[str]) -> tuple[str, ...]:
    return (actor,) if isinstance(actor, str) else tuple(actor)


def _iso(n: int) -> str | None:
    return date.fromordinal(n).isoformat() if n > 0 else None


def build_graph(conn: sqlite3.Connection, *, group: bool = False) -> Graph:
    """The graph of the whole store; ``group``: states stand for their members (people with
    KB role spells on the days of a spell only)."""
    days = sql.edge_days(conn)
    groups = sql.state_groups(conn, sorted({x for r in days for x in r[:2]})) if group else {}
    static: dict[str, list[str]] = {}
    for m, state in sorted(groups.items()):
        static.setdefault(state, [state]).append(m)
    dated: dict[str, set[str]] = {}
    state_index: dict[str, int] = {}
    keys: dict[tuple[str, str, str], int] = {}
    rows_e: list[int] = []
    rows_d: list[int] = []
    rows_n: list[int] = []
    rows_s: list[tuple[int, ...]] = []
    firsts: dict[tuple[int, str], int] = {}
    for source, target, kind, day, n, outlets, s_state, t_state in days:
        if group:
            ends = []
            for end, state in ((source, s_state), (target, t_state)):
                # an official on the days in office (``store.relations.grouped_node``)
                node = state or groups.get(end) or end
                if state:
                    dated.setdefault(state, set()).add(end)
                ends.append(node)
            source, target = ends
        if source == target:  # a state's officials on its government: inside one node
            continue
        e = keys.setdefault((source, target, kind), len(keys))
        d = day_number(day)
        rows_e.append(e)
        rows_d.append(d)
        rows_n.append(n)
        rows_s.append(tuple(_index(state_index, x) for x in (s_state, t_state)))
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
    dated_days = sorted(d for d in set(rows_d) if d != UNDATED)
    dates = (
        {"first": _iso(dated_days[0]), "last": _iso(dated_days[-1])}
        if dated_days
        else sql.date_span(conn)
    )
    members = {
        s: [*static.get(s, [s]), *sorted(dated.get(s, set()) - set(static.get(s, [])))]
        for s in set(static) | set(dated)
    }
    return Graph(
        sources=[k[0] for k, _ in edges],
        targets=[k[1] for k, _ in edges],
        kinds=[k[2] for k, _ in edges],
        row_edge=np.array(rows_e, dtype=np.int64)[order],
        row_day=np.array(rows_d, dtype=np.int64)[order],
        row_n=np.array(rows_n, dtype=np.float64)[order],
        row_states=np.array(rows_s, dtype=np.int64).reshape(-1, 2)[order],
        states=list(state_index),
        outlet_edge=np.array([k[0] for k, _ in o_items], dtype=np.int64),
        outlet_day=np.array([d for _, d in o_items], dtype=np.int64),
        names=sql.actor_names(conn, ids),
        dates=dates,
        members={k: v for k, v in members.items() if k in ids},
        static={k: v for k, v in static.items() if k in ids},
        grouped=group,
    )
