"""Which reader a file needs: decided from its first bytes AND its name.

Strong content signals win over the extension (a ``.txt`` that is really a WARC is read as a
WARC; a ``.html`` that is really a PNG is refused). Otherwise the extension decides, and a file
with no extension (or stdin) is sniffed: JSON object per line, a CSV header naming the text
column, else plain text.
"""

from __future__ import annotations

import csv
import json
import re
import zlib
from typing import IO

from newsgraph.ingest.decode import NUL_BYTES, bom_encoding, describe_binary

GZIP_MAGIC = b"\x1f\x8b"

EXTENSIONS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".jsonlines": "jsonl",
    ".json": "json",
    ".csv": "csv",
    ".tsv": "csv",
    ".warc": "warc",
    ".arc": "warc",
}

_HTML_START = re.compile(
    rb"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html)\b", re.I | re.S
)
_HTML_ANYWHERE = re.compile(rb"<(html|head|body)[\s>]", re.I)


def format_of(head: bytes, name: str, text_column: str = "text") -> str:
    """One of ``gzip warc html jsonl json csv text binary unknown`` for a file.

    ``name`` is the file name ("" for stdin); ``head`` its first few kilobytes.
    """
    if head.startswith(GZIP_MAGIC):
        return "gzip"
    bare = _strip_bom(head)
    if bare.lstrip().startswith((b"WARC/", b"warc/")):
        return "warc"
    ext = extension(name)
    by_ext = EXTENSIONS.get(ext)
    what = describe_binary(head)
    if what == NUL_BYTES and (looks_json_lines(bare) or looks_csv(bare, text_column)):
        # A line-by-line container with a NUL somewhere: only the lines holding one are bad.
        return "jsonl" if looks_json_lines(bare) else "csv"
    if what:
        return "binary"
    looks_html = bool(_HTML_START.match(bare)) or bool(_HTML_ANYWHERE.search(bare[:2048]))
    if looks_html and by_ext not in ("jsonl", "json", "csv"):
        return "html"
    if by_ext is not None:
        return by_ext
    if looks_json_lines(bare):
        return "jsonl"
    if looks_csv(bare, text_column):
        return "csv"
    if ext == "" or name in ("", "-"):
        return "text"
    return "unknown"


def extension(name: str) -> str:
    """The lower-case extension, ignoring a trailing ``.gz`` (``a.warc.gz`` -> ``.warc``)."""
    low = name.lower()
    if low.endswith(".gz"):
        low = low[:-3]
    dot = low.rfind(".")
    slash = max(low.rfind("/"), low.rfind("\\"))
    return low[dot:] if dot > slash + 1 else ""


def looks_json_lines(head: bytes) -> bool:
    """True if the first non-blank line is a complete JSON object."""
    for line in head.splitlines():
        if not line.strip():
            continue
        if not line.lstrip().startswith(b"{"):
            return False
        try:
            return isinstance(json.loads(line), dict)
        except (ValueError, RecursionError):
            return False
    return False


def looks_csv(head: bytes, text_column: str = "text") -> bool:
    """True if the first line is a delimited header with a cell naming the text column."""
    first = head.split(b"\n", 1)[0].decode("utf-8", "replace").strip("\r\ufeff ")
    for delimiter in (",", "\t", ";", "|"):
        if delimiter not in first:
            continue
        cells = next(csv.reader([first], delimiter=delimiter), [])
        if text_column.lower() in (c.strip().lower() for c in cells):
            return True
    return False


def csv_delimiter(name: str, head: bytes) -> str:
    if extension(name) == ".tsv":
        return "\t"
    first = head.split(b"\n", 1)[0].decode("utf-8", "replace")
    counts = {d: first.count(d) for d in (",", "\t", ";", "|")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _strip_bom(head: bytes) -> bytes:
    enc = bom_encoding(head)
    if enc == "utf-8":
        return head[3:]
    if enc and enc.startswith("utf-16"):
        return head[2:].decode(enc, "ignore").encode("utf-8")
    return head


def gunzip_head(fh: IO[bytes], size: int = 8192) -> bytes:
    """The first ``size`` decompressed bytes of a gzip stream (rewound after), even if the
    stream is truncated or corrupt further on; b"" if it does not decompress at all."""
    data = fh.read(65536)
    fh.seek(0)
    try:
        return zlib.decompressobj(wbits=31).decompress(data, size)
    except zlib.error:
        return b""
