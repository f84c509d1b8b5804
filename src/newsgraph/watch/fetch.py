"""HTTP for the watch: one httpx client with a timeout, a user agent naming newsgraph, a cap
on redirects and on the bytes read, conditional GETs for feeds, and ``robots.txt`` honoured.

A failure is a ``FetchError`` whose ``permanent`` says whether trying again later can help
(a 404, a page that is not HTML, a page over the size cap, a redirect loop: no; a timeout,
a 5xx, a refused connection: yes).
"""

from __future__ import annotations

import time
import urllib.robotparser
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import url2pathname

import httpx

from newsgraph import __version__

USER_AGENT = f"newsgraph/{__version__} (news watch; +https://pypi.org/project/newsgraph/)"
ROBOTS_AGENT = "newsgraph"
MAX_REDIRECTS = 5
HTML_TYPES = ("text/html", "application/xhtml+xml")


class FetchError(Exception):
    def __init__(self, reason: str, *, permanent: bool) -> None:
        super().__init__(reason)
        self.reason = reason
        self.permanent = permanent


@dataclass(frozen=True)
class Response:
    url: str  # after redirects
    status: int
    content_type: str
    body: bytes
    etag: str | None = None
    last_modified: str | None = None


class Fetcher:
    """One per watch: keeps the connection pool and each host's robots.txt for a round."""

    def __init__(
        self,
        *,
        timeout: float = 20.0,
        max_bytes: int = 10 * 1024 * 1024,
        total_timeout: float = 120.0,
    ) -> None:
        self.max_bytes = max_bytes
        self.total_timeout = total_timeout  # for the whole body, however it trickles in
        self.client = httpx.Client(
            timeout=timeout,
            follow_redirects=True,
            max_redirects=MAX_REDIRECTS,
            headers={"User-Agent": USER_AGENT},
        )
        self._robots: dict[str, urllib.robotparser.RobotFileParser | str | None] = {}

    def close(self) -> None:
        self.client.close()

    def new_round(self) -> None:
        """robots.txt is read again each round (a site may change it)."""
        self._robots.clear()

    # -- requests
    def get(
        self, url: str, *, etag: str | None = None, last_modified: str | None = None
    ) -> Response:
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        try:
            with self.client.stream("GET", url, headers=headers) as r:
                if r.status_code == 304:
                    return Response(str(r.url), 304, "", b"", etag, last_modified)
                if r.status_code >= 400:
                    transient = r.status_code >= 500 or r.status_code in (408, 429)
                    raise FetchError(f"HTTP {r.status_code}", permanent=not transient)
                size = r.headers.get("content-length")
                if size and size.isdigit() and int(size) > self.max_bytes:
                    raise FetchError(self._too_large(int(size)), permanent=True)
                body = bytearray()
                deadline = time.monotonic() + self.total_timeout
                for chunk in r.iter_bytes():
                    body += chunk
                    if len(body) > self.max_bytes:
                        raise FetchError(self._too_large(None), permanent=True)
                    if time.monotonic() > deadline:  # a server dripping bytes
                        raise FetchError(
                            f"took longer than {self.total_timeout:.0f} s", permanent=False
                        )
                return Response(
                    str(r.url),
                    r.status_code,
                    r.headers.get("content-type", "").split(";")[0].strip().lower(),
                    bytes(body),
                    r.headers.get("etag"),
                    r.headers.get("last-modified"),
                )
        except httpx.TooManyRedirects:
            raise FetchError(
                f"redirect loop (more than {MAX_REDIRECTS} redirects)", permanent=True
            ) from None
        except httpx.TimeoutException:
            raise FetchError("timed out", permanent=False) from None
        except httpx.InvalidURL as exc:
            raise FetchError(f"not a valid URL: {exc}", permanent=True) from None
        except httpx.UnsupportedProtocol as exc:
            raise FetchError(f"unsupported URL: {exc}", permanent=True) from None
        except httpx.HTTPError as exc:
            raise FetchError(f"{type(exc).__name__}: {exc}", permanent=False) from None

    def page(self, url: str) -> Response:
        """An article page: allowed by robots.txt, HTML, and under the size cap. A
        ``file:`` link (a local feed file naming saved pages) is read from the disk."""
        if urlsplit(url).scheme == "file":
            return self._file(url)
        if not self.allowed(url):
            raise FetchError("robots.txt disallows fetching this page", permanent=True)
        r = self.get(url)
        if r.content_type and r.content_type not in HTML_TYPES:
            raise FetchError(f"not an HTML page (content type {r.content_type})", permanent=True)
        return r

    def _file(self, url: str) -> Response:
        path = Path(url2pathname(urlsplit(url).path))
        try:
            size = path.stat().st_size
            if size > self.max_bytes:
                raise FetchError(self._too_large(size), permanent=True)
            return Response(url, 200, "", path.read_bytes())
        except OSError as exc:
            raise FetchError(f"unreadable: {exc.strerror or exc}", permanent=True) from None

    def _too_large(self, size: int | None) -> str:
        cap = f"{self.max_bytes / 1e6:.0f} MB"
        what = f" ({size / 1e6:.1f} MB)" if size else ""
        return f"page larger than {cap}{what}: not read (raise --max-bytes to read it)"

    # -- robots.txt
    def allowed(self, url: str) -> bool:
        """Whether robots.txt lets newsgraph fetch ``url``; raises a transient FetchError when
        robots.txt cannot be read (a 5xx or a network failure: RFC 9309 says assume
        "disallow all" until it can)."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            return True
        host = f"{parts.scheme}://{parts.netloc}"
        if host not in self._robots:
            self._robots[host] = self._read_robots(host)
        rp = self._robots[host]
        if rp == "unavailable":
            raise FetchError("robots.txt unavailable: retried later", permanent=False)
        return True if rp is None else rp.can_fetch(ROBOTS_AGENT, url)  # type: ignore[union-attr]

    def _read_robots(self, host: str) -> urllib.robotparser.RobotFileParser | str | None:
        """None: no rules (robots.txt absent: a 4xx)."""
        try:
            r = self.client.get(host + "/robots.txt")
        except httpx.HTTPError:
            return "unavailable"
        if 400 <= r.status_code < 500:
            return None
        if r.status_code >= 500:
            return "unavailable"
        rp = urllib.robotparser.RobotFileParser(host + "/robots.txt")
        rp.parse(r.content[:500_000].decode("utf-8", "replace").splitlines())
        return rp
