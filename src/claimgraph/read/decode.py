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

# The size limit, checked before a byte is read. A source is read whole, not streamed:
# offsets, the spaCy pass and the claims all need the whole text, and a build of 1 MB of
# dense prose (a claim every few words, bench/long_lines.py) takes about a minute and
# 1.4 GB, growing linearly. Larger files are refused with a message that says to split
# them into several sources.
MAX_SOURCE_BYTES = 8 * 1024 * 1024

# byte-order mark -> the codec of the bytes after it (UTF-32 marks first: they start
# with UTF-16's)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
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
    """Decode a text file: the given encoding, else by its BOM, else strict UTF-8.

    Every failure is a SourceError: an unknown encoding, bytes that are not valid in the
    encoding (with the byte offset), NUL bytes in a file without a BOM (binary), or no
    text at all once decoded (a BOM alone is an empty file).
    """
    bom = next(((mark, codec) for mark, codec in _BOMS if data.startswith(mark)), None)
    if encoding:
        text = _strict(data, path, encoding)
    elif bom:
        text = _strict(data[len(bom[0]):], path, bom[1], skipped=len(bom[0]))
    elif b"\x00" in data:
        raise SourceError(path, "binary data (NUL bytes), not text")
    else:
        text = _strict(data, path, "utf-8", hint="; if it is Latin-1 or another encoding, pass --encoding NAME"
                                               " (in a corpus: encoding = \"NAME\" in sources.toml)")
    if not text.strip():
        raise SourceError(path, "file is empty")
    return text


def _strict(data: bytes, path: Path, codec: str, hint: str = "", skipped: int = 0) -> str:
    """`data` decoded; a fault names the byte offset in the file (`skipped` bytes precede `data`)."""
    try:
        return data.decode(codec)
    except LookupError:
        raise SourceError(path, f"unknown encoding {codec!r}") from None
    except UnicodeDecodeError as exc:
        name = codecs.lookup(codec).name.upper().replace("_", "-")
        raise SourceError(path, f"not valid {name} at byte {exc.start + skipped}{hint}") from None
