"""HTML pages: server-rendered shells (Jinja2, autoescaped) that a page's JS module fills
from the JSON API. No data is interpolated into scripts; ids travel in data- attributes."""

from __future__ import annotations

from typing import Annotated

import jinja2
from fastapi import APIRouter, Path, Request
from fastapi.responses import HTMLResponse

from newsgraph import __version__

PAGES = {
    "overview": "Overview",
    "timeline": "Timeline",
    "network": "Actor network",
    "map": "Map",
    "outlets": "Outlets",
    "articles": "Articles",
    "search": "Search",
}


def build_pages() -> APIRouter:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("newsgraph.web", "templates"),
        autoescape=True,  # every template, whatever its name
        undefined=jinja2.StrictUndefined,
    )
    router = APIRouter(include_in_schema=False)

    def render(page: str, title: str, **ctx: str) -> HTMLResponse:
        html = env.get_template("page.html").render(
            page=page, title=title, nav=PAGES, version=__version__, data=ctx
        )
        return HTMLResponse(html)

    @router.get("/", response_class=HTMLResponse)
    def overview() -> HTMLResponse:
        return render("overview", "Overview")

    for name, title in PAGES.items():
        if name == "overview":
            continue

        def page(_request: Request, _n: str = name, _t: str = title) -> HTMLResponse:
            return render(_n, _t)

        router.add_api_route(f"/{name}", page, response_class=HTMLResponse)

    @router.get("/articles/{article_id}", response_class=HTMLResponse)
    def article(article_id: Annotated[str, Path(max_length=128)]) -> HTMLResponse:
        return render("article", "Article", id=article_id)

    @router.get("/actors/{actor_id}", response_class=HTMLResponse)
    def actor(actor_id: Annotated[str, Path(max_length=200)]) -> HTMLResponse:
        return render("actor", "Actor", id=actor_id)

    @router.get("/events/{event_id}", response_class=HTMLResponse)
    def event(event_id: Annotated[str, Path(max_length=128)]) -> HTMLResponse:
        return render("event", "Event", id=event_id)

    @router.get("/api/docs", response_class=HTMLResponse)
    def docs() -> HTMLResponse:
        return render("apidocs", "API")

    return router
