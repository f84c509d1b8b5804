"""The contested FA-KES groups the number contradictions miss because their articles share no
conflict event ("not one event", ``eval.crossoutlet.missed_groups``), listed for reading:

    python -m eval.crossoutlet_missed --db STORE [--half "from 2016"] [--json FILE]

``STORE`` is a FA-KES store built as ``eval.crossoutlet.score_rows`` builds it (without
``--db`` one is built in a temporary folder, a few minutes). For each group: its gold key and
civilian counts, each article (title, outlet, story) with its lead attack reports (the first
``LEAD`` asserted conflict reports: type, trigger, date and its basis, place and region,
actors, counterparts, canonical event, sentence), and for each pair of articles what the
clusterer decides on each lead report against the other article's lead events
(``Clusterer.why_apart``: "another story, not fully told", "date", "sides", "region" ...).
Only the half named is listed (the from-2016 half is read for ideas; the other is held out).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path
from typing import Any

from eval.crossoutlet import (
    CONFLICT,
    _flagged_articles,
    conflict_events,
    fakes_gold,
    missed_groups,
    score_rows,
)
from eval.datasets import fakes_halves, fakes_rows
from newsgraph.analyze.clusters import Clusterer, ClusterSettings
from newsgraph.store import analysis as sql
from newsgraph.store import open_store
from newsgraph.store.blame_queries import titles
from newsgraph.types import ReportView

LEAD = 3  # lead attack reports listed (and compared) per article


def listing(conn: Any, rows: list[dict[str, str]]) -> list[dict[str, Any]]:
    """The "not one event" groups among ``rows``, each with its articles' lead attack
    reports and the clusterer's decision on each pair of them."""
    by_source, gold_groups, counts = fakes_gold(conn, rows)
    events = conflict_events(conn)
    keys = missed_groups(conn, gold_groups, counts, _flagged_articles(conn, 0.0), events)
    wanted = {a for key in keys["not one event"] for a in gold_groups[key]}
    settings = ClusterSettings()
    views = list(sql.iter_report_views(conn, unassigned_only=False))
    event_of = dict(
        conn.execute("SELECT report_id, canonical_id FROM canonical_event_reports").fetchall()
    )
    lead: dict[str, list[ReportView]] = defaultdict(list)
    for v in views:
        asserted = v.type in CONFLICT and v.factual and not v.historical
        if v.article_id in wanted and asserted and len(lead[v.article_id]) < LEAD:
            lead[v.article_id].append(v)
    for reports in lead.values():
        reports.sort(key=lambda v: (v.sent, v.id))
    # The clusterer as the analysis built it: the stored events, the sides of their actors,
    # the allies each story's reports name.
    stored = {c.id: c for c in sql.load_clusters(conn)}
    actors = {a for c in stored.values() for a in c.participants}
    clusterer = Clusterer(settings, sides=sql.actor_sides(conn, actors))
    for c in stored.values():
        clusterer.load(c)
    clusterer.learn_allies(v for v in views if v.confidence >= settings.min_confidence)
    names = titles(conn, wanted)
    places = sql.place_details(conn, [v.id for rs in lead.values() for v in rs])
    texts = sql.sentence_texts(conn, {(v.article_id, v.sent) for rs in lead.values() for v in rs})
    source_of = {aid: sid for sid, aid in by_source.items()}
    out = []
    for key in keys["not one event"]:
        aids = gold_groups[key]
        articles = []
        for aid in aids:
            articles.append(
                {
                    "source_id": source_of[aid],
                    "title": names.get(aid),
                    "civilians": counts[aid],
                    "story": next((v.story for v in lead[aid]), None),
                    "lead": [_report(v, event_of, places, texts) for v in lead[aid]],
                }
            )
        pairs = []
        for a, b in combinations(aids, 2):
            decisions = _decisions(clusterer, stored, event_of, lead[a], lead[b])
            decisions += _decisions(clusterer, stored, event_of, lead[b], lead[a])
            pairs.append({"a": source_of[a], "b": source_of[b], "decisions": decisions})
        out.append({"gold": list(key), "articles": articles, "pairs": pairs})
    return out


