"""Byte streams read forward only, never copied whole: stdin and decompressed gzip.

The readers look at the first bytes of an input to detect its format, then rewind and read it.
``rewindable`` gives them that over a source that cannot seek (a pipe, a decompressor)
without first copying the source to memory or disk: the first ``keep`` bytes are remembered,
and the stream can be rewound to its start until more than that has been read. So
``ingest - < /dev/zero`` is refused as binary after its first 8 KB, and a gzip bomb is
decompressed only as far as the reader of what it holds reads (a one-document file stops at
``--max-bytes``; a binary one at once).

``Gunzip`` decompresses progressively, a bounded piece at a time; a stream cut short (or
corrupt) ends what it yields at the break and says so in ``error``, so the readers keep every
record before the break.
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Callable
from typing import IO

KEEP = 1 << 20  # bytes remembered for rewinding (format detection reads at most 64 KB)
_PIECE = 1 << 16  # compressed bytes fed to the decompressor at a time


class _Rewindable(io.RawIOBase):
    """A forward-only byte source that can seek back within its first ``keep`` bytes."""

    def __init__(self, read: Callable[[int], bytes], keep: int) -> None:
        self._read = read
        self._keep = keep
        self._head = bytearray()  # the first bytes read, while no more than ``keep``
        self._pos = 0  # the position of the next byte handed out
        self._far = 0  # how many bytes were taken from the source
        self._overflowed = False

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, pos: int, whence: int = io.SEEK_SET) -> int:
        if whence == io.SEEK_CUR:
            pos += self._pos
        elif whence != io.SEEK_SET:
            raise io.UnsupportedOperation("a stream can only be rewound to its first bytes")
        if pos == self._pos:
            return pos
        if self._overflowed or pos > self._far or pos < 0:
            raise io.UnsupportedOperation(
                f"this stream can only be rewound within its first {self._keep:,} bytes"
            )
        self._pos = pos
        return pos

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        n = len(buffer)
        if self._pos < self._far:  # replaying the remembered head
            data = bytes(self._head[self._pos : min(self._far, self._pos + n)])
        else:
            data = self._read(n)
            self._far += len(data)
            if not self._overflowed:
                if self._far <= self._keep:
                    self._head += data
                else:
                    self._overflowed = True
                    self._head = bytearray()
        buffer[: len(data)] = data
        self._pos += len(data)
        return len(data)


def rewindable(read: Callable[[int], bytes], keep: int = KEEP) -> IO[bytes]:
    """A buffered binary stream over ``read(n)``; see the module docstring."""
    return io.BufferedReader(_Rewindable(read, keep), buffer_size=1 << 16)


class Gunzip:
    """``read(n)``: the next at most ``n`` decompressed bytes of a gzip stream (b"" at its end
    or at a break; ``error`` then says what broke). Concatenated gzip members are read on."""

    def __init__(self, fh: IO[bytes]) -> None:
        self._fh = fh
        self._z = zlib.decompressobj(wbits=31)
        self._pending = b""  # compressed bytes not yet given to the decompressor
        self.error: str | None = None
        self.done = False

    def read(self, n: int) -> bytes:
        n = max(1, n)
        while not self.done:
            if self._z.eof:
                rest = self._z.unused_data or self._pending
                self._pending = b""
                if not rest:
                    rest = self._fh.read(_PIECE)
                if not rest.strip(b"\x00"):  # the end (or padding after the last member)
                    self.done = True
                    break
                self._z = zlib.decompressobj(wbits=31)
                self._pending = rest
            data = self._z.unconsumed_tail or self._pending or self._fh.read(_PIECE)
            self._pending = b""
            if not data:
                self.done = True
                self.error = "the file is cut short (the compressed stream ends early)"
                break
            try:
                out = self._z.decompress(data, n)
            except zlib.error as exc:
                self.done = True
                self.error = f"corrupt compressed data ({exc})"
                break
            if out:
                return out
        return b""
