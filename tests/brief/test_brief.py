"""`newsgraph brief` on the sample corpus: the sections and figures, links to source
sentences, Markdown, an empty window, PDF; and the HTML opened in real Chromium: no request
leaves the file and nothing from article text runs (XSS payloads in titles, sentences,
quotes, labels, places, outlets, URLs)."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from tests.cli_run import outcome

from newsgraph.brief import BriefQuery, build_brief, render_html, render_markdown
from newsgraph.brief.render import md, web_url
from newsgraph.cli import main
from newsgraph.store import open_store

pytestmark = pytest.mark.model

SECTIONS = ("headline", "timeline", "map", "contradictions", "agreement", "actors", "gaps")
ARTIFACTS = Path(
    os.environ.get("NEWSGRAPH_SCREENSHOTS")
    or Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
)


def count(db: Path, sql: str) -> int:
    conn = sqlite3.connect(db)
    n = int(conn.execute(sql).fetchone()[0])
    conn.close()
    return n


def test_brief_of_the_sample_corpus(sample_db: Path) -> None:
    with open_store(sample_db, read_only=True) as store:
        b = build_brief(store.conn, BriefQuery())
    assert b.headline["articles"] == count(sample_db, "SELECT count(*) FROM articles")
    assert b.headline["outlets"] == count(
        sample_db, "SELECT count(DISTINCT coalesce(outlet, '')) FROM articles"
    )
    assert b.headline["events"] == count(sample_db, "SELECT count(*) FROM canonical_events")
    assert b.headline["contradictions"] == count(sample_db, "SELECT count(*) FROM contradictions")
    assert b.timeline and len(b.timeline) <= BriefQuery().max_events
    # by date; undated last
    days = [e["date"] for e in b.timeline]
    assert days.index(None) > 0 if None in days else True
    assert all(e["sources"] for e in b.timeline)
    most = max(e["n_outlets"] for e in b.timeline)
    assert most == count(sample_db, "SELECT max(n_outlets) FROM canonical_events")
    # every citation is a stored sentence of a stored article
    conn = sqlite3.connect(sample_db)
    for c in b.citations.items:
        if c.sent is None:
            continue
        text = conn.execute(
            'SELECT substr(a.text, s.start + 1, s."end" - s.start) FROM sentences s JOIN '
            "articles a ON a.id = s.article_id WHERE s.article_id = ? AND s.idx = ?",
            (c.article_id, c.sent),
        ).fetchone()[0]
        assert text == c.text
        assert (
            c.outlet
            == conn.execute("SELECT outlet FROM articles WHERE id = ?", (c.article_id,)).fetchone()[
                0
            ]
        )
    conn.close()
    assert b.map["points"] and all(0 <= p["x"] <= b.map["width"] for p in b.map["points"])
    assert b.actors and all(a["framing"] or a["quotes"] for a in b.actors[:1])
    for c in b.contradictions:
        assert len(c["sides"]) >= 2 and all(s["quoted"] for s in c["sides"])
    for g in b.gaps:
        assert len(g["carried"]) >= 2 and g["missing"]
        assert not set(g["carried"]) & set(g["missing"])

    html = render_html(b)
    cited = set(re.findall(r'href="#src-(\d+)"', html))
    anchors = set(re.findall(r'id="src-(\d+)"', html))
    assert cited and cited <= anchors
    for section in SECTIONS:
        assert f'<section id="{section}">' in html
    assert "<script" not in html.lower()
    assert "default-src 'none'" in html


def test_filters_actor_query_and_window(sample_db: Path) -> None:
    with open_store(sample_db, read_only=True) as store:
        everything = build_brief(store.conn, BriefQuery(max_events=1000))
        actor = max(everything.actors, key=lambda a: a["events"])
        only = build_brief(store.conn, BriefQuery(actor=actor["id"], max_events=1000))
        assert only.actors[0]["id"] == actor["id"]
        assert 0 < only.headline["events"] < everything.headline["events"]
        word = everything.timeline[0]["sources"][0]["text"].split()[-1].strip(".,”\"'")
        searched = build_brief(store.conn, BriefQuery(query=word, max_events=1000))
        assert 0 < searched.headline["articles"] <= everything.headline["articles"]
        empty = build_brief(store.conn, BriefQuery(since="1990-01-01", until="1990-12-31"))
    assert empty.empty and not empty.timeline and not empty.citations.items
    assert "No articles in this window" in render_html(empty)
    assert "No articles in this window" in render_markdown(empty)


def test_cli_formats_and_the_empty_window(sample_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "b.md"
    code, text = outcome("--db", str(sample_db), "brief", "-o", str(out))
    assert code == 0, text
    body = out.read_text()
    for head in ("## Headline figures", "## Timeline", "## Contradictions", "## Sources"):
        assert head in body
    code, text = outcome(
        "--db", str(sample_db), "brief", "--since", "1990-01-01", "--until", "1990-01-31"
    )
    assert code == 0 and "no articles in this window" in text
    assert "<html" in text  # the brief, on stdout, says so too
    code, text = outcome(
        "--db", str(sample_db), "brief", "--since", "2024-12-10", "--until", "2024-12-01"
    )
    assert code == 2 and "after --until" in text
    code, text = outcome("--db", str(sample_db), "brief", "--format", "pdf")
    assert code == 2 and "-o FILE" in text


def test_pdf_through_chromium_or_a_clear_message(
    sample_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    monkeypatch.setenv("NEWSGRAPH_CHROMIUM", str(tmp_path / "no-chromium"))
    with pytest.raises(SystemExit) as exc:
        main(["--db", str(sample_db), "brief", "-o", str(tmp_path / "x.pdf")])
    assert exc.value.code == 3 and not (tmp_path / "x.pdf").exists()
    assert "needs Chromium" in capsys.readouterr().err
    monkeypatch.delenv("NEWSGRAPH_CHROMIUM")
    if not (Path("/usr/bin/chromium").exists() or shutil.which("chromium")):
        pytest.skip("no Chromium: the PDF itself is not tested here")
    pdf = tmp_path / "brief.pdf"
    code, text = outcome("--db", str(sample_db), "brief", "-o", str(pdf))
    assert code == 0, text
    assert pdf.read_bytes()[:5] == b"%PDF-" and pdf.stat().st_size > 10_000


def test_markdown_and_urls_are_escaped() -> None:
    assert md("<script>x</script> *bold* [a](b)") == r"\<script\>x\</script\> \*bold\* \[a\](b)"
    assert web_url("javascript:alert(1)") is None and web_url("data:text/html,x") is None
    assert web_url(" https://example.org/a ") == "https://example.org/a"


XSS = {
    "title": "<script>window.__pwned=1</script>",
    "outlet": '<img src="http://127.0.0.1:9/o.png" onerror="window.__pwned=2">',
    "sentence": "<script>window.__pwned=3</script>",
    "quote": '<img src="http://127.0.0.1:9/q.png" onerror="window.__pwned=4">',
    "label": "<svg onload=window.__pwned=5>",
    "summary": "<iframe src=http://127.0.0.1:9/f></iframe>",
    "place": "</text><script>window.__pwned=6</script>",
}


def poisoned(sample_db: Path, tmp_path: Path) -> Path:
    """A copy of the sample store with XSS payloads in every kind of text a brief shows."""
    db = tmp_path / "xss.db"
    src, dst = sqlite3.connect(sample_db), sqlite3.connect(db)
    src.backup(dst)
    src.close()
    c = dst
    c.execute("UPDATE articles SET title = ? || coalesce(title, '')", (XSS["title"],))
    c.execute(
        "UPDATE articles SET outlet = outlet || ? WHERE rowid = (SELECT min(rowid) FROM articles)",
        (XSS["outlet"],),
    )
    c.execute("UPDATE articles SET url = 'javascript:window.__pwned=7'")
    # a payload of the same length over the start of every sentence long enough to hold it
    p = XSS["sentence"]
    for aid, text in c.execute("SELECT id, text FROM articles").fetchall():
        for start, end in c.execute(
            'SELECT start, "end" FROM sentences WHERE article_id = ?', (aid,)
        ).fetchall():
            if end - start > len(p) + 5:
                text = text[:start] + p + text[start + len(p) :]
        c.execute("UPDATE articles SET text = ? WHERE id = ?", (text, aid))
    c.execute("UPDATE quotes SET content = ? || content", (XSS["quote"],))
    c.execute("UPDATE labels SET label = ? || label", (XSS["label"],))
    c.execute("UPDATE contradictions SET summary = ? || summary", (XSS["summary"],))
    c.execute(
        "UPDATE canonical_events SET place_name = ? || place_name WHERE place_name IS NOT NULL",
        (XSS["place"],),
    )
    c.commit()
    c.close()
    return db


@pytest.mark.browser
def test_html_brief_in_chromium(sample_db: Path, tmp_path: Path, browser: Any) -> None:
    db = poisoned(sample_db, tmp_path)
    out = tmp_path / "brief.html"
    code, text = outcome("--db", str(db), "brief", "-o", str(out))
    assert code == 0, text
    html = out.read_text()
    for payload in XSS.values():  # each is shown, as text
        assert payload not in html

    ctx = browser.new_context(viewport={"width": 1200, "height": 1400})
    page = ctx.new_page()
    requests: list[str] = []
    errors: list[str] = []
    dialogs: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(out.as_uri())
    page.wait_for_load_state("load")
    page.wait_for_timeout(300)
    assert requests == [out.as_uri()], requests  # nothing but the file itself
    assert page.evaluate("window.__pwned") is None and not dialogs and not errors
    assert page.locator("script, img, iframe, object, embed").count() == 0
    assert not page.evaluate(
        "[...document.querySelectorAll('*')].some(e => [...e.attributes].some("
        "a => a.name.startsWith('on')))"
    )
    assert not page.evaluate(
        "[...document.querySelectorAll('a[href]')].some(a => !a.getAttribute('href')"
        ".startsWith('#') && !/^https?:/.test(a.getAttribute('href')))"
    )
    shown = page.text_content("body") or ""
    assert XSS["title"] in shown and XSS["outlet"] in shown and XSS["place"] in shown
    assert XSS["sentence"] in shown and XSS["quote"] in shown and XSS["label"] in shown
    for section in SECTIONS:
        assert page.locator(f"section#{section} h2").is_visible()
    assert page.locator("#timeline tr.event").count() > 0
    assert page.locator("#map svg circle").count() > 0
    assert page.locator("#map svg path.land").count() > 0
    # a citation link lands on its source
    first = page.locator("#timeline a.cite").first
    target = first.get_attribute("href")
    first.click()
    assert page.evaluate("location.hash") == target
    ctx.close()

    # the brief of the untouched sample, for the docs: screen and print
    clean = tmp_path / "sample.html"
    assert outcome("--db", str(sample_db), "brief", "-o", str(clean))[0] == 0
    ctx = browser.new_context(viewport={"width": 1100, "height": 1500})
    page = ctx.new_page()
    page.goto(clean.as_uri())
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "brief.png"))
    for section in ("map", "contradictions", "actors", "gaps"):
        page.locator(f"section#{section}").screenshot(path=str(ARTIFACTS / f"brief-{section}.png"))
    ctx.close()
    ctx = browser.new_context(viewport={"width": 800, "height": 1130})  # about A4
    page = ctx.new_page()
    page.emulate_media(media="print")
    page.goto(clean.as_uri())
    page.screenshot(path=str(ARTIFACTS / "brief-print.png"))
    ctx.close()


def test_a_store_without_canonical_events(sample_db: Path, tmp_path: Path) -> None:
    """Before `newsgraph analyze`: the timeline is of event reports, each with its own outlet."""
    db = tmp_path / "reports.db"
    src, dst = sqlite3.connect(sample_db), sqlite3.connect(db)
    src.backup(dst)
    src.close()
    dst.executescript(
        "DELETE FROM contradictions; DELETE FROM canonical_event_reports; "
        "DELETE FROM canonical_events;"
    )
    dst.close()
    with open_store(db, read_only=True) as store:
        b = build_brief(store.conn, BriefQuery())
    assert b.origin == "reports"
    assert b.headline["events"] == count(db, "SELECT count(*) FROM event_reports")
    for e in b.timeline:
        assert e["n_outlets"] == 1 and {s["outlet"] for s in e["sources"]} == set(e["outlets"])
    assert "not yet clustered" in render_html(b)


def test_map_geometry() -> None:
    from newsgraph.brief.svgmap import layout_map

    m = layout_map(
        [
            {"name": "A", "lat": 36.2, "lon": 37.16, "events": 3},
            {"name": "B", "lat": 36.25, "lon": 37.2, "events": 1},  # crowded: labels apart
            {"name": "C", "lat": 55.75, "lon": 37.62, "events": 1},
        ]
    )
    assert 0 < m["width"] <= 720 and m["height"] > 0
    for p in m["points"]:
        assert 0 <= p["x"] <= m["width"] and 0 <= p["y"] <= m["height"]
    a, b = m["points"][0], m["points"][1]
    assert (a["lx"], a["ly"]) != (b["lx"], b["ly"])
    assert m["points"][0]["r"] > m["points"][-1]["r"]  # more events, larger circle
    assert m["land"] and all(re.fullmatch(r"[MLZ0-9.,-]+", d.replace(" ", "")) for d in m["land"])
    assert layout_map([])["points"] == []
