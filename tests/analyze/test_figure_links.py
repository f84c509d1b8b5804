"""Which event a casualty figure belongs to (``store.analysis.link_figures``), on a real store."""

from __future__ import annotations

from pathlib import Path

from newsgraph.store import analysis as sql
from newsgraph.store import open_store


def _figure(conn, fid: int, sent: int, count: int, scope: str = "event") -> None:  # type: ignore[no-untyped-def]
    conn.execute(
        'INSERT INTO figures(id, article_id, sent, start, "end", text, count, low, high, '
        "category, grp, number_text, scope) "
        "VALUES (?, 'a1', ?, 0, 1, ?, ?, ?, ?, 'killed', 'civilians', ?, ?)",
        (fid, sent, f"{count} civilians", count, count, count, str(count), scope),
    )


def test_a_lead_toll_joins_the_first_event_and_a_running_total_joins_none(tmp_path: Path) -> None:
    with open_store(tmp_path / "f.db") as store, store.transaction() as conn:
        conn.execute(
            "INSERT INTO articles(id, source_id, origin, format, raw_text, text) "
            "VALUES ('a1', 's1', 'f', 'text', 'x', 'x')"
        )
        for rid, sent, type_ in ((1, 2, "ASSAULT"), (2, 4, "CONSULT"), (3, 6, "ASSAULT")):
            conn.execute(
                "INSERT INTO event_reports(id, article_id, sent, trigger, trigger_start, "
                "trigger_end, type) VALUES (?, 'a1', ?, 'x', 0, 1, ?)",
                (rid, sent, type_),
            )
            conn.execute("INSERT INTO canonical_events(id, type) VALUES (?, ?)", (rid * 10, type_))
            conn.execute(
                "INSERT INTO canonical_event_reports(report_id, canonical_id) VALUES (?, ?)",
                (rid, rid * 10),
            )
        _figure(conn, 1, 0, 15)  # the headline's toll, before any event
        _figure(conn, 2, 4, 7)  # in the sentence of the meeting: its conflict event is earlier
        _figure(conn, 3, 6, 9)  # in the second attack's own sentence
        _figure(conn, 4, 7, 300000, scope="cumulative")  # "the war has killed 300,000"
        touched = sql.link_figures(conn, ["a1"])
        links = {
            r[0]: (r[1], r[2])
            for r in conn.execute("SELECT figure_id, canonical_id, method FROM figure_events")
        }
    assert links == {1: (10, "article"), 2: (20, "sentence"), 3: (30, "sentence")}
    assert touched == {10, 20, 30}
