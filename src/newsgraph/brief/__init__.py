"""`newsgraph brief`: a briefing a reader can open with nothing installed (HTML, Markdown,
PDF), built from the read layer the web UI uses. See docs/brief.md.

``build`` (store -> Brief), ``svgmap`` (the static map's geometry), ``render`` (HTML via the
``templates/brief.html`` Jinja2 template, Markdown, PDF through headless Chromium).
"""

from newsgraph.brief.build import build_brief
from newsgraph.brief.model import Brief, BriefQuery
from newsgraph.brief.render import render_html, render_markdown, render_pdf

__all__ = ["Brief", "BriefQuery", "build_brief", "render_html", "render_markdown", "render_pdf"]