def _report(
    v: ReportView,
    event_of: dict[int, int],
    places: dict[str, dict[str, Any]],
    texts: dict[tuple[str, int], str],
) -> dict[str, Any]:
    place = places.get(v.place_id or "", {}).get("name") or v.place_id
    return {
        "report": v.id,
        "sent": v.sent,
        "type": v.type,
        "trigger": v.trigger,
        "date": v.date or (f"{v.span[0]}..{v.span[1]}" if v.span else None),
        "date_basis": v.date_basis,
        "place": place,
        "region": v.place_region,
        "actors": sorted(v.actors),
        "recipients": sorted(v.recipients),
        "event": event_of.get(v.id),
        "sentence": texts.get((v.article_id, v.sent), "")[:240],
    }


def _decisions(
    clusterer: Clusterer,
    stored: dict[int, Any],
    event_of: dict[int, int],
    mine: list[ReportView],
    theirs: list[ReportView],
) -> list[str]:
    """What the clusterer says of each of ``mine`` against the events of ``theirs``."""
    out = []
    for r in mine:
        for cid in sorted({event_of[t.id] for t in theirs if t.id in event_of}):
            if event_of.get(r.id) == cid:
                continue
            if r.id not in event_of:
                why: str | None = "not clustered (under min_confidence)"
            else:
                why = clusterer.why_apart(r, stored[cid])
            out.append(f"r{r.id} -> e{cid}: {why or 'could join (another event scored higher)'}")
    if not mine:
        out.append("no asserted attack report")
    return out


def tally(groups: list[dict[str, Any]]) -> Counter[str]:
    """The clusterer's decisions over the groups' pairs of lead reports and events, counted
    (for each group once: the reasons any of its pairs gives)."""
    out: Counter[str] = Counter()
    for g in groups:
        reasons = {d.split(": ", 1)[-1] for p in g["pairs"] for d in p["decisions"]}
        out.update(reasons)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(prog="python -m eval.crossoutlet_missed", description=__doc__)
    ap.add_argument("--db", help="a FA-KES store built by eval.crossoutlet (else one is built)")
    ap.add_argument("--half", default="from 2016", help='"from 2016" (default) or "before 2016"')
    ap.add_argument("--json", dest="json_out", help="also write the listing to this file")
    ap.add_argument(
        "--tally",
        action="store_true",
        help="only count the clusterer's decisions (no titles or sentences: for the held-out half)",
    )
    args = ap.parse_args()
    rows = list(fakes_rows())
    if not rows:
        print("FA-KES not found (../shared/datasets/fakes)", file=sys.stderr)
        return 1
    part = fakes_halves(rows)[args.half]
    if args.db:
        with open_store(args.db) as store:
            groups = listing(store.conn, part)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            score_rows(rows, Path(tmp))
            with open_store(str(Path(tmp) / "fakes.db")) as store:
                groups = listing(store.conn, part)
    if args.tally:
        for why, n in tally(groups).most_common():
            print(f"  {n:4d}  {why}")
        print(f"\n{len(groups)} groups ({args.half})")
        return 0
    for g in groups:
        print(f"\n== {' | '.join(g['gold'])}")
        for a in g["articles"]:
            print(f"  {a['source_id']} story {a['story']} civilians {a['civilians']}: {a['title']}")
            for r in a["lead"]:
                print(
                    f"    r{r['report']} e{r['event']} s{r['sent']} {r['type']} {r['trigger']!r} "
                    f"date {r['date']} ({r['date_basis']}) place {r['place']} ({r['region']}) "
                    f"actors {r['actors']} recipients {r['recipients']}"
                )
                print(f"      {r['sentence']}")
        for p in g["pairs"]:
            print(f"  {p['a']} x {p['b']}: " + "; ".join(p["decisions"]))
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(groups, indent=1), encoding="utf-8")
    print(f"\n{len(groups)} groups ({args.half})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
