"""Event reports for export and the ``newsgraph events`` command: one row per report, and the
POLECAT-style (``plover-json``) and GDELT 2.0 (``gdelt-csv``) renderings.

GDELT columns written (the rest of GDELT's 61 do not apply to a per-sentence report and are
left out): GLOBALEVENTID, SQLDATE, MonthYear, Year, FractionDate, Actor1Code, Actor1Name,
Actor1CountryCode, Actor1Type1Code, Actor2Code, Actor2Name, Actor2CountryCode, Actor2Type1Code,
IsRootEvent, EventCode, EventBaseCode, EventRootCode, QuadClass, NumMentions, NumSources,
NumArticles, ActionGeo_Type, ActionGeo_FullName, ActionGeo_CountryCode, ActionGeo_Lat,
ActionGeo_Long, ActionGeo_FeatureID, DATEADDED, SOURCEURL. A report with several actors or
recipients becomes one dyadic row per (actor, recipient) pair, as GDELT is dyadic.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from newsgraph.query.exports import exporter
from newsgraph.store.events import FLAGS, EventQuery, iter_event_reports


def report_row(d: dict[str, Any]) -> dict[str, Any]:
    """A stored report -> the export record (see schema/event-report.schema.json)."""
    place = None
    if d.get("place_name") or d.get("place_text"):
        place = {
            "name": d["place_name"],
            "text": d["place_text"],
            "geonames_id": d["place_geonames_id"],
            "lat": d["place_lat"],
            "lon": d["place_lon"],
            "country": d["place_country"],
            "precision": d["place_precision"],
            "start": d["place_start"],
            "end": d["place_end"],
        }
    return {
        "event_id": d["id"],
        "article_id": d["article_id"],
        "source_id": d["source_id"],
        "outlet": d["outlet"],
        "url": d.get("url"),
        "sent": d["sent"],
        "sentence": d["sentence"],
        "trigger": d["trigger"],
        "trigger_start": d["trigger_start"],
        "trigger_end": d["trigger_end"],
        "actor": [_party(a) for a in d["actors"]],
        "recipient": [_party(r) for r in d["recipients"]],
        "type": d["type"],
        "mode": d["mode"],
        "context": d["context"],
        "cameo": d["cameo"],
        "quad": d["quad"],
        "date": d["date"],
        "date_precision": d["date_precision"],
        "date_text": d["date_text"],
        "date_basis": d.get("date_basis"),
        "date_start": d.get("date_start"),
        "date_end": d.get("date_end"),
        "report_date": d["report_date"],
        "place": place,
        "factuality": {f: d[f] for f in FLAGS},
        "speaker": _party(d["speaker"]) if d.get("speaker") else None,
        "confidence": d["confidence"],
    }


def _party(r: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": r.get("actor_id"),
        "name": r.get("name"),
        "country": r.get("country"),
        "sector": r.get("sector"),
        "text": r.get("text"),
        "start": r.get("start"),
        "end": r.get("end"),
    }


def iter_rows(conn: sqlite3.Connection, q: EventQuery | None = None) -> Iterator[dict[str, Any]]:
    for d in iter_event_reports(conn, q):
        yield report_row(d)


# ---------------------------------------------------------------- POLECAT-style JSON


def plover_record(r: dict[str, Any]) -> dict[str, Any]:
    def party(p: dict[str, Any]) -> dict[str, Any]:
        return {
            "actor_name": p["name"] or p["text"],
            "actor_text": p["text"],
            "actor_wiki_id": None,
            "actor_id": p["id"],
            "actor_country": p["country"],
            "actor_sector": p["sector"],
        }

    pl = r["place"]
    return {
        "event_id": f"{r['article_id']}-{r['event_id']}",
        "story_id": r["article_id"],
        "source_id": r["source_id"],
        "publisher": r["outlet"],
        "publication_date": r["report_date"],
        "event_date": r["date"],
        "date_precision": r["date_precision"],
        "date_basis": r["date_basis"],
        "date_window": [r["date_start"], r["date_end"]] if r["date_basis"] == "window" else None,
        "event_type": r["type"],
        "event_mode": r["mode"],
        "contexts": [c for c in (r["context"] or "").split(",") if c],
        "actors": [party(p) for p in r["actor"]],
        "recipients": [party(p) for p in r["recipient"]],
        "location": None
        if pl is None
        else {
            "name": pl["name"],
            "geonameid": pl["geonames_id"],
            "lat": pl["lat"],
            "lon": pl["lon"],
            "country_iso3": pl["country"],
            "precision": pl["precision"],
        },
        "event_text": r["sentence"],
        "anchor_text": r["trigger"],
        "cameo_code": r["cameo"],
        "quad_code": r["quad"],
        "factuality": r["factuality"],
        "speaker": r["speaker"],
        "confidence": r["confidence"],
    }


def write_plover_json(rows: Iterable[dict[str, Any]], out: TextIO) -> int:
    n = 0
    out.write("[")
    for r in rows:
        out.write(("," if n else "") + "\n" + json.dumps(plover_record(r), ensure_ascii=False))
        n += 1
    out.write("\n]\n")
    return n


# ---------------------------------------------------------------- GDELT 2.0 event columns

GDELT_COLUMNS = (
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1Type1Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2Type1Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
)
_GEO_TYPE = {"country": 1, "region": 2, "city": 4}


def gdelt_quad(cameo: str | None) -> int | None:
    """GDELT's QuadClass from the CAMEO root: 01-05, 06-08, 09-13, 14-20."""
    if not cameo or not cameo[:2].isdigit():
        return None
    root = int(cameo[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def gdelt_rows(r: dict[str, Any]) -> Iterator[dict[str, Any]]:
    date = r["date"] if r["date_precision"] == "day" else None
    ymd = date.replace("-", "") if date else ""
    pl = r["place"] or {}
    added = (r["report_date"] or "").replace("-", "")
    actors = r["actor"] or [{}]
    recips = r["recipient"] or [{}]
    k = 0
    for a in actors:
        for b in recips:
            k += 1
            yield {
                "GLOBALEVENTID": f"{r['event_id']}.{k}" if k > 1 else r["event_id"],
                "SQLDATE": ymd,
                "MonthYear": ymd[:6],
                "Year": ymd[:4],
                "FractionDate": _fraction(date) if date else "",
                "Actor1Code": _gcode(a),
                "Actor1Name": (a.get("name") or a.get("text") or ""),
                "Actor1CountryCode": a.get("country") or "",
                "Actor1Type1Code": a.get("sector") or "",
                "Actor2Code": _gcode(b),
                "Actor2Name": (b.get("name") or b.get("text") or ""),
                "Actor2CountryCode": b.get("country") or "",
                "Actor2Type1Code": b.get("sector") or "",
                "IsRootEvent": int(r["sent"] == 0),
                "EventCode": r["cameo"] or "",
                "EventBaseCode": (r["cameo"] or "")[:3],
                "EventRootCode": (r["cameo"] or "")[:2],
                "QuadClass": gdelt_quad(r["cameo"]) or "",
                "NumMentions": 1,
                "NumSources": 1,
                "NumArticles": 1,
                "ActionGeo_Type": _GEO_TYPE.get(pl.get("precision") or "", ""),
                "ActionGeo_FullName": pl.get("name") or "",
                "ActionGeo_CountryCode": pl.get("country") or "",
                "ActionGeo_Lat": pl.get("lat") if pl.get("lat") is not None else "",
                "ActionGeo_Long": pl.get("lon") if pl.get("lon") is not None else "",
                "ActionGeo_FeatureID": pl.get("geonames_id") or "",
                "DATEADDED": added,
                "SOURCEURL": r.get("url") or r["source_id"],
            }


def _gcode(p: dict[str, Any]) -> str:
    return (p.get("country") or "") + (p.get("sector") or "") if p else ""


def _fraction(iso: str) -> str:
    y, m, d = (int(x) for x in iso.split("-"))
    doy = sum((31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[: m - 1]) + d
    return f"{y + doy / 365:.4f}"


def write_gdelt_csv(rows: Iterable[dict[str, Any]], out: TextIO) -> int:
    writer = csv.DictWriter(out, fieldnames=list(GDELT_COLUMNS), delimiter="\t")
    writer.writeheader()
    n = 0
    for r in rows:
        for g in gdelt_rows(r):
            writer.writerow(g)
            n += 1
    return n


@exporter("event-reports", formats={"plover-json": write_plover_json, "gdelt-csv": write_gdelt_csv})
def export_event_reports(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    yield from iter_rows(conn)
