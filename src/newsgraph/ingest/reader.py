"""Walk the inputs and hand each file to the reader for its format.

Every input yields at least one RawDoc or Skip: nothing read is dropped without a reason.
Files are streamed one at a time (containers record by record), so memory does not grow
with the size of the corpus.
"""

from __future__ import annotations

import csv
import errno
import logging
import os
import stat
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

from newsgraph.ingest.csvfile import read_csv
from newsgraph.ingest.decode import decode_text, describe_binary
from newsgraph.ingest.detect import EXTENSIONS, extension, format_of, gunzip_head
from newsgraph.ingest.html import read_html
from newsgraph.ingest.jsonl import read_json, read_jsonl
from newsgraph.ingest.options import IngestOptions
from newsgraph.ingest.records import too_large
from newsgraph.ingest.source import Source
from newsgraph.ingest.stream import Gunzip, rewindable
from newsgraph.ingest.text import read_text, text_document
from newsgraph.ingest.warc import read_warc
from newsgraph.types import RawDoc, Skip

_HEAD = 8192
STDIN = "<stdin>"  # the origin of documents read from standard input

Reader = Callable[[IO[bytes], Source], Iterator[RawDoc | Skip]]

log = logging.getLogger(__name__)


def read_inputs(paths: list[str], options: IngestOptions) -> Iterator[RawDoc | Skip]:
    """Every document under ``paths`` (files, folders recursively, ``-`` for stdin), in order."""
    for item in list_inputs(paths, options):
        yield from read_input(item)


def list_inputs(paths: list[str], options: IngestOptions) -> Iterator[Source | Skip]:
    """The inputs under ``paths`` in reading order, not yet opened: one ``Source`` per file
    (``origin`` is its path; ``"<stdin>"`` for ``-``), or a Skip for what cannot be listed.

    ``read_inputs`` is ``read_input`` over these; the Dask engine hands groups of them to its
    workers, so the documents come out in the same order whatever reads them.
    """
    manifest = read_manifest(options.manifest) if options.manifest else {}
    excluded = {Path(x).resolve() for x in options.exclude}
    if options.manifest:
        excluded.add(Path(options.manifest).resolve())
    for p in paths:
        if p == "-":
            yield Source(STDIN, "stdin", "", options, manifest.get("-", {}))
            continue
        for item in iter_files(p):
            if isinstance(item, Skip):
                yield item
                continue
            path, source_id = item
            if excluded and path.resolve() in excluded:
                continue
            row = manifest.get(source_id) or manifest.get(path.name, {})
            yield Source(str(path), source_id, path.name, options, row)


def read_input(item: Source | Skip) -> Iterator[RawDoc | Skip]:
    """The documents of one input listed by ``list_inputs``."""
    if isinstance(item, Skip):
        yield item
    elif item.origin == STDIN and not item.name:  # read as it comes: never copied whole
        yield from read_stream(rewindable(sys.stdin.buffer.read), item)
    else:
        yield from read_file(Path(item.origin), item)


def iter_files(p: str) -> Iterator[tuple[Path, str] | Skip]:
    """(file, its source id) for a file, or every file under a folder (sorted, recursive).

    Hidden files and folders (``.name``) inside a folder are passed over.
    """
    path = Path(p)
    if path.is_dir():
        errors: list[OSError] = []
        for folder, dirs, files in os.walk(path, onerror=errors.append):
            for err in errors:
                yield Skip(
                    str(err.filename or folder), "read", f"unreadable folder: {err.strerror or err}"
                )
            errors.clear()
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if name.startswith("."):
                    continue
                f = Path(folder) / name
                kind = _file_kind(f)
                yield (f, f.relative_to(path).as_posix()) if kind is None else kind
        for err in errors:
            yield Skip(
                str(err.filename or path), "read", f"unreadable folder: {err.strerror or err}"
            )
    else:
        kind = _file_kind(path, given=p)
        yield (path, path.name) if kind is None else kind


def _file_kind(path: Path, given: str | None = None) -> Skip | None:
    """None for a regular file (or a link to one); else the Skip that says what it is.

    A pipe, socket or device is not read: opening a pipe with no writer waits forever and a
    device such as /dev/zero never ends (pipe data in on stdin: ``cat X | newsgraph ingest -``).
    """
    origin = given if given is not None else str(path)
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return Skip(origin, "read", "unreadable: a symbolic link loop")
        if path.is_symlink():
            return Skip(origin, "read", "no such file: a broken symbolic link")
        if exc.errno in (errno.ENOENT, errno.ENOTDIR):
            return Skip(origin, "read", "no such file or folder")
        return Skip(origin, "read", f"unreadable: {exc.strerror or exc}")
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISFIFO(mode):
        return Skip(
            origin, "read", "not a regular file (a pipe): pass its data on stdin (ingest -)"
        )
    what = "a socket" if stat.S_ISSOCK(mode) else "a device"
    return Skip(origin, "read", f"not a regular file ({what})")


def read_file(path: Path, src: Source) -> Iterator[RawDoc | Skip]:
    try:
        fh = open(path, "rb")  # noqa: SIM115 - closed below; a generator holds it
    except PermissionError:
        yield src.skip("unreadable: permission denied")
        return
    except OSError as exc:
        yield src.skip(f"unreadable: {exc.strerror or exc}")
        return
    try:
        yield from read_stream(fh, src)
    except OSError as exc:  # e.g. a disk error, or a folder where a file was expected
        yield src.skip(f"unreadable: {exc.strerror or exc}")
    except Exception as exc:  # noqa: BLE001 - a reader bug must not end the run: recorded
        log.debug("reader failed on %s", src.origin, exc_info=True)
        yield Skip(
            src.origin,
            "read",
            f"reader failed: {type(exc).__name__}: {exc}",
            source_id=src.source_id,
            status="failed",
        )
    finally:
        fh.close()


