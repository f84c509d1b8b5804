"""Brief -> HTML (one self-contained file), Markdown, or PDF (the HTML printed by headless
Chromium).

The HTML has no script, loads nothing (a Content-Security-Policy of ``default-src 'none'``
enforces it), and escapes every string from the store (Jinja2 autoescape); links out of it
are plain http(s) anchors only. Markdown escapes HTML and Markdown's own markup characters
in article text, so a renderer shows it as text.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

import jinja2

from newsgraph import __version__
from newsgraph.brief.model import Brief
from newsgraph.errors import ConfigError, NewsgraphError

CHROMIUM = "/usr/bin/chromium"
# Headless Chromium with nothing of its own reaching the network (also used by the browser tests).
HEADLESS_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)
PDF_TIMEOUT = 120  # seconds
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")


def web_url(url: object) -> str | None:
    """``url`` when it is an http(s) URL, else None (no ``javascript:``, no ``data:``)."""
    if not isinstance(url, str):
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None


def title_of(b: Brief) -> str:
    what = b.query.actor or b.query.query
    return "newsgraph brief" + (f": {what}" if what else "")


def window_of(b: Brief) -> str:
    q = b.query
    if q.since and q.until:
        return f"{q.since} to {q.until}"
    if q.since:
        return f"since {q.since}"
    if q.until:
        return f"until {q.until}"
    return "all stored articles"


def render_html(b: Brief) -> str:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("newsgraph.brief", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["web_url"] = web_url
    return env.get_template("brief.html").render(
        b=b, title=title_of(b), window=window_of(b), version=__version__
    )


def md(text: object) -> str:
    """Article text as Markdown text: markup characters escaped, one line."""
    s = " ".join(str(text or "").split())
    return _MD_SPECIAL.sub(r"\\\1", s)


def render_markdown(b: Brief) -> str:
    out: list[str] = [f"# {md(title_of(b))}", ""]
    out.append(f"_{md(window_of(b))} · generated {b.generated} by newsgraph {__version__}_")
    out.append("")
    if b.empty:
        out += ["**No articles in this window: nothing to brief.**", ""]
    for note in b.notes:
        out += [f"_{md(note)}_", ""]
    h = b.headline
    out += [
        "## Headline figures",
        "",
        f"- **{h['articles']}** articles from **{h['outlets']}** outlets "
        f"({h['first'] or '?'} to {h['last'] or '?'})",
        f"- **{h['events']}** events, **{h['reports']}** reports of them",
        f"- **{h['contradictions']}** contradictions",
        "",
        "## Timeline",
        "",
    ]
    if b.more_events:
        out += [f"_{b.more_events} more events in the window are not shown._", ""]
    for e in b.timeline:
        who = " ".join(
            x
            for x in (", ".join(e["actors"]) or "?", e["trigger"] or "", ", ".join(e["recipients"]))
            if x
        )
        spread = ", ".join(f"{d} ({n})" for d, n in e["date_spread"])
        out.append(
            f"- **{md(e['date'] or 'undated')}** `{e['type']}` {md(who)}"
            + (f" — {md(e['place'])}" if e["place"] else "")
            + f" · {e['n_outlets']} outlet(s): {md(', '.join(e['outlets']))}"
            + (f" · dates given: {md(spread)}" if spread else "")
            + "".join(f" [{s['cite']}]" for s in e["sources"] if s["cite"])
        )
    if not b.timeline:
        out.append("_No events in this window._")
    out += ["", "## Map of event places", ""]
    for p in b.map["points"]:
        out.append(f"- {md(p['name'])}: {p['events']} event(s)")
    if not b.map["points"]:
        out.append("_None of the timeline's events has a located place._")
    out += ["", "## Contradictions", ""]
    for c in b.contradictions:
        out.append(f"- **{md(c['kind'])}**: {md(c['summary'])}")
        for s in c["sides"]:
            head = md(s["value"] or "") + (f" — {md(s['by'])}" if s["by"] else "")
            out.append(
                f"  - {head}" + (f" ({md(', '.join(s['outlets']))})" if s["outlets"] else "")
            )
            for qt in s["quoted"]:
                out.append(f"    > {md(qt['text'])} [{qt['cite']}]")
    if not b.contradictions:
        out.append("_No contradictions found between outlets in this window._")
    out += ["", "## What the outlets agree on", ""]
    for e in b.agreements:
        out.append(
            f"- {e['n_outlets']} outlets ({md(', '.join(e['outlets']))}): `{e['type']}` "
            f"{md(', '.join(e['actors']) or '?')} {md(e['trigger'] or '')} "
            f"{md(', '.join(e['recipients']))}" + (f", {md(e['date'])}" if e["date"] else "")
        )
    if not b.agreements:
        out.append("_No event is carried by two outlets without a contradiction._")
    out += ["", "## Main actors: framing and key quotes", ""]
    for a in b.actors:
        out += [f"### {md(a['name'])} ({md(a['id'])})", ""]
        for outlet, labels in a["framing"].items():
            out.append(
                f"- {md(outlet)}: "
                + "; ".join(
                    f"“{md(x['label'])}” ×{x['n']}" + (f" [{x['cite']}]" if x["cite"] else "")
                    for x in labels
                )
            )
        for qt in a["quotes"]:
            via = f" via {md(' → '.join(qt['via']))}" if qt["via"] else ""
            out.append(
                f"> “{md(qt['content'])}” — {md(qt['speaker'] or a['name'])}{via}, "
                f"{md(qt['outlet'])} [{qt['cite']}]"
            )
            out.append("")
        out.append("")
    out += ["## Coverage gaps", ""]
    for g in b.gaps:
        out.append(
            f"- {md(g['date'] or 'undated')} `{g['type']}` {md(', '.join(g['actors']) or '?')} "
            f"{md(g['trigger'] or '')}: carried by {md(', '.join(g['carried']))}; "
            f"not by {md(', '.join(g['missing']))}"
        )
    if not b.gaps:
        out.append("_No coverage gaps in this window._")
    out += ["", "## Sources", ""]
    for cite in b.citations.items:
        where = ", ".join(x for x in (cite.outlet, cite.published) if x) or "(unknown outlet)"
        sent = f", sentence {cite.sent + 1}" if cite.sent is not None else ""
        url = web_url(cite.url)
        out.append(
            f"{cite.n}. “{md(cite.text)}” — {md(where)}; article `{cite.article_id}`{sent}"
            + (f" <{url}>" if url and ">" not in url and " " not in url else "")
        )
    return "\n".join(out) + "\n"


def chromium_path() -> str | None:
    """$NEWSGRAPH_CHROMIUM when set (None if it does not exist), else /usr/bin/chromium, else
    a chromium on the PATH."""
    chosen = os.environ.get("NEWSGRAPH_CHROMIUM")
    if chosen:
        return chosen if Path(chosen).exists() else None
    if Path(CHROMIUM).exists():
        return CHROMIUM
    return shutil.which("chromium") or shutil.which("chromium-browser")


def render_pdf(html: str, out: Path) -> None:
    """Print ``html`` to ``out`` with headless Chromium; ConfigError when there is none."""
    exe = chromium_path()
    if exe is None:
        raise ConfigError(
            f"E601 --format pdf needs Chromium ({os.environ.get('NEWSGRAPH_CHROMIUM') or CHROMIUM}"
            " not found): install it "
            "(`apt-get install chromium`), or write --format html and print that from any browser"
        )
    with tempfile.TemporaryDirectory(prefix="newsgraph-brief-") as tmp:
        page = Path(tmp) / "brief.html"
        page.write_text(html, encoding="utf-8")
        cmd = [
            exe,
            *HEADLESS_FLAGS,
            f"--user-data-dir={Path(tmp) / 'profile'}",
            "--no-pdf-header-footer",
            f"--print-to-pdf={out.resolve()}",
            page.as_uri(),
        ]
        try:
            done = subprocess.run(cmd, capture_output=True, text=True, timeout=PDF_TIMEOUT)
        except subprocess.TimeoutExpired:
            raise NewsgraphError(
                f"E602 Chromium did not print the PDF in {PDF_TIMEOUT} s"
            ) from None
        if done.returncode != 0 or not out.exists() or out.stat().st_size == 0:
            tail = (done.stderr or "").strip().splitlines()[-3:]
            raise NewsgraphError(
                f"E602 Chromium failed to print the PDF (exit {done.returncode}): "
                + " | ".join(tail)
            )
