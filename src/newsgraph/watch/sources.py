"""What the user named on the command line -> the sources to watch.

A source is a folder, an RSS/Atom feed (an http(s) URL, or a local file whose content is a
feed), or a list of feeds (a text file: one URL or path per line, ``#`` comments).
Content decides, not the extension.
"""

from __future__ import annotations

import re
from pathlib import Path

from newsgraph.errors import UsageError
from newsgraph.watch.model import WatchSource

_FEED_HEAD = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b", re.S)
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$")
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def resolve_sources(specs: list[str]) -> list[WatchSource]:
    """Every source named, feed lists expanded (one level), in order, without repeats."""
    out: list[WatchSource] = []
    for spec in specs:
        for s in _resolve(spec, allow_list=True):
            if s not in out:
                out.append(s)
    return out


def _resolve(spec: str, *, allow_list: bool, base: Path | None = None) -> list[WatchSource]:
    if re.match(r"^https?://", spec, re.I):
        return [WatchSource(spec, "feed")]
    path = Path(spec) if base is None or Path(spec).is_absolute() else base / spec
    if path.is_dir():
        return [WatchSource(str(path.resolve()), "folder")]
    if not path.is_file():
        raise UsageError(f"{spec}: no such folder or file, and not an http(s) feed URL")
    head = path.open("rb").read(4096)
    if _FEED_HEAD.match(head.lstrip(b"\xef\xbb\xbf")):
        return [WatchSource(str(path.resolve()), "feed")]
    if not allow_list:
        raise UsageError(f"{spec}: listed in a feed list, but not a feed, URL or folder")
    out: list[WatchSource] = []
    text = path.read_text(encoding="utf-8", errors="replace")
    for n, line in enumerate(text.splitlines(), 1):
        line = line.split("#", 1)[0].strip() if not line.lstrip().startswith("http") else line
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            out += _resolve(line, allow_list=False, base=path.parent)
        except UsageError as exc:
            raise UsageError(f"{path}, line {n}: {exc}") from None
    if not out:
        raise UsageError(f"{spec}: neither a feed nor a list of feeds (no URL or path in it)")
    return out


def parse_every(value: str) -> float:
    """``10m``, ``90s``, ``1h``, ``1d`` or plain seconds -> seconds (at least 1)."""
    m = _DURATION.match(value)
    if not m:
        raise UsageError(f"{value!r} is not a duration: use e.g. 30s, 10m, 1h, 1d")
    seconds = float(m.group(1)) * _UNITS[m.group(2)]
    if seconds < 1:
        raise UsageError(f"{value!r}: the interval must be at least 1 second")
    return seconds