def read_stream(fh: IO[bytes], src: Source) -> Iterator[RawDoc | Skip]:
    """Detect the format of a seekable binary stream and read it."""
    head = fh.read(_HEAD)
    fh.seek(0)
    fmt = format_of(head, src.name, src.options.column("text"))
    if fmt == "gzip":
        yield from _read_gzip(fh, src)
    elif fmt == "binary":
        yield src.skip(f"binary file: {describe_binary(head)}")
    elif fmt == "unknown":
        yield from _read_unknown(fh, src, head)
    elif fmt in _CONTAINERS:
        yield from _CONTAINERS[fmt](fh, src)
    else:
        data = _read_document(fh, src)
        if isinstance(data, Skip):
            yield data
        else:
            yield from (read_html if fmt == "html" else read_text)(data, src)


def _read_document(fh: IO[bytes], src: Source) -> bytes | Skip:
    """The whole of a one-document file, unless it is bigger than ``max_bytes``."""
    limit = src.options.max_bytes
    data = fh.read(limit + 1)
    if len(data) > limit:
        try:
            size = os.fstat(fh.fileno()).st_size
        except (OSError, ValueError, AttributeError):  # a stream: its size is unknown
            return src.skip(too_large(len(data), limit, exact=False))
        return src.skip(too_large(max(size, len(data)), limit))
    return data


def _read_unknown(fh: IO[bytes], src: Source, head: bytes) -> Iterator[RawDoc | Skip]:
    """A file whose extension we do not know and whose content names no format."""
    ext = extension(src.name)
    known = ", ".join(sorted(EXTENSIONS))
    data = _read_document(fh, src)
    if isinstance(data, Skip):
        yield data
        return
    if not data.strip():
        yield src.skip(f"empty file (unknown extension {ext!r})")
        return
    decoded = decode_text(data)
    if decoded is None or not _looks_like_prose(decoded.text):
        yield src.skip(
            f"unknown format: extension {ext!r} is not one of {known}, and the "
            "content is not recognisable text, HTML, JSON Lines, CSV or WARC"
        )
        return
    warnings: tuple[str, ...] = (f"unknown extension {ext!r}: read as plain text",)
    if decoded.warning:
        warnings += (decoded.warning,)
    yield from text_document(decoded.text, src, "text", warnings=warnings)


def _looks_like_prose(text: str) -> bool:
    sample = text[:20000]
    letters = sum(c.isalpha() or c.isspace() for c in sample)
    return len(sample.split()) >= 20 and letters >= 0.8 * len(sample)


def _read_gzip(fh: IO[bytes], src: Source) -> Iterator[RawDoc | Skip]:
    """WARC.gz is read as is (warcio handles it); other gzip files are decompressed as they
    are read (never to disk), and a break keeps what came before it."""
    head = gunzip_head(fh, _HEAD)
    if not head:
        yield src.skip("corrupt gzip file: it does not decompress")
        return
    inner = src.name[:-3] if src.name.lower().endswith(".gz") else src.name
    if head.lstrip().startswith(b"WARC/") or extension(inner) == ".warc":
        yield from read_warc(fh, src)
        return
    gunzip = Gunzip(fh)
    inner_src = Source(src.origin, src.source_id, inner, src.options, src.manifest)
    yield from read_stream(rewindable(gunzip.read), inner_src)
    if gunzip.error is not None:
        yield src.skip(f"truncated gzip file: {gunzip.error}; what came before the break was read")


def read_manifest(path: str) -> dict[str, dict[str, str]]:
    """``file,outlet,published,language[,title,url]`` rows, keyed by file name."""
    from newsgraph.errors import UsageError

    try:
        with open(path, newline="", encoding="utf-8-sig") as fh:
            rows = list(csv.DictReader(fh))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise UsageError(f"E301 cannot read manifest {path}: {exc}") from exc
    if rows and "file" not in rows[0]:
        raise UsageError(
            f"E302 manifest {path} has no 'file' column (columns: {', '.join(rows[0])})"
        )
    keep = ("outlet", "published", "language", "title", "url")
    return {
        row["file"].strip(): {k: v.strip() for k, v in row.items() if k in keep and v}
        for row in rows
        if row.get("file")
    }


_CONTAINERS: dict[str, Reader] = {
    "jsonl": read_jsonl,
    "json": read_json,
    "csv": read_csv,
    "warc": read_warc,
}


def estimate_documents(paths: list[str], options: IngestOptions) -> int | None:
    """How many documents ``read_inputs`` will yield, for a progress bar; None if not cheap.

    One per text/HTML file, lines of JSON Lines, rows of CSV (counted as lines, so a CSV with
    multi-line cells is over-estimated); WARC, gzip and stdin make it None.
    """
    total = 0
    budget = 2 * 1024**3  # bytes we are willing to scan for newlines
    for p in paths:
        if p == "-":
            return None
        for item in iter_files(p):
            if isinstance(item, Skip):
                total += 1
                continue
            path = item[0]
            fmt = EXTENSIONS.get(extension(path.name), "text")
            if path.name.lower().endswith(".gz") or fmt == "warc":
                return None
            if fmt not in ("jsonl", "csv"):
                total += 1
                continue
            try:
                size = path.stat().st_size
                budget -= size
                if budget < 0:
                    return None
                with open(path, "rb") as fh:  # no further than its size (it may be growing)
                    lines = 0
                    while size > 0 and (chunk := fh.read(min(size, 1 << 20))):
                        lines += chunk.count(b"\n")
                        size -= len(chunk)
            except OSError:
                total += 1
                continue
            total += max(1, lines - (1 if fmt == "csv" else 0))
    return total
