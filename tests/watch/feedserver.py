"""A local HTTP server for the watch tests: feeds and article pages on 127.0.0.1, never the
internet. Routes are a dict the test changes between rounds."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from xml.sax.saxutils import escape

CITIES = ["Aleppo", "Hama", "Homs", "Idlib", "Damascus", "Ankara", "Tehran", "Doha", "Moscow"]
VERBS = [
    "met officials to discuss a ceasefire",
    "announced new sanctions on a trading partner",
    "accused its neighbour of shelling border villages",
    "pledged humanitarian aid for displaced families",
    "withdrew troops from positions near the river",
    "called for talks under the auspices of the United Nations",
]


def article_text(n: int) -> str:
    """A short news article, different for every ``n``."""
    city = CITIES[n % len(CITIES)]
    other = CITIES[(n * 5 + 3) % len(CITIES)]
    verb = VERBS[n % len(VERBS)]
    return (
        f"The government in {city} {verb} on Monday, officials said in a statement "
        f"numbered {n}. The foreign minister of the country travelled to {other} later in "
        f"the week and told reporters that the situation in {city} remained difficult. "
        f"Residents of {other} described long queues for bread and fuel, and aid workers "
        f"said that about {1000 + 37 * n} families had left their homes since the fighting "
        f"began. Diplomats from several countries said report {n} would be discussed at a "
        f"meeting in Geneva, where the envoy is expected to present a plan for {city}."
    )


def article_page(n: int, title: str | None = None) -> bytes:
    title = title or f"Report {n} from {CITIES[n % len(CITIES)]}"
    body = "".join(f"<p>{escape(p)}.</p>" for p in article_text(n).split(". "))
    return (
        f"<!doctype html><html lang='en'><head><title>{escape(title)}</title></head><body>"
        f"<header><nav>Home | World | Sport</nav></header><article><h1>{escape(title)}</h1>"
        f"{body}</article><footer>Copyright</footer></body></html>"
    ).encode()


def rss(title: str, items: list[dict[str, Any]]) -> bytes:
    """``items``: {link, title?, guid?, date? (datetime or None)}."""
    out = [
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>",
        f"<title>{escape(title)}</title><link>http://example.invalid/</link>",
        "<description>test feed</description>",
    ]
    for it in items:
        out.append("<item>")
        out.append(f"<title>{escape(it.get('title') or it['link'])}</title>")
        out.append(f"<link>{escape(it['link'])}</link>")
        if it.get("guid"):
            out.append(f"<guid>{escape(it['guid'])}</guid>")
        if it.get("date"):
            out.append(f"<pubDate>{format_datetime(it['date'])}</pubDate>")
        out.append("</item>")
    out.append("</channel></rss>")
    return "".join(out).encode()


def day(d: int) -> datetime:
    return datetime(2024, 12, d, 9, 0, tzinfo=UTC)


Route = tuple[int, str, bytes] | Callable[[], Iterator[bytes]]


@dataclass
class FeedServer:
    routes: dict[str, Any] = field(default_factory=dict)  # path -> (status, type, body) | ...
    hits: list[str] = field(default_factory=list)
    user_agents: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                server.hits.append(self.path)
                server.user_agents.add(self.headers.get("User-Agent", ""))
                route = server.routes.get(self.path)
                if route is None:
                    self.send_response(404)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                if callable(route):
                    route(self)
                    return
                status, ctype, body = route
                self.send_response(status)
                if 300 <= status < 400:
                    self.send_header("Location", body.decode())
                    body = b""
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def page(self, path: str, n: int, title: str | None = None) -> str:
        self.routes[path] = (200, "text/html; charset=utf-8", article_page(n, title))
        return self.url + path

    def feed(self, path: str, title: str, items: list[dict[str, Any]]) -> str:
        self.routes[path] = (200, "application/rss+xml", rss(title, items))
        return self.url + path


def stream_bytes(total: int, chunk: int = 1 << 20) -> Callable[[BaseHTTPRequestHandler], None]:
    """A route that sends ``total`` bytes of HTML without a Content-Length, generated as it
    goes (never held in memory); the client hanging up early is fine."""

    def send(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.end_headers()
        block = b"<p>" + b"x" * (chunk - 7) + b"</p>\n"
        sent = 0
        try:
            while sent < total:
                h.wfile.write(block)
                sent += len(block)
        except OSError:
            pass

    return send


def hang(release: threading.Event, body: bytes) -> Callable[[BaseHTTPRequestHandler], None]:
    """A route that answers only once ``release`` is set (or after 60 s)."""

    def send(h: BaseHTTPRequestHandler) -> None:
        release.wait(60)
        time.sleep(0.01)
        try:
            h.send_response(200)
            h.send_header("Content-Type", "text/html")
            h.send_header("Content-Length", str(len(body)))
            h.end_headers()
            h.wfile.write(body)
        except OSError:
            pass

    return send
