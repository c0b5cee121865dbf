"""Bytes to text, refusing what is not text with a reason the user can act on.

The decoded string is what every offset in the graph points into, so decoding never
normalises newlines, spaces or Unicode forms. A byte-order mark is consumed (it is an
encoding signal, not text).
"""

from __future__ import annotations

import codecs
import hashlib
from pathlib import Path

from ..errors import SourceError

# Larger sources are refused rather than risking memory: split them into several files.
MAX_SOURCE_BYTES = 32 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)


def read_bytes(path: Path) -> bytes:
    """The file's bytes, or a SourceError saying why there are none to read."""
    if not path.exists():
        raise SourceError(path, "no such file")
    if path.is_dir():
        raise SourceError(path, "is a directory, expected a file")
    size = path.stat().st_size
    if size > MAX_SOURCE_BYTES:
        raise SourceError(path, f"{size} bytes is over the {MAX_SOURCE_BYTES}-byte limit; split it into several sources")
    data = path.read_bytes()
    if not data.strip():
        raise SourceError(path, "file is empty")
    return data


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def decode(data: bytes, path: Path, encoding: str | None = None) -> str:
    """Decode a text file: the given encoding, else by its BOM, else strict UTF-8."""
    if encoding:
        try:
            return data.decode(encoding)
        except LookupError:
            raise SourceError(path, f"unknown encoding {encoding!r}") from None
        except UnicodeDecodeError as exc:
            raise SourceError(path, f"not valid {encoding} at byte {exc.start}") from None
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec)
    if b"\x00" in data:
        raise SourceError(path, "binary data (NUL bytes), not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SourceError(path, f"not valid UTF-8 at byte {exc.start}; if it is Latin-1 or another encoding, pass --encoding NAME") from None
    if not text.strip():
        raise SourceError(path, "file is empty")
    return text
