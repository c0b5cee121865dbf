"""Write and read dataset files; writing is atomic and byte-stable.

The file is written to a temporary sibling (`.<name>.<pid>.<random>.tmp`) and renamed
into place, so an interrupted or failed build never leaves a half-written graph, and the
previous file stays intact. A temporary file left by a writer that was killed (SIGKILL,
power loss) is removed by the next write of the same file, once its process is gone.
Quads are written in the order given (the dataset stage fixes it) after one block of
prefix lines: two builds give identical bytes.
TriG is written as `<g> { ... }` (no GRAPH keyword), which raptor's rapper also reads.
"""

from __future__ import annotations

import functools
import itertools
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox

from ..errors import GraphFileError
from ..processes import running
from .terms import PREFIXES

FORMATS = {
    ".trig": ox.RdfFormat.TRIG,
    ".nq": ox.RdfFormat.N_QUADS,
    ".nquads": ox.RdfFormat.N_QUADS,
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
}


def format_for(path: Path) -> ox.RdfFormat:
    try:
        return FORMATS[path.suffix.lower()]
    except KeyError:
        raise GraphFileError(path, f"unknown graph file extension {path.suffix!r}; use one of {', '.join(FORMATS)}") from None


def dataset_format_for(path: Path) -> ox.RdfFormat:
    """The format a graph of claims is written in at `path`: one that holds named graphs, since every
    claim is a graph of its own (Turtle and N-Triples hold none)."""
    fmt = format_for(path)
    if not fmt.supports_datasets:
        datasets = ", ".join(suffix for suffix, f in FORMATS.items() if f.supports_datasets)
        raise GraphFileError(path, f"{fmt.name} holds no named graphs, and each claim is one; use one of {datasets}")
    return fmt


def write_parts(parts: Iterable[bytes], path: Path) -> None:
    """Write the prefix lines once, then each part of `part()`, atomically.

    A dataset is written as parts (the shared quads, then one part per source) so that
    parts can be serialised in parallel and reused from a cache; the file is still one
    valid document, since TriG allows default-graph triples and graph blocks in any order.
    """
    atomic_write(path, itertools.chain([_header(format_for(path))], parts))


def part(quads: Iterable[ox.Quad], fmt: ox.RdfFormat) -> bytes:
    """Quads serialised in `fmt` without the prefix lines (`write_parts` writes those once)."""
    return ox.serialize(quads, format=fmt, prefixes=_prefixes(fmt))[len(_header(fmt)):]


def _prefixes(fmt: ox.RdfFormat) -> dict[str, str] | None:
    return PREFIXES if fmt in (ox.RdfFormat.TRIG, ox.RdfFormat.TURTLE) else None


@functools.cache
def _header(fmt: ox.RdfFormat) -> bytes:
    """The prefix lines the serialiser writes before any quads (in its own order)."""
    probe = ox.Quad(ox.NamedNode(PREFIXES["cg"] + "x"), ox.NamedNode(PREFIXES["cg"] + "x"), ox.NamedNode(PREFIXES["cg"] + "x"))
    data = ox.serialize([probe], format=fmt, prefixes=_prefixes(fmt))
    count = len(_prefixes(fmt) or ())
    return b"".join(data.splitlines(keepends=True)[:count])


def atomic_write_bytes(path: Path, data: bytes, durable: bool = True) -> None:
    """`atomic_write` of one piece of data."""
    atomic_write(path, [data], durable)


def atomic_write(path: Path, chunks: Iterable[bytes], durable: bool = True) -> None:
    """Write `chunks` as they come via a temporary sibling renamed into place; the file gets the
    usual umask mode. An exception while the chunks are made leaves `path` as it was.

    `durable` flushes the data to disk before the rename (a graph survives a power cut);
    a cache entry does not need it: one lost is only a miss.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    _sweep(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp", dir=path.parent)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)
    try:
        with os.fdopen(fd, "wb") as handle:
            for chunk in chunks:
                handle.write(chunk)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _sweep(path: Path) -> None:
    """Remove temporary siblings of `path` whose writing process no longer runs."""
    prefix = f".{path.name}."
    with os.scandir(path.parent) as entries:  # not Path.glob, which compiles a pattern per call
        names = [e.name for e in entries if e.name.startswith(prefix) and e.name.endswith(".tmp")]
    for name in names:
        pid = name[len(prefix):].split(".", 1)[0]
        if pid.isdigit() and not running(int(pid)):
            (path.parent / name).unlink(missing_ok=True)



def read(path: Path) -> list[ox.Quad]:
    """All quads of a dataset file, or a GraphFileError naming the file and the fault."""
    if not path.is_file():
        raise not_a_file(path)
    try:
        return list(ox.parse(path=str(path), format=format_for(path)))
    except SyntaxError as exc:
        raise syntax_error(path, exc) from None
    except OSError as exc:
        raise GraphFileError(path, f"cannot be read ({exc.strerror or exc})") from None


def not_a_file(path: Path) -> GraphFileError:
    """The error for a graph path that is no regular file (checked before reading: a device or a pipe never ends)."""
    if path.is_symlink() and not path.exists():
        return GraphFileError(path, "is a symbolic link to nothing (a loop, or its target is missing)")
    if not path.exists():
        return GraphFileError(path, "no such graph file")
    kind = "a directory" if path.is_dir() else "a named pipe" if path.is_fifo() else \
        "a device" if path.is_char_device() or path.is_block_device() else "a special file"
    return GraphFileError(path, f"is {kind}, not a regular file")


def syntax_error(path: Path, exc: SyntaxError) -> GraphFileError:
    """The error for a graph file that does not parse in the format its extension names.

    It carries the parser's line and column and, when the file parses in another format
    (N-Quads named .trig, TriG named .nq or .ttl), says which.
    """
    fmt = format_for(path)
    for other in dict.fromkeys(FORMATS.values()):
        if other != fmt:
            try:
                for _ in ox.parse(path=str(path), format=other):
                    pass
            except SyntaxError:
                continue
            return GraphFileError(path, f"not valid {fmt.name}: {exc}; the file is {other.name}: name it .{other.file_extension}")
    return GraphFileError(path, f"not valid {fmt.name}: {exc}")
