"""SQL for quotes: the writer for ``p.facts["quotes"]`` and the read side's row generator."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from typing import Any

from newsgraph.store.facts import fact_writer, json_list
from newsgraph.types import Quote

_COLUMNS = (
    "quote_id, article_id, idx, sent, kind, method, closed, cue, cue_start, cue_end, content, "
    "content_start, content_end, speaker_text, speaker_start, speaker_end, speaker_actor_id, "
    "speaker_name, speaker_country, speaker_sector, speaker_method, anonymous, affiliation, "
    "speaker_role, via, via_spans, via_kinds, disputes"
)


@fact_writer("quotes")
def write_quotes(conn: sqlite3.Connection, article_id: str, items: tuple[Any, ...]) -> None:
    conn.execute("DELETE FROM quotes WHERE article_id = ?", (article_id,))
    rows = []
    for i, q in enumerate(x for x in items if isinstance(x, Quote)):
        sp = q.speaker
        rows.append(
            (
                q.id or f"{article_id}:q{i}",
                article_id,
                i,
                q.sent,
                q.kind,
                q.method,
                int(q.closed),
                q.cue,
                q.cue_start,
                q.cue_end,
                q.content,
                q.content_start,
                q.content_end,
                sp.text if sp else None,
                sp.start if sp else None,
                sp.end if sp else None,
                sp.actor_id if sp else None,
                sp.name if sp else None,
                sp.country if sp else None,
                sp.sector if sp else None,
                q.speaker_method,
                int(q.anonymous),
                q.affiliation,
                q.speaker_role,
                json_list(q.via, ensure_ascii=False),
                json_list([list(s) for s in q.via_spans]),
                json_list(q.via_kinds),
                json_list([dict(d) for d in q.disputes], ensure_ascii=False, default=str),
            )
        )
    conn.executemany(f"INSERT INTO quotes({_COLUMNS}) VALUES ({', '.join('?' * 28)})", rows)


def iter_quotes(
    conn: sqlite3.Connection,
    *,
    speaker: str | None = None,
    via: str | None = None,
    outlet: str | None = None,
    article_id: str | None = None,
) -> Iterator[dict[str, Any]]:
    """Quote rows in export form (see ``schema/quote.schema.json``), filtered.

    ``speaker`` matches the speaker's text, name or actor id (case-insensitive substring);
    ``via`` a name in the chain; ``outlet`` the article's outlet exactly.
    """
    where, params = ["1 = 1"], []
    if speaker:
        where.append(
            "(lower(q.speaker_text) LIKE ? OR lower(q.speaker_name) LIKE ? OR "
            "lower(q.speaker_actor_id) LIKE ? OR lower(q.affiliation) LIKE ?)"
        )
        params += [f"%{speaker.lower()}%"] * 4
    if via:
        where.append("lower(q.via) LIKE ?")
        params.append(f"%{via.lower()}%")
    if outlet:
        where.append("a.outlet = ?")
        params.append(outlet)
    if article_id:
        where.append("q.article_id = ?")
        params.append(article_id)
    sql = (
        "SELECT q.*, a.source_id, a.outlet, a.published FROM quotes q "
        "JOIN articles a ON a.id = q.article_id "
        f"WHERE {' AND '.join(where)} "
        "ORDER BY a.published IS NULL, a.published, q.article_id, q.idx"
    )
    for row in conn.execute(sql, params):
        yield quote_row(row)


def quote_row(row: sqlite3.Row) -> dict[str, Any]:
    r = dict(row)
    speaker = None
    if r["speaker_text"] is not None:
        speaker = {
            "text": r["speaker_text"],
            "actor_id": r["speaker_actor_id"],
            "name": r["speaker_name"],
            "anonymous": bool(r["anonymous"]),
            "affiliation": r["affiliation"],
            "role": r["speaker_role"],
            "country": r["speaker_country"],
            "sector": r["speaker_sector"],
            "method": r["speaker_method"],
            "start": r["speaker_start"],
            "end": r["speaker_end"],
        }
    return {
        "id": r["quote_id"],
        "article_id": r["article_id"],
        "source_id": r["source_id"],
        "outlet": r["outlet"],
        "published": r["published"],
        "sent": r["sent"],
        "kind": r["kind"],
        "method": r["method"],
        "closed": bool(r["closed"]),
        "speaker": speaker,
        "via": json.loads(r["via"]),
        "via_spans": json.loads(r["via_spans"]),
        "via_kinds": json.loads(r["via_kinds"]),
        "cue": r["cue"],
        "cue_start": r["cue_start"],
        "cue_end": r["cue_end"],
        "content": r["content"],
        "content_start": r["content_start"],
        "content_end": r["content_end"],
        "speaker_start": r["speaker_start"],
        "speaker_end": r["speaker_end"],
        "disputes": json.loads(r["disputes"]),
    }


def quotes_with_disputes(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """The stored quotes that dispute something, with their disputes decoded and their speaker
    as ``{text, name, actor_id}``: what the analysis finds disputes in."""
    out = []
    for r in conn.execute(
        "SELECT * FROM quotes WHERE disputes IS NOT NULL AND disputes NOT IN ('', '[]')"
    ):
        d = dict(r)
        d["disputes"] = json.loads(d["disputes"])
        d["speaker"] = {
            "text": d.get("speaker_text"),
            "name": d.get("speaker_name"),
            "actor_id": d.get("speaker_actor_id"),
        }
        out.append(d)
    return out
