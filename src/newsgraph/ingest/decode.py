"""Bytes -> text: byte-order marks, UTF-8, then charset detection. Binary data is refused.

Nothing is mangled silently: a document that was not clean UTF-8 comes back with a warning
that says how it was decoded, and data that is not text at all comes back as ``None`` with
``describe_binary`` naming what it looks like.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

# Leading bytes of common non-text files, and what to call them in a message.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document (convert it to text first)"),
    (b"PK\x03\x04", "a ZIP archive (or DOCX/XLSX/EPUB)"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\x7fELF", "an executable (ELF)"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"BZh91AY&SY", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 audio file"),
    (b"\x00\x00\x00\x18ftyp", "an MP4 video"),
    (b"\x00\x00\x00\x20ftyp", "an MP4 video"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
)

NUL_BYTES = "binary data (contains NUL bytes)"

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Control characters other than tab, newline, carriage return, form feed.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_NEWLINES = re.compile(r"\r\n?")
_CHARSET_META = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    warning: str | None = None


def bom_encoding(head: bytes) -> str | None:
    for bom, name in _BOMS:
        if head.startswith(bom):
            return name
    return None


def describe_binary(head: bytes) -> str | None:
    """What a file that starts with ``head`` is, if it is clearly not text; else None."""
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return what
    if bom_encoding(head) in ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"):
        return None
    if utf16_without_bom(head):
        return None
    sample = head[:4096]
    if b"\x00" in sample:
        return NUL_BYTES
    return None


def utf16_without_bom(head: bytes) -> str | None:
    """``utf-16-le`` / ``utf-16-be`` for text in UTF-16 without a byte-order mark, else None.

    Mostly-Latin text in UTF-16 has a NUL in every other byte: in the odd positions (LE) or
    the even ones (BE), and hardly any in the others. Binary data has NULs at random.
    """
    sample = head[:4096]
    sample = sample[: len(sample) - len(sample) % 2]
    if len(sample) < 16:
        return None
    even, odd = sample[0::2], sample[1::2]
    half = len(sample) // 2
    for enc, zeros, chars in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if zeros.count(0) >= 0.9 * half and chars.count(0) <= 0.01 * half:
            try:
                text = sample.decode(enc)
            except UnicodeDecodeError:
                return None
            printable = sum(c.isprintable() or c in "\n\r\t" for c in text)
            return enc if printable >= 0.95 * len(text) else None
    return None


def decode_text(data: bytes, declared: str | None = None) -> Decoded | None:
    """Decode ``data`` to text with normalised newlines; None if it is not text.

    ``declared`` is an encoding the container named (an HTML meta charset, an HTTP header);
    it is tried after a byte-order mark and before detection.
    """
    decoded = _decode(data, declared)
    if decoded is None:
        return None
    text = _NEWLINES.sub("\n", decoded.text).lstrip("\ufeff")
    if text and len(_CONTROL.findall(text[:20000])) > max(8, len(text[:20000]) // 100):
        return None  # decodes, but is full of control characters: binary in disguise
    return Decoded(text, decoded.encoding, decoded.warning)


def html_declared_charset(head: bytes) -> str | None:
    m = _CHARSET_META.search(head[:4096])
    if not m:
        return None
    name = m.group(1).decode("ascii", "replace")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _decode(data: bytes, declared: str | None) -> Decoded | None:
    bom = bom_encoding(data)
    if bom:
        try:
            return Decoded(data[len(_bom_bytes(bom)) :].decode(bom), bom)
        except UnicodeDecodeError:
            pass
    wide = utf16_without_bom(data)
    if wide:
        try:
            text = data[: len(data) - len(data) % 2].decode(wide)
        except UnicodeDecodeError:
            return None
        return Decoded(text, wide, f"UTF-16 without a byte-order mark: decoded as {wide}")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        first_error = exc
    if declared and declared.lower().replace("_", "-") not in ("utf-8", "utf8"):
        try:
            return Decoded(data.decode(declared), declared)
        except (UnicodeDecodeError, LookupError):
            pass
    # Mostly UTF-8 with a few bad bytes: keep it UTF-8 and say how many bytes were replaced,
    # rather than re-reading every good multi-byte character as mojibake.
    replaced = data.decode("utf-8", errors="replace")
    bad = replaced.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    multibyte = sum(1 for ch in replaced if ord(ch) > 127 and ch != "\ufffd")
    if multibyte and bad <= max(3, multibyte // 10):
        return Decoded(
            replaced,
            "utf-8",
            f"invalid UTF-8: {bad} byte sequence(s) replaced "
            f"with U+FFFD (first at byte {first_error.start})",
        )
    from charset_normalizer import from_bytes

    best = from_bytes(data[:1_000_000]).best()
    if best is None or best.encoding is None:
        return None
    try:
        text = data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    return Decoded(text, best.encoding, f"not UTF-8: decoded as {best.encoding} (detected)")


def _bom_bytes(encoding: str) -> bytes:
    return next(b for b, name in _BOMS if name == encoding)
