"""WARC and WARC.gz (Common Crawl news style): each HTML response record is one document.

``response`` and ``resource`` records holding HTML go through the HTML reader; ``conversion``
records holding plain text (WET files) through the text reader. Other records (warcinfo,
request, metadata, revisit) are not documents and are passed over. A record's ``source_id`` is
its target URI (else its record id); its origin is ``FILE#record N``. A truncated or corrupt
archive keeps every record before the break, then yields a Skip naming the file and record.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import IO, Any

from newsgraph.ingest.decode import decode_text
from newsgraph.ingest.detect import GZIP_MAGIC, extension, gunzip_head
from newsgraph.ingest.html import html_document
from newsgraph.ingest.records import too_large
from newsgraph.ingest.source import Source
from newsgraph.ingest.text import split_header
from newsgraph.types import RawDoc, Skip

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(fh: IO[bytes], src: Source) -> Iterator[RawDoc | Skip]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    if not _starts_like_warc(fh) and extension(src.name) != ".arc":
        yield src.skip("not a WARC file: it does not begin with 'WARC/'")
        return
    n = 0
    docs = 0
    records = iter(ArchiveIterator(fh))
    while True:
        try:
            record = next(records)
        except StopIteration:
            break
        except ArchiveLoadFailed as exc:
            yield (
                src.skip(f"not a WARC file: {_short(exc)}")
                if n == 0
                else _broken(src, n + 1, docs, exc)
            )
            return
        except Exception as exc:  # noqa: BLE001 - zlib/EOF/parse errors of a broken archive
            yield _broken(src, n + 1, docs, exc)
            return
        n += 1
        try:
            item = _record_document(record, n, src)
        except Exception as exc:  # noqa: BLE001 - the payload of record n is cut or corrupt
            yield _broken(src, n, docs, exc)
            return
        if item is not None:
            docs += 1
            yield item
    if docs == 0:
        yield src.skip(f"no documents: {n} WARC record(s), none an HTML or text response")


def _record_document(record: Any, n: int, src: Source) -> RawDoc | Skip | None:
    kind = record.rec_type
    if kind not in ("response", "resource", "conversion"):
        return None
    headers = record.rec_headers
    uri = headers.get_header("WARC-Target-URI")
    sid = uri or headers.get_header("WARC-Record-ID") or f"{src.source_id}#record {n}"
    where = f"#record {n}"
    ctype = headers.get_header("Content-Type") or ""
    if kind == "response" and record.http_headers is not None:
        status = record.http_headers.get_statuscode()
        if status and not status.startswith("2"):
            return src.skip(f"not an article: HTTP status {status}", where=where, source_id=sid)
        ctype = record.http_headers.get_header("Content-Type") or ""
    mime = ctype.split(";")[0].strip().lower()
    limit = src.options.max_bytes
    payload = record.content_stream().read(limit + 1)
    if len(payload) > limit:
        return src.skip(too_large(len(payload), limit, exact=False), where=where, source_id=sid)
    raw = record.raw_stream
    raw.read()  # drain what the payload reader left (a trailing CRLF); then nothing may be owed
    if isinstance(getattr(raw, "limit", None), int) and raw.limit > 0:
        raise EOFError(f"the record is cut short: {raw.limit:,} byte(s) of it are missing")
    meta = {"url": uri, "crawled": headers.get_header("WARC-Date")}
    if kind == "conversion" or mime == "text/plain":
        decoded = decode_text(payload)
        if decoded is None or not decoded.text.strip():
            return src.skip("empty or binary text record", where=where, source_id=sid)
        head, body = split_header(decoded.text)
        meta.update({k: v for k, v in head.items() if k not in meta or not meta[k]})
        return src.doc(
            "warc",
            body,
            meta,
            where=where,
            source_id=sid,
            warnings=(decoded.warning,) if decoded.warning else (),
        )
    if mime and mime not in _HTML_TYPES:
        return src.skip(f"not an article: content type {mime}", where=where, source_id=sid)
    declared = ctype.partition("charset=")[2].strip(" \"';") or None
    doc = html_document(payload, src, where=where, source_id=sid, declared=declared, meta=meta)
    if isinstance(doc, RawDoc):
        doc = replace(doc, format="warc")
    return doc


def _starts_like_warc(fh: IO[bytes]) -> bool:
    head = fh.read(64)
    fh.seek(0)
    if head.startswith(GZIP_MAGIC):
        head = gunzip_head(fh)
    return head.lstrip().startswith(b"WARC/")


def _broken(src: Source, n: int, docs: int, exc: BaseException) -> Skip:
    return src.skip(
        f"truncated or corrupt WARC: record {n}: {_short(exc)}; the {docs} "
        "document(s) before it were kept",
        where=f"#record {n}",
    )


def _short(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text if len(text) < 160 else text[:157] + "..."
