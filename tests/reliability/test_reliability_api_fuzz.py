"""Every endpoint and parameter with hostile values: never a 5xx, the security headers always."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from fastapi.routing import APIRoute

from newsgraph.store.report_queries import FLAGS
from newsgraph.web import create_app
from newsgraph.web.security import HEADERS

HOSTILE = [
    "9" * 30,  # past any integer SQLite holds
    "c" + "9" * 30,  # ids with a letter and a number (canonical events, reports)
    "r" + "9" * 30,
    "-1",
    "1e309",
    "nan",
    "0x10",
    "",
    "\u00fc\u202e\U0001f600\u0000",  # unicode, a direction override, an emoji, a NUL
    "' OR 1=1 --",
    '"; DROP TABLE articles; --',
    "<script>alert(1)</script>",
    'AND OR NOT ( " * NEAR',  # FTS5 syntax
    "../../../../etc/passwd",
    "%",
    "x" * 5000,
]


@pytest.fixture(scope="module")
def app_client(sample_db: Path) -> Iterator[Any]:
    from fastapi.testclient import TestClient

    app = create_app(sample_db, warm=False)

    @app.get("/api/_fault", include_in_schema=False)
    def fault() -> None:
        raise RuntimeError("a bug")

    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


def _routes(client: Any) -> list[tuple[str, list[str], list[str]]]:
    """(path, path parameters, query parameters) of every GET route, routers included."""
    out = []

    def walk(routes: list[Any], prefix: str) -> None:
        for r in routes:
            inner = getattr(r, "original_router", None)  # FastAPI >= 0.16x keeps routers whole
            if inner is not None:
                walk(inner.routes, prefix + r.include_context.prefix)
            elif isinstance(r, APIRoute) and "GET" in r.methods and r.path != "/api/_fault":
                out.append(
                    (
                        prefix + r.path,
                        [p.name for p in r.dependant.path_params],
                        [p.alias for p in r.dependant.query_params],
                    )
                )

    walk(client.app.routes, "")
    return out


def _check(resp: Any, what: str) -> None:
    assert resp.status_code < 500, f"{what}: {resp.status_code} {resp.text[:200]}"
    missing = [h for h in HEADERS if h not in resp.headers]
    assert not missing, f"{what}: no {missing}"


def _fill(path: str, names: list[str], value: str) -> str:
    for name in names:
        path = path.replace("{" + name + "}", quote(value, safe="") or "x")
        path = path.replace("{" + name + ":path}", quote(value, safe="") or "x")
    return path


def test_every_parameter_of_every_endpoint_with_hostile_values(app_client: Any) -> None:
    routes = _routes(app_client)
    assert len(routes) >= 15  # the API and the pages are all here
    n = 0
    for path, path_params, query_params in routes:
        for value in HOSTILE:
            url = _fill(path, path_params, value)
            _check(app_client.get(url), url)
            n += 1
            for name in query_params:
                base = _fill(path, path_params, "1")
                _check(app_client.get(base, params={name: value}), f"{base}?{name}={value[:40]}")
                n += 1
        for name in query_params:  # the parameter given 500 times, each a plausible value
            base = _fill(path, path_params, "1")
            for value in ("1", "x", "2024-01-01", FLAGS[0]):
                _check(app_client.get(base, params=[(name, value)] * 500), f"{base}?{name} x500")
                n += 1
    assert n > 1000


def test_the_two_500s_of_issue_15_are_4xx_with_a_message(app_client: Any) -> None:
    r = app_client.get("/api/events/c999999999999999999999999")
    assert 400 <= r.status_code < 500 and r.json()["detail"], r.text
    r = app_client.get("/api/events/r999999999999999999999999")
    assert 400 <= r.status_code < 500, r.text
    r = app_client.get("/api/timeline", params=[("exclude", "negated")] * 500)
    assert r.status_code == 200, r.text


def test_a_500_is_json_and_carries_the_security_headers(app_client: Any) -> None:
    r = app_client.get("/api/_fault")
    assert r.status_code == 500
    assert r.json() == {"detail": "internal error"}  # no traceback, no exception text
    for name, value in HEADERS.items():
        assert r.headers[name] == value
