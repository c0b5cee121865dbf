"""Bytes to text, refusing what is not text with a reason the user can act on.

The decoded string is what every offset in the graph points into, so decoding never
normalises newlines, spaces or Unicode forms. A byte-order mark is consumed (it is an
encoding signal, not text).
"""

from __future__ import annotations

import codecs
import hashlib
import os
import stat
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
    """The bytes of a regular file, or a SourceError saying why there are none to read.

    Devices (/dev/zero), named pipes and sockets would be read for ever or block, so only
    a regular file is opened, and without blocking: the check is made on the open file
    too, in case the path changed in between. The size limit is checked before reading
    and enforced while reading (a file that grows is cut off, not read whole).
    """
    info = _stat(path)
    if not stat.S_ISREG(info.st_mode):
        raise SourceError(path, "is a directory, expected a file" if stat.S_ISDIR(info.st_mode)
                          else f"is a {_kind(info.st_mode)}, not a regular file")
    _check_size(path, info.st_size)
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise SourceError(path, f"cannot be opened: {exc.strerror}") from None
    with os.fdopen(descriptor, "rb") as file:
        if not stat.S_ISREG(os.fstat(file.fileno()).st_mode):
            raise SourceError(path, "changed into something that is not a regular file while being opened")
        data = file.read(MAX_SOURCE_BYTES + 1)
    _check_size(path, len(data))
    if not data.strip():
        raise SourceError(path, "file is empty")
    return data


def _stat(path: Path) -> os.stat_result:
    """The file's status (following links); a missing file, a link loop or an impossible name is a SourceError."""
    try:
        return path.stat()
    except FileNotFoundError:
        raise SourceError(path, "no such file") from None
    except ValueError as exc:  # a NUL in the name
        raise SourceError(path, f"is not a possible file name ({exc})") from None
    except OSError as exc:  # a symbolic link loop, a name too long, no permission
        raise SourceError(path, f"cannot be read: {exc.strerror}") from None


def _check_size(path: Path, size: int) -> None:
    if size > MAX_SOURCE_BYTES:
        raise SourceError(path, f"{size} bytes is over the {MAX_SOURCE_BYTES}-byte limit; split it into several sources")


def _kind(mode: int) -> str:
    kinds = ((stat.S_ISFIFO, "named pipe"), (stat.S_ISCHR, "character device"), (stat.S_ISBLK, "block device"),
             (stat.S_ISSOCK, "socket"))
    return next((name for test, name in kinds if test(mode)), "special file")


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
