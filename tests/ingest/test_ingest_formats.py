"""Each input format read into RawDocs: text, HTML, JSON Lines, CSV, WARC (real files)."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsgraph.ingest import IngestOptions, read_inputs
from newsgraph.ingest.detect import format_of
from newsgraph.ingest.text import split_header
from newsgraph.types import RawDoc, Skip

FORMATS = Path(__file__).resolve().parents[1] / "data" / "formats"


def read(*paths: str | Path, **options: object) -> list[RawDoc | Skip]:
    return list(read_inputs([str(p) for p in paths], IngestOptions(**options)))  # type: ignore[arg-type]


def docs(items: list[RawDoc | Skip]) -> list[RawDoc]:
    return [i for i in items if isinstance(i, RawDoc)]


# ------------------------------------------------------------------ plain text


@pytest.mark.parametrize(
    ("text", "meta", "body"),
    [
        (
            " date 2024-12-03 A nurse attended to a woman.\n\nMore.",
            {"published": "2024-12-03"},
            "A nurse attended to a woman.\n\nMore.",
        ),
        ("date: 2024-12-03\n\nIran said.", {"published": "2024-12-03"}, "Iran said."),
        (
            "Published 2024-12-03T10:00:00Z\nIran said.",
            {"published": "2024-12-03T10:00:00Z"},
            "Iran said.",
        ),
        (
            "title: Iran vows support\nsource: RT\nurl: https://rt.example/a\nIran said.",
            {"title": "Iran vows support", "outlet": "RT", "url": "https://rt.example/a"},
            "Iran said.",
        ),
        (
            "---\ntitle: A headline\ndate: 2024-12-07\n---\nBody text here.",
            {"title": "A headline", "published": "2024-12-07"},
            "Body text here.",
        ),
        # Not metadata: prose that merely starts with the same words.
        ("Date palms grow in Syria.", {}, "Date palms grow in Syria."),
        ("Title fights in Aleppo: the boxers", {}, "Title fights in Aleppo: the boxers"),
        ("Source of the fire was unclear.", {}, "Source of the fire was unclear."),
        ("date 2024-12-031 is not a date", {}, "date 2024-12-031 is not a date"),
    ],
)
def test_text_header_is_metadata_not_text(text: str, meta: dict[str, str], body: str) -> None:
    got_meta, got_body = split_header(text)
    assert got_meta == meta
    assert got_body == body


def test_text_file_with_header_and_manifest(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(" date 2024-12-03 Iran said it would help Syria.\n")
    (tmp_path / "b.txt").write_text("Turkey said it would not.\n")
    manifest = tmp_path / "m.csv"
    manifest.write_text(
        "file,outlet,published\na.txt,Tehran Times,2024-12-01\nb.txt,Daily Sabah,2024-12-02\n"
    )
    a, b = docs(read(tmp_path, manifest=str(manifest), outlet="Fallback"))
    assert a.source_id == "a.txt" and a.text == "Iran said it would help Syria.\n"
    # The file's own date wins over the manifest, the manifest over --outlet.
    assert a.meta["published"] == "2024-12-03" and a.meta["published_source"] == "metadata"
    assert a.meta["outlet"] == "Tehran Times"
    assert b.meta["published"] == "2024-12-02" and b.meta["published_source"] == "manifest"
    assert b.format == "text"


def test_options_fill_only_what_is_missing(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("outlet: RT\nIran said it would help Syria.\n")
    (doc,) = docs(read(tmp_path / "a.txt", outlet="Other", published="2024-12-05", language="en"))
    assert doc.meta["outlet"] == "RT"
    assert doc.meta["published"] == "2024-12-05" and doc.meta["published_source"] == "option"
    assert doc.meta["language"] == "en"


def test_crlf_and_bom_are_normalised(tmp_path: Path) -> None:
    (tmp_path / "w.txt").write_bytes(b"\xef\xbb\xbfdate 2024-12-03\r\nLine one.\r\nLine two.\r\n")
    (doc,) = docs(read(tmp_path / "w.txt"))
    assert doc.text == "Line one.\nLine two.\n"
    assert doc.meta["published"] == "2024-12-03"


# ------------------------------------------------------------------ HTML


def test_html_main_text_and_metadata() -> None:
    (doc,) = docs(read(FORMATS / "aleppo.html"))
    assert doc.format == "html" and doc.html and "<nav>" in doc.html
    assert doc.meta["title"] == "Rebels seize most of Aleppo as Syrian army withdraws"
    assert doc.meta["outlet"] == "Levant Daily"
    assert doc.meta["published"] == "2024-11-30" and doc.meta["published_source"] == "html"
    assert doc.meta["url"] == "https://levantdaily.example/world/2024/11/30/rebels-seize-aleppo"
    assert doc.meta["language"] == "en"
    assert "Insurgents led by Hayat Tahrir al-Sham swept into most of Aleppo" in doc.text
    assert '"The situation is fluid," a Western diplomat' in doc.text
    for debris in (
        "Subscribe",
        "All rights reserved",
        "Five things to know",
        "Advertisement",
        "dataLayer",
        "font-family",
    ):
        assert debris not in doc.text


def test_html_date_from_input_beats_option() -> None:
    (doc,) = docs(read(FORMATS / "aleppo.html", published="2020-01-01", outlet="X"))
    assert doc.meta["published"] == "2024-11-30" and doc.meta["outlet"] == "Levant Daily"


def test_html_in_other_charset(tmp_path: Path) -> None:
    page = (FORMATS / "aleppo.html").read_text(encoding="utf-8")
    page = page.replace('charset="utf-8"', 'charset="windows-1252"').replace(
        "Insurgents", "Insurgés"
    )
    (tmp_path / "p.html").write_bytes(page.encode("cp1252"))
    (doc,) = docs(read(tmp_path / "p.html"))
    assert "Insurgés led by" in doc.text


# ------------------------------------------------------------------ JSON Lines, JSON, CSV


def test_jsonl_fields_ids_and_dates() -> None:
    a, b, c = docs(read(FORMATS / "wire.jsonl"))
    assert (a.source_id, a.origin.endswith("wire.jsonl:line 1"), a.format) == (
        "wire-001",
        True,
        "jsonl",
    )
    assert a.meta["title"] == "Iraq's Sudani calls Assad" and a.meta["outlet"] == "Example Wire"
    assert a.meta["language"] == "en" and a.meta["url"] == "https://wire.example/iraq-syria-call"
    assert b.meta["published"] == "2024-12-02"  # from a timestamp
    assert c.source_id == "wire.jsonl:line 3"  # no id field: file and line
    assert c.meta["published"] == "2024-12-02"  # from "2 December 2024"


def test_jsonl_field_map_with_dotted_path(tmp_path: Path) -> None:
    rec = {
        "uuid": "x1",
        "maintext": "Iran said it would help Syria against the rebels.",
        "source": {"name": "Tehran Times"},
        "date_publish": "2024-12-03 08:00:00",
    }
    (tmp_path / "n.jsonl").write_text(json.dumps(rec) + "\n")
    (doc,) = docs(
        read(
            tmp_path / "n.jsonl",
            field_map={
                "id": "uuid",
                "text": "maintext",
                "outlet": "source.name",
                "published": "date_publish",
            },
        )
    )
    assert doc.source_id == "x1" and doc.meta["outlet"] == "Tehran Times"
    assert doc.meta["published"] == "2024-12-03" and doc.text.startswith("Iran said")


def test_json_array_file(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text(
        json.dumps(
            [{"id": "1", "text": "One two three."}, {"id": "2", "text": "Four five six."}, 7]
        )
    )
    items = read(tmp_path / "a.json")
    assert [i.source_id for i in docs(items)] == ["1", "2"]
    (skip,) = [i for i in items if isinstance(i, Skip)]
    assert skip.origin.endswith("a.json[2]") and "not a JSON object" in skip.reason


def test_csv_field_map_multiline_cells_and_row_ids() -> None:
    fmap = {
        "id": "story_id",
        "title": "headline",
        "text": "body",
        "outlet": "source",
        "published": "date",
    }
    a, b = docs(read(FORMATS / "briefs.csv", field_map=fmap))
    assert a.source_id == "b-1" and a.origin.endswith("briefs.csv#row 1") and a.format == "csv"
    assert "south of the country,\nthe interior ministry said." in a.text
    assert a.meta["title"] == "Jordan closes border crossing"
    assert b.meta["outlet"] == "Beirut Ledger" and b.meta["published"] == "2024-12-07"


def test_csv_without_id_uses_row_and_tsv(tmp_path: Path) -> None:
    (tmp_path / "x.tsv").write_text(
        "text\toutlet\nIran said it would help.\tRT\n\nTurkey said no.\tTRT\n"
    )
    a, b = docs(read(tmp_path / "x.tsv"))
    assert (a.source_id, b.source_id) == ("x.tsv#row 1", "x.tsv#row 2")
    assert b.meta["outlet"] == "TRT"


def test_csv_with_long_cells(tmp_path: Path) -> None:
    long = "Iran said it would help Syria. " * 20000  # 620 kB, over csv's default field limit
    (tmp_path / "long.csv").write_text(f'id,text\nL1,"{long}"\n')
    (doc,) = docs(read(tmp_path / "long.csv"))
    assert doc.text == long


# ------------------------------------------------------------------ WARC


def write_warc(path: Path, pages: list[tuple[str, bytes, str]], *, gz: bool) -> None:
    """A Common-Crawl-style WARC: warcinfo, then a request and a response per page."""
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=gz)
        w.write_record(w.create_warcinfo_record(path.name, {"software": "newsgraph tests"}))
        for uri, body, status in pages:
            req = StatusAndHeaders(
                "GET / HTTP/1.1", [("Host", "levantdaily.example")], is_http_request=True
            )
            w.write_record(w.create_warc_record(uri, "request", http_headers=req))
            ctype = "application/pdf" if body.startswith(b"%PDF") else "text/html; charset=utf-8"
            hh = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            w.write_record(
                w.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=hh)
            )


def pages(n: int) -> list[tuple[str, bytes, str]]:
    html = (FORMATS / "aleppo.html").read_bytes()
    return [
        (
            f"https://levantdaily.example/a/{i}",
            html.replace(b"Saturday", f"day {i}".encode()),
            "200 OK",
        )
        for i in range(n)
    ]


@pytest.mark.parametrize("gz", [True, False])
def test_warc_responses_become_documents(tmp_path: Path, gz: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    extra = [
        ("https://levantdaily.example/gone", b"<html>gone</html>", "404 Not Found"),
        ("https://levantdaily.example/f.pdf", b"%PDF-1.4 ...", "200 OK"),
    ]
    write_warc(path, pages(3) + extra, gz=gz)
    items = read(path)
    got = docs(items)
    assert [d.source_id for d in got] == [f"https://levantdaily.example/a/{i}" for i in range(3)]
    assert all(d.format == "warc" and d.meta["outlet"] == "Levant Daily" for d in got)
    assert got[0].meta["url"] == "https://levantdaily.example/a/0"  # the WARC's URI wins
    assert got[0].meta["crawled"] and got[0].origin.endswith("#record 3")
    assert "day 1" in got[1].text
    reasons = {s.source_id: s.reason for s in items if isinstance(s, Skip)}
    assert reasons == {
        "https://levantdaily.example/gone": "not an article: HTTP status 404",
        "https://levantdaily.example/f.pdf": "not an article: content type application/pdf",
    }


@pytest.mark.parametrize("gz", [True, False])
def test_truncated_warc_keeps_records_before_the_break(tmp_path: Path, gz: bool) -> None:
    whole = tmp_path / "whole.warc"
    write_warc(whole, pages(4), gz=gz)
    data = whole.read_bytes()
    cut = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
    cut.write_bytes(data[: int(len(data) * 0.7)])
    items = read(cut)
    kept = docs(items)
    assert 1 <= len(kept) < 4
    assert [d.source_id for d in kept] == [
        f"https://levantdaily.example/a/{i}" for i in range(len(kept))
    ]
    assert isinstance(items[-1], Skip)
    assert items[-1].reason.startswith("truncated or corrupt WARC: record ")
    assert str(cut) in items[-1].origin and "#record " in items[-1].origin


def test_wet_conversion_records(tmp_path: Path) -> None:
    path = tmp_path / "x.warc.wet.gz"
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=True)
        w.write_record(
            w.create_warc_record(
                "https://wire.example/a",
                "conversion",
                payload=io.BytesIO(b"Iran said it would help Syria."),
                warc_content_type="text/plain",
            )
        )
    (doc,) = docs(read(path))
    assert (
        doc.text == "Iran said it would help Syria." and doc.source_id == "https://wire.example/a"
    )


# ------------------------------------------------------------------ detection


@pytest.mark.parametrize(
    ("head", "name", "fmt"),
    [
        (b"<!DOCTYPE html><html>", "page.txt", "html"),  # content beats extension
        (b"  <html lang='en'>", "", "html"),
        (b"WARC/1.1\r\nWARC-Type: warcinfo", "crawl.dat", "warc"),
        (b"\x1f\x8b\x08\x00", "x.warc.gz", "gzip"),
        (b'{"id": 1, "text": "a"}\n{"id": 2}', "", "jsonl"),
        (b'{"id": 1, "text": "a"}\n', "records.data", "jsonl"),
        (b"id,text,title\n1,a,b\n", "", "csv"),
        (b"id;title;text\n", "export.dat", "csv"),
        (b"Iran said on Monday.", "", "text"),
        (b"Iran said on Monday.", "README", "text"),
        (b"%PDF-1.7", "paper.txt", "binary"),
        (b"Iran said.", "article.xyz", "unknown"),
        (b"<p>fragment</p>", "frag.html", "html"),
        (b"id,text\n", "a.csv", "csv"),
    ],
)
def test_format_of(head: bytes, name: str, fmt: str) -> None:
    assert format_of(head, name) == fmt


def test_gzipped_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "recs.jsonl.gz"
    path.write_bytes(gzip.compress(b'{"id": "g1", "text": "Iran said it would help."}\n'))
    (doc,) = docs(read(path))
    assert doc.source_id == "g1" and doc.format == "jsonl"
