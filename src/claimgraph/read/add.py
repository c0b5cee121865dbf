"""New sources into a corpus folder: `claimgraph build CORPUS --add FILE...`, for news coming in day by day.

Each file is read first (so a missing, binary or undecodable one stops everything before
the corpus changes), copied into the folder's `sources/` (a file already inside the folder
stays where it is) and listed in `sources.toml` with its SHA-256, so a later build refuses
it changed. The manifest is the commit point: the copies are made first, the manifest is
rewritten in one step (its comments and order kept, the entries appended), and if anything
fails before that the copies are removed (killed between the two, a copy is left unlisted:
the same command again lists it). A file the corpus already holds, byte for byte,
is not added again. The build that follows is an ordinary build of the folder: its bytes
are those of a clean build, and the cache spares the extraction of the sources it had.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from ..errors import ManifestError, SourceError
from ..model import SourceMeta
from ..rdf.trig import atomic_write_bytes
from . import infer, manifest, read
from .decode import read_bytes, sha256

FOLDER = "sources"  # where added files are copied, inside the corpus folder


@dataclass(frozen=True)
class Added:
    source: SourceMeta  # as listed: id, path inside the folder, sha256
    data: bytes
    copy: Path | None  # where the file goes; None when it already is inside the folder


def add_sources(manifest_path: Path, files: list[Path], encoding: str | None = None) -> list[str]:
    """List `files` in the corpus of `manifest_path`; returns the ids added (in the order given)."""
    corpus = manifest.load(manifest_path)
    added = _plan(corpus, files, encoding)
    written: list[Path] = []
    try:
        for item in added:
            if item.copy is not None:
                atomic_write_bytes(item.copy, item.data)
                written.append(item.copy)
        _write_manifest(corpus, [item.source for item in added])
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    return [item.source.id for item in added]


def _plan(corpus: manifest.Manifest, files: list[Path], encoding: str | None) -> list[Added]:
    """What each file becomes; raises on the first file that cannot be added, before any change."""
    held = {source.id: source for source in corpus.sources}
    plan: list[Added] = []
    for file in files:
        data = read_bytes(file)
        meta = infer.bare_meta(file, encoding)
        read(SourceMeta(id=meta.id, path=str(file), encoding=encoding))  # the reader's own checks
        inside = file.resolve().is_relative_to(corpus.folder.resolve())
        target = file.resolve() if inside else corpus.folder / FOLDER / file.name
        relative = target.resolve().relative_to(corpus.folder.resolve()).as_posix()
        if _already_held(held.get(meta.id), corpus.folder, data):
            continue
        _check_free(file, meta.id, held, target, data, inside)
        source = SourceMeta(id=meta.id, path=relative, encoding=encoding, sha256=sha256(data))
        plan.append(Added(source, data, None if inside else target))
        held[meta.id] = source
    return plan


def _already_held(source: SourceMeta | None, folder: Path, data: bytes) -> bool:
    """The corpus lists this id for these very bytes: adding it again is no change."""
    return source is not None and (folder / source.path).is_file() and (folder / source.path).read_bytes() == data


def _check_free(file: Path, source_id: str, held: dict[str, SourceMeta], target: Path, data: bytes,
                inside: bool) -> None:
    if source_id in held:
        raise SourceError(file, f"the corpus already has a source {source_id!r} ({held[source_id].path}) with other "
                                "content; rename the file to add it as a new source")
    if not inside and target.exists() and target.read_bytes() != data:
        raise SourceError(file, f"{target} already exists with other content; rename the file")


def _write_manifest(corpus: manifest.Manifest, sources: list[SourceMeta]) -> None:
    """The manifest with `sources` appended, checked by the manifest's own reader before it replaces the old."""
    if not sources:
        return
    text = corpus.path.read_text(encoding="utf-8").rstrip("\n") + "\n" + "".join(map(_entry, sources))
    try:
        manifest.parse(corpus.path, text)
    except ManifestError as error:
        raise ManifestError(corpus.path, f"adding would make it invalid: {error.reason}") from None
    atomic_write_bytes(corpus.path, text.encode("utf-8"))


def _entry(source: SourceMeta) -> str:
    """A [[source]] table; JSON strings are TOML basic strings (the same escapes)."""
    fields = {"id": source.id, "path": source.path, "encoding": source.encoding, "sha256": source.sha256}
    lines = [f"{key} = {json.dumps(value, ensure_ascii=False)}" for key, value in fields.items() if value]
    return "\n[[source]]\n" + "\n".join(lines) + "\n"
