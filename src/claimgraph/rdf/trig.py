"""Write and read dataset files; writing is atomic and byte-stable.

The file is written to a temporary sibling and renamed into place, so an interrupted
or failed build never leaves a half-written graph, and the previous file stays intact.
Quads are written in sorted order with fixed prefixes: two builds give identical bytes.
TriG is written as `<g> { ... }` (no GRAPH keyword), which raptor's rapper also reads.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox

from ..errors import GraphFileError
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


def write(quads: Iterable[ox.Quad], path: Path) -> None:
    """Serialise quads (already sorted) to `path` atomically."""
    fmt = format_for(path)
    data = ox.serialize(quads, format=fmt, prefixes=PREFIXES if fmt in (ox.RdfFormat.TRIG, ox.RdfFormat.TURTLE) else None)
    atomic_write_bytes(path, data)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def read(path: Path) -> list[ox.Quad]:
    """All quads of a dataset file, or a GraphFileError naming the file and the fault."""
    if not path.is_file():
        raise GraphFileError(path, "no such graph file" if not path.exists() else "is not a file")
    try:
        return list(ox.parse(path=str(path), format=format_for(path)))
    except SyntaxError as exc:
        raise GraphFileError(path, f"not valid {format_for(path).name}: {exc}") from None
