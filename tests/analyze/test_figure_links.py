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


def test_of_two_attacks_in_one_sentence_a_figure_joins_its_own_clause(tmp_path: Path) -> None:
    # "A strike on Sarmin killed 5, and shelling of Harem killed 12": two reports of one
    # sentence in two events; each figure joins the attack reported in its own clause
    text = "A strike on Sarmin killed 5, and shelling of Harem killed 12."
    with open_store(tmp_path / "f.db") as store, store.transaction() as conn:
        conn.execute(
            "INSERT INTO articles(id, source_id, origin, format, raw_text, text) "
            "VALUES ('a1', 's1', 'f', 'text', ?, ?)",
            (text, text),
        )
        for rid, trigger in ((1, "strike"), (2, "shelling")):
            at = text.index(trigger)
            conn.execute(
                "INSERT INTO event_reports(id, article_id, sent, trigger, trigger_start, "
                "trigger_end, type) VALUES (?, 'a1', 0, ?, ?, ?, 'ASSAULT')",
                (rid, trigger, at, at + len(trigger)),
            )
            conn.execute(
                "INSERT INTO canonical_events(id, type) VALUES (?, 'ASSAULT')", (rid * 10,)
            )
            conn.execute(
                "INSERT INTO canonical_event_reports(report_id, canonical_id) VALUES (?, ?)",
                (rid, rid * 10),
            )
        _figure(conn, 1, 0, 5)
        _figure(conn, 2, 0, 12)
        _figure(conn, 3, 0, 7)  # stored before clauses were: the sentence's first, as before
        second = text.index("shelling")
        for fid, start, end in ((1, 0, second - 4), (2, second, len(text))):
            conn.execute(
                "UPDATE figures SET clause_start = ?, clause_end = ? WHERE id = ?",
                (start, end, fid),
            )
        sql.link_figures(conn, ["a1"])
        links = dict(conn.execute("SELECT figure_id, canonical_id FROM figure_events").fetchall())
    assert links == {1: 10, 2: 20, 3: 10}
